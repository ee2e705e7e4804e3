package ocr

import (
	"image"
	"image/color"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Small print: an address on a card scanned or photographed at low resolution — the 375-pixel 在留カード 見本
// prints it at 8 pixels per character. There the line recogniser confuses characters a person tells apart at a
// glance (ハイツ read as ヘイツ, 号 as 全, ２０２ as ２０３４), and the glyph comparison used elsewhere, which
// enlarges each character's ink to a 40-pixel grid, has too little to go on. What still separates them is
// where the ink sits within the character's square: each candidate is rendered at the printed size, shifted
// by quarter pixels, and compared with the square as printed. The recogniser's reading is kept unless the
// print clearly prefers another character of the same kind, and only where a different character is likely
// at all: digits, katakana, and the 号 after a 番's number.

// smallPrintBand is the text-band height, in crop pixels, at or below which an address is checked this way:
// 9 on the 375-pixel 見本, 16 on the 538-pixel one; one address line of the benchmark's 405 pages is this small.
const smallPrintBand = 12

// smallPrintMargin is how much better another character must explain a cell than the one read.
const smallPrintMargin = 0.05

const (
	emSuper  = 4 // rendering resolution per printed pixel
	emShiftX = 6 // horizontal search, in quarter pixels either way
	emShiftY = 3 // vertical search
	emSigma  = 0.4
)

// emMatcher compares a line's character squares with characters rendered at the line's pitch.
type emMatcher struct {
	src     *image.Gray
	band    image.Rectangle
	pitch   float64
	w, h    int // comparison window in crop pixels: one pitch wide, the band and a row above and below
	fams    []fonts.Family
	renders map[renderKey][][]float32
	squares map[image.Rectangle][]float32
}

// newEMMatcher returns a matcher for a line of about n characters and its character cells, or false when the
// line does not cut into at least four.
func newEMMatcher(li lineImage, n int, hint string) (*emMatcher, []image.Rectangle, bool) {
	if li.src == nil || li.empty || n < 4 {
		return nil, nil, false
	}
	// The pitch: the line's width shared among its characters, refined by the cells a step of about that apart
	// (a cell may hold two characters whose ink touches, or half of one).
	rough := float64(li.band.Dx()) / float64(n)
	if float64(li.band.Dy()) < 0.6*rough {
		return nil, nil, false // the band holds part of the line only
	}
	cells := segmentChars(li.src, li.band)
	var steps []float64
	for i := 1; i < len(cells); i++ {
		if s := centreX(cells[i]) - centreX(cells[i-1]); s >= 0.75*rough && s <= 1.25*rough {
			steps = append(steps, s)
		}
	}
	pitch := rough
	if len(steps) >= 3 {
		slices.Sort(steps)
		pitch = steps[len(steps)/2]
	}
	if pitch < 4 {
		return nil, nil, false
	}
	pitch, slots := pitchSlots(li.src, li.band, pitch)
	if len(slots) < 4 {
		return nil, nil, false
	}
	return emMatcherAt(li, pitch, hint), slots, true
}

// emMatcherAt returns a matcher for a line printed at pitch pixels per character.
func emMatcherAt(li lineImage, pitch float64, hint string) *emMatcher {
	fams := []fonts.Family{fonts.MJMincho, fonts.Gothic}
	if hint == "gothic" {
		fams = []fonts.Family{fonts.Gothic, fonts.MJMincho}
	}
	return &emMatcher{src: li.src, band: li.band, pitch: pitch, w: int(math.Round(pitch)), h: li.band.Dy() + 2,
		fams: fams, renders: map[renderKey][][]float32{}, squares: map[image.Rectangle][]float32{}}
}

// pitchSlots cuts a line printed at a fixed pitch into one slot per character: of the pitches near the
// estimate and the offsets, the grid whose slot edges cross the least ink. Cutting at blank columns instead
// splits a character whose thin strokes vanish at this size (the top of ０) and joins a narrow one to it.
// Slots without ink are left out.
func pitchSlots(g *image.Gray, band image.Rectangle, estimate float64) (float64, []image.Rectangle) {
	cols := make([]int, band.Dx())
	for x := range cols {
		for y := band.Min.Y; y < band.Max.Y; y++ {
			if g.Pix[y*g.Stride+band.Min.X+x] < inkThreshold {
				cols[x]++
			}
		}
	}
	inkAt := func(x float64) int {
		i := int(math.Floor(x))
		if i < 0 || i >= len(cols) {
			return 0
		}
		return cols[i]
	}
	bestP, bestO, bestCost := estimate, 0.0, math.MaxInt
	for p := estimate * 0.96; p <= estimate*1.04; p += estimate * 0.005 {
		for o := -p / 2; o < p/2; o += 0.25 {
			cost := 0
			for x := o; x <= float64(len(cols))+p; x += p {
				cost += inkAt(x)
			}
			if cost < bestCost {
				bestP, bestO, bestCost = p, o, cost
			}
		}
	}
	var slots []image.Rectangle
	for x := bestO; x < float64(len(cols)); x += bestP {
		x0, x1 := max(0, int(math.Round(x))), min(len(cols), int(math.Round(x+bestP)))
		ink := 0
		for i := x0; i < x1; i++ {
			ink += cols[i]
		}
		if ink > 0 {
			slots = append(slots, image.Rect(band.Min.X+x0, band.Min.Y, band.Min.X+x1, band.Max.Y))
		}
	}
	return bestP, slots
}

func centreX(r image.Rectangle) float64 { return float64(r.Min.X+r.Max.X) / 2 }

// score is how well r, printed in the square centred on cell, explains it: the best normalised correlation
// over the fonts and the shifts.
func (m *emMatcher) score(cell image.Rectangle, r rune) float64 {
	obs, ok := m.squares[cell]
	if !ok {
		ox := int(math.Round(centreX(cell) - float64(m.w)/2))
		obs = normalisedPatch(imaging.Crop(m.src, image.Rect(ox, m.band.Min.Y-1, ox+m.w, m.band.Max.Y+1)))
		m.squares[cell] = obs
	}
	if obs == nil {
		return -1
	}
	best := -1.0
	for _, f := range m.fams {
		for _, ren := range m.rendered(r, f) {
			var s float32
			for i, v := range ren {
				s += v * obs[i]
			}
			best = math.Max(best, float64(s))
		}
	}
	return best
}

// rendered returns r in family f at the line's pitch, once per shift, each as a normalised window.
func (m *emMatcher) rendered(r rune, f fonts.Family) [][]float32 {
	k := renderKey{string(r), f}
	if v, ok := m.renders[k]; ok {
		return v
	}
	var out [][]float32
	defer func() { m.renders[k] = out }()
	if f == fonts.MJMincho && !fonts.Has(f, r) {
		return nil
	}
	em := m.pitch * emSuper
	d, err := fonts.NewDrawer(f, em)
	if err != nil {
		return nil
	}
	// The square's vertical place: a full-height character's ink centred on the band, as the band is centred
	// on the printed line.
	ref := renderText("国", f, em)
	if ref == nil {
		return nil
	}
	rb := imaging.InkBounds(ref, inkThreshold)
	baseBelowCentre := 1.2*em - float64(rb.Min.Y+rb.Max.Y)/2
	W, H := (m.w+4)*emSuper, (m.h+4)*emSuper
	canvas := imaging.NewWhite(W, H)
	d.Draw(canvas, float64(W)/2-d.Advance(string(r), 0)/2, float64(H)/2+baseBelowCentre, string(r), color.Black, 0)
	// Each shift is averaged down to the print's pixels (an area shrink, as a scanner's sensor integrates), from
	// one summed-area table rather than a crop and a resize for each of the 91 shifts.
	sums := imaging.NewIntegral(canvas)
	win := image.NewGray(image.Rect(0, 0, m.w, m.h))
	for dy := -emShiftY; dy <= emShiftY; dy++ {
		for dx := -emShiftX; dx <= emShiftX; dx++ {
			sums.BlockMeans(win, 2*emSuper+dx, 2*emSuper+dy, emSuper)
			if p := normalisedPatch(imaging.GaussianBlur(win, emSigma)); p != nil {
				out = append(out, p)
			}
		}
	}
	return out
}

// normalisedPatch returns g's pixels with zero mean and unit norm, nil for a blank patch.
func normalisedPatch(g *image.Gray) []float32 {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	v := make([]float32, 0, w*h)
	var mean float64
	for y := 0; y < h; y++ {
		for _, p := range g.Pix[y*g.Stride : y*g.Stride+w] {
			v = append(v, float32(p))
			mean += float64(p)
		}
	}
	mean /= float64(len(v))
	var norm float64
	for i := range v {
		v[i] -= float32(mean)
		norm += float64(v[i]) * float64(v[i])
	}
	if norm < 1 {
		return nil
	}
	n := float32(math.Sqrt(norm))
	for i := range v {
		v[i] /= n
	}
	return v
}

// alignCells pairs the characters of text with the line's cells in order, as the squares explain them best:
// a cell may go unpaired (a speck, the tail of a label) and so may a character (one the recogniser emitted
// twice over the same print). It returns each character's cell index, -1 for none, and false when no pairing
// reaches the line's end (a guard: without it a failed alignment would leave every digit unpaired).
func (m *emMatcher) alignCells(text []rune, cells []image.Rectangle) ([]int, bool) {
	const skip = 0.5 // what leaving a character or a cell unpaired costs; a wrong pairing still scores ~0.5
	n, c := len(text), len(cells)
	band := 4 + abs(n-c)
	inBand := func(i, j int) bool { return abs(i*c-j*n) <= band*max(n, c) }
	neg := math.Inf(-1)
	dp := make([][]float64, n+1)
	from := make([][]byte, n+1) // 1 pair, 2 character unpaired, 3 cell unpaired
	for i := range dp {
		dp[i] = make([]float64, c+1)
		from[i] = make([]byte, c+1)
		for j := range dp[i] {
			dp[i][j] = neg
		}
	}
	dp[0][0] = 0
	for i := 0; i <= n; i++ {
		for j := 0; j <= c; j++ {
			if i == 0 && j == 0 || !inBand(i, j) {
				continue
			}
			if i > 0 && j > 0 && dp[i-1][j-1] > neg {
				if v := dp[i-1][j-1] + m.score(cells[j-1], text[i-1]); v > dp[i][j] {
					dp[i][j], from[i][j] = v, 1
				}
			}
			if i > 0 && dp[i-1][j] > neg && dp[i-1][j]-skip > dp[i][j] {
				dp[i][j], from[i][j] = dp[i-1][j]-skip, 2
			}
			if j > 0 && dp[i][j-1] > neg && dp[i][j-1]-skip > dp[i][j] {
				dp[i][j], from[i][j] = dp[i][j-1]-skip, 3
			}
		}
	}
	at := make([]int, n)
	for i, j := n, c; i > 0 || j > 0; {
		switch from[i][j] {
		case 1:
			at[i-1] = j - 1
			i, j = i-1, j-1
		case 2:
			at[i-1] = -1
			i--
		case 3:
			j--
		default:
			return nil, false
		}
	}
	return at, true
}

// smallPrintAddress checks an address read from small print against its character squares: a digit, a
// katakana or the 号 after a 番's number that the print clearly shows as another character of its kind is
// replaced, and a digit the print has no square for is dropped. It returns the address and whether it changed.
func smallPrintAddress(li lineImage, value, hint string) (string, bool) {
	if li.bandH > smallPrintBand {
		return value, false
	}
	text := []rune(value)
	m, cells, ok := newEMMatcher(li, len(text), hint)
	if !ok {
		return value, false
	}
	at, ok := m.alignCells(text, cells)
	if !ok {
		return value, false
	}
	var out []rune
	changed := false
	for i, r := range text {
		if at[i] < 0 {
			if isDigitRune(r) && inRoomNumber(text, i) {
				// The recogniser's known slip on small numbers: a digit added before the last 号.
				changed = true
				continue
			}
			out = append(out, r)
			continue
		}
		alts := smallPrintAlternatives(text, i)
		if len(alts) == 0 {
			out = append(out, r)
			continue
		}
		cell := cells[at[i]]
		cur := m.score(cell, r)
		best, bestS := r, cur
		for _, a := range alts {
			if s := m.score(cell, a); s > bestS {
				best, bestS = a, s
			}
		}
		if best != r && bestS >= cur+smallPrintMargin {
			r, changed = best, true
		}
		out = append(out, r)
	}
	return string(out), changed
}

// inRoomNumber reports whether the i-th of text is a digit of the number before the address's last 号.
func inRoomNumber(text []rune, i int) bool {
	n := len(text)
	if n < 2 || text[n-1] != '号' {
		return false
	}
	for j := i; j < n-1; j++ {
		if !isDigitRune(text[j]) {
			return false
		}
	}
	return true
}

// smallPrintAlternatives are the characters the i-th of text may be instead: another digit for a digit,
// another katakana for a katakana, 号 for whatever follows a 番's number (read as 全, サ, 首 …).
func smallPrintAlternatives(text []rune, i int) []rune {
	r := text[i]
	if isDigitRune(r) {
		return fullWidthDigits
	}
	var out []rune
	if unicode.Is(unicode.Katakana, r) || r == 'ー' {
		// The recogniser's kana confusions of the same voicing and size: a 濁点 or a small kana's size is a
		// pixel or two here, which the recogniser sees no worse than the squares do; what it confuses is the
		// shape.
		for _, a := range append(kanaIndex[r], smallPrintKana[r]...) {
			if kanaClass(a) == kanaClass(r) && !containsRune(out, a) {
				out = append(out, a)
			}
		}
	}
	if r != '号' && afterBanNumber(text, i) {
		out = append(out, '号')
	}
	return out
}

// afterBanNumber reports whether the i-th of text follows a 番's number (１番１, where 号 comes next).
func afterBanNumber(text []rune, i int) bool {
	j := i
	for j > 0 && isDigitRune(text[j-1]) {
		j--
	}
	return j < i && j > 0 && text[j-1] == '番'
}

var fullWidthDigits = []rune("０１２３４５６７８９")

// kanaClass tells a katakana's voicing (none, 濁点, 半濁点) and whether it is a small form.
func kanaClass(r rune) int {
	c := 0
	if voiced(string(r)) {
		c = 1
		if strings.ContainsRune("パピプペポ", r) {
			c = 2
		}
	}
	if _, small := smallKana[r]; small {
		c += 3
	}
	return c
}

// smallPrintKana are kana the recogniser confuses at a few pixels per character besides kanaGroups: ハイツ read
// as ヘイツ on the 375-pixel 見本.
var smallPrintKana = map[rune][]rune{'ハ': []rune("ヘ"), 'ヘ': []rune("ハ")}
