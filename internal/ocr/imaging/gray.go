// Package imaging holds the pure-Go image operations of the OCR pipeline and of the specimen generator: grey
// conversion, resampling, affine and perspective warps, blur, binarisation, skew estimation, ruling-line and
// document-edge detection. Everything works on *image.Gray (8-bit, 0 = black) so that a page is one byte per
// pixel and loops stay simple.
package imaging

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	xdraw "golang.org/x/image/draw"
)

// ToGray converts any image to 8-bit grey (ITU-R 601 luma), with fast paths for the types the decoders return.
func ToGray(img image.Image) *image.Gray {
	b := img.Bounds()
	switch src := img.(type) {
	case *image.Gray:
		if b.Min == (image.Point{}) {
			return src
		}
		g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
		for y := 0; y < b.Dy(); y++ {
			copy(g.Pix[y*g.Stride:y*g.Stride+b.Dx()], src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):])
		}
		return g
	case *image.YCbCr:
		g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
		for y := 0; y < b.Dy(); y++ {
			copy(g.Pix[y*g.Stride:y*g.Stride+b.Dx()], src.Y[src.YOffset(b.Min.X, b.Min.Y+y):])
		}
		return g
	case *image.RGBA:
		g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
		for y := 0; y < b.Dy(); y++ {
			row := src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
			out := g.Pix[y*g.Stride:]
			for x := 0; x < b.Dx(); x++ {
				r, gg, bb := int(row[4*x]), int(row[4*x+1]), int(row[4*x+2])
				out[x] = uint8((19595*r + 38470*gg + 7471*bb + 1<<15) >> 16)
			}
		}
		return g
	case *image.NRGBA:
		g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
		for y := 0; y < b.Dy(); y++ {
			row := src.Pix[src.PixOffset(b.Min.X, b.Min.Y+y):]
			out := g.Pix[y*g.Stride:]
			for x := 0; x < b.Dx(); x++ {
				a := int(row[4*x+3])
				r, gg, bb := int(row[4*x])*a/255+255-a, int(row[4*x+1])*a/255+255-a, int(row[4*x+2])*a/255+255-a
				out[x] = uint8((19595*r + 38470*gg + 7471*bb + 1<<15) >> 16)
			}
		}
		return g
	}
	g := image.NewGray(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(g, g.Bounds(), image.White, image.Point{}, draw.Src)
	draw.Draw(g, g.Bounds(), img, b.Min, draw.Over)
	return g
}

// ToRGBA copies img into a new RGBA image at the origin.
func ToRGBA(img image.Image) *image.RGBA {
	b := img.Bounds()
	dst := image.NewRGBA(image.Rect(0, 0, b.Dx(), b.Dy()))
	draw.Draw(dst, dst.Bounds(), img, b.Min, draw.Src)
	return dst
}

// NewWhite returns a white grey image.
func NewWhite(w, h int) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	return g
}

// Crop copies the part of g inside r (clipped) into a new image at the origin; outside pixels are white.
func Crop(g *image.Gray, r image.Rectangle) *image.Gray {
	out := NewWhite(r.Dx(), r.Dy())
	c := r.Intersect(g.Bounds())
	for y := c.Min.Y; y < c.Max.Y; y++ {
		copy(out.Pix[(y-r.Min.Y)*out.Stride+(c.Min.X-r.Min.X):], g.Pix[g.PixOffset(c.Min.X, y):g.PixOffset(c.Max.X, y)])
	}
	return out
}

// at returns the pixel at (x, y) or bg outside the image; g must start at the origin.
func at(g *image.Gray, x, y int, bg uint8) uint8 {
	if x < 0 || y < 0 || x >= g.Rect.Dx() || y >= g.Rect.Dy() {
		return bg
	}
	return g.Pix[y*g.Stride+x]
}

