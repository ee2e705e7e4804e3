package ocr_test

import (
	"os"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
)

// TestMain re-executes the test binary with OMP_THREAD_LIMIT=1: libgomp reads it only when Tesseract loads.
func TestMain(m *testing.M) {
	if err := ocr.ReexecWithThreadLimit(); err != nil {
		os.Stderr.WriteString("warning: " + err.Error() + "\n")
	}
	os.Exit(m.Run())
}
