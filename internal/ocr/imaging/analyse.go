package imaging

import (
	"image"
	"math"
	"sort"
	"sync"
)

// FlattenBackground divides out a slowly varying background (uneven light, a shadow, a tinted 地紋) so that
// paper becomes white and ink keeps its contrast. The background is the local maximum over cells of about cell
// pixels, smoothed; computing it on a small copy keeps this cheap on a 300 dpi page.
func FlattenBackground(g *image.Gray, cell int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if cell < 4 {
		cell = 4
	}
	bw, bh := max(1, (w+cell-1)/cell), max(1, (h+cell-1)/cell)
	bg := image.NewGray(image.Rect(0, 0, bw, bh))
	for by := 0; by < bh; by++ {
		for bx := 0; bx < bw; bx++ {
			// A high percentile, not the maximum, so that a speck of glare does not set the level.
			var hist [256]int
			n := 0
			for y := by * cell; y < min(h, (by+1)*cell); y++ {
				row := g.Pix[y*g.Stride:]
				for x := bx * cell; x < min(w, (bx+1)*cell); x++ {
					hist[row[x]]++
					n++
				}
			}
			k, acc := 255, 0
			for ; k > 0; k-- {
				acc += hist[k]
				if acc*20 >= n { // 95th percentile
					break
				}
			}
			bg.Pix[by*bg.Stride+bx] = uint8(k)
		}
	}
	// Spread the maximum to neighbours (cells full of ink), then smooth.
	bg = maxFilter(bg, 1)
	bg = BoxBlur(bg, 1)
	full := Resize(bg, w, h)
	out := image.NewGray(image.Rect(0, 0, w, h))
	lift := liftTable()
	for y := 0; y < h; y++ {
		row, brow, orow := g.Pix[y*g.Stride:y*g.Stride+w], full.Pix[y*full.Stride:], out.Pix[y*out.Stride:]
		for x, v := range row {
			orow[x] = lift[brow[x]][v]
		}
	}
	return out
}

// liftTable gives, for a background level b and a pixel v, v lifted to white paper: min(255, v·255/max(b, 40))
// (a dark level no lower than 40, so that shadow is not blown up into grey noise). A table, not a division per
// pixel: a photographed page has ~5 M of them.
var liftTable = sync.OnceValue(func() *[256][256]uint8 {
	var t [256][256]uint8
	for b := range t {
		for v := range t[b] {
			t[b][v] = uint8(min(255, v*255/max(b, 40)))
		}
	}
	return &t
})

func maxFilter(g *image.Gray, r int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(g.Rect)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			m := uint8(0)
			for j := max(0, y-r); j <= min(h-1, y+r); j++ {
				for i := max(0, x-r); i <= min(w-1, x+r); i++ {
					if v := g.Pix[j*g.Stride+i]; v > m {
						m = v
					}
				}
			}
			out.Pix[y*out.Stride+x] = m
		}
	}
	return out
}

// Stretch maps the darkest percentile to 0 and the paper level to 255 (contrast normalisation of a crop).
func Stretch(g *image.Gray) *image.Gray {
	h := Histogram(g)
	n := g.Rect.Dx() * g.Rect.Dy()
	lo, hi, acc := 0, 255, 0
	for lo = 0; lo < 255; lo++ {
		acc += h[lo]
		if acc*200 >= n { // 0.5 %
			break
		}
	}
	acc = 0
	for hi = 255; hi > 0; hi-- {
		acc += h[hi]
		if acc*4 >= n { // paper: the brightest quarter
			break
		}
	}
	if hi-lo < 30 {
		return ToGray(g)
	}
	var lut [256]uint8
	for v := range lut {
		lut[v] = uint8(clamp((v-lo)*255/(hi-lo), 0, 255))
	}
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		out.Pix[i] = lut[v]
	}
	return out
}

