package forms

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"

	"github.com/kakanai/kakanai"
)

// LayoutFormat is the version of the layout JSON schema this package reads. A layout with another format is
// refused with a message, never half-read.
const LayoutFormat = 1

// Layout is a paper form as data (K-k, G1): paper, printed labels and rules, the boxes where items are printed,
// and the repeated rows of 異動者. Lengths are millimetres from the top-left corner of the paper; font sizes are
// points. Tenants upload their own layouts as JSON; Version counts their revisions.
type Layout struct {
	Format     int     `json:"format"`            // LayoutFormat
	ID         string  `json:"id"`                // stable identifier, e.g. "juki-ido"
	Name       string  `json:"name"`              // 住民異動届
	Version    int     `json:"version"`           // revision of this layout; an upload of a changed layout bumps it
	Kind       string  `json:"kind"`              // KindNotification or KindExOfficio
	Paper      Paper   `json:"paper"`             //
	Margin     Margin  `json:"margin"`            // nothing may be placed outside the paper minus the margin
	Labels     []Label `json:"labels,omitempty"`  // printed text
	Boxes      []Box   `json:"boxes,omitempty"`   // ruled rectangles, optionally shaded
	Lines      []Line  `json:"lines,omitempty"`   // ruled lines
	Fields     []Field `json:"fields,omitempty"`  // where the items of the 届出 print
	Persons    *Rows   `json:"persons,omitempty"` // one row per 異動者
	PageNumber *Label  `json:"pageNumber,omitempty"`
}

// Layout kinds.
const (
	KindNotification = "notification" // 住民異動届
	KindExOfficio    = "ex_officio"   // 職権記載書
)

// Paper is the sheet: A4, A3, B4 or B5 (JIS B series, the Japanese office sizes), portrait or landscape.
type Paper struct {
	Size        string `json:"size"`
	Orientation string `json:"orientation"` // "portrait" or "landscape"
}

// paperSizes are portrait width × height in mm (ISO 216; JIS P 0138 for B4/B5).
var paperSizes = map[string][2]float64{"A4": {210, 297}, "A3": {297, 420}, "B4": {257, 364}, "B5": {182, 257}}

// Dimensions returns the width and height in mm, or false for an unknown size or orientation.
func (p Paper) Dimensions() (w, h float64, ok bool) {
	s, ok := paperSizes[strings.ToUpper(p.Size)]
	if !ok {
		return 0, 0, false
	}
	switch p.Orientation {
	case "", "portrait":
		return s[0], s[1], true
	case "landscape":
		return s[1], s[0], true
	}
	return 0, 0, false
}

// Margin is the unprintable border in mm.
type Margin struct {
	Top    float64 `json:"top"`
	Right  float64 `json:"right"`
	Bottom float64 `json:"bottom"`
	Left   float64 `json:"left"`
}

// Rect is a box in mm: X, Y of the top-left corner, width and height.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Pages says on which pages an element prints: "" (every page), "first", or "rest" (continuation pages only).
const (
	PagesAll   = ""
	PagesFirst = "first"
	PagesRest  = "rest"
)

// Label is printed text. Within a person row, "{n}" in Text stands for the person's number (1, 2, …); in
// Layout.PageNumber, "{page}" and "{pages}" stand for the page numbers (default "{page} / {pages}", printed only
// when there is more than one page).
type Label struct {
	Rect
	Text     string  `json:"text"`
	Size     float64 `json:"size,omitempty"`     // pt, default 9
	Align    string  `json:"align,omitempty"`    // left (default), center, right
	VAlign   string  `json:"valign,omitempty"`   // middle (default), top, bottom
	Vertical bool    `json:"vertical,omitempty"` // one character under the other (縦書き), for narrow captions
	Pages    string  `json:"pages,omitempty"`
}

// Box is a ruled rectangle. Shade fills it with grey (0 none … 1 black) behind the text, as forms mark captions.
type Box struct {
	Rect
	Width float64 `json:"width,omitempty"` // line width in mm, default 0.2; negative: no outline
	Shade float64 `json:"shade,omitempty"`
	Dash  bool    `json:"dash,omitempty"`
	Pages string  `json:"pages,omitempty"`
}

