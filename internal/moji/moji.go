// Package moji is the character dictionary of the counter: single-kanji search by reading, radical, strokes and
// components (A7), the MJ文字 (文字情報基盤) behind every character with its IVS (H1), conversion to the character set
// of the core system through the MJ縮退マップ and the tenant's 外字 table (I1), a variant-insensitive matching key
// for search (髙橋 finds 高橋), and readings of names.
//
// The package is pure: no database, no HTTP, no GraphQL. Its data is derived by `go run ./internal/moji/gen` from
// the sources in shared/DATA.md and embedded (data/, licences in data/LICENSE.md); Default() loads it once.
package moji

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kakanai/kakanai/internal/moji/kana"
)

//go:embed data/*.tsv data/*.tsv.gz
var dataFS embed.FS

// Dictionary holds the loaded character data. It is immutable after Load and safe for concurrent use; name
// readings load on first use.
type Dictionary struct {
	mjs     []mjEntry
	byMJ    map[string]int32 // "MJ028902" → index
	byUCS   map[rune]int32   // plain code point → MJ drawn by it
	byIVS   map[string]int32 // base + selector → MJ
	byBase  map[rune][]int32 // 対応するUCS → every MJ of that character
	aj1     map[string]aj1Entry
	kanji   map[rune]*kanjiEntry
	reading map[string][]rune // reading key → characters
	radical map[int][]rune
	radSyms map[string]int // radical character or variant → number
	radChar [215]string
	comps   map[string]string // RADKFILE component → kanji
	jis208  map[rune]bool
	jis213  map[rune]bool
	fold    map[rune]rune
	reverse map[rune][]rune // key → characters folding to it

	rankOnce sync.Once
	rank     map[rune]int32 // counter order of every character (sortForCounter)

	namesOnce sync.Once
	names     map[string]string // name → "reading/types;…"
	namesErr  error

	spellingsOnce sync.Once
	spellings     map[string][]spelling // hiragana reading → names read so
}

type mjEntry struct {
	mj, ucs, ivs string
	base         rune
	strokes      int16
	rs           []radStroke
	readings     []string
	koseki, juki string
	x0213        string // kuten
	x0213Kubun   int8   // 0: the JIS glyph, 2: unified by a 包摂 rule, -1 none
	shukutai     []shukutai
	policy       string
}

type radStroke struct{ radical, rest int16 }

type shukutai struct {
	to    string
	table byte
}

type aj1Entry struct {
	cid  int
	mj   string
	rule string
}

type kanjiEntry struct {
	r               rune
	on, kun, nanori []string
	radical         int
	strokes         int
	grade, freq     int
	inKanjidic      bool
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the embedded dictionary, loading it on first use. It panics if the embedded data is corrupt,
// which the package's tests rule out.
func Default() *Dictionary {
	defaultOnce.Do(func() { defaultDict, defaultErr = Load() })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultDict
}

func readData(name string) (string, error) {
	raw, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		return "", err
	}
	if strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			return "", fmt.Errorf("moji: %s: %w", name, err)
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return "", fmt.Errorf("moji: %s: %w", name, err)
		}
	}
	return string(raw), nil
}

