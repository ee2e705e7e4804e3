package moji_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/moji"
)

func findKanji(list []moji.Kanji, ch string) *moji.Kanji {
	for i := range list {
		if list[i].Char == ch {
			return &list[i]
		}
	}
	return nil
}

func TestSearchKanji_A7_readingTakaIncludesHashigodakaWithMJ(t *testing.T) {
	got, err := moji.SearchKanji(moji.KanjiQuery{Reading: "たか"})
	if err != nil {
		t.Fatal(err)
	}
	k := findKanji(got, "髙")
	if k == nil {
		t.Fatalf("たか: 髙 not among %d results", len(got))
	}
	if len(k.MJ) == 0 || k.MJ[0].MJ != "MJ028902" || k.MJ[0].Char != "髙" || k.MJ[0].CodePoints != "U+9AD9" {
		t.Errorf("髙: MJ %+v, want MJ028902", k.MJ)
	}
	// 高 comes first and 髙 right after it: a variant follows its character.
	if got[0].Char != "高" && findKanji(got, "高") == nil {
		t.Errorf("高 missing")
	}
	for i := range got {
		if got[i].Char == "高" {
			if i+1 >= len(got) || got[i+1].Char != "髙" {
				t.Errorf("髙 does not follow 高")
			}
			break
		}
	}
	// Romaji and katakana find the same.
	for _, r := range []string{"taka", "タカ", "ﾀｶ"} {
		g, err := moji.SearchKanji(moji.KanjiQuery{Reading: r})
		if err != nil || len(g) != len(got) {
			t.Errorf("%s: %d results (%v), want %d", r, len(g), err, len(got))
		}
	}
}

func TestSearchKanji_A7_onKunNanori(t *testing.T) {
	for _, c := range []struct{ reading, want string }{
		{"こう", "高"}, {"たかい", "高"}, {"やま", "山"}, {"ひろ", "寛"}, {"いし", "石"}, {"かつら", "葛"},
	} {
		got, err := moji.SearchKanji(moji.KanjiQuery{Reading: c.reading})
		if err != nil || findKanji(got, c.want) == nil {
			t.Errorf("%s: %s missing (%v)", c.reading, c.want, err)
		}
	}
	got, _ := moji.SearchKanji(moji.KanjiQuery{Reading: "たかは", Prefix: true})
	if findKanji(got, "鷹") != nil {
		t.Errorf("prefix たかは found 鷹 (たか)")
	}
}

func TestSearchKanji_A7_radicalAndStrokes(t *testing.T) {
	got, err := moji.SearchKanji(moji.KanjiQuery{Radical: "高", Strokes: 11})
	if err != nil {
		t.Fatal(err)
	}
	if findKanji(got, "髙") == nil {
		t.Errorf("radical 高 with 11 strokes: 髙 missing from %d", len(got))
	}
	for _, k := range got {
		if k.Strokes != 11 {
			t.Errorf("%s has %d strokes", k.Char, k.Strokes)
		}
	}
	rest := 3
	got, err = moji.SearchKanji(moji.KanjiQuery{Radical: "氵", RemainingStrokes: &rest})
	if err != nil || findKanji(got, "池") == nil || findKanji(got, "江") == nil {
		t.Errorf("氵 + 3: %d results, 池/江 missing (%v)", len(got), err)
	}
	got, err = moji.SearchKanji(moji.KanjiQuery{Radical: "189", Strokes: 20})
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range got {
		if k.Radical != 189 || k.Strokes != 20 {
			t.Errorf("%s: radical %d strokes %d", k.Char, k.Radical, k.Strokes)
		}
	}
	if _, err := moji.SearchKanji(moji.KanjiQuery{Radical: "ZZ"}); kakanai.ErrorField(err) != "radical" {
		t.Errorf("unknown radical: %v", err)
	}
	if _, err := moji.SearchKanji(moji.KanjiQuery{}); kakanai.ErrorCode(err) != kakanai.EINVALID {
		t.Errorf("empty query: %v", err)
	}
}

func TestSearchKanji_A7_components(t *testing.T) {
	got, err := moji.SearchKanji(moji.KanjiQuery{Components: []string{"木", "口"}})
	if err != nil {
		t.Fatal(err)
	}
	if findKanji(got, "杏") == nil || findKanji(got, "呆") == nil {
		t.Errorf("木+口: 杏, 呆 missing from %d", len(got))
	}
	if findKanji(got, "林") != nil {
		t.Errorf("林 has no 口")
	}
}

