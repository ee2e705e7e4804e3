package forms

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kakanai/kakanai/internal/juki"
)

// Options control a render.
type Options struct {
	// Mask blacks out the items it names and leaves their text out of the output (K-u); nil masks nothing.
	Mask *MaskProfile
	// Font is IPAmj明朝; nil uses DefaultFont. RenderSVG falls back to approximate widths when no font is found.
	Font *Font
	// CreatedAt is written as the PDF's CreationDate; the zero time leaves it out, so that the same 届出 gives
	// the same bytes (and the same SHA-256 in the archive).
	CreatedAt time.Time
}

// plan is a rendered form before it becomes PDF or SVG: everything positioned in mm.
type plan struct {
	layout   *Layout
	width    float64
	height   float64
	pages    []page
	overflow []string // keys set below their minimum size
}

type page struct {
	fills  []fillOp
	rects  []rectOp
	lines  []lineOp
	labels [][]textRun
	fields []fieldOp
}

type fillOp struct {
	Rect
	gray float64 // 0 black … 1 white
}

type rectOp struct {
	Rect
	width float64
	dash  bool
}

type lineOp struct {
	x1, y1, x2, y2 float64
	width          float64
	dash           bool
}

// textRun is one line of text: x at its left end, y on its baseline.
type textRun struct {
	x, y  float64
	size  float64 // pt
	text  string
	width float64 // mm
}

// fieldOp is one item on the page.
type fieldOp struct {
	key          string
	label        string // for screen readers: 氏（2人目）
	Rect                // the field's box: the click target and the masked area
	runs         []textRun
	masked       bool // blacked out; runs is empty
	inapplicable bool // a Japanese-only item in a foreign row or the reverse: always empty (K-c)
	strike       bool // inapplicable and the layout strikes such boxes through
	person       int  // person index, -1 outside the rows
	present      bool // the person row has data
}

const defaultRuleWidth = 0.2 // mm

// buildPlan lays the data out on the layout's pages.
func buildPlan(l *Layout, d Data, opts Options, m metrics) (*plan, error) {
	if l == nil {
		return nil, fmt.Errorf("forms: nil layout")
	}
	if err := l.Validate(); err != nil {
		return nil, err
	}
	if opts.Mask != nil {
		if err := opts.Mask.Validate(); err != nil {
			return nil, err
		}
	}
	w, h, _ := l.Paper.Dimensions()
	pl := &plan{layout: l, width: w, height: h}
	persons := d.PersonCount()
	total := l.PageCount(persons)
	b := &builder{plan: pl, data: d, mask: opts.Mask, m: m}
	for p := 0; p < total; p++ {
		pg := &page{}
		b.band(pg, Band{Labels: l.Labels, Boxes: l.Boxes, Lines: l.Lines}, 0, 0, p, nil)
		for _, f := range l.Fields {
			if pagesMatch(f.Pages, p) {
				b.field(pg, f, f.Key, f.Label, 0, 0, formatContext{}, -1, false, false)
			}
		}
		if r := l.Persons; r != nil {
			first, count, y := 0, r.Count, r.Y
			if p > 0 {
				count, y = r.Count, r.Y
				if r.Continuation != nil {
					count, y = r.Continuation.Count, r.Continuation.Y
				}
				first = r.Count + (p-1)*count
			}
			b.band(pg, r.Header, r.X, y, p, nil)
			for k := 0; k < count; k++ {
				b.row(pg, r, first+k, r.X, y+r.HeaderHeight+float64(k)*r.RowHeight)
			}
		}
		if pn := l.PageNumber; pn != nil && total > 1 && pagesMatch(pn.Pages, p) {
			lb := *pn
			if lb.Text == "" {
				lb.Text = "{page} / {pages}"
			}
			lb.Text = strings.NewReplacer("{page}", strconv.Itoa(p+1), "{pages}", strconv.Itoa(total)).Replace(lb.Text)
			b.label(pg, lb, 0, 0)
		}
		pl.pages = append(pl.pages, *pg)
	}
	return pl, nil
}

type builder struct {
	plan *plan
	data Data
	mask *MaskProfile
	m    metrics
}

// band adds a group of labels, boxes and lines with origin (ox, oy); subst replaces text in labels.
func (b *builder) band(pg *page, bd Band, ox, oy float64, p int, subst *strings.Replacer) {
	for _, bx := range bd.Boxes {
		if !pagesMatch(bx.Pages, p) {
			continue
		}
		r := bx.Rect
		r.X, r.Y = r.X+ox, r.Y+oy
		if bx.Shade > 0 {
			pg.fills = append(pg.fills, fillOp{r, 1 - bx.Shade})
		}
		if bx.Width >= 0 {
			pg.rects = append(pg.rects, rectOp{r, orDefault(bx.Width, defaultRuleWidth), bx.Dash})
		}
	}
	for _, ln := range bd.Lines {
		if pagesMatch(ln.Pages, p) {
			pg.lines = append(pg.lines, lineOp{ln.X1 + ox, ln.Y1 + oy, ln.X2 + ox, ln.Y2 + oy, orDefault(ln.Width, defaultRuleWidth), ln.Dash})
		}
	}
	for _, lb := range bd.Labels {
		if !pagesMatch(lb.Pages, p) {
			continue
		}
		if subst != nil {
			lb.Text = subst.Replace(lb.Text)
		}
		b.label(pg, lb, ox, oy)
	}
}