// Line is a ruled line.
type Line struct {
	X1    float64 `json:"x1"`
	Y1    float64 `json:"y1"`
	X2    float64 `json:"x2"`
	Y2    float64 `json:"y2"`
	Width float64 `json:"width,omitempty"` // mm, default 0.2
	Dash  bool    `json:"dash,omitempty"`
	Pages string  `json:"pages,omitempty"`
}

// Field is the box where one item prints. Key is the item's JSON path (newAddress.line); within Rows it is the
// path below the person (familyName). The text is wrapped to at most MaxLines lines (0: as many as the height
// allows); with Shrink it is made smaller, down to MinSize, until it fits. Text that still does not fit is
// made smaller again rather than cut: nothing on a 届出 may silently disappear.
type Field struct {
	Rect
	Key      string  `json:"key"`
	Label    string  `json:"label,omitempty"`  // what the item is, for screen readers and error messages (氏)
	Format   string  `json:"format,omitempty"` // how the value prints, see formats.go
	Size     float64 `json:"size,omitempty"`   // pt, default 10
	MinSize  float64 `json:"minSize,omitempty"`
	Shrink   bool    `json:"shrink,omitempty"`
	MaxLines int     `json:"maxLines,omitempty"`
	Align    string  `json:"align,omitempty"`
	VAlign   string  `json:"valign,omitempty"`
	Pages    string  `json:"pages,omitempty"`
}

// Rows is the repeated region of 異動者. Its header band (column captions) sits at (X, Y); the first row
// starts HeaderHeight below. Elements of the header are relative to (X, Y), elements of a row to the row's
// top-left corner. The first page holds Count rows; continuation pages, for households larger than that,
// place the band at Continuation.Y and hold Continuation.Count rows each.
type Rows struct {
	X            float64       `json:"x"`
	Y            float64       `json:"y"`
	W            float64       `json:"w"`
	HeaderHeight float64       `json:"headerHeight"`
	RowHeight    float64       `json:"rowHeight"`
	Count        int           `json:"count"`
	Continuation *Continuation `json:"continuation,omitempty"`
	Header       Band          `json:"header"`
	Row          Band          `json:"row"`
	// Japanese lists the row fields printed only for Japanese nationals (本籍, 筆頭者), Foreign those printed
	// only for 外国人住民 (国籍・地域, 30条45区分, 在留資格 …; 住基法30条の45). In the other kind of row such a
	// field stays empty whatever the data holds (K-c), and with Strike it is struck through.
	Japanese []string `json:"japanese,omitempty"`
	Foreign  []string `json:"foreign,omitempty"`
	Strike   bool     `json:"strike,omitempty"`
	// ForeignDates is how fields with format "date" print in foreign rows: "seireki" (西暦, as on the 在留カード)
	// or "wareki" (default).
	ForeignDates string `json:"foreignDates,omitempty"`
}

// Continuation places the rows on continuation pages.
type Continuation struct {
	Y     float64 `json:"y"`
	Count int     `json:"count"`
}

// Band is a group of elements placed relative to an origin.
type Band struct {
	Labels []Label `json:"labels,omitempty"`
	Boxes  []Box   `json:"boxes,omitempty"`
	Lines  []Line  `json:"lines,omitempty"`
	Fields []Field `json:"fields,omitempty"` // only in Rows.Row
}

// ParseLayout reads a layout from JSON and validates it.
func ParseLayout(data []byte) (*Layout, error) {
	var l Layout
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return nil, kakanai.Invalid("layout", "様式定義のJSONを読み取れません: %s", jsonProblem(err))
	}
	if err := l.Validate(); err != nil {
		return nil, err
	}
	return &l, nil
}

// jsonProblem describes a decoding error without echoing the document.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("%d バイト目付近の書式が正しくありません", syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf("「%s」の値の型が正しくありません（%s が必要です）", typ.Field, typ.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		return "未知の項目 " + strings.TrimPrefix(err.Error(), "json: unknown field ") + " があります"
	}
	return "書式が正しくありません"
}

