package specimen

import (
	"image"
	"image/color"
	"math"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Condition is how a specimen is degraded.
type Condition string

const (
	Clean   Condition = "clean"   // a 300 dpi flatbed scan
	Skew    Condition = "skew"    // placed crooked: ±1–3°
	Blur    Condition = "blur"    // out of focus or a worn print
	Speckle Condition = "speckle" // dust and toner specks
	DPI200  Condition = "200dpi"  // scanned at 200 dpi
	JPEG50  Condition = "jpeg50"  // saved as JPEG at quality 50
	Tint    Condition = "tint"    // a coloured 地紋 (security background)
	Light   Condition = "light"   // uneven light, a shadow across the page
	Photo   Condition = "photo"   // a phone photo: perspective, background, light, JPEG
)

// Conditions lists every condition, clean first.
func Conditions() []Condition {
	return []Condition{Clean, Skew, Blur, Speckle, DPI200, JPEG50, Tint, Light, Photo}
}

// degrade applies the condition and encodes the result.
func degrade(src *image.RGBA, c Condition, g *gen, media ocr.Media) ([]byte, string, error) {
	img := src
	switch c {
	case Skew:
		deg := g.float(1, 3)
		if g.chance(0.5) {
			deg = -deg
		}
		img = mapChannels(img, func(p *image.Gray) *image.Gray { return imaging.Rotate(p, deg, 255) })
	case Blur:
		sigma := g.float(1.0, 1.5)
		if media == ocr.MediaCard {
			sigma *= 0.8
		}
		img = mapChannels(img, func(p *image.Gray) *image.Gray { return imaging.GaussianBlur(p, sigma) })
	case Speckle:
		img = speckle(img, g)
	case DPI200:
		img = mapChannels(img, func(p *image.Gray) *image.Gray { return imaging.Scale(p, 2.0/3) })
	case JPEG50:
		return encode(img, 50)
	case Tint:
		img = tint(img, g)
	case Light:
		img = unevenLight(img, g, 0.45)
	case Photo:
		img = photo(img, g, media)
		return encode(img, 80)
	}
	if isGray(img) {
		return encode(imaging.ToGray(img), 0)
	}
	return encode(img, 0)
}

func isGray(img *image.RGBA) bool {
	for i := 0; i < len(img.Pix); i += 4 * 7 {
		if img.Pix[i] != img.Pix[i+1] || img.Pix[i+1] != img.Pix[i+2] {
			return false
		}
	}
	return true
}

// split returns the R, G, B planes.
func split(img *image.RGBA) [3]*image.Gray {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	var p [3]*image.Gray
	for c := range p {
		p[c] = image.NewGray(image.Rect(0, 0, w, h))
	}
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride:]
		for x := 0; x < w; x++ {
			for c := 0; c < 3; c++ {
				p[c].Pix[y*p[c].Stride+x] = row[4*x+c]
			}
		}
	}
	return p
}

func merge(p [3]*image.Gray) *image.RGBA {
	w, h := p[0].Rect.Dx(), p[0].Rect.Dy()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		row := img.Pix[y*img.Stride:]
		for x := 0; x < w; x++ {
			for c := 0; c < 3; c++ {
				row[4*x+c] = p[c].Pix[y*p[c].Stride+x]
			}
			row[4*x+3] = 255
		}
	}
	return img
}

func mapChannels(img *image.RGBA, f func(*image.Gray) *image.Gray) *image.RGBA {
	if isGray(img) {
		g := f(imaging.ToGray(img))
		return merge([3]*image.Gray{g, g, g})
	}
	p := split(img)
	for c := range p {
		p[c] = f(p[c])
	}
	return merge(p)
}

func speckle(img *image.RGBA, g *gen) *image.RGBA {
	out := imaging.ToRGBA(img)
	w, h := out.Rect.Dx(), out.Rect.Dy()
	n := w * h / 700
	for i := 0; i < n; i++ {
		x, y := g.intn(w), g.intn(h)
		r := 1 + g.intn(2)
		v := uint8(20 + g.intn(60))
		white := g.chance(0.3)
		for dy := 0; dy < r; dy++ {
			for dx := 0; dx < r; dx++ {
				if x+dx < w && y+dy < h {
					o := (y+dy)*out.Stride + 4*(x+dx)
					if white {
						out.Pix[o], out.Pix[o+1], out.Pix[o+2] = 255, 255, 255
					} else {
						out.Pix[o], out.Pix[o+1], out.Pix[o+2] = v, v, v
					}
				}
			}
		}
	}
	return out
}

