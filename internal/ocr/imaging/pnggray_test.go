package imaging

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/png"
	"io"
	"testing"
)

// colourScan is a colour page whose rows make image/png choose each of the four predicting filters: flat paper,
// gradients, strokes and noise.
func colourScan(w, h int, alpha bool) image.Image {
	noise, strokes := randomGray(w, h), testScan(w, h)
	var img draw64
	if alpha {
		img = image.NewNRGBA(image.Rect(0, 0, w, h))
	} else {
		img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			i := y*w + x
			var r, g, b uint8
			switch (y / 8) % 4 {
			case 0: // paper
				r, g, b = 250, 248, 240
			case 1: // a tint gradient
				r, g, b = uint8(180+x*60/w), uint8(200+y%50), 230
			case 2: // print on paper
				r, g, b = strokes.Pix[i], strokes.Pix[i]-10, strokes.Pix[i]/2
			default: // sensor noise
				r, g, b = noise.Pix[i], noise.Pix[(i+7)%len(noise.Pix)], 128
			}
			a := uint8(255)
			if alpha {
				a = uint8(x * 255 / w)
			}
			img.Set(x, y, color.NRGBA{r, g, b, a})
		}
	}
	return img
}

type draw64 interface {
	image.Image
	Set(x, y int, c color.Color)
}

// filtersUsed lists the PNG row filters a file's rows use.
func filtersUsed(t *testing.T, data []byte, h, stride int) map[byte]bool {
	t.Helper()
	var z []byte
	for p := data[8:]; len(p) >= 12; {
		n := int(binary.BigEndian.Uint32(p))
		if string(p[4:8]) == "IDAT" {
			z = append(z, p[8:8+n]...)
		}
		p = p[12+n:]
	}
	r, err := zlib.NewReader(bytes.NewReader(z))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	used := map[byte]bool{}
	for y := 0; y < h; y++ {
		used[raw[y*(1+stride)]] = true
	}
	return used
}

