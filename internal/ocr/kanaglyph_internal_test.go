package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// A フリガナ whose every kana matches its glyph clearly, split into 氏 and 名 at one gap, is read without the line
// recogniser, small kana (ュ, ッ, ョ) told from their full-size forms by height; a line without the gap, or of
// kanji, goes through the recogniser (A1, R8).
func TestKanaByGlyphAlone_A1_R8_clearFuriganaSkipsTesseract(t *testing.T) {
	for _, c := range []struct {
		printed, want string
		ok            bool
	}{
		{"サイトウ　ジュンコ", "サイトウ　ジュンコ", true},
		{"ハットリ　キョウコ", "ハットリ　キョウコ", true},
		{"ヨシダ　ユウコ", "ヨシダ　ユウコ", true},
		{"マツモト　ケンタ", "マツモト　ケンタ", true},
		{"サイトウジュンコ", "", false},
		{"斉藤　次郎", "", false},
	} {
		for _, f := range []fonts.Family{fonts.Mincho, fonts.Gothic} {
			v, ok := kanaByGlyphAlone(renderedLine(t, c.printed, f), FieldDef{Kind: KindKana, Font: string(f)})
			if ok != c.ok || (ok && v != c.want) {
				t.Errorf("%s in %s: %q %v, want %q %v", c.printed, f, v, ok, c.want, c.ok)
			}
		}
	}
}

// Printed small and blurred, a フリガナ is read right or left to the recogniser, never read wrong.
func TestKanaByGlyphAlone_A1_degradedIsReadRightOrNotAtAll(t *testing.T) {
	read, total := 0, 0
	for _, printed := range []string{"サイトウ　ジュンコ", "ハットリ　キョウコ", "タナベ　ペンタ", "ソノダ　シンジ", "イマムラ　レン"} {
		for _, f := range []fonts.Family{fonts.Mincho, fonts.Gothic} {
			for _, k := range []float64{0.5, 0.35, 0.25} {
				li := renderedLine(t, printed, f)
				small := imaging.GaussianBlur(imaging.Scale(li.src, k), 0.6)
				li.src = imaging.Scale(small, 1/k)
				li.band = imaging.InkBounds(li.src, inkThreshold)
				total++
				v, ok := kanaByGlyphAlone(li, FieldDef{Kind: KindKana, Font: string(f)})
				if ok && v != printed {
					t.Errorf("%s in %s at %.2f: read %q", printed, f, k, v)
				}
				if ok {
					read++
				}
			}
		}
	}
	t.Logf("%d of %d degraded lines read by their glyphs alone", read, total)
}
