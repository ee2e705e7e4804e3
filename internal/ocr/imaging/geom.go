package imaging

import (
	"image"
	"math"
)

// Point is a real-valued position in pixels.
type Point struct{ X, Y float64 }

// Affine maps (x, y) to (A·x + B·y + C, D·x + E·y + F).
type Affine struct{ A, B, C, D, E, F float64 }

// Identity is the affine map that changes nothing.
var Identity = Affine{A: 1, E: 1}

// Apply maps p.
func (m Affine) Apply(p Point) Point {
	return Point{m.A*p.X + m.B*p.Y + m.C, m.D*p.X + m.E*p.Y + m.F}
}

// Then returns the map that applies m first and n second.
func (m Affine) Then(n Affine) Affine {
	return Affine{
		A: n.A*m.A + n.B*m.D, B: n.A*m.B + n.B*m.E, C: n.A*m.C + n.B*m.F + n.C,
		D: n.D*m.A + n.E*m.D, E: n.D*m.B + n.E*m.E, F: n.D*m.C + n.E*m.F + n.F,
	}
}

// Invert returns the inverse map.
func (m Affine) Invert() Affine {
	det := m.A*m.E - m.B*m.D
	if det == 0 {
		return Identity
	}
	a, b, d, e := m.E/det, -m.B/det, -m.D/det, m.A/det
	return Affine{A: a, B: b, C: -(a*m.C + b*m.F), D: d, E: e, F: -(d*m.C + e*m.F)}
}

// Rotation returns the rotation by deg degrees (clockwise on screen, y down) about c.
func Rotation(deg float64, c Point) Affine {
	s, co := math.Sincos(deg * math.Pi / 180)
	return Affine{A: co, B: -s, C: c.X - co*c.X + s*c.Y, D: s, E: co, F: c.Y - s*c.X - co*c.Y}
}

// ScaleShift maps p to p·s + t.
func ScaleShift(sx, sy, tx, ty float64) Affine { return Affine{A: sx, C: tx, E: sy, F: ty} }

// WarpAffine fills a w×h image whose pixel (x, y) is src at m(x, y): m maps destination to source.
func WarpAffine(src *image.Gray, m Affine, w, h int, bg uint8) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, h))
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	for y := 0; y < h; y++ {
		row := out.Pix[y*out.Stride:]
		fy := float64(y)
		sx, sy := m.B*fy+m.C, m.E*fy+m.F
		for x := 0; x < w; x++ {
			fx := float64(x)
			px, py := m.A*fx+sx, m.D*fx+sy
			// Bilinear's inside case in the loop: the call cost as much as the arithmetic on every field crop.
			x0, y0 := math.Floor(px), math.Floor(py)
			ix, iy := int(x0), int(y0)
			if ix < 0 || iy < 0 || ix+1 >= sw || iy+1 >= sh {
				row[x] = Bilinear(src, px, py, bg)
				continue
			}
			o := iy*src.Stride + ix
			row[x] = lerp2(src.Pix[o], src.Pix[o+1], src.Pix[o+src.Stride], src.Pix[o+src.Stride+1], px-x0, py-y0)
		}
	}
	return out
}

// WarpAffineArea is WarpAffine for a map that shrinks by more than 2: it pre-blurs the source region it reads so
// thin strokes do not alias away. scale is the source pixels per destination pixel.
func WarpAffineArea(src *image.Gray, m Affine, w, h int, bg uint8) *image.Gray {
	scale := math.Hypot(m.A, m.D)
	if scale <= 1.5 {
		return WarpAffine(src, m, w, h, bg)
	}
	// Sample a supersampled grid and average.
	n := int(math.Ceil(scale))
	if n > 4 {
		n = 4
	}
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			sum := 0
			for j := 0; j < n; j++ {
				fy := float64(y) + (float64(j)+0.5)/float64(n) - 0.5
				for i := 0; i < n; i++ {
					fx := float64(x) + (float64(i)+0.5)/float64(n) - 0.5
					sum += int(Bilinear(src, m.A*fx+m.B*fy+m.C, m.D*fx+m.E*fy+m.F, bg))
				}
			}
			out.Pix[y*out.Stride+x] = uint8(sum / (n * n))
		}
	}
	return out
}

// Rotate rotates g by deg degrees about its centre, keeping its size; the corners fill with bg.
func Rotate(g *image.Gray, deg float64, bg uint8) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	c := Point{float64(w-1) / 2, float64(h-1) / 2}
	return WarpAffine(g, Rotation(-deg, c), w, h, bg)
}

// Homography is a 3×3 projective map, row-major, H[8] normally 1.
type Homography [9]float64

// Apply maps p.
func (h Homography) Apply(p Point) Point {
	w := h[6]*p.X + h[7]*p.Y + h[8]
	return Point{(h[0]*p.X + h[1]*p.Y + h[2]) / w, (h[3]*p.X + h[4]*p.Y + h[5]) / w}
}

// HomographyFrom returns the map sending src[i] to dst[i] for the four point pairs (a direct linear solve).
func HomographyFrom(src, dst [4]Point) (Homography, bool) {
	var a [8][9]float64
	for i := 0; i < 4; i++ {
		x, y, u, v := src[i].X, src[i].Y, dst[i].X, dst[i].Y
		a[2*i] = [9]float64{x, y, 1, 0, 0, 0, -u * x, -u * y, u}
		a[2*i+1] = [9]float64{0, 0, 0, x, y, 1, -v * x, -v * y, v}
	}
	// Gaussian elimination with partial pivoting on the 8×8 system.
	for c := 0; c < 8; c++ {
		p := c
		for r := c + 1; r < 8; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return Homography{}, false
		}
		a[c], a[p] = a[p], a[c]
		for r := 0; r < 8; r++ {
			if r == c {
				continue
			}
			f := a[r][c] / a[c][c]
			for k := c; k < 9; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	var h Homography
	for i := 0; i < 8; i++ {
		h[i] = a[i][8] / a[i][i]
	}
	h[8] = 1
	return h, true
}

// WarpPerspective fills a w×h image whose pixel (x, y) is src at h(x, y): h maps destination to source.
func WarpPerspective(src *image.Gray, h Homography, w, hgt int, bg uint8) *image.Gray {
	out := image.NewGray(image.Rect(0, 0, w, hgt))
	sw, sh := src.Rect.Dx(), src.Rect.Dy()
	for y := 0; y < hgt; y++ {
		row := out.Pix[y*out.Stride : y*out.Stride+w]
		for x := range row {
			p := h.Apply(Point{float64(x), float64(y)})
			// Bilinear's inside case in line (a photographed page is warped whole, ~5 M pixels).
			x0, y0 := math.Floor(p.X), math.Floor(p.Y)
			ix, iy := int(x0), int(y0)
			if ix < 0 || iy < 0 || ix+1 >= sw || iy+1 >= sh {
				row[x] = Bilinear(src, p.X, p.Y, bg)
				continue
			}
			o := iy*src.Stride + ix
			row[x] = lerp2(src.Pix[o], src.Pix[o+1], src.Pix[o+src.Stride], src.Pix[o+src.Stride+1], p.X-x0, p.Y-y0)
		}
	}
	return out
}
