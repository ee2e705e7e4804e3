package bench

import (
	"context"
	"fmt"
	"io"
	"math"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// Options select the corpus.
type Options struct {
	Quick      bool
	Seed       uint64
	PerCell    int                  // specimens per layout and condition; 0: 1 quick, 3 full
	Conditions []specimen.Condition // nil: the set for Quick or full
	Layouts    []string             // nil: every layout
	Baseline   bool                 // also run the naive baseline (on clean and one degraded condition)
	Variants   bool                 // also measure names with variant kanji without verification
	Progress   io.Writer            // progress lines; nil for none
}

// Sample is one specimen's outcome.
type Sample struct {
	Name      string
	Layout    string
	Doc       ocr.DocumentType
	Condition specimen.Condition
	Outcomes  []Outcome
	Baseline  []Outcome // nil when not run
	Wall      time.Duration
	CPU       time.Duration
	Err       string
}

// Report is a benchmark run.
type Report struct {
	Samples  []Sample
	Variant  VariantStats
	Machine  string
	Started  time.Time
	Duration time.Duration
}

// VariantStats compares name fields with variant kanji read with and without the glyph verification.
type VariantStats struct {
	Fields, WithVerify, WithoutVerify int
}

// Run generates the corpus and reads it.
func Run(ctx context.Context, e *ocr.Engine, o Options) (*Report, error) {
	if o.PerCell <= 0 {
		o.PerCell = 3
		if o.Quick {
			o.PerCell = 1
		}
	}
	if o.Conditions == nil {
		o.Conditions = specimen.Conditions()
		if o.Quick {
			o.Conditions = []specimen.Condition{specimen.Clean, specimen.Skew, specimen.JPEG50, specimen.Photo}
		}
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	var layouts []*specimen.Layout
	for _, l := range specimen.Layouts() {
		if len(o.Layouts) == 0 || contains(o.Layouts, l.ID) {
			layouts = append(layouts, l)
		}
	}
	r := &Report{Started: time.Now(), Machine: machine()}
	type job struct {
		l    *specimen.Layout
		c    specimen.Condition
		seed uint64
	}
	var jobs []job
	for _, l := range layouts {
		for _, c := range o.Conditions {
			for i := 0; i < o.PerCell; i++ {
				jobs = append(jobs, job{l, c, o.Seed + uint64(i)})
			}
		}
	}
	var plain *ocr.Engine
	if o.Variants {
		var err error
		if plain, err = ocr.New(ocr.Options{Library: e.Library(), DisableVariants: true}); err != nil {
			return nil, err
		}
		defer plain.Close()
	}
	layoutOf := map[string]*specimen.Layout{}
	for _, l := range layouts {
		layoutOf[l.ID] = l
	}
	// One untimed read first: the first page of a process loads the glyph sets and dictionaries lazily (about
	// 0.7 s of CPU), a start-up cost a running service pays once, not a cost of that page.
	if len(jobs) > 0 {
		s, err := specimen.Generate(specimen.Options{Seed: jobs[0].seed, Layout: jobs[0].l.ID, Condition: jobs[0].c})
		if err != nil {
			return nil, err
		}
		if _, err := e.Read(ctx, s.Data, ocr.ReadOptions{}); err != nil && ctx.Err() != nil {
			return nil, ctx.Err()
		}
	}
	// Generated one at a time, never while a read is timed: the CPU time is the process's, and a generator
	// running alongside (rendering, degrading, PNG encoding) once added about a third to the CPU per page.
	for i, j := range jobs {
		s, err := specimen.Generate(specimen.Options{Seed: j.seed, Layout: j.l.ID, Condition: j.c})
		if err != nil {
			return nil, err
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		l := layoutOf[s.Layout]
		smp := Sample{Name: s.Name, Layout: s.Layout, Doc: l.DocumentType, Condition: s.Condition}
		// The generator's garbage collected now, not on the read's time: left to the collector, it ran during
		// the next read and moved a page's CPU by ±10 % from run to run.
		runtime.GC()
		cpu0 := CPUTime()
		t0 := time.Now()
		res, err := e.Read(ctx, s.Data, ocr.ReadOptions{})
		smp.Wall, smp.CPU = time.Since(t0), CPUTime()-cpu0
		if err != nil {
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
			smp.Err = err.Error()
			res = &ocr.Result{}
		}
		smp.Outcomes = Score(s.Truth, res)
		if o.Baseline && (s.Condition == specimen.Clean || s.Condition == specimen.JPEG50) {
			if b, err := e.ReadBaseline(ctx, s.Data); err == nil {
				smp.Baseline = Score(s.Truth, b)
			}
		}
		if plain != nil && hasVariantName(s.Truth) {
			if pr, err := plain.Read(ctx, s.Data, ocr.ReadOptions{}); err == nil {
				countVariants(&r.Variant, s.Truth, res, pr)
			}
		}
		r.Samples = append(r.Samples, smp)
		if o.Progress != nil {
			ok, tot := 0, 0
			for _, oc := range smp.Outcomes {
				tot++
				if oc.OK() {
					ok++
				}
			}
			fmt.Fprintf(o.Progress, "[%d/%d] %-40s %3d/%3d fields  %6.0f ms\n", i+1, len(jobs), s.Name, ok, tot, float64(smp.Wall.Milliseconds()))
		}
	}
	r.Duration = time.Since(r.Started)
	return r, nil
}

func contains(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// CPUTime is the CPU time the process has used, user and system.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func machine() string {
	return fmt.Sprintf("%s/%s, %d CPUs (GOMAXPROCS %d), Tesseract %s, OMP_THREAD_LIMIT=1: %v",
		runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.GOMAXPROCS(0), ocr.TesseractVersion(), ocr.ThreadLimitSet())
}

var variantRunes = "髙﨑𠮷濵德栁邉齊與琢"

func hasVariantName(t specimen.Truth) bool {
	for _, p := range t.Persons {
		if strings.ContainsAny(p[ocr.KeyFullName], variantRunes) {
			return true
		}
	}
	return strings.ContainsAny(t.Fields[ocr.KeyHeadOfHousehold], variantRunes)
}

func countVariants(v *VariantStats, t specimen.Truth, with, without *ocr.Result) {
	for i, p := range t.Persons {
		want := p[ocr.KeyFullName]
		if !strings.ContainsAny(want, variantRunes) {
			continue
		}
		v.Fields++
		if i < len(with.Persons) && with.Persons[i][ocr.KeyFullName].Value == want {
			v.WithVerify++
		}
		if i < len(without.Persons) && without.Persons[i][ocr.KeyFullName].Value == want {
			v.WithoutVerify++
		}
	}
}

// Stats aggregates outcomes.
type Stats struct {
	Pages, Fields, Exact  int
	ByClass               map[string][2]int // class → exact, total
	CharSum               float64
	Accepted, AcceptedErr int
	Walls, CPUs           []time.Duration
	BaseFields, BaseExact int
}

func newStats() *Stats { return &Stats{ByClass: map[string][2]int{}} }

func (s *Stats) add(smp Sample) {
	s.Pages++
	s.Walls = append(s.Walls, smp.Wall)
	s.CPUs = append(s.CPUs, smp.CPU)
	for _, o := range smp.Outcomes {
		s.Fields++
		c := s.ByClass[o.Class]
		c[1]++
		if o.OK() {
			s.Exact++
			c[0]++
		}
		s.ByClass[o.Class] = c
		s.CharSum += CharAccuracy(o.Want, o.Got)
		if o.Accepted() {
			s.Accepted++
			if !o.OK() {
				s.AcceptedErr++
			}
		}
	}
	for _, o := range smp.Baseline {
		s.BaseFields++
		if o.OK() {
			s.BaseExact++
		}
	}
}

func pct(a, b int) string {
	if b == 0 {
		return "   –"
	}
	return fmt.Sprintf("%5.1f", 100*float64(a)/float64(b))
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(a, b int) bool { return s[a] < s[b] })
	i := int(math.Ceil(p*float64(len(s)))) - 1
	return s[max(0, min(len(s)-1, i))]
}

func mean(ds []time.Duration) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	var t time.Duration
	for _, d := range ds {
		t += d
	}
	return t / time.Duration(len(ds))
}

// Print writes the table of issue 5 item 7: per document type × condition, then totals.
func (r *Report) Print(w io.Writer) {
	type key struct {
		doc  string
		cond specimen.Condition
	}
	groups := map[key]*Stats{}
	var keys []key
	totalClean, totalDeg, all := newStats(), newStats(), newStats()
	byDocClean := map[string]*Stats{}
	for _, s := range r.Samples {
		doc := string(s.Doc)
		if l, ok := specimen.LayoutByID(s.Layout); ok && l.HeldOut {
			doc += " (unseen, labels)"
		}
		k := key{doc, s.Condition}
		if groups[k] == nil {
			groups[k] = newStats()
			keys = append(keys, k)
		}
		groups[k].add(s)
		all.add(s)
		if s.Condition == specimen.Clean {
			totalClean.add(s)
			if byDocClean[doc] == nil {
				byDocClean[doc] = newStats()
			}
			byDocClean[doc].add(s)
		} else {
			totalDeg.add(s)
		}
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a].doc != keys[b].doc {
			return keys[a].doc < keys[b].doc
		}
		return condIndex(keys[a].cond) < condIndex(keys[b].cond)
	})
	fmt.Fprintf(w, "kakanai bench ocr — %s, %d pages in %s\n", r.Machine, len(r.Samples), r.Duration.Round(time.Second))
	fmt.Fprintf(w, "exact: field exact-match %%; name/kana/date/addr/digits/other: exact %% per field class; char: character accuracy %%;\n")
	fmt.Fprintf(w, "auto: fields with confidence ≥ %.2f %%, err: wrong among those %%; ms p50/p95 wall per page; cpu: CPU s per page;\n", ocr.AutoAcceptThreshold)
	fmt.Fprintf(w, "base: naive full-page psm 3 baseline exact %% (clean and jpeg50), ratio = exact / base\n\n")
	hdr := fmt.Sprintf("%-46s %-8s %5s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s %5s %6s %6s",
		"document type", "cond", "pages", "fields", "exact", "name", "kana", "date", "addr", "digits", "other", "char", "auto", "err", "p50ms", "p95ms", "cpu s", "base")
	fmt.Fprintln(w, hdr)
	fmt.Fprintln(w, strings.Repeat("-", len([]rune(hdr))+8))
	line := func(label, cond string, s *Stats) {
		ratio := ""
		base := "   –"
		if s.BaseFields > 0 {
			base = pct(s.BaseExact, s.BaseFields)
			if s.BaseExact > 0 {
				ratio = fmt.Sprintf(" ×%.1f", (float64(s.Exact)/float64(s.Fields))/(float64(s.BaseExact)/float64(s.BaseFields)))
			} else {
				ratio = " ×∞"
			}
		}
		cls := func(c string) string { v := s.ByClass[c]; return pct(v[0], v[1]) }
		fmt.Fprintf(w, "%-46s %-8s %5d %6d %6s %6s %6s %6s %6s %6s %6s %6.1f %6s %6s %6d %5d %6.2f %6s%s\n",
			label, cond, s.Pages, s.Fields, pct(s.Exact, s.Fields), cls("name"), cls("kana"), cls("date"), cls("address"),
			cls("digits"), cls("other"), 100*s.CharSum/math.Max(1, float64(s.Fields)), pct(s.Accepted, s.Fields),
			pct(s.AcceptedErr, s.Accepted), percentile(s.Walls, 0.5).Milliseconds(), percentile(s.Walls, 0.95).Milliseconds(),
			mean(s.CPUs).Seconds(), base, ratio)
	}
	prev := ""
	for _, k := range keys {
		label := k.doc
		if label == prev {
			label = ""
		}
		prev = k.doc
		line(label, string(k.cond), groups[k])
	}
	fmt.Fprintln(w, strings.Repeat("-", len([]rune(hdr))+8))
	line("all, clean", "clean", totalClean)
	line("all, degraded", "degraded", totalDeg)
	line("all", "all", all)
	// The CPU target is per 転出証明書 page over the conditions, and the table's cells are rounded to 0.01 s:
	// each type's figure, the mean of its conditions' means, to the millisecond.
	fmt.Fprintf(w, "\ncpu s per page by document type (mean over its conditions):")
	var docs []string
	sums, conds := map[string]float64{}, map[string]int{}
	for _, k := range keys {
		if conds[k.doc] == 0 {
			docs = append(docs, k.doc)
		}
		sums[k.doc] += mean(groups[k].CPUs).Seconds()
		conds[k.doc]++
	}
	for _, doc := range docs {
		fmt.Fprintf(w, " %s %.3f;", doc, sums[doc]/float64(conds[doc]))
	}
	fmt.Fprintln(w)
	if r.Variant.Fields > 0 {
		fmt.Fprintf(w, "\nnames with variant kanji (髙﨑𠮷濵德栁邉齊與琢): %d fields, exact %s %% with glyph verification, %s %% without\n",
			r.Variant.Fields, pct(r.Variant.WithVerify, r.Variant.Fields), pct(r.Variant.WithoutVerify, r.Variant.Fields))
	}
}

