package ocr

import (
	"context"
	"image"
	"log/slog"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/otiai10/gosseract/v2"

	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// The template-free reader: a layout nobody has a template for is read by its labels. The page is read once
// with Tesseract's sparse-text mode; words are grouped into rows; labels (氏名, 生年月日, 住所 …, also printed
// spread out as 氏　　名) are found in each row, and the text after a label up to the next one is its value.
// Each value's region is then read again like a template field (crop, scale, psm 7, parsers, post-correction).

// labelDef is a label and the key it introduces.
type labelDef struct {
	text   string
	key    string
	kind   FieldKind
	person bool // repeated per person
}

// labelDefs, longest first so that 住所を定めた年月日 wins over 住所 and 転出先住所 over 住所.
var labelDefs = func() []labelDef {
	ds := []labelDef{
		{"転出予定年月日", KeyMoveOutDate, KindDate, false}, {"転出予定日", KeyMoveOutDate, KindDate, false},
		{"転出年月日", KeyMoveOutDate, KindDate, false},
		{"転出先住所", KeyDestinationAddress, KindAddress, false}, {"転出先", KeyDestinationAddress, KindAddress, false},
		{"新住所", KeyDestinationAddress, KindAddress, false},
		{"世帯主氏名", KeyHeadOfHousehold, KindName, false}, {"世帯主", KeyHeadOfHousehold, KindName, false},
		{"住所を定めた年月日", KeyAddressSince, KindDate, true}, {"住定日", KeyAddressSince, KindDate, true},
		{"現住所", KeyAddress, KindAddress, false}, {"住所", KeyAddress, KindAddress, false},
		{"フリガナ", KeyFullNameKana, KindKana, true}, {"ふりがな", KeyFullNameKana, KindKana, true},
		{"氏名", KeyFullName, KindName, true},
		{"生年月日", KeyBirthDate, KindDate, true},
		{"性別", KeySex, KindSex, true},
		{"続柄", KeyRelationship, KindRelationship, true},
		{"住民票コード", KeyResidentCode, KindDigits, true},
		{"個人番号", KeyMyNumber, KindDigits, true},
		{"本籍", KeyDomicile, KindAddress, true},
		{"筆頭者", KeyDomicileHead, KindName, true},
		{"国籍・地域", KeyNationality, KindNationality, true}, {"国籍", KeyNationality, KindNationality, true},
		{"在留資格", KeyResidenceStatus, KindResidenceStatus, true},
		{"在留カード等番号", KeyCardNumber, KindCardNumber, true}, {"在留カード番号", KeyCardNumber, KindCardNumber, true},
		{"在留期間", KeyPeriodOfStay, KindPeriod, true},
		{"満了日", KeyPeriodExpiry, KindDate, true},
	}
	sort.SliceStable(ds, func(a, b int) bool { return len([]rune(ds[a].text)) > len([]rune(ds[b].text)) })
	return ds
}()

// titleKeywords classify a page by its printed title; the first match wins.
var titleKeywords = []struct {
	text string
	doc  DocumentType
}{
	{"転出証明書に準ずる", MoveOutCertificateSpecial}, {"準ずる証明書", MoveOutCertificateSpecial},
	{"転出証明書", MoveOutCertificate}, {"附票", KosekiFuhyo}, {"全部事項証明", KosekiCertificate},
	{"個人事項証明", KosekiCertificate}, {"特別永住者証明書", SpecialPermanentResidentCertificate},
	{"在留カード", ResidenceCard}, {"運転免許証", DriversLicense}, {"公安委員会", DriversLicense},
	{"個人番号カード", MyNumberCard},
}

// rowChar is one character of a row with the box of the word it came from (split evenly).
type rowChar struct {
	r   rune
	box image.Rectangle
}

type textRow struct {
	chars []rowChar
	box   image.Rectangle
}

func (t textRow) text() string {
	var b strings.Builder
	for _, c := range t.chars {
		b.WriteRune(c.r)
	}
	return b.String()
}

// pageRows reads the page with psm 11 at ~200 dpi and groups the words into rows; boxes are in work pixels.
func (e *Engine) pageRows(ctx context.Context, p *pageWork, psm gosseract.PageSegMode) ([]textRow, error) {
	w := p.work.Rect.Dx()
	target := 1654.0 // A4 width at 200 dpi
	if p.media == MediaCard {
		target = 1400
	}
	return e.pageRowsPSM(ctx, p, psm, math.Min(1.5, target/float64(w)))
}

// pageRowsPSM reads the (deskewed) page at scale f with the given page segmentation mode.
func (e *Engine) pageRowsPSM(ctx context.Context, p *pageWork, psm gosseract.PageSegMode, f float64) ([]textRow, error) {
	img := p.work
	if math.Abs(p.skew) > 0 {
		img = imaging.Rotate(img, p.skew, 255)
	}
	if f != 1 {
		img = imaging.Scale(img, f)
	}
	if psm != gosseract.PSM_AUTO {
		img = imaging.FlattenBackground(img, 24)
	}
	ws, err := e.pool.words(ctx, img, LangJpn, psm, "")
	if err != nil {
		return nil, err
	}
	type word struct {
		text string
		box  image.Rectangle
	}
	var words []word
	for _, x := range ws {
		t := strings.TrimSpace(x.Word)
		if t == "" {
			continue
		}
		b := x.Box
		words = append(words, word{t, image.Rect(int(float64(b.Min.X)/f), int(float64(b.Min.Y)/f), int(float64(b.Max.X)/f), int(float64(b.Max.Y)/f))})
	}
	sort.Slice(words, func(a, b int) bool {
		return words[a].box.Min.Y+words[a].box.Max.Y < words[b].box.Min.Y+words[b].box.Max.Y
	})
	var rows []textRow
	var members [][]word
	for _, wd := range words {
		placed := false
		for i := range rows {
			r := rows[i].box
			ov := min(r.Max.Y, wd.box.Max.Y) - max(r.Min.Y, wd.box.Min.Y)
			if ov*2 >= min(r.Dy(), wd.box.Dy()) {
				members[i] = append(members[i], wd)
				rows[i].box = rows[i].box.Union(wd.box)
				placed = true
				break
			}
		}
		if !placed {
			rows = append(rows, textRow{box: wd.box})
			members = append(members, []word{wd})
		}
	}
	for i := range rows {
		ms := members[i]
		sort.Slice(ms, func(a, b int) bool { return ms[a].box.Min.X < ms[b].box.Min.X })
		for _, wd := range ms {
			rs := []rune(wd.text)
			cw := float64(wd.box.Dx()) / float64(len(rs))
			for j, r := range rs {
				x0 := wd.box.Min.X + int(float64(j)*cw)
				rows[i].chars = append(rows[i].chars, rowChar{r, image.Rect(x0, wd.box.Min.Y, wd.box.Min.X+int(float64(j+1)*cw), wd.box.Max.Y)})
			}
		}
	}
	sort.Slice(rows, func(a, b int) bool { return rows[a].box.Min.Y < rows[b].box.Min.Y })
	return rows, nil
}

// classifyRows finds the document type from the title keywords in the rows.
func classifyRows(rows []textRow) DocumentType {
	var all strings.Builder
	for _, r := range rows {
		all.WriteString(compactText(r.text()))
		all.WriteByte('\n')
	}
	s := all.String()
	for _, k := range titleKeywords {
		if strings.Contains(s, k.text) {
			return k.doc
		}
	}
	return Unknown
}

// labelHit is a label found in a row.
type labelHit struct {
	def        labelDef
	start, end int // character indexes in the row
}

// findLabels finds the labels of a row, longest first, without overlaps.
func findLabels(row textRow) []labelHit {
	rs := make([]rune, len(row.chars))
	for i, c := range row.chars {
		rs[i] = c.r
	}
	used := make([]bool, len(rs))
	var hits []labelHit
	for _, d := range labelDefs {
		lr := []rune(d.text)
		for i := 0; i+len(lr) <= len(rs); i++ {
			ok := true
			for j := range lr {
				if used[i+j] || rs[i+j] != lr[j] {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			for j := range lr {
				used[i+j] = true
			}
			hits = append(hits, labelHit{d, i, i + len(lr)})
		}
	}
	sort.Slice(hits, func(a, b int) bool { return hits[a].start < hits[b].start })
	return hits
}

// labelValue is a value region found after a label, in work pixels.
type labelValue struct {
	def  labelDef
	box  image.Rectangle
	text string
	row  int
}

// valuesByLabels pairs labels with the text after them in the same row.
func valuesByLabels(rows []textRow) []labelValue {
	var out []labelValue
	for ri, row := range rows {
		hits := findLabels(row)
		for i, h := range hits {
			end := len(row.chars)
			if i+1 < len(hits) {
				end = hits[i+1].start
			}
			if end <= h.end {
				continue
			}
			var box image.Rectangle
			var b strings.Builder
			for _, c := range row.chars[h.end:end] {
				if c.r == ':' || c.r == '：' {
					continue
				}
				box = box.Union(c.box)
				b.WriteRune(c.r)
			}
			if box.Empty() || strings.TrimFunc(b.String(), unicode.IsSpace) == "" {
				continue
			}
			out = append(out, labelValue{def: h.def, box: box, text: b.String(), row: ri})
		}
	}
	return out
}

// readByLabels is the template-free reader.
func (e *Engine) readByLabels(ctx context.Context, p *pageWork, o ReadOptions, res *Result) (*Result, error) {
	if cells := p.tableCells(); len(cells) >= 3 {
		return e.readCells(ctx, p, o, res, cells)
	}
	rows, err := e.pageRows(ctx, p, gosseract.PSM_SPARSE_TEXT)
	if err != nil {
		return nil, err
	}
	if e.log.Enabled(ctx, slog.LevelDebug) {
		for _, r := range rows {
			e.log.Debug("row", "box", r.box, "text", r.text())
		}
	}
	res.DocumentType = classifyRows(rows)
	if o.DocumentType != "" && o.DocumentType != Unknown {
		res.DocumentType = o.DocumentType
	}
	if res.DocumentType == Unknown {
		res.Warnings = append(res.Warnings, "書類の種類を判別できませんでした。項目を確認してください")
	}
	res.Template = "labels"
	// The issuer: the lowest row naming a municipality's 長.
	for i := len(rows) - 1; i >= 0; i-- {
		t := compactText(rows[i].text())
		if strings.Contains(t, "長") || strings.Contains(t, "公安委員会") {
			if m, conf, ok := e.lib.MatchIssuerConfidence(t); ok {
				res.IssuerLgCode, res.IssuerConfidence = m.LgCode, conf
				break
			}
		}
	}
	return e.readLabelValues(ctx, p, res, valuesByLabels(rows), nil)
}

// readLabelValues assigns label values to persons and reads each value region as a field. Boxes are in
// deskewed work pixels, or in small pixels when small is set.
func (e *Engine) readLabelValues(ctx context.Context, p *pageWork, res *Result, vals []labelValue, small *bool) (*Result, error) {
	// Persons: a new person starts at each 氏名 (or フリガナ right before it).
	person := -1
	seen := map[string]bool{}
	type job struct {
		v    labelValue
		slot int
	}
	var jobs []job
	for _, v := range vals {
		if v.def.person {
			if v.def.key == KeyFullNameKana || (v.def.key == KeyFullName && !seen["kana-opened"]) || seen[v.def.key] {
				person++
				seen = map[string]bool{}
				if v.def.key == KeyFullNameKana {
					seen["kana-opened"] = true
				}
			}
			seen[v.def.key] = true
			jobs = append(jobs, job{v, max(person, 0)})
			continue
		}
		jobs = append(jobs, job{v, -1})
	}
	// Re-read every value region as a field. Row boxes are in deskewed work pixels; the registration maps
	// millimetres (from the page width: A4 or a card) through the deskew rotation to work pixels.
	wmm := 210.0
	if p.media == MediaCard {
		wmm = cardW
	} else if p.work.Rect.Dx() > p.work.Rect.Dy() {
		wmm = 297
	}
	k := float64(p.work.Rect.Dx()) / wmm
	c := imaging.Point{X: float64(p.work.Rect.Dx()-1) / 2, Y: float64(p.work.Rect.Dy()-1) / 2}
	reg := registration{tpl: &Template{ID: "labels"}, mm: imaging.ScaleShift(k, k, 0, 0).Then(imaging.Rotation(-p.skew, c)), sx: k}
	if small != nil {
		// Boxes in small pixels: mm → small (k·f per mm) → work through the deskew.
		ks := k * p.f
		reg.mm = imaging.ScaleShift(ks, ks, 0, 0).Then(p.smallToWork())
		k = ks
	}
	reads := make([]*fieldRead, len(jobs))
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, e.opts.Workers*2)
	done := make(chan struct{})
	for i, j := range jobs {
		go func() {
			sem <- struct{}{}
			defer func() { <-sem; done <- struct{}{} }()
			h := float64(j.v.box.Dy())
			b := Rect{X: (float64(j.v.box.Min.X) - h*0.3) / k, Y: (float64(j.v.box.Min.Y) - h*0.35) / k, W: (float64(j.v.box.Dx()) + h*0.9) / k, H: h * 1.7 / k}
			if small != nil {
				// A table cell: its inside, less the rulings.
				b = Rect{X: (float64(j.v.box.Min.X) + 1.5) / k, Y: (float64(j.v.box.Min.Y) + 1.5) / k, W: (float64(j.v.box.Dx()) - 3) / k, H: (float64(j.v.box.Dy()) - 3) / k}
			}
			def := FieldDef{Key: j.v.def.key, Kind: j.v.def.kind, Box: b, Person: j.slot, Label: j.v.def.text}
			reads[i], errs[i] = e.readField(ctx, p, reg, fieldJob{def: def, slot: j.slot, box: b})
		}()
	}
	for range jobs {
		<-done
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	// The deskewed row boxes are close enough to the page for a field crop: the reader pads and searches.
	e.assemble(p, reg, reads, res)
	return res, nil
}

// tableCells returns the cells of the ruled tables of a page, in small (deskewed) coordinates, row by row.
func (p *pageWork) tableCells() [][]image.Rectangle {
	w := p.small.Rect.Dx()
	var hs []imaging.Segment
	for _, s := range p.hs {
		if s.Len() >= w/10 {
			hs = append(hs, s)
		}
	}
	sort.Slice(hs, func(a, b int) bool { return hs[a].Pos < hs[b].Pos })
	pxmm := float64(w) / 210
	var rows [][]image.Rectangle
	for i := 0; i+1 < len(hs); i++ {
		a := hs[i]
		// The next line below that overlaps a horizontally.
		for j := i + 1; j < len(hs); j++ {
			b := hs[j]
			if b.Pos-a.Pos < 2.5*pxmm {
				continue
			}
			if b.Pos-a.Pos > 25*pxmm {
				break
			}
			x0, x1 := max(a.Lo, b.Lo), min(a.Hi, b.Hi)
			if x1-x0 < w/10 {
				continue
			}
			var xs []int
			for _, v := range p.vs {
				if v.Lo <= int(a.Pos)+3 && v.Hi >= int(b.Pos)-3 && int(v.Pos) >= x0-3 && int(v.Pos) <= x1+3 {
					xs = append(xs, int(v.Pos))
				}
			}
			xs = append(xs, x0, x1)
			sort.Ints(xs)
			var cells []image.Rectangle
			for k := 0; k+1 < len(xs); k++ {
				if float64(xs[k+1]-xs[k]) < 3*pxmm {
					continue
				}
				cells = append(cells, image.Rect(xs[k], int(a.Pos), xs[k+1], int(b.Pos)))
			}
			if len(cells) > 0 {
				rows = append(rows, cells)
			}
			break
		}
	}
	return rows
}

// labelOf returns the label a cell's text is, if any: equal after removing spaces, or within one edit for
// labels of four or more characters.
func labelOf(text string) (labelDef, bool) {
	t := compactText(text)
	if t == "" {
		return labelDef{}, false
	}
	for _, d := range labelDefs {
		if t == d.text {
			return d, true
		}
	}
	tr := []rune(t)
	for _, d := range labelDefs {
		lr := []rune(d.text)
		if len(lr) >= 4 && abs(len(lr)-len(tr)) <= 1 && EditDistance(tr, lr) <= 1 {
			return d, true
		}
	}
	return labelDef{}, false
}

// labelByGlyph reads a label cell by comparing its characters, cut at their gaps, with the labels of as many
// characters rendered in the fonts. It answers only for a clear winner.
func labelByGlyph(li lineImage) (labelDef, bool) {
	obs, ok := charGlyphs(li)
	if !ok {
		return labelDef{}, false
	}
	best, second := -2.0, -2.0
	var bestDef labelDef
	for _, d := range labelDefs {
		if m, ok := charsScore(obs, d.text, ""); ok && m > best {
			best, second, bestDef = m, best, d
		} else if ok && m > second {
			second = m
		}
	}
	if best < labelGlyphScore || best-second < labelGlyphMargin {
		return labelDef{}, false
	}
	return bestDef, true
}

// labelGlyphScore and labelGlyphMargin: the mean glyph score a label must reach, and its lead over the next.
const (
	labelGlyphScore  = 0.6
	labelGlyphMargin = 0.05
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// readCells reads a ruled layout cell by cell: every cell is read as a line; a cell whose text is a label names
// the cell to its right; the title above the tables and the issuer below them are read as lines too.
func (e *Engine) readCells(ctx context.Context, p *pageWork, o ReadOptions, res *Result, rows [][]image.Rectangle) (*Result, error) {
	toWork := p.smallToWork()
	cellLine := func(r image.Rectangle) lineImage {
		k := 1 / p.f
		reg := registration{mm: imaging.ScaleShift(1, 1, 0, 0).Then(toWork), sx: k}
		crop, _ := sampleBox(p.work, reg, Rect{X: float64(r.Min.X) + 1, Y: float64(r.Min.Y) + 1, W: float64(r.Dx()) - 2, H: float64(r.Dy()) - 2}, 0, k)
		return prepareLine(crop, 0)
	}
	readRegion := func(r image.Rectangle, psm gosseract.PageSegMode) (string, error) {
		li := cellLine(r)
		if li.empty {
			return "", nil
		}
		syms, err := e.pool.recognize(ctx, li.img, LangJpn, psm, "")
		if err != nil {
			return "", err
		}
		return joinSymbols(syms, false, 0), nil
	}
	type cellText struct {
		r    image.Rectangle
		text string
	}
	grid := make([][]cellText, len(rows))
	errs := make([]error, 0)
	var mu = make(chan struct{}, e.opts.Workers*2)
	done := make(chan error)
	n := 0
	for i, row := range rows {
		grid[i] = make([]cellText, len(row))
		for j, c := range row {
			n++
			go func() {
				mu <- struct{}{}
				t, err := readRegion(c, gosseract.PSM_SINGLE_LINE)
				<-mu
				grid[i][j] = cellText{c, t}
				done <- err
			}()
		}
	}
	for ; n > 0; n-- {
		if err := <-done; err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return nil, errs[0]
	}
	// Title and issuer: the band above the first table and the lowest lines below the last one.
	top, bottom := rows[0][0].Min.Y, rows[len(rows)-1][0].Max.Y
	sw, sh := p.small.Rect.Dx(), p.small.Rect.Dy()
	var texts []textRow
	if top > sh/40 {
		t, err := readRegion(image.Rect(sw/10, max(0, top-sh/9), sw*9/10, top-2), gosseract.PSM_SINGLE_BLOCK)
		if err != nil {
			return nil, err
		}
		texts = append(texts, textRow{chars: runesOf(t)})
	}
	res.DocumentType = classifyRows(texts)
	if res.DocumentType == Unknown {
		for _, row := range grid {
			for _, c := range row {
				if d := classifyRows([]textRow{{chars: runesOf(c.text)}}); d != Unknown {
					res.DocumentType = d
				}
			}
		}
	}
	if o.DocumentType != "" && o.DocumentType != Unknown {
		res.DocumentType = o.DocumentType
	}
	if res.DocumentType == Unknown {
		res.Warnings = append(res.Warnings, "書類の種類を判別できませんでした。項目を確認してください")
	}
	res.Template = "labels"
	if bottom < sh*19/20 {
		t, err := readRegion(image.Rect(sw/4, bottom+2, sw*19/20, min(sh, bottom+sh/6)), gosseract.PSM_SINGLE_BLOCK)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(t, "\n") {
			if strings.Contains(line, "長") {
				if m, conf, ok := e.lib.MatchIssuerConfidence(line); ok {
					res.IssuerLgCode, res.IssuerConfidence = m.LgCode, conf
				}
			}
		}
	}
	if e.log.Enabled(ctx, slog.LevelDebug) {
		for _, row := range grid {
			var ts []string
			for _, c := range row {
				ts = append(ts, c.text)
			}
			e.log.Debug("cells", "texts", strings.Join(ts, " | "))
		}
	}
	var vals []labelValue
	for ri, row := range grid {
		for j := 0; j+1 < len(row); j++ {
			d, ok := labelOf(row[j].text)
			if !ok && j == 0 {
				// The first cell of a row is where a label stands; spread out (フ　リ　ガ　ナ) on a JPEG or tinted
				// page the line recogniser reads its lone kana as kanji (朗り財す).
				d, ok = labelByGlyph(cellLine(row[j].r))
			}
			if !ok {
				continue
			}
			// A value cell may read empty (a lone 男); the field reader looks at it again.
			// 世帯主 is a label and also a 続柄.
			if _, isLabel := labelOf(row[j+1].text); isLabel && d.kind != KindRelationship {
				continue
			}
			vals = append(vals, labelValue{def: d, box: row[j+1].r, text: row[j+1].text, row: ri})
		}
	}
	small := true
	return e.readLabelValues(ctx, p, res, vals, &small)
}

func runesOf(s string) []rowChar {
	var out []rowChar
	for _, r := range s {
		out = append(out, rowChar{r: r})
	}
	return out
}
