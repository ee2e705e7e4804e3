package imaging

import (
	"image"
	"math"
	"math/rand/v2"
	"testing"
)

// shrinkReference is the direct definition of area resampling: each target pixel is the mean of the source
// area it covers, overlaps weighted.
func shrinkReference(g *image.Gray, w, h int) *image.Gray {
	sw, sh := g.Rect.Dx(), g.Rect.Dy()
	out := image.NewGray(image.Rect(0, 0, w, h))
	fx, fy := float64(sw)/float64(w), float64(sh)/float64(h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			var sum float64
			for sy := int(float64(y) * fy); sy < sh && float64(sy) < float64(y+1)*fy; sy++ {
				oy := math.Min(float64(y+1)*fy, float64(sy+1)) - math.Max(float64(y)*fy, float64(sy))
				for sx := int(float64(x) * fx); sx < sw && float64(sx) < float64(x+1)*fx; sx++ {
					ox := math.Min(float64(x+1)*fx, float64(sx+1)) - math.Max(float64(x)*fx, float64(sx))
					sum += float64(g.Pix[sy*g.Stride+sx]) * ox * oy
				}
			}
			out.Pix[y*out.Stride+x] = uint8(math.Min(255, sum/(fx*fy)+0.5))
		}
	}
	return out
}

func randomGray(w, h int) *image.Gray {
	r := rand.New(rand.NewPCG(1, 2))
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = uint8(r.IntN(256))
	}
	return g
}

func TestShrink_matchesAreaAverage(t *testing.T) {
	g := randomGray(103, 77)
	for _, size := range [][2]int{{31, 20}, {51, 38}, {100, 76}, {7, 3}} {
		got, want := shrink(g, size[0], size[1]), shrinkReference(g, size[0], size[1])
		for i := range want.Pix {
			if d := int(got.Pix[i]) - int(want.Pix[i]); d < -1 || d > 1 {
				t.Fatalf("%v: pixel %d = %d, want %d", size, i, got.Pix[i], want.Pix[i])
			}
		}
	}
}

// Halving, the common case, takes its own integer path: the same pixels as the weighted passes.
func TestShrink_halvingIsTheWeightedResult(t *testing.T) {
	g := randomGray(104, 78)
	xsp, ysp := areaSpans(104, 52), areaSpans(78, 39)
	got := shrink(g, 52, 39)
	for y, sy := range ysp {
		for x, sx := range xsp {
			var sum float32
			for j, wy := range sy.w {
				var row float32
				for i, wx := range sx.w {
					row += float32(g.Pix[(sy.lo+j)*g.Stride+sx.lo+i]) * wx
				}
				sum += row * wy
			}
			if want := uint8(min(255, sum+0.5)); got.Pix[y*got.Stride+x] != want {
				t.Fatalf("(%d, %d) = %d, want %d", x, y, got.Pix[y*got.Stride+x], want)
			}
		}
	}
	for _, size := range [][2]int{{52, 39}} {
		got, want := shrink(g, size[0], size[1]), shrinkReference(g, size[0], size[1])
		for i := range want.Pix {
			if d := int(got.Pix[i]) - int(want.Pix[i]); d < -1 || d > 1 {
				t.Fatalf("%v: pixel %d = %d, want %d", size, i, got.Pix[i], want.Pix[i])
			}
		}
	}
}

// BenchmarkShrink_page: an A4 page at 300 dpi to the ~150 dpi analysis copy; compare with
// BenchmarkShrinkReference_page in the same run.
func BenchmarkShrink_page(b *testing.B) {
	g := randomGray(2480, 3508)
	for b.Loop() {
		shrink(g, 1240, 1754)
	}
}

func BenchmarkShrinkReference_page(b *testing.B) {
	g := randomGray(2480, 3508)
	for b.Loop() {
		shrinkReference(g, 1240, 1754)
	}
}
