package ocr_test

import (
	"sync"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
)

var (
	engineOnce sync.Once
	engine     *ocr.Engine
	engineErr  error
)

// newEngine returns one engine shared by the package's tests (Tesseract clients and dictionaries load once).
func newEngine(t *testing.T) *ocr.Engine {
	t.Helper()
	engineOnce.Do(func() { engine, engineErr = ocr.New(ocr.Options{}) })
	if engineErr != nil {
		t.Fatal(engineErr)
	}
	return engine
}