// Bilinear samples g at the real position (x, y) (pixel centres at integer+0.5 are not used: integer positions
// are pixel centres), returning bg outside.
func Bilinear(g *image.Gray, x, y float64, bg uint8) uint8 {
	x0, y0 := math.Floor(x), math.Floor(y)
	fx, fy := x-x0, y-y0
	ix, iy := int(x0), int(y0)
	w, h := g.Rect.Dx(), g.Rect.Dy()
	if ix >= 0 && iy >= 0 && ix+1 < w && iy+1 < h {
		o := iy*g.Stride + ix
		return lerp2(g.Pix[o], g.Pix[o+1], g.Pix[o+g.Stride], g.Pix[o+g.Stride+1], fx, fy)
	}
	if ix < -1 || iy < -1 || ix >= w || iy >= h {
		return bg
	}
	return lerp2(at(g, ix, iy, bg), at(g, ix+1, iy, bg), at(g, ix, iy+1, bg), at(g, ix+1, iy+1, bg), fx, fy)
}

// lerp2 interpolates four neighbouring pixels at (fx, fy) within their square, rounded. Small enough to be
// inlined, so WarpAffine's loop pays no call for it.
func lerp2(p00, p10, p01, p11 uint8, fx, fy float64) uint8 {
	v := float64(p00)*(1-fx)*(1-fy) + float64(p10)*fx*(1-fy) + float64(p01)*(1-fx)*fy + float64(p11)*fx*fy
	return uint8(v + 0.5)
}

// Resize scales g to w×h: box averaging when shrinking (no aliasing of thin strokes), bilinear when enlarging.
func Resize(g *image.Gray, w, h int) *image.Gray {
	sw, sh := g.Rect.Dx(), g.Rect.Dy()
	if w <= 0 || h <= 0 {
		return image.NewGray(image.Rect(0, 0, max(w, 0), max(h, 0)))
	}
	if w == sw && h == sh {
		return ToGray(g)
	}
	if w < sw && h < sh {
		return shrink(g, w, h)
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	sx, sy := float64(sw)/float64(w), float64(sh)/float64(h)
	// Every row samples the same columns: their positions and fractions are worked out once, as Bilinear works
	// them out, and pixels with all four neighbours inside interpolate without the call (a photo's background
	// level is enlarged to the whole page).
	type column struct {
		pos, frac float64
		ix        int
	}
	cols := make([]column, w)
	for x := range cols {
		fx := (float64(x)+0.5)*sx - 0.5
		x0 := math.Floor(fx)
		cols[x] = column{pos: fx, frac: fx - x0, ix: int(x0)}
	}
	for y := 0; y < h; y++ {
		fy := (float64(y)+0.5)*sy - 0.5
		y0 := math.Floor(fy)
		iy, fracY := int(y0), fy-y0
		row := out.Pix[y*out.Stride : y*out.Stride+w]
		if iy < 0 || iy+1 >= sh {
			for x, c := range cols {
				row[x] = Bilinear(g, c.pos, fy, 255)
			}
			continue
		}
		top, bottom := g.Pix[iy*g.Stride:], g.Pix[(iy+1)*g.Stride:]
		for x, c := range cols {
			if c.ix < 0 || c.ix+1 >= sw {
				row[x] = Bilinear(g, c.pos, fy, 255)
				continue
			}
			row[x] = lerp2(top[c.ix], top[c.ix+1], bottom[c.ix], bottom[c.ix+1], c.frac, fracY)
		}
	}
	return out
}

// shrink averages the source pixels covering each destination pixel (area resampling). The weights of each
// target column and row are computed once and the passes run along rows: a page is shrunk several times per
// read (photo detection, analysis), and a per-pixel overlap computation in column order cost 0.2 s a page.
func shrink(g *image.Gray, w, h int) *image.Gray {
	sw, sh := g.Rect.Dx(), g.Rect.Dy()
	if sw == 2*w && sh == 2*h {
		return Halve(g)
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	xsp, ysp := areaSpans(sw, w), areaSpans(sh, h)
	// Horizontal pass into a float buffer, then vertical.
	tmp := make([]float32, w*sh)
	for y := 0; y < sh; y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+sw]
		trow := tmp[y*w : (y+1)*w]
		for x, sp := range xsp {
			var sum float32
			for i, wt := range sp.w {
				sum += float32(row[sp.lo+i]) * wt
			}
			trow[x] = sum
		}
	}
	acc := make([]float32, w)
	for y, sp := range ysp {
		clear(acc)
		for i, wt := range sp.w {
			trow := tmp[(sp.lo+i)*w : (sp.lo+i+1)*w]
			for x, v := range trow {
				acc[x] += v * wt
			}
		}
		orow := out.Pix[y*out.Stride : y*out.Stride+w]
		for x, v := range acc {
			orow[x] = uint8(min(255, v+0.5))
		}
	}
	return out
}

