package ocr

import (
	"math"
	"strconv"
	"testing"

	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// The forms the benchmark accepted wrongly at ≥ 0.9 are held; the real names and addresses beside them are not.
func TestShapeDoubts_A3_impossibleFormsAreHeld(t *testing.T) {
	names := map[string]bool{
		"隆": true, "今村次郎": true, "渡辺　の": true, "本村　優き": true, "松本健太ー　ー": true, "田邊夢　ーー": true,
		"I":     true,
		"山田　太郎": false, "佐々木　さくら": false, "髙橋　一郎": false, "SMITH JOHN": false,
	}
	for v, want := range names {
		if got := nameShapeDoubt(v); got != want {
			t.Errorf("nameShapeDoubt(%q) = %v, want %v", v, got, want)
		}
	}
	kana := map[string]bool{
		"タタナベベ　ジュンコ": true, "マツモトジュンコーー": true,
		"ササキ　ミキ": false, "ノノムラ　マリー": false, "タナベ　ジュンコ": false,
	}
	for v, want := range kana {
		if got := kanaShapeDoubt(v); got != want {
			t.Errorf("kanaShapeDoubt(%q) = %v, want %v", v, got, want)
		}
	}
	addresses := map[string]bool{
		"佐賀県鳥栖市蔵上丁目２５番１４号":              true,
		"福岡県大刀洗町大字冨多４５１番地ハイツ花園５０当号":     true,
		"福岡県小郡市松崎３３０番１地２":               true,
		"福岡県久留米市野中町１０５０番好１０":            true,
		"佐賀県基山町大字小倉８４８番地ーー１１":           true,
		"佐賀県鳥栖市蔵上１丁目１５番１９号－リ":           true,
		"福岡県朝倉市菩提寺１８４４番地９コーボポ松原２０７号":    true,
		"福岡県福岡市博多区住吉４」目９番１８号":           true,
		"福岡県福岡市博多区住吉４丁目９番１８号グリーンヒル３０７号": false,
		"佐賀県鳥栖市蔵上１丁目１４番７号レジデンスズ天神３０７号":  true,
		"福岡県筑紫野市湯町３丁目９番１号ハイツツ花園４０３号":    true,
		"佐賀県鳥栖市蔵上１丁目１４番７号レジデンス天神３０７号":   false,
		"福岡県筑紫野市湯町３丁目９番１号ハイツツバキ４０３号":    false,
		"福岡県久留米市国分町２１４１番地スズラン荘２号":       false,
		"福岡県朝倉市菩提寺１８４４番地９コーポ松原２０７号":     false,
		"宮城県仙台市青葉区一番町四丁目１番１号":           false,
		"福岡県小郡市松崎３３０番地１２":               false,
		"福岡県朝倉市菩提寺１４０３番地２２レジデンス天神－１０２号": true,
		"福岡県朝倉市菩提寺１４０３番地２２－１０２号":        false,
		"福岡県朝倉市菩提寺１４０３番地２２コーポＡ－１０２号":    false,
	}
	for v, want := range addresses {
		if got := addressShapeDoubt(v); got != want {
			t.Errorf("addressShapeDoubt(%q) = %v, want %v", v, got, want)
		}
	}
}

// dateLine renders a printed date as the reader sees a prepared field.
func dateLine(t *testing.T, printed string) lineImage {
	t.Helper()
	img := renderText(printed, fonts.Gothic, 40)
	if img == nil {
		t.Skip("IPAゴシック not installed")
	}
	return lineImage{src: img, band: imaging.InkBounds(img, inkThreshold)}
}

// A digit dropped (13 read as 1) or confused (8 read as 5) gives a valid date the recogniser is sure of; the
// glyphs between 年, 月 and 日 tell.
func TestCheckDateGlyphs_A3_droppedAndConfusedDigits(t *testing.T) {
	li := dateLine(t, "平成30年6月13日")
	for raw, want := range map[string]dateGlyphVerdict{
		"平成30年6月13日": dateGlyphAgrees,
		"平成30年6月1日":  dateGlyphDisagrees,
		"平成30年6月18日": dateGlyphDisagrees,
		"平成30年8月13日": dateGlyphDisagrees,
		"平成38年6月13日": dateGlyphDisagrees,
	} {
		if got, _ := checkDateGlyphs(li, raw, "gothic"); got != want {
			t.Errorf("printed 平成30年6月13日, read %q: %v, want %v", raw, got, want)
		}
	}
	if got, fixed := checkDateGlyphs(dateLine(t, "1966年12月8日"), "1966年12月5日", "gothic"); got != dateGlyphDisagrees || fixed != "1966年12月8日" {
		t.Errorf("8 read as 5: %v, glyphs read %q", got, fixed)
	}
	// Every 0 read as 9 (a legacy layout's font): the glyphs read the date as printed.
	if got, fixed := checkDateGlyphs(dateLine(t, "平成01年01月29日"), "平成91年91月29日", "gothic"); got != dateGlyphDisagrees || fixed != "平成01年01月29日" {
		t.Errorf("0 read as 9: %v, glyphs read %q", got, fixed)
	}
}

// 性別 and 続柄 boxes that match one entry of their vocabulary clearly skip the line recogniser; a box that
// matches none (here two words) goes through it.
func TestByGlyphAlone_R8_clearVocabularySkipsTesseract(t *testing.T) {
	line := func(s string) lineImage { return renderedLine(t, s, fonts.MJMincho) }
	for _, c := range []struct {
		printed string
		def     FieldDef
		want    string
		ok      bool
	}{
		{"男", FieldDef{Kind: KindSex, Font: "mincho"}, "男", true},
		{"女", FieldDef{Kind: KindSex, Font: "mincho"}, "女", true},
		{"妻", FieldDef{Kind: KindRelationship, Font: "mincho"}, "妻", true},
		{"長女", FieldDef{Kind: KindRelationship, Label: "父母との続柄", Font: "mincho"}, "長女", true},
		{"男女", FieldDef{Kind: KindSex, Font: "mincho"}, "", false},
		{"男", FieldDef{Kind: KindName, Font: "mincho"}, "", false},
	} {
		v, _, ok := byGlyphAlone(line(c.printed), c.def)
		if v != c.want || ok != c.ok {
			t.Errorf("%q as %s: %q %v, want %q %v", c.printed, c.def.Kind, v, ok, c.want, c.ok)
		}
	}
}

// A 住民票コード or 個人番号 box whose digits each match their glyph clearly and pass the check digit skips the
// line recogniser (two of a person's ~8 line reads); a number that fails its check digit — one digit misprinted
// here, or misread — goes through the recogniser and its repairs.
func TestIdentifierByGlyphAlone_R8_checkedDigitsSkipTesseract(t *testing.T) {
	line := func(s string) lineImage { return renderedLine(t, s, fonts.Mincho) }
	myNumber := func(first11 string) string {
		d, err := juki.MyNumberCheckDigit(first11)
		if err != nil {
			t.Fatal(err)
		}
		return first11 + strconv.Itoa(d)
	}
	residentCode := func(first10 string) string {
		d, err := juki.ResidentCodeCheckDigit(first10)
		if err != nil {
			t.Fatal(err)
		}
		return first10 + strconv.Itoa(d)
	}
	good, code := myNumber("52664992749"), residentCode("1010482271")
	bad := good[:11] + strconv.Itoa((int(good[11]-'0')+1)%10)
	for _, c := range []struct {
		printed string
		def     FieldDef
		want    string
		ok      bool
	}{
		{good, FieldDef{Key: KeyMyNumber, Kind: KindDigits, Font: "mincho"}, good, true},
		{code, FieldDef{Key: KeyResidentCode, Kind: KindDigits, Font: "mincho"}, code, true},
		{bad, FieldDef{Key: KeyMyNumber, Kind: KindDigits, Font: "mincho"}, "", false},
		{good, FieldDef{Key: KeyResidentCode, Kind: KindDigits, Font: "mincho"}, "", false}, // 12 digits in an 11-digit box
		{good, FieldDef{Key: KeyCardNumber, Kind: KindCardNumber, Font: "mincho"}, "", false},
	} {
		v, ok := identifierByGlyphAlone(line(c.printed), c.def)
		if v != c.want || ok != c.ok {
			t.Errorf("%s printed as %s: %q %v, want %q %v", c.printed, c.def.Key, v, ok, c.want, c.ok)
		}
	}
}

// renderedLine is s printed in f at 40 pixels, as a line the glyph readers take.
func renderedLine(t *testing.T, s string, f fonts.Family) lineImage {
	t.Helper()
	img := renderText(s, f, 40)
	if img == nil {
		t.Skipf("font %s not installed", f)
	}
	return lineImage{src: img, band: imaging.InkBounds(img, inkThreshold)}
}

// A date box whose era, digits, 年, 月 and 日 all match their glyphs clearly is read without the line recogniser;
// a date that does not exist as printed, one with more after 日, or an era year 元 goes through it (R8).
func TestDateByGlyphAlone_R8_clearDatesSkipTesseract(t *testing.T) {
	for _, c := range []struct {
		printed, key string
		want         string
		ok           bool
	}{
		{"令和４年１１月２３日", KeyAddressSince, "2022-11-23", true},
		{"昭和２１年１０月２５日", KeyBirthDate, "1946-10-25", true},
		{"平成９年３月８日", KeyBirthDate, "1997-03-08", true},
		{"１９８５年１２月３１日", KeyBirthDate, "1985-12-31", true},
		{"令和４年１３月２３日", KeyAddressSince, "", false},
		{"令和４年１１月２３日まで有効", KeyAddressSince, "", false},
		{"平成元年５月１日", KeyBirthDate, "", false},
	} {
		for _, f := range []fonts.Family{fonts.Mincho, fonts.Gothic} {
			v, _, ok := dateByGlyphAlone(renderedLine(t, c.printed, f), FieldDef{Key: c.key, Kind: KindDate, Font: string(f)})
			if v != c.want || ok != c.ok {
				t.Errorf("%s in %s: %q %v, want %q %v", c.printed, f, v, ok, c.want, c.ok)
			}
		}
	}
}

// dot, with its eight sums, is the plain inner product to within 1e-5 on appearances of every length.
func TestDot_isTheInnerProduct(t *testing.T) {
	for _, n := range []int{0, 1, 7, 8, 9, glyphN * glyphN} {
		a, b := make([]float32, n), make([]float32, n)
		for i := range a {
			a[i], b[i] = float32((i*37)%23)/23-0.5, float32((i*11)%17)/17-0.5
		}
		if got, want := dot(a, b), plainDot(a, b); math.Abs(got-want) > 1e-5 {
			t.Errorf("n %d: dot %v, the plain sum %v", n, got, want)
		}
	}
}

func plainDot(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

// BenchmarkDot compares dot with the plain sum it replaced, on two glyph appearances (R8).
func BenchmarkDot(b *testing.B) {
	x, y := make([]float32, glyphN*glyphN), make([]float32, glyphN*glyphN)
	for i := range x {
		x[i], y[i] = float32(i%7)/7, float32(i%11)/11
	}
	var sink float64
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			sink += plainDot(x, y)
		}
	})
	b.Run("dot", func(b *testing.B) {
		for b.Loop() {
			sink += dot(x, y)
		}
	})
	_ = sink
}
