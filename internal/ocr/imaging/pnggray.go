package imaging

import (
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"image"
	"io"
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
		// The chunk checksums stand in for zlib's Adler-32, which is not checked: they cover the same bytes.
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
	// A zlib stream: a 2-byte header (deflate, no preset dictionary), then deflate.
	if len(z) < 2 || z[0]&0x0f != 8 || z[1]&0x20 != 0 || (uint(z[0])<<8|uint(z[1]))%31 != 0 {
		return nil, false
	}
	r := flate.NewReader(bytes.NewReader(z[2:]))
	defer r.Close()
	stride := w * channels
	cur, prev := make([]byte, 1+stride), make([]byte, 1+stride)
	g := image.NewGray(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		if _, err := io.ReadFull(r, cur); err != nil {
			return nil, false
		}
		if !unfilter(cur[0], cur[1:], prev[1:], channels) {
			return nil, false
		}
		grayRow(g.Pix[y*g.Stride:y*g.Stride+w], cur[1:], colourType)
		cur, prev = prev, cur
	}
	return g, true
}

// unfilter reverses a row's PNG filter in place; prev is the row above, already unfiltered (zeros for the first).
func unfilter(filter byte, row, prev []byte, bpp int) bool {
	switch filter {
	case 0:
	case 1: // Sub
		for i := bpp; i < len(row); i++ {
			row[i] += row[i-bpp]
		}
	case 2: // Up
		for i, p := range prev[:len(row)] {
			row[i] += p
		}
	case 3: // Average
		for i := 0; i < bpp; i++ {
			row[i] += prev[i] / 2
		}
		for i := bpp; i < len(row); i++ {
			row[i] += uint8((int(row[i-bpp]) + int(prev[i])) / 2)
		}
	case 4: // Paeth, channel by channel so that the left and upper-left bytes stay in registers
		for ch := 0; ch < bpp; ch++ {
			a, c := 0, 0
			for i := ch; i < len(row); i += bpp {
				b := int(prev[i])
				pa, pb := b-c, a-c
				pc := abs(pa + pb)
				pa, pb = abs(pa), abs(pb)
				switch {
				case pa <= pb && pa <= pc:
				case pb <= pc:
					a = b
				default:
					a = c
				}
				a = (a + int(row[i])) & 0xff
				row[i] = uint8(a)
				c = b
			}
		}
	default:
		return false
	}
	return true
}

// grayRow converts one unfiltered row into grey as ToGray does: ITU-R 601 luma, alpha composed over white.
func grayRow(out, row []byte, colourType byte) {
	switch colourType {
	case 0:
		copy(out, row)
	case 2:
		for x := range out {
			r, g, b := int(row[3*x]), int(row[3*x+1]), int(row[3*x+2])
			out[x] = uint8((19595*r + 38470*g + 7471*b + 1<<15) >> 16)
		}
	case 4:
		for x := range out {
			v, a := int(row[2*x]), int(row[2*x+1])
			out[x] = uint8(v*a/255 + 255 - a)
		}
	case 6:
		for x := range out {
			a := int(row[4*x+3])
			r, g, b := int(row[4*x])*a/255+255-a, int(row[4*x+1])*a/255+255-a, int(row[4*x+2])*a/255+255-a
			out[x] = uint8((19595*r + 38470*g + 7471*b + 1<<15) >> 16)
		}
	}
}

func abs(x int) int {
	m := x >> 63
	return (x ^ m) - m
}
