package ocr

import (
	"image"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// The head of an issuer line, a municipality of the dictionary and 長, is read by its glyphs without the line
// recogniser; a municipality the dictionary does not know, a line without 長 and a head too short to name one
// municipality go through the recogniser (A1, R8).
func TestIssuerByGlyphAlone_A1_R8_municipalitiesSkipTesseract(t *testing.T) {
	l := testAddressLexicon()
	for _, c := range []struct {
		printed, want string
		ok            bool
	}{
		{"福岡県久留米市長　原口　新五", "福岡県久留米市長", true},
		{"福岡県福岡市博多区長　山田　一郎", "福岡県福岡市博多区長", true},
		{"福岡市博多区長　山田　一郎", "福岡市博多区長", true},
		{"佐賀県基山町長", "佐賀県基山町長", true},
		{"福岡県三井郡大刀洗町長　中島　茂", "福岡県三井郡大刀洗町長", true},
		{"福岡県存在市長　山田　一郎", "", false},
		{"福岡県久留米市役所　山田　一郎", "", false},
		{"港区長　山田　一郎", "", false},
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			got, ok := l.issuerByGlyphAlone(renderedLine(t, c.printed, f), string(f))
			if ok != c.ok || got != c.want {
				t.Errorf("%s in %s: %q %v, want %q %v", c.printed, f, got, ok, c.want, c.ok)
			}
		}
	}
}

// Printed small, blurred and speckled, an issuer is read right or left to the recogniser, never read wrong.
func TestIssuerByGlyphAlone_A1_degradedIsReadRightOrNotAtAll(t *testing.T) {
	l := testAddressLexicon()
	readDegraded(t, []string{"福岡県筑紫野市長　平井　一三", "福岡県大野城市長　井本　宗司", "佐賀県鳥栖市長　向門　慶人",
		"福岡県春日市長　井上　澄和"}, []string{"福岡県筑紫野市長", "福岡県大野城市長", "佐賀県鳥栖市長", "福岡県春日市長"},
		func(_ string, li lineImage, hint string) (string, bool) { return l.issuerByGlyphAlone(li, hint) })
}

// readDegraded renders each printed line in both designs, shrunk to 0.75, 0.6 and 0.45 of its size and blurred,
// with and without specks, and reads it (read is given the printed text too): a reading must be want's (the printed text where want is nil), and at
// least one must be made.
func readDegraded(t *testing.T, printed, want []string, read func(printed string, li lineImage, hint string) (string, bool)) {
	t.Helper()
	n, total := 0, 0
	for i, p := range printed {
		w := p
		if want != nil {
			w = want[i]
		}
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			for _, k := range []float64{0.75, 0.6, 0.45} {
				for _, specks := range []bool{false, true} {
					total++
					got, ok := read(p, degradedLine(t, p, f, k, specks), string(f))
					if ok && got != w {
						t.Errorf("%s in %s at %.2f (specks %v): read %q", p, f, k, specks, got)
					}
					if ok {
						n++
					}
				}
			}
		}
	}
	if n == 0 {
		t.Errorf("no degraded line read by its glyphs")
	}
	t.Logf("%d of %d degraded lines read by their glyphs alone", n, total)
}

// degradedLine renders s, shrinks it by k, blurs it and scales it back, with 40 black specks where asked.
func degradedLine(t *testing.T, s string, f fonts.Family, k float64, specks bool) lineImage {
	t.Helper()
	li := renderedLine(t, s, f)
	small := imaging.GaussianBlur(imaging.Scale(li.src, k), 0.6)
	li.src = imaging.Scale(small, 1/k)
	if specks {
		g := li.src
		for i := 0; i < 40; i++ {
			x, y := (i*7919)%g.Rect.Dx(), (i*104729)%g.Rect.Dy()
			g.Pix[y*g.Stride+x] = 0
		}
	}
	li.band = imaging.InkBounds(li.src, inkThreshold)
	return li
}

// A title box holding the template's title, letter-spaced or not, is recognised by its glyphs; another title,
// or the title with more after it, is left to the recogniser (A1, A2, R8).
func TestTitleByGlyphs_A1_A2_R8_theTemplatesTitleSkipsTesseract(t *testing.T) {
	for _, c := range []struct {
		printed, title string
		ok             bool
	}{
		{"転出証明書", "転出証明書", true},
		{"転　出　証　明　書", "転出証明書", true},
		{"在留カード", "在留カード", true},
		{"転入証明書", "転出証明書", false},
		{"転出証明書に準ずる証明書", "転出証明書", false},
		{"戸籍の附票", "戸籍全部事項証明書", false},
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			if got := titleByGlyphs(renderedLine(t, c.printed, f), c.title); got != c.ok {
				t.Errorf("%s in %s as %s: %v, want %v", c.printed, f, c.title, got, c.ok)
			}
		}
	}
}

// A line of one character, or of pieces too close to give a pitch, is no grid (a title blurred into one blob).
func TestGridSlots_noPitchIsNoGrid(t *testing.T) {
	for _, cells := range [][]image.Rectangle{
		{image.Rect(0, 0, 30, 30)},
		{image.Rect(0, 0, 12, 30), image.Rect(14, 0, 28, 30)},
	} {
		if _, ok := gridSlots(cells, 30, true); ok {
			t.Errorf("%v: a grid", cells)
		}
	}
}
