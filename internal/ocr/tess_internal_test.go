package ocr

import (
	"context"
	"encoding/binary"
	"image"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
	"github.com/otiai10/gosseract/v2"
)

// Lines go to Tesseract as leptonica's serialised raster, four pixels to a 32-bit word: a line of every width
// modulo four (three of them leave padding at the row's end) reads as printed, which it would not if a byte
// landed in the wrong place (R8).
func TestEncodeSpix_R8_everyRowWidthReadsAsPrinted(t *testing.T) {
	const printed = "転出証明書"
	img := renderText(printed, fonts.Mincho, 36)
	if img == nil {
		t.Skip("font not installed")
	}
	pool := newTessPool(1)
	defer pool.close()
	for pad := 0; pad < 4; pad++ {
		w := img.Rect.Dx() + pad
		line := imaging.NewWhite(w, img.Rect.Dy())
		for y := 0; y < img.Rect.Dy(); y++ {
			copy(line.Pix[y*line.Stride:], img.Pix[y*img.Stride:y*img.Stride+img.Rect.Dx()])
		}
		if got := readText(t, pool, line); got != printed {
			t.Errorf("width %d (%d mod 4): read %q, want %q", w, w%4, got, printed)
		}
	}
}

// The serialised form holds the header leptonica's reader checks and a white row padding.
func TestEncodeSpix_R8_header(t *testing.T) {
	g := imaging.NewWhite(5, 2)
	g.Pix[0], g.Pix[4], g.Pix[g.Stride] = 1, 5, 6
	if binary.NativeEndian.Uint16([]byte{1, 0}) != 1 {
		t.Skip("the expected bytes below are a little-endian machine's")
	}
	b := encodeSpix(g)
	if string(b[:4]) != "spix" || len(b) != 28+2*8 {
		t.Fatalf("header %q, length %d", b[:4], len(b))
	}
	raster := b[28:]
	// Little-endian words: the first pixel is the word's last byte.
	if raster[3] != 1 || raster[7] != 5 || raster[11] != 6 || raster[4] != 0xff {
		t.Errorf("raster % x", raster)
	}
}

// A letter-spaced title closed up reads the same in under 70 % of the width (R8): Tesseract's time grows with it.
func TestCloseGaps_R8_letterSpacedTitleReadsTheSameNarrower(t *testing.T) {
	img := renderText("転　出　証　明　書", fonts.Mincho, 40)
	if img == nil {
		t.Skip("font not installed")
	}
	li := prepareLine(img, 40)
	closed := closeGaps(li.img, targetHeight/4)
	if w, was := closed.Rect.Dx(), li.img.Rect.Dx(); w*10 > was*7 {
		t.Errorf("closed up to %d px of %d", w, was)
	}
	pool := newTessPool(1)
	defer pool.close()
	if got := readText(t, pool, closed); got != "転出証明書" {
		t.Errorf("read %q", got)
	}
}

// Gaps between characters are capped; the margins before the first and after the last stay as they were.
func TestCloseGaps_R8_keepsMarginsCapsGaps(t *testing.T) {
	// Ink at columns 3, 10–11 and 30: margins 3 and 4, gaps 6 and 18.
	g := imaging.NewWhite(35, 2)
	for _, x := range []int{3, 10, 11, 30} {
		g.Pix[x] = 0
	}
	out := closeGaps(g, 4)
	var row []byte
	for x := 0; x < out.Rect.Dx(); x++ {
		c := byte('.')
		if out.Pix[x] == 0 {
			c = '#'
		}
		row = append(row, c)
	}
	if want := "...#....##....#...."; string(row) != want {
		t.Errorf("closed %q, want %q", row, want)
	}
}

// readText is what Tesseract reads in a line, its symbols joined.
func readText(t *testing.T, pool *tessPool, line *image.Gray) string {
	t.Helper()
	syms, err := pool.recognize(context.Background(), line, LangJpn, gosseract.PSM_SINGLE_LINE, "")
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, s := range syms {
		got.WriteString(s.Text)
	}
	return got.String()
}
