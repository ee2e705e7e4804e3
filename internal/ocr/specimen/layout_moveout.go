package specimen

import (
	"image/color"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

const (
	gothic = fonts.Gothic
	mj     = fonts.MJMincho
	mincho = fonts.Mincho
)

var sealRed = color.RGBA{200, 40, 40, 255}

// cell is one cell of a ruled row: a label (key == "") or a field.
type cell struct {
	w     float64
	label string
	key   string
	kind  ocr.FieldKind
	print string
	truth string
	font  fonts.Family
	pt    float64
}

func lab(w float64, t string) cell { return cell{w: w, label: t} }

func fld(w float64, key string, kind ocr.FieldKind, print, truth string) cell {
	return cell{w: w, key: key, kind: kind, print: print, truth: truth}
}

// rowStyle says how a ruled row is drawn.
type rowStyle struct {
	lw         float64      // ruling width mm
	labelFont  fonts.Family // labels
	labelPt    float64
	valueFont  fonts.Family
	valuePt    float64
	namePt     float64
	vertical   bool // draw vertical rulings between cells
	labelAlign align
	labelShade color.Color // background of label cells, nil for none
}

// row draws cells left to right from x at y with height h, with a ruling on top (the bottom is the next row's
// top, or closeTable).
func (s *sheet) row(st rowStyle, x, y, h float64, cells ...cell) {
	total := 0.0
	for _, c := range cells {
		total += c.w
	}
	s.hline(x, x+total, y, st.lw)
	cx := x
	for i, c := range cells {
		if c.key == "" && st.labelShade != nil {
			s.fillRect(cx+st.lw/2, y+st.lw/2, c.w-st.lw, h-st.lw, st.labelShade)
		}
		if st.vertical || i == 0 {
			s.vline(cx, y, y+h, st.lw)
		}
		if c.key == "" {
			pad := 1.0
			s.label(cx+pad, y, c.w-2*pad, h, c.label, st.labelFont, st.labelPt, st.labelAlign)
		} else {
			f, pt := c.font, c.pt
			if f == "" {
				f = st.valueFont
			}
			if pt == 0 {
				pt = st.valuePt
				if c.kind == ocr.KindName && st.namePt > 0 {
					pt = st.namePt
				}
			}
			// Names print in IPAmj明朝 whatever the layout's font: only MJ fonts have 髙 﨑 𠮷.
			if c.kind == ocr.KindName && f != mj && hasVariant(c.print) {
				f = mj
			}
			lbl := ""
			if i > 0 && cells[i-1].key == "" {
				lbl = cells[i-1].label
			}
			s.field(c.key, c.kind, cx+0.4, y+0.4, c.w-0.8, h-0.8, c.print, c.truth, f, pt, left, lbl)
		}
		cx += c.w
	}
	s.vline(cx, y, y+h, st.lw)
}

// personCells are the values of one person as a layout prints them.
type personCells struct {
	name, kana, birth, sex, rel, rc, mn, since, dom, domHead, nat, status, period, expiry, card string
	tName, tKana, tBirth, tSince, tExpiry, tPeriod, tRC, tMN                                    string
}

func (p Person) cells(full, pad bool, mnSep string) personCells {
	c := personCells{name: p.FullName(), kana: p.FullKana(), sex: p.Sex, rel: p.Relationship, rc: p.ResidentCode,
		tName: p.FullName(), tKana: p.FullKana(), tRC: p.ResidentCode, tMN: p.MyNumber}
	if p.BirthDate.Valid() {
		if p.Foreign {
			c.birth = seireki(p.BirthDate, false, full)
		} else {
			c.birth = wareki(p.BirthDate, full, pad)
		}
		c.tBirth = p.BirthDate.ISO()
	}
	if full {
		c.rc = fw(p.ResidentCode)
	}
	c.mn = group(p.MyNumber, mnSep)
	if full {
		c.mn = fw(c.mn)
	}
	if p.AddressSince.Valid() {
		c.since, c.tSince = wareki(p.AddressSince, full, pad), p.AddressSince.ISO()
	}
	if p.Foreign {
		c.nat, c.status, c.card = p.Nationality, p.ResidenceStatus, p.CardNumber
		if !p.Period.IsZero() {
			c.period, c.tPeriod = periodText(p.Period), p.Period.Code()
			c.expiry, c.tExpiry = seireki(p.PeriodExpiry, false, full), p.PeriodExpiry.ISO()
		}
	}
	return c
}

// withDomicile adds the household's 本籍 and 筆頭者 for a Japanese person.
func (c personCells) withDomicile(p Person, h Household) personCells {
	if !p.Foreign && h.Domicile.Text != "" {
		c.dom, c.domHead = h.Domicile.Text, h.DomicileHd
	}
	return c
}

// footer prints the certification sentence, the date and the issuer with a seal; the issuer is a field.
func (s *sheet) footer(d *docData, x, y, w float64, sentence string, f fonts.Family, full bool) {
	s.label(x+5, y, w-10, 7, sentence, f, 10.5, left)
	s.label(x+5, y+8, 60, 7, wareki(d.h.IssueDate, full, false), f, 10.5, left)
	iss := d.h.Issuer.FullName() + "長"
	s.field("_issuer", ocr.KindIssuer, x+w-112, y+16, 92, 9, iss+"　"+d.mayor, "", f, 12, right, "")
	s.fillRect(x+w-17, y+14.5, 12, 12, sealRed)
	s.fillRect(x+w-16, y+15.5, 10, 10, color.RGBA{230, 120, 120, 255})
	s.truth.IssuerLgCode = d.h.Issuer.LgCode
}

// layoutMoveoutStandard is the layout of the 住民記録システム標準仕様書 era: a fixed grid of four person blocks.
func layoutMoveoutStandard(s *sheet, d *docData, g *gen) {
	x, w := 15.0, 180.0
	st := rowStyle{lw: 0.3, labelFont: gothic, labelPt: 8, valueFont: mj, valuePt: 10.5, namePt: 12, vertical: true, labelAlign: left,
		labelShade: color.RGBA{238, 238, 238, 255}}
	s.titleText(65, 10, 80, 12, "転出証明書", mj, 22)
	h := d.h
	s.row(st, x, 28, 10, lab(28, "住所"), fld(152, ocr.KeyAddress, ocr.KindAddress, h.Address.Text, h.Address.Text))
	s.row(st, x, 38, 10, lab(28, "世帯主"), fld(62, ocr.KeyHeadOfHousehold, ocr.KindName, h.Head(), h.Head()),
		lab(35, "転出予定年月日"), fld(55, ocr.KeyMoveOutDate, ocr.KindDate, wareki(h.MoveOutDate, true, false), h.MoveOutDate.ISO()))
	s.row(st, x, 48, 10, lab(28, "転出先"), fld(152, ocr.KeyDestinationAddress, ocr.KindAddress, h.Destination.Text, h.Destination.Text))
	s.hline(x, x+w, 58, 0.3)
	y := 62.0
	for k := 0; k < 4; k++ {
		s.slot = k
		var c personCells
		if k < len(h.Members) {
			c = h.Members[k].cells(true, false, "").withDomicile(h.Members[k], h)
		}
		s.row(st, x, y, 6.5, lab(22, "フリガナ"), fld(74, ocr.KeyFullNameKana, ocr.KindKana, c.kana, c.tKana),
			lab(22, "生年月日"), fld(62, ocr.KeyBirthDate, ocr.KindDate, c.birth, c.tBirth))
		s.row(st, x, y+6.5, 8, lab(22, "氏名"), fld(74, ocr.KeyFullName, ocr.KindName, c.name, c.tName),
			lab(14, "性別"), fld(12, ocr.KeySex, ocr.KindSex, c.sex, c.sex), lab(14, "続柄"), fld(44, ocr.KeyRelationship, ocr.KindRelationship, c.rel, c.rel))
		s.row(st, x, y+14.5, 7, lab(22, "住民票コード"), fld(50, ocr.KeyResidentCode, ocr.KindDigits, c.rc, c.tRC),
			lab(22, "個人番号"), fld(86, ocr.KeyMyNumber, ocr.KindDigits, c.mn, c.tMN))
		s.row(st, x, y+21.5, 7, lab(34, "住所を定めた年月日"), fld(56, ocr.KeyAddressSince, ocr.KindDate, c.since, c.tSince),
			lab(22, "筆頭者"), fld(68, ocr.KeyDomicileHead, ocr.KindName, c.domHead, c.domHead))
		s.row(st, x, y+28.5, 7, lab(22, "本籍"), fld(158, ocr.KeyDomicile, ocr.KindAddress, c.dom, c.dom))
		s.row(st, x, y+35.5, 6.5, lab(22, "国籍・地域"), fld(34, ocr.KeyNationality, ocr.KindNationality, c.nat, c.nat),
			lab(22, "在留資格"), fld(102, ocr.KeyResidenceStatus, ocr.KindResidenceStatus, c.status, c.status))
		s.row(st, x, y+42, 7, lab(22, "在留期間"), fld(26, ocr.KeyPeriodOfStay, ocr.KindPeriod, c.period, c.tPeriod),
			lab(16, "満了日"), fld(48, ocr.KeyPeriodExpiry, ocr.KindDate, c.expiry, c.tExpiry),
			lab(34, "在留カード等番号"), fld(34, ocr.KeyCardNumber, ocr.KindCardNumber, c.card, c.card))
		y += 49
	}
	s.slot = -1
	s.hline(x, x+w, y, 0.3)
	s.footer(d, x, y+4, w, "上記のとおり転出の届出があったことを証明する。", mj, true)
}

// titleText draws the document title and records it in the template.
func (s *sheet) titleText(x, y, w, h float64, t string, f fonts.Family, pt float64) {
	s.text(x, y, w, h, t, f, pt, spread, s.ink)
	s.tpl.Title = ocr.TitleDef{Text: t, Box: ocr.Rect{X: x - 2, Y: y - 1, W: w + 4, H: h + 2}}
}
