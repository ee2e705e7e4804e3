package ocr

import (
	"sort"
	"testing"

	"github.com/kakanai/kakanai/internal/moji"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

func testNameEngine() *Engine {
	return &Engine{opts: Options{Names: NewNameReadings(moji.Default())}, glyph: &glyphVerifier{families: mojiVariants{moji.Default()}}}
}

// A name box is read by its glyphs against the spellings of its フリガナ, a variant form where the glyphs show
// one; a name the フリガナ does not read, a spelling the dictionaries do not list and a name printed without the
// space between its parts go to the recogniser (A1, R8).
func TestNameByKana_A1_R8_spellingsOfTheFuriganaSkipTesseract(t *testing.T) {
	e := testNameEngine()
	for _, c := range []struct {
		printed, kana, want string
	}{
		{"山田　太郎", "ヤマダ　タロウ", "山田　太郎"},
		{"山田　太朗", "ヤマダ　タロウ", "山田　太朗"},
		{"渡邉　健一", "ワタナベ　ケンイチ", "渡邉　健一"},
		{"髙橋　一郎", "タカハシ　イチロウ", "髙橋　一郎"},
		{"山田　太郎", "ヤマダ　ハナコ", ""},
		{"山田太郎", "ヤマダ　タロウ", ""},
		{"山田　汰狼", "ヤマダ　タロウ", ""},
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			got, ok := e.nameByKana(renderedLine(t, c.printed, f), c.kana, string(f))
			if ok != (c.want != "") || got != c.want {
				t.Errorf("%s (%s) in %s: %q %v, want %q", c.printed, c.kana, f, got, ok, c.want)
			}
		}
	}
}

// Printed small, blurred and speckled, a name is read right or left to the recogniser, never read wrong.
func TestNameByKana_A1_degradedIsReadRightOrNotAtAll(t *testing.T) {
	e := testNameEngine()
	kana := map[string]string{"斉藤　次郎": "サイトウ　ジロウ", "𠮷田　優斗": "ヨシダ　ユウト", "佐々木　美穂": "ササキ　ミホ",
		"髙田　浩二": "タカダ　コウジ", "中村　翔太": "ナカムラ　ショウタ"}
	var printed []string
	for p := range kana {
		printed = append(printed, p)
	}
	sort.Strings(printed)
	readDegraded(t, printed, nil, func(p string, li lineImage, hint string) (string, bool) {
		return e.nameByKana(li, kana[p], hint)
	})
}
