package ocr

import (
	"context"
	"fmt"
	"image"
	"math"

	kakanai "github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// SampleField is a field drawn on a sample image (the console's template editor), in the sample's pixels.
type SampleField struct {
	Key    string          `json:"key"`
	Kind   FieldKind       `json:"kind"`
	Box    image.Rectangle `json:"box"`
	Person int             `json:"person"` // -1 document, 0 the first person slot
	Label  string          `json:"label,omitempty"`
}

// SampleSpec describes a new template drawn on a sample image.
type SampleSpec struct {
	ID           string
	Version      int // 0: 1
	Name         string
	DocumentType DocumentType
	Tenant       string
	Issuers      []string
	Media        Media   // "" detects page or card from the shape
	PageWidthMM  float64 // paper width; 0: 210 (A4 portrait), 297 for landscape, 85.6 for a card
	Title        string
	TitleBox     image.Rectangle // where the title is printed; empty when the layout has none to read
	Fields       []SampleField
	PersonSlots  int         // how many person blocks the layout has (0: 1)
	PersonStride image.Point // the offset, in sample pixels, from one person block to the next
}

// TemplateFromSample builds a template from a sample scan and the boxes a person drew on it: it finds the
// layout's rulings (or the card's edges), expresses every box in millimetres relative to that frame and records
// the rulings as the layout's signature. The template is returned, not stored: add it to a Library (and the
// service persists it per tenant).
func (e *Engine) TemplateFromSample(ctx context.Context, data []byte, spec SampleSpec) (*Template, error) {
	pages, err := decodePages(ctx, data)
	if err != nil {
		return nil, err
	}
	p := analyse(0, pages[0])
	if spec.Media == "" {
		spec.Media = p.media
	}
	wmm := spec.PageWidthMM
	if wmm == 0 {
		switch {
		case spec.Media == MediaCard:
			wmm = cardW
		case p.work.Rect.Dx() > p.work.Rect.Dy():
			wmm = 297
		default:
			wmm = 210
		}
	}
	if spec.Version == 0 {
		spec.Version = 1
	}
	k := float64(p.small.Rect.Dx()) / wmm // small px per mm
	t := &Template{ID: spec.ID, Version: spec.Version, DocumentType: spec.DocumentType, Name: spec.Name, Tenant: spec.Tenant,
		Issuers: spec.Issuers, Media: spec.Media, Source: "sample image"}
	t.Frame = Frame{Kind: "page", W: wmm, H: float64(p.small.Rect.Dy()) / k, PageW: wmm, PageH: float64(p.small.Rect.Dy()) / k}
	var fx, fy float64 // frame origin, small px (deskewed)
	if spec.Media == MediaCard {
		rg := p.region
		t.Frame = Frame{Kind: "card", W: cardW, H: cardH, PageW: cardW, PageH: cardH}
		k = float64(rg.Dx()) / cardW
		fx, fy = float64(rg.Min.X), float64(rg.Min.Y)
	} else if x0, y0, x1, y1, ok := p.tableFrame(); ok {
		t.Frame = Frame{Kind: "table", X: round2(x0 / k), Y: round2(y0 / k), W: round2((x1 - x0) / k), H: round2((y1 - y0) / k),
			PageW: wmm, PageH: round2(float64(p.small.Rect.Dy()) / k)}
		fx, fy = x0, y0
		hs, vs := p.rulingsMM(t, k, x0, k, y0)
		t.Lines = LineSig{H: roundAll(dedupeSorted(hs)), V: roundAll(dedupeSorted(vs))}
	}
	// Sample pixels (work) → deskewed small → frame millimetres.
	toSmall := p.smallToWork().Invert()
	rect := func(r image.Rectangle) Rect {
		a := toSmall.Apply(imaging.Point{X: float64(r.Min.X), Y: float64(r.Min.Y)})
		b := toSmall.Apply(imaging.Point{X: float64(r.Max.X), Y: float64(r.Max.Y)})
		return Rect{X: round2((math.Min(a.X, b.X) - fx) / k), Y: round2((math.Min(a.Y, b.Y) - fy) / k),
			W: round2(math.Abs(b.X-a.X) / k), H: round2(math.Abs(b.Y-a.Y) / k)}
	}
	if p.photo {
		return nil, kakanai.Invalid("file", "定義体の見本には写真ではなくスキャン画像を使ってください")
	}
	t.Title = TitleDef{Text: spec.Title}
	if !spec.TitleBox.Empty() {
		t.Title.Box = rect(spec.TitleBox)
	}
	for i, f := range spec.Fields {
		if f.Box.Empty() {
			return nil, kakanai.Invalid(fmt.Sprintf("fields.%d.box", i), "項目 %s の枠を指定してください", f.Key)
		}
		t.Fields = append(t.Fields, FieldDef{Key: f.Key, Kind: f.Kind, Box: rect(f.Box), Person: f.Person, Label: f.Label})
	}
	slots := max(1, spec.PersonSlots)
	t.Persons = &PersonSlots{Slots: slots}
	if slots > 1 {
		t.Persons.DX = round2(float64(spec.PersonStride.X) * p.f / k)
		t.Persons.DY = round2(float64(spec.PersonStride.Y) * p.f / k)
	}
	if err := t.Validate(); err != nil {
		return nil, err
	}
	return t, nil
}

func round2(v float64) float64 { return math.Round(v*100) / 100 }

func roundAll(v []float64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = round2(x)
	}
	return out
}
