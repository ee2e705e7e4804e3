package ocr

import (
	"bytes"
	"context"
	"encoding/binary"
	"fmt"
	"image"
	_ "image/jpeg" // decoders for image.Decode
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"

	"golang.org/x/image/tiff"

	kakanai "github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// PDFDPI is the resolution PDF pages are rendered at; boxes of PDF results are in these pixels.
const PDFDPI = 300

// decodePages turns the uploaded bytes into page images: JPEG, PNG, TIFF, or every page of a PDF (rendered by
// pdftoppm from Debian's poppler-utils at 300 dpi, grey).
func decodePages(ctx context.Context, data []byte) ([]image.Image, error) {
	switch {
	case len(data) == 0:
		return nil, kakanai.Invalid("file", "ファイルが空です")
	case bytes.HasPrefix(data, []byte("%PDF")):
		return renderPDF(ctx, data)
	case isTIFF(data):
		return decodeTIFF(data)
	}
	if g, ok := imaging.DecodeGray(data); ok {
		return []image.Image{g}, nil
	}
	if g, ok := imaging.DecodePNGGray(data); ok {
		return []image.Image{g}, nil
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, kakanai.Invalid("file", "画像を読み取れません（JPEG・PNG・TIFF・PDFに対応しています）")
	}
	return []image.Image{img}, nil
}

func renderPDF(ctx context.Context, data []byte) ([]image.Image, error) {
	dir, err := os.MkdirTemp("", "kakanai-ocr-pdf-")
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, kakanai.Internal(err)
	}
	cmd := exec.CommandContext(ctx, "pdftoppm", "-r", fmt.Sprint(PDFDPI), "-gray", "-png", in, filepath.Join(dir, "p"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if _, lookErr := exec.LookPath("pdftoppm"); lookErr != nil {
			return nil, kakanai.Internal(fmt.Errorf("pdftoppm not found (install Debian poppler-utils): %w", lookErr))
		}
		return nil, kakanai.Invalid("file", "PDFを読み取れません")
	}
	names, _ := filepath.Glob(filepath.Join(dir, "p-*.png"))
	sort.Strings(names) // pdftoppm zero-pads page numbers to a common width
	if len(names) == 0 {
		return nil, kakanai.Invalid("file", "PDFにページがありません")
	}
	var pages []image.Image
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, kakanai.Internal(err)
		}
		img, _, err := image.Decode(bytes.NewReader(b))
		if err != nil {
			return nil, kakanai.Internal(err)
		}
		pages = append(pages, img)
	}
	return pages, nil
}

func isTIFF(b []byte) bool {
	return len(b) >= 8 && (bytes.HasPrefix(b, []byte("II*\x00")) || bytes.HasPrefix(b, []byte("MM\x00*")))
}

// maxTIFFPages bounds a malformed or looping IFD chain.
const maxTIFFPages = 100

// decodeTIFF decodes every page of a (multi-page) TIFF, as scanners write a stack of sheets. x/image/tiff reads
// only the first image directory, so each page is decoded from a copy whose header points at that page's
// directory: offsets inside the file stay valid, nothing is re-encoded.
func decodeTIFF(data []byte) ([]image.Image, error) {
	var order binary.ByteOrder = binary.LittleEndian
	if data[0] == 'M' {
		order = binary.BigEndian
	}
	var pages []image.Image
	seen := map[uint32]bool{}
	for off := order.Uint32(data[4:8]); off != 0; {
		if seen[off] || len(pages) >= maxTIFFPages || int64(off)+2 > int64(len(data)) {
			break
		}
		seen[off] = true
		page := bytes.Clone(data)
		order.PutUint32(page[4:8], off)
		img, err := tiff.Decode(bytes.NewReader(page))
		if err != nil {
			if len(pages) > 0 {
				break // a damaged later page: keep what was read
			}
			return nil, kakanai.Invalid("file", "TIFF画像を読み取れません")
		}
		pages = append(pages, img)
		n := int64(order.Uint16(data[off : off+2]))
		next := int64(off) + 2 + 12*n
		if next+4 > int64(len(data)) {
			break
		}
		off = order.Uint32(data[next : next+4])
	}
	if len(pages) == 0 {
		return nil, kakanai.Invalid("file", "TIFF画像にページがありません")
	}
	return pages, nil
}
