// Package specimen generates synthetic documents for the OCR pipeline's tests and benchmark: people who do not
// exist, rendered with the fonts municipalities print with into every layout the reader supports, degraded as a
// scanner or a phone camera degrades them, with the ground truth beside each image. Generation is deterministic:
// the same seed gives the same bytes.
package specimen

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"sort"

	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// Layout describes one document layout the generator draws.
type Layout struct {
	ID           string
	DocumentType ocr.DocumentType
	Media        ocr.Media
	Name         string
	WidthMM      float64
	HeightMM     float64
	// HeldOut layouts get no built-in template: they exercise the template-free reader.
	HeldOut bool
	// Foreign layouts may list foreigners (転出証明書 with 外国人住民 items).
	Foreign    bool
	MaxPersons int
	alignRows  bool // the template refines a card's placement from its text rows
	draw       func(s *sheet, d *docData, g *gen)
	background func(s *sheet, g *gen) // nil: white paper
}

var layouts []*Layout

func register(l *Layout) { layouts = append(layouts, l) }

func init() {
	register(&Layout{ID: "moveout-standard", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（標準仕様書準拠）", WidthMM: 210, HeightMM: 297, Foreign: true, MaxPersons: 4, draw: layoutMoveoutStandard})
}

// Layouts returns every layout, sorted by ID.
func Layouts() []*Layout {
	out := append([]*Layout(nil), layouts...)
	sort.Slice(out, func(a, b int) bool { return out[a].ID < out[b].ID })
	return out
}

// LayoutByID returns the layout.
func LayoutByID(id string) (*Layout, bool) {
	for _, l := range layouts {
		if l.ID == id {
			return l, true
		}
	}
	return nil, false
}

// Specimen is one generated document.
type Specimen struct {
	Name      string
	Layout    string
	Condition Condition
	Data      []byte // encoded image (PNG, or JPEG for the JPEG and photo conditions)
	Ext       string // "png" or "jpg"
	Truth     Truth
}

// Options select what to generate.
type Options struct {
	Seed      uint64
	Layout    string
	Condition Condition
	Persons   int   // 0: random within the layout's range
	Variant   *bool // force names with (true) or without (false) variant kanji; nil: 35 % with
	Foreign   *bool // force a foreign household where the layout allows it; nil: 20 %
}

// docData is everything a layout prints.
type docData struct {
	h       Household
	p       Person  // the holder of a card
	addr    Address // the holder's address
	oldAddr Address // an earlier address (附票 history, 免許証 front before the 備考 change)
	mayor   string
	today   juki.Date
	license string
	notes   []note // 運転免許証 備考 entries, oldest first
}

type note struct {
	date juki.Date
	addr Address
}

var mayors = []string{"山田　一郎", "佐藤　正", "鈴木　和夫", "中野　修", "大石　誠", "森山　健二", "石橋　孝"}

// Today is the fixed "today" of the generated documents, so that output does not change with the clock.
var Today = juki.Date{Year: 2025, Month: 6, Day: 2}

func (g *gen) municipality(lib *ocr.Library, l *Layout) Municipality {
	var ms []Municipality
	for _, m := range lib.Municipalities() {
		if m.Name == "" || len(towns[m.LgCode]) == 0 {
			continue
		}
		if t := m.Templates[string(l.DocumentType)]; t == "" || t == l.ID || l.HeldOut {
			ms = append(ms, m)
		}
	}
	if len(ms) == 0 {
		for _, m := range lib.Municipalities() {
			if m.Name != "" {
				ms = append(ms, m)
			}
		}
	}
	sort.Slice(ms, func(a, b int) bool { return ms[a].LgCode < ms[b].LgCode })
	return pick(g, ms)
}

func (g *gen) docData(l *Layout, o Options) *docData {
	lib := ocr.SeedLibrary()
	d := &docData{today: Today, mayor: pick(g, mayors)}
	variant := g.chance(0.35)
	if o.Variant != nil {
		variant = *o.Variant
	}
	foreign := l.Foreign && g.chance(0.2)
	if o.Foreign != nil {
		foreign = *o.Foreign && l.Foreign
	}
	n := o.Persons
	if n <= 0 {
		n = g.between(1, max(1, l.MaxPersons))
	}
	n = min(n, max(1, l.MaxPersons))
	issuer := g.municipality(lib, l)
	h := Household{Issuer: issuer, IssueDate: d.today.AddDays(-g.between(0, 20))}
	h.Address = g.address(issuer)
	dests := []string{"402168", "402168", "402036", "402176"}
	dm, _ := lib.Municipality(pick(g, dests))
	if dm.LgCode == issuer.LgCode {
		dm, _ = lib.Municipality("402168")
	}
	h.Destination = g.address(dm)
	h.MoveOutDate = h.IssueDate.AddDays(g.between(1, 14))
	if foreign {
		p := g.foreigner(d.today)
		h.Members = []Person{p}
		if n >= 2 {
			q := g.foreigner(d.today)
			q.Relationship = "妻"
			if p.Sex == "女" {
				q.Relationship = "夫"
			}
			h.Members = append(h.Members, q)
		}
	} else {
		h.Members = g.household(n, variant)
		domMuni, _ := lib.Municipality(pick(g, []string{"402168", "402036", "401323", "412031", "402281"}))
		h.Domicile = g.address(domMuni)
		h.DomicileHd = h.Members[0].FullName()
	}
	for i := range h.Members {
		since := h.Members[i].BirthDate
		if since.Before(juki.Date{Year: 2000, Month: 1, Day: 1}) {
			since = g.date(juki.Date{Year: 2000, Month: 1, Day: 1}, d.today.AddDays(-200))
		}
		h.Members[i].AddressSince = since
	}
	for i := 1; i < len(h.Members); i++ {
		if h.Members[i].AddressSince.Before(h.Members[0].AddressSince) && h.Members[i].BirthDate.Before(h.Members[0].AddressSince) {
			h.Members[i].AddressSince = h.Members[0].AddressSince
		}
	}
	d.h = h
	d.p = h.Members[0]
	d.addr = h.Address
	return d
}

// Generate renders one specimen.
func Generate(o Options) (*Specimen, error) {
	l, ok := LayoutByID(o.Layout)
	if !ok {
		return nil, fmt.Errorf("specimen: unknown layout %q", o.Layout)
	}
	if !fonts.Available(fonts.MJMincho) || !fonts.Available(fonts.Gothic) {
		_, err := fonts.Load(fonts.MJMincho)
		if err == nil {
			_, err = fonts.Load(fonts.Gothic)
		}
		return nil, err
	}
	cond := o.Condition
	if cond == "" {
		cond = Clean
	}
	g := newGen(o.Seed*1000003 + hash(l.ID))
	d := g.docData(l, o)
	s := render(l, d, g)
	img, ext, err := degrade(s.img, cond, newGen(o.Seed*7919+hash(l.ID+string(cond))), l.Media)
	if err != nil {
		return nil, err
	}
	tr := *s.truth
	tr.DocumentType = l.DocumentType
	tr.Template = l.templateRef()
	return &Specimen{Name: fmt.Sprintf("%s-%04d-%s", l.ID, o.Seed, cond), Layout: l.ID, Condition: cond, Data: img, Ext: ext, Truth: tr}, nil
}

func (l *Layout) templateRef() string {
	if l.HeldOut {
		return "labels"
	}
	return l.ID + "@1"
}

func render(l *Layout, d *docData, g *gen) *sheet {
	s := newSheet(l.WidthMM, l.HeightMM, 300, color.White)
	s.tpl.ID, s.tpl.Version, s.tpl.DocumentType, s.tpl.Media, s.tpl.Name = l.ID, 1, l.DocumentType, l.Media, l.Name
	s.tpl.Source = "specimen generator (internal/ocr/specimen)"
	if l.Media == ocr.MediaCard {
		s.frameCard = true
	}
	if l.background != nil {
		l.background(s, g)
	}
	l.draw(s, d, g)
	s.finish()
	s.tpl.Frame.AlignRows = l.alignRows
	return s
}

// LayoutTemplate returns the built-in template of a layout: its boxes drawn with the largest household.
func LayoutTemplate(id string) (*ocr.Template, error) {
	l, ok := LayoutByID(id)
	if !ok {
		return nil, fmt.Errorf("specimen: unknown layout %q", id)
	}
	g := newGen(1)
	yes, no := true, false
	d := g.docData(l, Options{Persons: l.MaxPersons, Variant: &no, Foreign: &no})
	if l.Foreign {
		// Fill foreign fields too so that every box exists; only positions matter here.
		_ = yes
	}
	s := render(l, d, g)
	t := s.tpl
	if m := issuersOf(l.ID); len(m) > 0 {
		t.Issuers = m
	}
	return t, nil
}

func issuersOf(id string) []string {
	var out []string
	for _, m := range ocr.SeedLibrary().Municipalities() {
		for _, t := range m.Templates {
			if t == id {
				out = append(out, m.LgCode)
			}
		}
	}
	sort.Strings(out)
	return out
}

func hash(s string) uint64 {
	h := uint64(1469598103934665603)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// encode writes PNG (grey when the image has no colour) or JPEG.
func encode(img image.Image, jpegQ int) ([]byte, string, error) {
	var buf bytes.Buffer
	if jpegQ > 0 {
		err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: jpegQ})
		return buf.Bytes(), "jpg", err
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	err := enc.Encode(&buf, img)
	return buf.Bytes(), "png", err
}
