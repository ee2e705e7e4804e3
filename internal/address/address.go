// Package address is the nationwide address dictionary of the counter: 都道府県 → 市区町村 (6-digit 全国地方公共団体コード
// with readings) → 町域/大字 (with readings) → 丁目 where known, postal codes (including 事業所 codes), the
// kana-initial search of K-j, the ordered lists of K-i, address normalisation, and the city's own address master
// with the in-city check of N-y. The same functions serve 本籍.
//
// The package is pure: no database, no HTTP, no GraphQL. Its data is derived from the npm packages named in
// shared/DATA.md by `go run ./internal/address/gen` and embedded (data/, with data/LICENSE.md); nothing is
// downloaded at run time. Default() loads it once.
package address

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/kakanai/kakanai/internal/moji/kana"
)

//go:embed data/municipalities.tsv
var municipalitiesTSV []byte

//go:embed data/postal.tsv.gz
var postalTSVGZ []byte

// Municipality is a 都道府県, a 市区町村 or a 政令指定都市の区. Kana is full-width katakana.
type Municipality struct {
	Code string `json:"code"` // 6-digit 全国地方公共団体コード with check digit
	// Kind: prefecture, city, designatedCity, ward (区 of a 政令指定都市), specialWard (東京都の特別区), town, village.
	Kind string `json:"kind"`
	Name string `json:"name"` // 小郡市, 博多区, 大刀洗町
	Kana string `json:"kana"`
	// FullName is the name as written in an address after the 都道府県: 福岡市博多区, 三井郡大刀洗町.
	FullName       string `json:"fullName"`
	FullKana       string `json:"fullKana"`
	County         string `json:"county,omitempty"` // 郡, for 町 and 村
	CountyKana     string `json:"countyKana,omitempty"`
	PrefectureCode string `json:"prefectureCode"`
	Prefecture     string `json:"prefecture"`
	PrefectureKana string `json:"prefectureKana"`
	ParentCode     string `json:"parentCode,omitempty"` // the 政令指定都市 of a ward, the 都道府県 otherwise

	postalName     string   // Japan Post's spelling when it differs (須惠町 for 須恵町)
	rkey, fullRkey string   // readingKey of Kana and FullKana
	matchNames     []string // matchForm of the names an address may use for it (cityNames)
}

// PostalEntry is one postal code row: a 町域, or a 事業所 with its own code.
type PostalEntry struct {
	PostalCode     string `json:"postalCode"` // 7 digits
	LGCode         string `json:"lgCode"`
	Prefecture     string `json:"prefecture"`
	PrefectureKana string `json:"prefectureKana"`
	City           string `json:"city"` // FullName of the municipality
	CityKana       string `json:"cityKana"`
	Town           string `json:"town"` // "" when the code covers the rest of the municipality
	TownKana       string `json:"townKana"`
	OfficeName     string `json:"officeName,omitempty"`
	OfficeAddress  string `json:"officeAddress,omitempty"` // 番地 etc. after the town
	Address        string `json:"address"`                 // 福岡県小郡市小郡 (+ office address)
}

// Place is one entry of a list or a search result: a 都道府県, a 市区町村 or a 町域/大字, with everything above it.
type Place struct {
	Level          string   `json:"level"` // prefecture, municipality, town
	LGCode         string   `json:"lgCode"`
	Prefecture     string   `json:"prefecture"`
	PrefectureKana string   `json:"prefectureKana"`
	City           string   `json:"city,omitempty"`
	CityKana       string   `json:"cityKana,omitempty"`
	Town           string   `json:"town,omitempty"`
	TownKana       string   `json:"townKana,omitempty"`
	Chome          []int    `json:"chome,omitempty"` // the 丁目 known for the town
	PostalCodes    []string `json:"postalCodes,omitempty"`
	Address        string   `json:"address"` // the place written out: 福岡県小郡市小郡
}

// Dictionary is the loaded address data. It is immutable after Load and safe for concurrent use.
type Dictionary struct {
	prefectures []*Municipality          // in code order (北海道 … 沖縄県)
	byCode      map[string]*Municipality // 6-digit code → entry
	units       map[string][]*Municipality
	postal      []postalRow // sorted by postal code
	// rowsOf lists, per municipality code, the postal rows naming a 町域; the towns are built from them on first
	// use (townsOf), which keeps Load short: most requests touch a handful of municipalities.
	rowsOf map[string][]int32
	towns  map[string]*townList
}

type townList struct {
	once  sync.Once
	towns []*town
}

// units: prefecture code → the municipalities that own 町域 (cities, wards, towns, villages; not the 政令指定都市
// itself), in code order.

type postalRow struct {
	zip, code, town, townKana, officeAddress, officeName string
}

type town struct {
	name, kana string // kana: full-width katakana
	chome      []int
	zips       []string
	match      string // matchForm(name)
	rkey       string // readingKey(kana)
}