// chunkedPNG writes rows (each led by its filter byte) as a PNG of the given colour type and depth, the
// compressed data split over several IDAT chunks, with extra chunks before it.
func chunkedPNG(w, h int, colourType, depth byte, rows []byte, extra ...[2]string) []byte {
	var out bytes.Buffer
	out.WriteString("\x89PNG\r\n\x1a\n")
	chunk := func(typ string, body []byte) {
		var n [4]byte
		binary.BigEndian.PutUint32(n[:], uint32(len(body)))
		out.Write(n[:])
		out.WriteString(typ)
		out.Write(body)
		binary.BigEndian.PutUint32(n[:], crc32.ChecksumIEEE(append([]byte(typ), body...)))
		out.Write(n[:])
	}
	ihdr := make([]byte, 13)
	binary.BigEndian.PutUint32(ihdr, uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	ihdr[8], ihdr[9] = depth, colourType
	chunk("IHDR", ihdr)
	for _, e := range extra {
		chunk(e[0], []byte(e[1]))
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(rows)
	zw.Close()
	for b := z.Bytes(); len(b) > 0; {
		n := min(len(b), 1000)
		chunk("IDAT", b[:n])
		b = b[n:]
	}
	chunk("IEND", nil)
	return out.Bytes()
}

// A PNG decodes straight to the grey ToGray makes of image/png's image, for every colour type a scanner writes
// and every row filter.
func TestDecodePNGGray_matchesImagePNG(t *testing.T) {
	const w, h = 301, 160
	enc := func(img image.Image) []byte {
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	ga := make([]byte, 0, h*(1+2*w))
	noise := randomGray(w, h)
	for y := 0; y < h; y++ {
		ga = append(ga, 0)
		for x := 0; x < w; x++ {
			ga = append(ga, noise.Pix[y*w+x], uint8(x*255/w))
		}
	}
	cases := map[string]struct {
		data     []byte
		channels int
	}{
		"grey":             {enc(testScan(w, h)), 1},
		"RGB":              {enc(colourScan(w, h, false)), 3},
		"RGBA":             {enc(colourScan(w, h, true)), 4},
		"grey with alpha":  {chunkedPNG(w, h, 4, 8, ga), 2},
		"RGB, chunked":     {chunkedPNG(w, h, 2, 8, bytes.Repeat(append([]byte{0}, bytes.Repeat([]byte{9, 99, 199}, w)...), h)), 3},
		"with a text note": {chunkedPNG(w, h, 4, 8, ga, [2]string{"tEXt", "Software\x00scanner"}), 2},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			img, err := png.Decode(bytes.NewReader(c.data))
			if err != nil {
				t.Fatal(err)
			}
			want := ToGray(img)
			got, ok := DecodePNGGray(c.data)
			if !ok {
				t.Fatal("not decoded")
			}
			if got.Rect != want.Rect || !bytes.Equal(got.Pix, want.Pix) {
				t.Fatalf("differs from image/png + ToGray")
			}
		})
	}
	// image/png's encoder picks Sub, Up, Average and Paeth for these rows; None is the chunked files'.
	if used := filtersUsed(t, cases["RGB"].data, h, 3*w); !used[1] || !used[2] || !used[3] || !used[4] {
		t.Errorf("the RGB page uses filters %v, want 1–4", used)
	}
}

// What it does not decode, it leaves to image/png: a palette, 16 bits, a transparency chunk, interlacing, a
// damaged or truncated file, what is no PNG.
func TestDecodePNGGray_leavesTheRestToImagePNG(t *testing.T) {
	const w, h = 40, 30
	var paletted, deep, good bytes.Buffer
	pal := image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White, color.Black})
	png.Encode(&paletted, pal)
	png.Encode(&deep, image.NewGray16(image.Rect(0, 0, w, h)))
	png.Encode(&good, testScan(w, h))
	grey := bytes.Repeat(append([]byte{0}, bytes.Repeat([]byte{200}, w)...), h)
	interlaced := chunkedPNG(w, h, 0, 8, grey)
	interlaced[8+8+12] = 1 // IHDR's interlace byte, and the chunk's checksum to match
	binary.BigEndian.PutUint32(interlaced[8+8+13:], crc32.ChecksumIEEE(interlaced[8+4:8+8+13]))
	damaged := bytes.Clone(good.Bytes())
	damaged[len(damaged)/2] ^= 0xff
	cases := map[string][]byte{
		"palette":        paletted.Bytes(),
		"16 bits":        deep.Bytes(),
		"transparency":   chunkedPNG(w, h, 0, 8, grey, [2]string{"tRNS", "\x00\xc8"}),
		"interlaced":     interlaced,
		"damaged":        damaged,
		"truncated":      good.Bytes()[:good.Len()*2/3],
		"unknown filter": chunkedPNG(w, h, 0, 8, bytes.Repeat(append([]byte{7}, bytes.Repeat([]byte{200}, w)...), h)),
		"no image":       []byte("%PDF-1.7 not a png"),
	}
	for name, data := range cases {
		if _, ok := DecodePNGGray(data); ok {
			t.Errorf("%s: decoded, want it left to image/png", name)
		}
	}
	if g, ok := DecodePNGGray(good.Bytes()); !ok || !bytes.Equal(g.Pix, testScan(w, h).Pix) {
		t.Error("the undamaged file does not decode")
	}
}

func BenchmarkDecodePNG_colourPage(b *testing.B) {
	var buf bytes.Buffer
	if err := png.Encode(&buf, colourScan(2480, 1754, false)); err != nil {
		b.Fatal(err)
	}
	b.Run("image/png+ToGray", func(b *testing.B) {
		for b.Loop() {
			img, _ := png.Decode(bytes.NewReader(buf.Bytes()))
			ToGray(img)
		}
	})
	b.Run("DecodePNGGray", func(b *testing.B) {
		for b.Loop() {
			DecodePNGGray(buf.Bytes())
		}
	})
}
