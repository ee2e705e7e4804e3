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
