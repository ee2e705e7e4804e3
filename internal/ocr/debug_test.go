package ocr_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/bench"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// TestDebugLayout prints every field of one generated specimen: KAKANAI_DEBUG_LAYOUT=moveout-standard
// KAKANAI_DEBUG_COND=clean KAKANAI_DEBUG_SEED=1.
func TestDebugLayout(t *testing.T) {
	layout := os.Getenv("KAKANAI_DEBUG_LAYOUT")
	if layout == "" {
		t.Skip("set KAKANAI_DEBUG_LAYOUT")
	}
	cond := specimen.Condition(os.Getenv("KAKANAI_DEBUG_COND"))
	seeds := os.Getenv("KAKANAI_DEBUG_SEED")
	n, _ := strconv.Atoi(os.Getenv("KAKANAI_DEBUG_N"))
	if n == 0 {
		n = 1
	}
	seed, _ := strconv.Atoi(seeds)
	opts := ocr.Options{}
	if os.Getenv("KAKANAI_DEBUG_RAW") != "" {
		opts.Logger = slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	e, err := ocr.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	ok, total := 0, 0
	for i := 0; i < n; i++ {
		s, err := specimen.Generate(specimen.Options{Seed: uint64(seed + i), Layout: layout, Condition: cond})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		r, err := e.Read(context.Background(), s.Data, ocr.ReadOptions{NoTemplates: os.Getenv("KAKANAI_DEBUG_LABELS") != ""})
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("== %s: %s template=%s issuer=%s (want %s) %v warnings=%v\n", s.Name, r.DocumentType, r.Template, r.IssuerLgCode, s.Truth.IssuerLgCode, time.Since(start), r.Warnings)
		for _, o := range bench.Score(s.Truth, r) {
			mark := "  "
			if !o.OK() {
				mark = "✗ "
			}
			total++
			if o.OK() {
				ok++
			}
			if !o.OK() || os.Getenv("KAKANAI_DEBUG_ALL") != "" {
				fmt.Printf("%s%2d %-20s %.2f want %q got %q\n", mark, o.Person, o.Key, o.Conf, o.Want, o.Got)
			}
		}
	}
	fmt.Printf("exact %d/%d = %.1f%%\n", ok, total, 100*float64(ok)/float64(total))
}
