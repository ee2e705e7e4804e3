package address

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/moji/kana"
)

// Master is a city's own address master (管内住所マスタ): the 町字 inside the city with their readings, 丁目 and,
// optionally, the 番地 that exist. It is a plain value: the tenant's copy is persisted elsewhere, imported from and
// exported to CSV here.
type Master struct {
	LGCode     string `json:"lgCode"`
	Prefecture string `json:"prefecture"`
	City       string `json:"city"`
	// Source is "csv" for a master the city imported and "default" for one derived from the postal data. Only a
	// city's own master is strict about 丁目 and 番地; the default one warns instead (its 丁目 may be estimates).
	Source string       `json:"source"`
	Towns  []MasterTown `json:"towns"`
}

// MasterTown is one 町字 of the master.
type MasterTown struct {
	Name   string  `json:"name"`
	Kana   string  `json:"kana"`             // full-width katakana
	Chome  []int   `json:"chome,omitempty"`  // the 丁目 that exist; empty when the 町字 has none
	Banchi []Range `json:"banchi,omitempty"` // the 番地 that exist; empty when not recorded
}

// Range is an inclusive range of numbers.
type Range struct {
	From int `json:"from"`
	To   int `json:"to"`
}

func (m *Master) covers(d *Dictionary, code string) bool {
	if m == nil {
		return false
	}
	if code == m.LGCode {
		return true
	}
	// A 政令指定都市's master covers its wards.
	if mu, ok := d.byCode[code]; ok && mu.ParentCode == m.LGCode {
		return true
	}
	return false
}

func (m *Master) entries() []townEntry {
	out := make([]townEntry, len(m.Towns))
	for i, t := range m.Towns {
		out[i] = townEntry{name: t.Name, kana: t.Kana, chome: t.Chome, match: matchForm(t.Name)}
	}
	return out
}

func (m *Master) town(name string) *MasterTown {
	for i := range m.Towns {
		if m.Towns[i].Name == name {
			return &m.Towns[i]
		}
	}
	return nil
}

// DefaultMaster derives a master for a city from the nationwide dictionary: every 町域/大字 of its postal codes
// with the 丁目 known for it. For 小郡市 (402168) that is the 35 大字 and 町 of 838-01xx, あすみ included, with the
// 丁目 of 三国が丘, 希みが丘, 美鈴が丘, 美鈴の杜 and 祇園 (see defaultChome).
func (d *Dictionary) DefaultMaster(lgCode string) (*Master, error) {
	mu, ok := d.Municipality(lgCode)
	if !ok {
		return nil, kakanai.Invalid("lgCode", "団体コード %q が見つかりません。", lgCode)
	}
	m := &Master{LGCode: mu.Code, Prefecture: mu.Prefecture, City: mu.FullName, Source: "default"}
	codes := []string{mu.Code}
	if mu.Kind == "designatedCity" {
		codes = codes[:0]
		for _, w := range d.wardsOf(d.byCode[mu.Code]) {
			codes = append(codes, w.Code)
		}
	}
	seen := map[string]bool{}
	for _, c := range codes {
		for _, t := range d.townsOf(c) {
			if seen[t.name] {
				continue
			}
			seen[t.name] = true
			mt := MasterTown{Name: t.name, Kana: t.kana, Chome: append([]int(nil), t.chome...)}
			if ch, ok := defaultChome[mu.Code][t.name]; ok {
				mt.Chome = ch
			}
			m.Towns = append(m.Towns, mt)
		}
	}
	return m, nil
}

// DefaultMaster is Default().DefaultMaster.
func DefaultMaster(lgCode string) (*Master, error) { return Default().DefaultMaster(lgCode) }

// InCity is the answer of IsInCity.
type InCity struct {
	InCity bool `json:"inCity"`
	// Reason says why not, in Japanese, for the screen (N-y: the error shown on a 転入's new address).
	Reason  string  `json:"reason,omitempty"`
	Address Address `json:"address"`
}

