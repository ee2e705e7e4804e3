package ocr

import (
	"image"
	"math"
	"sort"

	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Card size (ISO/IEC 7810 ID-1) in millimetres.
const (
	cardW = 85.6
	cardH = 54.0
)

// analysisWidth is the width, in pixels, of the reduced copy a page is analysed on (≈150 dpi for A4): enough to
// place rulings within 0.2 mm, small enough that deskew and line finding take a few tens of milliseconds.
const analysisWidth = 1240

// pageWork is one page on its way through the pipeline.
type pageWork struct {
	index  int
	orig   *image.Gray // as decoded
	work   *image.Gray // after perspective correction (or orig)
	toOrig func(imaging.Point) imaging.Point
	media  Media // guessed from the shape
	// analysis on a reduced, deskewed copy
	f      float64 // work → small scale
	skew   float64 // degrees the small copy was rotated by
	small  *image.Gray
	bin    *imaging.Binary
	hs, vs []imaging.Segment
	// the card or page region inside small (deskewed) coordinates
	region image.Rectangle
	photo  bool
	// ambiguous: a photo whose proportions fit a landscape page as well as a card
	ambiguous bool
	text      *imaging.Binary // bin without large blobs, computed on demand
	half      *image.Gray     // work at half size, when made (imaging.Halve)
}

// registration maps template millimetres to work pixels.
type registration struct {
	tpl   *Template
	shift float64        // card: vertical refinement applied (mm)
	mm    imaging.Affine // frame mm → work px
	sx    float64        // work px per mm (horizontal)
	score float64
}

// analyse corrects perspective, estimates skew and finds rulings.
func analyse(index int, img image.Image) *pageWork {
	g := imaging.ToGray(img)
	p := &pageWork{index: index, orig: g, work: g, toOrig: func(q imaging.Point) imaging.Point { return q }}
	// One 2× reduction serves the document finder and, for a 300 dpi scan, is the analysis copy itself.
	p.half = imaging.Halve(g)
	if quad, ok := imaging.FindDocumentHalved(g, p.half); ok {
		w := (dist(quad[0], quad[1]) + dist(quad[3], quad[2])) / 2
		h := (dist(quad[0], quad[3]) + dist(quad[1], quad[2])) / 2
		dst := [4]imaging.Point{{X: 0, Y: 0}, {X: w, Y: 0}, {X: w, Y: h}, {X: 0, Y: h}}
		if hm, ok := imaging.HomographyFrom(dst, quad); ok && math.Max(w, h) >= minDocumentRatio*math.Min(w, h) {
			p.work, p.half = imaging.WarpPerspective(g, hm, int(w), int(h), 255), nil
			// Light across a photo falls off from one side and a hand or phone casts a shadow: dividing out the
			// slowly varying paper level lets the crops see white paper, as on a scan. The cells are coarse
			// (a sixteenth of the document) so that a coloured band or a face photo keeps its tone.
			p.work = imaging.FlattenBackground(p.work, int(math.Max(w, h))/16)
			p.toOrig = hm.Apply
			p.photo = true
		}
	}
	w, h := p.work.Rect.Dx(), p.work.Rect.Dy()
	ratio := float64(max(w, h)) / float64(min(w, h))
	// ID-1 is 1.585; A4 and B5 are 1.414. Landscape pages exist (legacy layouts), so the ratio decides.
	media := MediaPage
	if ratio > 1.5 && ratio < 1.7 && w > h {
		media = MediaCard
	}
	// The sides of a photographed quadrilateral give its proportions only roughly (perspective foreshortens the
	// far side, and the corners are found to a pixel or two of a small copy): a landscape card and a landscape
	// page can come out anywhere between 1.25 and 1.8, so either reading is tried (see Engine.readPage).
	p.ambiguous = p.photo && w > h && ratio > 1.25 && ratio < 1.8
	p.analyseAs(media)
	return p
}

// minDocumentRatio: every document read here is at least 1.41 times as long as it is wide (A4 and B5 1.414, ID-1
// cards 1.585), and perspective foreshortens a photographed one to 1.28 at worst in the benchmark. A squarer
// quadrilateral is no document on a table but the middle of a scan whose corners uneven light darkened (a
// マイナンバーカード became a 617×664 "page" and nothing was read).
const minDocumentRatio = 1.15

// analyseAs estimates skew and finds rulings on p.work read as media.
func (p *pageWork) analyseAs(media Media) {
	w, h := p.work.Rect.Dx(), p.work.Rect.Dy()
	p.media = media
	p.text = nil
	p.hs, p.vs = nil, nil
	target := float64(analysisWidth)
	if p.media == MediaCard {
		target = 800
	}
	if w > h && p.media == MediaPage {
		target = analysisWidth * 1.414
	}
	p.f = math.Min(1, target/float64(w))
	var small *image.Gray
	if p.half != nil && p.f == 0.5 && w%2 == 0 && h%2 == 0 {
		small = p.half // what Scale(p.work, 0.5) gives
	} else {
		small = imaging.Scale(p.work, p.f)
	}
	bin := imaging.Sauvola(small, max(8, small.Rect.Dx()/80), 0.25)
	p.skew = imaging.EstimateSkew(imaging.TextOnly(bin), 4)
	if math.Abs(p.skew) >= 0.1 {
		small = imaging.Rotate(small, p.skew, 255)
		bin = imaging.Sauvola(small, max(8, small.Rect.Dx()/80), 0.25)
	} else {
		p.skew = 0
	}
	p.small, p.bin = small, bin
	sw := small.Rect.Dx()
	// Horizontal rulings span tables; vertical ones may be as short as one row (≈5 mm). Lines hugging the
	// image border are the edge of the paper or of the photo, not rulings.
	hs, vs := imaging.FindLines(bin, sw/8, sw/40, 2)
	sh := small.Rect.Dy()
	for _, l := range hs {
		if l.Pos > float64(sh)*0.01 && l.Pos < float64(sh)*0.99 {
			p.hs = append(p.hs, l)
		}
	}
	for _, l := range vs {
		if l.Pos > float64(sw)*0.01 && l.Pos < float64(sw)*0.99 {
			p.vs = append(p.vs, l)
		}
	}
	p.region = small.Rect
	if p.media == MediaCard {
		p.region = cardRegion(small)
	}
}

// otherMedia returns p analysed as the other media (a page for a card and the reverse), sharing the decoded and
// rectified images.
func (p *pageWork) otherMedia() *pageWork {
	q := &pageWork{index: p.index, orig: p.orig, work: p.work, toOrig: p.toOrig, photo: p.photo, half: p.half}
	if p.media == MediaCard {
		q.analyseAs(MediaPage)
	} else {
		q.analyseAs(MediaCard)
	}
	return q
}

func dist(a, b imaging.Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// cardRegion returns the card inside a scan with white margins (the card's printed background is never pure
// white); the whole image when the card fills it.
func cardRegion(g *image.Gray) image.Rectangle {
	r := imaging.InkBounds(g, 242)
	full := g.Rect
	if r.Empty() || r.Dx() < full.Dx()*85/100 || r.Dy() < full.Dy()*85/100 {
		return full
	}
	if r.Dx() > full.Dx()*97/100 && r.Dy() > full.Dy()*97/100 {
		return full
	}
	return r
}

// smallToWork maps a point of the deskewed small copy to work pixels.
func (p *pageWork) smallToWork() imaging.Affine {
	w, h := p.small.Rect.Dx(), p.small.Rect.Dy()
	c := imaging.Point{X: float64(w-1) / 2, Y: float64(h-1) / 2}
	unrotate := imaging.Rotation(-p.skew, c) // Rotate(g, deg) samples src at Rotation(-deg)·dst
	return unrotate.Then(imaging.ScaleShift(1/p.f, 1/p.f, 0, 0))
}

// tableFrame returns the frame of long horizontal rulings in small coordinates: left, top, right, bottom.
func (p *pageWork) tableFrame() (x0, y0, x1, y1 float64, ok bool) {
	longest := 0
	for _, s := range p.hs {
		longest = max(longest, s.Len())
	}
	if longest < p.small.Rect.Dx()/3 {
		return 0, 0, 0, 0, false
	}
	// The left and right ends are the medians over the long rulings (a stray dark edge of a photo does not move
	// them); top and bottom are the outermost long rulings.
	y0, y1 = math.Inf(1), math.Inf(-1)
	var los, his []float64
	for _, s := range p.hs {
		if s.Len()*2 >= longest {
			los, his = append(los, float64(s.Lo)), append(his, float64(s.Hi))
			y0, y1 = math.Min(y0, s.Pos), math.Max(y1, s.Pos)
		}
	}
	sort.Float64s(los)
	sort.Float64s(his)
	return los[len(los)/2], y0, his[len(his)/2], y1, true
}

// register computes the mm → work map for a template and a score of how well the page's rulings match it.
func (p *pageWork) register(t *Template) registration {
	toWork := p.smallToWork()
	r := registration{tpl: t}
	switch t.Frame.Kind {
	case "table":
		x0, y0, x1, _, ok := p.tableFrame()
		if !ok {
			return p.registerPage(t, 0.1)
		}
		s := (x1 - x0) / t.Frame.W
		// Refine scale and offset on each axis by fitting the template's rulings to the page's: a photo's
		// residual perspective or a scanner's stretch leaves the frame a little off.
		ax, bx, ay, by := p.fitRulings(t, s, s, x0, y0)
		r.score = p.lineScore(t, ax, bx, ay, by)
		if p.photo {
			// A rectified photo keeps the proportions of the quadrilateral found, which perspective distorts
			// by up to ~12 %: the vertical scale is searched instead of assumed equal to the horizontal one.
			for k := 0.86; k <= 1.1401; k += 0.02 {
				if math.Abs(k-1) < 0.01 {
					continue
				}
				kax, kbx, kay, kby := p.fitRulings(t, s, s*k, x0, y0)
				if sc := p.lineScore(t, kax, kbx, kay, kby); sc > r.score+0.02 {
					ax, bx, ay, by, r.score = kax, kbx, kay, kby, sc
				}
			}
		}
		// The frame's share of the page width must match the layout's (rejects a B5 layout on an A4 scan).
		pageShare := (x1 - x0) / float64(p.small.Rect.Dx())
		want := t.Frame.W / t.Frame.PageW
		if !p.photo && math.Abs(pageShare-want)/want >= 0.12 {
			r.score *= 0.5
		}
		r.mm = imaging.Affine{A: ax, C: bx, E: ay, F: by}.Then(toWork)
		r.sx = ax / p.f
	case "page":
		return p.registerPage(t, 0.5)
	default: // card
		rg := p.region
		sx, sy := float64(rg.Dx())/t.Frame.W, float64(rg.Dy())/t.Frame.H
		dy, ky := 0.0, 1.0
		if t.Frame.AlignRows {
			dy, ky = p.alignRows(t, sx, sy)
		}
		r.shift = dy
		r.mm = imaging.ScaleShift(sx, sy*ky, float64(rg.Min.X), float64(rg.Min.Y)+dy*sy).Then(toWork)
		r.sx = sx / p.f
		r.score = 0.5
	}
	return r
}

// registerPage places the template relative to the page edges (no rulings found).
func (p *pageWork) registerPage(t *Template, score float64) registration {
	w := float64(p.small.Rect.Dx())
	s := w / t.Frame.PageW
	r := registration{tpl: t, score: score}
	r.mm = imaging.ScaleShift(s, s, t.Frame.X*s, t.Frame.Y*s).Then(p.smallToWork())
	r.sx = s / p.f
	return r
}

// lineScore compares the page's rulings with the template's signature under the mapping x = ax·mm + bx,
// y = ay·mm + by (small pixels): the F1 of horizontal and of vertical line positions matched within 1.2 mm, over
// the part of the frame the page shows.
func (p *pageWork) lineScore(t *Template, ax, bx, ay, by float64) float64 {
	hs, vs := p.rulingsMM(t, ax, bx, ay, by)
	maxY := 0.0
	for _, y := range hs {
		maxY = math.Max(maxY, y)
	}
	var th []float64
	for _, y := range t.Lines.H {
		if y <= maxY+1.5 {
			th = append(th, y)
		}
	}
	f1 := func(det, tpl []float64) float64 {
		if len(tpl) == 0 && len(det) == 0 {
			return 1
		}
		if len(tpl) == 0 || len(det) == 0 {
			return 0
		}
		mt := 0
		for _, a := range tpl {
			if nearest(det, a) <= 1.2 {
				mt++
			}
		}
		md := 0
		for _, a := range det {
			if nearest(tpl, a) <= 1.2 {
				md++
			}
		}
		rec, prec := float64(mt)/float64(len(tpl)), float64(md)/float64(len(det))
		if rec+prec == 0 {
			return 0
		}
		return 2 * rec * prec / (rec + prec)
	}
	h := f1(hs, th)
	if len(t.Lines.V) == 0 {
		if len(vs) > 2 {
			return h * 0.7
		}
		return h
	}
	return (h + f1(dedupeSorted(vs), t.Lines.V)) / 2
}

// rulingsMM returns the page's long horizontal rulings (y) and its vertical ones inside the frame (x), in
// template millimetres under the mapping.
func (p *pageWork) rulingsMM(t *Template, ax, bx, ay, by float64) (hs, vs []float64) {
	frameW := t.Frame.W * ax
	maxY := -1e9
	for _, l := range p.hs {
		if float64(l.Len()) >= frameW*0.4 {
			y := (l.Pos - by) / ay
			hs = append(hs, y)
			maxY = math.Max(maxY, y)
		}
	}
	for _, l := range p.vs {
		if float64(l.Len()) >= 6*ay && l.Pos >= bx-2*ax && l.Pos <= bx+frameW+2*ax {
			y := (float64(l.Lo) - by) / ay
			if y < -2 || y > maxY+2 {
				continue
			}
			vs = append(vs, (l.Pos-bx)/ax)
		}
	}
	return hs, vs
}

// fitRulings fits x = ax·mm + bx and y = ay·mm + by (small pixels) to the page's rulings: each template ruling
// is paired with the nearest page ruling within 3 mm, and the pairs are fitted by least squares, twice.
func (p *pageWork) fitRulings(t *Template, sx, sy, x0, y0 float64) (ax, bx, ay, by float64) {
	s := sx
	ax, bx, ay, by = sx, x0, sy, y0
	var detH, detV []float64
	for _, l := range p.hs {
		if float64(l.Len()) >= t.Frame.W*s*0.4 {
			detH = append(detH, l.Pos)
		}
	}
	for _, l := range p.vs {
		if float64(l.Len()) >= 6*sy {
			detV = append(detV, l.Pos)
		}
	}
	fit := func(tpl, det []float64, a, b float64) (float64, float64) {
		for iter := 0; iter < 2; iter++ {
			var sx, sy, sxx, sxy, n float64
			for _, m := range tpl {
				want := a*m + b
				best, bd := 0.0, 3*a
				for _, d := range det {
					if e := math.Abs(d - want); e < bd {
						best, bd = d, e
					}
				}
				if bd < 3*a {
					sx += m
					sy += best
					sxx += m * m
					sxy += m * best
					n++
				}
			}
			den := n*sxx - sx*sx
			if n < 3 || den == 0 {
				return a, b
			}
			na := (n*sxy - sx*sy) / den
			if math.Abs(na-a)/a > 0.05 { // a fit that far off is a wrong pairing
				return a, b
			}
			a, b = na, (sy-na*sx)/n
		}
		return a, b
	}
	ay, by = fit(t.Lines.H, detH, ay, by)
	ax, bx = fit(t.Lines.V, detV, ax, bx)
	return ax, bx, ay, by
}

func nearest(xs []float64, v float64) float64 {
	best := math.Inf(1)
	for _, x := range xs {
		best = math.Min(best, math.Abs(x-v))
	}
	return best
}

func dedupeSorted(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	for _, x := range v {
		if len(out) == 0 || x-out[len(out)-1] > 0.6 {
			out = append(out, x)
		}
	}
	return out
}

// boxToWork returns the corners of a template box (mm) in work pixels.
func (r registration) boxToWork(b Rect) [4]imaging.Point {
	return [4]imaging.Point{
		r.mm.Apply(imaging.Point{X: b.X, Y: b.Y}), r.mm.Apply(imaging.Point{X: b.X + b.W, Y: b.Y}),
		r.mm.Apply(imaging.Point{X: b.X + b.W, Y: b.Y + b.H}), r.mm.Apply(imaging.Point{X: b.X, Y: b.Y + b.H}),
	}
}

// alignRows refines the vertical placement of a card template: a photographed or differently cropped card is
// off by a millimetre or two, enough to cut a 2 mm line in half. It correlates the rows where the template
// expects text with the rows where the card has ink, over shifts of ±2.5 mm and scales of ±3 %, and returns
// the shift (mm) and scale that fit best (0, 1 when nothing fits better). Only templates that ask for it
// (Frame.AlignRows) are refined: on a card with much pre-printed text (運転免許証) the profile misleads.
func (p *pageWork) alignRows(t *Template, sx, sy float64) (float64, float64) {
	const res = 0.1 // mm per bin
	n := int(t.Frame.H/res) + 1
	exp := make([]float64, n)
	mark := func(b Rect) {
		for y := int(b.Y / res); y < int((b.Y+b.H)/res) && y < n; y++ {
			if y >= 0 {
				exp[y] += 1
			}
		}
	}
	for _, f := range t.Fields {
		// Only the middle of a box: the text line, not its padding.
		mark(Rect{X: f.Box.X, Y: f.Box.Y + f.Box.H*0.2, W: f.Box.W, H: f.Box.H * 0.6})
	}
	if p.text == nil {
		p.text = imaging.TextOnly(p.bin)
	}
	rg := p.region
	rows := make([]float64, rg.Dy())
	for y := rg.Min.Y; y < rg.Max.Y; y++ {
		for x := rg.Min.X; x < rg.Min.X+rg.Dx()*7/10; x++ {
			if p.text.Pix[y*p.text.W+x] {
				rows[y-rg.Min.Y]++
			}
		}
	}
	score := func(dy, ky float64) float64 {
		s := 0.0
		for i, e := range exp {
			if e == 0 {
				continue
			}
			// Template mm → small row: (mm + dy)·sy·ky.
			y := int(((float64(i)*res)*ky + dy) * sy)
			if y >= 0 && y < len(rows) {
				s += e * rows[y]
			}
		}
		return s
	}
	base := score(0, 1)
	bestDy, bestK, best := 0.0, 1.0, base
	for k := 0.97; k <= 1.0301; k += 0.01 {
		for dy := -2.5; dy <= 2.5001; dy += 0.1 {
			if s := score(dy, k); s > best*1.0001 {
				bestDy, bestK, best = dy, k, s
			}
		}
	}
	if best < base*1.05 {
		return 0, 1
	}
	return bestDy, bestK
}
