package specimen

import (
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr"
)

// 戸籍全部事項証明書 and 戸籍の附票 as computerised 戸籍 systems print them: MJ明朝 throughout, 【項目】 labels.

func init() {
	register(&Layout{ID: "koseki-standard", DocumentType: ocr.KosekiCertificate, Media: ocr.MediaPage,
		Name: "戸籍全部事項証明書（コンピュータ化戸籍）", WidthMM: 210, HeightMM: 297, MaxPersons: 3, draw: layoutKoseki})
	register(&Layout{ID: "fuhyo-standard", DocumentType: ocr.KosekiFuhyo, Media: ocr.MediaPage,
		Name: "戸籍の附票の写し", WidthMM: 210, HeightMM: 297, MaxPersons: 3, draw: layoutFuhyo})
}

var parentGiven = []string{"一郎", "正雄", "和夫", "清", "勝", "幸子", "和子", "節子", "洋子", "久子"}

// kosekiHeader draws 本籍 and 氏名 (the 筆頭者) and returns the y below.
func (s *sheet) kosekiHeader(d *docData, x, w float64, title string) {
	h := d.h
	s.titleText(70, 10, 70, 10, title, mj, 16)
	lw := 0.3
	s.hline(x, x+w, 26, lw)
	s.vline(x, 26, 56, lw)
	s.vline(x+36, 26, 56, lw)
	s.vline(x+w, 26, 56, lw)
	s.label(x+2, 26, 32, 9, "本　　籍", mj, 10.5, left)
	s.field(ocr.KeyDomicile, ocr.KindAddress, x+38, 26.5, w-40, 8, h.Domicile.Text, h.Domicile.Text, mj, 10.5, left, "本籍")
	s.hline(x, x+w, 35, lw)
	s.label(x+2, 35, 32, 9, "氏　　名", mj, 10.5, left)
	s.field(ocr.KeyDomicileHead, ocr.KindName, x+38, 35.5, 90, 8, h.DomicileHd, h.DomicileHd, mj, 11, left, "氏名")
	s.hline(x, x+w, 44, lw)
}

func layoutKoseki(s *sheet, d *docData, g *gen) {
	x, w := 18.0, 174.0
	h := d.h
	s.kosekiHeader(d, x, w, "全部事項証明")
	lw := 0.3
	s.label(x+2, 44, 32, 12, "戸籍事項", mj, 10.5, left)
	s.label(x+38, 44, 20, 6, "戸籍編製", mj, 10, left)
	made := h.Members[0].BirthDate.AddDays(365 * 27)
	if made.After(h.IssueDate) {
		made = h.IssueDate.AddDays(-400)
	}
	s.label(x+62, 44, 100, 6, "【編製日】"+wareki(made, true, false), mj, 10, left)
	s.hline(x, x+w, 56, lw)
	family := h.Members[0].FamilyName
	y := 58.0
	for k := 0; k < 3; k++ {
		s.slot = k
		var p Person
		present := k < len(h.Members)
		if present {
			p = h.Members[k]
		}
		s.hline(x, x+w, y, lw)
		s.vline(x, y, y+60, lw)
		s.vline(x+36, y, y+60, lw)
		s.vline(x+w, y, y+60, lw)
		s.label(x+2, y+1, 32, 12, "戸籍に記録されている者", mj, 7.5, left)
		name, birth, rel, tBirth, tName := "", "", "", "", ""
		if present {
			name, rel = p.GivenName, p.KosekiRelationship
			birth, tBirth = wareki(p.BirthDate, true, false), p.BirthDate.ISO()
			tName = family + "　" + p.GivenName
			s.label(x+38, y+1, 12, 7, "【名】", mj, 10.5, left)
			s.label(x+38, y+8, 24, 7, "【生年月日】", mj, 10.5, left)
			spouse := ""
			if p.Relationship == "世帯主" && len(h.Members) > 1 {
				spouse = map[string]string{"男": "夫", "女": "妻"}[p.Sex]
			} else if p.Relationship == "妻" || p.Relationship == "夫" {
				spouse = p.Relationship
			}
			if spouse != "" {
				s.label(x+100, y+8, 50, 7, "【配偶者区分】"+spouse, mj, 10.5, left)
			}
			father, mother := family+"　"+pick(g, parentGiven[:5]), family+"　"+pick(g, parentGiven[5:])
			if p.Relationship == "子" {
				father, mother = h.Members[0].FullName(), ""
				if len(h.Members) > 1 {
					mother = h.Members[1].GivenName
				}
			}
			s.label(x+38, y+15, 100, 7, "【父】"+father, mj, 10.5, left)
			s.label(x+38, y+22, 100, 7, "【母】"+mother, mj, 10.5, left)
			s.label(x+38, y+29, 14, 7, "【続柄】", mj, 10.5, left)
			s.hline(x+36, x+w, y+37, lw)
			s.label(x+2, y+38, 32, 7, "身分事項", mj, 10.5, left)
			s.label(x+38, y+38, 14, 7, "出　生", mj, 10.5, left)
			s.label(x+56, y+38, 110, 7, "【出生日】"+birth, mj, 10, left)
			s.label(x+56, y+45, 110, 7, "【出生地】"+h.Domicile.Muni.FullName(), mj, 10, left)
			s.label(x+56, y+52, 110, 7, "【届出日】"+wareki(p.BirthDate.AddDays(g.between(3, 13)), true, false), mj, 10, left)
		}
		s.field(ocr.KeyFullName, ocr.KindName, x+50, y+1, 60, 7, name, tName, mj, 11, left, "名")
		s.field(ocr.KeyBirthDate, ocr.KindDate, x+62, y+8, 36, 7, birth, tBirth, mj, 10.5, left, "生年月日")
		s.field(ocr.KeyRelationship, ocr.KindRelationship, x+52, y+29, 30, 7, rel, rel, mj, 10.5, left, "父母との続柄")
		if present {
			s.truth.Persons[k][ocr.KeySex] = p.Sex
		}
		y += 62
	}
	s.slot = -1
	s.hline(x, x+w, y, lw)
	s.footer(d, x, y+3, w, "これは、戸籍に記録されている事項の全部を証明した書面である。", mj, true)
	delete(s.truth.Fields, "")
}

