package ocr

import (
	"math"
	"strings"
)

// A person's name read by its glyphs once its フリガナ is known. The フリガナ box is read first (mostly by its
// glyphs, kanaglyph.go); the name dictionaries then give the few ways a surname and a given name so read are
// written (ヤマダ: 山田, 山多 …; タロウ: 太郎, 太朗, 多郎 …), and each of the name box's cells is compared with the
// characters those spellings, and the variant forms of their characters (髙 for 高, 𠮷 for 吉), put there. A
// name is taken when every character matches at addressGlyphScore and beats, by pageNameMargin, its look-alikes
// and variants and whatever another spelling of the reading puts in its place; anything else (a spelling the
// dictionaries do not list, a name printed without a space between its parts, a smudge) is read by Tesseract and
// checked as before. Names were the largest share of Tesseract's time left on a 転出証明書 page.

// nameSpellings is implemented by a NameReadings that also knows the names read a given way (internal/moji).
type nameSpellings interface {
	// Spellings returns the surnames (part "surname") or given names ("given") read as the katakana reading.
	Spellings(reading, part string) []string
}

// maxSpellings bounds the spellings of one reading compared with a box (the commonest readings have dozens).
const maxSpellings = 300

// nameGlyphConfidence is the confidence of a name read so.
const nameGlyphConfidence = 0.95

// nameByKana reads a name box whose フリガナ, kanaValue, was read and accepted.
func (e *Engine) nameByKana(li lineImage, kanaValue, hint string) (string, bool) {
	sp, ok := e.opts.Names.(nameSpellings)
	if !ok || e.glyph == nil || li.src == nil || li.empty {
		return "", false
	}
	readings := strings.Split(kanaValue, "　")
	if len(readings) != 2 || readings[0] == "" || readings[1] == "" {
		return "", false
	}
	h := float64(li.band.Dy())
	if h < 14 {
		return "", false
	}
	cells := segmentChars(li.src, li.band)
	if len(cells) < 2 {
		return "", false
	}
	slots, ok := gridSlots(cells, h, true)
	if !ok || len(slots) < 2 {
		return "", false
	}
	// The space between surname and given name: one gap far wider than the others.
	split, widest := 0, -1
	for i := 1; i < len(slots); i++ {
		if g := slots[i].Min.X - slots[i-1].Max.X; g > widest {
			split, widest = i, g
		}
	}
	for i := 1; i < len(slots); i++ {
		if g := float64(slots[i].Min.X - slots[i-1].Max.X); i != split && g > 0.4*h {
			return "", false
		}
	}
	if float64(widest) < 0.6*h {
		return "", false
	}
	obs, ok := slotVecs(li, slots)
	if !ok {
		return "", false
	}
	score := newCellScores(obs, fontsFor(hint)...).score
	surname, ok := e.spellingByGlyphs(score, sp.Spellings(readings[0], "surname"), split)
	if !ok {
		return "", false
	}
	given, ok := e.spellingByGlyphs(func(i int, r rune) float64 { return score(split+i, r) },
		sp.Spellings(readings[1], "given"), len(slots)-split)
	if !ok {
		return "", false
	}
	return surname + "　" + given, true
}

// spellingByGlyphs picks the spelling of n characters whose cells (score(i, r) for the i-th) match clearly, each
// character in the best of its variant forms.
func (e *Engine) spellingByGlyphs(score func(i int, r rune) float64, spellings []string, n int) (string, bool) {
	if len(spellings) == 0 || len(spellings) > maxSpellings {
		return "", false
	}
	// Each spelling as the cells read it: every character in its best-matching variant form.
	var forms [][]rune
	for _, s := range spellings {
		rs := []rune(s)
		if len(rs) != n || !allKanji(s) {
			continue
		}
		form := make([]rune, n)
		for i, r := range rs {
			form[i] = r
			if e.opts.DisableVariants {
				continue // the benchmark's comparison without the variant check
			}
			for _, v := range e.glyph.families.Variants(r) {
				if score(i, v) > score(i, form[i]) {
					form[i] = v
				}
			}
		}
		forms = append(forms, form)
	}
	worst := func(f []rune) float64 {
		m := 1.0
		for i, r := range f {
			m = math.Min(m, score(i, r))
		}
		return m
	}
	var best []rune
	for _, f := range forms {
		if best == nil || worst(f) > worst(best) {
			best = f
		}
	}
	if best == nil || worst(best) < addressGlyphScore {
		return "", false
	}
	for i, r := range best {
		s := score(i, r)
		for _, c := range e.glyph.candidates(r) {
			if c != r && s-score(i, c) < pageNameMargin {
				return "", false
			}
		}
		for _, f := range forms {
			if f[i] != r && s-score(i, f[i]) < pageNameMargin {
				return "", false
			}
		}
	}
	return string(best), true
}
