package ocr

import (
	"context"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
	"math"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// An issuer line is cut before the mayor's name when a wide space stands after the 市長; a line with no such
// space (a card's 「朝倉市長」, a 公安委員会) is read whole (R8).
func TestIssuerHead_R8_cutsBeforeTheMayorsName(t *testing.T) {
	prepared := func(s string) lineImage {
		img := renderText(s, fonts.Mincho, 40)
		if img == nil {
			t.Skip("font not installed")
		}
		return prepareLine(img, 40)
	}
	for _, c := range []struct{ printed, head string }{
		{"福岡県久留米市長　原口　新五", "福岡県久留米市長"},
		{"東京都千代田区長　　鈴木　和夫", "東京都千代田区長"},
		{"久留米市長　山田　一郎", "久留米市長"},
		{"朝倉市長", ""},
		{"福岡県公安委員会", ""},
	} {
		head, cut := issuerHead(prepared(c.printed))
		if cut != (c.head != "") {
			t.Errorf("%s: cut %v", c.printed, cut)
			continue
		}
		if !cut {
			continue
		}
		// The head is the line up to the space: as wide as the same characters printed alone.
		want := prepared(c.head).img.Rect.Dx()
		if got := head.img.Rect.Dx(); math.Abs(float64(got-want)) > 0.15*float64(want) {
			t.Errorf("%s: head %d px wide, %s alone is %d", c.printed, got, c.head, want)
		}
	}
}

// The head alone is trusted only when it names one municipality unmistakably: 「府中市長」 (東京都 or 広島県)
// sends the whole line to the recogniser, 「福岡県久留米市長」 does not (R8).
func TestReadIssuer_R8_wholeLineWhenTheHeadIsAmbiguous(t *testing.T) {
	e, p := lineEngine(t)
	for _, c := range []struct {
		printed string
		whole   bool
	}{
		{"福岡県久留米市長　原口　新五", false},
		{"府中市長　山田　一郎", true},
	} {
		img := renderText(c.printed, fonts.Mincho, 40)
		if img == nil {
			t.Skip("font not installed")
		}
		j := fieldJob{def: FieldDef{Key: "_issuer", Kind: KindIssuer}, slot: -1}
		fr, err := e.readIssuer(context.Background(), p, imaging.Identity, prepareLine(img, 40), j)
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(fr.raw, "山田") || strings.Contains(fr.raw, "原口"); got != c.whole {
			t.Errorf("%s: read %q, whole line %v, want %v", c.printed, fr.raw, got, c.whole)
		}
	}
}

// lineEngine is an engine and an unwarped page for reading prepared lines through the engine's own steps.
func lineEngine(t *testing.T) (*Engine, *pageWork) {
	t.Helper()
	e, err := New(Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e, &pageWork{toOrig: func(q imaging.Point) imaging.Point { return q }}
}