// tint multiplies the page by a light coloured guilloche, like the 地紋 of certificate paper.
func tint(img *image.RGBA, g *gen) *image.RGBA {
	out := imaging.ToRGBA(img)
	w, h := out.Rect.Dx(), out.Rect.Dy()
	base := pick(g, []color.RGBA{{200, 230, 205, 255}, {205, 220, 240, 255}, {240, 220, 200, 255}, {225, 210, 235, 255}})
	f1, f2 := g.float(0.02, 0.04), g.float(0.015, 0.03)
	for y := 0; y < h; y++ {
		row := out.Pix[y*out.Stride:]
		for x := 0; x < w; x++ {
			wave := math.Sin(float64(x)*f1+6*math.Sin(float64(y)*f2)) * math.Sin(float64(y)*f1*0.8+5*math.Sin(float64(x)*f2))
			k := 0.55 + 0.45*(wave*0.5+0.5) // 0.55..1 mix toward base
			for c := 0; c < 3; c++ {
				tc := float64([]uint8{base.R, base.G, base.B}[c])
				bg := 255*(1-k) + tc*k
				row[4*x+c] = uint8(float64(row[4*x+c]) * bg / 255)
			}
		}
	}
	return out
}

// unevenLight darkens the page along a random direction down to (1−depth) and adds a soft shadow band.
func unevenLight(img *image.RGBA, g *gen, depth float64) *image.RGBA {
	out := imaging.ToRGBA(img)
	w, h := out.Rect.Dx(), out.Rect.Dy()
	ang := g.float(0, 2*math.Pi)
	dx, dy := math.Cos(ang), math.Sin(ang)
	span := math.Abs(dx)*float64(w) + math.Abs(dy)*float64(h)
	cx, cy := float64(w)/2, float64(h)/2
	band := g.float(0.2, 0.8)
	for y := 0; y < h; y++ {
		row := out.Pix[y*out.Stride:]
		for x := 0; x < w; x++ {
			t := ((float64(x)-cx)*dx+(float64(y)-cy)*dy)/span + 0.5 // 0..1
			k := 1 - depth*t
			if s := math.Abs(t - band); s < 0.12 {
				k *= 1 - 0.15*(1-s/0.12)
			}
			for c := 0; c < 3; c++ {
				row[4*x+c] = uint8(float64(row[4*x+c]) * k)
			}
		}
	}
	return out
}

// photo places the document on a darker textured surface, seen from an angle, under uneven light.
func photo(img *image.RGBA, g *gen, media ocr.Media) *image.RGBA {
	w, h := img.Rect.Dx(), img.Rect.Dy()
	// The phone frame: the document fills 65–80 % of it.
	fill := g.float(0.65, 0.8)
	scale := 1.0
	if media == ocr.MediaPage {
		scale = 0.75 // a page photographed at ~225 dpi
	} else {
		scale = g.float(1.0, 1.25)
	}
	dw, dh := float64(w)*scale, float64(h)*scale
	cw, ch := int(dw/fill), int(dh/fill)
	// Corners of the document in the photo, each moved by up to 6 % for perspective.
	j := func(v float64) float64 { return v * g.float(-0.06, 0.06) }
	ox, oy := (float64(cw)-dw)/2, (float64(ch)-dh)/2
	dst := [4]imaging.Point{
		{X: ox + j(dw), Y: oy + j(dh)}, {X: ox + dw + j(dw), Y: oy + j(dh)},
		{X: ox + dw + j(dw), Y: oy + dh + j(dh)}, {X: ox + j(dw), Y: oy + dh + j(dh)},
	}
	src := [4]imaging.Point{{X: 0, Y: 0}, {X: float64(w), Y: 0}, {X: float64(w), Y: float64(h)}, {X: 0, Y: float64(h)}}
	hm, ok := imaging.HomographyFrom(dst, src)
	if !ok {
		return img
	}
	surface := pick(g, []color.RGBA{{92, 74, 58, 255}, {70, 72, 78, 255}, {110, 96, 80, 255}, {55, 60, 52, 255}})
	p := split(img)
	out := image.NewRGBA(image.Rect(0, 0, cw, ch))
	for y := 0; y < ch; y++ {
		row := out.Pix[y*out.Stride:]
		for x := 0; x < cw; x++ {
			q := hm.Apply(imaging.Point{X: float64(x), Y: float64(y)})
			inside := q.X >= 0 && q.Y >= 0 && q.X < float64(w-1) && q.Y < float64(h-1)
			noise := uint8((x*7 + y*13 + (x*y)%17) % 9)
			for c := 0; c < 3; c++ {
				if inside {
					row[4*x+c] = imaging.Bilinear(p[c], q.X, q.Y, 0)
				} else {
					row[4*x+c] = []uint8{surface.R, surface.G, surface.B}[c] + noise
				}
			}
			row[4*x+3] = 255
		}
	}
	out = unevenLight(out, g, 0.3)
	return mapChannels(out, func(p *image.Gray) *image.Gray { return imaging.GaussianBlur(p, 0.7) })
}
