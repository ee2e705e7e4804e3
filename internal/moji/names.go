package moji

import (
	"sort"
	"strings"

	"github.com/kakanai/kakanai/internal/moji/kana"
)

// NameReading is one candidate reading of a name.
type NameReading struct {
	Reading string `json:"reading"` // hiragana
	// Source: "dictionary" (ENAMDICT, mecab-ipadic) or "characters" (composed from the readings of each kanji,
	// the weakest guess).
	Source string `json:"source"`
	// Kinds the dictionaries give: surname, given, male, female, unclassified; common marks readings that
	// mecab-ipadic also lists (the usual ones).
	Kinds []string `json:"kinds,omitempty"`
}

// NamePart says which part of a name is looked up.
type NamePart string

// Parts of a name.
const (
	Surname   NamePart = "surname"
	GivenName NamePart = "given"
	AnyPart   NamePart = ""
)

var nameKinds = map[byte]string{'s': "surname", 'g': "given", 'm': "male", 'f': "female", 'u': "unclassified", 'i': "common"}

func (d *Dictionary) loadNames() {
	d.namesOnce.Do(func() {
		data, err := readData("names.tsv.gz")
		if err != nil {
			d.namesErr = err
			return
		}
		d.names = make(map[string]string, 300000)
		d.namesErr = eachLine(data, func(f []string) error {
			if len(f) == 2 {
				d.names[f[0]] = f[1]
			}
			return nil
		})
	})
}

// NameReadings returns candidate readings of a surname or a given name written in kanji, for OCR
// post-correction and as the citizen app's fallback when no IME reading was captured. Variant characters are
// folded first (髙橋 is read as 高橋). When the dictionaries do not know the name, readings composed from each
// character's readings are returned, marked "characters". At most limit candidates (0: 10).
func (d *Dictionary) NameReadings(name string, part NamePart, limit int) []NameReading {
	if limit <= 0 {
		limit = 10
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return nil
	}
	d.loadNames()
	var out []NameReading
	for _, key := range []string{name, d.MatchKey(name)} {
		if out = d.dictionaryReadings(key, part); len(out) > 0 {
			break
		}
	}
	if len(out) == 0 {
		out = d.composedReadings(d.MatchKey(name), limit)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// NameReadings is Default().NameReadings.
func NameReadings(name string, part NamePart, limit int) []NameReading {
	return Default().NameReadings(name, part, limit)
}

func (d *Dictionary) dictionaryReadings(name string, part NamePart) []NameReading {
	entry, ok := d.names[name]
	if !ok {
		return nil
	}
	var matching, others []NameReading
	for _, item := range strings.Split(entry, ";") {
		reading, types, _ := strings.Cut(item, "/")
		nr := NameReading{Reading: reading, Source: "dictionary"}
		fits := part == AnyPart
		for i := 0; i < len(types); i++ {
			nr.Kinds = append(nr.Kinds, nameKinds[types[i]])
			switch {
			case part == Surname && types[i] == 's':
				fits = true
			case part == GivenName && strings.IndexByte("gmf", types[i]) >= 0:
				fits = true
			}
		}
		if fits {
			matching = append(matching, nr)
		} else {
			others = append(others, nr)
		}
	}
	return append(matching, others...)
}

// composedReadings joins, character by character, the 名乗り, 訓 and 音 readings of kanjidic (three per
// character at most), keeping the first combinations.
func (d *Dictionary) composedReadings(name string, limit int) []NameReading {
	combos := []string{""}
	for _, r := range name {
		var rs []string
		if kana.IsKana(string(r)) {
			rs = []string{kana.ToHiragana(string(r))}
		} else if k := d.kanji[r]; k != nil {
			for _, y := range append(append(append([]string(nil), k.nanori...), k.kun...), k.on...) {
				y = readingKey(strings.SplitN(strings.Trim(y, "-"), ".", 2)[0])
				if y != "" && !containsString(rs, y) {
					rs = append(rs, y)
				}
				if len(rs) == 3 {
					break
				}
			}
		}
		if len(rs) == 0 {
			return nil
		}
		var next []string
		for _, c := range combos {
			for _, y := range rs {
				if len(next) < limit*3 {
					next = append(next, c+y)
				}
			}
		}
		combos = next
	}
	out := make([]NameReading, 0, len(combos))
	for _, c := range combos {
		out = append(out, NameReading{Reading: c, Source: "characters"})
	}
	return out
}

// spelling is a name the dictionaries read a given way, with the kinds they give it (ENAMDICT's letters).
type spelling struct {
	name  string
	kinds string
}

// NamesReadAs returns the names the dictionaries read as reading (hiragana or katakana) for the part, in code
// point order: the spellings OCR compares a name box's glyphs with once its フリガナ is known. Unclassified names
// count for either part. The reverse index is built on the first call (~294,000 names).
func (d *Dictionary) NamesReadAs(reading string, part NamePart) []string {
	d.loadNames()
	d.spellingsOnce.Do(func() {
		d.spellings = make(map[string][]spelling, len(d.names))
		for name, entry := range d.names {
			for _, item := range strings.Split(entry, ";") {
				r, kinds, _ := strings.Cut(item, "/")
				d.spellings[r] = append(d.spellings[r], spelling{name, kinds})
			}
		}
		for _, ss := range d.spellings {
			sort.Slice(ss, func(a, b int) bool { return ss[a].name < ss[b].name })
		}
	})
	var out []string
	for _, s := range d.spellings[kana.ToHiragana(reading)] {
		fits := part == AnyPart || strings.Contains(s.kinds, "u")
		switch part {
		case Surname:
			fits = fits || strings.Contains(s.kinds, "s")
		case GivenName:
			fits = fits || strings.ContainsAny(s.kinds, "gmf")
		}
		if fits {
			out = append(out, s.name)
		}
	}
	return out
}
