package ocr

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Glyph matching compares printed characters with characters rendered from the fonts municipalities print
// with. It decides what the stock Tesseract model cannot: variant kanji (髙/高), characters missing from the
// fast jpn model (琢), and confusions measured on that model (郎→朗); and it classifies one- and two-character
// vocabulary fields (男/女, 妻/子) on which line recognition is unreliable.

const glyphN = 40 // comparison grid (pixels per side)

var blackColor = color.Gray{Y: 0}

// glyphVec is a normalised appearance of ink: the ink's bounding box resampled to glyphN², blurred, zero mean,
// unit norm; aspect is the box's width/height.
type glyphVec struct {
	v      []float32
	aspect float64
	height float64 // ink height relative to the line (observed) or to the em (rendered); 0 = unknown
}

type renderKey struct {
	s string
	f fonts.Family
}

type glyphCache struct {
	mu sync.Mutex
	m  map[renderKey]*glyphVec
}

var renders = &glyphCache{m: map[renderKey]*glyphVec{}}

// renderVec renders s in family f and returns its appearance (cached). Rendering at 64 px per em is enough for
// the 40-pixel grid.
func renderVec(s string, f fonts.Family) (*glyphVec, bool) {
	k := renderKey{s, f}
	renders.mu.Lock()
	v, ok := renders.m[k]
	renders.mu.Unlock()
	if ok {
		return v, v != nil
	}
	img := renderText(s, f, 64)
	if img != nil {
		v = vecOf(img, inkThreshold)
		if v != nil {
			// Relative to a full-height character, as the observed height is relative to the line.
			v.height = float64(imaging.InkBounds(img, inkThreshold).Dy()) / (64 * 0.9)
		}
	}
	renders.mu.Lock()
	renders.m[k] = v
	renders.mu.Unlock()
	return v, v != nil
}

const inkThreshold = 150

// renderText draws s in black on white at em px per em.
func renderText(s string, f fonts.Family, em float64) *image.Gray {
	d, err := fonts.NewDrawer(f, em)
	if err != nil {
		return nil
	}
	for _, r := range s {
		if f == fonts.MJMincho && !fonts.Has(f, r) {
			return nil
		}
	}
	w := int(d.Advance(s, 0) + em)
	img := imaging.NewWhite(w, int(em*1.6))
	d.Draw(img, em/2, em*1.2, s, color.Black, 0)
	return img
}

// vecOf computes the appearance of the ink in g (pixels ≤ t are ink).
func vecOf(g *image.Gray, t uint8) *glyphVec {
	r := imaging.InkBounds(g, t)
	if r.Empty() || r.Dx() < 2 || r.Dy() < 2 {
		return nil
	}
	v := areaVec(imaging.Crop(g, r))
	if v == nil {
		return nil
	}
	v.aspect = float64(r.Dx()) / float64(r.Dy())
	return v
}

// areaVec is the appearance of the whole of c, ink-tight or not (a slice of a line keeps the line's height).
func areaVec(c *image.Gray) *glyphVec {
	s := imaging.Resize(c, glyphN, glyphN)
	s = imaging.GaussianBlur(s, 0.9)
	v := make([]float32, glyphN*glyphN)
	var mean float64
	for i := range v {
		v[i] = float32(255-s.Pix[i]) / 255
		mean += float64(v[i])
	}
	mean /= float64(len(v))
	var norm float64
	for i := range v {
		v[i] -= float32(mean)
		norm += float64(v[i]) * float64(v[i])
	}
	norm = math.Sqrt(norm)
	if norm == 0 {
		return nil
	}
	for i := range v {
		v[i] /= float32(norm)
	}
	return &glyphVec{v: v, aspect: float64(c.Rect.Dx()) / float64(c.Rect.Dy())}
}

// similarity is the correlation of two appearances, less a penalty when their shapes differ in aspect.
func similarity(a, b *glyphVec) float64 {
	s := dot(a.v, b.v)
	pen := 0.25 * math.Abs(math.Log(a.aspect/b.aspect))
	if a.height > 0 && b.height > 0 {
		// Small kana (ャ) and their full-size forms (ヤ) differ only in size.
		pen += 0.3 * math.Max(0, math.Abs(math.Log(a.height/b.height))-0.15)
	}
	return s - pen
}

