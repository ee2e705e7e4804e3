package kana

import "strings"

// romajiTable covers Hepburn, kunrei-shiki and the common IME spellings (si, tu, hu, zi, xa, ltu …), longest
// first when matched.
var romajiTable = map[string]string{
	"a": "あ", "i": "い", "u": "う", "e": "え", "o": "お",
	"ka": "か", "ki": "き", "ku": "く", "ke": "け", "ko": "こ",
	"sa": "さ", "si": "し", "shi": "し", "su": "す", "se": "せ", "so": "そ",
	"ta": "た", "ti": "ち", "chi": "ち", "tu": "つ", "tsu": "つ", "te": "て", "to": "と",
	"na": "な", "ni": "に", "nu": "ぬ", "ne": "ね", "no": "の",
	"ha": "は", "hi": "ひ", "hu": "ふ", "fu": "ふ", "he": "へ", "ho": "ほ",
	"ma": "ま", "mi": "み", "mu": "む", "me": "め", "mo": "も",
	"ya": "や", "yu": "ゆ", "yo": "よ",
	"ra": "ら", "ri": "り", "ru": "る", "re": "れ", "ro": "ろ",
	"la": "ら", "li": "り", "lu": "る", "le": "れ", "lo": "ろ",
	"wa": "わ", "wi": "うぃ", "we": "うぇ", "wo": "を", "nn": "ん", "n'": "ん",
	"ga": "が", "gi": "ぎ", "gu": "ぐ", "ge": "げ", "go": "ご",
	"za": "ざ", "zi": "じ", "ji": "じ", "zu": "ず", "ze": "ぜ", "zo": "ぞ",
	"da": "だ", "di": "ぢ", "du": "づ", "de": "で", "do": "ど",
	"ba": "ば", "bi": "び", "bu": "ぶ", "be": "べ", "bo": "ぼ",
	"pa": "ぱ", "pi": "ぴ", "pu": "ぷ", "pe": "ぺ", "po": "ぽ",
	"va": "ゔぁ", "vi": "ゔぃ", "vu": "ゔ", "ve": "ゔぇ", "vo": "ゔぉ",
	"fa": "ふぁ", "fi": "ふぃ", "fe": "ふぇ", "fo": "ふぉ",
	"kya": "きゃ", "kyu": "きゅ", "kyo": "きょ", "gya": "ぎゃ", "gyu": "ぎゅ", "gyo": "ぎょ",
	"sya": "しゃ", "syu": "しゅ", "syo": "しょ", "sha": "しゃ", "shu": "しゅ", "sho": "しょ", "she": "しぇ",
	"zya": "じゃ", "zyu": "じゅ", "zyo": "じょ", "ja": "じゃ", "ju": "じゅ", "jo": "じょ", "je": "じぇ",
	"jya": "じゃ", "jyu": "じゅ", "jyo": "じょ",
	"tya": "ちゃ", "tyu": "ちゅ", "tyo": "ちょ", "cha": "ちゃ", "chu": "ちゅ", "cho": "ちょ", "che": "ちぇ",
	"cya": "ちゃ", "cyu": "ちゅ", "cyo": "ちょ",
	"dya": "ぢゃ", "dyu": "ぢゅ", "dyo": "ぢょ",
	"nya": "にゃ", "nyu": "にゅ", "nyo": "にょ", "hya": "ひゃ", "hyu": "ひゅ", "hyo": "ひょ",
	"bya": "びゃ", "byu": "びゅ", "byo": "びょ", "pya": "ぴゃ", "pyu": "ぴゅ", "pyo": "ぴょ",
	"mya": "みゃ", "myu": "みゅ", "myo": "みょ", "rya": "りゃ", "ryu": "りゅ", "ryo": "りょ",
	"xa": "ぁ", "xi": "ぃ", "xu": "ぅ", "xe": "ぇ", "xo": "ぉ", "xya": "ゃ", "xyu": "ゅ", "xyo": "ょ",
	"xtu": "っ", "xtsu": "っ", "ltu": "っ", "ltsu": "っ", "xwa": "ゎ",
	"-": "ー",
}

// FromRomaji converts romaji (Hepburn or kunrei-shiki, upper or lower case, with macrons folded to the plain
// vowel) to hiragana. A doubled consonant becomes っ and a lone n before a consonant becomes ん. ok is false when
// some part could not be read; the result then holds what could.
func FromRomaji(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.NewReplacer("ā", "aa", "ī", "ii", "ū", "uu", "ē", "ee", "ō", "ou", "â", "aa", "î", "ii", "û", "uu",
		"ê", "ee", "ô", "ou").Replace(s)
	var b strings.Builder
	ok := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' {
			i++
			continue
		}
		// Sokuon: a doubled consonant other than n ("kk", "tch").
		if i+1 < len(s) && c == s[i+1] && c != 'n' && isConsonant(c) {
			b.WriteString("っ")
			i++
			continue
		}
		if c == 't' && strings.HasPrefix(s[i:], "tch") {
			b.WriteString("っ")
			i++
			continue
		}
		// A syllabic n: before a consonant other than y, or at the end ("m" before b/m/p in Hepburn too).
		if c == 'n' && (i+1 == len(s) || (isConsonant(s[i+1]) && s[i+1] != 'y' && s[i+1] != 'n')) {
			b.WriteString("ん")
			i++
			continue
		}
		if c == 'm' && i+1 < len(s) && (s[i+1] == 'b' || s[i+1] == 'p' || s[i+1] == 'm') {
			b.WriteString("ん")
			i++
			continue
		}
		matched := false
		for l := 4; l >= 1; l-- {
			if i+l > len(s) {
				continue
			}
			if k, found := romajiTable[s[i:i+l]]; found {
				b.WriteString(k)
				i += l
				matched = true
				break
			}
		}
		if !matched {
			ok = false
			i++
		}
	}
	return b.String(), ok
}

func isConsonant(c byte) bool {
	return c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiou", rune(c))
}

// IsASCIILetters reports whether s is non-empty and made of ASCII letters, apostrophes, hyphens and spaces, i.e.
// looks like romaji.
func IsASCIILetters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '\'' || c == '-' || c == ' ') {
			return false
		}
	}
	return true
}

// Reading turns a reading typed in any script (hiragana, katakana of either width, romaji) into hiragana. ok is
// false when romaji could not be read completely.
func Reading(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if IsASCIILetters(s) {
		return FromRomaji(s)
	}
	return ToHiragana(s), true
}
