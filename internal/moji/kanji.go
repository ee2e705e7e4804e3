package moji

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/moji/kana"
)

// MJChar is one MJ文字: the exact glyph staff can insert, with the text that draws it in IPAmj明朝.
type MJChar struct {
	MJ string `json:"mj"` // MJ028902
	// Char is the text to insert: the plain code point where the MJ character has one (髙), else its Moji_Joho
	// sequence (葛󠄂).
	Char       string `json:"char"`
	CodePoints string `json:"codePoints"` // of Char: U+9AD9, U+845B U+E0102
	IVS        bool   `json:"ivs"`        // Char is an Ideographic Variation Sequence
	// Sequence is the character's Moji_Joho IVS, also where Char is a plain code point (葛 is also 葛󠄃).
	Sequence   string `json:"sequence,omitempty"`
	KosekiCode string `json:"kosekiCode,omitempty"`
	JukiCode   string `json:"jukiCode,omitempty"`
	X0213      string `json:"x0213,omitempty"` // JIS X 0213 men-ku-ten the MJ data gives, e.g. 1-25-66
	// X0213Unified is true when the character only falls under that JIS X 0213 code by a 包摂 rule (髙 under 高's
	// 1-25-66): JIS X 0213 text cannot tell it from the code's own character.
	X0213Unified bool `json:"x0213Unified,omitempty"`
	Strokes      int  `json:"strokes,omitempty"`
}

// Kanji is a single-kanji search result: the character, what it is found by, and every MJ variant of it.
type Kanji struct {
	Char      string   `json:"char"`
	CodePoint string   `json:"codePoint"`
	On        []string `json:"on,omitempty"`     // 音読み, katakana
	Kun       []string `json:"kun,omitempty"`    // 訓読み, hiragana, okurigana after "."
	Nanori    []string `json:"nanori,omitempty"` // 名乗り
	Radical   int      `json:"radical,omitempty"`
	// RadicalChar is the radical as a character (189 → 高).
	RadicalChar string `json:"radicalChar,omitempty"`
	Strokes     int    `json:"strokes,omitempty"`
	// Grade: 1–6 教育漢字, 8 other 常用漢字, 9–10 人名用漢字 (kanjidic2).
	Grade  int    `json:"grade,omitempty"`
	Policy string `json:"policy,omitempty"` // 常用漢字 or 人名用漢字 (MJ data)
	// Charset: the smallest JIS set holding the character: jisx0208, jisx0213 or "" (neither).
	Charset string   `json:"charset"`
	MJ      []MJChar `json:"mj"`
	// Variants are other characters that match this one in search (髙 for 高, 高 for 髙).
	Variants []string `json:"variants,omitempty"`
}

// KanjiQuery searches single kanji; the conditions given are combined with AND.
type KanjiQuery struct {
	// Reading in hiragana, katakana or romaji (たか, タカ, taka): 音, 訓 (with or without okurigana) or 名乗り.
	Reading string `json:"reading,omitempty"`
	// Prefix makes Reading match the start of a reading.
	Prefix bool `json:"prefix,omitempty"`
	// Radical as a character (高, 氵, 水), a Kangxi radical (⾼) or its number (189).
	Radical string `json:"radical,omitempty"`
	// Strokes is the total stroke count; RemainingStrokes the strokes besides the radical (needs Radical).
	Strokes          int  `json:"strokes,omitempty"`
	RemainingStrokes *int `json:"remainingStrokes,omitempty"`
	// Components (RADKFILE elements) that the character contains, e.g. ["木", "口"].
	Components []string `json:"components,omitempty"`
	Limit      int      `json:"limit,omitempty"` // 0: 100
}