// Halve returns g at half its size, each pixel the rounded mean of a 2×2 block in integers (an odd last row or
// column is left out): for even sizes the same value shrink's weighted passes give, four times faster (a 300 dpi
// A4 page to its analysis copy, the common case), and the cheap first step of larger reductions.
func Halve(g *image.Gray) *image.Gray {
	w, h := g.Rect.Dx()/2, g.Rect.Dy()/2
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		r0 := g.Pix[(2*y)*g.Stride : (2*y)*g.Stride+2*w]
		r1 := g.Pix[(2*y+1)*g.Stride : (2*y+1)*g.Stride+2*w]
		o := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range o {
			o[x] = uint8((int(r0[2*x]) + int(r0[2*x+1]) + int(r1[2*x]) + int(r1[2*x+1]) + 2) >> 2)
		}
	}
	return out
}

// areaSpan is the source range [lo, lo+len(w)) one target pixel covers, with each source pixel's share.
type areaSpan struct {
	lo int
	w  []float32
}

func areaSpans(src, dst int) []areaSpan {
	f := float64(src) / float64(dst)
	out := make([]areaSpan, dst)
	for d := range out {
		a, b := float64(d)*f, float64(d+1)*f
		lo, hi := int(a), min(src, int(math.Ceil(b)))
		sp := areaSpan{lo: lo, w: make([]float32, 0, hi-lo)}
		for s := lo; s < hi; s++ {
			sp.w = append(sp.w, float32((math.Min(b, float64(s+1))-math.Max(a, float64(s)))/f))
		}
		out[d] = sp
	}
	return out
}

// Scale resizes g by factor f.
func Scale(g *image.Gray, f float64) *image.Gray {
	return Resize(g, max(1, int(math.Round(float64(g.Rect.Dx())*f))), max(1, int(math.Round(float64(g.Rect.Dy())*f))))
}

// Invert returns 255−v for every pixel.
func Invert(g *image.Gray) *image.Gray {
	out := image.NewGray(g.Rect)
	for i, v := range g.Pix {
		out.Pix[i] = 255 - v
	}
	return out
}

// Histogram returns the 256-bin histogram of g.
func Histogram(g *image.Gray) [256]int {
	// Four partial counts in turn: a crop is mostly paper of one level, and counting every pixel into the
	// same cell waits on the previous increment each time.
	var part [4][256]uint32
	w := g.Rect.Dx()
	for y := 0; y < g.Rect.Dy(); y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		x := 0
		for ; x+4 <= len(row); x += 4 {
			part[0][row[x]]++
			part[1][row[x+1]]++
			part[2][row[x+2]]++
			part[3][row[x+3]]++
		}
		for ; x < len(row); x++ {
			part[0][row[x]]++
		}
	}
	var h [256]int
	for v := range h {
		h[v] = int(part[0][v]) + int(part[1][v]) + int(part[2][v]) + int(part[3][v])
	}
	return h
}

// Otsu returns the threshold that best separates ink from paper: pixels ≤ t are ink.
func Otsu(g *image.Gray) uint8 {
	h := Histogram(g)
	total := 0
	sum := 0.0
	for i, n := range h {
		total += n
		sum += float64(i * n)
	}
	if total == 0 {
		return 128
	}
	var sumB, wB float64
	best, bestT := -1.0, 128
	for t := 0; t < 256; t++ {
		wB += float64(h[t])
		if wB == 0 {
			continue
		}
		wF := float64(total) - wB
		if wF == 0 {
			break
		}
		sumB += float64(t * h[t])
		mB, mF := sumB/wB, (sum-sumB)/wF
		v := wB * wF * (mB - mF) * (mB - mF)
		if v > best {
			best, bestT = v, t
		}
	}
	return uint8(bestT)
}

// Binary is a bit image: true is ink.
type Binary struct {
	W, H int
	Pix  []bool
}

