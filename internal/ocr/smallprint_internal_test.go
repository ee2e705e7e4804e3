package ocr

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// smallPrintLine prints s in f at pitch pixels per character the way a low-resolution card scan shows it
// (rendered four times larger, averaged down, blurred, saved as JPEG at quality 60 on a tinted ground) and
// prepares it as a field line.
func smallPrintLine(t *testing.T, s string, f fonts.Family, pitch float64) lineImage {
	t.Helper()
	li, _ := printLine(t, s, f, pitch, linePrint{ground: 205, ink: 40, blur: 0.6, quality: 60})
	return li
}

// linePrint is how a test line is printed and scanned: the ground's and the ink's grey, the blur after the
// shrink to the print's pixels and the JPEG quality.
type linePrint struct {
	ground, ink uint8
	blur        float64
	quality     int
}

// printLine prints s in f at pitch pixels per character (rendered four times larger, averaged down, blurred,
// saved as JPEG), prepares it as a field line, and returns it with the horizontal place, in render pixels, of
// each character's start and of the line's end.
func printLine(t *testing.T, s string, f fonts.Family, pitch float64, p linePrint) (lineImage, []float64) {
	t.Helper()
	d, err := fonts.NewDrawer(f, pitch*4)
	if err != nil {
		t.Skipf("font %s: %v", f, err)
	}
	x0 := pitch * 4
	w := int(d.Advance(s, 0)) + int(pitch*8)
	hi := image.NewGray(image.Rect(0, 0, w, int(pitch*4*2.2)))
	for i := range hi.Pix {
		hi.Pix[i] = p.ground
	}
	d.Draw(hi, x0, pitch*4*1.5, s, color.Gray{Y: p.ink}, 0)
	lo := imaging.GaussianBlur(imaging.Resize(hi, w/4, hi.Rect.Dy()/4), p.blur)
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, lo, &jpeg.Options{Quality: p.quality}); err != nil {
		t.Fatal(err)
	}
	img, err := jpeg.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	g := imaging.ToGray(img)
	li := prepareLine(imaging.Crop(g, g.Rect), pitch*0.9) // compact rows, as the page's crops are
	if li.empty {
		t.Fatalf("%s at %.0f px: no line found", s, pitch)
	}
	rs := []rune(s)
	at := make([]float64, len(rs)+1)
	for i := range at {
		at[i] = x0 + d.Advance(string(rs[:i]), 0)
	}
	return li, at
}

// smallPrintAddresses are synthetic addresses of the forms certificates and cards print: 住居表示 with 号, 地番
// with 番地, building names in katakana and kanji, room numbers.
var smallPrintAddresses = []string{
	"東京都千代田区霞が関１丁目１番１号霞が関ハイツ２０２号",
	"福岡県小郡市小郡１２３４番地５",
	"福岡県福岡市東区香椎４丁目１２番７号メゾン城南３０８号",
	"福岡県久留米市東町２５番地１６コーポ松原１０５号",
	"佐賀県鳥栖市本町３丁目８番２１号サンハイツ４０１号",
	"福岡県春日市春日公園６丁目２番３号",
	"福岡県大野城市白木原１丁目１４番５号グリーンヒル２０３号",
	"福岡県太宰府市五条２丁目２５番１号レジデンス天神５０７号",
	"福岡県筑紫野市二日市中央３丁目９番１７号パークサイド１０２号",
	"大阪府大阪市北区梅田３丁目５番８号サンライズタワー１２０１号",
	"福岡県朝倉市甘木８７６番地",
	"神奈川県横浜市中区山下町２７９番地ヴィラ・ソレイユ３０５号",
}

// The check of small print leaves a right reading as it is, and puts right what the line recogniser gets wrong
// there — a katakana for its look-alike, 号 read as another character, a digit added or confused — on addresses printed
// at 8 and 9 pixels per character, as the 375-pixel 在留カード 見本 prints them (A4).
func TestSmallPrintAddress_A4_readingsCheckedAgainstTheirSquares(t *testing.T) {
	type misread struct {
		name string
		from func(string) (string, bool)
	}
	replaceFirst := func(old, new string) func(string) (string, bool) {
		return func(s string) (string, bool) {
			if !strings.Contains(s, old) {
				return "", false
			}
			return strings.Replace(s, old, new, 1), true
		}
	}
	lastRoomDigit := func(edit func(d rune) string) func(string) (string, bool) {
		return func(s string) (string, bool) {
			rs := []rune(s)
			// A room number: digits before a last 号 that is not the 番's (…１番１号).
			if len(rs) < 3 || rs[len(rs)-1] != '号' || !isDigitRune(rs[len(rs)-2]) || strings.Count(s, "号") < 2 {
				return "", false
			}
			return string(rs[:len(rs)-2]) + edit(rs[len(rs)-2]) + "号", true
		}
	}
	misreads := []misread{
		{"ハ as ヘ", replaceFirst("ハ", "ヘ")},
		{"ツ as シ", replaceFirst("ツ", "シ")},
		{"号 as 全", gouAfterBanAs('全')},
		{"号 as サ", gouAfterBanAs('サ')},
		{"a digit added to the room number", lastRoomDigit(func(d rune) string { return string(d) + "４" })},
		{"a room number's last digit confused", lastRoomDigit(func(d rune) string {
			if d == '３' {
				return "８"
			}
			return "３"
		})},
	}
	changedRight, fixed, tried := 0, 0, 0
	for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
		for _, pitch := range []float64{8, 9} {
			for _, addr := range smallPrintAddresses {
				li := smallPrintLine(t, addr, f, pitch)
				if li.bandH > smallPrintBand {
					t.Fatalf("%s at %.0f px: band %d, above the small-print band", addr, pitch, li.bandH)
				}
				if got, changed := smallPrintAddress(li, addr, string(f)); changed {
					changedRight++
					t.Errorf("%s in %s at %.0f px: a right reading changed to %s", addr, f, pitch, got)
				}
				for _, m := range misreads {
					read, ok := m.from(addr)
					if !ok {
						continue
					}
					tried++
					if got, _ := smallPrintAddress(li, read, string(f)); got == addr {
						fixed++
					} else {
						t.Logf("%s in %s at %.0f px, %s: %s → %s", addr, f, pitch, m.name, read, got)
					}
				}
			}
		}
	}
	t.Logf("misreads put right: %d of %d; right readings changed: %d", fixed, tried, changedRight)
	if fixed*10 < tried*9 {
		t.Errorf("%d of %d misreads put right, want at least 90 %%", fixed, tried)
	}
	// Large print is left to the other checks.
	big := renderedLine(t, smallPrintAddresses[0], fonts.MJMincho)
	big.bandH = big.band.Dy()
	if got, changed := smallPrintAddress(big, strings.Replace(smallPrintAddresses[0], "ハ", "ヘ", 1), "mincho"); changed {
		t.Errorf("a 40-pixel line was checked as small print: %s", got)
	}
}

// gouAfterBanAs is the misread of the 号 after a 番's number as r (１番１全, １番１サ).
func gouAfterBanAs(r rune) func(string) (string, bool) {
	return func(s string) (string, bool) {
		i := strings.Index(s, "番")
		if i < 0 {
			return "", false
		}
		rest := []rune(s[i+len("番"):])
		k := 0
		for k < len(rest) && isDigitRune(rest[k]) {
			k++
		}
		if k == 0 || k >= len(rest) || rest[k] != '号' {
			return "", false
		}
		rest[k] = r
		return s[:i+len("番")] + string(rest), true
	}
}
