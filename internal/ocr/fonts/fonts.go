// Package fonts finds and caches the fonts the OCR pipeline renders with: IPAmj明朝 for names (the only font that
// draws every MJ character, 𠮷 and 﨑 included) and IPAゴシック / IPA明朝 for the rest of a document. The generator
// of synthetic specimens and the variant-kanji verifier share them, so that a candidate glyph is drawn exactly as
// a municipality's MJ-capable system prints it.
package fonts

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"os"
	"sync"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Family is one of the typefaces the system knows.
type Family string

const (
	// MJMincho is IPAmj明朝 (Debian fonts-ipamj-mincho); KAKANAI_MJ_FONT overrides the path.
	MJMincho Family = "mj-mincho"
	// Gothic is IPAゴシック (Debian fonts-ipafont-gothic); KAKANAI_GOTHIC_FONT overrides the path.
	Gothic Family = "gothic"
	// Mincho is IPA明朝 (Debian fonts-ipafont-mincho), a second Mincho design for legacy layouts; it falls back to
	// IPAmj明朝 when absent.
	Mincho Family = "mincho"
)

var candidates = map[Family][]string{
	MJMincho: {"/usr/share/fonts/truetype/ipamj/ipamjm.ttf", "/usr/share/fonts/opentype/ipamj/ipamjm.ttf"},
	Gothic: {"/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf", "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
		"/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf"},
	Mincho: {"/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf", "/usr/share/fonts/truetype/fonts-japanese-mincho.ttf"},
}

var envOverride = map[Family]string{MJMincho: "KAKANAI_MJ_FONT", Gothic: "KAKANAI_GOTHIC_FONT", Mincho: "KAKANAI_MINCHO_FONT"}

type loaded struct {
	once sync.Once
	font *opentype.Font
	err  error
}

var (
	cache    = map[Family]*loaded{MJMincho: {}, Gothic: {}, Mincho: {}}
	faceMu   sync.Mutex
	faceMemo = map[faceKey]font.Face{}
)

type faceKey struct {
	f  Family
	px int
}

// Path returns the file the family is loaded from, or an error naming the Debian package to install.
func Path(f Family) (string, error) {
	if p := os.Getenv(envOverride[f]); p != "" {
		return p, nil
	}
	for _, p := range candidates[f] {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	pkg := map[Family]string{MJMincho: "fonts-ipamj-mincho", Gothic: "fonts-ipafont-gothic", Mincho: "fonts-ipafont-mincho"}[f]
	return "", fmt.Errorf("fonts: %s not found: install the Debian package %s or set %s", f, pkg, envOverride[f])
}

// Load parses the family once per process (IPAmj明朝 is 46 MB and takes ~30 ms to parse).
func Load(f Family) (*opentype.Font, error) {
	l, ok := cache[f]
	if !ok {
		return nil, fmt.Errorf("fonts: unknown family %q", f)
	}
	l.once.Do(func() {
		p, err := Path(f)
		if err != nil && f == Mincho {
			p, err = Path(MJMincho)
		}
		if err != nil {
			l.err = err
			return
		}
		b, err := os.ReadFile(p)
		if err != nil {
			l.err = err
			return
		}
		l.font, l.err = opentype.Parse(b)
	})
	return l.font, l.err
}

// Available reports whether the family can be loaded.
func Available(f Family) bool {
	_, err := Load(f)
	return err == nil
}

// Face returns a face of the family whose em is px pixels. Faces are cached and shared: font.Face is not safe for
// concurrent use, so the cache hands out a fresh face per call site through FaceFor when concurrency matters.
func Face(f Family, px int) (font.Face, error) {
	faceMu.Lock()
	defer faceMu.Unlock()
	k := faceKey{f, px}
	if fc, ok := faceMemo[k]; ok {
		return fc, nil
	}
	ft, err := Load(f)
	if err != nil {
		return nil, err
	}
	fc, err := opentype.NewFace(ft, &opentype.FaceOptions{Size: float64(px), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, err
	}
	faceMemo[k] = fc
	return fc, nil
}

// NewFace returns an uncached face, for goroutines that draw concurrently.
func NewFace(f Family, px float64) (font.Face, error) {
	ft, err := Load(f)
	if err != nil {
		return nil, err
	}
	return opentype.NewFace(ft, &opentype.FaceOptions{Size: px, DPI: 72, Hinting: font.HintingNone})
}

// Has reports whether the family draws r.
func Has(f Family, r rune) bool {
	ft, err := Load(f)
	if err != nil {
		return false
	}
	var buf sfntBuffer
	idx, err := ft.GlyphIndex(&buf.b, r)
	return err == nil && idx != 0
}

// Drawer draws text in one family, falling back to IPAmj明朝 for characters the family lacks (IPAゴシック has no
// 𠮷), as the printing systems of municipalities do.
type Drawer struct {
	Family Family
	Px     float64 // em size in pixels
	face   font.Face
	mj     font.Face
}

// NewDrawer prepares faces for drawing at px pixels per em.
func NewDrawer(f Family, px float64) (*Drawer, error) {
	face, err := NewFace(f, px)
	if err != nil {
		return nil, err
	}
	d := &Drawer{Family: f, Px: px, face: face, mj: face}
	if f != MJMincho {
		if d.mj, err = NewFace(MJMincho, px); err != nil {
			d.mj = face
		}
	}
	return d, nil
}

func (d *Drawer) faceFor(r rune) font.Face {
	if d.Family != MJMincho && !Has(d.Family, r) {
		return d.mj
	}
	return d.face
}

// Advance returns the width of s in pixels, with extra pixels of letter spacing after each character.
func (d *Drawer) Advance(s string, spacing float64) float64 {
	w := 0.0
	for _, r := range s {
		a, _ := d.faceFor(r).GlyphAdvance(r)
		w += float64(a)/64 + spacing
	}
	if w > 0 {
		w -= spacing
	}
	return w
}

// Ascent returns the ascent of the face in pixels.
func (d *Drawer) Ascent() float64 { return float64(d.face.Metrics().Ascent) / 64 }

// Descent returns the descent of the face in pixels.
func (d *Drawer) Descent() float64 { return float64(d.face.Metrics().Descent) / 64 }

// Draw draws s with its baseline at (x, y) in colour c, with extra letter spacing in pixels, and returns the
// x after the last character.
func (d *Drawer) Draw(dst draw.Image, x, y float64, s string, c color.Color, spacing float64) float64 {
	src := image.NewUniform(c)
	for _, r := range s {
		fc := d.faceFor(r)
		dr, mask, mp, adv, ok := fc.Glyph(fixed.Point26_6{X: fixed.Int26_6(x * 64), Y: fixed.Int26_6(y * 64)}, r)
		if ok {
			draw.DrawMask(dst, dr, src, image.Point{}, mask, mp, draw.Over)
		}
		x += float64(adv)/64 + spacing
	}
	return x
}

// DrawVertical draws s top to bottom (縦書き, as 運転免許証 prints its title), each character centred on column
// x, starting with the top of the first character at y, one em plus spacing per character.
func (d *Drawer) DrawVertical(dst draw.Image, x, y float64, s string, c color.Color, spacing float64) {
	for _, r := range s {
		a, _ := d.faceFor(r).GlyphAdvance(r)
		d.Draw(dst, x-float64(a)/128, y+d.Ascent(), string(r), c, 0)
		y += d.Px + spacing
	}
}
