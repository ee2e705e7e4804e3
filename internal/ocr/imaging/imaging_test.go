package imaging

import (
	"image"
	"math"
	"testing"
)

// lines draws ten rows of dashes, like text lines.
func lines() *Binary {
	g := NewWhite(800, 500)
	for row := 0; row < 10; row++ {
		for x := 50; x < 750; x++ {
			if (x/12)%2 == 0 {
				for dy := 0; dy < 10; dy++ {
					if (x+dy)%3 != 0 {
						g.Pix[(40+row*40+dy)*g.Stride+x] = 0
					}
				}
			}
		}
	}
	return Threshold(g, 128)
}

func TestEstimateSkew_undoesARotation(t *testing.T) {
	base := lines().Gray()
	for _, deg := range []float64{-3, -1.2, 0, 2.5} {
		b := Threshold(Rotate(base, deg, 255), 128)
		got := EstimateSkew(TextOnly(b), 4)
		if math.Abs(got+deg) > 0.15 {
			t.Errorf("rotated by %.2f°: estimate %.2f°, want %.2f°", deg, got, -deg)
		}
	}
}

func TestHomographyFrom_mapsTheCorners(t *testing.T) {
	src := [4]Point{{0, 0}, {100, 0}, {100, 50}, {0, 50}}
	dst := [4]Point{{10, 5}, {120, 12}, {115, 70}, {3, 60}}
	h, ok := HomographyFrom(src, dst)
	if !ok {
		t.Fatal("no solution")
	}
	for i := range src {
		p := h.Apply(src[i])
		if math.Hypot(p.X-dst[i].X, p.Y-dst[i].Y) > 1e-6 {
			t.Errorf("corner %d → %v, want %v", i, p, dst[i])
		}
	}
}

func TestFindDocument_findsAPageOnATable(t *testing.T) {
	g := NewWhite(600, 800)
	for i := range g.Pix {
		g.Pix[i] = 70 // the table
	}
	quad := [4]Point{{120, 100}, {480, 130}, {460, 700}, {100, 680}}
	for y := 0; y < 800; y++ {
		for x := 0; x < 600; x++ {
			// Inside the quad: a point whose inverse map lands in the unit square.
			if inside(quad, Point{float64(x), float64(y)}) {
				g.Pix[y*g.Stride+x] = 235
			}
		}
	}
	got, ok := FindDocument(g)
	if !ok {
		t.Fatal("not found")
	}
	for i := range quad {
		if d := math.Hypot(got[i].X-quad[i].X, got[i].Y-quad[i].Y); d > 8 {
			t.Errorf("corner %d at %v, want %v (off by %.1f px)", i, got[i], quad[i], d)
		}
	}
}

func inside(q [4]Point, p Point) bool {
	for i := 0; i < 4; i++ {
		a, b := q[i], q[(i+1)%4]
		if (b.X-a.X)*(p.Y-a.Y)-(b.Y-a.Y)*(p.X-a.X) < 0 {
			return false
		}
	}
	return true
}

func TestDespeckle_keepsStrokesDropsSpecks(t *testing.T) {
	g := NewWhite(40, 40)
	g.Pix[5*g.Stride+5] = 0 // a speck
	for y := 10; y < 30; y++ {
		for x := 20; x < 23; x++ {
			g.Pix[y*g.Stride+x] = 0 // a stroke
		}
	}
	if n := Despeckle(g, 128, 4, 3); n != 1 || g.Pix[5*g.Stride+5] != 255 || g.Pix[15*g.Stride+21] != 0 {
		t.Errorf("removed %d; speck %d stroke %d", n, g.Pix[5*g.Stride+5], g.Pix[15*g.Stride+21])
	}
}

