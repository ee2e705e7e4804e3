package ocr

import (
	"strings"
	"sync"
	"unicode"

	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/moji"
	"github.com/kakanai/kakanai/internal/moji/kana"
)

// Adapters from the project's dictionaries to the interfaces the pipeline calls: internal/address for addresses,
// internal/moji for variant families and name readings. They are the defaults of New; tests may pass their own.

// dictAddresses corrects addresses with the nationwide dictionary: the 都道府県+市区町村 prefix against every
// municipality, then the 町域 against that municipality's towns, each allowing OCR-sized edit distances.
type dictAddresses struct {
	d     *address.Dictionary
	once  sync.Once
	munis []muniForm
	towns sync.Map // lgCode → []string
}

type muniForm struct {
	text   []rune
	lgCode string
}

// NewAddressCorrector returns the AddressCorrector backed by internal/address.
func NewAddressCorrector(d *address.Dictionary) AddressCorrector { return &dictAddresses{d: d} }

func (a *dictAddresses) load() {
	a.once.Do(func() {
		for _, p := range a.d.Prefectures() {
			ms, err := a.d.Municipalities(p.Prefecture)
			if err != nil {
				continue
			}
			for _, m := range ms {
				forms := []string{p.Prefecture + m.City, m.City}
				// Certificates often drop the 郡: 福岡県大刀洗町 for 福岡県三井郡大刀洗町.
				if i := strings.Index(m.City, "郡"); i > 0 {
					short := m.City[i+len("郡"):]
					forms = append(forms, p.Prefecture+short)
				}
				for _, f := range forms {
					a.munis = append(a.munis, muniForm{[]rune(f), m.LGCode})
				}
			}
		}
	})
}

func (a *dictAddresses) townsOf(code string) []string {
	if v, ok := a.towns.Load(code); ok {
		return v.([]string)
	}
	ps, _ := a.d.Towns(code)
	var out []string
	for _, p := range ps {
		out = append(out, p.Town)
	}
	a.towns.Store(code, out)
	return out
}

// CorrectAddress implements AddressCorrector.
func (a *dictAddresses) CorrectAddress(text string) (string, float64) {
	a.load()
	rs := []rune(text)
	fixed, score := a.correctAt(rs)
	// A speck or the tail of the label before the line (６東京都…, ,東京都…) keeps the municipality from
	// matching at the start: up to two characters no address begins with are dropped when the rest then
	// matches.
	for skip := 1; score <= noMunicipality && skip <= 2 && skip < len(rs) && !unicode.Is(unicode.Han, rs[skip-1]); skip++ {
		if f, s := a.correctAt(rs[skip:]); s > noMunicipality {
			return f, s - 0.1
		}
	}
	return fixed, score
}

// noMunicipality is the score of an address whose beginning matches no municipality.
const noMunicipality = 0.3

// correctAt corrects rs, read from its first character, as CorrectAddress does.
func (a *dictAddresses) correctAt(rs []rune) (string, float64) {
	text := string(rs)
	best, bestD := muniForm{}, 1<<30
	for _, m := range a.munis {
		n := len(m.text)
		if len(rs) < n {
			continue
		}
		d := EditDistance(rs[:n], m.text)
		// Up to a third of a long name may be misread: among ~1,900 municipalities a prefix this close is
		// still unambiguous (東京枚千代同区 is 東京都千代田区).
		allowed := 0
		switch {
		case n >= 9:
			allowed = 3
		case n >= 6:
			allowed = 2
		case n >= 4:
			allowed = 1
		}
		if d > allowed {
			continue
		}
		if d < bestD || (d == bestD && n > len(best.text)) {
			best, bestD = m, d
		}
	}
	if best.lgCode == "" {
		return text, noMunicipality
	}
	score := 0.7
	if bestD > 0 {
		score = 0.55
	}
	prefix, rest := string(best.text), rs[len(best.text):]
	// The municipality's last character read twice (太宰府市市五条: the line recogniser emits a character again
	// over the same pixels) when without it a town of the municipality follows exactly.
	if last := best.text[len(best.text)-1]; len(rest) > 1 && rest[0] == last && !a.startsWithTown(best.lgCode, rest) &&
		a.startsWithTown(best.lgCode, rest[1:]) {
		rest = rest[1:]
		score -= 0.15
	}
	// The 町域: up to the first digit (or the end); a leading 大字 is kept as printed.
	oaza := ""
	if strings.HasPrefix(string(rest), "大字") {
		oaza, rest = "大字", rest[2:]
	}
	end := len(rest)
	for i, r := range rest {
		if isDigitRune(r) || unicode.Is(unicode.Han, r) && strings.ContainsRune("一二三四五六七八九十", r) && i > 0 {
			end = i
			break
		}
	}
	read := rest[:end]
	if len(read) == 0 {
		return prefix + oaza + string(rest), score
	}
	townBest, townD := "", 1<<30
	for _, t := range a.townsOf(best.lgCode) {
		tr := []rune(t)
		if len(tr) > len(rest) {
			continue
		}
		// Compare the town with the same number of characters of what was read.
		d := EditDistance(rest[:len(tr)], tr)
		if d < townD || (d == townD && len(tr) > len([]rune(townBest))) {
			townBest, townD = t, d
		}
	}
	tl := len([]rune(townBest))
	switch {
	case townBest != "" && townD == 0:
		return prefix + oaza + townBest + townEcho(townBest, rest[tl:]), score + 0.3
	case townBest != "" && townD == 1 && tl >= 2 && tl >= len(read)-1:
		return prefix + oaza + townBest + townEcho(townBest, rest[tl:]), score + 0.15
	}
	return prefix + oaza + string(rest), score
}

