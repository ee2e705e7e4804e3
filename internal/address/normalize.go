package address

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/kakanai/kakanai"
)

// Address is an address split into the parts the registers keep: 都道府県, 市区町村, 町字, 丁目, 番地, 号, 方書.
type Address struct {
	Prefecture string `json:"prefecture"`
	City       string `json:"city"` // as written after the 都道府県: 小郡市, 福岡市博多区, 三井郡大刀洗町
	LGCode     string `json:"lgCode,omitempty"`
	Town       string `json:"town,omitempty"` // 町字 in the dictionary's spelling
	TownKana   string `json:"townKana,omitempty"`
	Chome      int    `json:"chome,omitempty"`
	Banchi     string `json:"banchi,omitempty"`
	Go         string `json:"go,omitempty"`
	// Katagaki (方書) is whatever follows the numbers: building, room, 「○○方」, kept as typed.
	Katagaki string   `json:"katagaki,omitempty"`
	Warnings []string `json:"warnings,omitempty"`
}

// String writes the address in one canonical form: 丁目 in kanji numerals, 番地 and 号 joined by a hyphen, a space
// before the 方書 (福岡県小郡市三国が丘三丁目12-5 コーポ101).
func (a Address) String() string {
	var b strings.Builder
	b.WriteString(a.Prefecture + a.City + a.Town)
	if a.Chome > 0 {
		b.WriteString(kanjiNumeral(a.Chome) + "丁目")
	}
	b.WriteString(a.Banchi)
	if a.Go != "" {
		b.WriteString("-" + a.Go)
	}
	if a.Katagaki != "" {
		b.WriteString(" " + a.Katagaki)
	}
	return b.String()
}

// Normalize splits an address written the way people write it — full- or half-width, kanji or arabic numerals,
// 「３－１２－５」, 「三丁目」, 「3丁目」, with or without 都道府県, 郡 or 大字 — into its parts, with the names spelled as in
// the dictionary. An address whose 市区町村 cannot be found is an error; an unknown 町字 is a warning.
func (d *Dictionary) Normalize(s string) (Address, error) {
	return d.normalize(s, nil)
}

// NormalizeHonseki is Normalize for a 本籍, which names a 番地 (or 街区) and never has a 方書 or a 号.
func (d *Dictionary) NormalizeHonseki(s string) (Address, error) {
	a, err := d.normalize(s, nil)
	if err != nil {
		return a, err
	}
	if a.Katagaki != "" {
		return a, kakanai.Invalid("honseki", "本籍に方書（%s）は書けません。", a.Katagaki)
	}
	return a, nil
}

type folded struct {
	r    []rune
	orig []int // byte offset in the input of each folded rune
	src  string
}

// fold turns the input into the form names are compared in (see matchForm), remembering where each rune came
// from so that the 方書 can be cut from the input as typed.
func fold(s string) folded {
	f := folded{src: s}
	rs := []rune(s)
	offs := make([]int, 0, len(rs))
	for i := range s {
		offs = append(offs, i)
	}
	for i := 0; i < len(rs); {
		r := rs[i]
		if isKanjiNumeralRune(r) {
			j := i
			for j < len(rs) && isKanjiNumeralRune(rs[j]) {
				j++
			}
			if n, ok := parseKanjiNumber(string(rs[i:j])); ok {
				for _, c := range strconv.Itoa(n) {
					f.r = append(f.r, c)
					f.orig = append(f.orig, offs[i])
				}
				i = j
				continue
			}
		}
		c := foldRune(r)
		if (r == 'ー' || r == 'ｰ' || r == '－') && i > 0 && i+1 < len(rs) && isDigitLike(rs[i-1]) && isDigitLike(rs[i+1]) {
			c = '-'
		}
		if c != 0 {
			f.r = append(f.r, c)
			f.orig = append(f.orig, offs[i])
		}
		i++
	}
	return f
}

func isDigitLike(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') || isKanjiNumeralRune(r)
}

// foldRune maps one rune to its comparison form; 0 drops it.
func foldRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == '\u3000':
		r = ' '
	}
	switch r {
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63':
		return '-'
	case 'ヶ', 'ケ', 'ガ', 'ヵ':
		// 三国が丘 / 三国ヶ丘 / 三国ケ丘 are one name; so are 之, ノ and の.
		return 'が'
	case 'ノ', '之':
		return 'の'
	case '\t':
		return ' '
	}
	return r
}

