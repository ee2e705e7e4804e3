package ocr

import (
	"context"
	"encoding/binary"
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
		syms, err := pool.recognize(context.Background(), line, LangJpn, gosseract.PSM_SINGLE_LINE, "")
		if err != nil {
			t.Fatal(err)
		}
		var got strings.Builder
		for _, s := range syms {
			got.WriteString(s.Text)
		}
		if got.String() != printed {
			t.Errorf("width %d (%d mod 4): read %q, want %q", w, w%4, got.String(), printed)
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
