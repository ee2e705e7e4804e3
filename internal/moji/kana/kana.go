// Package kana converts between the kana forms a counter meets: half-width katakana from the postal data and old
// terminals, full-width katakana from the registers, hiragana typed by staff and romaji typed on a phone without a
// Japanese IME. It is pure and has no data beyond its own tables.
package kana

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// halfToFull maps the half-width katakana block (U+FF61–U+FF9F) to full-width forms. The sound marks ﾞ and ﾟ are
// composed with the preceding kana in HalfToFull.
var halfToFull = map[rune]rune{
	'｡': '。', '｢': '「', '｣': '」', '､': '、', '･': '・', 'ｦ': 'ヲ',
	'ｧ': 'ァ', 'ｨ': 'ィ', 'ｩ': 'ゥ', 'ｪ': 'ェ', 'ｫ': 'ォ', 'ｬ': 'ャ', 'ｭ': 'ュ', 'ｮ': 'ョ', 'ｯ': 'ッ', 'ｰ': 'ー',
	'ｱ': 'ア', 'ｲ': 'イ', 'ｳ': 'ウ', 'ｴ': 'エ', 'ｵ': 'オ', 'ｶ': 'カ', 'ｷ': 'キ', 'ｸ': 'ク', 'ｹ': 'ケ', 'ｺ': 'コ',
	'ｻ': 'サ', 'ｼ': 'シ', 'ｽ': 'ス', 'ｾ': 'セ', 'ｿ': 'ソ', 'ﾀ': 'タ', 'ﾁ': 'チ', 'ﾂ': 'ツ', 'ﾃ': 'テ', 'ﾄ': 'ト',
	'ﾅ': 'ナ', 'ﾆ': 'ニ', 'ﾇ': 'ヌ', 'ﾈ': 'ネ', 'ﾉ': 'ノ', 'ﾊ': 'ハ', 'ﾋ': 'ヒ', 'ﾌ': 'フ', 'ﾍ': 'ヘ', 'ﾎ': 'ホ',
	'ﾏ': 'マ', 'ﾐ': 'ミ', 'ﾑ': 'ム', 'ﾒ': 'メ', 'ﾓ': 'モ', 'ﾔ': 'ヤ', 'ﾕ': 'ユ', 'ﾖ': 'ヨ',
	'ﾗ': 'ラ', 'ﾘ': 'リ', 'ﾙ': 'ル', 'ﾚ': 'レ', 'ﾛ': 'ロ', 'ﾜ': 'ワ', 'ﾝ': 'ン', 'ﾞ': '゛', 'ﾟ': '゜',
}

// HalfToFull turns half-width katakana into full-width katakana, composing ｶﾞ into ガ and ﾊﾟ into パ, and folds
// half-width ASCII brackets used in the postal kana, "(" and ")", to full-width. Other characters pass through.
func HalfToFull(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return (r >= 0xFF61 && r <= 0xFF9F) || r == '(' || r == ')' }) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		f, ok := halfToFull[r]
		if !ok {
			switch r {
			case '(':
				b.WriteRune('（')
			case ')':
				b.WriteRune('）')
			default:
				b.WriteRune(r)
			}
			continue
		}
		if i+1 < len(rs) {
			switch rs[i+1] {
			case 'ﾞ':
				if v, ok := voiced(f); ok {
					b.WriteRune(v)
					i++
					continue
				}
			case 'ﾟ':
				if v, ok := semiVoiced(f); ok {
					b.WriteRune(v)
					i++
					continue
				}
			}
		}
		b.WriteRune(f)
	}
	return b.String()
}

func voiced(r rune) (rune, bool) {
	switch {
	case r == 'ウ':
		return 'ヴ', true
	case r >= 'カ' && r <= 'チ' && (r-'カ')%2 == 0, r == 'ツ', r == 'テ', r == 'ト':
		// The voiced form follows each unvoiced one; ッ (U+30C3) shifts the parity from ツ on.
		return r + 1, true
	case r >= 'ハ' && r <= 'ホ' && (r-'ハ')%3 == 0:
		return r + 1, true
	case r == 'ワ':
		return 'ヷ', true
	case r == 'ヲ':
		return 'ヺ', true
	}
	return 0, false
}

func semiVoiced(r rune) (rune, bool) {
	if r >= 'ハ' && r <= 'ホ' && (r-'ハ')%3 == 0 {
		return r + 2, true
	}
	return 0, false
}

// ToHiragana turns katakana (full- or half-width) into hiragana. ヴ becomes ゔ; ー and characters without a hiragana
// form are kept.
func ToHiragana(s string) string {
	s = HalfToFull(s)
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - 0x60
		}
		if r == 'ヽ' || r == 'ヾ' {
			return r - 0x60
		}
		return r
	}, s)
}

// ToKatakana turns hiragana into full-width katakana.
func ToKatakana(s string) string {
	s = HalfToFull(s)
	return strings.Map(func(r rune) rune {
		if r >= 'ぁ' && r <= 'ゖ' {
			return r + 0x60
		}
		if r == 'ゝ' || r == 'ゞ' {
			return r + 0x60
		}
		return r
	}, s)
}

// IsKana reports whether s is non-empty and made of kana (either script, either width), the prolonged sound mark
// and the middle dot only.
func IsKana(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !isKanaRune(r) {
			return false
		}
	}
	return true
}

func isKanaRune(r rune) bool {
	return (r >= 'ぁ' && r <= 'ゖ') || (r >= 'ァ' && r <= 'ヺ') || r == 'ー' || r == '・' || r == 'ゝ' || r == 'ゞ' ||
		r == 'ヽ' || r == 'ヾ' || (r >= 0xFF66 && r <= 0xFF9F)
}

// Initial returns the first kana of a reading as hiragana, the unit of the kana-initial search (K-j): the first
// rune of the reading folded to hiragana, with small kana made large. ok is false for an empty reading.
func Initial(reading string) (rune, bool) {
	h := ToHiragana(reading)
	r, _ := utf8.DecodeRuneInString(h)
	if r == utf8.RuneError {
		return 0, false
	}
	return Large(r), true
}

// Large maps a small hiragana (ぁ, っ, ゃ …) to its large form; other runes are returned unchanged.
func Large(r rune) rune {
	switch r {
	case 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ', 'っ', 'ゃ', 'ゅ', 'ょ', 'ゎ':
		return r + 1
	case 'ゕ':
		return 'か'
	case 'ゖ':
		return 'け'
	}
	return r
}

// Unvoiced removes the dakuten and handakuten of a hiragana (が → か, ぱ → は, ゔ → う), for searches where staff
// type the initial they hear without its voicing.
func Unvoiced(r rune) rune {
	switch {
	case r == 'ゔ':
		return 'う'
	case r >= 'か' && r <= 'ぢ' && (r-'か')%2 == 1:
		return r - 1
	case r == 'づ' || r == 'で' || r == 'ど':
		return r - 1
	case r >= 'ば' && r <= 'ぽ':
		switch (r - 'は') % 3 {
		case 1:
			return r - 1
		case 2:
			return r - 2
		}
	}
	return r
}

// Fold normalises a reading for comparison: hiragana, large kana, no voicing marks, no prolonged sound marks,
// middle dots or spaces. It is for matching only, never for display.
func Fold(s string) string {
	h := ToHiragana(s)
	var b strings.Builder
	b.Grow(len(h))
	for _, r := range h {
		switch {
		case r == 'ー' || r == '・' || unicode.IsSpace(r) || r == '.' || r == '-':
			continue
		}
		b.WriteRune(Unvoiced(Large(r)))
	}
	return b.String()
}
