package specimen

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sort"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// Truth is the ground truth written beside each specimen: the output schema with values only.
type Truth struct {
	DocumentType ocr.DocumentType    `json:"documentType"`
	IssuerLgCode string              `json:"issuerLgCode"`
	Template     string              `json:"template"`
	Fields       map[string]string   `json:"fields"`
	Persons      []map[string]string `json:"persons"`
}

// sheet draws one document at a given resolution and records, for every field it draws, the template box and
// the ground truth, so that a layout is written once and yields the image, the truth and the 定義体.
type sheet struct {
	img       *image.RGBA
	dpi       float64
	wmm, hmm  float64
	ink       color.RGBA
	drawers   map[drawerKey]*fonts.Drawer
	tpl       *ocr.Template
	truth     *Truth
	slot      int // current person slot, -1 for document-level fields
	slotBox   map[int][]ocr.FieldDef
	hl, vl    []mmLine
	frameCard bool
}

type drawerKey struct {
	f  fonts.Family
	px int
}

type mmLine struct{ x0, y0, x1, y1 float64 }

func newSheet(wmm, hmm, dpi float64, bg color.Color) *sheet {
	w, h := int(math.Round(wmm/25.4*dpi)), int(math.Round(hmm/25.4*dpi))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	return &sheet{img: img, dpi: dpi, wmm: wmm, hmm: hmm, ink: color.RGBA{25, 25, 30, 255},
		drawers: map[drawerKey]*fonts.Drawer{}, slot: -1, slotBox: map[int][]ocr.FieldDef{},
		tpl: &ocr.Template{}, truth: &Truth{Fields: map[string]string{}}}
}

func (s *sheet) px(mm float64) float64 { return mm / 25.4 * s.dpi }

// ptPx converts a font size in points to pixels per em.
func (s *sheet) ptPx(pt float64) float64 { return pt / 72 * s.dpi }

func (s *sheet) drawer(f fonts.Family, pt float64) *fonts.Drawer {
	k := drawerKey{f, int(math.Round(s.ptPx(pt) * 4))}
	if d, ok := s.drawers[k]; ok {
		return d
	}
	d, err := fonts.NewDrawer(f, float64(k.px)/4)
	if err != nil {
		panic(err) // the caller checked fonts.Available before generating
	}
	s.drawers[k] = d
	return d
}

// fillRect fills a rectangle given in mm.
func (s *sheet) fillRect(x, y, w, h float64, c color.Color) {
	r := image.Rect(int(math.Round(s.px(x))), int(math.Round(s.px(y))), int(math.Round(s.px(x+w))), int(math.Round(s.px(y+h))))
	draw.Draw(s.img, r, image.NewUniform(c), image.Point{}, draw.Over)
}

// hline draws a horizontal ruling of width lw mm and records it for the line signature.
func (s *sheet) hline(x0, x1, y, lw float64) {
	s.fillRect(x0, y-lw/2, x1-x0, lw, s.ink)
	s.hl = append(s.hl, mmLine{x0, y, x1, y})
}

func (s *sheet) vline(x, y0, y1, lw float64) {
	s.fillRect(x-lw/2, y0, lw, y1-y0, s.ink)
	s.vl = append(s.vl, mmLine{x, y0, x, y1})
}

func (s *sheet) rect(x, y, w, h, lw float64) {
	s.hline(x, x+w, y, lw)
	s.hline(x, x+w, y+h, lw)
	s.vline(x, y, y+h, lw)
	s.vline(x+w, y, y+h, lw)
}

// align of text in a box.
type align int

const (
	left align = iota
	center
	right
	spread // 均等割り: characters spread over the box width, as labels like 氏　　名 are printed
)

// text draws t in family f at pt points inside the box (x, y, w, h) mm, vertically centred, and returns the
// inked width in mm.
func (s *sheet) text(x, y, w, h float64, t string, f fonts.Family, pt float64, a align, c color.Color) float64 {
	if t == "" {
		return 0
	}
	d := s.drawer(f, pt)
	spacing := 0.0
	tw := d.Advance(t, 0)
	n := float64(len([]rune(t)))
	if a == spread && n > 1 {
		spacing = (s.px(w) - tw) / (n - 1)
		if spacing < 0 {
			spacing = 0
		}
		tw = d.Advance(t, spacing)
	}
	// Shrink to fit rather than overflow the box (long 在留資格, long addresses).
	if tw > s.px(w) && a != spread {
		return s.text(x, y, w, h, t, f, pt*s.px(w)/tw*0.98, a, c)
	}
	px := s.px(x)
	switch a {
	case center:
		px += (s.px(w) - tw) / 2
	case right:
		px += s.px(w) - tw
	}
	// Centre the em box: CJK glyphs fill roughly the em; baseline at ascent-ish of 0.88 em.
	em := d.Px
	base := s.px(y) + (s.px(h)-em)/2 + em*0.88
	d.Draw(s.img, px, base, t, c, spacing)
	return tw / s.dpi * 25.4
}

