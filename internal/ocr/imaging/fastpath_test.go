package imaging

import (
	"image"
	"math"
	"testing"
)

// The OCR's glyph checks compare rendered and printed characters to a few hundredths, and the benchmark's
// readings were measured with the plain loops: the fast paths below must give the same bytes, not nearly.

func TestBlockMeans_isTheCroppedResize(t *testing.T) {
	g := randomGray(97, 83)
	ii := NewIntegral(g)
	for _, k := range []int{2, 4} {
		for _, at := range [][2]int{{0, 0}, {3, 5}, {11, 2}} {
			w, h := (g.Rect.Dx()-at[0])/k-1, (g.Rect.Dy()-at[1])/k-1
			got := image.NewGray(image.Rect(0, 0, w, h))
			ii.BlockMeans(got, at[0], at[1], k)
			want := Resize(Crop(g, image.Rect(at[0], at[1], at[0]+w*k, at[1]+h*k)), w, h)
			for i := range want.Pix {
				if got.Pix[i] != want.Pix[i] {
					t.Fatalf("k=%d at %v: pixel %d = %d, want %d", k, at, i, got.Pix[i], want.Pix[i])
				}
			}
		}
	}
}

func TestWarpAffine_isBilinearAtEveryPixel(t *testing.T) {
	g := randomGray(120, 90)
	for _, m := range []Affine{
		ScaleShift(0.7, 0.7, 3.2, -4.6),                        // partly outside: the edge cases
		{A: 0.98, B: -0.05, C: 10.3, D: 0.05, E: 0.98, F: 7.9}, // a skewed crop
		ScaleShift(1.3, 1.3, -20, 50),
	} {
		got := WarpAffine(g, m, 100, 80, 255)
		for y := 0; y < 80; y++ {
			for x := 0; x < 100; x++ {
				fx, fy := float64(x), float64(y)
				sx, sy := m.B*fy+m.C, m.E*fy+m.F
				if want := Bilinear(g, m.A*fx+sx, m.D*fx+sy, 255); got.Pix[y*got.Stride+x] != want {
					t.Fatalf("%+v (%d, %d) = %d, want %d", m, x, y, got.Pix[y*got.Stride+x], want)
				}
			}
		}
	}
}

func TestConvolve3_isTheClampedKernel(t *testing.T) {
	g := randomGray(41, 23)
	for _, sigma := range []float64{0.4, 0.6} {
		got := convolve3(g, sigma)
		k1 := math.Exp(-1 / (2 * sigma * sigma))
		k, n := [3]float64{k1, 1, k1}, k1*2+1
		w, h := g.Rect.Dx(), g.Rect.Dy()
		tmp := make([]float64, w*h)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				s := 0.0
				for i := -1; i <= 1; i++ {
					s += k[i+1] * float64(g.Pix[y*g.Stride+clamp(x+i, 0, w-1)])
				}
				tmp[y*w+x] = s / n
			}
		}
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				s := 0.0
				for i := -1; i <= 1; i++ {
					s += k[i+1] * tmp[clamp(y+i, 0, h-1)*w+x]
				}
				if want := uint8(s/n + 0.5); got.Pix[y*got.Stride+x] != want {
					t.Fatalf("sigma %.1f (%d, %d) = %d, want %d", sigma, x, y, got.Pix[y*got.Stride+x], want)
				}
			}
		}
	}
}

func TestResize_enlargingIsBilinearAtEveryPixel(t *testing.T) {
	g := randomGray(37, 29)
	for _, size := range [][2]int{{80, 70}, {37, 100}, {100, 20}, {38, 30}} {
		w, h := size[0], size[1]
		got := Resize(g, w, h)
		sx, sy := float64(37)/float64(w), float64(29)/float64(h)
		for y := 0; y < h; y++ {
			for x := 0; x < w; x++ {
				want := Bilinear(g, (float64(x)+0.5)*sx-0.5, (float64(y)+0.5)*sy-0.5, 255)
				if got.Pix[y*got.Stride+x] != want {
					t.Fatalf("%v: (%d, %d) = %d, want %d", size, x, y, got.Pix[y*got.Stride+x], want)
				}
			}
		}
	}
}

