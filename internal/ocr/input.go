package ocr

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/jpeg" // decoders for image.Decode
	_ "image/png"
	"os"
	"os/exec"
	"path/filepath"
	"sort"

	_ "golang.org/x/image/tiff"

	kakanai "github.com/kakanai/kakanai"
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
