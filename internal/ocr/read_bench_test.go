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
	pages := moveOutPages(b)
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

// BenchmarkRead_glyphReaders reads the same pages as BenchmarkRead_moveOutCertificate with four engines, page
// by page in turn: one sending every line to Tesseract as the thirteenth session's code did, one reading address
// lines by their glyphs against the dictionary (the fourteenth session's), one with every glyph reader of the
// fifteenth session (also the issuer line against the municipalities, the title against the template's, a
// person's name against the spellings of its フリガナ, the 世帯主 and 筆頭者 boxes against the persons' names),
// and one that also reads an address line's head by its glyphs and only the rest with Tesseract. It reports each
// one's CPU seconds a page and the ratios to the first: on a VM whose speed drifts from run to run, only figures
// taken side by side compare.
func BenchmarkRead_glyphReaders(b *testing.B) {
	pages := moveOutPages(b)
	ctx := context.Background()
	configs := []ocr.Options{
		{Workers: 1, DisableAddressGlyphs: true, DisableIssuerGlyphs: true, DisableTitleGlyphs: true,
			DisablePageNames: true, DisableKanaNames: true},
		{Workers: 1, DisableAddressHeads: true, DisableIssuerGlyphs: true, DisableTitleGlyphs: true,
			DisablePageNames: true, DisableKanaNames: true},
		{Workers: 1, DisableAddressHeads: true},
		{Workers: 1},
	}
	engines := make([]*ocr.Engine, len(configs))
	for i, o := range configs {
		e, err := ocr.New(o)
		if err != nil {
			b.Fatal(err)
		}
		defer e.Close()
		if _, err := e.Read(ctx, pages[0], ocr.ReadOptions{}); err != nil {
			b.Fatal(err)
		}
		engines[i] = e
	}
	cpu := make([]float64, len(engines))
	n := 0
	for b.Loop() {
		for i, e := range engines {
			runtime.GC()
			c0 := bench.CPUTime()
			if _, err := e.Read(ctx, pages[n%len(pages)], ocr.ReadOptions{}); err != nil {
				b.Fatal(err)
			}
			cpu[i] += (bench.CPUTime() - c0).Seconds()
		}
		n++
	}
	b.ReportMetric(cpu[0]/float64(n), "cpu-s/page-tesseract-only")
	b.ReportMetric(cpu[1]/float64(n), "cpu-s/page-addresses")
	b.ReportMetric(cpu[2]/float64(n), "cpu-s/page-no-heads")
	b.ReportMetric(cpu[3]/float64(n), "cpu-s/page")
	b.ReportMetric(cpu[1]/cpu[0], "ratio-addresses")
	b.ReportMetric(cpu[2]/cpu[0], "ratio-no-heads")
	b.ReportMetric(cpu[3]/cpu[0], "ratio")
}

// moveOutPages generates the six 転出証明書 layouts under every condition.
func moveOutPages(b *testing.B) [][]byte {
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
	return pages
}