func TestWarpPerspective_isBilinearAtEveryPixel(t *testing.T) {
	g := randomGray(120, 90)
	dst := [4]Point{{X: 0, Y: 0}, {X: 99, Y: 0}, {X: 99, Y: 79}, {X: 0, Y: 79}}
	for _, quad := range [][4]Point{
		{{X: 5, Y: 4}, {X: 110, Y: 9}, {X: 104, Y: 85}, {X: 2, Y: 80}},    // inside, in perspective
		{{X: -8, Y: -3}, {X: 125, Y: 2}, {X: 118, Y: 95}, {X: -2, Y: 88}}, // partly outside: the edge cases
	} {
		hm, ok := HomographyFrom(dst, quad)
		if !ok {
			t.Fatal("no homography")
		}
		got := WarpPerspective(g, hm, 100, 80, 255)
		for y := 0; y < 80; y++ {
			for x := 0; x < 100; x++ {
				p := hm.Apply(Point{X: float64(x), Y: float64(y)})
				if want := Bilinear(g, p.X, p.Y, 255); got.Pix[y*got.Stride+x] != want {
					t.Fatalf("%v (%d, %d) = %d, want %d", quad, x, y, got.Pix[y*got.Stride+x], want)
				}
			}
		}
	}
}

func TestFlattenBackground_isTheDivision(t *testing.T) {
	g := randomGray(90, 70)
	for y := 0; y < 70; y++ { // a deep shadow on the left: levels under 40
		for x := 0; x < 30; x++ {
			g.Pix[y*g.Stride+x] /= 8
		}
	}
	got := FlattenBackground(g, 8)
	// The background level as FlattenBackground finds it, then the division it stands for.
	bw, bh := (90+7)/8, (70+7)/8
	bg := image.NewGray(image.Rect(0, 0, bw, bh))
	for by := 0; by < bh; by++ {
		for bx := 0; bx < bw; bx++ {
			var hist [256]int
			n := 0
			for y := by * 8; y < min(70, (by+1)*8); y++ {
				for x := bx * 8; x < min(90, (bx+1)*8); x++ {
					hist[g.Pix[y*g.Stride+x]]++
					n++
				}
			}
			k, acc := 255, 0
			for ; k > 0; k-- {
				if acc += hist[k]; acc*20 >= n {
					break
				}
			}
			bg.Pix[by*bg.Stride+bx] = uint8(k)
		}
	}
	full := Resize(BoxBlur(maxFilter(bg, 1), 1), 90, 70)
	for i, v := range g.Pix {
		b := max(40, int(full.Pix[i]))
		if want := uint8(min(255, int(v)*255/b)); got.Pix[i] != want {
			t.Fatalf("pixel %d: %d over %d = %d, want %d", i, v, b, got.Pix[i], want)
		}
	}
}

func TestHistogram_countsEveryPixelOnce(t *testing.T) {
	g := randomGray(103, 7) // a width no multiple of four
	sub := g.SubImage(image.Rect(1, 1, 102, 6)).(*image.Gray)
	for _, img := range []*image.Gray{g, {Pix: sub.Pix, Stride: sub.Stride, Rect: image.Rect(0, 0, 101, 5)}} {
		var want [256]int
		for y := 0; y < img.Rect.Dy(); y++ {
			for x := 0; x < img.Rect.Dx(); x++ {
				want[img.Pix[y*img.Stride+x]]++
			}
		}
		if got := Histogram(img); got != want {
			t.Fatalf("histogram differs")
		}
	}
}

func TestStretch_isTheLinearMap(t *testing.T) {
	g := randomGray(64, 48)
	for i := range g.Pix {
		g.Pix[i] = 60 + g.Pix[i]/2 // 60–187: room to stretch
	}
	h := Histogram(g)
	n, lo, hi, acc := 64*48, 0, 255, 0
	for lo = 0; lo < 255; lo++ {
		if acc += h[lo]; acc*200 >= n {
			break
		}
	}
	acc = 0
	for hi = 255; hi > 0; hi-- {
		if acc += h[hi]; acc*4 >= n {
			break
		}
	}
	got := Stretch(g)
	for i, v := range g.Pix {
		if want := uint8(clamp((int(v)-lo)*255/(hi-lo), 0, 255)); got.Pix[i] != want {
			t.Fatalf("pixel %d: %d → %d, want %d", i, v, got.Pix[i], want)
		}
	}
}

