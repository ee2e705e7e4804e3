package forms

// The built-in layouts: a 住民異動届 and a 職権記載書 on A4 landscape, modelled on the forms common city halls
// use (header with 届出日・異動日・種別・確認番号; 届出人; 新住所/旧住所/転出先 with 方書 and 世帯主; one row per
// 異動者 with the Japanese and the foreign columns side by side; 事務処理欄). A municipality replaces them with
// its own (K-k): marshal one to JSON, edit, upload.

// Built-in layout IDs.
const (
	LayoutNotification = "juki-ido"     // 住民異動届
	LayoutExOfficio    = "juki-shokken" // 職権記載書
	builtinVersion     = 1              // bump when a built-in layout changes
	captionShade       = 0.12           // grey behind printed captions
	outerRule          = 0.45           // mm, the thick frame of each block
	captionSize        = 7.0            // pt
	cellCaptionH       = 3.4            // mm, the caption strip at the top of a cell
	cellCaptionSize    = 5.5            // pt
	page1Title         = "住 民 異 動 届"    //
	page2Title         = "住民異動届（続紙）"    //
)

// BuiltinLayouts returns fresh copies of the built-in layouts.
func BuiltinLayouts() []*Layout { return []*Layout{NotificationLayout(), ExOfficioLayout()} }

// BuiltinLayout returns a fresh copy of the built-in layout with id.
func BuiltinLayout(id string) (*Layout, bool) {
	for _, l := range BuiltinLayouts() {
		if l.ID == id {
			return l, true
		}
	}
	return nil, false
}

// layoutBuilder writes elements into a layout (or a band) with a current page selection.
type layoutBuilder struct {
	labels *[]Label
	boxes  *[]Box
	lines  *[]Line
	fields *[]Field
	pages  string
}

func topLevel(l *Layout) *layoutBuilder {
	return &layoutBuilder{labels: &l.Labels, boxes: &l.Boxes, lines: &l.Lines, fields: &l.Fields}
}

func inBand(b *Band) *layoutBuilder {
	return &layoutBuilder{labels: &b.Labels, boxes: &b.Boxes, lines: &b.Lines, fields: &b.Fields}
}

func (b *layoutBuilder) label(x, y, w, h float64, text string, size float64, align string) {
	*b.labels = append(*b.labels, Label{Rect: Rect{x, y, w, h}, Text: text, Size: size, Align: align, Pages: b.pages})
}

func (b *layoutBuilder) box(x, y, w, h, width float64) {
	*b.boxes = append(*b.boxes, Box{Rect: Rect{x, y, w, h}, Width: width, Pages: b.pages})
}

func (b *layoutBuilder) line(x1, y1, x2, y2 float64, dash bool) {
	*b.lines = append(*b.lines, Line{X1: x1, Y1: y1, X2: x2, Y2: y2, Dash: dash, Pages: b.pages})
}

// caption is a shaded, ruled box with centred text: the printed name of what follows it.
func (b *layoutBuilder) caption(x, y, w, h float64, text string) {
	*b.boxes = append(*b.boxes, Box{Rect: Rect{x, y, w, h}, Shade: captionShade, Pages: b.pages})
	b.label(x, y, w, h, text, captionSize, "center")
}

func (b *layoutBuilder) field(f Field) {
	f.Pages = b.pages
	*b.fields = append(*b.fields, f)
}

// cell is a ruled box with a small caption at its top-left and a field below the caption.
func (b *layoutBuilder) cell(x, y, w, h float64, caption string, f Field) {
	b.box(x, y, w, h, 0)
	b.label(x, y, w, cellCaptionH, caption, cellCaptionSize, "left")
	f.Rect = Rect{x, y + cellCaptionH - 0.4, w, h - cellCaptionH + 0.4}
	if f.Label == "" {
		f.Label = caption
	}
	b.field(f)
}

// value is a ruled box filled by one field.
func (b *layoutBuilder) value(x, y, w, h float64, f Field) {
	b.box(x, y, w, h, 0)
	f.Rect = Rect{x, y, w, h}
	b.field(f)
}