func TestDespeckle_A2_resampledSpecksGoDakutenTicksStay(t *testing.T) {
	g := NewWhite(40, 40)
	for y := 4; y < 7; y++ {
		for x := 4; x < 7; x++ {
			g.Pix[y*g.Stride+x] = 40 // a 2×2 toner speck after one bilinear resampling: 3×3
		}
	}
	for y := 20; y < 27; y++ {
		for x := 30; x < 33; x++ {
			g.Pix[y*g.Stride+x] = 40 // a dakuten tick, 3×7
		}
	}
	if n := Despeckle(g, 160, 4, 3); n != 0 {
		t.Errorf("the 300 dpi speck needs 9 pixels: removed %d with 4", n)
	}
	if n := Despeckle(g, 160, 9, 3); n != 1 || g.Pix[5*g.Stride+5] != 255 || g.Pix[22*g.Stride+31] == 255 {
		t.Errorf("removed %d; speck %d tick %d", n, g.Pix[5*g.Stride+5], g.Pix[22*g.Stride+31])
	}
}

// A blurred ruling binarises into a full-length line and a shorter one a pixel beside it (seen on a blurred
// 附票 at 150 dpi: y 206 from x 105 to 1135 and y 205 from 333 to 1120): one ruling.
func TestMergeTwins_A2_blurredRulingFoundOnce(t *testing.T) {
	got := mergeTwins([]Segment{
		{Pos: 205, Lo: 333, Hi: 1120, T: 1},
		{Pos: 206, Lo: 105, Hi: 1135, T: 3},
		{Pos: 259, Lo: 105, Hi: 1135, T: 3},
		{Pos: 263, Lo: 105, Hi: 1135, T: 1}, // 4 pixels away: another line
	})
	if len(got) != 3 || got[0].Lo != 105 || got[0].Hi != 1135 || got[0].T != 4 || got[0].Pos < 205 || got[0].Pos > 206 {
		t.Errorf("got %+v, want the twins at 205/206 as one ruling and the others kept", got)
	}
}

// tablePhoto is a bright quadrilateral (the page) on a dark table, w×h pixels.
func tablePhoto(w, h int, quad [4]Point) *image.Gray {
	g := NewWhite(w, h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			g.Pix[y*g.Stride+x] = 70
			if inside(quad, Point{float64(x), float64(y)}) {
				g.Pix[y*g.Stride+x] = 235
			}
		}
	}
	return g
}

// A page-sized photo is looked at through its half-size copy (R8): the corners stay where they are.
func TestFindDocumentHalved_A1_findsTheSameCorners(t *testing.T) {
	quad := [4]Point{{300, 250}, {1200, 325}, {1150, 1750}, {250, 1700}}
	g := tablePhoto(1500, 2000, quad)
	full, ok := FindDocument(g)
	if !ok {
		t.Fatal("not found in the full image")
	}
	halved, ok := FindDocumentHalved(g, Halve(g))
	if !ok {
		t.Fatal("not found through the half-size copy")
	}
	for i := range quad {
		// One pixel of the 480-pixel copy is 4.2 here.
		if d := math.Hypot(halved[i].X-full[i].X, halved[i].Y-full[i].Y); d > 4.5 {
			t.Errorf("corner %d at %v through the half-size copy, %v without (%.1f px apart)", i, halved[i], full[i], d)
		}
		if d := math.Hypot(halved[i].X-quad[i].X, halved[i].Y-quad[i].Y); d > 20 {
			t.Errorf("corner %d at %v, want %v", i, halved[i], quad[i])
		}
	}
}

// BenchmarkAnalysisCopies_direct and _halved: a 300 dpi A4 scan's 480-pixel copy for the document finder and its
// half-size analysis copy, each from the page (before) or both from one halving (now); compare in one run.
func BenchmarkAnalysisCopies_direct(b *testing.B) {
	g := randomGray(2480, 3508)
	for b.Loop() {
		FindDocument(g)
		Scale(g, 0.5)
	}
}

func BenchmarkAnalysisCopies_halved(b *testing.B) {
	g := randomGray(2480, 3508)
	for b.Loop() {
		FindDocumentHalved(g, Halve(g))
	}
}