// IsInCity reports whether an address lies inside the city of the master (N-y): its 市区町村 is the master's and
// its 町字 (and, in a city's own master, its 丁目 and 番地) are in the master.
func IsInCity(m *Master, address string) InCity { return Default().IsInCity(m, address) }

// IsInCity is the package-level IsInCity on this dictionary.
func (d *Dictionary) IsInCity(m *Master, address string) InCity {
	a, err := d.normalize(address, m)
	res := InCity{Address: a}
	if err != nil {
		res.Reason = kakanai.ErrorMessage(err)
		return res
	}
	if !m.covers(d, a.LGCode) {
		res.Reason = fmt.Sprintf("%sの住所ではありません（%s%s）。", m.City, a.Prefecture, a.City)
		return res
	}
	t := m.town(a.Town)
	if t == nil {
		res.Reason = fmt.Sprintf("町字が%sの住所マスタにありません。", m.City)
		return res
	}
	strict := m.Source == "csv"
	if len(t.Chome) > 0 {
		switch {
		case a.Chome == 0:
			res.Address.Warnings = append(res.Address.Warnings, "丁目がありません。")
		case !containsInt(t.Chome, a.Chome):
			msg := fmt.Sprintf("%sに%s丁目はありません。", t.Name, kanjiNumeral(a.Chome))
			if strict {
				res.Reason = msg
				return res
			}
			res.Address.Warnings = append(res.Address.Warnings, msg+"（既定の住所マスタによる。市の住所マスタで確認してください）")
		}
	}
	if a.Banchi == "" {
		res.Address.Warnings = append(res.Address.Warnings, "番地がありません。")
	} else if len(t.Banchi) > 0 {
		n, _ := strconv.Atoi(a.Banchi)
		if !inRanges(t.Banchi, n) {
			msg := fmt.Sprintf("%sに%s番地はありません。", t.Name, a.Banchi)
			if strict {
				res.Reason = msg
				return res
			}
			res.Address.Warnings = append(res.Address.Warnings, msg)
		}
	}
	res.InCity = true
	return res
}

func containsInt(list []int, n int) bool {
	for _, x := range list {
		if x == n {
			return true
		}
	}
	return false
}

func inRanges(rs []Range, n int) bool {
	for _, r := range rs {
		if n >= r.From && n <= r.To {
			return true
		}
	}
	return false
}

// masterHeader is the CSV layout: 町字, かな, 丁目 (「1-7」 or 「1,2,5」), 番地 (「1-3000」 or 「1-120;200-250」).
var masterHeader = []string{"町字", "かな", "丁目", "番地"}