func newA4Landscape(id, name, kind string) *Layout {
	return &Layout{
		Format: LayoutFormat, ID: id, Name: name, Version: builtinVersion, Kind: kind,
		Paper:  Paper{Size: "A4", Orientation: "landscape"},
		Margin: Margin{Top: 7, Right: 7, Bottom: 7, Left: 7},
	}
}

// Page geometry shared by both layouts (mm, A4 landscape).
const (
	left  = 8.0
	right = 289.0
	pageW = right - left
)

// NotificationLayout returns the built-in 住民異動届.
func NotificationLayout() *Layout {
	l := newA4Landscape(LayoutNotification, "住民異動届", KindNotification)
	b := topLevel(l)

	// Title row.
	b.pages = PagesFirst
	b.label(left, 8, 100, 11, page1Title, 18, "left")
	b.label(112, 11, 52, 7, "（あて先）市区町村長", 8, "left")
	b.pages = PagesRest
	b.label(left, 8, 130, 11, page2Title, 16, "left")
	b.pages = PagesAll
	l.PageNumber = &Label{Rect: Rect{140, 9, 30, 10}, Text: "{page} / {pages} 枚", Size: 9, Align: "center"}
	receiptAndStamp(b)

	// Dates and the kind of 届出: on every page, so that a continuation sheet names its 届出.
	b.caption(left, 20, 14, 10, "届出日")
	b.value(22, 20, 50, 10, Field{Key: "notifiedOn", Label: "届出日", Format: "wareki", Size: 10.5, Shrink: true, Align: "center"})
	b.caption(72, 20, 14, 10, "異動日")
	b.value(86, 20, 50, 10, Field{Key: "movedOn", Label: "異動日", Format: "wareki", Size: 10.5, Shrink: true, Align: "center"})
	b.caption(136, 20, 14, 10, "種　別")
	b.value(150, 20, 90, 10, Field{Key: "reason", Label: "異動事由", Format: "reason", Size: 12, Shrink: true, Align: "center"})
	b.box(left, 20, 232, 10, outerRule)

	// 届出人, addresses and 世帯主: first page only.
	b.pages = PagesFirst
	b.caption(left, 32, 16, 12, "届出人")
	b.cell(24, 32, 66, 12, "氏名", Field{Key: KeyNotifierName, Label: "届出人の氏名", Size: 11, Shrink: true})
	b.cell(90, 32, 100, 12, "住所", Field{Key: KeyNotifierAddress, Label: "届出人の住所", Size: 9, Shrink: true, MaxLines: 2})
	b.cell(190, 32, 50, 12, "本人との関係", Field{Key: "notifier", Label: "届出人", Format: "notifier", Size: 10, Shrink: true, Align: "center"})
	b.cell(240, 32, 49, 12, "電話", Field{Key: KeyNotifierPhone, Label: "届出人の電話番号", Size: 10, Shrink: true})
	addressRow(b, 44, 12, "新住所", "newAddress", "新世帯主", "newHeadName")
	addressRow(b, 56, 12, "旧住所", "oldAddress", "旧世帯主", "oldHeadName")
	b.caption(left, 68, 16, 10, "転出先")
	b.cell(24, 68, 126, 10, "住所（転出の場合）", Field{Key: "destination.line", Label: "転出先の住所", Size: 10, Shrink: true, MaxLines: 2})
	b.cell(150, 68, 60, 10, "方書", Field{Key: "destination.katagaki", Label: "転出先の方書", Size: 9, Shrink: true, MaxLines: 2})
	b.caption(210, 68, 16, 10, "転出\n予定日")
	b.value(226, 68, 63, 10, Field{Key: "plannedMoveOn", Label: "転出予定日", Format: "wareki", Size: 10.5, Shrink: true, Align: "center"})
	b.box(left, 32, pageW, 46, outerRule)

	l.Persons = personRows(80, 4, &Continuation{Y: 32, Count: 7})

	// 事務処理欄.
	officeBoxes(b, 180, 22)
	return l
}