// Problem is one finding of layout validation: Path points into the layout JSON (fields[3].w), Message is
// Japanese and names the element.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// Validate checks a layout and returns a *kakanai.Error (code invalid) naming the first bad element, with the
// number of further problems; Problems lists them all.
func (l *Layout) Validate() error {
	ps := l.Problems()
	if len(ps) == 0 {
		return nil
	}
	msg := ps[0].Message
	if len(ps) > 1 {
		msg += fmt.Sprintf("（ほか%d件）", len(ps)-1)
	}
	return kakanai.Invalid(ps[0].Path, "%s", msg)
}

var (
	keyRe         = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(\.([A-Za-z][A-Za-z0-9]*|[0-9]+))*$`)
	relativeKeyRe = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$`)
)

const (
	minFontSize = 3.0
	maxFontSize = 72.0
	tolerance   = 0.01 // mm: rounding in hand-written JSON
)

// Problems returns every problem of the layout, in document order.
func (l *Layout) Problems() []Problem {
	v := &layoutChecker{}
	if l.Format != LayoutFormat {
		v.add("format", "様式定義の形式 %d には対応していません（対応している形式: %d）", l.Format, LayoutFormat)
		return v.problems
	}
	if strings.TrimSpace(l.ID) == "" {
		v.add("id", "様式のIDがありません")
	}
	if strings.TrimSpace(l.Name) == "" {
		v.add("name", "様式の名前がありません")
	}
	if l.Version < 1 {
		v.add("version", "様式の版は1以上にしてください")
	}
	if l.Kind != KindNotification && l.Kind != KindExOfficio {
		v.add("kind", "様式の種類「%s」は使えません（notification または ex_officio）", l.Kind)
	}
	pw, ph, ok := l.Paper.Dimensions()
	if !ok {
		v.add("paper", "用紙「%s %s」は使えません（A4・A3・B4・B5 と portrait・landscape）", l.Paper.Size, l.Paper.Orientation)
		return v.problems
	}
	m := l.Margin
	if m.Top < 0 || m.Right < 0 || m.Bottom < 0 || m.Left < 0 || m.Left+m.Right >= pw/2 || m.Top+m.Bottom >= ph/2 {
		v.add("margin", "余白が正しくありません（0以上で、用紙の半分未満にしてください）")
		return v.problems
	}
	area := Rect{m.Left, m.Top, pw - m.Left - m.Right, ph - m.Top - m.Bottom}

	for i, lb := range l.Labels {
		v.label(fmt.Sprintf("labels[%d]", i), "ラベル", lb, area, true)
	}
	for i, b := range l.Boxes {
		v.box(fmt.Sprintf("boxes[%d]", i), "罫線枠", b, area)
	}
	for i, ln := range l.Lines {
		v.line(fmt.Sprintf("lines[%d]", i), "罫線", ln, area)
	}
	keys := map[string]string{}
	for i, f := range l.Fields {
		path := fmt.Sprintf("fields[%d]", i)
		v.field(path, "項目", f, area, keyRe)
		if prev, dup := keys[f.Key]; dup && f.Key != "" {
			v.add(path+".key", "項目「%s」が %s と重複しています", f.Key, prev)
		}
		keys[f.Key] = path
		if strings.HasPrefix(f.Key, "persons.") {
			v.add(path+".key", "項目「%s」: 異動者の項目は persons（異動者欄）の中に置いてください", f.Key)
		}
	}
	if l.PageNumber != nil {
		v.label("pageNumber", "ページ番号", *l.PageNumber, area, false)
	}
	if l.Persons != nil {
		v.rows(l.Persons, area)
	}
	v.overlaps(l)
	return v.problems
}