var (
	defaultOnce sync.Once
	defaultDict *Dictionary
	defaultErr  error
)

// Default returns the embedded nationwide dictionary, loading it on first use. It panics if the embedded data is
// corrupt, which the package's tests rule out.
func Default() *Dictionary {
	defaultOnce.Do(func() { defaultDict, defaultErr = Load() })
	if defaultErr != nil {
		panic(defaultErr)
	}
	return defaultDict
}

// Load parses the embedded data into a new Dictionary.
func Load() (*Dictionary, error) {
	d := &Dictionary{byCode: map[string]*Municipality{}, units: map[string][]*Municipality{}, rowsOf: map[string][]int32{},
		towns: map[string]*townList{}}
	if err := d.loadMunicipalities(municipalitiesTSV); err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(postalTSVGZ))
	if err != nil {
		return nil, fmt.Errorf("address: postal data: %w", err)
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("address: postal data: %w", err)
	}
	if err := d.loadPostal(string(raw)); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Dictionary) loadMunicipalities(data []byte) error {
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 8 {
			return fmt.Errorf("address: municipalities.tsv: %q", line)
		}
		m := &Municipality{Code: f[0], Kind: f[1], Name: f[2], Kana: kana.ToKatakana(f[3]), ParentCode: f[4],
			County: f[5], CountyKana: kana.ToKatakana(f[6]), postalName: f[7]}
		d.byCode[m.Code] = m
		if m.Kind == "prefecture" {
			d.prefectures = append(d.prefectures, m)
		}
	}
	for _, m := range d.byCode {
		pref := d.byCode[m.Code[:2]+"000"+string(checkDigitOf(m.Code[:2]+"000"))]
		if pref == nil {
			return fmt.Errorf("address: no prefecture for %s", m.Code)
		}
		m.PrefectureCode, m.Prefecture, m.PrefectureKana = pref.Code, pref.Name, pref.Kana
		m.FullName, m.FullKana = m.County+m.Name, m.CountyKana+m.Kana
		if m.Kind == "ward" {
			if p := d.byCode[m.ParentCode]; p != nil {
				m.FullName, m.FullKana = p.Name+m.Name, p.Kana+m.Kana
			}
		}
		m.rkey, m.fullRkey = readingKey(m.Kana), readingKey(m.FullKana)
		m.matchNames = cityNames(m)
		if m.Kind != "prefecture" && m.Kind != "designatedCity" {
			d.units[pref.Code] = append(d.units[pref.Code], m)
		}
	}
	sort.Slice(d.prefectures, func(i, j int) bool { return d.prefectures[i].Code < d.prefectures[j].Code })
	for _, list := range d.units {
		sort.Slice(list, func(i, j int) bool { return list[i].Code < list[j].Code })
	}
	if len(d.prefectures) != 47 {
		return fmt.Errorf("address: %d prefectures", len(d.prefectures))
	}
	return sc.Err()
}

// checkDigitOf computes the 全国地方公共団体コード check digit of a 5-digit code (DOMAIN.md: weights 6,5,4,3,2,
// CD = (11 − S mod 11) mod 10).
func checkDigitOf(code5 string) byte {
	s := 0
	for i, w := range []int{6, 5, 4, 3, 2} {
		s += int(code5[i]-'0') * w
	}
	return byte('0' + (11-s%11)%10)
}

func (d *Dictionary) loadPostal(raw string) error {
	d.postal = make([]postalRow, 0, strings.Count(raw, "\n"))
	for len(raw) > 0 {
		i := strings.IndexByte(raw, '\n')
		if i < 0 {
			i = len(raw)
		}
		line := raw[:i]
		raw = raw[min(i+1, len(raw)):]
		if line == "" || line[0] == '#' {
			continue
		}
		var f [6]string
		for k := 0; k < 5; k++ {
			j := strings.IndexByte(line, '\t')
			if j < 0 {
				return fmt.Errorf("address: postal.tsv: %q", line)
			}
			f[k], line = line[:j], line[j+1:]
		}
		f[5] = line
		r := postalRow{zip: f[0], code: f[1], town: f[2], townKana: f[3], officeAddress: f[4], officeName: f[5]}
		if d.byCode[r.code] == nil {
			return fmt.Errorf("address: postal %s: unknown code %s", r.zip, r.code)
		}
		if r.officeName == "" && r.town != "" {
			d.rowsOf[r.code] = append(d.rowsOf[r.code], int32(len(d.postal)))
		}
		d.postal = append(d.postal, r)
	}
	for code := range d.byCode {
		d.towns[code] = &townList{}
	}
	return nil
}

