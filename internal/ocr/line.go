package ocr

import (
	"image"
	"math"
	"slices"

	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// targetHeight is the character height, in pixels, each field line is scaled to before recognition: the LSTM
// of the jpn model works on 36-pixel lines, and scaling to that height (issue 5's measurement) beat both the raw
// scan and larger sizes.
const targetHeight = 36

// sampleBox cuts a template box (mm, padded by pad mm on each side) out of the work image at k pixels per mm.
// It returns the crop and the map from crop pixels to work pixels.
func sampleBox(work *image.Gray, r registration, b Rect, pad, k float64) (*image.Gray, imaging.Affine) {
	x0, y0 := b.X-pad, b.Y-pad
	w, h := int(math.Ceil((b.W+2*pad)*k)), int(math.Ceil((b.H+2*pad)*k))
	toMM := imaging.ScaleShift(1/k, 1/k, x0, y0)
	m := toMM.Then(r.mm)
	if math.Hypot(m.A, m.D) > 1.5 {
		return imaging.WarpAffineArea(work, m, w, h, 255), m
	}
	return imaging.WarpAffine(work, m, w, h, 255), m
}

// lineImage is a field crop prepared for Tesseract.
type lineImage struct {
	img    *image.Gray
	band   image.Rectangle // the text in crop pixels
	scale  float64         // line pixels per crop pixel
	empty  bool
	bandH  int
	src    *image.Gray // the cleaned crop, for glyph matching at full resolution
	origin image.Point // crop pixel at line pixel (border, border)
	alt    float64     // for an alternate preparation: its scale relative to the first one (0: the first)
}

// lineBorder is the white margin added around a line image.
const lineBorder = 12

// toCrop maps a rectangle of line pixels to crop pixels, spanning the whole text band vertically.
func (li lineImage) toCrop(r image.Rectangle) image.Rectangle {
	x0 := int(math.Floor(float64(r.Min.X-lineBorder)/li.scale)) + li.origin.X
	x1 := int(math.Ceil(float64(r.Max.X-lineBorder)/li.scale)) + li.origin.X
	return image.Rect(x0, li.band.Min.Y, x1, li.band.Max.Y).Intersect(li.src.Rect)
}

// toLine maps a rectangle of crop pixels to line pixels: toCrop's inverse.
func (li lineImage) toLine(r image.Rectangle) image.Rectangle {
	x := func(v int) int { return int(math.Round(float64(v-li.origin.X)*li.scale)) + lineBorder }
	y := func(v int) int { return int(math.Round(float64(v-li.origin.Y)*li.scale)) + lineBorder }
	return image.Rect(x(r.Min.X), y(r.Min.Y), x(r.Max.X), y(r.Max.Y))
}

// prepareLine finds the text line in a field crop, removes rulings and scales it to targetHeight.
// expectH is the expected character height in crop pixels (0: unknown); pad is the padding, in pixels, the crop
// has around the template box (a line mostly inside the box is preferred over a neighbour's reaching in).
func prepareLine(crop *image.Gray, expectH float64, pad ...int) lineImage {
	return prepareLineAt(crop, expectH, 0, pad...)
}

// prepareLineAt is prepareLine for a crop sampled at pxPerMM pixels per millimetre of the document, which sizes
// the specks removed (0: unknown, only 2×2 specks go).
func prepareLineAt(crop *image.Gray, expectH, pxPerMM float64, pad ...int) lineImage {
	padPx := 0
	if len(pad) > 0 {
		padPx = pad[0]
	}
	return prepareLineWith(crop, expectH, pxPerMM, padPx, true)
}

// prepareMarkedLineAt is prepareLineAt for an address, whose building name is katakana with voicing marks. In
// print of 13 to 19 pixels (a 運転免許証's 備考 at 1.4 mm, 16 pixels at 300 dpi) a 濁点's ticks are no bigger
// than the specks, and whitening their dark cores left ジ and デ with hollow marks (read ン and テ): only one-
// and two-pixel specks go there. Smaller print still is left to the small-print check, which keeps a kana's
// voicing.
func prepareMarkedLineAt(crop *image.Gray, expectH, pxPerMM float64, padPx int) lineImage {
	li := prepareLineWith(crop, expectH, pxPerMM, padPx, true)
	if li.empty || li.bandH <= smallPrintBand || li.bandH >= despeckleMinBand {
		return li
	}
	// The same line with its specks, unless they change what is taken for the line (on a speckled card they
	// joined the address and the line above into one 47-pixel band).
	if marked := prepareLineWith(crop, expectH, pxPerMM, padPx, false); !marked.empty &&
		abs(marked.band.Min.Y-li.band.Min.Y) <= 2 && abs(marked.band.Max.Y-li.band.Max.Y) <= 2 {
		return marked
	}
	return li
}

// despeckleMinBand is the smallest text band, in crop pixels, whose specks up to the scan's speck size are
// removed from an address.
const despeckleMinBand = 20

func prepareLineWith(crop *image.Gray, expectH, pxPerMM float64, padPx int, despeckle bool) lineImage {
	g := normaliseCrop(crop)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	removeRulings(g)
	// A speck of toner or dust (a quarter of a millimetre), resampled once by the registration, covers up to
	// 3×3 pixels of a 300 dpi crop; at 200 dpi the dots of ツ are that small, so there only 2×2 go. A dakuten
	// tick is longer than that, a middle dot wider: both stay.
	if despeckle {
		speck := max(2, int(pxPerMM/4+0.5))
		imaging.Despeckle(g, 160, max(4, speck*speck), max(3, speck))
	} else {
		imaging.Despeckle(g, 160, 2, 2)
	}
	rows := make([]int, h)
	rowX0, rowX1 := make([]int, h), make([]int, h) // the row's ink columns, [x0, x1)
	total := 0
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride:]
		rowX0[y] = w
		for x := 0; x < w; x++ {
			if row[x] < lineInk {
				rows[y]++
				rowX0[y], rowX1[y] = min(rowX0[y], x), x+1
			}
		}
		total += rows[y]
	}
	minInk := 12
	if expectH > 0 {
		minInk = int(math.Max(12, expectH*expectH*0.025))
	}
	if total < minInk {
		return lineImage{empty: true}
	}
	// Row bands: runs of rows with ink, bridging one blank row; the band with most ink is the line, joined with
	// neighbours closer than a third of its height over its own columns (dakuten, the dots of i and j,
	// underlines of 有効).
	type band struct{ y0, y1, ink, x0, x1 int }
	var bands []band
	thr := max(1, w/400)
	for y := 0; y < h; {
		if rows[y] < thr {
			y++
			continue
		}
		b := band{y0: y, x0: w}
		gap := 0
		for y < h && gap <= 1 {
			if rows[y] >= thr {
				gap = 0
				b.y1 = y + 1
				b.ink += rows[y]
				b.x0, b.x1 = min(b.x0, rowX0[y]), max(b.x1, rowX1[y])
			} else {
				gap++
			}
			y++
		}
		bands = append(bands, b)
	}
	if len(bands) == 0 {
		return lineImage{empty: true}
	}
	weight := func(b band) float64 {
		in := min(b.y1, h-padPx) - max(b.y0, padPx)
		if in < 0 {
			in = 0
		}
		return float64(b.ink) * (0.15 + float64(in)/float64(max(1, b.y1-b.y0)))
	}
	best := 0
	for i, b := range bands {
		if weight(b) > weight(bands[best]) {
			best = i
		}
	}
	b := bands[best]
	// A neighbour's ink must lie over the line's own columns: the top of the next box's text, which at card-photo
	// resolutions is as close as a dakuten, reaches far past a short value (米国 read as 業間 with it).
	over := func(o band, bh int) bool { return o.x0 >= b.x0-bh && o.x1 <= b.x1+bh }
	for changed := true; changed; {
		changed = false
		bh := b.y1 - b.y0
		for _, o := range bands {
			if o.y0 >= b.y1 && o.y0-b.y1 <= bh/3+1 && o.y1-o.y0 < bh && over(o, bh) {
				b.y1, b.ink, changed = o.y1, b.ink+o.ink, true
			}
			if o.y1 <= b.y0 && b.y0-o.y1 <= bh/3+1 && o.y1-o.y0 < bh && over(o, bh) {
				b.y0, b.ink, changed = o.y0, b.ink+o.ink, true
			}
		}
	}
	bh := b.y1 - b.y0
	if bh < 3 || b.ink < minInk {
		return lineImage{empty: true}
	}
	// Column extent inside the band: groups of inked columns separated by less than two line heights; the
	// group with most ink and its near neighbours (a lone speck far away is dropped).
	cols := make([]int, w)
	for y := b.y0; y < b.y1; y++ {
		row := g.Pix[y*g.Stride:]
		for x := 0; x < w; x++ {
			if row[x] < lineInk {
				cols[x]++
			}
		}
	}
	type run struct{ x0, x1, ink int }
	var runs []run
	for x := 0; x < w; {
		if cols[x] == 0 {
			x++
			continue
		}
		r := run{x0: x}
		for x < w && cols[x] > 0 {
			r.ink += cols[x]
			x++
		}
		r.x1 = x
		runs = append(runs, r)
	}
	// A thin tall stroke at either end, apart from the text, is a box edge (the 氏名 box of a 運転免許証), not
	// a character: Tesseract merges it with the next character (｜森 read as 称).
	edge := func(r run) bool {
		if r.x1-r.x0 > max(2, bh/7) {
			return false
		}
		top, bottom := h, 0
		for y := b.y0; y < b.y1; y++ {
			for x := r.x0; x < r.x1; x++ {
				if g.Pix[y*g.Stride+x] < lineInk {
					top, bottom = min(top, y), max(bottom, y)
				}
			}
		}
		return bottom-top >= bh*8/10
	}
	if len(runs) >= 2 && edge(runs[0]) && runs[1].x0-runs[0].x1 >= max(2, bh/8) {
		runs = runs[1:]
	}
	if n := len(runs); n >= 2 && edge(runs[n-1]) && runs[n-1].x0-runs[n-2].x1 >= max(2, bh/8) {
		runs = runs[:n-1]
	}
	var groups []run
	for _, r := range runs {
		if n := len(groups); n > 0 && r.x0-groups[n-1].x1 < 2*bh {
			groups[n-1].x1, groups[n-1].ink = r.x1, groups[n-1].ink+r.ink
			continue
		}
		groups = append(groups, r)
	}
	gb := groups[0]
	for _, gr := range groups {
		if gr.ink > gb.ink {
			gb = gr
		}
	}
	// Keep other groups that carry real text (not specks).
	x0, x1 := gb.x0, gb.x1
	for _, gr := range groups {
		if gr.ink*8 >= gb.ink || gr.ink >= bh*bh/4 {
			x0, x1 = min(x0, gr.x0), max(x1, gr.x1)
		}
	}
	m := max(2, bh/4)
	r := image.Rect(max(0, x0-m), max(0, b.y0-m), min(w, x1+m), min(h, b.y1+m))
	scale := float64(targetHeight) / float64(coreHeight(rows, b.y0, b.y1))
	scale = math.Max(0.25, math.Min(8, scale))
	var line *image.Gray
	if scale > 1.5 && cubicUpscale {
		// Small print (a 150 dpi card scan): a cubic upscale keeps stroke edges that bilinear blurs away.
		line = imaging.ResizeCubic(imaging.Crop(g, r), max(1, int(float64(r.Dx())*scale)), max(1, int(float64(r.Dy())*scale)))
	} else {
		line = imaging.Resize(imaging.Crop(g, r), max(1, int(float64(r.Dx())*scale)), max(1, int(float64(r.Dy())*scale)))
	}
	// A white border: Tesseract finds line edges poorly when ink touches the image edge.
	const border = lineBorder
	out := imaging.NewWhite(line.Rect.Dx()+2*border, line.Rect.Dy()+2*border)
	for y := 0; y < line.Rect.Dy(); y++ {
		copy(out.Pix[(y+border)*out.Stride+border:], line.Pix[y*line.Stride:y*line.Stride+line.Rect.Dx()])
	}
	return lineImage{img: out, band: image.Rect(x0, b.y0, x1, b.y1), scale: scale, bandH: bh, src: g, origin: r.Min}
}