// At reports whether (x, y) is ink; outside is paper.
func (b *Binary) At(x, y int) bool {
	return x >= 0 && y >= 0 && x < b.W && y < b.H && b.Pix[y*b.W+x]
}

// Threshold marks pixels ≤ t as ink.
func Threshold(g *image.Gray, t uint8) *Binary {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	b := &Binary{W: w, H: h, Pix: make([]bool, w*h)}
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride:]
		for x := 0; x < w; x++ {
			b.Pix[y*w+x] = row[x] <= t
		}
	}
	return b
}

// Gray renders the bit image back to grey (ink black).
func (b *Binary) Gray() *image.Gray {
	g := image.NewGray(image.Rect(0, 0, b.W, b.H))
	for i, v := range b.Pix {
		if !v {
			g.Pix[i] = 255
		}
	}
	return g
}

// sauvolaPaper is the grey level from which a pixel is paper whatever its surroundings: most of a page, which
// then costs no window statistics.
const sauvolaPaper = 200

// Sauvola binarises with a local threshold m·(1 + k·(s/128 − 1)) over a window of the given radius, which keeps
// text readable under a shadow or a tinted background where one global threshold fails.
func Sauvola(g *image.Gray, radius int, k float64) *Binary {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	b := &Binary{W: w, H: h, Pix: make([]bool, w*h)}
	// The window sums come from column sums over the window's rows, slid down one row at a time, and their
	// prefix along the row: the integers a summed-area table gives, without writing one the size of the page
	// (12 bytes a pixel; building it cost twice the thresholding).
	col := make([]uint32, w)
	colSq := make([]uint64, w)
	pre := make([]uint32, w+1)
	preSq := make([]uint64, w+1)
	add := func(y int, sign int) {
		for x, p := range g.Pix[y*g.Stride : y*g.Stride+w] {
			v := uint32(p)
			if sign > 0 {
				col[x] += v
				colSq[x] += uint64(v * v)
			} else {
				col[x] -= v
				colSq[x] -= uint64(v * v)
			}
		}
	}
	for y := 0; y < min(h, radius); y++ {
		add(y, 1)
	}
	for y := 0; y < h; y++ {
		if y+radius < h {
			add(y+radius, 1)
		}
		if y-radius-1 >= 0 {
			add(y-radius-1, -1)
		}
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		ink := false
		for _, v := range row {
			if v < sauvolaPaper {
				ink = true
				break
			}
		}
		if !ink {
			continue
		}
		for x := 0; x < w; x++ {
			pre[x+1] = pre[x] + col[x]
			preSq[x+1] = preSq[x] + colSq[x]
		}
		rows := min(h, y+radius+1) - max(0, y-radius)
		for x, v := range row {
			if v >= sauvolaPaper {
				continue
			}
			x0, x1 := max(0, x-radius), min(w, x+radius+1)
			n := float64((x1 - x0) * rows)
			sum := float64(pre[x1] - pre[x0])
			sq := float64(preSq[x1] - preSq[x0])
			m := sum / n
			sd := math.Sqrt(math.Max(0, sq/n-m*m))
			t := m * (1 + k*(sd/128-1))
			b.Pix[y*w+x] = float64(v) <= t
		}
	}
	return b
}

// BoxBlur averages over a (2r+1)² window, separably.
func BoxBlur(g *image.Gray, r int) *image.Gray {
	if r <= 0 {
		return ToGray(g)
	}
	w, h := g.Rect.Dx(), g.Rect.Dy()
	tmp := make([]int, w*h)
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride:]
		acc := 0
		for x := -r; x <= r; x++ {
			acc += int(row[clamp(x, 0, w-1)])
		}
		for x := 0; x < w; x++ {
			tmp[y*w+x] = acc
			acc += int(row[clamp(x+r+1, 0, w-1)]) - int(row[clamp(x-r, 0, w-1)])
		}
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	d := (2*r + 1) * (2*r + 1)
	for x := 0; x < w; x++ {
		acc := 0
		for y := -r; y <= r; y++ {
			acc += tmp[clamp(y, 0, h-1)*w+x]
		}
		for y := 0; y < h; y++ {
			out.Pix[y*out.Stride+x] = uint8((acc + d/2) / d)
			acc += tmp[clamp(y+r+1, 0, h-1)*w+x] - tmp[clamp(y-r, 0, h-1)*w+x]
		}
	}
	return out
}

