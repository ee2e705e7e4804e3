package imaging

/*
// -O3 vectorises the Up and Sub rows (most of a clean scan's): 37 → 32 ms for an RGB A4 page.
#cgo CFLAGS: -O3
#cgo LDFLAGS: -ldeflate
#include <stdlib.h>
#include <string.h>
#include <libdeflate.h>

static inline int paeth(int a, int b, int c) {
	int pa = b - c, pb = a - c, pc = pa + pb;
	pa = pa < 0 ? -pa : pa;
	pb = pb < 0 ? -pb : pb;
	pc = pc < 0 ? -pc : pc;
	return (pa <= pb && pa <= pc) ? a : (pb <= pc ? b : c);
}

// unfilterRow reverses a row's PNG filter in place; prev is the row above, already unfiltered (zeros first).
static int unfilterRow(int filter, unsigned char *row, const unsigned char *prev, size_t n, int bpp) {
	size_t i;
	switch (filter) {
	case 0:
		return 1;
	case 1: // Sub
		for (i = bpp; i < n; i++) row[i] += row[i - bpp];
		return 1;
	case 2: // Up
		for (i = 0; i < n; i++) row[i] += prev[i];
		return 1;
	case 3: // Average
		for (i = 0; i < (size_t)bpp; i++) row[i] += prev[i] / 2;
		for (i = bpp; i < n; i++) row[i] += (unsigned char)(((int)row[i - bpp] + (int)prev[i]) / 2);
		return 1;
	case 4: // Paeth
		for (i = 0; i < (size_t)bpp; i++) row[i] += prev[i];
		if (bpp == 3) {
			// An RGB pixel's three channels are independent chains: one pixel per step lets them overlap.
			for (i = 3; i < n; i += 3) {
				row[i] += paeth(row[i - 3], prev[i], prev[i - 3]);
				row[i + 1] += paeth(row[i - 2], prev[i + 1], prev[i - 2]);
				row[i + 2] += paeth(row[i - 1], prev[i + 2], prev[i - 1]);
			}
			return 1;
		}
		for (i = bpp; i < n; i++) row[i] += paeth(row[i - bpp], prev[i], prev[i - bpp]);
		return 1;
	}
	return 0;
}

// grayRow converts one unfiltered row into grey as ToGray does: ITU-R 601 luma, alpha composed over white.
static void grayRow(unsigned char *out, const unsigned char *row, int w, int colourType) {
	int x;
	switch (colourType) {
	case 0:
		memcpy(out, row, w);
		break;
	case 2:
		for (x = 0; x < w; x++) {
			int r = row[3 * x], g = row[3 * x + 1], b = row[3 * x + 2];
			out[x] = (unsigned char)((19595 * r + 38470 * g + 7471 * b + (1 << 15)) >> 16);
		}
		break;
	case 4:
		for (x = 0; x < w; x++) {
			int v = row[2 * x], a = row[2 * x + 1];
			out[x] = (unsigned char)(v * a / 255 + 255 - a);
		}
		break;
	case 6:
		for (x = 0; x < w; x++) {
			int a = row[4 * x + 3];
			int r = row[4 * x] * a / 255 + 255 - a, g = row[4 * x + 1] * a / 255 + 255 - a,
			    b = row[4 * x + 2] * a / 255 + 255 - a;
			out[x] = (unsigned char)((19595 * r + 38470 * g + 7471 * b + (1 << 15)) >> 16);
		}
		break;
	}
}

// inflateGray inflates a PNG's zlib stream (header and Adler-32 checked), reverses each row's filter and writes
// the rows as grey into out (w*h bytes). It returns 0 when the stream is damaged, decodes to more or fewer bytes
// than the image holds, or names a filter that does not exist.
static int inflateGray(const unsigned char *z, size_t n, int w, int h, int channels, int colourType,
                       unsigned char *out) {
	size_t stride = (size_t)w * channels + 1, size = stride * (size_t)h, got = 0;
	unsigned char *rows = malloc(size), *zero = calloc(1, stride);
	struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
	int ok = rows != NULL && zero != NULL && d != NULL &&
	         libdeflate_zlib_decompress(d, z, n, rows, size, &got) == LIBDEFLATE_SUCCESS && got == size;
	const unsigned char *prev = zero;
	for (int y = 0; y < h && ok; y++) {
		unsigned char *cur = rows + (size_t)y * stride;
		ok = unfilterRow(cur[0], cur + 1, prev + 1, stride - 1, channels);
		if (ok) grayRow(out + (size_t)y * w, cur + 1, w, colourType);
		prev = cur;
	}
	if (d != NULL) libdeflate_free_decompressor(d);
	free(rows);
	free(zero);
	return ok;
}
*/
import "C"

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"image"
	"unsafe"
)