// SearchKanji finds single kanji (A7). Results are ordered for the counter: 常用漢字, 人名用漢字, JIS X 0208, JIS X 0213,
// then the rest of the MJ characters, each by frequency; a variant follows the character it is a variant of
// (高, then 髙).
func (d *Dictionary) SearchKanji(q KanjiQuery) ([]Kanji, error) {
	var sets [][]rune
	if q.Reading != "" {
		r, ok := kana.Reading(q.Reading)
		if !ok || !kana.IsKana(r) {
			return nil, kakanai.Invalid("reading", "読みはひらがな、カタカナまたはローマ字で入力してください。")
		}
		key := readingKey(r)
		if q.Prefix {
			var list []rune
			for k, rs := range d.reading {
				if strings.HasPrefix(k, key) {
					list = append(list, rs...)
				}
			}
			sets = append(sets, uniqueRunes(list))
		} else {
			sets = append(sets, d.reading[key])
		}
	}
	radical := 0
	if q.Radical != "" {
		n, ok := d.RadicalNumber(q.Radical)
		if !ok {
			return nil, kakanai.Invalid("radical", "部首「%s」が分かりません。", q.Radical)
		}
		radical = n
		sets = append(sets, d.radical[n])
	}
	if q.RemainingStrokes != nil && radical == 0 {
		return nil, kakanai.Invalid("remainingStrokes", "部首内画数で探すときは部首も指定してください。")
	}
	if len(q.Components) > 0 {
		for _, c := range q.Components {
			list, ok := d.comps[strings.TrimSpace(c)]
			if !ok {
				return nil, kakanai.Invalid("components", "構成要素「%s」が分かりません。", c)
			}
			sets = append(sets, []rune(list))
		}
	}
	if len(sets) == 0 {
		if q.Strokes <= 0 {
			return nil, kakanai.Invalid("kanji", "読み、部首、画数、構成要素のどれかを指定してください。")
		}
		var all []rune
		for r := range d.kanji {
			all = append(all, r)
		}
		sets = append(sets, all)
	}
	cands := intersect(sets)
	var out []rune
	for _, r := range cands {
		if q.Strokes > 0 && d.strokes(r) != q.Strokes {
			continue
		}
		if q.RemainingStrokes != nil && !d.hasRemaining(r, radical, *q.RemainingStrokes) {
			continue
		}
		out = append(out, r)
	}
	d.sortForCounter(out)
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	if len(out) > limit {
		out = out[:limit]
	}
	res := make([]Kanji, 0, len(out))
	for _, r := range out {
		res = append(res, d.kanjiOf(r))
	}
	return res, nil
}

// SearchKanji is Default().SearchKanji.
func SearchKanji(q KanjiQuery) ([]Kanji, error) { return Default().SearchKanji(q) }

// Lookup returns one character (plain or with a selector) as a Kanji, with its MJ variants.
func (d *Dictionary) Lookup(ch string) (Kanji, bool) {
	seqs := splitSequences(ch)
	if len(seqs) != 1 {
		return Kanji{}, false
	}
	r := firstRune(seqs[0])
	if _, ok := d.kanji[r]; !ok {
		if _, ok := d.byBase[r]; !ok {
			return Kanji{}, false
		}
	}
	return d.kanjiOf(r), true
}

func intersect(sets [][]rune) []rune {
	sort.Slice(sets, func(i, j int) bool { return len(sets[i]) < len(sets[j]) })
	out := append([]rune(nil), sets[0]...)
	for _, s := range sets[1:] {
		in := make(map[rune]bool, len(s))
		for _, r := range s {
			in[r] = true
		}
		kept := out[:0]
		for _, r := range out {
			if in[r] {
				kept = append(kept, r)
			}
		}
		out = kept
	}
	return out
}

func (d *Dictionary) strokes(r rune) int {
	if k := d.kanji[r]; k != nil && k.strokes > 0 {
		return k.strokes
	}
	if i, ok := d.byUCS[r]; ok {
		return int(d.mjs[i].strokes)
	}
	return 0
}

func (d *Dictionary) hasRemaining(r rune, radical, rest int) bool {
	if i, ok := d.byUCS[r]; ok {
		for _, rs := range d.mjs[i].rs {
			if int(rs.radical) == radical && int(rs.rest) == rest {
				return true
			}
		}
		return false
	}
	if k := d.kanji[r]; k != nil && k.radical == radical {
		if rad := d.radChar[radical]; rad != "" {
			return k.strokes-d.strokes(firstRune(rad)) == rest
		}
	}
	return false
}

// RadicalNumber reads a radical given as a character (高, 氵), a Kangxi radical (⾼) or a number (189).
func (d *Dictionary) RadicalNumber(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if n, ok := d.radSyms[s]; ok {
		return n, true
	}
	if n, err := strconv.Atoi(s); err == nil && n >= 1 && n <= 214 {
		return n, true
	}
	return 0, false
}