// dot is the inner product of two appearances, in eight float32 sums in turn: one float64 sum waits on its
// previous addition at every step, and comparing cells with candidates is most of what the glyph readers do
// (1.35 → 0.56 µs for two 40×40 appearances; the sums agree to 1e-6, far below any threshold's resolution).
func dot(a, b []float32) float64 {
	b = b[:len(a)]
	var s0, s1, s2, s3, s4, s5, s6, s7 float32 // not an array: the compiler keeps those in memory
	i := 0
	for ; i+8 <= len(a); i += 8 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
		s4 += a[i+4] * b[i+4]
		s5 += a[i+5] * b[i+5]
		s6 += a[i+6] * b[i+6]
		s7 += a[i+7] * b[i+7]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return float64((s0 + s1) + (s2 + s3) + (s4 + s5) + (s6 + s7))
}

// bestRender returns the best similarity of text s to the observation over the fonts (Mincho and Gothic
// designs: the layout's hint first).
func bestRender(obs *glyphVec, s string, hint string) float64 {
	best := -2.0
	for _, f := range fontsFor(hint) {
		if v, ok := renderVec(s, f); ok {
			best = math.Max(best, similarity(obs, v))
		}
	}
	return best
}

// inkVec is the appearance of the ink inside r of g, cropped to the ink first.
func inkVec(g *image.Gray, r image.Rectangle) *glyphVec {
	return vecOf(imaging.Crop(g, tighten(g, r)), inkThreshold)
}

// charGlyphs cuts a line into characters at their gaps and returns their appearances.
func charGlyphs(li lineImage) ([]*glyphVec, bool) {
	if li.empty || li.src == nil {
		return nil, false
	}
	cells := segmentChars(li.src, li.band)
	if len(cells) < 2 || len(cells) > 12 {
		return nil, false
	}
	obs := make([]*glyphVec, len(cells))
	for i, c := range cells {
		if obs[i] = inkVec(li.src, c); obs[i] == nil {
			return nil, false
		}
	}
	return obs, true
}

// charsScore is the mean glyph score of text's characters against the cut characters; false when their numbers
// differ.
func charsScore(obs []*glyphVec, text, hint string) (float64, bool) {
	rs := []rune(text)
	if len(rs) != len(obs) {
		return 0, false
	}
	sum := 0.0
	for i, r := range rs {
		sum += bestRender(obs[i], string(r), hint)
	}
	return sum / float64(len(rs)), true
}

// classifyVocab compares the whole text band of a field with every entry of a small vocabulary rendered in
// the fonts, and returns the best entry, its similarity and its margin over the runner-up. It reads fields of
// one or two characters (男, 妻, 子) that line recognition often returns empty or wrong.
func classifyVocab(li lineImage, vocab []string, hint string) (string, float64, float64) {
	if li.src == nil {
		return "", 0, 0
	}
	obs := inkVec(li.src, li.band)
	if obs == nil {
		return "", 0, 0
	}
	return bestOf(obs, vocab, hint)
}

// bestOf compares an appearance with each entry of vocab rendered in the fonts and returns the best entry, its
// score and its margin over the runner-up.
func bestOf(obs *glyphVec, vocab []string, hint string) (string, float64, float64) {
	best, second := -2.0, -2.0
	bestV := ""
	for _, v := range vocab {
		s := bestRender(obs, v, hint)
		if s > best {
			best, second, bestV = s, best, v
		} else if s > second {
			second = s
		}
	}
	return bestV, best, best - second
}

// classifyCells reads a line character by character by glyph matching: the line is cut into cells and each
// cell is compared with the allowed characters of its position (allowed(i) gives them). It returns the text and
// the smallest margin; ok is false when the cells do not number n.
func classifyCells(li lineImage, n int, allowed func(i int) []rune, hint string) (string, float64, bool) {
	if li.src == nil {
		return "", 0, false
	}
	cells := segmentChars(li.src, li.band)
	// Latin and digits are narrower than the line height: split cells that hold two characters.
	if len(cells) != n {
		cells = segmentNarrow(li.src, li.band)
	}
	if len(cells) != n {
		return "", 0, false
	}
	return classifyCellRects(li, cells, allowed, hint)
}