// EstimateSkew returns the angle in degrees (within ±maxDeg) that, applied with Rotate, makes the text lines
// and rulings of b horizontal. It maximises the sharpness of the horizontal projection profile, coarse to fine.
func EstimateSkew(b *Binary, maxDeg float64) float64 {
	type pt struct{ x, y float64 }
	var pts []pt
	// Subsample ink pixels; long rulings and text both vote.
	step := 1
	if n := b.W * b.H; n > 400000 {
		step = 2
	}
	for y := 0; y < b.H; y += step {
		for x := 0; x < b.W; x += step {
			if b.Pix[y*b.W+x] {
				pts = append(pts, pt{float64(x), float64(y)})
			}
		}
	}
	if len(pts) < 50 {
		return 0
	}
	bins := make([]float64, b.H*2+8)
	score := func(deg float64) float64 {
		t := math.Tan(deg * math.Pi / 180)
		for i := range bins {
			bins[i] = 0
		}
		off := float64(b.H) / 2
		// Bins as wide as the sampling step: finer bins would favour 0° (aliasing on the sampled rows).
		fs := float64(step)
		for _, p := range pts {
			yy := p.y - p.x*t + off
			i := int(yy / fs)
			if i >= 0 && i < len(bins) {
				bins[i]++
			}
		}
		s := 0.0
		for _, v := range bins {
			s += v * v
		}
		return s
	}
	best, bestS := 0.0, -1.0
	for d := -maxDeg; d <= maxDeg+1e-9; d += 0.25 {
		if s := score(d); s > bestS {
			best, bestS = d, s
		}
	}
	c := best
	for d := c - 0.25; d <= c+0.25+1e-9; d += 0.05 {
		if s := score(d); s > bestS {
			best, bestS = d, s
		}
	}
	// score(d) is the profile after shearing by +d; the page is rotated by d, so undo it.
	return -best
}

// Segment is a ruling line: horizontal ones run from (X0, Y) to (X1, Y) with thickness T, vertical ones from
// (X, Y0) to (X, Y1).
type Segment struct {
	Pos    float64 // y of a horizontal line, x of a vertical one (centre)
	Lo, Hi int     // extent along the line
	T      int     // thickness in pixels
}

// Len returns the length of the segment.
func (s Segment) Len() int { return s.Hi - s.Lo }

// FindLines finds horizontal rulings at least minH pixels long and vertical ones at least minV long, bridging
// gaps up to gap pixels (broken print, JPEG blocks).
func FindLines(b *Binary, minH, minV, gap int) (horizontal, vertical []Segment) {
	horizontal = findRuns(b.W, b.H, b.Pix, minH, gap)
	// Columns scanned as the rows of the transposed image: a pass down each column strides the whole image.
	t := make([]bool, len(b.Pix))
	for y := 0; y < b.H; y++ {
		for x, v := range b.Pix[y*b.W : (y+1)*b.W] {
			if v {
				t[x*b.H+y] = true
			}
		}
	}
	vertical = findRuns(b.H, b.W, t, minV, gap)
	return horizontal, vertical
}

// findRuns scans the m lines of pix (n pixels each, row-major) and merges runs of consecutive lines that
// overlap.
func findRuns(n, m int, pix []bool, minLen, gap int) []Segment {
	type run struct{ lo, hi, j int }
	var open []*Segment
	var openLast []int
	var done []Segment
	for j := 0; j < m; j++ {
		var runs []run
		start, last := -1, -1
		for i, ink := range pix[j*n : (j+1)*n] {
			if ink {
				if start < 0 || i-last > gap+1 {
					if start >= 0 && last-start+1 >= minLen {
						runs = append(runs, run{start, last + 1, j})
					}
					start = i
				}
				last = i
			}
		}
		if start >= 0 && last-start+1 >= minLen {
			runs = append(runs, run{start, last + 1, j})
		}
		// Attach each run to an open segment from the previous line that overlaps it by half.
		used := make([]bool, len(open))
		var nextOpen []*Segment
		var nextLast []int
		for _, r := range runs {
			attached := false
			for k, s := range open {
				if used[k] || openLast[k] != j-1 {
					continue
				}
				ov := min(s.Hi, r.hi) - max(s.Lo, r.lo)
				if ov*2 >= min(s.Len(), r.hi-r.lo) {
					s.Pos = (s.Pos*float64(s.T) + float64(j)) / float64(s.T+1)
					s.T++
					s.Lo, s.Hi = min(s.Lo, r.lo), max(s.Hi, r.hi)
					used[k] = true
					nextOpen = append(nextOpen, s)
					nextLast = append(nextLast, j)
					attached = true
					break
				}
			}
			if !attached {
				s := &Segment{Pos: float64(j), Lo: r.lo, Hi: r.hi, T: 1}
				nextOpen = append(nextOpen, s)
				nextLast = append(nextLast, j)
			}
		}
		for k, s := range open {
			if !used[k] {
				done = append(done, *s)
			}
		}
		open, openLast = nextOpen, nextLast
	}
	for _, s := range open {
		done = append(done, *s)
	}
	// Lines are thin: drop blobs thicker than a tenth of their length (filled boxes, photos).
	out := done[:0]
	for _, s := range done {
		if s.T*10 <= s.Len() || s.T <= 6 {
			out = append(out, s)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Pos < out[b].Pos })
	return mergeTwins(out)
}

