package forms

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kakanai/kakanai/third_party/gopdf"
)

const (
	ptToMM        = 25.4 / 72
	lineSpacing   = 1.2  // line pitch as a multiple of the font size
	ascent        = 0.88 // baseline below the top of the em box, in em (IPA fonts: 880/1000)
	padX          = 0.8  // mm between a box's side and its text
	padY          = 0.3  // mm between a box's top or bottom and its text
	hardMinSize   = 3.0  // pt: text is never made smaller than this
	defaultSize   = 10.0 // pt, fields
	defaultLabel  = 9.0  // pt, labels
	defaultMinPt  = 5.0  // pt, Shrink without MinSize
	shrinkStepPt  = 0.25
	verticalPitch = 1.05 // 縦書き: pitch per character in em
)

func fieldSize(f Field) float64 {
	if f.Size > 0 {
		return f.Size
	}
	return defaultSize
}

func minFieldSize(f Field) float64 {
	switch {
	case !f.Shrink:
		return fieldSize(f)
	case f.MinSize > 0:
		return f.MinSize
	}
	return math.Min(defaultMinPt, fieldSize(f))
}

func lineHeightMM(sizePt float64) float64 { return sizePt * ptToMM * lineSpacing }

// clusters splits text into what must stay together on a line: a character with the variation selectors and
// combining marks after it (葛 + U+E0102 is one character of the form).
func clusters(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		for j < len(s) {
			r, m := utf8.DecodeRuneInString(s[j:])
			if !gopdf.IsVariationSelector(r) && !unicode.In(r, unicode.Mn, unicode.Me) && r != '\u200d' {
				break
			}
			j += m
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// textLine is one line of laid-out text.
type textLine struct {
	text  string
	width float64 // mm
}

// 禁則: characters that may not start a line (closing brackets, punctuation, small kana, the long vowel mark)
// and that may not end one (opening brackets). JIS X 4051, simplified.
const (
	noLineStart = "、。，．,.）)」』】〕〉》］]｝}〙〗・：:；;？?！!ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ〻"
	noLineEnd   = "（(「『【〔〈《［[｛{〘〖"
)

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isWordRune(r rune) bool {
	return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'')
}

// wrap breaks text into lines no wider than max (mm) at sizePt. Explicit newlines break; otherwise a line breaks
// between clusters, keeping 禁則 and not splitting a run of Latin letters or digits where a space is available
// (romaji names, house numbers).
func wrap(text string, max, sizePt float64, m metrics) []textLine {
	em := sizePt * ptToMM
	var lines []textLine
	for _, para := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		cs := clusters(para)
		ws := make([]float64, len(cs))
		for i, c := range cs {
			ws[i] = m.advance(c) * em
		}
		start := 0
		for start < len(cs) || (start == 0 && len(cs) == 0) {
			if len(cs) == 0 {
				lines = append(lines, textLine{})
				break
			}
			// Take as many clusters as fit; at least one.
			end, w := start, 0.0
			for end < len(cs) && (end == start || w+ws[end] <= max+1e-9) {
				w += ws[end]
				end++
			}
			if end < len(cs) {
				end = adjustBreak(cs, start, end)
			}
			line := strings.Join(cs[start:end], "")
			trimmed := strings.TrimRight(line, " ")
			lines = append(lines, textLine{text: trimmed, width: sum(ws[start:end]) - float64(len(line)-len(trimmed))*m.advance(" ")*em})
			start = end
			for start < len(cs) && cs[start] == " " { // a space at a break is not printed
				start++
			}
		}
	}
	return lines
}

// adjustBreak moves a break at end (the first cluster of the next line) back for 禁則 and Latin words, keeping
// at least one cluster on the line.
func adjustBreak(cs []string, start, end int) int {
	e := end
	for e > start+1 && (strings.ContainsRune(noLineStart, firstRune(cs[e])) || strings.ContainsRune(noLineEnd, firstRune(cs[e-1]))) {
		e--
	}
	if e == start+1 && e != end {
		e = end // cannot satisfy 禁則 on a line this short: break where it fits
	}
	if isWordRune(firstRune(cs[e])) && isWordRune(firstRune(cs[e-1])) {
		for k := e - 1; k > start; k-- {
			if !isWordRune(firstRune(cs[k])) {
				return k + 1
			}
		}
	}
	return e
}

func sum(xs []float64) float64 {
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t
}

// fitted is text laid out in a box.
type fitted struct {
	size     float64 // pt
	lines    []textLine
	overflow bool // set below minSize, or (without shrink) larger than the box
}

// fit lays text out in r: at size, or with shrink smaller until it fits maxLines lines (0: the height decides)
// and the height. Below minSize it keeps shrinking, down to hardMinSize, and reports an overflow: small print is
// better than a lost item.
func fit(text string, r Rect, size, minSize float64, shrink bool, maxLines int, m metrics) fitted {
	innerW := math.Max(r.W-2*padX, 0.5)
	innerH := math.Max(r.H-2*padY, 0)
	fits := func(s float64, lines []textLine) bool {
		if maxLines > 0 && len(lines) > maxLines {
			return false
		}
		for _, l := range lines {
			if l.width > innerW+1e-6 {
				return false
			}
		}
		return len(lines) <= 1 || float64(len(lines))*lineHeightMM(s) <= innerH+1e-6
	}
	for s := size; ; s -= shrinkStepPt {
		var lines []textLine
		if maxLines == 1 {
			lines = []textLine{oneLine(text, s, m)}
		} else {
			lines = wrap(text, innerW, s, m)
		}
		ok := fits(s, lines)
		if ok || !shrink || s-shrinkStepPt < hardMinSize-1e-9 {
			return fitted{s, lines, !ok || s < minSize-1e-9}
		}
	}
}

// oneLine lays text out without wrapping (newlines become spaces).
func oneLine(text string, sizePt float64, m metrics) textLine {
	t := strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", " "), "\n", " ")
	w := 0.0
	for _, c := range clusters(t) {
		w += m.advance(c)
	}
	return textLine{text: t, width: w * sizePt * ptToMM}
}

// fitVertical lays text out one cluster per line (縦書き captions), shrinking until it fits the height.
func fitVertical(text string, r Rect, size float64) fitted {
	cs := clusters(strings.ReplaceAll(text, "\n", ""))
	s := size
	for s > hardMinSize && float64(len(cs))*s*ptToMM*verticalPitch > r.H-2*padY {
		s -= shrinkStepPt
	}
	for s > hardMinSize && s*ptToMM > r.W-0.4 {
		s -= shrinkStepPt
	}
	lines := make([]textLine, len(cs))
	for i, c := range cs {
		lines[i] = textLine{text: c, width: s * ptToMM} // approximately: a caption's characters are full width
	}
	return fitted{s, lines, false}
}
