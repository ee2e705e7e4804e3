package bench

import (
	"context"
	"encoding/json"
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
// KAKANAI_BENCH_LAYOUTS and KAKANAI_BENCH_CONDITIONS narrow it, KAKANAI_BENCH_DUMP=FILE writes every outcome as JSON. The wrong values accepted at ≥ 0.9 are
// listed after it (fictitious specimen people only).
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
	o := Options{Quick: mode == "quick", Baseline: os.Getenv("KAKANAI_BENCH_NOBASE") == "", Variants: os.Getenv("KAKANAI_BENCH_NOVAR") == "", Progress: os.Stderr}
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
	r.PrintAcceptedErrors(os.Stdout)
	if f := os.Getenv("KAKANAI_BENCH_DUMP"); f != "" {
		b, err := json.Marshal(r.Samples)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if os.Getenv("KAKANAI_BENCH_UNDER") != "" {
		r.PrintUnderconfident(os.Stdout)
	}
}