// mergeTwins joins segments that are one ruling found twice: a blurred ruling binarises into a full-length
// line and a shorter one a pixel beside it, which the template pairing counted as a ruling the template lacks
// (a blurred 附票 scored 0.22 against its own template and went to the template-free reader).
func mergeTwins(segs []Segment) []Segment {
	var out []Segment
	for _, s := range segs {
		if n := len(out); n > 0 {
			t := &out[n-1]
			ov := min(t.Hi, s.Hi) - max(t.Lo, s.Lo)
			if s.Pos-t.Pos <= 2 && ov*2 >= min(t.Len(), s.Len()) {
				t.Pos = (t.Pos*float64(t.T) + s.Pos*float64(s.T)) / float64(t.T+s.T)
				t.Lo, t.Hi, t.T = min(t.Lo, s.Lo), max(t.Hi, s.Hi), t.T+s.T
				continue
			}
		}
		out = append(out, s)
	}
	return out
}

// FindDocument locates a bright document (page or card) photographed on a darker surface. It returns the four
// corners (top-left, top-right, bottom-right, bottom-left) in g's pixels, and false when the document already
// fills the image or no clear quadrilateral is found.
func FindDocument(g *image.Gray) ([4]Point, bool) { return FindDocumentHalved(g, nil) }

// FindDocumentHalved is FindDocument given Halve(g) as well (nil: not made), which the caller keeps for its own
// reduced copy: a page's 480-pixel copy is then reduced from the half-size one, 11 → 3 ms on an A4 page.
func FindDocumentHalved(g, half *image.Gray) ([4]Point, bool) {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	f := 480.0 / float64(max(w, h))
	if f > 1 {
		f = 1
	}
	tw, th := max(1, int(math.Round(float64(w)*f))), max(1, int(math.Round(float64(h)*f)))
	src := g
	if half != nil && 2*tw <= half.Rect.Dx() && 2*th <= half.Rect.Dy() {
		src = half
	}
	small := GaussianBlur(Resize(src, tw, th), 1.2)
	sw, sh := small.Rect.Dx(), small.Rect.Dy()
	t := Otsu(small)
	// Bright pixels connected to the centre region form the document.
	mask := make([]bool, sw*sh)
	for y := 0; y < sh; y++ {
		for x := 0; x < sw; x++ {
			mask[y*sw+x] = small.Pix[y*small.Stride+x] > t
		}
	}
	// Close small gaps (dark text near the edge) so the component is solid: it is the largest component.
	label := make([]int32, sw*sh)
	best, bestN := int32(0), 0
	var stack []int
	next := int32(0)
	for i := range mask {
		if !mask[i] || label[i] != 0 {
			continue
		}
		next++
		n := 0
		stack = append(stack[:0], i)
		label[i] = next
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			n++
			x, y := p%sw, p/sw
			for _, q := range [4]int{p - 1, p + 1, p - sw, p + sw} {
				if (q == p-1 && x == 0) || (q == p+1 && x == sw-1) || q < 0 || q >= len(mask) || y < 0 {
					continue
				}
				if mask[q] && label[q] == 0 {
					label[q] = next
					stack = append(stack, q)
				}
			}
		}
		if n > bestN {
			best, bestN = next, n
		}
	}
	if bestN < sw*sh/8 {
		return [4]Point{}, false
	}
	// Row extents of the component give the boundary points (holes inside do not matter).
	var left, right, top, bottom []Point
	touch := 0
	for y := 0; y < sh; y++ {
		lo, hi := -1, -1
		for x := 0; x < sw; x++ {
			if label[y*sw+x] == best {
				if lo < 0 {
					lo = x
				}
				hi = x
			}
		}
		if lo >= 0 {
			left = append(left, Point{float64(lo), float64(y)})
			right = append(right, Point{float64(hi) + 1, float64(y)})
			if lo == 0 || hi == sw-1 {
				touch++
			}
		}
	}
	for x := 0; x < sw; x++ {
		lo, hi := -1, -1
		for y := 0; y < sh; y++ {
			if label[y*sw+x] == best {
				if lo < 0 {
					lo = y
				}
				hi = y
			}
		}
		if lo >= 0 {
			top = append(top, Point{float64(x), float64(lo)})
			bottom = append(bottom, Point{float64(x), float64(hi) + 1})
			if lo == 0 || hi == sh-1 {
				touch++
			}
		}
	}
	// A document touching the image border on much of its outline already fills the frame.
	if touch > (sw+sh)/3 {
		return [4]Point{}, false
	}
	lt, ok1 := fitLine(trim(top), false)
	lb, ok2 := fitLine(trim(bottom), false)
	ll, ok3 := fitLine(trim(left), true)
	lr, ok4 := fitLine(trim(right), true)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return [4]Point{}, false
	}
	c := [4]Point{intersect(lt, ll), intersect(lt, lr), intersect(lb, lr), intersect(lb, ll)}
	for i := range c {
		c[i] = Point{c[i].X / f, c[i].Y / f}
		if math.IsNaN(c[i].X) || math.IsNaN(c[i].Y) {
			return [4]Point{}, false
		}
	}
	// Sanity: a convex quadrilateral covering a reasonable part of the image.
	area := quadArea(c)
	if area < float64(w*h)/10 || area > float64(w*h)*0.98 {
		return [4]Point{}, false
	}
	return c, true
}

