package ocr

import (
	"image"
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Addresses read by their glyphs against the address dictionary. The three address lines of a 転出証明書 (住所,
// 転出先, 本籍) are half of what Tesseract spends on a page, and an address is no open text: it is a 都道府県 and
// 市区町村 from ~1,900, a 町域 of that municipality, then numbers written with a dozen characters. Printed at a
// fixed pitch, the line cuts into one cell per character; each cell is compared only with the characters the
// dictionary allows at that place, and the reading is taken where every cell matches clearly and no other
// reading of the dictionary comes close. Anything else (a building name in kanji, a hyphen, a blurred digit,
// proportional print, a 町域 the dictionary does not know, a line without its 都道府県) goes through Tesseract
// whole, as before.

const (
	// addressGlyphScore: how well every character of the reading must match its cell.
	addressGlyphScore = 0.8
	// addressGlyphMargin: by how much a cell's character must beat any other the dictionary or the number
	// alphabet allows there.
	addressGlyphMargin = 0.08
	// addressGlyphFloor: below this a character is not followed further in the dictionary.
	addressGlyphFloor = 0.4
	// addressNumberMargin: the margin of a character after the 町域 over the rest of the number alphabet, as
	// dates and フリガナ read by their glyphs need (dateGlyphMargin, kanaGlyphMargin).
	addressNumberMargin = 0.06
)

// numberCellScore is how well a character after the 町域 must match: a digit as well as the dictionary's
// characters (a speck beside ５ made it match ６ at 0.74, ５ at 0.68); 丁目, 番地, 号 and katakana, which stand
// far apart in the alphabet, as well as フリガナ read by their glyphs (kanaGlyphScore).
func numberCellScore(r rune) float64 {
	if isDigitRune(r) {
		return addressGlyphScore
	}
	return kanaGlyphScore
}

// addressNumberAlphabet is what follows the 町域: block numbers, their words, and a building name in katakana.
var addressNumberAlphabet = []rune("０１２３４５６７８９丁目番地号" +
	"アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン" +
	"ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポヴー")

// addressNumberShape is the part after the 町域 as the glyph reader accepts it: ２丁目３番４号, １２３４番地５,
// then perhaps a building in katakana with its room number.
var addressNumberShape = regexp.MustCompile(`^([０-９]+丁目)?[０-９]+(番地|番)([０-９]+号?)?([ア-ヴー]+[０-９]+号)?$`)

// addressTrie is a dictionary of strings by character; at marks where a string ends (a municipality's code, or
// "" for a town).
type addressTrie struct {
	next map[rune]*addressTrie
	end  bool
	code string
}

func (t *addressTrie) add(s, code string) {
	n := t
	for _, r := range s {
		if n.next == nil {
			n.next = map[rune]*addressTrie{}
		}
		c := n.next[r]
		if c == nil {
			c = &addressTrie{}
			n.next[r] = c
		}
		n = c
	}
	n.end, n.code = true, code
}

// addressLexicon holds the dictionary as tries: municipalities as certificates print them, 都道府県 first, and
// each municipality's towns (with and without 大字).
type addressLexicon struct {
	a     *dictAddresses
	once  sync.Once
	munis *addressTrie
	towns sync.Map // lgCode → *addressTrie
	// issuer is the municipalities followed by 長, for issuer lines.
	issuer issuerLexicon
}

func (l *addressLexicon) municipalities() *addressTrie {
	l.once.Do(func() {
		l.a.load()
		l.munis = &addressTrie{}
		prefs := map[string]bool{}
		for _, p := range l.a.d.Prefectures() {
			prefs[p.Prefecture] = true
		}
		for _, m := range l.a.munis {
			s := string(m.text)
			for p := range prefs {
				if strings.HasPrefix(s, p) && len(s) > len(p) {
					l.munis.add(s, m.lgCode)
					break
				}
			}
		}
	})
	return l.munis
}

func (l *addressLexicon) townsOf(code string) *addressTrie {
	if t, ok := l.towns.Load(code); ok {
		return t.(*addressTrie)
	}
	t := &addressTrie{}
	for _, town := range l.a.townsOf(code) {
		t.add(town, "")
		if !strings.HasPrefix(town, "大字") {
			t.add("大字"+town, "")
		}
	}
	l.towns.Store(code, t)
	return t
}

// addressSlots cuts a line printed at a fixed pitch into one cell per character: the cells of segmentChars put
// on the grid their centres fit, pieces of one character (川, 小) joined. False when the line is not at one pitch
// or a place on it is empty.
func addressSlots(li lineImage) ([]image.Rectangle, bool) {
	if li.src == nil || li.empty {
		return nil, false
	}
	cells := segmentChars(li.src, li.band)
	h := float64(li.band.Dy())
	if len(cells) < 8 || h < 14 {
		return nil, false
	}
	return gridSlots(cells, h, false)
}

// gridSlots puts the cells of a line of height h on the grid their centres fit, pieces of one character
// joined; false when they are not at one pitch, or when a place on the grid is empty unless blanks are allowed
// (the space between a surname and a given name).
func gridSlots(cells []image.Rectangle, h float64, blanks bool) ([]image.Rectangle, bool) {
	centre := func(r image.Rectangle) float64 { return float64(r.Min.X+r.Max.X) / 2 }
	var steps []float64
	for i := 1; i < len(cells); i++ {
		if s := centre(cells[i]) - centre(cells[i-1]); s >= 0.75*h {
			steps = append(steps, s)
		}
	}
	if len(steps) == 0 || len(steps) < len(cells)/2 {
		return nil, false
	}
	sort.Float64s(steps)
	pitch := steps[len(steps)/2]
	origin := centre(cells[0])
	var slots []image.Rectangle
	var places []int
	for round := 0; round < 2; round++ {
		// Each cell to its nearest place; then the pitch and origin that fit the places best.
		slots, places = slots[:0], places[:0]
		for _, c := range cells {
			k := int(math.Round((centre(c) - origin) / pitch))
			if n := len(places); n > 0 && places[n-1] == k {
				slots[n-1] = slots[n-1].Union(c)
				continue
			}
			if n := len(places); n > 0 && k < places[n-1] {
				return nil, false
			}
			slots, places = append(slots, c), append(places, k)
		}
		var sk, sx, skk, skx float64
		for i, s := range slots {
			k, x := float64(places[i]), centre(s)
			sk, sx, skk, skx = sk+k, sx+x, skk+k*k, skx+k*x
		}
		n := float64(len(slots))
		if d := n*skk - sk*sk; d > 0 {
			pitch = (n*skx - sk*sx) / d
			origin = (sx - pitch*sk) / n
		}
	}
	for i, s := range slots {
		if i > 0 && places[i] != places[i-1]+1 && !blanks {
			return nil, false // a blank place: a space, or a character lost
		}
		if math.Abs(centre(s)-(origin+pitch*float64(places[i]))) > 0.15*pitch || float64(s.Dx()) > 1.1*pitch {
			return nil, false
		}
	}
	return slots, true
}

// addressGlyphRead is what the glyphs made of an address line: the address, where ok. Where the whole line was
// not clear, head is the 都道府県, municipality and 町域 its first cells read clearly (headSlots those cells, and
// restSlots the cells after them), so that Tesseract need read only the rest (Engine.readAddressTail); restClear
// holds, for each of those cells, the character of the number alphabet its glyph matches clearly, or 0.
type addressGlyphRead struct {
	text      string
	ok        bool
	head      string
	headSlots []image.Rectangle
	restSlots []image.Rectangle
	restClear []rune
}

// addressHeadScore: how well each character of a head's 都道府県 and municipality must match its cell. Lower than
// a town's or a whole line's: they are one of some 1,900 names, every rival among which must still lose by the
// margin in the cells where it differs, and the thin ends of 市 or the dense 岡 fade under blur or at 200 dpi
// (市 0.41–0.56, 岡 0.63–0.79 measured where the rest of the line matched at 0.8 and more).
const addressHeadScore = 0.6

// minAddressHead: a shorter head (a 都道府県 and a short municipality) saves too little of Tesseract's time
// for the split to be worth it.
const minAddressHead = 5

// addressByGlyphAlone reads an address line by its glyphs against the dictionary.
func (l *addressLexicon) addressByGlyphAlone(li lineImage, hint string) addressGlyphRead {
	slots, ok := addressSlots(li)
	if !ok {
		return addressGlyphRead{}
	}
	obs, ok := slotVecs(li, slots)
	if !ok {
		return addressGlyphRead{}
	}
	// One design for the line, the one its first character matches best in: comparing every cell in every
	// design was most of the reader's time.
	fam, famBest := fontsFor(hint)[0], -2.0
	for _, f := range fontsFor(hint) {
		for r := range l.municipalities().next {
			if s := addressGlyphScoreOf(obs[0], r, f); s > famBest {
				fam, famBest = f, s
			}
		}
	}
	score := newCellScores(obs, fam).score
	// A cell of the number part: the best of the alphabet, and whether it is clear.
	type numberCell struct {
		r     rune
		clear bool
	}
	cells := make([]*numberCell, len(slots))
	numberAt := func(i int) numberCell {
		if cells[i] != nil {
			return *cells[i]
		}
		best, second := -2.0, -2.0
		var br rune
		for _, r := range addressNumberAlphabet {
			if s := score(i, r); s > best {
				best, br = s, r
			}
		}
		for _, r := range addressNumberAlphabet {
			// A kana and its voiced forms differ in a mark that kanaAgrees checks.
			if kanaBase(r) != kanaBase(br) {
				second = math.Max(second, score(i, r))
			}
		}
		c := numberCell{br, best >= numberCellScore(br) && best-second >= addressNumberMargin && kanaAgrees(li, slots, i, br, hint)}
		cells[i] = &c
		return c
	}
	numberFrom := func(at int) (string, bool) {
		var b strings.Builder
		for i := at; i < len(slots); i++ {
			c := numberAt(i)
			if !c.clear {
				return "", false
			}
			b.WriteRune(c.r)
		}
		return b.String(), addressNumberShape.MatchString(b.String())
	}
	// Every municipality and town the cells allow before a clear digit (香椎 is not the town where the print says
	// 香椎浜), each with the number after it where all of that is clear (whole). The others are no candidates but
	// still rivals: a reading must beat them where they differ.
	type reading struct {
		lexical []rune // municipality and town
		number  string
		whole   bool
	}
	var found []reading
	// heads: every municipality, alone and with each town, the cells allow with at least one cell after it,
	// whatever that cell holds (a blurred １, a building's kanji), for the head that Tesseract's reading of the
	// rest completes; townAt is where its town begins.
	type head struct {
		text   []rune
		townAt int
	}
	var heads []head
	tooMany := false
	// walk follows the cells through the municipalities, then through the towns of one (from townAt on; -1
	// before).
	var walk func(t *addressTrie, i int, path []rune, townAt int)
	walk = func(t *addressTrie, i int, path []rune, townAt int) {
		if len(found) > maxAddressReadings || len(heads) > maxAddressReadings {
			tooMany = true
			return
		}
		if t.end && i < len(slots) {
			if townAt < 0 {
				heads = append(heads, head{append([]rune(nil), path...), len(path)})
				walk(l.townsOf(t.code), i, path, len(path))
			} else {
				heads = append(heads, head{append([]rune(nil), path...), townAt})
				if c := numberAt(i); c.clear && isDigitRune(c.r) {
					n, whole := numberFrom(i)
					found = append(found, reading{append([]rune(nil), path...), n, whole})
				}
			}
		}
		if i >= len(slots) {
			return
		}
		for r, next := range t.next {
			if score(i, r) >= addressGlyphFloor {
				walk(next, i+1, append(path, r), townAt)
			}
		}
	}
	walk(l.municipalities(), 0, nil, -1)
	if tooMany {
		return addressGlyphRead{}
	}
	worst := func(text []rune) float64 {
		m := 1.0
		for i, r := range text {
			m = math.Min(m, score(i, r))
		}
		return m
	}
	// clearOf: text is read where every other reading that differs from it in a cell loses there by the margin.
	clearOf := func(text []rune, others [][]rune) bool {
		for _, other := range others {
			for i := range min(len(text), len(other)) {
				if other[i] != text[i] && score(i, text[i])-score(i, other[i]) < addressGlyphMargin {
					return false
				}
			}
		}
		return true
	}
	// The best whole reading by its worst character of the dictionary; every character clear, and clearly better
	// than what any other reading puts in its place.
	var best *reading
	for i, rd := range found {
		if rd.whole && (best == nil || worst(rd.lexical) > worst(best.lexical)) {
			best = &found[i]
		}
	}
	if best != nil && worst(best.lexical) >= addressGlyphScore {
		text := []rune(string(best.lexical) + best.number)
		others := make([][]rune, 0, len(found))
		for _, rd := range found {
			others = append(others, []rune(string(rd.lexical)+rd.number))
		}
		if clearOf(text, others) {
			return addressGlyphRead{text: string(text), ok: true}
		}
	}
	// Else the longest head that is clear: each character of its 都道府県 and municipality at addressHeadScore,
	// of its town at addressGlyphScore, and each clearly better than what any other head puts in its place.
	// Where two heads agree as far as the shorter goes (香椎, 香椎浜), either is right with the rest read after
	// it; the longer leaves less to Tesseract.
	texts := make([][]rune, len(heads))
	for i, h := range heads {
		texts[i] = h.text
	}
	var chosen []rune
	for _, h := range heads {
		if len(h.text) <= len(chosen) || len(h.text) < minAddressHead {
			continue
		}
		sure := true
		for i, r := range h.text {
			if i < h.townAt && score(i, r) < addressHeadScore || i >= h.townAt && score(i, r) < addressGlyphScore {
				sure = false
				break
			}
		}
		if sure && clearOf(h.text, texts) {
			chosen = h.text
		}
	}
	if chosen == nil {
		return addressGlyphRead{}
	}
	restClear := make([]rune, len(slots)-len(chosen))
	for i := range restClear {
		if c := numberAt(len(chosen) + i); c.clear {
			restClear[i] = c.r
		}
	}
	return addressGlyphRead{head: string(chosen), headSlots: slots[:len(chosen)], restSlots: slots[len(chosen):], restClear: restClear}
}

// slotVecs returns the appearance of each slot's ink; false when a slot holds none.
func slotVecs(li lineImage, slots []image.Rectangle) ([]*glyphVec, bool) {
	obs := make([]*glyphVec, len(slots))
	for i, s := range slots {
		if obs[i] = inkVec(li.src, s); obs[i] == nil {
			return nil, false
		}
	}
	return obs, true
}

// cellScores memoises how well each cell of a line matches a character, in the best of the families: a reader
// comparing a line against a dictionary asks for the same cell and character many times.
type cellScores struct {
	obs  []*glyphVec
	fams []fonts.Family
	memo []map[rune]float64
}

func newCellScores(obs []*glyphVec, fams ...fonts.Family) *cellScores {
	return &cellScores{obs: obs, fams: fams, memo: make([]map[rune]float64, len(obs))}
}

func (c *cellScores) score(i int, r rune) float64 {
	if c.memo[i] == nil {
		c.memo[i] = map[rune]float64{}
	}
	s, ok := c.memo[i][r]
	if !ok {
		s = -2
		for _, f := range c.fams {
			s = math.Max(s, addressGlyphScoreOf(c.obs[i], r, f))
		}
		c.memo[i][r] = s
	}
	return s
}

// maxAddressReadings bounds the dictionary readings a line's cells allow; more means cells that match anything
// (a smudge), and the line goes to Tesseract.
const maxAddressReadings = 64

// kanaAgrees checks a katakana of a building name as the フリガナ reader does: its voicing mark where it has
// one, and full size (a small ャ matches its ヤ).
func kanaAgrees(li lineImage, slots []image.Rectangle, i int, k rune, hint string) bool {
	if k < 'ア' || k > 'ヴ' {
		return true
	}
	c := slots[i]
	next := li.band.Max.X
	if i+1 < len(slots) {
		next = slots[i+1].Min.X - 1
	}
	if !markLike(string(k)) && hasVoicingMark(li.src, image.Rect(c.Min.X, li.band.Min.Y, next, li.band.Max.Y)) != voiced(string(k)) {
		return false
	}
	if k >= 'バ' && k <= 'ポ' && !markShapeAgrees(li.src, c, k, hint) {
		return false
	}
	if _, hasSmall := smallForm[string(k)]; hasSmall {
		return float64(tighten(li.src, c).Dy()) >= 0.78*float64(li.band.Dy())
	}
	return true
}

// addressGlyphConfidence is the confidence of an address every character of which its glyph and the dictionary
// agree on.
const addressGlyphConfidence = 0.95

// kanaBase is a katakana without its voicing mark (グ → ク, パ → ハ, ヴ → ウ); other characters are themselves.
func kanaBase(r rune) rune {
	if r == 'ヴ' {
		return 'ウ'
	}
	if !voiced(string(r)) {
		return r
	}
	if r >= 'ハ' && r <= 'ポ' {
		return 'ハ' + (r-'ハ')/3*3
	}
	return r - 1
}

// markShapeAgrees tells a 濁点 from a 半濁点 (バ, パ), which the whole glyph's comparison hardly separates (by
// 0.06 at 300 dpi): the top right of the cell, where the mark stands, is compared with the same part of both forms.
func markShapeAgrees(g *image.Gray, cell image.Rectangle, k rune, hint string) bool {
	base := kanaBase(k)
	forms := [2]rune{base + 1, base + 2} // 濁点, 半濁点
	obs := markCorner(imaging.Crop(g, tighten(g, cell)))
	if obs == nil {
		return false
	}
	var s [2]float64
	for i, f := range forms {
		s[i] = -2
		for _, fam := range fontsFor(hint) {
			if v := markCornerOf(f, fam); v != nil {
				s[i] = math.Max(s[i], similarity(obs, v))
			}
		}
	}
	if k == forms[0] {
		return s[0]-s[1] >= markShapeMargin
	}
	return s[1]-s[0] >= markShapeMargin
}

// markShapeMargin: by how much the mark's shape must favour the kana read.
const markShapeMargin = 0.1

// markCorners caches the rendered corners of バ-row kana by character and design.
var markCorners sync.Map // renderKey → *glyphVec

func markCornerOf(r rune, fam fonts.Family) *glyphVec {
	k := renderKey{string(r), fam}
	if v, ok := markCorners.Load(k); ok {
		return v.(*glyphVec)
	}
	var v *glyphVec
	if img := renderText(string(r), fam, 64); img != nil {
		v = markCorner(imaging.Crop(img, imaging.InkBounds(img, inkThreshold)))
	}
	markCorners.Store(k, v)
	return v
}

// markCorner is the appearance of a glyph's top-right corner (its right third, its top third).
func markCorner(g *image.Gray) *glyphVec {
	r := g.Rect
	if r.Dx() < 6 || r.Dy() < 6 {
		return nil
	}
	return areaVec(imaging.Crop(g, image.Rect(r.Max.X-r.Dx()/3, r.Min.Y, r.Max.X, r.Min.Y+r.Dy()/3)))
}

// addressGlyphScoreOf is similarity against r rendered in fam, summed in float32 in four lanes: the address
// reader compares each cell with a hundred or more characters, where similarity's float64 sum was most of its
// time.
func addressGlyphScoreOf(obs *glyphVec, r rune, fam fonts.Family) float64 {
	v, ok := renderVec(string(r), fam)
	if !ok {
		return -2
	}
	a, b := obs.v, v.v[:len(obs.v)]
	var s0, s1, s2, s3 float32
	n := len(a) &^ 3
	for i := 0; i < n; i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for i := n; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	pen := 0.25 * math.Abs(math.Log(obs.aspect/v.aspect))
	return float64(s0+s1+s2+s3) - pen
}