// overlaps reports fields that cover each other or the person rows on a page they share: a click on the
// console could not tell which input is meant, and the print would overlap.
func (v *layoutChecker) overlaps(l *Layout) {
	share := func(a, b string) bool { return a == PagesAll || b == PagesAll || a == b }
	for i, f := range l.Fields {
		for j := i + 1; j < len(l.Fields); j++ {
			g := l.Fields[j]
			if share(f.Pages, g.Pages) && intersects(f.Rect, g.Rect) {
				v.add(fmt.Sprintf("fields[%d]", j), "%s が %s と重なっています",
					elementName("項目", g.Label, g.Key), elementName("項目", f.Label, f.Key))
			}
		}
		if r := l.Persons; r != nil && r.W > 0 && r.RowHeight > 0 {
			first := Rect{r.X, r.Y, r.W, r.HeaderHeight + float64(r.Count)*r.RowHeight}
			rest := first
			if c := r.Continuation; c != nil {
				rest = Rect{r.X, c.Y, r.W, r.HeaderHeight + float64(c.Count)*r.RowHeight}
			}
			if (f.Pages != PagesRest && intersects(f.Rect, first)) || (f.Pages != PagesFirst && intersects(f.Rect, rest)) {
				v.add(fmt.Sprintf("fields[%d]", i), "%s が異動者欄と重なっています", elementName("項目", f.Label, f.Key))
			}
		}
	}
}

func intersects(a, b Rect) bool {
	return a.X < b.X+b.W-tolerance && b.X < a.X+a.W-tolerance && a.Y < b.Y+b.H-tolerance && b.Y < a.Y+a.H-tolerance
}

type layoutChecker struct{ problems []Problem }