// eachLine calls f with the tab-separated fields of every non-comment line.
func eachLine(data string, f func([]string) error) error {
	for len(data) > 0 {
		i := strings.IndexByte(data, '\n')
		if i < 0 {
			i = len(data)
		}
		line := data[:i]
		data = data[min(i+1, len(data)):]
		if line == "" || line[0] == '#' {
			continue
		}
		if err := f(strings.Split(line, "\t")); err != nil {
			return err
		}
	}
	return nil
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// Load parses the embedded data into a new Dictionary (without the name readings, which load on first use).
func Load() (*Dictionary, error) {
	// Sized for the data (58,862 MJ characters, 14,684 Adobe-Japan1 sequences …): rehashing was a third of Load.
	d := &Dictionary{byMJ: make(map[string]int32, 60000), byUCS: make(map[rune]int32, 54000),
		byIVS: make(map[string]int32, 12000), byBase: make(map[rune][]int32, 54000), aj1: make(map[string]aj1Entry, 15000),
		kanji: make(map[rune]*kanjiEntry, 56000), reading: make(map[string][]rune, 40000), radical: map[int][]rune{},
		radSyms: map[string]int{}, comps: map[string]string{}, jis208: make(map[rune]bool, 7000),
		jis213: make(map[rune]bool, 12000), fold: make(map[rune]rune, 20000)}
	// Two independent halves in parallel: the MJ table is as large as all the rest together.
	type step struct {
		file string
		f    func(string) error
	}
	run := func(steps []step) error {
		for _, s := range steps {
			data, err := readData(s.file)
			if err != nil {
				return err
			}
			if err := s.f(data); err != nil {
				return fmt.Errorf("moji: %s: %w", s.file, err)
			}
		}
		return nil
	}
	errc := make(chan error, 1)
	go func() { errc <- run([]step{{"mj.tsv.gz", d.loadMJ}}) }()
	err := run([]step{{"kanjidic.tsv.gz", d.loadKanjidic}, {"aj1ivs.tsv.gz", d.loadAJ1}, {"fold.tsv.gz", d.loadFold},
		{"radicals.tsv", d.loadRadicals}, {"radkfile.tsv.gz", d.loadRadk}, {"charsets.tsv", d.loadCharsets}})
	if errMJ := <-errc; errMJ != nil {
		return nil, errMJ
	}
	if err != nil {
		return nil, err
	}
	d.indexReadings()
	d.reverse = map[rune][]rune{}
	for from, to := range d.fold {
		d.reverse[to] = append(d.reverse[to], from)
	}
	for k, list := range d.reverse {
		d.reverse[k] = uniqueRunes(list)
	}
	return d, nil
}

var shukutaiCodes = map[byte]string{
	'J': "JIS包摂規準UCS統合規則", '1': "法務省告示582号別表第四_一", '2': "法務省告示582号別表第四_二",
	'K': "戸籍統一文字情報_親字正字", 'Z': "民一2842号通達別表_誤字俗字正字一覧表_俗字",
	'M': "民一2842号通達別表_誤字俗字正字一覧表_無印", 'B': "民一2842号通達別表_誤字俗字正字一覧表_別字",
	'S': "民二5202号通知別表_正字俗字等対照表", 'D': "辞書類等による関連字", 'Y': "読み字形による類推",
}

func (d *Dictionary) loadMJ(data string) error {
	d.mjs = make([]mjEntry, 0, 60000)
	return eachLine(data, func(f []string) error {
		if len(f) != 12 {
			return fmt.Errorf("%d fields in %q", len(f), f)
		}
		e := mjEntry{mj: "MJ" + f[0], ucs: f[1], ivs: f[2], base: firstRune(f[3]), koseki: f[7], juki: f[8], policy: f[11],
			x0213Kubun: -1}
		n, _ := strconv.Atoi(f[4])
		e.strokes = int16(n)
		for _, rs := range strings.Split(f[5], ",") {
			if rs == "" {
				continue
			}
			r, rest, ok := strings.Cut(rs, ".")
			rn, _ := strconv.Atoi(r)
			restN := -1
			if ok {
				restN, _ = strconv.Atoi(rest)
			}
			e.rs = append(e.rs, radStroke{int16(rn), int16(restN)})
		}
		if f[6] != "" {
			e.readings = strings.Split(f[6], " ")
		}
		if kuten, kubun, ok := strings.Cut(f[9], ":"); ok {
			e.x0213 = kuten
			k, _ := strconv.Atoi(kubun)
			e.x0213Kubun = int8(k)
		}
		for _, c := range strings.Split(f[10], ",") {
			if to, code, ok := strings.Cut(c, ":"); ok && len(code) == 1 {
				e.shukutai = append(e.shukutai, shukutai{to, code[0]})
			}
		}
		i := int32(len(d.mjs))
		d.mjs = append(d.mjs, e)
		d.byMJ[e.mj] = i
		if e.ucs != "" {
			d.byUCS[firstRune(e.ucs)] = i
		}
		if e.ivs != "" {
			d.byIVS[e.ivs] = i
		}
		if e.base != 0 {
			d.byBase[e.base] = append(d.byBase[e.base], i)
		}
		return nil
	})
}

func (d *Dictionary) loadKanjidic(data string) error {
	return eachLine(data, func(f []string) error {
		if len(f) != 11 {
			return fmt.Errorf("%d fields", len(f))
		}
		k := &kanjiEntry{r: firstRune(f[0]), inKanjidic: true}
		k.on, k.kun, k.nanori = fields(f[1]), fields(f[2]), fields(f[3])
		k.radical, _ = strconv.Atoi(f[4])
		k.strokes, _ = strconv.Atoi(f[5])
		k.grade, _ = strconv.Atoi(f[6])
		k.freq, _ = strconv.Atoi(f[7])
		d.kanji[k.r] = k
		return nil
	})
}

func fields(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, " ")
}

func (d *Dictionary) loadAJ1(data string) error {
	return eachLine(data, func(f []string) error {
		if len(f) != 4 {
			return fmt.Errorf("%d fields", len(f))
		}
		cid, _ := strconv.Atoi(f[1])
		e := aj1Entry{cid: cid, rule: f[3]}
		if f[2] != "" {
			e.mj = "MJ" + f[2]
		}
		d.aj1[f[0]] = e
		return nil
	})
}

