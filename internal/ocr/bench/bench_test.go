package bench

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

func TestMain(m *testing.M) {
	_ = ocr.ReexecWithThreadLimit()
	os.Exit(m.Run())
}

// TestBenchReport runs the benchmark when KAKANAI_BENCH is set (quick or full) and prints the table;
// KAKANAI_BENCH_LAYOUTS and KAKANAI_BENCH_CONDITIONS narrow it.
func TestBenchReport(t *testing.T) {
	mode := os.Getenv("KAKANAI_BENCH")
	if mode == "" {
		t.Skip("set KAKANAI_BENCH=quick or full")
	}
	e, err := ocr.New(ocr.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	o := Options{Quick: mode == "quick", Baseline: os.Getenv("KAKANAI_BENCH_NOBASE") == "", Variants: true, Progress: os.Stderr}
	if l := os.Getenv("KAKANAI_BENCH_LAYOUTS"); l != "" {
		o.Layouts = strings.Split(l, ",")
	}
	if c := os.Getenv("KAKANAI_BENCH_CONDITIONS"); c != "" {
		for _, x := range strings.Split(c, ",") {
			o.Conditions = append(o.Conditions, specimen.Condition(x))
		}
	}
	r, err := Run(context.Background(), e, o)
	if err != nil {
		t.Fatal(err)
	}
	r.Print(os.Stdout)
}