func TestSearchKanji_H1_everyResultCarriesMJVariants(t *testing.T) {
	k, ok := moji.Default().Lookup("葛")
	if !ok {
		t.Fatal("葛 missing")
	}
	byMJ := map[string]moji.MJChar{}
	for _, m := range k.MJ {
		byMJ[m.MJ] = m
	}
	// DOMAIN.md: 葛's Moji_Joho sequences U+E0102…E0108 are MJ022335, MJ022336, MJ022340, MJ022341, MJ022338,
	// MJ022337, MJ022339.
	for sel, mj := range map[rune]string{0xE0102: "MJ022335", 0xE0103: "MJ022336", 0xE0104: "MJ022340",
		0xE0105: "MJ022341", 0xE0106: "MJ022338", 0xE0107: "MJ022337", 0xE0108: "MJ022339"} {
		m, ok := byMJ[mj]
		if !ok || m.Sequence != "葛"+string(sel) {
			t.Errorf("%s: %+v", mj, m)
		}
	}
	// MJ022336 is also IPAmj's plain 葛; MJ022335 only exists as a sequence.
	if m := byMJ["MJ022336"]; m.Char != "葛" || m.IVS || m.CodePoints != "U+845B" {
		t.Errorf("MJ022336 %+v", m)
	}
	if m := byMJ["MJ022335"]; m.Char != "葛\U000E0102" || !m.IVS || m.CodePoints != "U+845B U+E0102" {
		t.Errorf("MJ022335 %+v", m)
	}
}

func TestConvert_I1_jisx0208FoldsHashigodaka(t *testing.T) {
	c, err := moji.Convert("髙橋", moji.TargetJISX0208)
	if err != nil {
		t.Fatal(err)
	}
	if c.Output != "高橋" || !c.OK || len(c.Changes) != 1 {
		t.Fatalf("%+v", c)
	}
	ch := c.Changes[0]
	if ch.From != "髙" || ch.To != "高" || ch.MJ != "MJ028902" || ch.Kind != "shukutai" || ch.Rule != "JIS包摂規準UCS統合規則" {
		t.Errorf("change %+v", ch)
	}
}

// 髙 (U+9AD9) is not a JIS X 0213 character: the MJ data gives it X0213 1-25-66 with 包摂区分 2 (unified with 高
// by 包摂規準 U145), kanjidic2 (all of JIS X 0213) does not list it, and the MJ縮退マップ maps it to 高 for JIS X 0213
// too. Conversion to JIS X 0213 therefore writes 高 and says why; what JIS X 0213 keeps that JIS X 0208 does not
// is e.g. 﨑 (1-47-82).
func TestConvert_I1_jisx0213KeepsItsOwnCharacters(t *testing.T) {
	c, err := moji.Convert("髙橋", moji.TargetJISX0213)
	if err != nil {
		t.Fatal(err)
	}
	if c.Output != "高橋" || len(c.Changes) != 1 || !strings.Contains(c.Changes[0].Warning, "1-25-66") {
		t.Errorf("髙橋 → jisx0213: %+v", c)
	}
	c, _ = moji.Convert("山﨑", moji.TargetJISX0213)
	if c.Output != "山﨑" || len(c.Changes) != 0 {
		t.Errorf("山﨑 → jisx0213: %+v", c)
	}
	c, _ = moji.Convert("山﨑", moji.TargetJISX0208)
	if c.Output != "山崎" || c.Changes[0].Rule != "戸籍統一文字情報_親字正字" {
		t.Errorf("山﨑 → jisx0208: %+v", c)
	}
}

func TestConvert_I1_unicodeAndReport(t *testing.T) {
	c, _ := moji.Convert("葛\U000E0102飾", moji.TargetUnicode)
	if c.Output != "葛飾" || len(c.Changes) != 1 || c.Changes[0].MJ != "MJ022335" || c.Changes[0].Kind != "selector" {
		t.Errorf("unicode: %+v", c)
	}
	// 𠮷 is outside both JIS sets: the 縮退マップ gives 吉.
	c, _ = moji.Convert("𠮷田", moji.TargetJISX0208)
	if c.Output != "吉田" {
		t.Errorf("𠮷田: %+v", c)
	}
	// A character with no way into JIS X 0208 is reported, not dropped.
	c, _ = moji.Convert("a😀b", moji.TargetJISX0208)
	if c.OK || c.Output != "a〓b" || len(c.Unconvertible()) != 1 || c.Unconvertible()[0].From != "😀" {
		t.Errorf("emoji: %+v", c)
	}
	c, _ = moji.Convert("ｵｺﾞｵﾘ", moji.TargetJISX0208)
	if c.Output != "オゴオリ" {
		t.Errorf("half-width kana: %+v", c)
	}
	if _, err := moji.Convert("x", "sjis"); kakanai.ErrorField(err) != "target" {
		t.Errorf("bad target: %v", err)
	}
}

