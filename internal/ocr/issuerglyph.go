package ocr

import (
	"image"
	"math"
	"sync"
)

// The issuer line of a 転出証明書, 「福岡県久留米市長　原口　新五」, read by its glyphs as an address line is: the part
// before the mayor's name is a municipality of the dictionary followed by 長, a vocabulary of ~1,900 entries, and
// Tesseract spent ~35 ms a page on it. Anything the glyphs do not make out clearly (letter-spaced print, a
// municipality the dictionary does not know, a smudge) goes to readIssuer's Tesseract reading as before.

// issuerLexicon holds every municipality as certificates name their issuer: with its 都道府県, without it (福岡市
// 博多区), and without the 郡.
type issuerLexicon struct {
	once sync.Once
	trie *addressTrie
}

func (l *addressLexicon) issuers() *addressTrie {
	l.issuer.once.Do(func() {
		l.a.load()
		l.issuer.trie = &addressTrie{}
		for _, m := range l.a.munis {
			l.issuer.trie.add(string(m.text)+"長", m.lgCode)
		}
	})
	return l.issuer.trie
}

// issuerMinCells: a shorter head (港区長) names no municipality unmistakably.
const issuerMinCells = 4

// issuerHeadCells returns the character cells of an issuer line up to its first blank at least a character wide.
func issuerHeadCells(li lineImage) ([]image.Rectangle, float64, bool) {
	if li.src == nil || li.empty {
		return nil, 0, false
	}
	h := float64(li.band.Dy())
	if h < 14 {
		return nil, 0, false
	}
	cells := segmentChars(li.src, li.band)
	for i := 1; i < len(cells); i++ {
		if float64(cells[i].Min.X-cells[i-1].Max.X) >= 0.9*h {
			cells = cells[:i]
			break
		}
	}
	if len(cells) < issuerMinCells {
		return nil, 0, false
	}
	return cells, h, true
}

// issuerByGlyphAlone reads the head of an issuer line, 「福岡県久留米市長」, by its glyphs against the dictionary:
// every character matching its cell at addressGlyphScore and beating any other reading the dictionary allows
// there by addressGlyphMargin.
func (l *addressLexicon) issuerByGlyphAlone(li lineImage, hint string) (string, bool) {
	cells, h, ok := issuerHeadCells(li)
	if !ok {
		return "", false
	}
	slots, ok := gridSlots(cells, h, false)
	if !ok || len(slots) < issuerMinCells {
		return "", false
	}
	obs, ok := slotVecs(li, slots)
	if !ok {
		return "", false
	}
	trie := l.issuers()
	// The 長 at the end decides the design: it is the one character every reading shares.
	last := len(slots) - 1
	fam, famBest := fontsFor(hint)[0], -2.0
	for _, f := range fontsFor(hint) {
		if s := addressGlyphScoreOf(obs[last], '長', f); s > famBest {
			fam, famBest = f, s
		}
	}
	if famBest < addressGlyphScore {
		return "", false
	}
	score := newCellScores(obs, fam).score
	var found [][]rune
	tooMany := false
	var walk func(t *addressTrie, i int, path []rune)
	walk = func(t *addressTrie, i int, path []rune) {
		if len(found) > maxAddressReadings {
			tooMany = true
			return
		}
		if i == len(slots) {
			if t.end {
				found = append(found, append([]rune(nil), path...))
			}
			return
		}
		for r, next := range t.next {
			if score(i, r) >= addressGlyphFloor {
				walk(next, i+1, append(path, r))
			}
		}
	}
	walk(trie, 0, nil)
	if len(found) == 0 || tooMany {
		return "", false
	}
	worst := func(rd []rune) float64 {
		m := 1.0
		for i, r := range rd {
			m = math.Min(m, score(i, r))
		}
		return m
	}
	best := found[0]
	for _, rd := range found[1:] {
		if worst(rd) > worst(best) {
			best = rd
		}
	}
	if worst(best) < addressGlyphScore {
		return "", false
	}
	for _, rd := range found {
		for i := range rd {
			if rd[i] != best[i] && score(i, best[i])-score(i, rd[i]) < addressGlyphMargin {
				return "", false
			}
		}
	}
	return string(best), true
}

// titleByGlyphs reports a title box that holds the template's title and nothing else, every character matching
// its cell at addressGlyphScore in one of the fonts: the comparison of a page with its candidate templates then
// needs no Tesseract reading of the title (~17 ms a 転出証明書 page). Anything less goes to titleSimilarity's
// reading as before.
func titleByGlyphs(li lineImage, title string) bool {
	want := []rune(compactText(title))
	if li.src == nil || li.empty || len(want) < 2 {
		return false
	}
	h := float64(li.band.Dy())
	if h < 14 {
		return false
	}
	slots, ok := gridSlots(segmentChars(li.src, li.band), h, false)
	if !ok || len(slots) != len(want) {
		return false
	}
	for i, s := range slots {
		obs := inkVec(li.src, s)
		if obs == nil {
			return false
		}
		best := -2.0
		for _, f := range fontsFor("") {
			best = math.Max(best, addressGlyphScoreOf(obs, want[i], f))
		}
		if best < addressGlyphScore {
			return false
		}
	}
	return true
}