// trim drops the 15 % of boundary points at each end, where rounded corners bend the edge.
func trim(p []Point) []Point {
	k := len(p) * 15 / 100
	if len(p)-2*k < 5 {
		return p
	}
	return p[k : len(p)-k]
}

// line is a·x + b·y = c with (a, b) unit.
type line struct{ a, b, c float64 }

// fitLine fits a line to points by least squares with one pass of outlier rejection; vertical lines are fitted
// as x = f(y).
func fitLine(p []Point, vertical bool) (line, bool) {
	fit := func(p []Point) (float64, float64, bool) {
		var sx, sy, sxx, sxy float64
		n := float64(len(p))
		for _, q := range p {
			u, v := q.X, q.Y
			if vertical {
				u, v = q.Y, q.X
			}
			sx += u
			sy += v
			sxx += u * u
			sxy += u * v
		}
		d := n*sxx - sx*sx
		if n < 3 || d == 0 {
			return 0, 0, false
		}
		k := (n*sxy - sx*sy) / d
		return k, (sy - k*sx) / n, true
	}
	k, m, ok := fit(p)
	if !ok {
		return line{}, false
	}
	// Reject points more than 3 px off (a finger, a shadow) and refit.
	var keep []Point
	for _, q := range p {
		u, v := q.X, q.Y
		if vertical {
			u, v = q.Y, q.X
		}
		if math.Abs(v-(k*u+m)) <= 3 {
			keep = append(keep, q)
		}
	}
	if len(keep) >= len(p)/3 {
		if k2, m2, ok := fit(keep); ok {
			k, m = k2, m2
		}
	}
	// v = k·u + m → −k·u + v = m.
	n := math.Hypot(k, 1)
	if vertical { // x = k·y + m → x − k·y = m
		return line{a: 1 / n, b: -k / n, c: m / n}, true
	}
	return line{a: -k / n, b: 1 / n, c: m / n}, true
}

func intersect(p, q line) Point {
	d := p.a*q.b - p.b*q.a
	if math.Abs(d) < 1e-9 {
		return Point{math.NaN(), math.NaN()}
	}
	return Point{(p.c*q.b - p.b*q.c) / d, (p.a*q.c - p.c*q.a) / d}
}

func quadArea(c [4]Point) float64 {
	s := 0.0
	for i := 0; i < 4; i++ {
		j := (i + 1) % 4
		s += c[i].X*c[j].Y - c[j].X*c[i].Y
	}
	return math.Abs(s) / 2
}

