package ocr

import (
	"image"
	"math"
	"regexp"
	"strings"
)

// Date digits checked against their glyphs. On speckled, blurred and 200 dpi scans the line recogniser drops a
// digit (平成30年6月13日 read as 6月1日) or confuses 8 with 5, and the result is still a valid date that it is
// sure of: most of the dates the benchmark accepted wrongly. The digits of a printed date do not touch, so the
// line cuts into one cell per digit at its empty columns; 年, 月 and 日 are found among the cells by their
// glyphs, and the cells between them are compared, digit by digit, with what was read.

const (
	// dateGlyphMarker is the glyph score from which a cell is taken for 年, 月 or 日.
	dateGlyphMarker = 0.6
	// dateGlyphDigit is the glyph score from which a cell is taken for a digit at all.
	dateGlyphDigit = 0.5
	// dateGlyphMargin is the margin over the runner-up from which a cell's digit contradicts the recogniser's.
	dateGlyphMargin = 0.06
)

type dateGlyphVerdict int

const (
	dateGlyphUnknown   dateGlyphVerdict = iota // 年, 月, 日 or a digit cell not found: no opinion
	dateGlyphAgrees                            // every digit compared agrees
	dateGlyphDisagrees                         // a digit group has another length, or a digit is clearly another
)

type dateCell struct {
	r             rune
	score, margin float64
}

var dateMarkers = []rune("年月日")

// digitRunes are the digits a glyph is compared with.
var digitRunes = []rune("0123456789")

// classifyDateCell compares one cell with the digits and 年, 月, 日.
func classifyDateCell(g *image.Gray, c image.Rectangle, hint string) dateCell {
	obs := inkVec(g, c)
	if obs == nil {
		return dateCell{}
	}
	best, second := -2.0, -2.0
	var br rune
	for _, set := range [][]rune{digitRunes, dateMarkers} {
		for _, r := range set {
			s := bestRender(obs, string(r), hint)
			if s > best {
				best, second, br = s, best, r
			} else if s > second {
				second = s
			}
		}
	}
	return dateCell{r: br, score: best, margin: best - second}
}

// dateMarks is a date line cut into cells at its empty columns, each classified, with the cells of its 年, 月 and
// 日 (a marker may span two or three cells: lo to hi).
type dateMarks struct {
	cells          []image.Rectangle
	read           []dateCell
	y, yHi, m, mHi int
	d, dHi         int
}

// findDateMarks finds the last 日, the 月 before it and the 年 before that among a date line's cells. With
// lastIsDay, a final cell that is no clear digit is taken for a 日 cut or blurred (its right side lost).
func findDateMarks(li lineImage, hint string, lastIsDay bool) (dateMarks, bool) {
	cells := segmentNarrow(li.src, li.band)
	if len(cells) < 5 || len(cells) > 40 {
		return dateMarks{}, false
	}
	read := make([]dateCell, len(cells))
	for i, c := range cells {
		read[i] = classifyDateCell(li.src, c, hint)
	}
	// A marker may be cut into two or three cells at empty columns (年 on a low-resolution photo): adjacent
	// cells are tried together.
	markerScore := func(m rune, lo, hi int) float64 {
		if lo == hi {
			if read[lo].r == m {
				return read[lo].score
			}
			return -1
		}
		r := cells[lo].Union(cells[hi])
		obs := inkVec(li.src, r)
		if obs == nil {
			return -1
		}
		return bestRender(obs, string(m), hint)
	}
	find := func(m rune, before int) (int, int) {
		for i := before - 1; i >= 0; i-- {
			for lo := i; lo >= max(0, i-2); lo-- {
				if markerScore(m, lo, i) >= dateGlyphMarker {
					return lo, i
				}
			}
		}
		return -1, -1
	}
	d, dHi := find('日', len(read))
	if last := len(read) - 1; lastIsDay && d < 0 && read[last].score < dateGlyphDigit {
		d, dHi = last, last
	}
	m, mHi := find('月', d)
	y, yHi := find('年', m)
	if d < 0 || m < 0 || y < 0 {
		return dateMarks{}, false
	}
	return dateMarks{cells: cells, read: read, y: y, yHi: yHi, m: m, mHi: mHi, d: d, dHi: dHi}, true
}

var dateGroupsRe = regexp.MustCompile(`(\d{1,4}|元)年(\d{1,2})月(\d{1,2})日`)

