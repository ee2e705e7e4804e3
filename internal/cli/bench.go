package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/kakanai/kakanai/internal/ocr"
	ocrbench "github.com/kakanai/kakanai/internal/ocr/bench"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

const benchUsage = `Usage: kakanai bench ocr [--quick] [--list-errors] [--seed N] [--per-cell N] [--layouts a,b] [--conditions clean,skew,…]
                          [--no-baseline] [--no-variants] [--write DIR] [-v]

Generates synthetic documents (every layout, clean and degraded) and prints, per document type and condition,
field exact-match %, per field class, character accuracy, auto-accept rate and the error among auto-accepted
fields, ms per page (p50/p95) and CPU seconds per page, with the naive full-page baseline and the ratio.
--write stores the corpus (images and ground truth JSON) instead of reading it.
`

// benchCommand implements `kakanai bench ocr`.
func benchCommand(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "ocr" {
		fmt.Fprint(stderr, benchUsage)
		return errors.New("unknown benchmark: use `kakanai bench ocr`")
	}
	fs := flag.NewFlagSet("bench ocr", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, benchUsage) }
	quick := fs.Bool("quick", false, "a small corpus: one page per layout for clean, skew, jpeg50 and photo")
	seed := fs.Uint64("seed", 1, "first seed of the corpus")
	perCell := fs.Int("per-cell", 0, "pages per layout and condition (default 1 with --quick, else 3)")
	layouts := fs.String("layouts", "", "comma-separated layout IDs (default: all)")
	conds := fs.String("conditions", "", "comma-separated conditions (default: all, or the quick set)")
	noBase := fs.Bool("no-baseline", false, "skip the naive baseline")
	noVar := fs.Bool("no-variants", false, "skip the comparison without variant-kanji verification")
	write := fs.String("write", "", "write the corpus to this directory and exit")
	verbose := fs.Bool("v", false, "print one line per page")
	listErrors := fs.Bool("list-errors", false, "also list the wrong values (accepted at ≥ 0.9, and held below it) and the right ones held below it")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	o := ocrbench.Options{Quick: *quick, Seed: *seed, PerCell: *perCell, Baseline: !*noBase, Variants: !*noVar}
	if *layouts != "" {
		o.Layouts = strings.Split(*layouts, ",")
		for _, id := range o.Layouts {
			if _, ok := specimen.LayoutByID(id); !ok {
				return fmt.Errorf("unknown layout %q", id)
			}
		}
	}
	if *conds != "" {
		for _, c := range strings.Split(*conds, ",") {
			o.Conditions = append(o.Conditions, specimen.Condition(c))
		}
	}
	if *write != "" {
		return writeCorpus(o, *write, stdout)
	}
	if err := ocr.ReexecWithThreadLimit(); err != nil {
		fmt.Fprintln(stderr, "warning:", err)
	}
	if *verbose {
		o.Progress = stderr
	}
	e, err := ocr.New(ocr.Options{})
	if err != nil {
		return err
	}
	defer e.Close()
	r, err := ocrbench.Run(ctx, e, o)
	if err != nil {
		return err
	}
	r.Print(stdout)
	if *listErrors {
		r.PrintAcceptedErrors(stdout)
		r.PrintHeldErrors(stdout)
		r.PrintUnderconfident(stdout)
	}
	return nil
}

func writeCorpus(o ocrbench.Options, dir string, stdout io.Writer) error {
	conds := o.Conditions
	if conds == nil {
		conds = specimen.Conditions()
	}
	per := o.PerCell
	if per <= 0 {
		per = 1
	}
	n := 0
	for _, l := range specimen.Layouts() {
		if len(o.Layouts) > 0 && !containsString(o.Layouts, l.ID) {
			continue
		}
		for _, c := range conds {
			for i := 0; i < per; i++ {
				s, err := specimen.Generate(specimen.Options{Seed: o.Seed + uint64(i), Layout: l.ID, Condition: c})
				if err != nil {
					return err
				}
				if err := s.Write(dir); err != nil {
					return err
				}
				n++
			}
		}
	}
	fmt.Fprintf(stdout, "wrote %d specimens to %s\n", n, dir)
	return nil
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
