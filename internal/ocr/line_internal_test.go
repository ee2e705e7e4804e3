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

// A grey band printed behind the first half of a line (a card's highlight, darker under a lamp) is paper: it
// comes out white and the text on it dark, where measuring each pixel from one median had made the band ink.
// A line on white paper and white print on a coloured band (the 有効期限 of a 運転免許証) keep their treatment.
func TestNormaliseCrop_A4_aBandBehindTheTextIsPaper(t *testing.T) {
	const w, h = 400, 40
	crop := imaging.NewWhite(w, h)
	ink := func(x, y int) bool { return y > 10 && y < 30 && x%20 < 4 }
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(235)
			if x < w/2 {
				v = 140 // the band
			}
			if ink(x, y) {
				v = 25
			}
			crop.Pix[y*crop.Stride+x] = v
		}
	}
	out := normaliseCrop(crop)
	for _, c := range []struct {
		x, y  int
		light bool
	}{{50, 5, true}, {300, 5, true}, {40, 20, false}, {300, 20, false}} {
		v := out.GrayAt(c.x, c.y).Y
		if c.light && v < 180 || !c.light && v > 80 {
			t.Errorf("(%d, %d) = %d, want %s", c.x, c.y, v, map[bool]string{true: "paper", false: "ink"}[c.light])
		}
	}
	// White print on a brown band: the print must come out dark (the distance from the band's level).
	band := imaging.NewWhite(w, h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(120)
			if ink(x, y) {
				v = 250
			}
			band.Pix[y*band.Stride+x] = v
		}
	}
	out = normaliseCrop(band)
	if v := out.GrayAt(40, 20).Y; v > 80 {
		t.Errorf("white print on a band = %d, want dark", v)
	}
	if v := out.GrayAt(50, 5).Y; v < 180 {
		t.Errorf("the band = %d, want paper", v)
	}
}

// On a dark crop (a card's coloured band) each pixel's distance from the median is scaled to ink: the table
// gives what the arithmetic does.
func TestNormaliseCrop_A4_darkCropIsTheDistanceFromTheMedian(t *testing.T) {
	crop := imaging.NewWhite(40, 20)
	for i := range crop.Pix {
		crop.Pix[i] = uint8(100 + (i*37)%60) // median ~130, level steps no wider than the band test's
	}
	med := medianGray(crop)
	if med >= 170 {
		t.Fatalf("median %d: not the dark branch", med)
	}
	out := normaliseCrop(crop)
	for i, v := range crop.Pix {
		d := min(255, abs(int(v)-med)*255/max(40, min(med, 255-med)+20))
		if want := uint8(255 - d); out.Pix[i] != want {
			t.Fatalf("pixel %d: %d → %d, want %d", i, v, out.Pix[i], want)
		}
	}
}