func (v *layoutChecker) add(path, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// name describes an element for a message: 項目「新住所」(newAddress.line).
func elementName(kind, label, key string) string {
	switch {
	case label != "" && key != "":
		return fmt.Sprintf("%s「%s」(%s)", kind, label, key)
	case key != "":
		return fmt.Sprintf("%s「%s」", kind, key)
	case label != "":
		return fmt.Sprintf("%s「%s」", kind, label)
	}
	return kind
}

func (v *layoutChecker) rect(path, name string, r Rect, area Rect) {
	switch {
	case !finite(r.X, r.Y, r.W, r.H):
		v.add(path, "%s: 位置または大きさが数値ではありません", name)
	case r.W <= 0 || r.H <= 0:
		v.add(path, "%s: 幅と高さは0より大きくしてください（幅 %.1f mm、高さ %.1f mm）", name, r.W, r.H)
	case !inside(r, area):
		v.add(path, "%s: 印刷できる範囲（余白の内側 %s）からはみ出しています（x %.1f, y %.1f, 幅 %.1f, 高さ %.1f mm）",
			name, describeRect(area), r.X, r.Y, r.W, r.H)
	}
}

func (v *layoutChecker) pages(path, name, pages string) {
	if pages != PagesAll && pages != PagesFirst && pages != PagesRest {
		v.add(path+".pages", "%s: 印刷するページ「%s」は使えません（空欄・first・rest）", name, pages)
	}
}

func (v *layoutChecker) align(path, name, align, valign string) {
	if !slices.Contains([]string{"", "left", "center", "right"}, align) {
		v.add(path+".align", "%s: 横の配置「%s」は使えません（left・center・right）", name, align)
	}
	if !slices.Contains([]string{"", "top", "middle", "bottom"}, valign) {
		v.add(path+".valign", "%s: 縦の配置「%s」は使えません（top・middle・bottom）", name, valign)
	}
}

func (v *layoutChecker) size(path, name string, size float64) {
	if size != 0 && (size < minFontSize || size > maxFontSize || !finite(size)) {
		v.add(path, "%s: 文字の大きさ %.1f pt は範囲外です（%.0f〜%.0f pt）", name, size, minFontSize, maxFontSize)
	}
}

func (v *layoutChecker) label(path, kind string, lb Label, area Rect, needText bool) {
	name := elementName(kind, firstLine(lb.Text), "")
	if needText && strings.TrimSpace(lb.Text) == "" {
		v.add(path+".text", "%s: 文字がありません", name)
	}
	v.rect(path, name, lb.Rect, area)
	v.size(path+".size", name, lb.Size)
	v.align(path, name, lb.Align, lb.VAlign)
	v.pages(path, name, lb.Pages)
}

func (v *layoutChecker) box(path, kind string, b Box, area Rect) {
	name := elementName(kind, "", "") + " " + path
	v.rect(path, name, b.Rect, area)
	if b.Shade < 0 || b.Shade > 1 || !finite(b.Shade) {
		v.add(path+".shade", "%s: 網掛けの濃さは0〜1で指定してください", name)
	}
	if b.Width > 5 || !finite(b.Width) {
		v.add(path+".width", "%s: 線の太さ %.1f mm は太すぎます", name, b.Width)
	}
	v.pages(path, name, b.Pages)
}

func (v *layoutChecker) line(path, kind string, ln Line, area Rect) {
	name := kind + " " + path
	switch {
	case !finite(ln.X1, ln.Y1, ln.X2, ln.Y2, ln.Width):
		v.add(path, "%s: 位置が数値ではありません", name)
	case !insidePoint(ln.X1, ln.Y1, area) || !insidePoint(ln.X2, ln.Y2, area):
		v.add(path, "%s: 印刷できる範囲（余白の内側 %s）からはみ出しています", name, describeRect(area))
	case ln.Width < 0 || ln.Width > 5:
		v.add(path+".width", "%s: 線の太さ %.1f mm は使えません", name, ln.Width)
	}
	v.pages(path, name, ln.Pages)
}

func (v *layoutChecker) field(path, kind string, f Field, area Rect, key *regexp.Regexp) {
	name := elementName(kind, f.Label, f.Key)
	if !key.MatchString(f.Key) {
		v.add(path+".key", "%s: 項目のキー「%s」は使えません（例: newAddress.line）", name, f.Key)
	}
	if _, ok := formatters[f.Format]; !ok {
		v.add(path+".format", "%s: 書式「%s」は使えません（%s）", name, f.Format, strings.Join(formatNames(), "・"))
	}
	v.rect(path, name, f.Rect, area)
	v.size(path+".size", name, f.Size)
	v.size(path+".minSize", name, f.MinSize)
	if f.MinSize != 0 && f.MinSize > fieldSize(f) {
		v.add(path+".minSize", "%s: 最小の文字の大きさ %.1f pt が文字の大きさ %.1f pt より大きくなっています", name, f.MinSize, fieldSize(f))
	}
	if f.MaxLines < 0 || f.MaxLines > 50 {
		v.add(path+".maxLines", "%s: 最大行数は0〜50にしてください", name)
	}
	if f.H > 0 && f.H+tolerance < lineHeightMM(minFieldSize(f)) {
		v.add(path+".h", "%s: 高さ %.1f mm では %.1f pt の文字が1行も入りません", name, f.H, minFieldSize(f))
	}
	v.align(path, name, f.Align, f.VAlign)
	v.pages(path, name, f.Pages)
}

func (v *layoutChecker) rows(r *Rows, area Rect) {
	const p = "persons"
	name := "異動者欄"
	if r.W <= 0 || r.RowHeight <= 0 || r.HeaderHeight < 0 || !finite(r.X, r.Y, r.W, r.RowHeight, r.HeaderHeight) {
		v.add(p, "%s: 幅・行の高さ・見出しの高さが正しくありません", name)
		return
	}
	if r.Count < 1 || r.Count > 30 {
		v.add(p+".count", "%s: 1ページ目の行数は1〜30にしてください", name)
		return
	}
	region := func(y float64, count int) Rect {
		return Rect{r.X, y, r.W, r.HeaderHeight + float64(count)*r.RowHeight}
	}
	v.rect(p, name+"（1ページ目）", region(r.Y, r.Count), area)
	if c := r.Continuation; c != nil {
		if c.Count < 1 || c.Count > 30 {
			v.add(p+".continuation.count", "%s: 続きのページの行数は1〜30にしてください", name)
		} else {
			v.rect(p+".continuation", name+"（続きのページ）", region(c.Y, c.Count), area)
		}
	}
	header := Rect{0, 0, r.W, math.Max(r.HeaderHeight, tolerance)}
	row := Rect{0, 0, r.W, r.RowHeight}
	for i, lb := range r.Header.Labels {
		v.label(fmt.Sprintf("%s.header.labels[%d]", p, i), "異動者欄の見出し", lb, header, true)
	}
	for i, b := range r.Header.Boxes {
		v.box(fmt.Sprintf("%s.header.boxes[%d]", p, i), "異動者欄の見出しの罫線枠", b, header)
	}
	for i, ln := range r.Header.Lines {
		v.line(fmt.Sprintf("%s.header.lines[%d]", p, i), "異動者欄の見出しの罫線", ln, header)
	}
	if len(r.Header.Fields) > 0 {
		v.add(p+".header.fields", "%s: 見出しには項目を置けません", name)
	}
	for i, lb := range r.Row.Labels {
		v.label(fmt.Sprintf("%s.row.labels[%d]", p, i), "異動者欄のラベル", lb, row, true)
	}
	for i, b := range r.Row.Boxes {
		v.box(fmt.Sprintf("%s.row.boxes[%d]", p, i), "異動者欄の罫線枠", b, row)
	}
	for i, ln := range r.Row.Lines {
		v.line(fmt.Sprintf("%s.row.lines[%d]", p, i), "異動者欄の罫線", ln, row)
	}
	keys := map[string]string{}
	for i, f := range r.Row.Fields {
		path := fmt.Sprintf("%s.row.fields[%d]", p, i)
		v.field(path, "異動者欄の項目", f, row, relativeKeyRe)
		if prev, dup := keys[f.Key]; dup && f.Key != "" {
			v.add(path+".key", "異動者欄の項目「%s」が %s と重複しています", f.Key, prev)
		}
		keys[f.Key] = path
		if f.Pages != PagesAll {
			v.add(path+".pages", "異動者欄の項目「%s」: 行の項目はページを限定できません", f.Key)
		}
	}
	for _, list := range []struct {
		path string
		keys []string
		kind string
	}{{p + ".japanese", r.Japanese, "日本人"}, {p + ".foreign", r.Foreign, "外国人住民"}} {
		for i, k := range list.keys {
			if _, ok := keys[k]; !ok {
				v.add(fmt.Sprintf("%s[%d]", list.path, i), "%s欄に限る項目「%s」が異動者欄の項目にありません", list.kind, k)
			}
		}
	}
	for i, k := range r.Foreign {
		if slices.Contains(r.Japanese, k) {
			v.add(fmt.Sprintf("%s.foreign[%d]", p, i), "項目「%s」が日本人欄と外国人住民欄の両方に指定されています", k)
		}
	}
	if r.ForeignDates != "" && r.ForeignDates != "seireki" && r.ForeignDates != "wareki" {
		v.add(p+".foreignDates", "外国人住民の日付の書き方「%s」は使えません（seireki または wareki）", r.ForeignDates)
	}
}

func finite(xs ...float64) bool {
	for _, x := range xs {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

func inside(r, area Rect) bool {
	return r.X >= area.X-tolerance && r.Y >= area.Y-tolerance &&
		r.X+r.W <= area.X+area.W+tolerance && r.Y+r.H <= area.Y+area.H+tolerance
}

func insidePoint(x, y float64, area Rect) bool {
	return x >= area.X-tolerance && y >= area.Y-tolerance && x <= area.X+area.W+tolerance && y <= area.Y+area.H+tolerance
}

func describeRect(r Rect) string {
	return fmt.Sprintf("x %.0f〜%.0f mm, y %.0f〜%.0f mm", r.X, r.X+r.W, r.Y, r.Y+r.H)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// pagesMatch reports whether an element for pages prints on page index i (0-based).
func pagesMatch(pages string, i int) bool {
	switch pages {
	case PagesFirst:
		return i == 0
	case PagesRest:
		return i > 0
	}
	return true
}

// PageCount returns how many pages the layout needs for n persons.
func (l *Layout) PageCount(n int) int {
	if l.Persons == nil || n <= l.Persons.Count {
		return 1
	}
	per := l.Persons.Count
	if c := l.Persons.Continuation; c != nil {
		per = c.Count
	}
	rest := n - l.Persons.Count
	return 1 + (rest+per-1)/per
}

// Keys lists every item key the layout prints, person keys as persons.*.key, in layout order.
func (l *Layout) Keys() []string {
	var out []string
	for _, f := range l.Fields {
		out = append(out, f.Key)
	}
	if l.Persons != nil {
		for _, f := range l.Persons.Row.Fields {
			out = append(out, "persons.*."+f.Key)
		}
	}
	return out
}
