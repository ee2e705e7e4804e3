package juki

import (
	"strings"
	"unicode"
)

// Staff type with the IME on and OCR engines return full-width forms, so every parser first folds the
// Unicode "Halfwidth and Fullwidth Forms" block (U+FF01–U+FF5E) to ASCII, the ideographic space to a space and
// the many dash look-alikes to '-'. A small table of our own instead of golang.org/x/text: we need only these
// code points, and NFKC would also fold characters we must keep (e.g. the era ligatures are handled explicitly
// in date.go).
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
			if r == '-' {
				return '-'
			}
			return r
		case r == '\u3000':
			return ' '
		case isDash(r):
			return '-'
		}
		return r
	}, s)
}

// isDash reports the characters OCR and IMEs produce where a hyphen was meant: hyphen, non-breaking hyphen,
// figure dash, en dash, em dash, horizontal bar, minus sign, small hyphen-minus, and the katakana prolonged sound
// marks that IMEs insert for '-' in kana mode.
func isDash(r rune) bool {
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\u30FC', '\uFF70':
		return true
	}
	return false
}

// compactIdentifier folds the width, drops spaces and hyphens (numbers are printed in groups of four, e.g.
// 1234 5678 9012) and upper-cases ASCII letters.
func compactIdentifier(s string) string {
	s = foldWidth(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsSpace(r), r == '-':
			continue
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// allDigits reports whether s is non-empty and made of ASCII digits only.
func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi parses a short run of ASCII digits already checked by allDigits; it never overflows for the lengths used
// here (at most 8 digits).
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
