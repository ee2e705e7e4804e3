package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/moji"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// A 世帯主 or 筆頭者 box that repeats an accepted person's name is read as that name without the line recogniser;
// a name that differs by a look-alike (朗 for 郎) or a variant form (髙 for 高), a different person, and a
// person's name that was itself held for review go through the recogniser (A1, R8).
func TestNameFromPage_A1_R8_headBoxesRepeatingAPersonSkipTesseract(t *testing.T) {
	e := &Engine{glyph: &glyphVerifier{families: mojiVariants{moji.Default()}}}
	accepted := func(vs ...string) []Field {
		var out []Field
		for _, v := range vs {
			out = append(out, Field{Value: v, Confidence: 0.97})
		}
		return out
	}
	for _, c := range []struct {
		printed string
		names   []Field
		want    string
	}{
		{"山田　太郎", accepted("山田　花子", "山田　太郎", "山田　翔太"), "山田　太郎"},
		{"渡邉　健一", accepted("渡邉　健一", "渡邉　美和"), "渡邉　健一"},
		{"𠮷田　優斗", accepted("𠮷田　優斗"), "𠮷田　優斗"},
		{"山田　太朗", accepted("山田　太郎"), ""},
		{"髙橋　一郎", accepted("高橋　一郎"), ""},
		{"山田　一郎", accepted("山田　次郎", "山田　花子"), ""},
		{"佐藤　健", accepted("佐藤　健太"), ""},
		{"山田　太郎", []Field{{Value: "山田　太郎", Confidence: 0.85}}, ""},
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			got, ok := e.nameFromPage(renderedLine(t, c.printed, f), c.names, string(f))
			if ok != (c.want != "") || got.Value != c.want {
				t.Errorf("%s in %s: %q %v, want %q", c.printed, f, got.Value, ok, c.want)
			}
		}
	}
}
