package specimen

import (
	"image/color"
	"math"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// Legacy 転出証明書 layouts: five vendor styles that differ in table shape, field order, typeface, paper size and
// background, as the certificates of municipalities that had not migrated to the standard specification did.

func init() {
	register(&Layout{ID: "moveout-legacy-a", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（旧様式A: 明朝・人別の横罫表）", WidthMM: 210, HeightMM: 297, MaxPersons: 4, draw: layoutLegacyA})
	register(&Layout{ID: "moveout-legacy-b", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（旧様式B: B5・ゴシック・地紋）", WidthMM: 182, HeightMM: 257, Foreign: true, MaxPersons: 3, draw: layoutLegacyB,
		background: groundPattern})
	register(&Layout{ID: "moveout-legacy-c", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（旧様式C: 世帯員を列に並べる表）", WidthMM: 210, HeightMM: 297, MaxPersons: 4, draw: layoutLegacyC})
	register(&Layout{ID: "moveout-legacy-d", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（旧様式D: 横罫のみ・ゴシック・見出し付き）", WidthMM: 210, HeightMM: 297, MaxPersons: 3, draw: layoutLegacyD})
	register(&Layout{ID: "moveout-legacy-e", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（旧様式E: A4横・一覧表）", WidthMM: 297, HeightMM: 210, MaxPersons: 5, draw: layoutLegacyE})
	register(&Layout{ID: "moveout-unseen", DocumentType: ocr.MoveOutCertificate, Media: ocr.MediaPage,
		Name: "転出証明書（定義体のない様式: 様式なし読取りの評価用）", WidthMM: 210, HeightMM: 297, MaxPersons: 2, HeldOut: true, draw: layoutUnseen})
	register(&Layout{ID: "moveout-special", DocumentType: ocr.MoveOutCertificateSpecial, Media: ocr.MediaPage,
		Name: "転出証明書に準ずる証明書", WidthMM: 210, HeightMM: 297, MaxPersons: 4, draw: layoutSpecial})
}

// groundPattern prints a faint 地紋 (security background) on the paper.
func groundPattern(s *sheet, g *gen) {
	w, h := s.img.Rect.Dx(), s.img.Rect.Dy()
	f1, f2 := g.float(0.03, 0.05), g.float(0.02, 0.03)
	for y := 0; y < h; y++ {
		row := s.img.Pix[y*s.img.Stride:]
		for x := 0; x < w; x++ {
			v := math.Sin(float64(x)*f1+4*math.Sin(float64(y)*f2)) + math.Sin(float64(y)*f1+4*math.Sin(float64(x)*f2))
			if v > 1.55 {
				row[4*x+0], row[4*x+1], row[4*x+2] = 214, 236, 218
			}
		}
	}
}

// nameKana draws フリガナ in the top part of a cell and the name below, as two fields.
func (s *sheet) nameKana(st rowStyle, x, y, w, h float64, c personCells, kanaPt float64) {
	kh := h * 0.38
	s.field(ocr.KeyFullNameKana, ocr.KindKana, x+0.4, y+0.4, w-0.8, kh-0.4, c.kana, c.tKana, st.valueFont, kanaPt, left, "フリガナ")
	f := st.valueFont
	if hasVariant(c.name) {
		f = mj
	}
	s.field(ocr.KeyFullName, ocr.KindName, x+0.4, y+kh, w-0.8, h-kh-0.4, c.name, c.tName, f, st.namePt, left, "氏名")
}

func layoutLegacyA(s *sheet, d *docData, g *gen) {
	st := rowStyle{lw: 0.25, labelFont: mincho, labelPt: 9, valueFont: mincho, valuePt: 10, namePt: 11.5, vertical: true, labelAlign: center}
	x := 20.0
	h := d.h
	s.titleText(70, 14, 70, 11, "転出証明書", mincho, 18)
	s.row(st, x, 32, 9, lab(25, "住　所"), fld(145, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text))
	s.row(st, x, 41, 9, lab(25, "世帯主"), fld(55, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()),
		lab(20, "筆頭者"), fld(70, ocr.KeyDomicileHead, ocr.KindName, h.DomicileHd, h.DomicileHd))
	s.row(st, x, 50, 9, lab(25, "本　籍"), fld(145, ocr.KeyDomicile, ocr.KindAddress, h.Domicile.Text, h.Domicile.Text))
	s.row(st, x, 62, 7, lab(8, "№"), lab(57, "フリガナ／氏名"), lab(36, "生年月日"), lab(12, "性別"), lab(20, "続柄"), lab(40, "住民票コード"))
	y := 69.0
	for k := 0; k < 4; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(false, true, " ")
		}
		s.hline(x, x+170, y, st.lw)
		s.vline(x, y, y+21, st.lw)
		s.label(x, y, 8, 14, string(rune('１'+k)), mincho, 10, center)
		s.vline(x+8, y, y+14, st.lw)
		s.nameKana(st, x+8, y, 57, 14, c, 8)
		s.vline(x+65, y, y+14, st.lw)
		s.field(ocr.KeyBirthDate, ocr.KindDate, x+65.4, y+0.4, 35.2, 13.2, c.birth, c.tBirth, mincho, 10, left, "生年月日")
		s.vline(x+101, y, y+14, st.lw)
		s.field(ocr.KeySex, ocr.KindSex, x+101.4, y+0.4, 11.2, 13.2, c.sex, c.sex, mincho, 10, center, "性別")
		s.vline(x+113, y, y+14, st.lw)
		s.field(ocr.KeyRelationship, ocr.KindRelationship, x+113.4, y+0.4, 19.2, 13.2, c.rel, c.rel, mincho, 10, left, "続柄")
		s.vline(x+133, y, y+14, st.lw)
		s.field(ocr.KeyResidentCode, ocr.KindDigits, x+133.4, y+0.4, 36.2, 13.2, c.rc, c.tRC, mincho, 10, left, "住民票コード")
		s.vline(x+170, y, y+21, st.lw)
		s.row(st, x, y+14, 7, lab(25, "個人番号"), fld(60, ocr.KeyMyNumber, ocr.KindDigits, c.mn, c.tMN),
			lab(30, "住定日"), fld(55, ocr.KeyAddressSince, ocr.KindDate, c.since, c.tSince))
		y += 21
	}
	s.slot = -1
	s.hline(x, x+170, y, st.lw)
	y += 6
	s.row(st, x, y, 9, lab(25, "転出先"), fld(145, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.row(st, x, y+9, 9, lab(25, "転出予定日"), fld(55, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, false, true), h.MoveOutDate.ISO()), lab(90, ""))
	s.hline(x, x+170, y+18, st.lw)
	s.footer(d, x, y+24, 170, "この写しは、転出の届出により作成した証明書である。", mincho, false)
}

func layoutLegacyB(s *sheet, d *docData, g *gen) {
	st := rowStyle{lw: 0.3, labelFont: gothic, labelPt: 8, valueFont: gothic, valuePt: 9.5, namePt: 11, vertical: true, labelAlign: left}
	x := 12.0
	h := d.h
	s.titleText(14, 10, 50, 10, "転出証明書", gothic, 16)
	s.label(120, 12, 50, 6, "（住民基本台帳法第24条）", gothic, 8, right)
	s.row(st, x, 26, 8, lab(20, "住所"), fld(138, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text))
	s.row(st, x, 34, 8, lab(20, "転出先"), fld(138, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.row(st, x, 42, 8, lab(30, "転出予定年月日"), fld(45, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, false, true), h.MoveOutDate.ISO()),
		lab(20, "世帯主"), fld(63, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()))
	y := 54.0
	for k := 0; k < 3; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(false, true, "-").withDomicile(h.Members[k], h)
		}
		s.row(st, x, y, 6, lab(20, "フリガナ"), fld(70, ocr.KeyFullNameKana, ocr.KindKana, c.kana, c.tKana),
			lab(14, "性別"), fld(12, ocr.KeySex, ocr.KindSex, c.sex, c.sex), lab(14, "続柄"), fld(28, ocr.KeyRelationship, ocr.KindRelationship, c.rel, c.rel))
		s.row(st, x, y+6, 8, lab(20, "氏名"), fld(70, ocr.KeyFullName, ocr.KindName, c.name, c.tName),
			lab(22, "生年月日"), fld(46, ocr.KeyBirthDate, ocr.KindDate, c.birth, c.tBirth))
		s.row(st, x, y+14, 6.5, lab(20, "住民票ｺｰﾄﾞ"), fld(45, ocr.KeyResidentCode, ocr.KindDigits, c.rc, c.tRC),
			lab(22, "個人番号"), fld(71, ocr.KeyMyNumber, ocr.KindDigits, c.mn, c.tMN))
		s.row(st, x, y+20.5, 6.5, lab(20, "本籍"), fld(138, ocr.KeyDomicile, ocr.KindAddress, c.dom, c.dom))
		s.row(st, x, y+27, 6.5, lab(20, "国籍・地域"), fld(40, ocr.KeyNationality, ocr.KindNationality, c.nat, c.nat),
			lab(28, "在留ｶｰﾄﾞ番号"), fld(70, ocr.KeyCardNumber, ocr.KindCardNumber, c.card, c.card))
		s.row(st, x, y+33.5, 6.5, lab(20, "在留資格"), fld(62, ocr.KeyResidenceStatus, ocr.KindResidenceStatus, c.status, c.status),
			lab(16, "満了日"), fld(60, ocr.KeyPeriodExpiry, ocr.KindDate, c.expiry, c.tExpiry))
		y += 42
	}
	s.slot = -1
	s.hline(x, x+158, y, st.lw)
	s.footer(d, x, y+5, 158, "上記のとおり相違ないことを証明します。", gothic, false)
}

func layoutLegacyC(s *sheet, d *docData, g *gen) {
	st := rowStyle{lw: 0.25, labelFont: mincho, labelPt: 9, valueFont: mincho, valuePt: 9, namePt: 10.5, vertical: true, labelAlign: center,
		labelShade: color.RGBA{245, 245, 240, 255}}
	x := 15.0
	h := d.h
	s.titleText(75, 12, 60, 10, "転出証明書", mincho, 18)
	s.row(st, x, 30, 9, lab(30, "住所"), fld(150, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text))
	s.row(st, x, 39, 9, lab(30, "世帯主"), fld(150, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()))
	// Persons as columns: a label column and four person columns.
	labels := []string{"フリガナ", "氏名", "生年月日", "性別", "続柄", "住民票コード", "個人番号", "住所を定めた日"}
	heights := []float64{7, 10, 8, 7, 7, 8, 8, 8}
	y0 := 52.0
	y := y0
	for i, l := range labels {
		s.hline(x, x+180, y, st.lw)
		s.fillRect(x+0.2, y+0.2, 29.6, heights[i]-0.4, st.labelShade)
		s.label(x+1, y, 28, heights[i], l, mincho, 8.5, center)
		y += heights[i]
	}
	s.hline(x, x+180, y, st.lw)
	s.vline(x, y0, y, st.lw)
	for k := 0; k <= 4; k++ {
		s.vline(x+30+float64(k)*37.5, y0, y, st.lw)
	}
	for k := 0; k < 4; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(false, false, "")
		}
		cx := x + 30 + float64(k)*37.5
		yy := y0
		vals := []struct {
			key       string
			kind      ocr.FieldKind
			print, tr string
			pt        float64
		}{
			{ocr.KeyFullNameKana, ocr.KindKana, c.kana, c.tKana, 8},
			{ocr.KeyFullName, ocr.KindName, c.name, c.tName, 10.5},
			{ocr.KeyBirthDate, ocr.KindDate, c.birth, c.tBirth, 8.5},
			{ocr.KeySex, ocr.KindSex, c.sex, c.sex, 9},
			{ocr.KeyRelationship, ocr.KindRelationship, c.rel, c.rel, 9},
			{ocr.KeyResidentCode, ocr.KindDigits, c.rc, c.tRC, 9},
			{ocr.KeyMyNumber, ocr.KindDigits, c.mn, c.tMN, 9},
			{ocr.KeyAddressSince, ocr.KindDate, c.since, c.tSince, 8.5},
		}
		for i, v := range vals {
			f := fonts.Family(mincho)
			if v.kind == ocr.KindName && hasVariant(v.print) {
				f = mj
			}
			s.field(v.key, v.kind, cx+0.4, yy+0.4, 36.7, heights[i]-0.8, v.print, v.tr, f, v.pt, left, labels[i])
			yy += heights[i]
		}
	}
	s.slot = -1
	y += 6
	s.row(st, x, y, 9, lab(30, "本籍"), fld(95, ocr.KeyDomicile, ocr.KindAddress, h.Domicile.Text, h.Domicile.Text),
		lab(20, "筆頭者"), fld(35, ocr.KeyDomicileHead, ocr.KindName, h.DomicileHd, h.DomicileHd))
	s.row(st, x, y+9, 9, lab(30, "転出先"), fld(150, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.row(st, x, y+18, 9, lab(30, "転出予定年月日"), fld(60, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, false, false), h.MoveOutDate.ISO()), lab(90, ""))
	s.hline(x, x+180, y+27, st.lw)
	s.footer(d, x, y+34, 180, "上記のとおり証明する。", mincho, false)
}

// kv draws a "label：value" line between horizontal rules (no vertical rulings).
func (s *sheet) kv(x, y, h float64, label string, lw float64, key string, kind ocr.FieldKind, print, truth string, w float64, f fonts.Family, pt float64) {
	s.label(x, y, lw, h, label, gothic, 9, left)
	if kind == ocr.KindName && hasVariant(print) {
		f = mj
	}
	s.field(key, kind, x+lw, y+0.6, w, h-1.2, print, truth, f, pt, left, label)
}

func layoutLegacyD(s *sheet, d *docData, g *gen) {
	x, W := 20.0, 170.0
	h := d.h
	s.titleText(20, 16, 60, 12, "転出証明書", gothic, 20)
	s.label(120, 20, 70, 8, "証明書番号　第"+fw(itoa3(g.between(100, 999)))+"号", gothic, 9, right)
	lw := 0.35
	y := 34.0
	line := func() { s.hline(x, x+W, y, lw) }
	line()
	s.kv(x+1, y, 9, "住所：", 22, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text, 146, gothic, 10)
	y += 9
	line()
	s.kv(x+1, y, 9, "世帯主：", 22, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head(), 60, gothic, 10.5)
	s.kv(x+86, y, 9, "転出予定日：", 25, ocr.KeyMoveOutDate, ocr.KindDate, zwareki(h.MoveOutDate), h.MoveOutDate.ISO(), 57, gothic, 10)
	y += 9
	line()
	s.kv(x+1, y, 9, "転出先：", 22, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text, 146, gothic, 10)
	y += 9
	line()
	y += 3
	for k := 0; k < 3; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(false, false, " ").withDomicile(h.Members[k], h)
			if h.Members[k].BirthDate.Valid() {
				c.birth = zwareki(h.Members[k].BirthDate)
			}
			if h.Members[k].AddressSince.Valid() {
				c.since = zwareki(h.Members[k].AddressSince)
			}
		}
		s.hline(x, x+W, y, lw*2)
		s.kv(x+1, y, 7.5, "ふりがな：", 24, ocr.KeyFullNameKana, ocr.KindKana, c.kana, c.tKana, 60, gothic, 9)
		s.kv(x+86, y, 7.5, "生年月日：", 22, ocr.KeyBirthDate, ocr.KindDate, c.birth, c.tBirth, 60, gothic, 9.5)
		y += 7.5
		s.hline(x, x+W, y, lw)
		s.kv(x+1, y, 8, "氏名：", 24, ocr.KeyFullName, ocr.KindName, c.name, c.tName, 60, gothic, 11)
		s.kv(x+86, y, 8, "性別：", 14, ocr.KeySex, ocr.KindSex, c.sex, c.sex, 12, gothic, 10)
		s.kv(x+114, y, 8, "続柄：", 14, ocr.KeyRelationship, ocr.KindRelationship, c.rel, c.rel, 40, gothic, 10)
		y += 8
		s.hline(x, x+W, y, lw)
		s.kv(x+1, y, 7.5, "住民票コード：", 30, ocr.KeyResidentCode, ocr.KindDigits, c.rc, c.tRC, 54, gothic, 9.5)
		s.kv(x+86, y, 7.5, "個人番号：", 22, ocr.KeyMyNumber, ocr.KindDigits, c.mn, c.tMN, 60, gothic, 9.5)
		y += 7.5
		s.hline(x, x+W, y, lw)
		s.kv(x+1, y, 7.5, "本籍：", 24, ocr.KeyDomicile, ocr.KindAddress, c.dom, c.dom, 144, gothic, 9.5)
		y += 7.5
		s.hline(x, x+W, y, lw)
		s.kv(x+1, y, 7.5, "筆頭者：", 24, ocr.KeyDomicileHead, ocr.KindName, c.domHead, c.domHead, 60, gothic, 9.5)
		s.kv(x+86, y, 7.5, "住定日：", 22, ocr.KeyAddressSince, ocr.KindDate, c.since, c.tSince, 60, gothic, 9.5)
		y += 7.5
		y += 4
	}
	s.slot = -1
	s.hline(x, x+W, y, lw*2)
	s.footer(d, x, y+6, W, "上記は住民票の記載事項と相違ないことを証明する。", gothic, false)
}

func itoa3(n int) string {
	return string([]byte{byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

func layoutLegacyE(s *sheet, d *docData, g *gen) {
	st := rowStyle{lw: 0.25, labelFont: mincho, labelPt: 8.5, valueFont: mincho, valuePt: 9.5, namePt: 11, vertical: true, labelAlign: center,
		labelShade: color.RGBA{236, 240, 246, 255}}
	x := 15.0
	h := d.h
	s.titleText(118, 8, 60, 10, "転出証明書", mincho, 18)
	s.row(st, x, 24, 9, lab(25, "住所"), fld(110, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text),
		lab(20, "世帯主"), fld(50, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()),
		lab(25, "転出予定日"), fld(37, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, false, false), h.MoveOutDate.ISO()))
	s.row(st, x, 33, 9, lab(25, "転出先"), fld(242, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.row(st, x, 42, 9, lab(25, "本籍"), fld(150, ocr.KeyDomicile, ocr.KindAddress, h.Domicile.Text, h.Domicile.Text),
		lab(25, "筆頭者"), fld(67, ocr.KeyDomicileHead, ocr.KindName, h.DomicileHd, h.DomicileHd))
	s.row(st, x, 55, 7, lab(60, "フリガナ／氏名"), lab(40, "生年月日"), lab(12, "性別"), lab(20, "続柄"), lab(38, "住民票コード"), lab(45, "個人番号"), lab(52, "住所を定めた年月日"))
	y := 62.0
	cols := []float64{60, 40, 12, 20, 38, 45, 52}
	for k := 0; k < 5; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(false, false, "")
		}
		s.hline(x, x+267, y, st.lw)
		cx := x
		for _, w := range cols {
			s.vline(cx, y, y+13, st.lw)
			cx += w
		}
		s.vline(cx, y, y+13, st.lw)
		s.nameKana(st, x, y, 60, 13, c, 8)
		cx = x + 60
		type v struct {
			key       string
			kind      ocr.FieldKind
			print, tr string
			label     string
		}
		for i, f := range []v{{ocr.KeyBirthDate, ocr.KindDate, c.birth, c.tBirth, "生年月日"}, {ocr.KeySex, ocr.KindSex, c.sex, c.sex, "性別"},
			{ocr.KeyRelationship, ocr.KindRelationship, c.rel, c.rel, "続柄"}, {ocr.KeyResidentCode, ocr.KindDigits, c.rc, c.tRC, "住民票コード"},
			{ocr.KeyMyNumber, ocr.KindDigits, c.mn, c.tMN, "個人番号"}, {ocr.KeyAddressSince, ocr.KindDate, c.since, c.tSince, "住所を定めた年月日"}} {
			w := cols[i+1]
			a := left
			if f.kind == ocr.KindSex {
				a = center
			}
			s.field(f.key, f.kind, cx+0.4, y+3, w-0.8, 7, f.print, f.tr, mincho, 9.5, a, f.label)
			cx += w
		}
		y += 13
	}
	s.slot = -1
	s.hline(x, x+267, y, st.lw)
	s.footer(d, x+80, y+4, 187, "上記のとおり転出の届出があったことを証明する。", mincho, false)
}

// layoutUnseen is a layout with no template: spread labels (氏　　名), a different order, Gothic.
func layoutUnseen(s *sheet, d *docData, g *gen) {
	st := rowStyle{lw: 0.3, labelFont: gothic, labelPt: 10, valueFont: gothic, valuePt: 11, namePt: 12, vertical: true, labelAlign: spread}
	x := 22.0
	h := d.h
	s.label(60, 14, 90, 12, "転 出 証 明 書", gothic, 20, center)
	s.row(st, x, 36, 11, lab(34, "現住所"), fld(132, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text))
	s.row(st, x, 47, 11, lab(34, "世帯主氏名"), fld(132, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()))
	s.row(st, x, 58, 11, lab(34, "転出先住所"), fld(132, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.row(st, x, 69, 11, lab(34, "転出予定年月日"), fld(132, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, false, false), h.MoveOutDate.ISO()))
	s.hline(x, x+166, 80, st.lw)
	y := 90.0
	for k := 0; k < 2; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(false, false, "")
		}
		s.row(st, x, y, 10, lab(34, "フリガナ"), fld(132, ocr.KeyFullNameKana, ocr.KindKana, c.kana, c.tKana))
		s.row(st, x, y+10, 11, lab(34, "氏名"), fld(132, ocr.KeyFullName, ocr.KindName, c.name, c.tName))
		s.row(st, x, y+21, 10, lab(34, "生年月日"), fld(132, ocr.KeyBirthDate, ocr.KindDate, c.birth, c.tBirth))
		s.row(st, x, y+31, 10, lab(34, "性別"), fld(40, ocr.KeySex, ocr.KindSex, c.sex, c.sex), lab(34, "続柄"), fld(58, ocr.KeyRelationship, ocr.KindRelationship, c.rel, c.rel))
		s.row(st, x, y+41, 10, lab(34, "住民票コード"), fld(132, ocr.KeyResidentCode, ocr.KindDigits, c.rc, c.tRC))
		s.hline(x, x+166, y+51, st.lw)
		y += 58
	}
	s.slot = -1
	s.footer(d, x, y+4, 166, "上記のとおり証明します。", gothic, false)
}

func layoutSpecial(s *sheet, d *docData, g *gen) {
	st := rowStyle{lw: 0.3, labelFont: mj, labelPt: 9, valueFont: mj, valuePt: 10.5, namePt: 11.5, vertical: true, labelAlign: center,
		labelShade: color.RGBA{240, 240, 240, 255}}
	x := 15.0
	h := d.h
	s.titleText(40, 12, 130, 11, "転出証明書に準ずる証明書", mj, 18)
	s.label(30, 25, 150, 6, "（住民基本台帳法施行令第24条の2第2項の規定による証明書）", mj, 9, center)
	s.row(st, x, 36, 10, lab(30, "住所"), fld(150, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text))
	s.row(st, x, 46, 10, lab(30, "世帯主"), fld(70, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()),
		lab(35, "転出予定年月日"), fld(45, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, true, false), h.MoveOutDate.ISO()))
	s.row(st, x, 56, 10, lab(30, "転出先"), fld(150, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.hline(x, x+180, 66, st.lw)
	s.row(st, x, 74, 7, lab(60, "フリガナ／氏名"), lab(40, "生年月日"), lab(14, "性別"), lab(20, "続柄"), lab(46, "住民票コード"))
	y := 81.0
	cols := []float64{60, 40, 14, 20, 46}
	for k := 0; k < 4; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(true, false, "")
		}
		s.hline(x, x+180, y, st.lw)
		cx := x
		for _, w := range cols {
			s.vline(cx, y, y+14, st.lw)
			cx += w
		}
		s.vline(cx, y, y+14, st.lw)
		s.nameKana(st, x, y, 60, 14, c, 8.5)
		s.field(ocr.KeyBirthDate, ocr.KindDate, x+60.4, y+3, 39.2, 8, c.birth, c.tBirth, mj, 10, left, "生年月日")
		s.field(ocr.KeySex, ocr.KindSex, x+100.4, y+3, 13.2, 8, c.sex, c.sex, mj, 10.5, center, "性別")
		s.field(ocr.KeyRelationship, ocr.KindRelationship, x+114.4, y+3, 19.2, 8, c.rel, c.rel, mj, 10.5, left, "続柄")
		s.field(ocr.KeyResidentCode, ocr.KindDigits, x+134.4, y+3, 45.2, 8, c.rc, c.tRC, mj, 10, left, "住民票コード")
		y += 14
	}
	s.slot = -1
	s.hline(x, x+180, y, st.lw)
	s.footer(d, x, y+6, 180, "上記のとおり転出届があったことを証明する。", mj, true)
}
