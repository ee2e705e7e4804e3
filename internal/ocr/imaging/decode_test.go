package imaging

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

// testScan is a grey page with text-like strokes and a gradient, as a scanner delivers it.
func testScan(w, h int) *image.Gray {
	g := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			v := uint8(200 + x*50/w)
			if (x/3+y/7)%11 == 0 {
				v = 20
			}
			g.Pix[y*g.Stride+x] = v
		}
	}
	return g
}

// A grey or colour JPEG page decodes to image/jpeg's Y plane within the two IDCTs' rounding; a PNG, a small
// JPEG (a card), a JPEG cut short (an upload broken off: image/jpeg reports it) and what is no image are left to
// the Go decoders.
func TestDecodeGray_matchesTheGoDecoders(t *testing.T) {
	const w, h = 1800, 1200 // a page: a smaller image is image/jpeg's
	src := testScan(w, h)
	var pngGray, pngRGB, jpg, pngAlpha, png16 bytes.Buffer
	if err := png.Encode(&pngGray, src); err != nil {
		t.Fatal(err)
	}
	rgb := image.NewRGBA(src.Rect)
	alpha := image.NewNRGBA(src.Rect)
	deep := image.NewGray16(src.Rect)
	for i, v := range src.Pix {
		x, y := i%w, i/w
		rgb.Set(x, y, color.RGBA{v, v, v, 255})
		alpha.Set(x, y, color.NRGBA{v, v, v, 128})
		deep.Set(x, y, color.Gray16{uint16(v) * 257})
	}
	if err := png.Encode(&pngRGB, rgb); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&pngAlpha, alpha); err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(&png16, deep); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpg, src, &jpeg.Options{Quality: 75}); err != nil {
		t.Fatal(err)
	}
	var jpgColour, jpgSmall bytes.Buffer
	if err := jpeg.Encode(&jpgColour, rgb, &jpeg.Options{Quality: 75}); err != nil {
		t.Fatal(err)
	}
	if err := jpeg.Encode(&jpgSmall, testScan(375, 236), &jpeg.Options{Quality: 75}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		data []byte
		tol  int
	}{{"grey JPEG", jpg.Bytes(), 2}, {"colour JPEG", jpgColour.Bytes(), 2}} {
		got, ok := DecodeGray(c.data)
		if !ok {
			t.Fatalf("%s: not decoded", c.name)
		}
		ref, _, err := image.Decode(bytes.NewReader(c.data))
		if err != nil {
			t.Fatal(err)
		}
		want := ToGray(ref)
		if got.Rect != want.Rect {
			t.Fatalf("%s: %v, want %v", c.name, got.Rect, want.Rect)
		}
		for y := 0; y < want.Rect.Dy(); y++ {
			for x := 0; x < want.Rect.Dx(); x++ {
				g, w := got.GrayAt(x, y).Y, want.GrayAt(x, y).Y
				if d := int(g) - int(w); d < -c.tol || d > c.tol {
					t.Fatalf("%s: pixel (%d, %d) = %d, want %d", c.name, x, y, g, w)
				}
			}
		}
	}
	for name, data := range map[string][]byte{
		"grey PNG": pngGray.Bytes(), "RGB PNG": pngRGB.Bytes(), "PNG with alpha": pngAlpha.Bytes(),
		"16-bit PNG": png16.Bytes(), "small JPEG": jpgSmall.Bytes(), "text": []byte("not an image at all"),
		"JPEG cut short": jpg.Bytes()[:jpg.Len()/2],
	} {
		if _, ok := DecodeGray(data); ok {
			t.Errorf("%s: decoded, want it left to the Go decoders", name)
		}
	}
}

// BenchmarkDecodeGray_JPEG and BenchmarkDecodeGo_JPEG: an A4 page at 300 dpi, JPEG quality 75, in the same run.
func BenchmarkDecodeGray_JPEG(b *testing.B) {
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, testScan(2480, 3508), &jpeg.Options{Quality: 75})
	for b.Loop() {
		DecodeGray(buf.Bytes())
	}
}

func BenchmarkDecodeGo_JPEG(b *testing.B) {
	var buf bytes.Buffer
	_ = jpeg.Encode(&buf, testScan(2480, 3508), &jpeg.Options{Quality: 75})
	for b.Loop() {
		img, _, _ := image.Decode(bytes.NewReader(buf.Bytes()))
		ToGray(img)
	}
}