// tier orders characters for the counter: 常用, 人名用, JIS X 0208, JIS X 0213, the rest.
func (d *Dictionary) tier(r rune) int {
	k := d.kanji[r]
	switch {
	case k != nil && k.grade >= 1 && k.grade <= 8:
		return 0
	case k != nil && k.grade >= 9:
		return 1
	case d.jis208[r]:
		return 2
	case d.jis213[r]:
		return 3
	}
	return 4
}

func (d *Dictionary) sortForCounter(rs []rune) {
	d.rankOnce.Do(d.buildRank)
	sort.Slice(rs, func(i, j int) bool {
		a, b := d.rank[rs[i]], d.rank[rs[j]]
		if a != b {
			return a < b
		}
		return rs[i] < rs[j]
	})
}

// buildRank orders every character once for sortForCounter (on the first search, about 30 ms): tier, frequency,
// then the character it is a variant of, the variant after it.
func (d *Dictionary) buildRank() {
	type key struct {
		tier, freq int
		base       rune
		variant    int
		r          rune
	}
	keyed := make([]key, 0, len(d.kanji))
	for r := range d.kanji {
		base, variant := r, 0
		if b, ok := d.fold[r]; ok && b != r {
			base, variant = b, 1
		}
		k := key{tier: d.tier(base), freq: 1 << 20, base: base, variant: variant, r: r}
		if e := d.kanji[base]; e != nil && e.freq > 0 {
			k.freq = e.freq
		}
		keyed = append(keyed, k)
	}
	sort.Slice(keyed, func(i, j int) bool {
		a, b := keyed[i], keyed[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.freq != b.freq {
			return a.freq < b.freq
		}
		if a.base != b.base {
			return a.base < b.base
		}
		if a.variant != b.variant {
			return a.variant < b.variant
		}
		return a.r < b.r
	})
	d.rank = make(map[rune]int32, len(keyed))
	for i, k := range keyed {
		d.rank[k.r] = int32(i)
	}
}

func (d *Dictionary) kanjiOf(r rune) Kanji {
	k := Kanji{Char: string(r), CodePoint: codePoints(string(r)), Charset: d.charset(r)}
	if e := d.kanji[r]; e != nil {
		k.On, k.Kun, k.Nanori = e.on, e.kun, e.nanori
		k.Radical, k.Strokes, k.Grade = e.radical, e.strokes, e.grade
	}
	if k.Radical == 0 {
		if rs := d.radicalsOf(r); len(rs) > 0 {
			k.Radical = rs[0]
		}
	}
	if k.Radical > 0 {
		k.RadicalChar = d.radChar[k.Radical]
	}
	if k.Strokes == 0 {
		k.Strokes = d.strokes(r)
	}
	if i, ok := d.byUCS[r]; ok {
		k.Policy = d.mjs[i].policy
		k.MJ = append(k.MJ, d.mjChar(i))
	}
	for _, i := range d.byBase[r] {
		if d.mjs[i].ucs != string(r) {
			k.MJ = append(k.MJ, d.mjChar(i))
		}
	}
	k.Variants = d.variantsOf(r)
	return k
}

func (d *Dictionary) charset(r rune) string {
	switch {
	case d.jis208[r]:
		return "jisx0208"
	case d.jis213[r]:
		return "jisx0213"
	}
	return ""
}

func (d *Dictionary) mjChar(i int32) MJChar {
	e := &d.mjs[i]
	c := MJChar{MJ: e.mj, Char: e.ucs, Sequence: e.ivs, KosekiCode: e.koseki, JukiCode: e.juki, X0213: e.x0213,
		X0213Unified: e.x0213Kubun == 2, Strokes: int(e.strokes)}
	if c.Char == "" {
		c.Char, c.IVS = e.ivs, true
	}
	c.CodePoints = codePoints(c.Char)
	return c
}

// variantsOf lists the characters that share r's matching key, r excluded, as found in the fold table.
func (d *Dictionary) variantsOf(r rune) []string {
	key := d.foldRune(r)
	var out []string
	if key != r {
		out = append(out, string(key))
	}
	for _, v := range d.foldedFrom(key) {
		if v != r {
			out = append(out, string(v))
		}
	}
	return out
}

// foldedFrom returns the characters whose key is key.
func (d *Dictionary) foldedFrom(key rune) []rune { return d.reverse[key] }

func codePoints(s string) string {
	parts := make([]string, 0, 2)
	for _, r := range s {
		parts = append(parts, fmt.Sprintf("U+%04X", r))
	}
	return strings.Join(parts, " ")
}