// matchForm is the comparison form of a name: width folded, kanji numerals in arabic, ヶ/ケ/ガ as が, ノ/之 as の,
// no spaces.
func matchForm(s string) string {
	f := fold(s)
	var b strings.Builder
	for _, r := range f.r {
		if r != ' ' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (f folded) hasPrefixAt(pos int, prefix string) (int, bool) {
	i := pos
	for _, r := range prefix {
		for i < len(f.r) && f.r[i] == ' ' {
			i++
		}
		if i >= len(f.r) || f.r[i] != r {
			return pos, false
		}
		i++
	}
	return i, true
}

func (f folded) skipSpaces(pos int) int {
	for pos < len(f.r) && f.r[pos] == ' ' {
		pos++
	}
	return pos
}

// rest returns the input as typed from folded position pos.
func (f folded) rest(pos int) string {
	if pos >= len(f.r) {
		return ""
	}
	return f.src[f.orig[pos]:]
}

// townSource gives the 町字 of a municipality with their 丁目: the dictionary's, or the city's master.
type townEntry struct {
	name, kana string
	chome      []int
	match      string
}

func (d *Dictionary) normalize(s string, master *Master) (Address, error) {
	in := strings.TrimSpace(s)
	if in == "" {
		return Address{}, kakanai.Invalid("address", "住所を入力してください。")
	}
	f := fold(in)
	pos := f.skipSpaces(0)
	var a Address
	var pref *Municipality
	for _, p := range d.prefectures {
		if end, ok := f.hasPrefixAt(pos, matchForm(p.Name)); ok {
			pref, pos = p, end
			break
		}
	}
	m, end, designated := d.matchCity(f, pos, pref, master)
	if m == nil && designated == nil {
		if pref != nil {
			return Address{Prefecture: pref.Name}, kakanai.Invalid("address", "%sの市区町村が見つかりません。", pref.Name)
		}
		return Address{}, kakanai.Invalid("address", "都道府県または市区町村が見つかりません。")
	}
	pos = end
	if pref == nil {
		a.Warnings = append(a.Warnings, "都道府県が省略されています。")
	}
	// 大字 and 字 are often written before the 町字 and never part of its name in the postal data.
	for _, p := range []string{"大字", "字"} {
		if e, ok := f.hasPrefixAt(pos, p); ok {
			pos = e
			break
		}
	}
	// The 町字 of the municipality, or of all wards when only the 政令指定都市 was written.
	var best *townEntry
	var bestMuni *Municipality
	bestEnd := pos
	try := func(mu *Municipality, towns []townEntry) {
		for i := range towns {
			t := &towns[i]
			if e, ok := f.hasPrefixAt(pos, t.match); ok && (best == nil || e > bestEnd) {
				best, bestMuni, bestEnd = t, mu, e
			}
		}
	}
	if m != nil {
		try(m, d.townEntries(m, master))
	} else {
		for _, w := range d.wardsOf(designated) {
			try(w, d.townEntries(w, master))
		}
	}
	if m == nil {
		m = bestMuni
		if m == nil {
			return Address{Prefecture: designated.Prefecture, City: designated.Name, LGCode: designated.Code},
				kakanai.Invalid("address", "%sの区が分かりません。区名から入力してください。", designated.Name)
		}
	}
	a.Prefecture, a.City, a.LGCode = m.Prefecture, m.FullName, m.Code
	chome := chomeUnknown
	if best != nil {
		a.Town, a.TownKana = best.name, best.kana
		switch {
		case len(best.chome) > 0:
			chome = chomeYes
		case master != nil && master.Source == "csv" && master.covers(d, m.Code):
			chome = chomeNo // the city's own master says this 町字 has no 丁目
		}
		pos = bestEnd
	} else {
		a.Warnings = append(a.Warnings, "町字が辞書にありません。")
	}
	parseNumbers(&a, f, pos, chome)
	return a, nil
}

// matchCity finds the longest 市区町村 name at pos: within the prefecture if one was written, else nationwide
// (preferring the master's city). It returns the designated city instead when only 「福岡市」 was written.
func (d *Dictionary) matchCity(f folded, pos int, pref *Municipality, master *Master) (*Municipality, int, *Municipality) {
	var cands []*Municipality
	if pref != nil {
		cands = d.units[pref.Code]
	} else {
		for _, p := range d.prefectures {
			cands = append(cands, d.units[p.Code]...)
		}
	}
	var best *Municipality
	bestEnd := pos
	for _, m := range cands {
		for _, name := range m.matchNames {
			e, ok := f.hasPrefixAt(pos, name)
			if !ok {
				continue
			}
			better := best == nil || e > bestEnd
			if !better && e == bestEnd && master != nil && m.Code == master.LGCode {
				better = true
			}
			if better {
				best, bestEnd = m, e
			}
		}
	}
	if best != nil {
		return best, bestEnd, nil
	}
	// 「福岡市」 without the ward.
	for _, m := range d.byCode {
		if m.Kind != "designatedCity" || (pref != nil && m.PrefectureCode != pref.Code) {
			continue
		}
		if e, ok := f.hasPrefixAt(pos, matchForm(m.Name)); ok {
			return nil, e, m
		}
	}
	return nil, pos, nil
}

func cityNames(m *Municipality) []string {
	names := []string{matchForm(m.FullName)}
	if m.Kind != "ward" {
		names = append(names, matchForm(m.Name))
	}
	if m.postalName != "" {
		names = append(names, matchForm(m.postalName), matchForm(m.County+m.postalName))
	}
	return names
}

func (d *Dictionary) wardsOf(city *Municipality) []*Municipality {
	var out []*Municipality
	for _, m := range d.units[city.PrefectureCode] {
		if m.ParentCode == city.Code {
			out = append(out, m)
		}
	}
	return out
}

func (d *Dictionary) townEntries(m *Municipality, master *Master) []townEntry {
	if master != nil && master.covers(d, m.Code) {
		return master.entries()
	}
	towns := d.townsOf(m.Code)
	out := make([]townEntry, len(towns))
	for i, t := range towns {
		out[i] = townEntry{name: t.name, kana: t.kana, chome: t.chome, match: t.match}
	}
	return out
}

type number struct {
	n     string
	label string // 丁目, 番地, 番, 号, or "" when only a hyphen or の followed
}

// What is known of a 町字's 丁目.
const (
	chomeUnknown = iota // the postal data names most 町 without their 丁目
	chomeYes
	chomeNo
)

// parseNumbers reads 丁目, 番地 and 号 after the 町字 and leaves the rest as 方書. Unlabelled numbers
// (「３－１２－５」) fill 丁目, 番地 and 号 in that order: the first is a 丁目 where the 町字 has 丁目, and also where
// nothing is known and three numbers were written; a fourth is kept in the 方書.
func parseNumbers(a *Address, f folded, pos int, chome int) {
	var nums []number
	i := f.skipSpaces(pos)
	for i < len(f.r) && f.r[i] >= '0' && f.r[i] <= '9' && len(nums) < 3 {
		j := i
		for j < len(f.r) && f.r[j] >= '0' && f.r[j] <= '9' {
			j++
		}
		num := number{n: strings.TrimLeft(string(f.r[i:j]), "0")}
		if num.n == "" {
			num.n = "0"
		}
		k := j
		for _, label := range []string{"丁目", "番地", "番", "号", "地割"} {
			if e, ok := f.hasPrefixAt(j, label); ok {
				num.label, k = label, e
				break
			}
		}
		if num.label == "番地" || num.label == "番" {
			if e, ok := f.hasPrefixAt(k, "の"); ok {
				k = e
			}
		}
		nums = append(nums, num)
		i = k
		if i < len(f.r) && (f.r[i] == '-' || f.r[i] == 'の') && i+1 < len(f.r) && f.r[i+1] >= '0' && f.r[i+1] <= '9' {
			i++
			continue
		}
		if num.label == "" || num.label == "号" {
			break
		}
		// After 「3丁目」 or 「12番地」 a space may come before the next number.
		if j := f.skipSpaces(i); j < len(f.r) && f.r[j] >= '0' && f.r[j] <= '9' {
			i = j
			continue
		}
		break
	}
	unlabelled := 0
	for _, n := range nums {
		if n.label == "" {
			unlabelled++
		}
	}
	chomeFirst := chome == chomeYes || (chome == chomeUnknown && unlabelled == 3)
	for _, n := range nums {
		switch {
		case n.label == "丁目":
			a.Chome, _ = strconv.Atoi(n.n)
		case n.label == "番地" || n.label == "番" || n.label == "地割":
			a.Banchi = n.n
		case n.label == "号":
			a.Go = n.n
		case chomeFirst && a.Chome == 0 && a.Banchi == "" && a.Go == "":
			a.Chome, _ = strconv.Atoi(n.n)
		case a.Banchi == "":
			a.Banchi = n.n
		case a.Go == "":
			a.Go = n.n
		}
	}
	rest := strings.TrimLeftFunc(f.rest(i), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '－' || r == 'ー' || r == '、' || r == ','
	})
	a.Katagaki = strings.TrimSpace(rest)
}

func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		if c := foldRune(r); c != 'が' && c != 'の' {
			return c
		}
		return r
	}, s)
}

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