func (b *builder) label(pg *page, lb Label, ox, oy float64) {
	r := lb.Rect
	r.X, r.Y = r.X+ox, r.Y+oy
	size := orDefault(lb.Size, defaultLabel)
	var f fitted
	if lb.Vertical {
		f = fitVertical(lb.Text, r, size)
		pg.labels = append(pg.labels, placeVertical(f, r, lb.Align, b.m))
		return
	}
	f = fit(lb.Text, r, size, hardMinSize, true, 0, b.m)
	pg.labels = append(pg.labels, place(f, r, orDefault(lb.Align, "left"), lb.VAlign))
}

// row adds the person row i at (ox, oy).
func (b *builder) row(pg *page, r *Rows, i int, ox, oy float64) {
	prefix := fmt.Sprintf("persons.%d.", i)
	present := false
	for k, v := range b.data.Fields {
		if v != "" && strings.HasPrefix(k, prefix) {
			present = true
			break
		}
	}
	foreign := !juki.IsJapaneseNationality(b.data.Value(prefix + "nationality"))
	b.band(pg, Band{Labels: r.Row.Labels, Boxes: r.Row.Boxes, Lines: r.Row.Lines}, ox, oy, 0,
		strings.NewReplacer("{n}", strconv.Itoa(i+1)))
	ctx := formatContext{foreign: foreign, foreignDates: r.ForeignDates}
	for _, f := range r.Row.Fields {
		notHere := (foreign && slices.Contains(r.Japanese, f.Key)) || (!foreign && slices.Contains(r.Foreign, f.Key))
		label := f.Label
		if label == "" {
			label = f.Key
		}
		b.field(pg, f, prefix+f.Key, fmt.Sprintf("%s（%d人目）", label, i+1), ox, oy, ctx, i, present, present && notHere)
		if last := &pg.fields[len(pg.fields)-1]; last.inapplicable && r.Strike {
			last.strike = true
		}
	}
}

func (b *builder) field(pg *page, f Field, key, label string, ox, oy float64, ctx formatContext, person int, present, inapplicable bool) {
	r := f.Rect
	r.X, r.Y = r.X+ox, r.Y+oy
	op := fieldOp{key: key, label: orDefault(label, key), Rect: r, person: person, present: present, inapplicable: inapplicable}
	// A masked copy blacks out the item wherever it could hold a value: outside the rows always, in a row only
	// when the person exists and the item applies to them.
	op.masked = b.mask.Masks(key) && (person < 0 || present) && !inapplicable
	if !op.masked && !inapplicable {
		if v := formatters[f.Format](b.data.Value(key), ctx); strings.TrimSpace(v) != "" {
			fz := fit(v, r, fieldSize(f), minFieldSize(f), f.Shrink, f.MaxLines, b.m)
			if fz.overflow {
				b.plan.overflow = append(b.plan.overflow, key)
			}
			op.runs = place(fz, r, orDefault(f.Align, "left"), f.VAlign)
		}
	}
	pg.fields = append(pg.fields, op)
}

// place positions fitted lines in r.
func place(f fitted, r Rect, align, valign string) []textRun {
	em := f.size * ptToMM
	lh := lineHeightMM(f.size)
	block := float64(len(f.lines)) * lh
	innerTop, innerH := r.Y+padY, r.H-2*padY
	top := innerTop + (innerH-block)/2
	switch valign {
	case "top":
		top = innerTop
	case "bottom":
		top = innerTop + innerH - block
	}
	runs := make([]textRun, 0, len(f.lines))
	for i, ln := range f.lines {
		if ln.text == "" {
			continue
		}
		x := r.X + padX
		switch align {
		case "center":
			x = r.X + (r.W-ln.width)/2
		case "right":
			x = r.X + r.W - padX - ln.width
		}
		y := top + float64(i)*lh + (lh-em)/2 + ascent*em
		runs = append(runs, textRun{x: x, y: y, size: f.size, text: ln.text, width: ln.width})
	}
	return runs
}

// placeVertical stacks one cluster per line, centred (or aligned) across the box and centred down it.
func placeVertical(f fitted, r Rect, align string, m metrics) []textRun {
	em := f.size * ptToMM
	pitch := em * verticalPitch
	top := r.Y + (r.H-float64(len(f.lines))*pitch)/2
	runs := make([]textRun, 0, len(f.lines))
	for i, ln := range f.lines {
		w := m.advance(ln.text) * em
		x := r.X + (r.W-w)/2
		switch align {
		case "left":
			x = r.X + padX
		case "right":
			x = r.X + r.W - padX - w
		}
		runs = append(runs, textRun{x: x, y: top + float64(i)*pitch + (pitch-em)/2 + ascent*em, size: f.size, text: ln.text, width: w})
	}
	return runs
}

func orDefault[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// Overflows lists the items whose text had to be set smaller than the layout's minimum size (or, for fields
// that do not shrink, larger than their box) to fit: the console can point the staff at them.
func Overflows(l *Layout, d Data, opts Options) ([]string, error) {
	m, err := svgMetrics(opts)
	if err != nil {
		return nil, err
	}
	pl, err := buildPlan(l, d, opts, m)
	if err != nil {
		return nil, err
	}
	return pl.overflow, nil
}