func TestResolveSequence_H1_adobeJapan1ToMJ(t *testing.T) {
	// DOMAIN.md: 葛 + U+E0100 is Adobe-Japan1 CID+1481 (the JIS90 glyph), the glyph of Moji_Joho's 葛+E0102.
	r := moji.ResolveSequence("葛\U000E0100")
	if r.MJ != "MJ022335" || r.Collection != "Adobe-Japan1" || r.Char != "葛\U000E0102" || r.Warning != "" {
		t.Errorf("葛+E0100 = %+v, want MJ022335", r)
	}
	r = moji.ResolveSequence("葛\U000E0101") // CID+7652, the JIS2004 glyph: the plain 葛 of IPAmj
	if r.MJ != "MJ022336" {
		t.Errorf("葛+E0101 = %+v, want MJ022336", r)
	}
	if r := moji.ResolveSequence("辻\U000E0102"); r.MJ != "MJ025760" || r.Collection != "Moji_Joho" {
		t.Errorf("辻+E0102 = %+v", r)
	}
	// An Adobe-Japan1 sequence without an MJ glyph of the same shape: base character, with a warning.
	r = moji.ResolveSequence("㐂\U000E0101")
	if r.Char != "㐂" || r.Warning == "" {
		t.Errorf("㐂+E0101 = %+v", r)
	}
	// A selector no collection uses: base character with a warning, never silently.
	r = moji.ResolveSequence("高\U000E01EF")
	if r.Char != "高" || r.MJ != "MJ028901" || r.Warning == "" {
		t.Errorf("高+E01EF = %+v", r)
	}
	c, _ := moji.Convert("葛\U000E0100城", moji.TargetUnicode)
	if c.Output != "葛城" || c.Changes[0].MJ != "MJ022335" {
		t.Errorf("convert 葛+E0100: %+v", c)
	}
}

func TestMatchKey_variantInsensitiveSearch(t *testing.T) {
	for _, pair := range [][2]string{{"髙橋", "高橋"}, {"山﨑", "山崎"}, {"渡邉", "渡辺"}, {"渡邊", "渡辺"}, {"葛\U000E0102飾", "葛飾"}, {"國井", "国井"}} {
		if moji.MatchKey(pair[0]) != moji.MatchKey(pair[1]) {
			t.Errorf("%s and %s do not match (%s, %s)", pair[0], pair[1], moji.MatchKey(pair[0]), moji.MatchKey(pair[1]))
		}
	}
	if moji.MatchKey("高橋") == moji.MatchKey("髙田") {
		t.Error("高橋 matches 髙田")
	}
}

func TestGaijiTable_I1_csvAndConversion(t *testing.T) {
	tbl, err := moji.ParseGaijiCSV(strings.NewReader("MJ文字図形名,コード,備考\nMJ028902,U+E001,はしご高\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, _ := moji.Default().Convert("髙橋", moji.ConvertOptions{Target: moji.TargetJISX0208, Gaiji: tbl})
	if c.Output != "\uE001橋" || c.Changes[0].Kind != "gaiji" {
		t.Errorf("%+v", c)
	}
	var buf bytes.Buffer
	if err := tbl.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	again, err := moji.ParseGaijiCSV(&buf)
	if err != nil || len(again.Entries) != 1 || again.Entries[0] != tbl.Entries[0] {
		t.Errorf("round trip: %+v %v", again, err)
	}
	_, err = moji.ParseGaijiCSV(strings.NewReader("MJ文字図形名,コード,備考\nMJ999999,U+E001,\n"))
	if kakanai.ErrorField(err) != "csv.2.MJ文字図形名" {
		t.Errorf("unknown MJ: %v", err)
	}
	_, err = moji.ParseGaijiCSV(strings.NewReader("MJ文字図形名,コード,備考\nMJ028902,xyz,\n"))
	if kakanai.ErrorField(err) != "csv.2.コード" {
		t.Errorf("bad code: %v", err)
	}
}

func TestNameReadings_dictionariesAndFallback(t *testing.T) {
	got := moji.NameReadings("高橋", moji.Surname, 3)
	if len(got) == 0 || got[0].Reading != "たかはし" || got[0].Source != "dictionary" {
		t.Errorf("高橋: %+v", got)
	}
	// Variants are folded before the lookup.
	if got := moji.NameReadings("髙橋", moji.Surname, 3); len(got) == 0 || got[0].Reading != "たかはし" {
		t.Errorf("髙橋: %+v", got)
	}
	if got := moji.NameReadings("翔太", moji.GivenName, 3); len(got) == 0 || got[0].Reading != "しょうた" {
		t.Errorf("翔太: %+v", got)
	}
	// Not in any dictionary: composed from the characters' readings.
	got = moji.NameReadings("髙髙髙", moji.AnyPart, 5)
	if len(got) == 0 || got[0].Source != "characters" {
		t.Errorf("composed: %+v", got)
	}
}

// The spellings of a reading, for OCR that knows a name's フリガナ: 山田 among やまだ's surnames, 太郎 among たろう's
// given names, and a given name's spellings not among the surnames (A1).
func TestNamesReadAs_A1_spellingsOfAReading(t *testing.T) {
	d := moji.Default()
	if got := d.NamesReadAs("やまだ", moji.Surname); !slices.Contains(got, "山田") {
		t.Errorf("やまだ surnames: %v", got)
	}
	if got := d.NamesReadAs("タロウ", moji.GivenName); !slices.Contains(got, "太郎") || slices.Contains(got, "山田") {
		t.Errorf("タロウ given names: %v", got)
	}
	if got := d.NamesReadAs("たろう", moji.Surname); slices.Contains(got, "太郎") {
		t.Errorf("たろう surnames include 太郎: %v", got)
	}
	if got := d.NamesReadAs("わたなべ", moji.Surname); !slices.Contains(got, "渡辺") || !slices.Contains(got, "渡邉") {
		t.Errorf("わたなべ surnames: %v", got)
	}
}
