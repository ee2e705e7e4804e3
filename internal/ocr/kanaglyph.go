package ocr

import (
	"image"
	"math"
	"sort"
	"strings"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// A フリガナ is written in the ~90 katakana alone, printed one to a cell: a closed set the glyphs can decide
// without the line recogniser, as dates and check-digit numbers already are. A box whose every kana matches
// clearly is read so; anything less clear goes through Tesseract and the usual checks.

// katakanaAlphabet holds the full-size katakana a reading is written with and the long-vowel mark. A small
// kana (ャ) has its full-size form's shape: which of the two was printed is decided by the ink's height.
var katakanaAlphabet = runeStrings([]rune(
	"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン" +
		"ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴー"))

// smallForm maps the full-size kana that have a small form to it.
var smallForm = func() map[string]string {
	m := map[string]string{}
	for small, big := range smallKana {
		m[string(big)] = string(small)
	}
	return m
}()

// kanaGlyphMinHeight: below this line height (pixels) the marks that tell ハ, バ and パ apart are a pixel or two.
const kanaGlyphMinHeight = 18

// faintInk: the grey a mark printed thin or blurred below the ink threshold still reaches.
const faintInk = 215

// voiced reports a kana written with a 濁点 or 半濁点 (ガ, パ, ヴ).
func voiced(k string) bool {
	return strings.ContainsAny(k, "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴ")
}

// hasVoicingMark reports a 濁点 or 半濁点 in r of g: a separate patch of ink, faint ink included, small beside
// the character and wholly in the upper right of it.
func hasVoicingMark(g *image.Gray, r image.Rectangle) bool {
	return markAt(g, r, inkThreshold) || markAt(g, r, faintInk)
}

// voicingMissed reports a kana without a voicing mark that has a voiced form (サ, ハ) in a cell with a mark.
func voicingMissed(li lineImage, cell image.Rectangle, k rune) bool {
	return li.src != nil && strings.ContainsRune(voiceable, k) && hasVoicingMark(li.src, markRegion(li, cell))
}

// voiceable lists the kana written with a 濁点 or 半濁点 added, but for ツ (see markLike).
const voiceable = "カキクケコサシスセソタチテトハヒフヘホウ"

// markLike reports the kana whose own strokes look like a voicing mark (the third stroke of ツ, the dot of ネ),
// for which a mark found says nothing.
func markLike(k string) bool { return strings.ContainsAny(k, "ツヅネ") }

// markRegion is a cell's columns over the line's height, where its voicing mark would be.
func markRegion(li lineImage, cell image.Rectangle) image.Rectangle {
	return image.Rect(cell.Min.X, li.band.Min.Y, cell.Max.X, li.band.Max.Y)
}

// markAt looks for a voicing mark among the patches of pixels at most t.
func markAt(g *image.Gray, r image.Rectangle, t uint8) bool {
	r = r.Intersect(g.Bounds())
	w, h := r.Dx(), r.Dy()
	if w < 4 || h < 4 {
		return false
	}
	label := make([]int32, w*h)
	ink := func(x, y int) bool { return g.Pix[(r.Min.Y+y)*g.Stride+r.Min.X+x] <= t }
	var patches []image.Rectangle
	var stack []image.Point
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			if label[y*w+x] != 0 || !ink(x, y) {
				continue
			}
			id := int32(len(patches) + 1)
			box := image.Rect(x, y, x+1, y+1)
			stack = append(stack[:0], image.Pt(x, y))
			label[y*w+x] = id
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				box = box.Union(image.Rect(p.X, p.Y, p.X+1, p.Y+1))
				for dy := -1; dy <= 1; dy++ {
					for dx := -1; dx <= 1; dx++ {
						q := image.Pt(p.X+dx, p.Y+dy)
						if q.X >= 0 && q.Y >= 0 && q.X < w && q.Y < h && label[q.Y*w+q.X] == 0 && ink(q.X, q.Y) {
							label[q.Y*w+q.X] = id
							stack = append(stack, q)
						}
					}
				}
			}
			patches = append(patches, box)
		}
	}
	var all image.Rectangle
	for _, b := range patches {
		all = all.Union(b)
	}
	if all.Dx() < 4 || all.Dy() < 4 {
		return false
	}
	// Small against the character's height (a narrow ト is hardly wider than its mark), right of its first third,
	// above its middle.
	for _, b := range patches {
		if b.Dx()*10 <= all.Dy()*4 && b.Dy()*10 <= all.Dy()*4 && b.Dx()*b.Dy() >= 2 && b != all &&
			b.Min.X*3 >= all.Min.X*2+all.Max.X && b.Max.Y*2 <= all.Min.Y+all.Max.Y {
			return true
		}
	}
	return false
}

// kanaSizeMargin: how much nearer (in log height) the ink must be to one size than to the other.
const kanaSizeMargin = 0.06

// kanaGlyphScore and kanaGlyphMargin: how well, and by how much more than the runner-up, every kana of a
// フリガナ must match for the recogniser to be skipped.
const (
	kanaGlyphScore  = 0.7
	kanaGlyphMargin = 0.06
)