func layoutFuhyo(s *sheet, d *docData, g *gen) {
	x, w := 18.0, 174.0
	h := d.h
	s.kosekiHeader(d, x, w, "戸籍の附票の写し")
	lw := 0.3
	family := h.Members[0].FamilyName
	y := 50.0
	for k := 0; k < 3; k++ {
		s.slot = k
		var p Person
		present := k < len(h.Members)
		if present {
			p = h.Members[k]
		}
		s.hline(x, x+w, y, lw)
		s.vline(x, y, y+58, lw)
		s.vline(x+36, y, y+58, lw)
		s.vline(x+w, y, y+58, lw)
		s.label(x+2, y+1, 32, 12, "附票に記録されている者", mj, 7.5, left)
		var name, tName, birth, tBirth, sex, old, oldSince, cur, curSince, tCurSince string
		if present {
			name, tName = p.GivenName, family+"　"+p.GivenName
			birth, tBirth, sex = wareki(p.BirthDate, true, false), p.BirthDate.ISO(), p.Sex
			cur, curSince, tCurSince = h.Address.Text, wareki(p.AddressSince, true, false), p.AddressSince.ISO()
			if p.AddressSince.After(p.BirthDate.AddDays(365*3)) && g.chance(0.8) {
				oldMuni, _ := ocr.SeedLibrary().Municipality(pick(g, []string{"402036", "401323", "412031", "402176"}))
				old = g.address(oldMuni).Text
				oldSince = wareki(g.date(maxDate(p.BirthDate, juki.Date{Year: 1990, Month: 1, Day: 1}), p.AddressSince.AddDays(-30)), true, false)
			}
			s.label(x+38, y+1, 12, 7, "【名】", mj, 10.5, left)
			s.label(x+38, y+8, 24, 7, "【生年月日】", mj, 10.5, left)
			s.label(x+112, y+8, 14, 7, "【性別】", mj, 10.5, left)
			s.hline(x+36, x+w, y+16, lw)
			s.label(x+2, y+17, 32, 7, "住所", mj, 10.5, left)
			s.label(x+38, y+24, 40, 7, "【住所を定めた年月日】", mj, 9, left)
			s.hline(x+36, x+w, y+32, lw)
			s.label(x+2, y+33, 32, 7, "住所", mj, 10.5, left)
			s.label(x+38, y+40, 40, 7, "【住所を定めた年月日】", mj, 9, left)
		}
		s.field(ocr.KeyFullName, ocr.KindName, x+50, y+1, 60, 7, name, tName, mj, 11, left, "名")
		s.field(ocr.KeyBirthDate, ocr.KindDate, x+62, y+8, 48, 7, birth, tBirth, mj, 10.5, left, "生年月日")
		s.field(ocr.KeySex, ocr.KindSex, x+127, y+8, 12, 7, sex, sex, mj, 10.5, left, "性別")
		// The history: the older address first, the current one last (the reader keeps the last).
		s.field(ocr.KeyAddress, ocr.KindAddress, x+38, y+17, w-40, 7, old, "", mj, 10, left, "住所")
		s.field(ocr.KeyAddressSince, ocr.KindDate, x+80, y+24, 60, 7, oldSince, "", mj, 10, left, "住所を定めた年月日")
		s.field(ocr.KeyAddress, ocr.KindAddress, x+38, y+33, w-40, 7, cur, cur, mj, 10, left, "住所")
		s.field(ocr.KeyAddressSince, ocr.KindDate, x+80, y+40, 60, 7, curSince, tCurSince, mj, 10, left, "住所を定めた年月日")
		y += 60
	}
	s.slot = -1
	s.hline(x, x+w, y, lw)
	s.footer(d, x, y+3, w, "これは、戸籍の附票の原本と相違ないことを証明する。", mj, true)
}

func maxDate(a, b juki.Date) juki.Date {
	if a.After(b) {
		return a
	}
	return b
}