func TestDespeckle_removesExactlyTheSmallComponents(t *testing.T) {
	// The reference: label 8-connected ink components by flooding, remove those within maxArea pixels whose
	// box spans fewer than side pixels each way.
	reference := func(g *image.Gray, th uint8, maxArea, side int) (*image.Gray, int) {
		w, h := g.Rect.Dx(), g.Rect.Dy()
		out := Crop(g, g.Rect) // a copy
		label := make([]int, w*h)
		n, removed := 0, 0
		for start := range label {
			if label[start] != 0 || g.Pix[(start/w)*g.Stride+start%w] > th {
				continue
			}
			n++
			comp := []int{start}
			label[start] = n
			for k := 0; k < len(comp); k++ {
				px, py := comp[k]%w, comp[k]/w
				for qy := py - 1; qy <= py+1; qy++ {
					for qx := px - 1; qx <= px+1; qx++ {
						if qx >= 0 && qy >= 0 && qx < w && qy < h && label[qy*w+qx] == 0 && g.Pix[qy*g.Stride+qx] <= th {
							label[qy*w+qx] = n
							comp = append(comp, qy*w+qx)
						}
					}
				}
			}
			x0, y0, x1, y1 := w, h, -1, -1
			for _, p := range comp {
				x0, x1, y0, y1 = min(x0, p%w), max(x1, p%w), min(y0, p/w), max(y1, p/w)
			}
			if len(comp) <= maxArea && x1-x0 < side && y1-y0 < side {
				for _, p := range comp {
					out.Pix[(p/w)*out.Stride+p%w] = 255
				}
				removed++
			}
		}
		return out, removed
	}
	for _, c := range []struct {
		th         uint8
		area, side int
	}{{40, 4, 3}, {60, 9, 4}, {90, 30, 8}} {
		g := randomGray(57, 41)
		want, wantN := reference(g, c.th, c.area, c.side)
		n := Despeckle(g, c.th, c.area, c.side)
		if n != wantN {
			t.Fatalf("%+v: removed %d, want %d", c, n, wantN)
		}
		for i := range want.Pix {
			if g.Pix[i] != want.Pix[i] {
				t.Fatalf("%+v: pixel %d = %d, want %d", c, i, g.Pix[i], want.Pix[i])
			}
		}
	}
}

func TestTextOnly_keepsTheTextComponents(t *testing.T) {
	// The reference: 4-connected components by a breadth-first flood, kept when no taller than a tenth of the
	// page and not solid (fill < 0.8), or thin (a ruling) and no taller than that.
	reference := func(b *Binary) []bool {
		out := make([]bool, len(b.Pix))
		seen := make([]bool, len(b.Pix))
		for start, v := range b.Pix {
			if !v || seen[start] {
				continue
			}
			comp := []int{start}
			seen[start] = true
			for k := 0; k < len(comp); k++ {
				x, y := comp[k]%b.W, comp[k]/b.W
				for _, d := range [4][2]int{{-1, 0}, {1, 0}, {0, -1}, {0, 1}} {
					qx, qy := x+d[0], y+d[1]
					if qx >= 0 && qy >= 0 && qx < b.W && qy < b.H && b.Pix[qy*b.W+qx] && !seen[qy*b.W+qx] {
						seen[qy*b.W+qx] = true
						comp = append(comp, qy*b.W+qx)
					}
				}
			}
			x0, y0, x1, y1 := b.W, b.H, 0, 0
			for _, p := range comp {
				x0, x1, y0, y1 = min(x0, p%b.W), max(x1, p%b.W), min(y0, p/b.W), max(y1, p/b.W)
			}
			h, w := y1-y0+1, x1-x0+1
			fill := float64(len(comp)) / float64(h*w)
			if (h <= b.H/10 && fill < 0.8) || ((h <= 4 || w <= 4) && h <= b.H/10) {
				for _, p := range comp {
					out[p] = true
				}
			}
		}
		return out
	}
	g := randomGray(120, 300)
	for _, th := range []uint8{60, 110, 140} {
		b := &Binary{W: 120, H: 300, Pix: make([]bool, 120*300)}
		for i, v := range g.Pix {
			b.Pix[i] = v < th
		}
		for y := 100; y < 140; y++ { // a solid block and a ruling
			for x := 10; x < 50; x++ {
				b.Pix[y*120+x] = true
			}
			b.Pix[y*120+100] = true
		}
		got, want := TextOnly(b).Pix, reference(b)
		for i := range want {
			if got[i] != want[i] {
				t.Fatalf("threshold %d: pixel %d = %v, want %v", th, i, got[i], want[i])
			}
		}
	}
}