// classifyCellRects reads the given cells of a line by glyph matching, as classifyCells does.
func classifyCellRects(li lineImage, cells []image.Rectangle, allowed func(i int) []rune, hint string) (string, float64, bool) {
	var b strings.Builder
	minMargin := 1.0
	for i, c := range cells {
		obs := inkVec(li.src, c)
		if obs == nil {
			return "", 0, false
		}
		best, second := -2.0, -2.0
		var br rune
		for _, r := range allowed(i) {
			s := bestRender(obs, string(r), hint)
			if s > best {
				best, second, br = s, best, r
			} else if s > second {
				second = s
			}
		}
		b.WriteRune(br)
		minMargin = math.Min(minMargin, best-second)
	}
	return b.String(), minMargin, true
}

// segmentNarrow cuts a line at every empty column (characters that do not touch: digits, capitals).
func segmentNarrow(g *image.Gray, band image.Rectangle) []image.Rectangle {
	var cells []image.Rectangle
	start := -1
	for x := band.Min.X; x <= band.Max.X; x++ {
		ink := false
		if x < band.Max.X {
			for y := band.Min.Y; y < band.Max.Y; y++ {
				if g.Pix[y*g.Stride+x] < inkThreshold {
					ink = true
					break
				}
			}
		}
		switch {
		case ink && start < 0:
			start = x
		case !ink && start >= 0:
			if x-start >= 2 {
				cells = append(cells, image.Rect(start, band.Min.Y, x, band.Max.Y))
			}
			start = -1
		}
	}
	return cells
}

// reorderBySymbolBoxes repairs a line where the recogniser emitted one character early or late. On small
// fixed-pitch print (a 7-pixel 在留カード number) the LSTM can put a character out of order — AB12435678CD
// for AB12345678CD — at high confidence; its box then spans from where it was emitted to where it is printed,
// and the printed place is a gap between the other characters. A character whose box is far wider than the
// rest moves into the uncovered gap inside its box, unless it already sits next to that gap. It returns the
// repaired text (symbols joined without spaces) and whether anything moved.
func reorderBySymbolBoxes(syms []symbol) (string, bool) {
	var chars []symbol
	for _, s := range syms {
		if strings.TrimSpace(s.Text) != "" {
			chars = append(chars, s)
		}
	}
	if len(chars) < 4 {
		return "", false
	}
	widths := make([]int, len(chars))
	for i, s := range chars {
		widths[i] = s.Box.Dx()
	}
	sorted := slices.Clone(widths)
	slices.Sort(sorted)
	median := sorted[len(sorted)/2]
	if median <= 0 {
		return "", false
	}
	moved := false
	for i := 0; i < len(chars); i++ {
		if chars[i].Box.Dx() < 3*median {
			continue
		}
		wide := chars[i]
		rest := slices.Delete(slices.Clone(chars), i, i+1)
		// Gaps between neighbours in the rest that are wide enough for one character and inside the wide box.
		target := -1
		for k := 0; k+1 < len(rest); k++ {
			a, b := rest[k].Box, rest[k+1].Box
			if rest[k].Box.Dx() >= 3*median || rest[k+1].Box.Dx() >= 3*median {
				continue
			}
			if gap := b.Min.X - a.Max.X; gap >= median*7/10 && a.Max.X >= wide.Box.Min.X && b.Min.X <= wide.Box.Max.X {
				if target >= 0 {
					return "", false // two candidate places: no evidence for either
				}
				target = k + 1
			}
		}
		if target < 0 || target == i {
			continue
		}
		chars = slices.Insert(rest, target, wide)
		moved = true
	}
	if !moved {
		return "", false
	}
	var b strings.Builder
	for _, s := range chars {
		b.WriteString(strings.TrimSpace(s.Text))
	}
	return b.String(), true
}