// receiptAndStamp adds 確認番号 and the 受付 stamp box at the top right.
func receiptAndStamp(b *layoutBuilder) {
	b.caption(172, 9, 18, 10, "確認番号")
	b.value(190, 9, 50, 10, Field{Key: KeyReceiptNumber, Label: "確認番号", Size: 12, Shrink: true, Align: "center"})
	b.box(172, 9, 68, 10, outerRule)
	b.box(243, 8, 46, 22, 0)
	b.label(243, 8, 46, 4, "受付", 6.5, "center")
}

// addressRow is 住所 + 方書 + 世帯主 for the new or old address.
func addressRow(b *layoutBuilder, y, h float64, caption, addr, headCaption, headKey string) {
	b.caption(left, y, 16, h, caption)
	b.cell(24, y, 126, h, "住所", Field{Key: addr + ".line", Label: caption, Size: 10.5, Shrink: true, MaxLines: 2})
	b.cell(150, y, 60, h, "方書", Field{Key: addr + ".katagaki", Label: caption + "の方書", Size: 9, Shrink: true, MaxLines: 2})
	b.caption(210, y, 16, h, headCaption)
	b.cell(226, y, 63, h, "氏名", Field{Key: headKey, Label: headCaption, Size: 11, Shrink: true})
}

// Person row columns, relative to the row (mm).
const (
	colNo       = 0.0
	colName     = 6.0
	colBirth    = 58.0
	colSex      = 58.0
	colRel      = 68.0
	colCode     = 88.0
	colDomicile = 122.0
	colForeign  = 176.0
	colForeign2 = 211.0
	colForeign3 = 246.0
	colEnd      = pageW
	rowH        = 22.0
	half        = rowH / 2
	kanaH       = 5.0
	nameH       = 9.0
)