// InkBounds returns the bounding box of pixels darker than t, or an empty rectangle.
func InkBounds(g *image.Gray, t uint8) image.Rectangle {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	x0, y0, x1, y1 := w, h, -1, -1
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride:]
		for x := 0; x < w; x++ {
			if row[x] <= t {
				x0, x1 = min(x0, x), max(x1, x)
				y0, y1 = min(y0, y), max(y1, y)
			}
		}
	}
	if x1 < 0 {
		return image.Rectangle{}
	}
	return image.Rect(x0, y0, x1+1, y1+1)
}

// TextOnly keeps the connected components of b that look like characters or rulings (thin or small) and drops
// large blobs (photos, seals, filled boxes), so that skew estimation follows the text lines.
func TextOnly(b *Binary) *Binary {
	out := &Binary{W: b.W, H: b.H, Pix: make([]bool, len(b.Pix))}
	// Only whether a pixel was reached matters, and the flood carries coordinates: a page's analysis copy has
	// ~2 M pixels, and an int32 label each and a division per ink pixel were most of this function's time.
	seen := make([]bool, len(b.Pix))
	type point struct{ x, y int32 }
	var stack, members []point
	maxH := b.H / 10
	for i, v := range b.Pix {
		if !v || seen[i] {
			continue
		}
		stack = append(stack[:0], point{int32(i % b.W), int32(i / b.W)})
		members = members[:0]
		seen[i] = true
		x0, y0, x1, y1 := b.W, b.H, 0, 0
		for len(stack) > 0 {
			p := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			members = append(members, p)
			x, y := int(p.x), int(p.y)
			x0, x1, y0, y1 = min(x0, x), max(x1, x), min(y0, y), max(y1, y)
			for _, q := range [4]point{{p.x - 1, p.y}, {p.x + 1, p.y}, {p.x, p.y - 1}, {p.x, p.y + 1}} {
				if q.x < 0 || q.y < 0 || int(q.x) >= b.W || int(q.y) >= b.H {
					continue
				}
				if j := int(q.y)*b.W + int(q.x); b.Pix[j] && !seen[j] {
					seen[j] = true
					stack = append(stack, q)
				}
			}
		}
		h, w := y1-y0+1, x1-x0+1
		fill := float64(len(members)) / float64(h*w)
		thin := h <= 4 || w <= 4 // a ruling
		if (h <= maxH && fill < 0.8) || (thin && len(members) > 0 && h <= maxH) {
			for _, p := range members {
				out.Pix[int(p.y)*b.W+int(p.x)] = true
			}
		}
	}
	return out
}

// Despeckle whitens isolated dark specks (components of at most maxArea pixels within a side×side box) darker
// than t: dust and toner specks, which the line recogniser reads as dots and strokes. Dakuten and the dots of i
// are larger than that at the resolutions the reader works at.
func Despeckle(g *image.Gray, t uint8, maxArea, side int) int {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	seen := make([]bool, w*h)
	type point struct{ x, y int32 }
	var stack, comp []point
	removed := 0
	// Row by row, and the flood keeps coordinates: most pixels are paper, and working out each one's place by
	// division was half of this function's time on a field crop.
	for y := 0; y < h; y++ {
		for x, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			i := y*w + x
			if v > t || seen[i] {
				continue
			}
			stack = append(stack[:0], point{int32(x), int32(y)})
			comp = comp[:0]
			seen[i] = true
			x0, y0, x1, y1 := x, y, x, y
			big := false
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				px, py := int(p.x), int(p.y)
				if !big {
					// A component found big is flooded to the end (so that none of it starts another) but
					// no longer collected.
					comp = append(comp, p)
					x0, x1, y0, y1 = min(x0, px), max(x1, px), min(y0, py), max(y1, py)
					big = len(comp) > maxArea || x1-x0 >= side || y1-y0 >= side
				}
				for qy := max(0, py-1); qy <= min(h-1, py+1); qy++ {
					row, srow := g.Pix[qy*g.Stride:], seen[qy*w:]
					for qx := max(0, px-1); qx <= min(w-1, px+1); qx++ {
						if !srow[qx] && row[qx] <= t {
							srow[qx] = true
							stack = append(stack, point{int32(qx), int32(qy)})
						}
					}
				}
			}
			if !big {
				for _, p := range comp {
					g.Pix[int(p.y)*g.Stride+int(p.x)] = 255
				}
				removed++
			}
		}
	}
	return removed
}
