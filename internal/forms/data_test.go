package forms

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/third_party/gopdf"
)

// Data keys are the JSON paths validation issues use, so a click on the form reaches the right input.
func TestDataFromNotification_keysAreJSONPaths(t *testing.T) {
	n, ex := SampleNotification()
	d := DataFromNotification(n, ex)
	for key, want := range map[string]string{
		"reason":                      "move_in",
		"notifiedOn":                  "2026-04-06",
		"newAddress.line":             "福岡県小郡市小郡255番地の1",
		"newAddress.katagaki":         "ひまわり荘101号",
		"persons.0.familyName":        SampleYoshida + "田",
		"persons.0.myNumber":          "739528410630",
		"persons.0.isHeadOfHousehold": "true",
		"persons.1.nationality":       "ベトナム",
		"persons.3.givenName":         SampleKuzuIVS + "枝",
		KeyReceiptNumber:              "0406-012",
		KeyOfficeMyNumberCard:         "継続利用\n記載変更済",
	} {
		if got := d.Value(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
	if _, ok := d.Fields["persons.0.nationality"]; ok {
		t.Error("empty values are kept")
	}
	if d.PersonCount() != 4 {
		t.Errorf("PersonCount = %d", d.PersonCount())
	}
	// Every path a juki validation issue can name for the sample's persons is a key the layout can print.
	keys := map[string]bool{}
	for _, k := range NotificationLayout().Keys() {
		keys[k] = true
	}
	for _, f := range []string{"familyName", "givenName", "birthDate", "myNumber", "residentCode", "domicile", "cardNumber", "periodExpiry"} {
		if !keys["persons.*."+f] {
			t.Errorf("the layout has no field for persons.*.%s", f)
		}
	}
}

// The sample is a complete, valid 転入 (juki.Validate finds no error): what `kakanai render --sample` prints is
// a 届出 a counter could accept.
func TestSampleNotification_isValid(t *testing.T) {
	n, _ := SampleNotification()
	for _, is := range juki.Validate(n, juki.Date{Year: 2026, Month: 4, Day: 6}) {
		if is.Severity == juki.SeverityError {
			t.Errorf("%s: %s", is.Path, is.Message)
		}
	}
	if !strings.Contains(n.Persons[3].GivenName, "\U000E0102") || !strings.Contains(n.Persons[3].FamilyName, "髙") ||
		!strings.Contains(n.Persons[0].FamilyName, "\U00020BB7") || !n.Persons[1].IsForeign() {
		t.Error("the sample lost one of the characters or the foreign spouse it exists to show")
	}
}

// Formats print 和暦 (西暦 for foreigners where the layout says so), 男/女, labels and 個人番号 in fours.
func TestFormats(t *testing.T) {
	jp, fg := formatContext{}, formatContext{foreign: true, foreignDates: "seireki"}
	for _, c := range []struct {
		format, in string
		ctx        formatContext
		want       string
	}{
		{"date", "1985-04-12", jp, "昭和60年4月12日"},
		{"date", "S60.4.12", jp, "昭和60年4月12日"},
		{"date", "2019-05-01", jp, "令和元年5月1日"},
		{"date", "1990-07-03", fg, "1990年7月3日"},
		{"date", "1990-07-03", formatContext{foreign: true}, "平成2年7月3日"},
		{"date", "2026-02-30", jp, "2026-02-30"}, // unreadable: printed as entered, validation reports it
		{"wareki", "3600412", jp, "昭和60年4月12日"},
		{"sex", "1", jp, "男"}, {"sex", "female", jp, "女"},
		{"reason", "move_in_special", jp, "特例転入"}, {"reason", "転居", jp, "転居"},
		{"notifier", "agent", jp, "代理人"},
		{"category", "special_permanent", fg, "特別永住者"},
		{"periodOfStay", "0403000", fg, "4年3月"}, {"periodOfStay", "0000000", fg, ""},
		{"digits4", "１２３４５６７８９０１８", jp, "1234 5678 9018"}, {"digits4", "12345", jp, "12345"},
		{"bool", "true", jp, "✓"}, {"bool", "", jp, ""},
	} {
		if got := formatters[c.format](c.in, c.ctx); got != c.want {
			t.Errorf("%s(%q) = %q, want %q", c.format, c.in, got, c.want)
		}
	}
}

// Mask patterns: * is one segment, a pattern covers the keys below it.
func TestMaskProfile_patterns(t *testing.T) {
	p := MaskProfile{Name: "t", Fields: []string{"persons.*.myNumber", "newAddress"}}
	for key, want := range map[string]bool{
		"persons.0.myNumber": true, "persons.12.myNumber": true, "persons.0.myNumberX": false,
		"newAddress.line": true, "newAddress.katagaki": true, "oldAddress.line": false, "persons.myNumber": false,
	} {
		if p.Masks(key) != want {
			t.Errorf("Masks(%s) = %v", key, !want)
		}
	}
	var none *MaskProfile
	if none.Masks("persons.0.myNumber") {
		t.Error("nil profile masks")
	}
	if err := (MaskProfile{Name: "x", Fields: []string{"persons..myNumber"}}).Validate(); err == nil {
		t.Error("bad pattern accepted")
	}
	for _, b := range BuiltinMaskProfiles() {
		if err := b.Validate(); err != nil {
			t.Error(err)
		}
	}
	if p, ok := BuiltinMaskProfile("本籍・個人番号マスク"); !ok || p.ID != MaskDomicileMyNumber {
		t.Error("profiles are not found by their Japanese name")
	}
}

// Lines never break between a base character and its variation selector, and keep 禁則.
func TestWrap_neverSplitsAnIVSAndKeepsKinsoku(t *testing.T) {
	m := approxMetrics{}
	text := strings.Repeat(SampleKuzuIVS+"飾区、", 7) + "NGUYEN THI LAN"
	for _, w := range []float64{8, 13, 17, 22, 31} {
		lines := wrap(text, w, 10, m)
		var joined string
		for _, l := range lines {
			r, _ := utf8.DecodeRuneInString(l.text)
			if gopdf.IsVariationSelector(r) {
				t.Fatalf("width %v: line %q starts with a selector", w, l.text)
			}
			if r == '、' {
				t.Errorf("width %v: line %q starts with 、", w, l.text)
			}
			joined += l.text
		}
		if strings.ReplaceAll(joined, " ", "") != strings.ReplaceAll(text, " ", "") {
			t.Errorf("width %v: text changed: %q", w, joined)
		}
	}
	// A romaji name breaks at its spaces, not inside a word.
	for _, l := range wrap("NGUYEN THI LAN", 12, 10, m) {
		if l.text != "NGUYEN" && l.text != "THI LAN" && l.text != "THI" && l.text != "LAN" {
			t.Errorf("romaji broken inside a word: %q", l.text)
		}
	}
	if cs := clusters("葛\U000E0102飾"); len(cs) != 2 || cs[0] != "葛\U000E0102" {
		t.Errorf("clusters = %q", cs)
	}
}

// fit shrinks to the box and reports going below the minimum size.
func TestFit_shrinks(t *testing.T) {
	m := approxMetrics{}
	r := Rect{0, 0, 40, 8}
	f := fit("福岡県小郡市小郡255番地の1", r, 12, 5, true, 1, m)
	if len(f.lines) != 1 || f.lines[0].width > r.W-2*padX+1e-6 || f.size >= 12 || f.overflow {
		t.Errorf("fit = %+v", f)
	}
	f = fit(strings.Repeat("長い", 60), r, 12, 5, true, 2, m)
	if !f.overflow || f.size < hardMinSize {
		t.Errorf("very long text: %+v", f)
	}
}