// ParseMasterCSV imports a city's master from CSV (UTF-8, with or without BOM, or Shift_JIS as Excel writes it).
// The first row is the header 町字,かな,丁目,番地; 丁目 and 番地 may be empty. Errors name the row and column
// (e.g. field "csv.3.丁目").
func (d *Dictionary) ParseMasterCSV(lgCode string, r io.Reader) (*Master, error) {
	mu, ok := d.Municipality(lgCode)
	if !ok {
		return nil, kakanai.Invalid("lgCode", "団体コード %q が見つかりません。", lgCode)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if !utf8.Valid(data) {
		if data, _, err = transform.Bytes(japanese.ShiftJIS.NewDecoder(), data); err != nil {
			return nil, kakanai.Invalid("csv", "CSVの文字コードを読めません（UTF-8 または Shift_JIS）。")
		}
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, kakanai.Invalid("csv", "CSVを読めません: %v", err)
	}
	if len(rows) == 0 || strings.TrimSpace(rows[0][0]) != masterHeader[0] {
		return nil, kakanai.Invalid("csv.1", "1行目は見出し（%s）にしてください。", strings.Join(masterHeader, ","))
	}
	m := &Master{LGCode: mu.Code, Prefecture: mu.Prefecture, City: mu.FullName, Source: "csv"}
	seen := map[string]int{}
	for i, row := range rows[1:] {
		line := i + 2
		for len(row) < 4 {
			row = append(row, "")
		}
		name := strings.TrimSpace(row[0])
		if name == "" {
			continue
		}
		field := func(col int) string { return fmt.Sprintf("csv.%d.%s", line, masterHeader[col]) }
		if prev, dup := seen[name]; dup {
			return nil, kakanai.Invalid(field(0), "%d行目の町字「%s」は%d行目と重複しています。", line, name, prev)
		}
		seen[name] = line
		t := MasterTown{Name: name}
		if k := strings.TrimSpace(row[1]); k != "" {
			if reading, ok := kana.Reading(k); !ok || !kana.IsKana(reading) {
				return nil, kakanai.Invalid(field(1), "%d行目のかなはひらがなかカタカナで入力してください。", line)
			}
			t.Kana = kana.ToKatakana(k)
		}
		ranges, err := parseRanges(row[2])
		if err != nil {
			return nil, kakanai.Invalid(field(2), "%d行目の丁目を読めません（例: 1-7 または 1,2,5）。", line)
		}
		for _, r := range ranges {
			for n := r.From; n <= r.To; n++ {
				t.Chome = append(t.Chome, n)
			}
		}
		if t.Banchi, err = parseRanges(row[3]); err != nil {
			return nil, kakanai.Invalid(field(3), "%d行目の番地を読めません（例: 1-3000 または 1-120;200-250）。", line)
		}
		m.Towns = append(m.Towns, t)
	}
	if len(m.Towns) == 0 {
		return nil, kakanai.Invalid("csv", "町字が1件もありません。")
	}
	sort.SliceStable(m.Towns, func(i, j int) bool { return m.Towns[i].Kana < m.Towns[j].Kana })
	return m, nil
}

// ParseMasterCSV is Default().ParseMasterCSV.
func ParseMasterCSV(lgCode string, r io.Reader) (*Master, error) {
	return Default().ParseMasterCSV(lgCode, r)
}

func parseRanges(s string) ([]Range, error) {
	s = strings.NewReplacer("～", "-", "〜", "-", "、", ",", ";", ",", "；", ",").Replace(foldWidth(strings.TrimSpace(s)))
	if s == "" {
		return nil, nil
	}
	var out []Range
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		from, to, isRange := strings.Cut(part, "-")
		a, err := strconv.Atoi(strings.TrimSpace(from))
		if err != nil || a <= 0 {
			return nil, fmt.Errorf("range %q", part)
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(strings.TrimSpace(to)); err != nil || b < a {
				return nil, fmt.Errorf("range %q", part)
			}
		}
		out = append(out, Range{a, b})
	}
	return out, nil
}

// WriteCSV exports the master in the layout ParseMasterCSV reads (UTF-8 with BOM, so that Excel opens it).
func (m *Master) WriteCSV(w io.Writer) error {
	if _, err := w.Write([]byte("\xEF\xBB\xBF")); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(masterHeader); err != nil {
		return err
	}
	for _, t := range m.Towns {
		var banchi []string
		for _, r := range t.Banchi {
			banchi = append(banchi, formatRange(r))
		}
		if err := cw.Write([]string{t.Name, kana.ToHiragana(t.Kana), formatChome(t.Chome), strings.Join(banchi, ";")}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func formatRange(r Range) string {
	if r.From == r.To {
		return strconv.Itoa(r.From)
	}
	return fmt.Sprintf("%d-%d", r.From, r.To)
}

// formatChome writes consecutive 丁目 as a range (1-7) and others as a list (1,2,5).
func formatChome(ch []int) string {
	if len(ch) == 0 {
		return ""
	}
	consecutive := true
	for i := 1; i < len(ch); i++ {
		if ch[i] != ch[i-1]+1 {
			consecutive = false
		}
	}
	if consecutive && len(ch) > 1 {
		return fmt.Sprintf("%d-%d", ch[0], ch[len(ch)-1])
	}
	parts := make([]string, len(ch))
	for i, n := range ch {
		parts[i] = strconv.Itoa(n)
	}
	return strings.Join(parts, ",")
}