// startsWithTown reports whether rest begins with one of the municipality's towns as it is written.
func (a *dictAddresses) startsWithTown(lgCode string, rest []rune) bool {
	for _, t := range a.townsOf(lgCode) {
		if strings.HasPrefix(string(rest), t) {
			return true
		}
	}
	return false
}

// townEcho fixes a building name that repeats the town (霞が関ハイツ after 霞が関): one character off the
// town's name in the rest of the address is the town's name.
func townEcho(town string, rest []rune) string {
	tr := []rune(town)
	if len(tr) < 3 {
		return string(rest)
	}
	out := append([]rune(nil), rest...)
	for i := 0; i+len(tr) <= len(out); i++ {
		if d := EditDistance(out[i:i+len(tr)], tr); d == 1 && !isDigitRune(out[i]) {
			copy(out[i:], tr)
			break
		}
	}
	return string(out)
}

// mojiVariants gives MJ variant families from internal/moji, joined with the built-in list.
type mojiVariants struct{ d *moji.Dictionary }

// Variants returns the built-in family and the MJ variants that are in JIS X 0208 or 0213: the MJ set holds
// dozens of near-identical forms (邉 alone has many) that a printed name does not tell apart, and the common one
// is what the registers hold; exotic forms are entered by hand from the MJ search.
func (m mojiVariants) Variants(r rune) []rune {
	out := append([]rune(nil), variantIndex[r]...)
	if k, ok := m.d.Lookup(string(r)); ok {
		for _, v := range k.Variants {
			rs := []rune(v)
			if len(rs) != 1 || containsRune(out, rs[0]) {
				continue
			}
			if vk, ok := m.d.Lookup(v); ok && vk.Charset != "" {
				out = append(out, rs[0])
			}
		}
	}
	return out
}

// mojiNames gives the readings internal/moji's dictionaries list for a name.
type mojiNames struct{ d *moji.Dictionary }

// NewNameReadings returns the NameReadings backed by internal/moji.
func NewNameReadings(d *moji.Dictionary) NameReadings { return mojiNames{d} }

// Spellings implements nameSpellings.
func (m mojiNames) Spellings(reading, part string) []string {
	return m.d.NamesReadAs(reading, moji.NamePart(part))
}

// Readings implements NameReadings.
func (m mojiNames) Readings(part string) []string {
	var out []string
	for _, r := range m.d.NameReadings(part, moji.AnyPart, 100) {
		if r.Source == "dictionary" {
			out = append(out, toKatakana(r.Reading))
		}
	}
	return out
}

// foldKana makes small kana large and ヂ, ヅ, ヲ into ジ, ズ, オ: certificates print フリガナ in either
// convention (キヨウコ for キョウコ), and the small forms are what the OCR confuses most.
func foldKana(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case 'ヂ':
			return 'ジ'
		case 'ヅ':
			return 'ズ'
		case 'ヲ':
			return 'オ'
		}
		// Katakana sits 0x60 above hiragana: fold through the hiragana table of internal/moji/kana.
		if r >= 'ァ' && r <= 'ヶ' {
			if large := kana.Large(r - 0x60); large != r-0x60 {
				return large + 0x60
			}
		}
		return r
	}, s)
}

func toKatakana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ぁ' && r <= 'ゖ' {
			return r + 'ァ' - 'ぁ'
		}
		return r
	}, s)
}
