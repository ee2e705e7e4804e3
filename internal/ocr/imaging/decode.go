package imaging

/*
#cgo LDFLAGS: -lleptonica
#include <leptonica/allheaders.h>

// decodeGray decodes an 8-bit JPEG of at least minPixels pixels, its luminance alone (no chroma upsampling, no
// colour conversion). Anything else returns NULL: the Go decoders take it.
static PIX *decodeGray(const l_uint8 *data, size_t n, double minPixels) {
	l_int32 format = 0, w = 0, h = 0, bps = 0, spp = 0, cmap = 0;
	if (pixReadHeaderMem(data, n, &format, &w, &h, &bps, &spp, &cmap) != 0 || format != IFF_JFIF_JPEG ||
	    bps != 8 || (spp != 1 && spp != 3) || (double)w * (double)h < minPixels) {
		return NULL; // not a JPEG, CMYK, or small
	}
	l_int32 warn = 0; // Leptonica returns NULL itself when libjpeg warns of corrupt or missing data
	return pixReadMemJpeg(data, n, 0, 1, &warn, L_JPEG_READ_LUMINANCE);
}

// copyRows writes the pixels of an 8-bit PIX row by row into out (w*h bytes). Leptonica keeps a row in 32-bit
// words with the first pixel in the most significant byte.
static void copyRows(PIX *p, l_uint8 *out) {
	l_int32 w = pixGetWidth(p), h = pixGetHeight(p), wpl = pixGetWpl(p);
	l_uint32 *data = pixGetData(p);
	for (l_int32 y = 0; y < h; y++) {
		l_uint32 *line = data + y * wpl;
		l_uint8 *o = out + (size_t)y * w;
		for (l_int32 x = 0; x < w; x++) {
			o[x] = GET_DATA_BYTE(line, x);
		}
	}
}

static void quiet(void) { setMsgSeverity(L_SEVERITY_NONE); }
*/
import "C"

import (
	"image"
	"math"
	"sync"
	"unsafe"
)

var quietOnce sync.Once

// decodeGrayMinPixels: below two megapixels (a card scanned at 200 dpi is 0.3) image/jpeg decodes.
const decodeGrayMinPixels = 2_000_000

// DecodeGray decodes a JPEG page into grey with Leptonica's libjpeg-turbo reading the luminance alone: twice as
// fast as image/jpeg, which decodes the chroma too (an A4 page at 300 dpi: 73 → 32 ms). It returns false for
// anything else and the caller uses the other decoders: PNG (DecodePNGGray; libpng through Leptonica was no
// faster than image/png here), CMYK, and images under decodeGrayMinPixels — a card photographed small costs image/jpeg a few
// milliseconds, and the two IDCTs round differently: on 7-pixel characters that flipped a reading (the
// 375-pixel 在留カード 見本's 在留期間).
func DecodeGray(data []byte) (*image.Gray, bool) {
	if len(data) < 8 {
		return nil, false
	}
	quietOnce.Do(func() { C.quiet() })
	p := C.decodeGray((*C.l_uint8)(unsafe.Pointer(&data[0])), C.size_t(len(data)), C.double(decodeGrayMinPixels))
	if p == nil {
		return nil, false
	}
	defer C.pixDestroy(&p)
	w, h := int(C.pixGetWidth(p)), int(C.pixGetHeight(p))
	if w <= 0 || h <= 0 || w > math.MaxInt32/h {
		return nil, false
	}
	g := image.NewGray(image.Rect(0, 0, w, h))
	C.copyRows(p, (*C.l_uint8)(unsafe.Pointer(&g.Pix[0])))
	return g, true
}