// classifyPhrase compares a line printed with one of a few long fixed phrases (the 就労制限の有無 of a 在留カード,
// up to 24 characters squeezed into a 21-mm box) with each phrase rendered in the fonts. The whole line in one
// 40-pixel grid keeps too little of each character (the right phrase scored 0.16 on a blurred card), so the
// line and each rendering are cut into as many equal slices as the phrase has characters and compared slice by
// slice: a phrase of another length or wording misaligns from its first differing character on. It returns the
// best phrase, its mean slice correlation and the margin over the runner-up.
func classifyPhrase(li lineImage, vocab []string, hint string) (string, float64, float64) {
	if li.src == nil {
		return "", 0, 0
	}
	// A blurred line's band (found at the line finder's darker ink level) is its core only.
	grow := li.band.Dy() + 2
	band := imaging.Crop(li.src, image.Rect(li.band.Min.X-grow, li.band.Min.Y-grow, li.band.Max.X+grow, li.band.Max.Y+grow).Intersect(li.src.Rect))
	ib := imaging.InkBounds(band, midTone(band))
	if ib.Dx() < 8 || ib.Dy() < 4 {
		return "", 0, 0
	}
	obs := imaging.Crop(band, ib)
	best, second, bestV := -2.0, -2.0, ""
	for _, v := range vocab {
		s := -2.0
		for _, f := range fontsFor(hint) {
			if sc, ok := phraseScore(obs, v, f); ok {
				s = math.Max(s, sc)
			}
		}
		if s > best {
			best, second, bestV = s, best, v
		} else if s > second {
			second = s
		}
	}
	return bestV, best, best - second
}

// phraseScore is the mean correlation of obs and phrase rendered in f, slice by slice.
func phraseScore(obs *image.Gray, phrase string, f fonts.Family) (float64, bool) {
	ren, ok := phraseSlices(phrase, f)
	if !ok {
		return 0, false
	}
	n := len(ren)
	var sum float64
	for i := 0; i < n; i++ {
		a := areaVec(slice(obs, i, n))
		b := ren[i]
		if a == nil || b == nil {
			continue // a blank slice (the gap of a small kana) counts as no match
		}
		sum += dot(a.v, b.v)
	}
	return sum / float64(n), true
}

type phraseKey struct {
	phrase string
	f      fonts.Family
}

var phraseCache sync.Map // phraseKey → []*glyphVec: a phrase's slices, rendered once per process

// phraseSlices returns the appearances of phrase rendered in f, cut into one slice per character.
func phraseSlices(phrase string, f fonts.Family) ([]*glyphVec, bool) {
	k := phraseKey{phrase, f}
	if v, ok := phraseCache.Load(k); ok {
		s := v.([]*glyphVec)
		return s, s != nil
	}
	var out []*glyphVec
	n := len([]rune(phrase))
	if img := renderText(phrase, f, 64); img != nil && n > 0 {
		ren := imaging.Crop(img, imaging.InkBounds(img, inkThreshold))
		out = make([]*glyphVec, n)
		for i := range out {
			out[i] = areaVec(slice(ren, i, n))
		}
	}
	phraseCache.Store(k, out)
	return out, out != nil
}

// slice returns the i-th of n equal vertical slices of g.
func slice(g *image.Gray, i, n int) *image.Gray {
	w := g.Rect.Dx()
	r := image.Rect(g.Rect.Min.X+i*w/n, g.Rect.Min.Y, g.Rect.Min.X+(i+1)*w/n, g.Rect.Max.Y)
	return imaging.Crop(g, r)
}

// fontsFor lists the families bestRender tries for a layout's font hint.
func fontsFor(hint string) []fonts.Family {
	if hint == "gothic" {
		return []fonts.Family{fonts.Gothic, fonts.MJMincho}
	}
	return []fonts.Family{fonts.MJMincho, fonts.Gothic, fonts.Mincho}
}

// midTone is halfway between the darkest pixel of g and its paper (the 90th percentile): the ink level of a
// blurred line, whose strokes never reach inkThreshold's darkness at their edges.
func midTone(g *image.Gray) uint8 {
	h := imaging.Histogram(g)
	total := g.Rect.Dx() * g.Rect.Dy()
	dark, paper, n := -1, 255, 0
	for v, c := range h {
		if c > 0 && dark < 0 {
			dark = v
		}
		n += c
		if n*10 >= total*9 {
			paper = v
			break
		}
	}
	return uint8((dark + paper) / 2)
}