func (d *Dictionary) loadFold(data string) error {
	return eachLine(data, func(f []string) error {
		d.fold[firstRune(f[0])] = firstRune(f[1])
		return nil
	})
}

func (d *Dictionary) loadRadicals(data string) error {
	return eachLine(data, func(f []string) error {
		n, err := strconv.Atoi(f[0])
		if err != nil || n < 1 || n > 214 {
			return fmt.Errorf("radical %q", f[0])
		}
		d.radChar[n] = f[2]
		d.radSyms[f[0]] = n
		for _, s := range append([]string{f[1], f[2]}, fields(f[3])...) {
			if s != "" {
				if _, dup := d.radSyms[s]; !dup {
					d.radSyms[s] = n
				}
			}
		}
		return nil
	})
}

func (d *Dictionary) loadRadk(data string) error {
	return eachLine(data, func(f []string) error {
		if len(f) != 3 {
			return fmt.Errorf("%d fields", len(f))
		}
		d.comps[f[0]] = f[2]
		return nil
	})
}

func (d *Dictionary) loadCharsets(data string) error {
	return eachLine(data, func(f []string) error {
		var m map[rune]bool
		switch f[0] {
		case "jisx0208":
			m = d.jis208
		case "jisx0213":
			m = d.jis213
		default:
			return fmt.Errorf("unknown set %q", f[0])
		}
		for _, r := range f[1] {
			m[r] = true
		}
		return nil
	})
}

// indexReadings builds the kanji entries of characters known only to the MJ data (髙) and the reading index:
// 音読み and 訓読み in hiragana, 訓読み both whole (たかい) and without okurigana (たか), and 名乗り.
func (d *Dictionary) indexReadings() {
	for i := range d.mjs {
		e := &d.mjs[i]
		if e.ucs == "" {
			continue
		}
		r := firstRune(e.ucs)
		k := d.kanji[r]
		if k == nil {
			k = &kanjiEntry{r: r, strokes: int(e.strokes)}
			if len(e.rs) > 0 {
				k.radical = int(e.rs[0].radical)
			}
			for _, y := range e.readings {
				if isKatakana(y) {
					k.on = append(k.on, y)
				} else {
					k.kun = append(k.kun, y)
				}
			}
			d.kanji[r] = k
		}
	}
	add := func(key string, r rune) {
		if key == "" {
			return
		}
		list := d.reading[key]
		if len(list) > 0 && list[len(list)-1] == r {
			return
		}
		d.reading[key] = append(list, r)
	}
	for r, k := range d.kanji {
		for _, y := range k.on {
			add(readingKey(y), r)
		}
		for _, y := range append(append([]string(nil), k.kun...), k.nanori...) {
			add(readingKey(y), r)
			if stem, _, ok := strings.Cut(strings.Trim(y, "-"), "."); ok {
				add(readingKey(stem), r)
			}
		}
		// The MJ readings of the plain character, when kanjidic knows it too (kanjidic's are a subset).
		if i, ok := d.byUCS[r]; ok && k.inKanjidic {
			for _, y := range d.mjs[i].readings {
				add(readingKey(y), r)
			}
		}
		for _, rs := range d.radicalsOf(r) {
			d.radical[rs] = append(d.radical[rs], r)
		}
	}
	for key, list := range d.reading {
		d.reading[key] = uniqueRunes(list)
	}
	for n, list := range d.radical {
		d.radical[n] = uniqueRunes(list)
	}
}

func uniqueRunes(list []rune) []rune {
	sort.Slice(list, func(i, j int) bool { return list[i] < list[j] })
	out := list[:0]
	for i, r := range list {
		if i == 0 || r != list[i-1] {
			out = append(out, r)
		}
	}
	return out
}

// radicalsOf lists the radicals a character is indexed under: kanjidic's classical radical and the MJ data's.
func (d *Dictionary) radicalsOf(r rune) []int {
	var out []int
	if k := d.kanji[r]; k != nil && k.radical > 0 {
		out = append(out, k.radical)
	}
	if i, ok := d.byUCS[r]; ok {
		for _, rs := range d.mjs[i].rs {
			if !containsInt(out, int(rs.radical)) {
				out = append(out, int(rs.radical))
			}
		}
	}
	return out
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func isKatakana(s string) bool {
	for _, r := range s {
		if !(r >= 'ァ' && r <= 'ヺ') && r != 'ー' {
			return false
		}
	}
	return s != ""
}

// readingKey is the form readings are indexed and searched in: hiragana, no okurigana marks.
func readingKey(s string) string {
	if strings.ContainsAny(s, ".-") {
		s = strings.Map(func(r rune) rune {
			if r == '.' || r == '-' {
				return -1
			}
			return r
		}, s)
	}
	return kana.ToHiragana(s)
}