// cubicUpscale selects Catmull-Rom for enlarging: on the 見本 scans it helped some fields and hurt others
// (4年3月 read as 4年8月), so bilinear stays the default.
const cubicUpscale = false

// coreHeight is the height of the rows carrying most of a band's ink: a dakuten, a speck or the tail of a
// label above do not make the line look taller than its characters.
func coreHeight(rows []int, y0, y1 int) int {
	peak := 0
	for y := y0; y < y1; y++ {
		peak = max(peak, rows[y])
	}
	a, b := y1, y0
	for y := y0; y < y1; y++ {
		if rows[y]*6 >= peak {
			a, b = min(a, y), max(b, y+1)
		}
	}
	if b <= a {
		return y1 - y0
	}
	return max(3, b-a)
}

// normaliseCrop makes ink dark and the background white. On paper (a light median) it stretches the
// contrast; on a mid-tone background, such as the brown 有効期限 band of a 運転免許証 where white digits sit next
// to black printed characters, it maps the distance from the background level to darkness, so both polarities
// become ink.
func normaliseCrop(crop *image.Gray) *image.Gray {
	med := medianGray(crop)
	if med >= 170 {
		return imaging.Stretch(crop)
	}
	// A darker band behind part of the text (a card's printed highlight under uneven light) is paper too: the
	// distance from one median turned the band itself into ink. Where the paper level steps along the line,
	// dividing it out makes the crop dark on light again. A gentle gradient is left to the median, which reads
	// it well, and so is a coloured band with white print (the 有効期限 of a 運転免許証): flattened, it is no
	// lighter.
	if lo, hi := paperLevelRange(crop); hi-lo >= paperStep {
		if flat := imaging.FlattenBackground(crop, max(8, crop.Rect.Dy())); medianGray(flat) >= 200 {
			return imaging.Stretch(flat)
		}
	}
	var lut [256]uint8
	for v := range lut {
		d := min(255, abs(v-med)*255/max(40, min(med, 255-med)+20))
		lut[v] = uint8(255 - d)
	}
	out := image.NewGray(crop.Rect)
	for i, v := range crop.Pix {
		out.Pix[i] = lut[v]
	}
	return out
}

