package ocr

import (
	"github.com/kakanai/kakanai/internal/ocr/imaging"
	"image"
	"math"
	"regexp"
	"strings"
)

// The line recogniser sometimes adds a digit to the number before an address's last 号 — a room number:
// パークサイド５０８号 read as ５０８５号, メゾン城南３０８号 as ３０３８号 — at 0.9 and above, with symbol boxes
// that overlap the digit before (nothing to catch it by). The digits stand apart in print, so the glyphs count
// them.

var trailingNumberRe = regexp.MustCompile(`([０-９]+)号$`)

// checkTrailingNumber compares the digits before an address's final 号 with the glyphs of the line: the cells
// left of 号 that match a digit better than any other character of the address. With a verdict it returns the
// address with the digits as the glyphs read them ("" when they change nothing or a digit is not clear).
func checkTrailingNumber(li lineImage, value, hint string) (dateGlyphVerdict, string) {
	m := trailingNumberRe.FindStringSubmatchIndex(value)
	if m == nil || li.src == nil || li.empty {
		return dateGlyphUnknown, ""
	}
	read := []rune(value[m[2]:m[3]])
	shaded := shadedEnd(li)
	cells := segmentNarrow(li.src, li.band)
	if len(cells) < len(read)+2 {
		return dateGlyphUnknown, ""
	}
	// 号 is the last character; blurred or small, it may fall apart into two or three cells.
	gou, best := -1, dateGlyphMarker
	for lo := len(cells) - 1; lo >= max(0, len(cells)-3); lo-- {
		cell := cells[lo].Union(cells[len(cells)-1])
		obs := paleInkVec(li.src, cell, cellLeft(cells, lo))
		if shaded {
			// The pattern is as dark as paleInk: only the ink proper.
			obs = vecOf(imaging.Crop(li.src, cell), inkThreshold)
		}
		if obs == nil {
			continue
		}
		if s := bestRender(obs, "号", hint); s >= best {
			gou, best = lo, s
		}
	}
	if gou < 0 {
		if shaded {
			// Printed over the card's pattern (マイナンバーカード: ３０４号 read ３３４号 and ３４号 at 0.95), the
			// number could not be checked where it is hardest to read: held.
			return dateGlyphDisagrees, ""
		}
		return dateGlyphUnknown, ""
	}
	// The other characters of the address decide where the number begins: a cell more like one of them (ド, 地,
	// the － of 12－3) than like any digit is not part of it.
	var others []rune
	for _, r := range value[:m[2]] {
		if !isDigitRune(r) && !strings.ContainsRune(string(others), r) {
			others = append(others, r)
		}
	}
	otherStrings := runeStrings(others)
	var glyphs []rune
	clear := true
	for i := gou - 1; i >= 0 && len(glyphs) <= len(read)+2; i-- {
		obs := inkVec(li.src, cells[i])
		if obs == nil {
			break
		}
		digit, score, margin := bestOf(obs, digitStrings, hint)
		if score < dateGlyphDigit {
			break
		}
		if _, other, _ := bestOf(obs, otherStrings, hint); other >= score {
			break
		}
		glyphs = append([]rune(digit), glyphs...)
		clear = clear && margin >= dateGlyphMargin
	}
	if len(glyphs) == 0 {
		return dateGlyphUnknown, ""
	}
	agrees := len(glyphs) == len(read)
	for i := 0; agrees && i < len(read); i++ {
		agrees = read[i]-'０' == glyphs[i]-'0'
	}
	if agrees {
		return dateGlyphAgrees, ""
	}
	if !clear || len(glyphs) > len(read)+1 || shaded && len(glyphs) < len(read) {
		// Over a pattern, a run of digits shorter than the reading stopped at a cell the pattern spoiled (３０７号
		// as ７): the reading stays, held.
		return dateGlyphDisagrees, ""
	}
	fixed := strings.Map(func(r rune) rune { return r - '0' + '０' }, string(glyphs))
	return dateGlyphDisagrees, value[:m[2]] + fixed + value[m[3]:]
}

// digitStrings are digitRunes as one-character strings, for bestOf.
var digitStrings = runeStrings(digitRunes)

func runeStrings(rs []rune) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = string(r)
	}
	return out
}

// paleInkVec is the appearance of the character in r, its box first widened leftwards (not past left) to take in
// strokes paler than inkThreshold: at 200 dpi the end of 号's long bar is too pale to count as ink, the empty
// column before it was taken for a gap, and 号 cut there matched its rendering at 0.47.
func paleInkVec(g *image.Gray, r image.Rectangle, left int) *glyphVec {
	w := image.Rect(max(left, r.Min.X-r.Dy()/4), r.Min.Y, r.Max.X, r.Max.Y).Intersect(g.Rect)
	return vecOf(imaging.Crop(g, w), paleInk)
}

// paleInk is the level under which a pixel counts as ink for paleInkVec.
const paleInk = 200

// cellLeft is the column after the cell before cells[i] (the page's left edge for the first).
func cellLeft(cells []image.Rectangle, i int) int {
	if i == 0 {
		return math.MinInt
	}
	return cells[i-1].Max.X + 1
}

// shadedEnd reports whether the paper behind the end of a line (its last three band heights) is darker than
// behind the line as a whole, by more than shadedBy levels.
func shadedEnd(li lineImage) bool {
	b := li.band.Intersect(li.src.Rect)
	end := image.Rect(max(b.Min.X, b.Max.X-3*b.Dy()), b.Min.Y, b.Max.X, b.Max.Y)
	return paperLevel(li.src, b)-paperLevel(li.src, end) > shadedBy
}

// shadedBy: how much darker the paper behind a line's end must be to count as shaded (a card's pattern: 25–50
// levels; the paper of a photographed page varies by under 10 over a line).
const shadedBy = 15

// paperLevel is the 75th percentile of the levels in r: the paper between the strokes of a line of text.
func paperLevel(g *image.Gray, r image.Rectangle) int {
	var hist [256]int
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := g.Pix[(y-g.Rect.Min.Y)*g.Stride:]
		for x := r.Min.X; x < r.Max.X; x++ {
			hist[row[x-g.Rect.Min.X]]++
			n++
		}
	}
	c := 0
	for v := range hist {
		if c += hist[v]; c*4 >= n*3 {
			return v
		}
	}
	return 255
}
