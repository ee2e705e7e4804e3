package specimen

import (
	"image"
	"image/color"
	"image/draw"
	_ "image/png" // the blank card backgrounds
	"math"
	"os"
	"strings"

	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Cards: 在留カード and 特別永住者証明書 drawn in the geometry of the published 見本 (so that one template reads
// both the generated cards and the real specimen), 運転免許証 and マイナンバーカード drawn onto the public blank
// backgrounds when ../shared/specimens has them, else onto a drawn background of the same geometry.

func init() {
	register(&Layout{ID: "residence-card", DocumentType: ocr.ResidenceCard, Media: ocr.MediaCard,
		Name: "在留カード（表面）", WidthMM: cardWmm, HeightMM: cardHmm, MaxPersons: 1, alignRows: true, draw: layoutResidenceCard, background: residenceBackground})
	register(&Layout{ID: "special-permanent", DocumentType: ocr.SpecialPermanentResidentCertificate, Media: ocr.MediaCard,
		Name: "特別永住者証明書（表面）", WidthMM: cardWmm, HeightMM: cardHmm, MaxPersons: 1, alignRows: true, draw: layoutSpecialPermanent, background: specialBackground})
	register(&Layout{ID: "license-front", DocumentType: ocr.DriversLicense, Media: ocr.MediaCard,
		Name: "運転免許証（表面）", WidthMM: cardWmm, HeightMM: cardHmm, MaxPersons: 1, draw: layoutLicenseFront, background: licenseBackground})
	register(&Layout{ID: "license-back", DocumentType: ocr.DriversLicense, Media: ocr.MediaCard,
		Name: "運転免許証（裏面・備考）", WidthMM: cardWmm, HeightMM: cardHmm, MaxPersons: 1, draw: layoutLicenseBack, background: plainCard})
	register(&Layout{ID: "mynumber-front", DocumentType: ocr.MyNumberCard, Media: ocr.MediaCard,
		Name: "マイナンバーカード（表面）", WidthMM: cardWmm, HeightMM: cardHmm, MaxPersons: 1, draw: layoutMyNumber, background: myNumberBackground})
}

const (
	cardWmm = 85.6
	cardHmm = 54.0
)

// SpecimenDir is where the shared specimen images are looked for (tests run in the package directory).
var SpecimenDir = findSpecimenDir()

func findSpecimenDir() string {
	if d := os.Getenv("KAKANAI_SPECIMENS"); d != "" {
		return d
	}
	for _, d := range []string{"../shared/specimens", "../../shared/specimens", "../../../shared/specimens", "../../../../shared/specimens", "/work/shared/specimens"} {
		if _, err := os.Stat(d + "/README.md"); err == nil {
			return d
		}
	}
	return ""
}

func loadBlank(name string) image.Image {
	if SpecimenDir == "" {
		return nil
	}
	f, err := os.Open(SpecimenDir + "/" + name)
	if err != nil {
		return nil
	}
	defer f.Close()
	img, _, err := image.Decode(f)
	if err != nil {
		return nil
	}
	return img
}

// drawScaled paints img over the whole sheet.
func (s *sheet) drawScaled(img image.Image) {
	rgba := imaging.ToRGBA(img)
	b := rgba.Bounds()
	w, h := s.img.Rect.Dx(), s.img.Rect.Dy()
	p := split(rgba)
	for c := range p {
		p[c] = imaging.Resize(p[c], w, h)
	}
	m := merge(p)
	_ = b
	draw.Draw(s.img, s.img.Rect, m, image.Point{}, draw.Src)
}

// cardGradient fills the card with a two-colour diagonal gradient and fine guilloche lines, rounding corners.
func (s *sheet) cardGradient(a, b color.RGBA, line color.RGBA, g *gen) {
	w, h := s.img.Rect.Dx(), s.img.Rect.Dy()
	f := g.float(0.05, 0.08)
	for y := 0; y < h; y++ {
		row := s.img.Pix[y*s.img.Stride:]
		for x := 0; x < w; x++ {
			t := (float64(x)/float64(w) + float64(y)/float64(h)) / 2
			c := [3]float64{float64(a.R)*(1-t) + float64(b.R)*t, float64(a.G)*(1-t) + float64(b.G)*t, float64(a.B)*(1-t) + float64(b.B)*t}
			v := math.Sin(float64(x)*f/2 + 3*math.Sin(float64(y)*f/3))
			if math.Abs(v) < 0.06 {
				c = [3]float64{float64(line.R), float64(line.G), float64(line.B)}
			}
			row[4*x], row[4*x+1], row[4*x+2], row[4*x+3] = uint8(c[0]), uint8(c[1]), uint8(c[2]), 255
		}
	}
}

var (
	headerBlue = color.RGBA{150, 210, 235, 255}
	photoBlue  = color.RGBA{170, 205, 230, 255}
)

func residenceBackground(s *sheet, g *gen) {
	s.cardGradient(color.RGBA{226, 242, 222, 255}, color.RGBA{222, 232, 246, 255}, color.RGBA{200, 228, 200, 255}, g)
	s.fillRect(0, 2.2, 57, 3.3, headerBlue)
	s.fillRect(60, 2.2, 25.6, 3.3, headerBlue)
	s.fillRect(22.8, 27.6, 37.5, 5.6, headerBlue)
	s.fillRect(0, 46.8, 60, 5.4, headerBlue)
	portrait(s, 60.6, 16.2, 21.8, 26.6)
}

func specialBackground(s *sheet, g *gen) {
	s.cardGradient(color.RGBA{246, 232, 220, 255}, color.RGBA{236, 236, 214, 255}, color.RGBA{230, 210, 196, 255}, g)
	s.fillRect(0, 2.2, 85.6, 3.3, color.RGBA{238, 200, 170, 255})
	s.fillRect(0, 46.8, 60, 5.4, color.RGBA{238, 200, 170, 255})
	portrait(s, 60.6, 10.2, 21.8, 26.6)
}

// portrait draws a placeholder portrait: a box with a silhouette.
func portrait(s *sheet, x, y, w, h float64) {
	s.fillRect(x, y, w, h, photoBlue)
	s.fillRect(x+w*0.3, y+h*0.18, w*0.4, h*0.38, color.RGBA{245, 245, 245, 255})
	s.fillRect(x+w*0.12, y+h*0.62, w*0.76, h*0.38, color.RGBA{245, 245, 245, 255})
}

func plainCard(s *sheet, g *gen) {
	s.cardGradient(color.RGBA{246, 246, 242, 255}, color.RGBA{238, 240, 236, 255}, color.RGBA{232, 234, 228, 255}, g)
}

func licenseBackground(s *sheet, g *gen) {
	if img := loadBlank("driver-license-blank.png"); img != nil {
		s.drawScaled(img)
		return
	}
	// A drawn stand-in with the blank's geometry (mm = px / 7.956).
	plainCard(s, g)
	lw := 0.15
	s.rect(6.2, 3.6, 76.2, 3.7, lw)
	s.vline(9.8, 3.6, 7.3, lw)
	s.vline(53.7, 3.6, 7.3, lw)
	s.label(6.4, 3.6, 3.4, 3.7, "氏名", gothic, 5.5, center)
	for _, l := range []struct {
		x float64
		t string
	}{{63.5, "年"}, {70.5, "月"}, {77.5, "日生"}} {
		s.label(l.x, 3.6, 4, 3.7, l.t, gothic, 6.5, left)
	}
	s.rect(6.2, 11.5, 76.2, 3.5, lw)
	s.label(6.4, 11.5, 3.4, 3.5, "住所", gothic, 5.5, center)
	s.rect(6.2, 15.3, 48, 3.5, lw)
	s.label(6.4, 15.3, 3.4, 3.5, "交付", gothic, 5.5, center)
	s.label(12, 15.3, 40, 3.5, "令和01年05月07日　12345", gothic, 7, left)
	s.fillRect(6.2, 19, 46, 4.7, color.RGBA{168, 140, 110, 255})
	for _, l := range []struct {
		x float64
		t string
	}{{11.8, "年("}, {25.2, "年)"}, {33.6, "月"}, {39.9, "日まで有効"}} {
		s.label(l.x, 19, 16, 4.7, l.t, gothic, 11, left)
	}
	s.label(6.4, 37, 5, 3.2, "番号", gothic, 5.5, left)
	s.label(12, 37, 3, 3.2, "第", gothic, 8.5, left)
	s.label(46, 37, 3, 3.2, "号", gothic, 8.5, left)
	portrait(s, 58.5, 14.6, 22, 21.5)
	s.label(57.9, 45.4, 11.4, 2.2, "○○○○○", gothic, 6, left)
	s.text(57.9, 47.6, 11.6, 2.6, "公安委員会", gothic, 7, left, color.RGBA{170, 70, 40, 255})
	d := s.drawer(gothic, 11)
	d.DrawVertical(s.img, s.px(55.7), s.px(22), "運転免許証", color.RGBA{40, 120, 190, 255}, s.px(0.6))
}

func myNumberBackground(s *sheet, g *gen) {
	if img := loadBlank("mynumber-card-blank.png"); img != nil {
		s.drawScaled(img)
		return
	}
	// A drawn stand-in with the blank's geometry (mm = px × 0.1692).
	s.cardGradient(color.RGBA{250, 236, 236, 255}, color.RGBA{244, 244, 226, 255}, color.RGBA{236, 226, 190, 255}, g)
	s.label(2.9, 5.0, 5, 2.4, "氏名", gothic, 6.5, left)
	s.label(2.9, 10.3, 5, 2.4, "住所", gothic, 6.5, left)
	s.label(73.2, 14.0, 5, 2.4, "性別", gothic, 6.5, left)
	for _, l := range []struct {
		x float64
		t string
	}{{38.2, "年"}, {42.6, "月"}, {47.0, "日生"}, {60.2, "年"}, {65.5, "月"}, {70.2, "日まで有効"}} {
		s.label(l.x, 18.4, 12, 2.4, l.t, gothic, 6.5, left)
	}
	s.label(42.6, 21.6, 10, 2.4, "□□市長", gothic, 7, left)
	s.label(74.6, 7.6, 9, 2.2, "個人番号", gothic, 6.5, left)
	s.label(75.5, 9.6, 7, 2.2, "カード", gothic, 6.5, left)
	portrait(s, 10.5, 25, 15, 19)
}

// cardFont: values on cards print in a Mincho design; labels in Gothic.
const cardLabelPt = 5

func cardPerson(d *docData) Person { return d.p }

func layoutResidenceCard(s *sheet, d *docData, g *gen) {
	p := d.p
	if !p.Foreign || p.SpecialPermanent {
		p = g.foreigner(d.today)
	}
	addr := g.address(pickMuni(g))
	s.label(1.6, 2.2, 14, 2.2, "日本国政府", gothic, 6.5, left)
	s.label(1.6, 4.2, 20, 1.2, "GOVERNMENT OF JAPAN", mincho, 3.5, left)
	s.titleText(32.6, 2.0, 18.3, 3.0, "在留カード", gothic, 10)
	s.tpl.Title.Box = ocr.Rect{X: 31.6, Y: 1.7, W: 20.3, H: 2.8}
	s.label(40, 4.6, 20, 1.2, "RESIDENCE CARD", mincho, 3.5, left)
	s.label(60.8, 2.4, 4, 2.6, "番号", gothic, 6, left)
	s.slot = -1
	s.field(ocr.KeyCardNumber, ocr.KindCardNumber, 64.9, 2.2, 20.2, 3.0, p.CardNumber, p.CardNumber, mincho, 7.5, left, "番号")
	s.slot = 0
	s.label(1.6, 7.4, 5, 2.2, "氏名", gothic, cardLabelPt, left)
	s.label(1.6, 9.8, 6, 1.2, "NAME", mincho, 3.5, left)
	s.field(ocr.KeyRomanName, ocr.KindRoman, 7.4, 6.9, 52.6, 3.2, p.Roman, p.Roman, mincho, 8.5, left, "氏名")
	s.label(1.6, 12.9, 9, 2.2, "生年月日", gothic, cardLabelPt, left)
	s.field(ocr.KeyBirthDate, ocr.KindDate, 11.4, 12.6, 19.8, 3.0, seireki(p.BirthDate, false, false), p.BirthDate.ISO(), mincho, 7.5, left, "生年月日")
	s.label(31.6, 12.9, 4.2, 2.2, "性別", gothic, cardLabelPt, left)
	sexPrint := map[string]string{"男": "男 M.", "女": "女 F."}[p.Sex]
	s.field(ocr.KeySex, ocr.KindSex, 35.8, 12.6, 6.3, 3.0, sexPrint, p.Sex, mincho, 7.5, left, "性別")
	s.label(42.3, 12.9, 8.5, 2.2, "国籍・地域", gothic, cardLabelPt, left)
	s.field(ocr.KeyNationality, ocr.KindNationality, 50.7, 12.6, 9.8, 3.0, p.Nationality, p.Nationality, mincho, 7.5, left, "国籍・地域")
	s.label(1.6, 20.2, 7, 2.2, "住居地", gothic, cardLabelPt, left)
	s.field(ocr.KeyAddress, ocr.KindAddress, 8.6, 19.8, 51.6, 3.1, addr.Text, addr.Text, mincho, 6.5, left, "住居地")
	s.label(1.6, 25.0, 8, 2.2, "在留資格", gothic, cardLabelPt, left)
	s.field(ocr.KeyResidenceStatus, ocr.KindResidenceStatus, 9.4, 24.3, 32, 3.3, p.ResidenceStatus, p.ResidenceStatus, mincho, 8, left, "在留資格")
	s.label(24, 29.3, 14, 2.2, "就労制限の有無", gothic, cardLabelPt, left)
	s.field(ocr.KeyWorkRestriction, ocr.KindWorkRestriction, 38.8, 29.2, 21.4, 3.4, p.WorkRestriction, p.WorkRestriction, mincho, 7.5, left, "就労制限の有無")
	s.label(1.6, 34.6, 16, 2.2, "在留期間（満了日）", gothic, cardLabelPt, left)
	period := "無期限"
	tPeriod, tExp := "", ""
	if !p.Period.IsZero() {
		period = fw(p.Period.Japanese()) + "（" + fw(seireki(p.PeriodExpiry, true, false)) + "）"
		tPeriod, tExp = p.Period.Code(), p.PeriodExpiry.ISO()
	}
	s.field(ocr.KeyPeriodOfStay, ocr.KindCardPeriod, 19.8, 34.8, 40.6, 3.4, period, tPeriod, mincho, 7.5, left, "在留期間（満了日）")
	if tExp != "" {
		s.truth.Persons[0][ocr.KeyPeriodExpiry] = tExp
	}
	s.label(1.6, 40.5, 10, 2.2, "許可の種類", gothic, cardLabelPt, left)
	s.label(12, 40.2, 34, 2.8, "在留期間更新許可（福岡出入国在留管理局長）", mincho, 6, left)
	issued := p.PeriodExpiry.AddDays(-400)
	if p.Period.IsZero() {
		issued = d.today.AddDays(-300)
	}
	s.label(1.6, 44.5, 10, 2.2, "許可年月日", gothic, cardLabelPt, left)
	s.label(12, 44.2, 17, 2.6, seireki(issued, true, false), mincho, 6.5, left)
	s.label(30, 44.5, 10, 2.2, "交付年月日", gothic, cardLabelPt, left)
	s.label(40.5, 44.2, 17, 2.6, seireki(issued, true, false), mincho, 6.5, left)
	s.label(1.6, 48.1, 12, 2.4, "このカードは", gothic, 5.5, left)
	s.slot = -1
	s.field(ocr.KeyCardExpiry, ocr.KindExpiry, 15.0, 47.7, 39.2, 3.3, fw(seireki(p.CardExpiry, true, false))+"まで有効", p.CardExpiry.ISO(), mincho, 8, left, "有効期間")
	s.label(55.5, 48.1, 5, 2.4, "です。", gothic, 5.5, left)
	s.label(65, 47.6, 12, 3, "法務大臣", mincho, 8, left)
	s.fillRect(78, 46, 5.5, 5.5, sealRed)
}

func pickMuni(g *gen) Municipality {
	m, _ := ocr.SeedLibrary().Municipality(pick(g, []string{"402168", "402036", "401323", "401331", "402176", "412031"}))
	return m
}

func layoutSpecialPermanent(s *sheet, d *docData, g *gen) {
	p := g.specialPermanentResident(d.today)
	addr := g.address(pickMuni(g))
	s.label(1.6, 2.2, 14, 2.2, "日本国政府", gothic, 6.5, left)
	s.titleText(26, 2.0, 30, 3.0, "特別永住者証明書", gothic, 9.5)
	s.label(60.8, 6.2, 4, 2.6, "番号", gothic, 6, left)
	s.slot = -1
	s.field(ocr.KeyCardNumber, ocr.KindCardNumber, 64.9, 6.0, 20.2, 3.0, p.CardNumber, p.CardNumber, mincho, 7.5, left, "番号")
	s.slot = 0
	s.label(1.6, 8.0, 5, 2.2, "氏名", gothic, cardLabelPt, left)
	s.field(ocr.KeyRomanName, ocr.KindRoman, 7.4, 7.2, 52, 3.2, p.Roman, p.Roman, mincho, 8.5, left, "氏名")
	s.field(ocr.KeyFullName, ocr.KindName, 7.4, 10.8, 40, 3.4, p.FullName(), p.FullName(), mj, 9, left, "漢字氏名")
	s.label(1.6, 16.4, 9, 2.2, "生年月日", gothic, cardLabelPt, left)
	s.field(ocr.KeyBirthDate, ocr.KindDate, 11.4, 16.0, 19.8, 3.0, seireki(p.BirthDate, false, false), p.BirthDate.ISO(), mincho, 7.5, left, "生年月日")
	s.label(31.6, 16.4, 4.2, 2.2, "性別", gothic, cardLabelPt, left)
	s.field(ocr.KeySex, ocr.KindSex, 35.8, 16.0, 6.3, 3.0, map[string]string{"男": "男 M.", "女": "女 F."}[p.Sex], p.Sex, mincho, 7.5, left, "性別")
	s.label(42.3, 16.4, 8.5, 2.2, "国籍・地域", gothic, cardLabelPt, left)
	s.field(ocr.KeyNationality, ocr.KindNationality, 50.7, 16.0, 9.8, 3.0, p.Nationality, p.Nationality, mincho, 7.5, left, "国籍・地域")
	s.label(1.6, 22.8, 7, 2.2, "住居地", gothic, cardLabelPt, left)
	s.field(ocr.KeyAddress, ocr.KindAddress, 8.6, 22.4, 51.6, 3.1, addr.Text, addr.Text, mincho, 6.5, left, "住居地")
	s.label(1.6, 48.1, 12, 2.4, "有効期間の満了日", gothic, 5.5, left)
	s.slot = -1
	s.field(ocr.KeyCardExpiry, ocr.KindExpiry, 16.5, 47.7, 39.2, 3.3, fw(seireki(p.CardExpiry, true, false))+"まで有効", p.CardExpiry.ISO(), mincho, 8, left, "有効期間")
	s.label(65, 47.6, 14, 3, "法務大臣", mincho, 8, left)
}

// licenseInk is the near-black of a licence's printed data.
var licenseInk = color.RGBA{30, 30, 40, 255}

func layoutLicenseFront(s *sheet, d *docData, g *gen) {
	p := d.p
	if p.Foreign {
		p = g.japanese(pick(g, surnames), "男", g.date(juki.Date{Year: 1950, Month: 1, Day: 1}, juki.Date{Year: 2004, Month: 12, Day: 31}), false)
	}
	if p.BirthDate.After(juki.Date{Year: 2006, Month: 1, Day: 1}) {
		p.BirthDate = p.BirthDate.AddDays(-365 * 20)
	}
	addr := d.h.Address
	lic := g.licenseNumber(p.BirthDate)
	s.slot = 0
	// 氏名 in the box (blank px 78–427, 28–58 → mm ÷ 7.956).
	f := mincho
	if hasVariant(p.FullName()) {
		f = mj
	}
	s.field(ocr.KeyFullName, ocr.KindName, 10.0, 3.7, 43.4, 3.6, p.FullName(), p.FullName(), f, 10, left, "氏名")
	// 生年月日: era and year before the printed 年, month before 月, day before 日生.
	e, y, _ := p.BirthDate.Era()
	era := e.Name + fw2(y)
	s.text(54.0, 3.6, 9.4, 3.7, era, mincho, 8, right, licenseInk)
	s.text(63.8, 3.6, 6.7, 3.7, fw2(p.BirthDate.Month), mincho, 8, right, licenseInk)
	s.text(70.8, 3.6, 6.7, 3.7, fw2(p.BirthDate.Day), mincho, 8, right, licenseInk)
	s.fieldBox(ocr.KeyBirthDate, ocr.KindDate, 54.4, 3.7, 27.0, 3.5, p.BirthDate.ISO(), "生年月日")
	s.field(ocr.KeyAddress, ocr.KindAddress, 10.0, 11.6, 72.0, 3.4, addr.Text, addr.Text, mincho, 8.5, left, "住所")
	// 有効期限 in the brown band: 令和11年(2029年)06月12日まで有効.
	exp := juki.Date{Year: d.today.Year + g.between(1, 4), Month: p.BirthDate.Month, Day: min(p.BirthDate.Day, 28)}.AddDays(30)
	ee, ey, _ := exp.Era()
	white := color.RGBA{255, 255, 255, 255}
	s.text(2.5, 19.0, 9.3, 4.7, ee.Name+fw2(ey), gothic, 10, right, white)
	s.text(16.2, 19.0, 8.8, 4.7, fw(itoa4(exp.Year)), gothic, 10, right, white)
	s.text(29.2, 19.0, 4.3, 4.7, fw2(exp.Month), gothic, 10, right, white)
	s.text(36.0, 19.0, 3.8, 4.7, fw2(exp.Day), gothic, 10, right, white)
	s.slot = -1
	s.fieldBox(ocr.KeyCardExpiry, ocr.KindDateParts, 2.0, 19.0, 51, 4.7, exp.ISO(), "有効期限")
	defs := s.slotBox[-1]
	defs[len(defs)-1].Parts = []ocr.Rect{{X: 16.2, Y: 19.2, W: 8.8, H: 4.3}, {X: 29.6, Y: 19.2, W: 3.9, H: 4.3}, {X: 36.2, Y: 19.2, W: 3.6, H: 4.3}}
	// 番号: paint over the sample number and print ours.
	s.fillRect(14.4, 36.6, 30.4, 3.9, sampleColor(s, 13.6, 38))
	s.field(ocr.KeyLicenseNumber, ocr.KindDigits, 14.6, 36.7, 30.0, 3.7, lic, lic, gothic, 10.5, left, "番号")
	pref := d.h.Issuer.Prefecture
	s.fillRect(57.8, 45.3, 11.6, 2.4, sampleColor(s, 57.4, 46))
	s.field("_issuer", ocr.KindIssuer, 57.8, 45.3, 11.6, 2.4, pref, "", gothic, 6.5, left, "公安委員会")
	prefM, _ := ocr.SeedLibrary().MatchIssuer(pref + "公安委員会")
	s.truth.IssuerLgCode = prefM.LgCode
	s.tpl.Title = ocr.TitleDef{Text: "公安委員会", Box: ocr.Rect{X: 57.4, Y: 47.3, W: 12.6, H: 3.2}}
}

func fw2(n int) string { return fw(string([]byte{byte('0' + n/10%10), byte('0' + n%10)})) }

func itoa4(n int) string {
	return string([]byte{byte('0' + n/1000%10), byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

// sampleColor returns the sheet's colour at a point (mm).
func sampleColor(s *sheet, x, y float64) color.Color {
	return s.img.At(int(s.px(x)), int(s.px(y)))
}

// fieldBox records a field whose value the layout drew piecewise.
func (s *sheet) fieldBox(key string, kind ocr.FieldKind, x, y, w, h float64, truth, label string) {
	s.field(key, kind, x, y, w, h, "", truth, gothic, 8, left, label)
}

func layoutLicenseBack(s *sheet, d *docData, g *gen) {
	p := d.p
	lw := 0.2
	s.titleText(3, 2.5, 10, 4, "備考", gothic, 8)
	s.rect(2.5, 7, 80.6, 30, lw)
	for i := 1; i < 4; i++ {
		s.hline(2.5, 83.1, 7+7.5*float64(i), lw)
	}
	n := g.between(1, 3)
	date := d.today.AddDays(-g.between(30, 700))
	s.slot = 0
	var last string
	muni := pickMuni(g)
	for i := 0; i < 4; i++ {
		var print string
		if i < n {
			a := g.address(muni)
			if g.chance(0.5) {
				muni = pickMuni(g)
			}
			dd := date.AddDays(i * g.between(60, 200))
			print = wareki(dd, true, false) + "　住所　" + a.Text
			last = a.Text
		}
		s.field(ocr.KeyAddress, ocr.KindNote, 3.0, 7.4+7.5*float64(i), 68, 6.7, print, "", mincho, 7, left, "備考")
		if i < n {
			s.text(71.5, 7.4+7.5*float64(i), 10, 6.7, "福岡県公安委員会", gothic, 4.5, left, color.RGBA{170, 60, 50, 255})
		}
	}
	s.truth.Persons = []map[string]string{{ocr.KeyAddress: last}}
	s.label(3, 40, 40, 3, "臓器提供意思　1. 2. 3.", gothic, 6, left)
	s.label(3, 44, 60, 3, "署名", gothic, 6, left)
	s.hline(10, 60, 47, lw)
	_ = p
	_ = strings.TrimSpace
}

func layoutMyNumber(s *sheet, d *docData, g *gen) {
	p := d.p
	if p.Foreign {
		p = g.japanese(pick(g, surnames), "女", g.date(juki.Date{Year: 1950, Month: 1, Day: 1}, juki.Date{Year: 2010, Month: 12, Day: 31}), false)
	}
	addr := d.h.Address
	s.slot = 0
	f := mincho
	if hasVariant(p.FullName()) {
		f = mj
	}
	s.field(ocr.KeyFullName, ocr.KindName, 7.6, 4.4, 48, 3.2, p.FullName(), p.FullName(), f, 9.5, left, "氏名")
	s.field(ocr.KeyAddress, ocr.KindAddress, 7.6, 9.6, 60, 3.2, addr.Text, addr.Text, mincho, 7.5, left, "住所")
	bg := sampleColor(s, 76.5, 12.5)
	s.fillRect(78.6, 13.3, 3.4, 3.2, bg)
	s.field(ocr.KeySex, ocr.KindSex, 78.6, 13.4, 3.4, 3.0, p.Sex, p.Sex, mincho, 7.5, center, "性別")
	e, y, _ := p.BirthDate.Era()
	s.fillRect(30.2, 18.2, 7.6, 2.6, bg)
	s.fillRect(39.9, 18.2, 2.6, 2.6, bg)
	s.fillRect(44.3, 18.2, 2.6, 2.6, bg)
	s.text(28.0, 18.1, 10.0, 2.6, e.Name+itoa2(y), mincho, 6.5, right, licenseInk)
	s.text(39.6, 18.1, 3.0, 2.6, itoa2(p.BirthDate.Month), mincho, 6.5, right, licenseInk)
	s.text(44.0, 18.1, 3.0, 2.6, itoa2(p.BirthDate.Day), mincho, 6.5, right, licenseInk)
	s.fieldBox(ocr.KeyBirthDate, ocr.KindDate, 28.0, 18.0, 24.0, 2.8, p.BirthDate.ISO(), "生年月日")
	exp := juki.Date{Year: d.today.Year + g.between(1, 9), Month: p.BirthDate.Month, Day: min(p.BirthDate.Day, 28)}
	s.fillRect(53.6, 18.2, 6.4, 2.6, bg)
	s.fillRect(61.8, 18.2, 3.4, 2.6, bg)
	s.fillRect(66.8, 18.2, 3.4, 2.6, bg)
	s.text(53.4, 18.1, 6.6, 2.6, itoa4(exp.Year), mincho, 6.5, right, licenseInk)
	s.text(61.6, 18.1, 3.4, 2.6, itoa2(exp.Month), mincho, 6.5, right, licenseInk)
	s.text(66.6, 18.1, 3.4, 2.6, itoa2(exp.Day), mincho, 6.5, right, licenseInk)
	s.slot = -1
	s.fieldBox(ocr.KeyCardExpiry, ocr.KindExpiry, 53.2, 18.0, 28.4, 2.8, exp.ISO(), "有効期限")
	s.fillRect(42.4, 21.5, 10.6, 2.6, bg)
	iss := d.h.Address.Muni
	s.field("_issuer", ocr.KindIssuer, 38.0, 21.4, 15.2, 2.8, iss.Name+"長", "", mincho, 7, right, "")
	s.truth.IssuerLgCode = iss.LgCode
	s.tpl.Title = ocr.TitleDef{Text: "個人番号", Box: ocr.Rect{X: 74.2, Y: 8.0, W: 8.6, H: 2.0}}
}

func itoa2(n int) string { return string([]byte{byte('0' + n/10%10), byte('0' + n%10)}) }