// PrintAcceptedErrors lists the fields read wrong with a confidence at or above ocr.AutoAcceptThreshold, the
// ones the review screen would not show: what the calibration of the confidence has to remove. The corpus is
// generated (people who do not exist), so the values may be printed.
func (r *Report) PrintAcceptedErrors(w io.Writer) {
	r.printWrong(w, fmt.Sprintf("wrong among auto-accepted (confidence ≥ %.2f)", ocr.AutoAcceptThreshold), true)
}

// PrintHeldErrors lists the fields read wrong and held for review (confidence below ocr.AutoAcceptThreshold, or
// nothing read): what staff correct by hand, and where the reader has most to gain.
func (r *Report) PrintHeldErrors(w io.Writer) {
	r.printWrong(w, fmt.Sprintf("wrong and held for review (confidence < %.2f)", ocr.AutoAcceptThreshold), false)
}

// printWrong lists, under heading, the wrong values accepted or held; nothing when there are none.
func (r *Report) printWrong(w io.Writer, heading string, accepted bool) {
	n := 0
	for _, s := range r.Samples {
		for _, o := range s.Outcomes {
			if o.OK() || o.Accepted() != accepted {
				continue
			}
			if n == 0 {
				fmt.Fprintf(w, "\n%s:\n", heading)
			}
			n++
			fmt.Fprintf(w, "  %-44s %-8s %-20s p%-2d %.2f  want %q got %q\n", s.Name, s.Condition, o.Key, o.Person, o.Conf, o.Want, o.Got)
		}
	}
}