// label draws a printed label (not a field).
func (s *sheet) label(x, y, w, h float64, t string, f fonts.Family, pt float64, a align) {
	s.text(x, y, w, h, t, f, pt, a, s.ink)
}

// field draws value inside the box and records the box in the template and the value in the ground truth
// (truth may differ from what is printed: a date printed in 和暦 is true as YYYY-MM-DD).
func (s *sheet) field(key string, kind ocr.FieldKind, x, y, w, h float64, printed, truth string, f fonts.Family, pt float64, a align, labelText string) {
	font := "mincho"
	if f == fonts.Gothic {
		font = "gothic"
	}
	def := ocr.FieldDef{Key: key, Kind: kind, Box: ocr.Rect{X: x, Y: y, W: w, H: h}, Person: s.slot, Label: labelText, Font: font}
	s.slotBox[s.slot] = append(s.slotBox[s.slot], def)
	if printed != "" {
		pad := math.Min(1.2, w*0.05)
		if a == left {
			s.text(x+pad, y, w-2*pad, h, printed, f, pt, a, s.ink)
		} else {
			s.text(x, y, w, h, printed, f, pt, a, s.ink)
		}
	}
	if truth == "" || key[0] == '_' {
		return
	}
	if s.slot < 0 {
		s.truth.Fields[key] = truth
		return
	}
	for len(s.truth.Persons) <= s.slot {
		s.truth.Persons = append(s.truth.Persons, map[string]string{})
	}
	s.truth.Persons[s.slot][key] = truth
}

// finish derives the template: the frame from the long rulings (or the card edges), the boxes relative to it,
// the person stride from slots 0 and 1, and the line signature.
func (s *sheet) finish() {
	t := s.tpl
	t.Frame.PageW, t.Frame.PageH = s.wmm, s.hmm
	if s.frameCard || len(s.hl) == 0 {
		t.Frame.Kind = "card"
		if t.Media == ocr.MediaPage {
			t.Frame.Kind = "page"
		}
		t.Frame.X, t.Frame.Y, t.Frame.W, t.Frame.H = 0, 0, s.wmm, s.hmm
	} else {
		longest := 0.0
		for _, l := range s.hl {
			longest = math.Max(longest, l.x1-l.x0)
		}
		x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
		for _, l := range s.hl {
			if l.x1-l.x0 >= longest*0.5 {
				x0, x1 = math.Min(x0, l.x0), math.Max(x1, l.x1)
				y0, y1 = math.Min(y0, l.y0), math.Max(y1, l.y0)
			}
		}
		t.Frame = ocr.Frame{Kind: "table", X: r2(x0), Y: r2(y0), W: r2(x1 - x0), H: r2(y1 - y0), PageW: s.wmm, PageH: s.hmm}
	}
	fx, fy := t.Frame.X, t.Frame.Y
	rel := func(b ocr.Rect) ocr.Rect { return ocr.Rect{X: r2(b.X - fx), Y: r2(b.Y - fy), W: r2(b.W), H: r2(b.H)} }
	t.Title.Box = rel(t.Title.Box)
	t.Fields = nil
	for _, slot := range []int{-1, 0} {
		for _, d := range s.slotBox[slot] {
			d.Box = rel(d.Box)
			for i := range d.Parts {
				d.Parts[i] = rel(d.Parts[i])
			}
			t.Fields = append(t.Fields, d)
		}
	}
	if s1 := s.slotBox[1]; len(s1) > 0 && len(s.slotBox[0]) > 0 {
		n := 0
		for k := 1; len(s.slotBox[k]) > 0; k++ {
			n = k
		}
		t.Persons = &ocr.PersonSlots{Slots: n + 1, DX: r2(s1[0].Box.X - s.slotBox[0][0].Box.X), DY: r2(s1[0].Box.Y - s.slotBox[0][0].Box.Y)}
	} else if len(s.slotBox[0]) > 0 {
		t.Persons = &ocr.PersonSlots{Slots: 1}
	}
	var hs, vs []float64
	if t.Frame.Kind == "table" {
		for _, l := range s.hl {
			if l.x1-l.x0 >= t.Frame.W*0.4 {
				hs = append(hs, r2(l.y0-fy))
			}
		}
		for _, l := range s.vl {
			if l.y1-l.y0 >= 6 {
				vs = append(vs, r2(l.x0-fx))
			}
		}
	}
	t.Lines = ocr.LineSig{H: dedupe(hs), V: dedupe(vs)}
}

func r2(v float64) float64 { return math.Round(v*100) / 100 }

func dedupe(v []float64) []float64 {
	sort.Float64s(v)
	var out []float64
	for _, x := range v {
		if len(out) == 0 || x-out[len(out)-1] > 0.6 {
			out = append(out, x)
		}
	}
	if out == nil {
		out = []float64{}
	}
	return out
}