// paperStep is the difference of paper levels along a line from which a band behind the text is divided out.
const paperStep = 48

// paperLevelRange returns the lowest and highest paper level (the 90th percentile) of the square cells a line
// crop cuts into along its length.
func paperLevelRange(g *image.Gray) (lo, hi int) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	lo, hi = 255, 0
	for x0 := 0; x0+h/2 <= w; x0 += h {
		var hist [256]int
		n := 0
		for y := 0; y < h; y++ {
			for _, v := range g.Pix[y*g.Stride+x0 : y*g.Stride+min(w, x0+h)] {
				hist[v]++
				n++
			}
		}
		k, acc := 255, 0
		for ; k > 0; k-- {
			if acc += hist[k]; acc*10 >= n {
				break
			}
		}
		lo, hi = min(lo, k), max(hi, k)
	}
	return lo, hi
}

// medianGray is the median grey level of g.
func medianGray(g *image.Gray) int {
	h := imaging.Histogram(g)
	n := g.Rect.Dx() * g.Rect.Dy()
	acc := 0
	for i, c := range h {
		acc += c
		if acc*2 >= n {
			return i
		}
	}
	return 255
}

// lineInk: a pixel darker than this is ink when prepareLine looks for the text band.
const lineInk = 140

// removeRulings whitens rows and columns that are mostly ink: the cell borders a padded crop catches (a light
// blue border counts too: anything clearly darker than the paper).
func removeRulings(g *image.Gray) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	// "Dark" is halfway between the ink (5th percentile) and the paper (75th), at most 200: a coloured card
	// background must not count as a ruling.
	hist := imaging.Histogram(g)
	n := w * h
	p5, p75, acc := 0, 255, 0
	for i, c := range hist {
		acc += c
		if acc*20 < n {
			p5 = i
		}
		if acc*4 < n*3 {
			p75 = i + 1
		}
	}
	dark := uint8(min(200, (p5+p75)/2))
	rowInk := make([]int, h)
	rowGray := make([]int, h) // pixels clearly off the paper: a thin grey border counts here
	for y := 0; y < h; y++ {
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if v < dark {
				rowInk[y]++
			}
			if v < 215 {
				rowGray[y]++
			}
		}
	}
	// A ruling is one long run or, broken or dashed, many runs; a row through a line of bold characters blurred
	// into blobs (a card's title on a phone photo) has as much ink in a few short runs and must stay.
	textRow := func(y int, dark uint8) bool {
		runs, longest, run := 0, 0, 0
		for _, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			if v < dark {
				if run == 0 {
					runs++
				}
				run++
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
		return runs <= 8 && longest*10 < w*3
	}
	for y := 0; y < h; y++ {
		full := (rowInk[y]*10 >= w*6 && !textRow(y, dark)) || (rowGray[y]*10 >= w*8 && !textRow(y, 215))
		near := rowInk[y]*10 >= w*4 && ((y > 0 && rowInk[y-1]*10 >= w*6) || (y+1 < h && rowInk[y+1]*10 >= w*6)) &&
			!textRow(y, dark)
		if full || near {
			row := g.Pix[y*g.Stride : y*g.Stride+w]
			for x := range row {
				row[x] = 255
			}
		}
	}
	// A column is judged against what the line finder will count as ink (lineInk): a pale ruling on a tinted
	// page, lighter than "dark" but not than that, stood in every row and made the whole crop the text band.
	vdark := max(dark, lineInk)
	var rulings []int
	for x := 0; x < w; x++ {
		run, best, end := 0, 0, 0
		for y := 0; y < h; y++ {
			if g.Pix[y*g.Stride+x] < vdark {
				run++
				if run > best {
					best, end = run, y+1
				}
			} else {
				run = 0
			}
		}
		if best*100 >= h*78 && !characterStroke(g, x, end-best, end, vdark) {
			rulings = append(rulings, x)
		}
	}
	for _, x := range rulings {
		for y := 0; y < h; y++ {
			g.Pix[y*g.Stride+x] = 255
		}
	}
	// A ruling resampled off the pixel grid leaves a grey edge beside it, darker than the line finder's ink in
	// some rows and not in others, so no run of it is long enough to be a ruling; standing in most rows, it made
	// the whole crop the text band (the glyph checks then cut a name into two-character cells and could not
	// compare them: 與田 read as 興田 was accepted at 0.97). Grey beside a ruling, lighter than half of "dark",
	// is its edge; text that touches the ruling is darker and stays.
	edge := dark / 2
	for _, x := range rulings {
		for _, ex := range []int{x - 2, x - 1, x + 1, x + 2} {
			if ex < 0 || ex >= w || slices.Contains(rulings, ex) {
				continue
			}
			for y := 0; y < h; y++ {
				if g.Pix[y*g.Stride+ex] >= edge {
					g.Pix[y*g.Stride+ex] = 255
				}
			}
		}
	}
}

// characterStroke reports whether the dark run of column x from y0 to y1 is the stem of a character rather
// than a ruling: strokes branch off it sideways (the top, middle and bottom bars of 日) on many of its rows,
// while a ruling is crossed only where text happens to touch it. A blurred 日 at the end of a tight box is as
// tall as the 78 % of the crop that makes a ruling, and lost its right side as one (日 read as E).
func characterStroke(g *image.Gray, x, y0, y1 int, dark uint8) bool {
	w := g.Rect.Dx()
	branch := 0
	for y := y0; y < y1; y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		a, b := x, x
		for a > 0 && row[a-1] < dark {
			a--
		}
		for b < w-1 && row[b+1] < dark {
			b++
		}
		if b-a+1 >= max(6, (y1-y0)/4) {
			branch++
		}
	}
	return branch*100 >= (y1-y0)*15
}