// kanaByGlyphAlone reads a フリガナ box kana by kana by glyph matching. It needs the line tall enough for the
// voicing marks, the cells to split into 氏 and 名 at one space of the print's pitch, every kana to match clearly
// (its voicing mark and its size agreeing), and the result to have a possible shape.
func kanaByGlyphAlone(li lineImage, def FieldDef) (string, bool) {
	v, score, margin, ok := readKanaGlyphs(li, def.Font)
	return v, ok && score >= kanaGlyphScore && margin >= kanaGlyphMargin && !kanaShapeDoubt(v)
}

// readKanaGlyphs cuts a フリガナ line into cells and matches each with the katakana; it returns the reading,
// the lowest score and the lowest margin over the runner-up, and false when the line does not cut into kana
// and one gap.
func readKanaGlyphs(li lineImage, hint string) (string, float64, float64, bool) {
	if li.src == nil || li.empty || li.band.Dy() < kanaGlyphMinHeight {
		return "", 0, 0, false
	}
	cells := segmentChars(li.src, li.band)
	if len(cells) < 3 || len(cells) > 24 {
		return "", 0, 0, false
	}
	at := pitchGapAt(cells)
	if at < 0 {
		return "", 0, 0, false
	}
	type cell struct {
		kana          string
		height        float64 // the ink's height relative to the line
		score, margin float64
	}
	read := make([]cell, len(cells))
	h := float64(li.band.Dy())
	for i, c := range cells {
		tb := tighten(li.src, c)
		obs := vecOf(imaging.Crop(li.src, tb), inkThreshold)
		if obs == nil {
			return "", 0, 0, false
		}
		k, score, margin := bestOf(obs, katakanaAlphabet, hint)
		// The 濁点 and 半濁点 are small and, printed small, thin or faint: the whole-glyph comparison can miss them
		// (ザ matched サ clearly at 200 dpi). The kana must agree with the marks counted in its top-right corner.
		next := li.band.Max.X
		if i+1 < len(cells) {
			next = cells[i+1].Min.X - 1 // not the anti-aliased edge of the next kana
		}
		if !markLike(k) && hasVoicingMark(li.src, image.Rect(c.Min.X, li.band.Min.Y, next, li.band.Max.Y)) != voiced(k) {
			margin = 0
		}
		read[i] = cell{k, float64(tb.Dy()) / h, score, margin}
	}
	// The printed size of the line: the kana without a small form, each against its own rendered height.
	fam := fonts.MJMincho
	if hint == "gothic" {
		fam = fonts.Gothic
	}
	var scales []float64
	for _, c := range read {
		if v, ok := renderVec(c.kana, fam); ok && smallForm[c.kana] == "" && c.kana != "ー" {
			scales = append(scales, c.height/v.height)
		}
	}
	scale := 0.0
	if len(scales) > 0 {
		sort.Float64s(scales)
		scale = scales[len(scales)/2]
	}
	var b strings.Builder
	minScore, minMargin := 1.0, 1.0
	for i, c := range read {
		if small, ok := smallForm[c.kana]; ok {
			var sure bool
			if c.kana, sure = kanaSize(c.height, scale, c.kana, small, fam); !sure {
				c.margin = 0
			}
		}
		minScore, minMargin = min(minScore, c.score), min(minMargin, c.margin)
		if i == at {
			b.WriteRune('　')
		}
		b.WriteString(c.kana)
	}
	return normaliseKana(b.String()), minScore, minMargin, true
}

// pitchGapAt returns the index of the cell after the space between 氏 and 名 in fixed-pitch print: the one step
// between cell centres of at least 1.6 times the usual step, where every other step is under 1.3 times it; -1
// otherwise. Ink gaps alone mislead in kana (イ and ト stand far from their neighbours).
func pitchGapAt(cells []image.Rectangle) int {
	if len(cells) < 3 {
		return -1
	}
	steps := make([]float64, len(cells)-1)
	for i := range steps {
		steps[i] = float64(cells[i+1].Min.X+cells[i+1].Max.X-cells[i].Min.X-cells[i].Max.X) / 2
	}
	sorted := append([]float64(nil), steps...)
	sort.Float64s(sorted)
	pitch := sorted[len(sorted)/2]
	at := -1
	for i, st := range steps {
		switch {
		case st >= 1.6*pitch && at < 0:
			at = i + 1
		case st >= 1.3*pitch:
			return -1
		}
	}
	return at
}

// kanaSize decides between a kana's full-size and small forms by the height of its ink against the height of
// each form rendered and scaled as the line's other kana are; sure is false when it lies between the two.
func kanaSize(height, scale float64, big, small string, fam fonts.Family) (string, bool) {
	bv, ok1 := renderVec(big, fam)
	sv, ok2 := renderVec(small, fam)
	if !ok1 || !ok2 || height <= 0 || scale <= 0 {
		return big, false
	}
	db, ds := math.Abs(math.Log(height/(scale*bv.height))), math.Abs(math.Log(height/(scale*sv.height)))
	if ds < db {
		return small, db-ds >= kanaSizeMargin
	}
	return big, ds-db >= kanaSizeMargin
}
