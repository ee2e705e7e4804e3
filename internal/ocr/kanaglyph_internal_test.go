package ocr

import (
	"image"
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

// A kana the recogniser read without a voicing mark the print has (ミヤサキ for ミヤザキ at 0.99) is told by
// the mark in its cell; a kana printed without one, or voiced already, is not (A1).
func TestVoicingMissed_A1_markInTheCellOfABareKana(t *testing.T) {
	for _, c := range []struct {
		printed string
		at      int
		read    rune
		want    bool
	}{
		{"ミヤザキ", 2, 'サ', true},
		{"ミヤサキ", 2, 'サ', false},
		{"タナベ", 2, 'ヘ', true},
		{"タナヘ", 2, 'ヘ', false},
		{"ヤマダ", 2, 'ダ', false},
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Mincho} {
			for _, em := range []float64{28, 40} {
				img := renderText(c.printed, f, em)
				if img == nil {
					t.Skipf("font %s not installed", f)
				}
				li := lineImage{src: img, band: imaging.InkBounds(img, inkThreshold)}
				cells := segmentChars(li.src, li.band)
				if len(cells) != len([]rune(c.printed)) {
					t.Fatalf("%s in %s at %.0f: %d cells", c.printed, f, em, len(cells))
				}
				if got := voicingMissed(li, cells[c.at], c.read); got != c.want {
					t.Errorf("%s in %s at %.0f, read %c: %v, want %v", c.printed, f, em, c.read, got, c.want)
				}
			}
		}
	}
}

// A 濁点 printed thin (ザ at 200 dpi: grey strokes the ink threshold drops) makes the glyph comparison prefer
// サ; the recogniser's ザ is kept, held for a look, instead of being replaced by サ (A1).
func TestVerifyKana_A1_thinVoicingMarkKeepsTheVoicedKana(t *testing.T) {
	bare, marked := renderText("ミヤサキ", fonts.MJMincho, 28), renderText("ミヤザキ", fonts.MJMincho, 28)
	if bare == nil || marked == nil {
		t.Skip("IPAmj明朝 not installed")
	}
	// The bare line with the mark drawn in grey where the voiced line has it.
	thin := imaging.Crop(bare, bare.Bounds())
	for i := range thin.Pix {
		if marked.Pix[i] <= inkThreshold && bare.Pix[i] > 200 {
			thin.Pix[i] = 190
		}
	}
	for _, c := range []struct {
		name     string
		src      *image.Gray
		wantHeld bool
	}{{"thin mark", thin, true}, {"printed mark", marked, false}} {
		li := lineImage{src: c.src, band: imaging.InkBounds(c.src, faintInk), scale: 1}
		cells := segmentChars(li.src, li.band)
		if len(cells) != 4 {
			t.Fatalf("%s: %d cells", c.name, len(cells))
		}
		var syms []symbol
		for _, r := range "ミヤザキ" {
			syms = append(syms, symbol{Text: string(r), Box: cells[len(syms)], Conf: 99})
		}
		fr := &fieldRead{job: fieldJob{def: FieldDef{Kind: KindKana, Font: "mincho"}}, line: li, syms: syms}
		v, conf := (&glyphVerifier{}).verifyKana(fr, "ミヤザキ")
		if v != "ミヤザキ" || (conf < 0.9) != c.wantHeld {
			t.Errorf("%s: %q at %.2f, want ミヤザキ held %v", c.name, v, conf, c.wantHeld)
		}
	}
}

// The voicing-mark finder sees no mark on any kana printed without one, in every font and size the layouts use,
// and sees the mark of every voiced kana printed in Mincho at 28 pixels and more (A1). (Bold Gothic marks at 28
// pixels can touch their kana: those kana are then unsure, never misread.)
func TestHasVoicingMark_A1_marksOfRenderedKana(t *testing.T) {
	for _, f := range []fonts.Family{fonts.MJMincho, fonts.Mincho, fonts.Gothic} {
		for _, em := range []float64{20, 28, 40} {
			for _, k := range katakanaAlphabet {
				img := renderText(k, f, em)
				if img == nil {
					t.Skipf("font %s not installed", f)
				}
				if markLike(k) {
					continue
				}
				got := hasVoicingMark(img, imaging.InkBounds(img, 250))
				switch {
				case got && !voiced(k):
					t.Errorf("%s in %s at %.0f: a mark found on a kana without one", k, f, em)
				case !got && voiced(k) && f != fonts.Gothic && em >= 28:
					t.Errorf("%s in %s at %.0f: its mark not found", k, f, em)
				}
			}
		}
	}
}
