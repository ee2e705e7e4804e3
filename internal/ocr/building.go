package ocr

import (
	"image"
	"math"
	"slices"
	"sort"

	"golang.org/x/text/unicode/norm"
)

// The building name ends an address (…１０番地１０レジデンス天神３０５号) and no dictionary holds it, so the
// recogniser's slips there stand: Tesseract's jpn model drops or invents the 濁点 of a katakana, confuses シ, ン
// and ツ, and finishes a word twice (レジデンス read as レンテンス, レシデンス, レンジテンス, レジデンスズ). Building
// names are made, though, of a few dozen loan words (buildingWords). Where a katakana run of the address is
// within a kana slip or two of such a word, the word is tried against the print: the print under the run must
// hold as many characters as the word, and the word's kana must explain their squares better than the
// reading's. A word put in holds the address for review.

// buildingWordMinLen: shorter words (ビル, ヒル) are a slip away from too many other names to be put in.
const buildingWordMinLen = 3

// buildingWordMaxCost is the most slips a run may differ from a word by: a kana slip (a mark, シ/ン) costs a
// half, a kana missing or added one.
const buildingWordMaxCost = 1.5

// buildingWordMargin is how much better the word's kana must explain a square than the reading's.
const buildingWordMargin = 0.03

// buildingWordGlyphFloor: how well a word's kana must explain squares the reading does not number.
const buildingWordGlyphFloor = 0.8

// buildingWordAddress returns the address with each building word put back that the print confirms, and
// whether anything changed. syms are the recogniser's symbols of the line, in order.
func buildingWordAddress(li lineImage, syms []symbol, value, hint string) (string, bool) {
	if li.src == nil || li.empty || value == "" {
		return value, false
	}
	pitch, ok := symbolPitch(li, syms)
	if !ok {
		return value, false
	}
	rs := []rune(value)
	changed := false
	for start := 0; start < len(rs); {
		if !isKatakanaLetter(rs[start]) {
			start++
			continue
		}
		end := start
		for end < len(rs) && (isKatakanaLetter(rs[end]) || rs[end] == 'ー') {
			end++
		}
		if fixed, ok := buildingWordInRun(li, syms, pitch, string(rs[start:end]), hint); ok {
			rs = append(append(append([]rune{}, rs[:start]...), []rune(fixed)...), rs[end:]...)
			end = start + len([]rune(fixed))
			changed = true
		}
		start = end
	}
	return string(rs), changed
}

// symbolPitch is the print's pitch in crop pixels: the median step between the centres of successive symbols
// (a symbol read twice over the same print steps by almost nothing and is left out).
func symbolPitch(li lineImage, syms []symbol) (float64, bool) {
	var steps []float64
	for i := 1; i < len(syms); i++ {
		if s := centreX(li.toCrop(syms[i].Box)) - centreX(li.toCrop(syms[i-1].Box)); s > float64(li.band.Dy())/2 {
			steps = append(steps, s)
		}
	}
	if len(steps) < 3 {
		return 0, false
	}
	sort.Float64s(steps)
	return steps[len(steps)/2], true
}

// buildingWordInRun tries the building words near a katakana run of the reading against the print under it.
func buildingWordInRun(li lineImage, syms []symbol, pitch float64, run, hint string) (string, bool) {
	cols, ok := runColumns(li, syms, run)
	if !ok {
		return "", false
	}
	rr := []rune(run)
	for _, w := range buildingWords {
		wr := []rune(w)
		if len(wr) < buildingWordMinLen {
			continue
		}
		for a := 0; a < len(rr); a++ {
			for b := a + max(1, len(wr)-1); b <= min(len(rr), a+len(wr)+1); b++ {
				sub := rr[a:b]
				if slices.Contains(buildingWords, string(sub)) {
					continue // one real word is not turned into another (ハイム, ハイツ)
				}
				if c := kanaSlipCost(sub, wr); c == 0 || c > buildingWordMaxCost {
					continue
				}
				// The print under sub's symbols must hold as many characters as the word, counted by the
				// pitch: a kana read where none is printed (レジデンスズ, its ズ over the ス) adds a symbol but
				// no character, a real one (サンハイツ's ン) adds both.
				c0, c1 := centreX(cols[a]), centreX(cols[b-1])
				if n := int(math.Round((c1-c0)/pitch)) + 1; n != len(wr) {
					continue
				}
				step := (c1 - c0) / float64(len(wr)-1)
				squares := make([]image.Rectangle, len(wr))
				for i := range squares {
					x := int(math.Round(c0 + float64(i)*step - pitch/2))
					squares[i] = image.Rect(x, li.band.Min.Y, x+int(math.Round(pitch)), li.band.Max.Y)
				}
				if confirmedByPrint(li, squares, step, sub, wr, hint) {
					return string(rr[:a]) + w + string(rr[b:]), true
				}
			}
		}
	}
	return "", false
}

