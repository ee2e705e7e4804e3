package ocr

import (
	_ "embed"
	"image"
	"math"
	"sort"
	"strings"
	"sync"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// The open-set glyph classifier compares one printed character with every kanji usable in a name: the 2,999
// 常用 and 人名用漢字 (kanjidic2 grades 1–10, data/namekanji.txt) and the variant forms, rendered in IPAmj明朝 and
// IPAゴシック. It settles characters the line recogniser gave up on (a lone 森 read as 条 at 15 % confidence,
// Korean surnames such as 崔 and 鄭 outside the fast model's set). Screening runs on a 20×20 grid, the ten best
// are compared again on the full 40×40 grid.

//go:embed data/namekanji.txt
var nameKanjiText string

const screenN = 20

type openEntry struct {
	r      rune
	fam    fonts.Family
	screen []float32
}

var (
	openOnce sync.Once
	openSet  []openEntry
)

// screenVec is a coarse appearance for screening.
func screenVec(g *image.Gray) []float32 {
	r := imaging.InkBounds(g, inkThreshold)
	if r.Empty() {
		return nil
	}
	s := imaging.Resize(imaging.Crop(g, r), screenN, screenN)
	s = imaging.GaussianBlur(s, 0.8)
	v := make([]float32, screenN*screenN)
	var mean, norm float64
	for i := range v {
		v[i] = float32(255-s.Pix[i]) / 255
		mean += float64(v[i])
	}
	mean /= float64(len(v))
	for i := range v {
		v[i] -= float32(mean)
		norm += float64(v[i]) * float64(v[i])
	}
	if norm == 0 {
		return nil
	}
	n := float32(math.Sqrt(norm))
	for i := range v {
		v[i] /= n
	}
	return v
}

func loadOpenSet() {
	openOnce.Do(func() {
		var chars []rune
		seen := map[rune]bool{}
		for _, r := range strings.TrimSpace(nameKanjiText) {
			if !seen[r] {
				seen[r] = true
				chars = append(chars, r)
			}
		}
		for _, fam := range variantFamilies {
			for _, r := range fam {
				if !seen[r] {
					seen[r] = true
					chars = append(chars, r)
				}
			}
		}
		type job struct {
			r   rune
			fam fonts.Family
		}
		var jobs []job
		for _, r := range chars {
			for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
				if fonts.Has(f, r) {
					jobs = append(jobs, job{r, f})
				}
			}
		}
		out := make([]openEntry, len(jobs))
		var wg sync.WaitGroup
		workers := max(1, min(4, maxProcs()))
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				drawers := map[fonts.Family]*fonts.Drawer{}
				for i := w; i < len(jobs); i += workers {
					j := jobs[i]
					d := drawers[j.fam]
					if d == nil {
						var err error
						if d, err = fonts.NewDrawer(j.fam, 40); err != nil {
							continue
						}
						drawers[j.fam] = d
					}
					img := imaging.NewWhite(64, 64)
					d.Draw(img, 12, 48, string(j.r), blackColor, 0)
					out[i] = openEntry{r: j.r, fam: j.fam, screen: screenVec(img)}
				}
			}()
		}
		wg.Wait()
		for _, e := range out {
			if e.screen != nil {
				openSet = append(openSet, e)
			}
		}
	})
}

// classifyOpen returns the name kanji that best matches a glyph image, with its full similarity and its
// margin over the next different character; ok is false when nothing is clearly best.
func classifyOpen(g *image.Gray, obs *glyphVec, hint string) (rune, float64, float64, bool) {
	loadOpenSet()
	sv := screenVec(g)
	if sv == nil || obs == nil {
		return 0, 0, 0, false
	}
	type cand struct {
		r rune
		s float64
	}
	best := map[rune]float64{}
	for _, e := range openSet {
		var s float32
		for i, x := range e.screen {
			s += x * sv[i]
		}
		if float64(s) > best[e.r] {
			best[e.r] = float64(s)
		}
	}
	var cs []cand
	for r, s := range best {
		cs = append(cs, cand{r, s})
	}
	sort.Slice(cs, func(a, b int) bool { return cs[a].s > cs[b].s })
	if len(cs) > 10 {
		cs = cs[:10]
	}
	for i := range cs {
		cs[i].s = bestRender(obs, string(cs[i].r), hint)
	}
	sort.Slice(cs, func(a, b int) bool { return cs[a].s > cs[b].s })
	if len(cs) < 2 {
		return 0, 0, 0, false
	}
	return cs[0].r, cs[0].s, cs[0].s - cs[1].s, true
}
