package address

import (
	"sort"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/moji/kana"
)

// LookupPostalCode returns the rows of a postal code (N-o): usually one 町域, several where a code covers more than
// one, and the 事業所 with their own code. It accepts 〒, hyphens and full-width digits.
func (d *Dictionary) LookupPostalCode(code string) ([]PostalEntry, error) {
	zip := strings.NewReplacer("〒", "", "-", "", " ", "").Replace(foldWidth(code))
	if len(zip) != 7 || !allDigits(zip) {
		return nil, kakanai.Invalid("postalCode", "郵便番号は7桁の数字で入力してください。")
	}
	i := sort.Search(len(d.postal), func(i int) bool { return d.postal[i].zip >= zip })
	var out []PostalEntry
	for ; i < len(d.postal) && d.postal[i].zip == zip; i++ {
		out = append(out, d.entry(d.postal[i]))
	}
	if len(out) == 0 {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "郵便番号 %s-%s は見つかりません。", zip[:3], zip[3:])
	}
	return out, nil
}

func (d *Dictionary) entry(r postalRow) PostalEntry {
	m := d.byCode[r.code]
	e := PostalEntry{PostalCode: r.zip, LGCode: m.Code, Prefecture: m.Prefecture, PrefectureKana: m.PrefectureKana,
		City: m.FullName, CityKana: m.FullKana, Town: r.town, TownKana: r.townKana, OfficeName: r.officeName,
		OfficeAddress: r.officeAddress}
	e.Address = m.Prefecture + m.FullName + r.town + r.officeAddress
	return e
}

// Prefectures lists the 47 都道府県 in the order of their codes (北海道 … 沖縄県), the order of K-i's first list.
func (d *Dictionary) Prefectures() []Place {
	out := make([]Place, 0, len(d.prefectures))
	for _, p := range d.prefectures {
		out = append(out, prefPlace(p))
	}
	return out
}

func prefPlace(p *Municipality) Place {
	return Place{Level: "prefecture", LGCode: p.Code, Prefecture: p.Name, PrefectureKana: p.Kana, Address: p.Name}
}

func muniPlace(m *Municipality) Place {
	return Place{Level: "municipality", LGCode: m.Code, Prefecture: m.Prefecture, PrefectureKana: m.PrefectureKana,
		City: m.FullName, CityKana: m.FullKana, Address: m.Prefecture + m.FullName}
}

func townPlace(m *Municipality, t *town) Place {
	p := muniPlace(m)
	p.Level = "town"
	p.Town, p.TownKana = t.name, t.kana
	p.Chome = append([]int(nil), t.chome...)
	p.PostalCodes = append([]string(nil), t.zips...)
	p.Address += t.name
	return p
}

// Municipalities lists the 市区町村 of a 都道府県 (name or code) in code order, wards of a 政令指定都市 in place of the
// city (福岡市東区, 福岡市博多区 …). K-i's second list.
func (d *Dictionary) Municipalities(prefecture string) ([]Place, error) {
	p, ok := d.Prefecture(prefecture)
	if !ok {
		return nil, kakanai.Invalid("prefecture", "都道府県 %q が見つかりません。", prefecture)
	}
	var out []Place
	for _, m := range d.units[p.Code] {
		out = append(out, muniPlace(m))
	}
	return out, nil
}

// Towns lists the 町域/大字 of a municipality (6-digit code) in 50音 order with their 丁目 where known. K-i's last
// list.
func (d *Dictionary) Towns(lgCode string) ([]Place, error) {
	m, ok := d.Municipality(lgCode)
	if !ok {
		return nil, kakanai.Invalid("lgCode", "団体コード %q が見つかりません。", lgCode)
	}
	mp := d.byCode[m.Code]
	var out []Place
	for _, t := range d.townsOf(m.Code) {
		out = append(out, townPlace(mp, t))
	}
	return out, nil
}

// Query is a search at up to three levels. Each term is a prefix written in kana (either script), romaji or
// kanji: {"ふ", "お", "お"} is the kana-initial search of K-j, {"福岡", "小郡", ""} a kanji prefix search. An empty
// term matches everything at its level; the deepest non-empty term decides the level of the results.
type Query struct {
	Prefecture string `json:"prefecture"`
	City       string `json:"city"`
	Town       string `json:"town"`
	Limit      int    `json:"limit"` // 0: 500
}

