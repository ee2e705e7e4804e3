// Command kakanai is the 書かない窓口 service and its tools; see internal/cli.
package main

import (
	"context"
	"os"

	"github.com/kakanai/kakanai/internal/cli"
	"github.com/kakanai/kakanai/internal/ocr"
)

func main() {
	// Tesseract's OpenMP threads fight the OCR worker pool for the CPU, and the OpenMP runtime reads
	// OMP_THREAD_LIMIT only when it loads at process start: restart with it set when it is not.
	_ = ocr.ReexecWithThreadLimit() // returns only when it did not restart; then carry on without the limit
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}
