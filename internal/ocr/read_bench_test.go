package ocr_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/bench"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// BenchmarkRead_moveOutCertificate reads the six 転出証明書 layouts under every condition, one page per
// iteration in turn, so that `go test -bench Read -cpuprofile` shows where a page's time goes (R8: ≤ 0.3 s CPU).
func BenchmarkRead_moveOutCertificate(b *testing.B) {
	layouts := []string{"moveout-standard", "moveout-legacy-a", "moveout-legacy-b", "moveout-legacy-c",
		"moveout-legacy-d", "moveout-legacy-e"}
	var pages [][]byte
	for i, l := range layouts {
		for _, c := range specimen.Conditions() {
			s, err := specimen.Generate(specimen.Options{Seed: uint64(i + 1), Layout: l, Condition: c})
			if err != nil {
				b.Fatal(err)
			}
			pages = append(pages, s.Data)
		}
	}
	e, err := ocr.New(ocr.Options{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	ctx := context.Background()
	if _, err := e.Read(ctx, pages[0], ocr.ReadOptions{}); err != nil { // loads glyph sets and dictionaries
		b.Fatal(err)
	}
	runtime.GC() // the generator's garbage is not the reader's
	cpu0 := bench.CPUTime()
	i := 0
	for b.Loop() {
		if _, err := e.Read(ctx, pages[i%len(pages)], ocr.ReadOptions{}); err != nil {
			b.Fatal(err)
		}
		i++
	}
	b.ReportMetric((bench.CPUTime()-cpu0).Seconds()/float64(i), "cpu-s/page")
}