// ParseInitials turns the K-j input 「ふ,お,お」 (commas, spaces or nothing between the kana) into a Query.
func ParseInitials(s string) Query {
	s = strings.NewReplacer("、", ",", "，", ",", " ", ",", "　", ",", "/", ",").Replace(strings.TrimSpace(s))
	var parts []string
	if strings.Contains(s, ",") {
		parts = strings.Split(s, ",")
	} else {
		for _, r := range s {
			parts = append(parts, string(r))
		}
	}
	var q Query
	for i, p := range parts {
		switch i {
		case 0:
			q.Prefecture = p
		case 1:
			q.City = p
		case 2:
			q.Town = p
		}
	}
	return q
}

// Search finds 都道府県, 市区町村 or 町域 whose reading or name starts with the query's terms (K-j; also the
// prefix search by kana or kanji at each level). Results are in K-i order: 都道府県 and 市区町村 by code, 町域 by
// reading.
func (d *Dictionary) Search(q Query) []Place {
	limit := q.Limit
	if limit <= 0 {
		limit = 500
	}
	pm, cm, tm := newTermMatcher(q.Prefecture), newTermMatcher(q.City), newTermMatcher(q.Town)
	level := 0
	switch {
	case q.Town != "":
		level = 2
	case q.City != "":
		level = 1
	}
	var out []Place
	for _, p := range d.prefectures {
		if !pm.match(p.Name, p.rkey) && !pm.match(trimPrefSuffix(p.Name), p.rkey) {
			continue
		}
		if level == 0 {
			out = append(out, prefPlace(p))
			if len(out) >= limit {
				return out
			}
			continue
		}
		for _, m := range d.units[p.Code] {
			if !matchMunicipality(cm, d, m) {
				continue
			}
			if level == 1 {
				out = append(out, muniPlace(m))
				if len(out) >= limit {
					return out
				}
				continue
			}
			for _, t := range d.townsOf(m.Code) {
				if tm.matchTown(t) {
					out = append(out, townPlace(m, t))
					if len(out) >= limit {
						return out
					}
				}
			}
		}
	}
	return out
}

// matchMunicipality accepts a municipality by its own name or reading, by the name with its 郡 (三井郡大刀洗町,
// みいぐん…), by a ward's full name (福岡市博多区) or Japan Post's spelling.
func matchMunicipality(cm termMatcher, d *Dictionary, m *Municipality) bool {
	if cm.match(m.Name, m.rkey) || cm.match(m.FullName, m.fullRkey) {
		return true
	}
	if m.postalName != "" && cm.match(m.postalName, "") {
		return true
	}
	return false
}

// termMatcher holds a search term in the forms it is compared in.
type termMatcher struct {
	empty      bool
	reading    string // folded hiragana when the term is kana or romaji
	kanji      string
	kanjiMatch string
}

func newTermMatcher(term string) termMatcher {
	term = strings.TrimSpace(term)
	if term == "" {
		return termMatcher{empty: true}
	}
	if kana.IsKana(term) || kana.IsASCIILetters(term) {
		if r, ok := kana.Reading(term); ok {
			return termMatcher{reading: readingKey(r)}
		}
	}
	return termMatcher{kanji: term, kanjiMatch: matchForm(term)}
}

// readingKey compares readings without regard to script, small kana or prolonged sound marks, but keeps voicing:
// ぶ (豊前市) is not ふ.
func readingKey(s string) string {
	h := kana.ToHiragana(s)
	var b strings.Builder
	for _, r := range h {
		if r == 'ー' || r == '・' || r == ' ' || r == '　' {
			continue
		}
		b.WriteRune(kana.Large(r))
	}
	return b.String()
}

// match compares with a name and its precomputed readingKey.
func (t termMatcher) match(name, rkey string) bool {
	switch {
	case t.empty:
		return true
	case t.reading != "":
		return rkey != "" && strings.HasPrefix(rkey, t.reading)
	default:
		return strings.HasPrefix(name, t.kanji) || strings.HasPrefix(matchForm(name), t.kanjiMatch)
	}
}

func (t termMatcher) matchTown(tw *town) bool {
	switch {
	case t.empty:
		return true
	case t.reading != "":
		return strings.HasPrefix(tw.rkey, t.reading)
	default:
		return strings.HasPrefix(tw.name, t.kanji) || strings.HasPrefix(tw.match, t.kanjiMatch)
	}
}