// personRows is the 異動者 region: a caption band and count rows of rowH.
func personRows(y float64, count int, cont *Continuation) *Rows {
	r := &Rows{
		X: left, Y: y, W: pageW, HeaderHeight: 10, RowHeight: rowH, Count: count, Continuation: cont,
		Japanese:     []string{"domicile", "domicileHead"},
		Foreign:      []string{"romajiName", "commonName", "nationality", "residenceCategory", "residenceStatus", "cardNumber", "periodOfStay", "periodExpiry"},
		ForeignDates: "seireki",
	}

	h := inBand(&r.Header)
	*h.boxes = append(*h.boxes, Box{Rect: Rect{0, 0, pageW, 10}, Shade: captionShade, Width: outerRule})
	for _, x := range []float64{colName, colBirth, colCode, colDomicile, colForeign, colForeign2, colForeign3} {
		h.line(x, 0, x, 10, false)
	}
	h.line(colBirth, 5, colEnd, 5, false)
	h.line(colName, 5, colBirth, 5, true)
	h.line(colRel, 5, colRel, 10, false)
	hl := func(x, y, w float64, text string) { h.label(x, y, w, 5, text, 6.5, "center") }
	hl(colNo, 2.5, colName-colNo, "No.")
	hl(colName, 0, colBirth-colName, "ふりがな ／ 氏　名")
	hl(colName, 5, colBirth-colName, "ローマ字氏名・通称（外国人住民）")
	hl(colBirth, 0, colCode-colBirth, "生年月日")
	hl(colSex, 5, colRel-colSex, "性別")
	hl(colRel, 5, colCode-colRel, "続　柄")
	hl(colCode, 0, colDomicile-colCode, "住民票コード")
	hl(colCode, 5, colDomicile-colCode, "個人番号")
	hl(colDomicile, 0, colForeign-colDomicile, "本籍（日本人）")
	hl(colDomicile, 5, colForeign-colDomicile, "筆頭者")
	hl(colForeign, 0, colForeign2-colForeign, "国籍・地域（外国人住民）")
	hl(colForeign2, 0, colForeign3-colForeign2, "30条の45区分")
	hl(colForeign3, 0, colEnd-colForeign3, "在留資格")
	hl(colForeign, 5, colForeign2-colForeign, "在留カード等番号")
	hl(colForeign2, 5, colForeign3-colForeign2, "在留期間")
	hl(colForeign3, 5, colEnd-colForeign3, "在留期間の満了日")

	row := inBand(&r.Row)
	*row.boxes = append(*row.boxes, Box{Rect: Rect{0, 0, pageW, rowH}, Width: 0.3})
	for _, x := range []float64{colName, colBirth, colCode, colDomicile, colForeign, colForeign2, colForeign3} {
		row.line(x, 0, x, rowH, false)
	}
	row.line(colName, kanaH, colBirth, kanaH, true)
	row.line(colName, kanaH+nameH, colBirth, kanaH+nameH, true)
	row.line(colBirth, half, colEnd, half, false)
	row.line(colRel, half, colRel, rowH, false)
	row.label(colNo, 0, colName-colNo, rowH, "{n}", 10, "center")
	f := func(key, label, format string, x, y, w, h, size float64, align string, maxLines int) {
		row.field(Field{Key: key, Label: label, Format: format, Rect: Rect{x, y, w, h}, Size: size, Shrink: true, Align: align, MaxLines: maxLines})
	}
	nameW := (colBirth - colName) / 2
	f("familyNameKana", "氏のふりがな", "", colName, 0, nameW, kanaH, 7, "left", 1)
	f("givenNameKana", "名のふりがな", "", colName+nameW, 0, nameW, kanaH, 7, "left", 1)
	f("familyName", "氏", "", colName, kanaH, nameW, nameH, 13, "left", 1)
	f("givenName", "名", "", colName+nameW, kanaH, nameW, nameH, 13, "left", 1)
	f("romajiName", "ローマ字氏名", "", colName, kanaH+nameH, 34, rowH-kanaH-nameH, 7.5, "left", 2)
	f("commonName", "通称", "", colName+34, kanaH+nameH, colBirth-colName-34, rowH-kanaH-nameH, 7.5, "left", 2)
	f("birthDate", "生年月日", "date", colBirth, 0, colCode-colBirth, half, 9.5, "center", 1)
	f("sex", "性別", "sex", colSex, half, colRel-colSex, half, 10, "center", 1)
	f("relationship", "続柄", "", colRel, half, colCode-colRel, half, 10, "center", 2)
	f("residentCode", "住民票コード", "", colCode, 0, colDomicile-colCode, half, 10, "center", 1)
	f("myNumber", "個人番号", "digits4", colCode, half, colDomicile-colCode, half, 10, "center", 1)
	f("domicile", "本籍", "", colDomicile, 0, colForeign-colDomicile, half, 9, "left", 2)
	f("domicileHead", "筆頭者", "", colDomicile, half, colForeign-colDomicile, half, 10, "left", 1)
	f("nationality", "国籍・地域", "", colForeign, 0, colForeign2-colForeign, half, 9.5, "center", 2)
	f("residenceCategory", "30条の45区分", "category", colForeign2, 0, colForeign3-colForeign2, half, 9, "center", 2)
	f("residenceStatus", "在留資格", "", colForeign3, 0, colEnd-colForeign3, half, 9, "center", 2)
	f("cardNumber", "在留カード等番号", "", colForeign, half, colForeign2-colForeign, half, 9.5, "center", 1)
	f("periodOfStay", "在留期間", "periodOfStay", colForeign2, half, colForeign3-colForeign2, half, 9.5, "center", 1)
	f("periodExpiry", "在留期間の満了日", "date", colForeign3, half, colEnd-colForeign3, half, 9.5, "center", 1)
	return r
}

// officeBoxes is the 事務処理欄: one box per related procedure, then 備考.
func officeBoxes(b *layoutBuilder, y, h float64) {
	b.pages = PagesFirst
	boxes := []struct {
		caption, key string
		w            float64
	}{
		{"マイナンバーカード", KeyOfficeMyNumberCard, 26},
		{"国　保", KeyOfficeHealthInsurance, 17}, {"後期高齢", KeyOfficeLateElderly, 17}, {"介　護", KeyOfficeLongTermCare, 17},
		{"年　金", KeyOfficePension, 17}, {"児童手当", KeyOfficeChildAllowance, 17}, {"選　挙", KeyOfficeElection, 17},
		{"印　鑑", KeyOfficeSealRegistry, 17}, {"就　学", KeyOfficeSchool, 17},
	}
	x := left
	const capH = 4.5
	for _, o := range boxes {
		b.caption(x, y, o.w, capH, o.caption)
		b.value(x, y+capH, o.w, h-capH, Field{Key: o.key, Label: o.caption, Size: 8, Shrink: true, MaxLines: 3, Align: "center"})
		x += o.w
	}
	b.caption(x, y, right-x, capH, "備　考")
	b.value(x, y+capH, right-x, h-capH, Field{Key: KeyRemarks, Label: "備考", Size: 8.5, Shrink: true, MaxLines: 4, VAlign: "top"})
	b.box(left, y, pageW, h, outerRule)
	b.pages = PagesAll
}