// markAwayFromBuildingWord reports whether a katakana run of an address is a building word but for one kana's
// mark (コーボ for コーポ): where the print did not confirm the word (buildingWordAddress), the reading may still
// be the slip, at 200 dpi a 半濁点 and a 濁点 are a few pixels apart.
func markAwayFromBuildingWord(value string) bool {
	rs := []rune(value)
	for start := 0; start < len(rs); start++ {
		for _, w := range buildingWords {
			wr := []rune(w)
			if len(wr) < buildingWordMinLen || start+len(wr) > len(rs) {
				continue
			}
			sub := rs[start : start+len(wr)]
			if !slices.Contains(buildingWords, string(sub)) && kanaSlipCost(sub, wr) == 0.5 {
				return true
			}
		}
	}
	return false
}

// runColumns finds run among the recogniser's symbols (once, in order) and returns each symbol's columns in
// crop pixels.
func runColumns(li lineImage, syms []symbol, run string) ([]image.Rectangle, bool) {
	rr := []rune(run)
	found := -1
	for i := 0; i+len(rr) <= len(syms); i++ {
		match := true
		for j, r := range rr {
			if syms[i+j].Text != string(r) {
				match = false
				break
			}
		}
		if match {
			if found >= 0 {
				return nil, false
			}
			found = i
		}
	}
	if found < 0 {
		return nil, false
	}
	cols := make([]image.Rectangle, len(rr))
	for j := range rr {
		cols[j] = li.toCrop(syms[found+j].Box)
	}
	return cols, true
}

// confirmedByPrint reports the word's kana explaining the print's squares better than the reading's: each
// square is compared, at the print's own size (see smallprint.go), with the two kana rendered there. The
// 40-pixel glyph grid used for names, and the voicing-mark detector of the フリガナ reader, missed most marks at
// a card's 16 pixels. A reading of another length (a kana added or lost) cannot be compared square by square;
// the word then needs every square explained well.
func confirmedByPrint(li lineImage, squares []image.Rectangle, pitch float64, read, word []rune, hint string) bool {
	m := emMatcherAt(li, pitch, hint)
	for i, sq := range squares {
		ws := m.score(sq, word[i])
		switch {
		case len(read) != len(word):
			if ws < buildingWordGlyphFloor {
				return false
			}
		case word[i] == read[i]:
			// The kana both agree on must be where the squares were placed: the recogniser's symbol boxes,
			// which placed them, are loose.
			if ws < buildingWordPlacedFloor {
				return false
			}
		case ws < m.score(sq, read[i])+buildingWordMargin:
			return false
		}
	}
	return true
}

// buildingWordPlacedFloor: how well the squares must show the kana the reading and the word share.
const buildingWordPlacedFloor = 0.7

// kanaSlipCost is the weighted edit distance between a reading and a word: a kana for another form of itself or
// of a look-alike (デ for テ, ジ for ン) costs a half, a kana added or missing one, any other change more than
// buildingWordMaxCost allows.
func kanaSlipCost(a, b []rune) float64 {
	const slip, indel, other = 0.5, 1.0, 10.0
	d := make([][]float64, len(a)+1)
	for i := range d {
		d[i] = make([]float64, len(b)+1)
		d[i][0] = float64(i) * indel
	}
	for j := range d[0] {
		d[0][j] = float64(j) * indel
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			sub := 0.0
			if a[i-1] != b[j-1] {
				sub = other
				if kanaLookAlike(a[i-1], b[j-1]) {
					sub = slip
				}
			}
			d[i][j] = min(d[i-1][j-1]+sub, d[i-1][j]+indel, d[i][j-1]+indel)
		}
	}
	return d[len(a)][len(b)]
}

// kanaLookAlike reports two katakana that differ by a voicing mark, by size, or by being each other's
// confusion (シ and ン, and with a mark ジ and ン).
func kanaLookAlike(a, b rune) bool {
	ba, bb := plainKana(a), plainKana(b)
	if ba == bb {
		return true
	}
	return slices.Contains(kanaIndex[ba], bb)
}

// plainKana is a katakana without its voicing mark and at full size (ジ → シ, パ → ハ, ッ → ツ).
func plainKana(r rune) rune {
	if p, ok := plainKanaOf[r]; ok {
		return p
	}
	return r
}

// plainKanaOf maps each katakana with a mark or of small size to its plain form: the first rune of its canonical
// decomposition (ジ is シ and a combining 濁点), and the full-size form of a small one.
var plainKanaOf = func() map[rune]rune {
	m := map[rune]rune{}
	for r := 'ァ'; r <= 'ヺ'; r++ {
		p := []rune(norm.NFD.String(string(r)))[0]
		if big, ok := smallKana[p]; ok {
			p = big
		}
		if p != r {
			m[r] = p
		}
	}
	return m
}()