// townsOf returns the 町域 of a municipality in 50音 order, building them on first use.
func (d *Dictionary) townsOf(code string) []*town {
	tl := d.towns[code]
	if tl == nil {
		return nil
	}
	tl.once.Do(func() {
		byName := map[string]*town{}
		var list []*town
		for _, i := range d.rowsOf[code] {
			r := &d.postal[i]
			t := byName[r.town]
			if t == nil {
				t = &town{name: r.town, kana: r.townKana}
				byName[r.town] = t
				list = append(list, t)
			}
			t.zips = appendUnique(t.zips, r.zip)
		}
		list = groupChome(list)
		for _, t := range list {
			if ch, ok := defaultChome[code][t.name]; ok {
				t.chome = ch
			}
		}
		tl.towns = list
	})
	return tl.towns
}

// groupChome folds towns written 「○○N丁目」 into ○○ with its 丁目 when the municipality has more than one 丁目 of
// ○○ (a lone 「十二丁目」 in 花巻市 is the 大字's name, not a 丁目), then sorts by reading.
func groupChome(list []*town) []*town {
	type split struct {
		base, baseKana string
		n              int
	}
	splits := map[*town]split{}
	count := map[string]int{}
	for _, t := range list {
		if base, n, ok := cutChome(t.name); ok {
			splits[t] = split{base, cutChomeKana(t.kana), n}
			count[base]++
		}
	}
	var out []*town
	bases := map[string]*town{}
	for _, t := range list {
		if s, ok := splits[t]; ok && count[s.base] > 1 {
			b := bases[s.base]
			if b == nil {
				for _, o := range list {
					if o.name == s.base {
						b = o
					}
				}
				if b == nil {
					b = &town{name: s.base, kana: s.baseKana}
					out = append(out, b)
				}
				bases[s.base] = b
			}
			b.chome = append(b.chome, s.n)
			b.zips = appendUnique(b.zips, t.zips...)
			continue
		}
		out = append(out, t)
	}
	for _, t := range out {
		sort.Ints(t.chome)
		sort.Strings(t.zips)
		t.match = matchForm(t.name)
		t.rkey = readingKey(t.kana)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].kana != out[j].kana {
			return out[i].kana < out[j].kana
		}
		return out[i].name < out[j].name
	})
	return out
}

func appendUnique(list []string, more ...string) []string {
	for _, s := range more {
		found := false
		for _, x := range list {
			if x == s {
				found = true
				break
			}
		}
		if !found {
			list = append(list, s)
		}
	}
	return list
}

// cutChome splits 「昭和八丁目」 into 昭和 and 8.
func cutChome(name string) (string, int, bool) {
	rest, ok := strings.CutSuffix(name, "丁目")
	if !ok {
		return "", 0, false
	}
	rs := []rune(rest)
	i := len(rs)
	for i > 0 && (isKanjiNumeralRune(rs[i-1]) || (rs[i-1] >= '０' && rs[i-1] <= '９') || (rs[i-1] >= '0' && rs[i-1] <= '9')) {
		i--
	}
	if i == 0 || i == len(rs) {
		return "", 0, false
	}
	num := foldWidth(string(rs[i:]))
	n, err := strconv.Atoi(num)
	if err != nil {
		var ok bool
		if n, ok = parseKanjiNumber(num); !ok {
			return "", 0, false
		}
	}
	return string(rs[:i]), n, true
}

// cutChomeKana removes 「…チョウメ」 and the number's reading before it: the reading of the base is what precedes the
// number, which kana cannot delimit reliably, so the caller keeps this only as a fallback.
func cutChomeKana(k string) string {
	for _, num := range []string{"ジュウ", "イッ", "ニ", "サン", "ヨン", "ゴ", "ロク", "ナナ", "ハッ", "キュウ", "1", "2", "3",
		"4", "5", "6", "7", "8", "9", "0"} {
		if i := strings.Index(k, num); i > 0 && strings.HasSuffix(k, "チョウメ") {
			return k[:i]
		}
	}
	return strings.TrimSuffix(k, "チョウメ")
}

// Prefecture returns the 都道府県 whose name or 6-digit code is given (福岡県, 福岡, 400009, 40).
func (d *Dictionary) Prefecture(nameOrCode string) (Municipality, bool) {
	s := strings.TrimSpace(nameOrCode)
	for _, p := range d.prefectures {
		if p.Name == s || p.Code == s || p.Code[:2] == s || trimPrefSuffix(p.Name) == s {
			return *p, true
		}
	}
	return Municipality{}, false
}

func trimPrefSuffix(name string) string {
	if name == "北海道" {
		return name
	}
	for _, suf := range []string{"都", "府", "県"} {
		if t, ok := strings.CutSuffix(name, suf); ok {
			return t
		}
	}
	return name
}

// Municipality returns the entry of a 6-digit (or 5-digit, without check digit) code.
func (d *Dictionary) Municipality(code string) (Municipality, bool) {
	code = strings.TrimSpace(foldWidth(code))
	if len(code) == 5 {
		code += string(checkDigitOf(code))
	}
	m := d.byCode[code]
	if m == nil {
		return Municipality{}, false
	}
	return *m, true
}