// ExOfficioLayout returns the built-in 職権記載書 (住基法施行令12条): the municipality records a change itself,
// so instead of a 届出人 it carries the cause, the legal basis, the documents checked and the approvals.
func ExOfficioLayout() *Layout {
	l := newA4Landscape(LayoutExOfficio, "職権記載書", KindExOfficio)
	b := topLevel(l)
	b.pages = PagesFirst
	b.label(left, 8, 100, 11, "職 権 記 載 書", 18, "left")
	b.pages = PagesRest
	b.label(left, 8, 130, 11, "職権記載書（続紙）", 16, "left")
	b.pages = PagesAll
	l.PageNumber = &Label{Rect: Rect{140, 9, 30, 10}, Text: "{page} / {pages} 枚", Size: 9, Align: "center"}
	receiptAndStamp(b)

	b.caption(left, 20, 14, 10, "記載日")
	b.value(22, 20, 50, 10, Field{Key: KeyExOfficioRecordedOn, Label: "記載日", Format: "wareki", Size: 10.5, Shrink: true, Align: "center"})
	b.caption(72, 20, 14, 10, "異動日")
	b.value(86, 20, 50, 10, Field{Key: "movedOn", Label: "異動日", Format: "wareki", Size: 10.5, Shrink: true, Align: "center"})
	b.caption(136, 20, 14, 10, "種　別")
	b.value(150, 20, 90, 10, Field{Key: "reason", Label: "異動事由", Format: "reason", Size: 12, Shrink: true, Align: "center"})
	b.box(left, 20, 232, 10, outerRule)

	b.pages = PagesFirst
	b.caption(left, 32, 16, 12, "事　由")
	b.cell(24, 32, 150, 12, "職権記載の事由", Field{Key: KeyExOfficioCause, Label: "職権記載の事由", Size: 10, Shrink: true, MaxLines: 2})
	b.cell(174, 32, 115, 12, "根拠（法令・通知）", Field{Key: KeyExOfficioBasis, Label: "根拠", Size: 9, Shrink: true, MaxLines: 2})
	addressRow(b, 44, 12, "住　所", "newAddress", "世帯主", "newHeadName")
	addressRow(b, 56, 12, "従前の\n住所", "oldAddress", "旧世帯主", "oldHeadName")
	b.caption(left, 68, 16, 10, "資　料")
	b.cell(24, 68, 186, 10, "確認した資料", Field{Key: KeyExOfficioEvidence, Label: "確認した資料", Size: 9, Shrink: true, MaxLines: 2})
	b.caption(210, 68, 16, 10, "担当者")
	b.value(226, 68, 63, 10, Field{Key: KeyStaffName, Label: "担当者", Size: 10.5, Shrink: true, Align: "center"})
	b.box(left, 32, pageW, 46, outerRule)

	l.Persons = personRows(80, 4, &Continuation{Y: 32, Count: 7})

	// 決裁欄 and 備考.
	const y, h, capH = 180.0, 22.0, 4.5
	x := left
	for _, title := range []string{"課　長", "係　長", "審　査", "担　当"} {
		b.caption(x, y, 22, capH, title)
		b.box(x, y+capH, 22, h-capH, 0)
		x += 22
	}
	b.caption(x, y, right-x, capH, "備　考")
	b.value(x, y+capH, right-x, h-capH, Field{Key: KeyRemarks, Label: "備考", Size: 8.5, Shrink: true, MaxLines: 4, VAlign: "top"})
	b.box(left, y, pageW, h, outerRule)
	b.pages = PagesAll
	return l
}
