package address

import (
	"strconv"
	"strings"
)

var kanjiDigit = map[rune]int{
	'〇': 0, '零': 0, '一': 1, '壱': 1, '二': 2, '弐': 2, '三': 3, '参': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8,
	'九': 9,
}

var kanjiUnit = map[rune]int{'十': 10, '拾': 10, '百': 100, '千': 1000}

// parseKanjiNumber reads a kanji numeral as written in addresses: positional (一二三 = 123, 〇 for zero) or with
// units (百二十三 = 123, 十 = 10). ok is false when s is not such a numeral.
func parseKanjiNumber(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	hasUnit := false
	for _, r := range s {
		if _, ok := kanjiUnit[r]; ok {
			hasUnit = true
		} else if _, ok := kanjiDigit[r]; !ok {
			return 0, false
		}
	}
	if !hasUnit {
		n := 0
		for _, r := range s {
			n = n*10 + kanjiDigit[r]
		}
		return n, true
	}
	total, digit := 0, -1
	for _, r := range s {
		if d, ok := kanjiDigit[r]; ok {
			if digit >= 0 {
				digit = digit*10 + d
			} else {
				digit = d
			}
			continue
		}
		u := kanjiUnit[r]
		if digit < 0 {
			digit = 1
		}
		total += digit * u
		digit = -1
	}
	if digit > 0 {
		total += digit
	}
	return total, true
}

// kanjiNumeral writes n (0 < n < 10000) the way 町名 and 丁目 are written: 三, 十二, 二十, 百五.
func kanjiNumeral(n int) string {
	if n <= 0 || n >= 10000 {
		return strconv.Itoa(n)
	}
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var b strings.Builder
	for _, u := range []struct {
		v    int
		name string
	}{{1000, "千"}, {100, "百"}, {10, "十"}} {
		d := n / u.v
		n %= u.v
		if d == 0 {
			continue
		}
		if d > 1 {
			b.WriteString(digits[d])
		}
		b.WriteString(u.name)
	}
	b.WriteString(digits[n])
	return b.String()
}

// isKanjiNumeralRune reports the runes parseKanjiNumber reads.
func isKanjiNumeralRune(r rune) bool {
	_, d := kanjiDigit[r]
	_, u := kanjiUnit[r]
	return d || u
}

// arabicNumerals rewrites every run of kanji numerals in s to arabic digits (北二十九条西 → 北29条西), for comparing
// a name written either way. Runs that do not parse are kept.
func arabicNumerals(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if !isKanjiNumeralRune(rs[i]) {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) && isKanjiNumeralRune(rs[j]) {
			j++
		}
		if n, ok := parseKanjiNumber(string(rs[i:j])); ok {
			b.WriteString(strconv.Itoa(n))
		} else {
			b.WriteString(string(rs[i:j]))
		}
		i = j
	}
	return b.String()
}