// checkDateGlyphs compares the digits of a date as read (raw, the recogniser's text) with the glyphs of the
// line: the month and day digits between 年, 月 and 日, and the year's last digits before 年. With a verdict it
// returns the text as the glyphs read it ("" when they change nothing): each digit the glyphs decide by the margin
// replaced, in groups whose length they confirm — in one legacy layout the recogniser reads every 0 as 9
// (平成01年 as 平成91年, repaired to 平成19年), which the glyphs do not.
func checkDateGlyphs(li lineImage, raw, hint string) (dateGlyphVerdict, string) {
	if li.src == nil {
		return dateGlyphUnknown, ""
	}
	clean := cleanDateText(raw)
	idx := dateGroupsRe.FindStringSubmatchIndex(clean)
	if idx == nil {
		return dateGlyphUnknown, ""
	}
	groups := []string{clean[idx[0]:idx[1]], clean[idx[2]:idx[3]], clean[idx[4]:idx[5]], clean[idx[6]:idx[7]]}
	fixed := []byte(clean)
	dm, ok := findDateMarks(li, hint, true)
	if !ok {
		return dateGlyphUnknown, ""
	}
	read, y, yHi, m, mHi, d := dm.read, dm.y, dm.yHi, dm.m, dm.mHi, dm.d
	verdict := dateGlyphAgrees
	changed := false
	// compare checks one group (starting at byte at in clean) against its cells.
	compare := func(cells []dateCell, want string, at int, exactLength bool) bool {
		for _, c := range cells {
			if c.score < dateGlyphDigit || !strings.ContainsRune("0123456789", c.r) {
				return false // a cell that is no clear digit (touching digits, a speck): no opinion
			}
		}
		if len(cells) != len(want) {
			if exactLength {
				verdict = dateGlyphDisagrees
			}
			return true
		}
		for i, c := range cells {
			if c.r != rune(want[i]) && c.margin >= dateGlyphMargin {
				verdict = dateGlyphDisagrees
				fixed[at+i], changed = byte(c.r), true
			}
		}
		return true
	}
	known := compare(read[mHi+1:d], groups[3], idx[6], true)
	known = compare(read[yHi+1:m], groups[2], idx[4], true) && known
	if groups[1] != "元" && y >= len(groups[1]) {
		// Only the year's own digits: the era name before them (和, 成) cuts into pieces that may look like digits.
		known = compare(read[y-len(groups[1]):y], groups[1], idx[2], false) && known
	}
	if !known && verdict != dateGlyphDisagrees {
		return dateGlyphUnknown, ""
	}
	if !changed {
		return verdict, ""
	}
	return verdict, string(fixed)
}

// A date read by its glyphs alone. Where every cell of a printed date is clear — an era name, one or two digits,
// 年, one or two, 月, one or two, 日 (or four digits of a western year) — the line recogniser adds nothing; most
// dates on a clean or lightly degraded page are like that, and each was a ~15 ms line read.

const (
	// dateAloneDigit and dateAloneMargin: how well, and by how much more than the runner-up, each digit must
	// match for a date to be read without the recogniser (stricter than the check of a recogniser's reading).
	dateAloneDigit  = 0.6
	dateAloneMargin = 0.1
	// dateAloneEra and dateAloneEraMargin: the same for the era name, over the other eras.
	dateAloneEra       = 0.6
	dateAloneEraMargin = 0.1
)

var eraNames = []string{"明治", "大正", "昭和", "平成", "令和"}

// readDateByGlyphs returns the date text of a line read by glyph matching alone (令和4年11月23日, 1985年12月31日),
// or false when any part is less than clear.
func readDateByGlyphs(li lineImage, hint string) (string, bool) {
	if li.src == nil {
		return "", false
	}
	dm, ok := findDateMarks(li, hint, false)
	if !ok || dm.dHi != len(dm.cells)-1 {
		return "", false
	}
	digits := func(cs []dateCell, most int) (string, bool) {
		if len(cs) == 0 || len(cs) > most {
			return "", false
		}
		var b strings.Builder
		for _, c := range cs {
			if c.r < '0' || c.r > '9' || c.score < dateAloneDigit || c.margin < dateAloneMargin {
				return "", false
			}
			b.WriteRune(c.r)
		}
		return b.String(), true
	}
	month, ok1 := digits(dm.read[dm.yHi+1:dm.m], 2)
	day, ok2 := digits(dm.read[dm.mHi+1:dm.d], 2)
	if !ok1 || !ok2 {
		return "", false
	}
	tail := "年" + month + "月" + day + "日"
	if dm.y == 4 {
		if year, ok := digits(dm.read[:4], 4); ok {
			return year + tail, true
		}
	}
	// An era name and one or two digits: the era cuts into pieces at its empty columns (和 into 禾 and 口, and 口
	// may look like 0), so both splits are tried and the era must match clearly in the one that wins.
	type split struct {
		era, year     string
		score, margin float64
	}
	var found []split
	for n := 1; n <= 2; n++ {
		k := dm.y - n
		if k < 1 {
			continue
		}
		year, ok := digits(dm.read[k:dm.y], 2)
		if !ok {
			continue
		}
		r := dm.cells[0]
		for _, c := range dm.cells[1:k] {
			r = r.Union(c)
		}
		obs := inkVec(li.src, r)
		if obs == nil {
			continue
		}
		era, score, margin := bestOf(obs, eraNames, hint)
		found = append(found, split{era: era, year: year, score: score, margin: margin})
	}
	if len(found) == 0 {
		return "", false
	}
	win := found[0]
	if len(found) == 2 {
		if found[1].score > win.score {
			win = found[1]
		}
		if math.Abs(found[0].score-found[1].score) < dateAloneEraMargin {
			return "", false
		}
	}
	if win.score < dateAloneEra || win.margin < dateAloneEraMargin {
		return "", false
	}
	return win.era + win.year + tail, true
}