// GaussianBlur approximates a Gaussian of the given sigma by three box blurs.
func GaussianBlur(g *image.Gray, sigma float64) *image.Gray {
	if sigma <= 0.3 {
		return ToGray(g)
	}
	r := int(math.Round(math.Sqrt(12*sigma*sigma/3+1)-1) / 2)
	if r < 1 {
		// A small sigma: one 3×3 weighted pass.
		return convolve3(g, sigma)
	}
	return BoxBlur(BoxBlur(BoxBlur(g, r), r), r)
}

func convolve3(g *image.Gray, sigma float64) *image.Gray {
	k1 := math.Exp(-1 / (2 * sigma * sigma))
	k := [3]float64{k1, 1, k1}
	n := k1*2 + 1
	w, h := g.Rect.Dx(), g.Rect.Dy()
	tmp := make([]float64, w*h)
	// The sums are formed in the same order as the clamped loop's (left, centre, right; above, centre, below), so
	// the interior's unrolled loops give the same bytes; the clamping is left to the edges.
	for y := 0; y < h; y++ {
		row := g.Pix[y*g.Stride : y*g.Stride+w]
		trow := tmp[y*w : (y+1)*w]
		for x := range row {
			if x == 0 || x == w-1 {
				s := 0.0
				for i := -1; i <= 1; i++ {
					s += k[i+1] * float64(row[clamp(x+i, 0, w-1)])
				}
				trow[x] = s / n
				continue
			}
			s := 0.0
			s += k1 * float64(row[x-1])
			s += float64(row[x])
			s += k1 * float64(row[x+1])
			trow[x] = s / n
		}
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		up, mid, down := tmp[clamp(y-1, 0, h-1)*w:][:w], tmp[y*w:][:w], tmp[clamp(y+1, 0, h-1)*w:][:w]
		orow := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range orow {
			s := 0.0
			s += k1 * up[x]
			s += mid[x]
			s += k1 * down[x]
			orow[x] = uint8(s/n + 0.5)
		}
	}
	return out
}

func clamp(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// GrayColor is a convenience for drawing.
func GrayColor(v uint8) color.Gray { return color.Gray{Y: v} }

// ResizeCubic scales g to w×h with Catmull-Rom interpolation (for enlarging small print).
func ResizeCubic(g *image.Gray, w, h int) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, h))
	xdraw.CatmullRom.Scale(out, out.Bounds(), g, g.Bounds(), xdraw.Src, nil)
	return out
}

// Integral is g's summed-area table, for the means of many overlapping blocks of one image.
type Integral struct {
	w int
	s []uint32 // s[y*(w+1)+x]: the sum of the pixels above and left of (x, y)
}

// NewIntegral builds the summed-area table of g.
func NewIntegral(g *image.Gray) *Integral {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	ii := &Integral{w: w, s: make([]uint32, (w+1)*(h+1))}
	for y := 0; y < h; y++ {
		var row uint32
		above, cur := ii.s[y*(w+1):], ii.s[(y+1)*(w+1):]
		for x, p := range g.Pix[y*g.Stride : y*g.Stride+w] {
			row += uint32(p)
			cur[x+1] = above[x+1] + row
		}
	}
	return ii
}

// BlockMeans fills dst with the rounded means of the k×k blocks of the table's image starting at (x0, y0),
// which must lie inside it: for k a power of two, the bytes Resize gives for the crop of that region to dst's
// size (its weights are then exact binary fractions).
func (ii *Integral) BlockMeans(dst *image.Gray, x0, y0, k int) {
	w, h := dst.Rect.Dx(), dst.Rect.Dy()
	n, half := uint32(k*k), uint32(k*k/2)
	stride := ii.w + 1
	for y := 0; y < h; y++ {
		top, bottom := ii.s[(y0+y*k)*stride+x0:], ii.s[(y0+(y+1)*k)*stride+x0:]
		out := dst.Pix[y*dst.Stride : y*dst.Stride+w]
		for x := range out {
			a, b := x*k, (x+1)*k
			out[x] = uint8((bottom[b] - bottom[a] - top[b] + top[a] + half) / n)
		}
	}
}
