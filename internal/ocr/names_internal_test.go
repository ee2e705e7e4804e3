package ocr

import (
	"maps"
	"testing"
)

// Two readings of a name are compared character by character only when they are as long and differ in one or
// two kanji (R8).
func TestDifferingKanji_R8_oneOrTwoKanjiApart(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want map[rune]rune
	}{
		{"木村　優半", "木村　優斗", map[rune]rune{'半': '斗'}},
		{"山本　洗三", "山本　浩二", map[rune]rune{'洗': '浩', '三': '二'}},
		{"山本　洗三", "山本　浩二郎", nil},
		{"木村　優斗", "木村　優斗", nil},
		{"田中　一二三", "山本　一二四", nil},
		{"木村　ゆう", "木村　ゆみ", nil},
	} {
		got, ok := differingKanji(c.a, c.b)
		if ok != (c.want != nil) || !maps.Equal(got, c.want) && c.want != nil {
			t.Errorf("%s / %s: %v %v, want %v", c.a, c.b, got, ok, c.want)
		}
	}
}

// surnameOneKanjiApart pairs two readings of one person only: the same given name, surnames one kanji apart.
func TestSurnameOneKanjiApart_R8(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want map[rune]rune
	}{
		{"興田　康弘", "與田　康弘", map[rune]rune{'興': '與'}},
		{"髙橋　一郎", "高橋　一郎", map[rune]rune{'髙': '高'}},
		{"山田　花子", "山田　桃子", nil}, // a family: the given names differ
		{"山田　太郎", "山口　花子", nil}, // a household: other given names
		{"田中　康弘", "山本　康弘", nil}, // two kanji apart
		{"田中　康弘", "田　康弘", nil},  // surnames of other lengths
		{"田中康弘", "田口康弘", nil},   // no space: where the surname ends is not known
		{"小林　康弘", "小林　康弘", nil}, // the same reading
	} {
		got, ok := surnameOneKanjiApart(c.a, c.b)
		if ok != (c.want != nil) || !maps.Equal(got, c.want) && c.want != nil {
			t.Errorf("%s / %s: %v %v, want %v", c.a, c.b, got, ok, c.want)
		}
	}
}
