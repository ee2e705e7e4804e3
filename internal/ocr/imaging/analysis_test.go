package imaging

import (
	"image"
	"math"
	"testing"
)

// sauvolaReference is the direct definition: the window's mean and deviation summed pixel by pixel.
func sauvolaReference(g *image.Gray, radius int, k float64) *Binary {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	b := &Binary{W: w, H: h, Pix: make([]bool, w*h)}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var sum, sq, n float64
			for yy := max(0, y-radius); yy < min(h, y+radius+1); yy++ {
				for xx := max(0, x-radius); xx < min(w, x+radius+1); xx++ {
					v := float64(g.Pix[yy*g.Stride+xx])
					sum, sq, n = sum+v, sq+v*v, n+1
				}
			}
			m := sum / n
			t := m * (1 + k*(math.Sqrt(math.Max(0, sq/n-m*m))/128-1))
			v := g.Pix[y*g.Stride+x]
			b.Pix[y*w+x] = float64(v) <= t && v < 200
		}
	}
	return b
}

// Paper pixels skip the window statistics and the tables are integers: the result is the definition's, pixel
// for pixel, on noise, on dark ink over a light ground and on a mid-grey tint.
func TestSauvola_matchesDefinition(t *testing.T) {
	noise := randomGray(97, 61)
	page := NewWhite(120, 80)
	for y := 20; y < 60; y++ {
		for x := 10; x < 110; x++ {
			switch {
			case (x/7+y/5)%3 == 0:
				page.Pix[y*page.Stride+x] = 30
			case x > 60:
				page.Pix[y*page.Stride+x] = 170 // a tinted band
			}
		}
	}
	for _, g := range []*image.Gray{noise, page} {
		for _, r := range []int{1, 8, 15} {
			got, want := Sauvola(g, r, 0.25), sauvolaReference(g, r, 0.25)
			for i := range want.Pix {
				if got.Pix[i] != want.Pix[i] {
					t.Fatalf("%v radius %d: pixel %d = %v, want %v", g.Rect, r, i, got.Pix[i], want.Pix[i])
				}
			}
		}
	}
}

// BenchmarkSauvola_page: the ~150 dpi analysis copy of an A4 page, mostly paper.
func BenchmarkSauvola_page(b *testing.B) {
	g := NewWhite(1240, 1754)
	ink := randomGray(1240, 1754)
	for i := range g.Pix {
		if i%9 == 0 {
			g.Pix[i] = ink.Pix[i] / 2
		}
	}
	for b.Loop() {
		Sauvola(g, 15, 0.25)
	}
}

// BenchmarkFindLines_page: rulings every 40 rows and columns over speckle on the analysis copy of an A4 page.
func BenchmarkFindLines_page(b *testing.B) {
	w, h := 1240, 1754
	bin := speckled(w, h, 20, func(x, y int) bool { return x%40 == 0 || y%40 == 0 })
	for b.Loop() {
		FindLines(bin, w/8, w/40, 2)
	}
}

// Columns are scanned as rows of the transposed image: an image and its transpose give the same rulings with
// the directions swapped.
func TestFindLines_transposeSwapsDirections(t *testing.T) {
	w, h := 300, 200
	bin := speckled(w, h, 8, func(x, y int) bool { return (y == 50 && x > 20 && x < 280) || (x == 120 && y > 30 && y < 190) })
	tr := &Binary{W: h, H: w, Pix: make([]bool, w*h)}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			tr.Pix[x*h+y] = bin.Pix[y*w+x]
		}
	}
	hs, vs := FindLines(bin, 40, 40, 2)
	ths, tvs := FindLines(tr, 40, 40, 2)
	if len(hs) != 1 || len(vs) != 1 || hs[0].Pos != 50 || vs[0].Pos != 120 {
		t.Fatalf("rulings %v %v, want one at row 50 and one at column 120", hs, vs)
	}
	if len(ths) != len(vs) || len(tvs) != len(hs) || ths[0] != vs[0] || tvs[0] != hs[0] {
		t.Errorf("transposed: %v %v, want %v %v", ths, tvs, vs, hs)
	}
}

// speckled is a binary image of the lines drawn by line, over specks on about n/256 of the pixels.
func speckled(w, h int, n uint8, line func(x, y int) bool) *Binary {
	bin := &Binary{W: w, H: h, Pix: make([]bool, w*h)}
	noise := randomGray(w, h)
	for i := range bin.Pix {
		bin.Pix[i] = line(i%w, i/w) || noise.Pix[i] < n
	}
	return bin
}
