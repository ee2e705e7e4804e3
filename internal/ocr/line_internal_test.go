package ocr

import (
	"image"
	"image/color"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// smallField draws text at card-photo size (10-pixel characters) into a box whose bottom edge shows, two blank
// rows below the text, either the top of the next box's text (off to the right, past the value) or an underline
// under the value itself.
func smallField(t *testing.T, text string, underline bool) (*image.Gray, int) {
	t.Helper()
	d, err := fonts.NewDrawer(fonts.Mincho, 10)
	if err != nil {
		t.Skip(err)
	}
	g := imaging.NewWhite(48, 17)
	// Printed and scanned, a stroke spreads to a pixel or more: draw it twice, a pixel apart.
	d.Draw(g, 3, 11, text, color.Black, 0)
	d.Draw(g, 4, 11, text, color.Black, 0)
	textBottom := imaging.InkBounds(g, 140).Max.Y
	x0, x1 := 36, 48
	if underline {
		x0, x1 = 3, 4+int(d.Advance(text, 0))
	}
	for y := textBottom + 2; y < min(17, textBottom+4); y++ {
		for x := x0; x < x1; x++ {
			g.SetGray(x, y, color.Gray{})
		}
	}
	return g, textBottom
}

// On a 375-pixel 在留カード (7–10 pixel characters) the top of the next box's text lies as close below the value
// as a dakuten: joined to the line, it turned 米国 into 業間 (A4). Ink under the value's own columns, such as the
// underline of 有効, still belongs to the line.
func TestPrepareLine_A4_nextBoxTextIsNotPartOfTheLine(t *testing.T) {
	g, bottom := smallField(t, "米国", false)
	li := prepareLine(g, 8)
	if li.empty {
		t.Fatal("empty line")
	}
	if li.band.Max.Y > bottom+1 {
		t.Errorf("band %v reaches the next box's text below row %d", li.band, bottom)
	}
	g, bottom = smallField(t, "有効", true)
	li = prepareLine(g, 8)
	if li.band.Max.Y <= bottom+1 {
		t.Errorf("band %v leaves out the underline below row %d", li.band, bottom)
	}
}