// PrintUnderconfident counts, per field key, the values read right but below ocr.AutoAcceptThreshold (sent to
// review although right), with how many of them lie in [0.85, 0.90): where the auto-accept rate is lost.
func (r *Report) PrintUnderconfident(w io.Writer) {
	type row struct{ n, near int }
	rows := map[string]*row{}
	var keys []string
	for _, s := range r.Samples {
		for _, o := range s.Outcomes {
			if !o.OK() || o.Accepted() || o.Got == "" {
				continue
			}
			k := o.Key
			if rows[k] == nil {
				rows[k] = &row{}
				keys = append(keys, k)
			}
			rows[k].n++
			if o.Conf >= 0.85 {
				rows[k].near++
			}
		}
	}
	sort.Slice(keys, func(a, b int) bool { return rows[keys[a]].n > rows[keys[b]].n })
	fmt.Fprintf(w, "\nright but below %.2f (key: fields, of which ≥ 0.85):\n", ocr.AutoAcceptThreshold)
	for _, k := range keys {
		fmt.Fprintf(w, "  %-22s %4d %4d\n", k, rows[k].n, rows[k].near)
	}
}

func condIndex(c specimen.Condition) int {
	for i, x := range specimen.Conditions() {
		if x == c {
			return i
		}
	}
	return 99
}