// DecodePNGGray decodes a non-interlaced 8-bit PNG (grey, grey with alpha, RGB, RGBA) straight into grey, the
// pixels ToGray would make of image/png's result. image/png builds a 4-byte-per-pixel RGBA page first (35 MB
// for an A4 scan at 300 dpi, cleared, converted, then collected), and that took about as long as the inflating
// itself. It returns false for anything else — a palette, 16 bits, interlacing, a transparency chunk, a bad
// checksum, data cut short — and the caller decodes with image/png, which reports what is wrong.
func DecodePNGGray(data []byte) (*image.Gray, bool) {
	const signature = "\x89PNG\r\n\x1a\n"
	if len(data) < len(signature) || string(data[:len(signature)]) != signature {
		return nil, false
	}
	var (
		w, h, channels int
		colourType     byte
		idat           [][]byte
		ended          bool
	)
	for p := data[len(signature):]; !ended; {
		if len(p) < 12 {
			return nil, false
		}
		n := int(binary.BigEndian.Uint32(p))
		if n < 0 || n > len(p)-12 {
			return nil, false
		}
		typ, body := string(p[4:8]), p[8:8+n]
		if crc32.ChecksumIEEE(p[4:8+n]) != binary.BigEndian.Uint32(p[8+n:]) {
			return nil, false
		}
		p = p[12+n:]
		switch typ {
		case "IHDR":
			if n != 13 || w != 0 {
				return nil, false
			}
			w, h = int(binary.BigEndian.Uint32(body)), int(binary.BigEndian.Uint32(body[4:]))
			depth, compression, filter, interlace := body[8], body[10], body[11], body[12]
			colourType = body[9]
			channels = map[byte]int{0: 1, 2: 3, 4: 2, 6: 4}[colourType]
			if depth != 8 || compression != 0 || filter != 0 || interlace != 0 || channels == 0 ||
				w <= 0 || h <= 0 || w > 1<<20 || h > 1<<20 || w*h > 1<<28 {
				return nil, false
			}
		case "tRNS":
			return nil, false
		case "IDAT":
			if w == 0 {
				return nil, false
			}
			idat = append(idat, body)
		case "IEND":
			ended = true
		}
	}
	if len(idat) == 0 {
		return nil, false
	}
	z := idat[0]
	if len(idat) > 1 {
		z = bytes.Join(idat, nil)
	}
	// libdeflate inflates the whole stream at once: on the corpus pages with the filters in C it decodes in about
	// 60 % of the time compress/flate took (tinted 121 → 58 ms, clean 32 → 22 ms). zlib's inflate, row by row,
	// was slower than compress/flate on every page but the tinted ones.
	g := image.NewGray(image.Rect(0, 0, w, h))
	ok := C.inflateGray((*C.uchar)(unsafe.Pointer(&z[0])), C.size_t(len(z)), C.int(w), C.int(h), C.int(channels),
		C.int(colourType), (*C.uchar)(unsafe.Pointer(&g.Pix[0])))
	if ok == 0 {
		return nil, false
	}
	return g, true
}
