package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"database/sql"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/transform"
)

// kdChar is one kanjidic2 entry.
type kdChar struct {
	Literal                   string
	On, Kun, Nanori           []string
	Radical, Strokes          int
	Grade, Freq               int
	JIS208, JIS212, JIS213    string
	classicalSeen, strokeSeen bool
}

func readKanjidic(path string) (map[string]*kdChar, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	dec := xml.NewDecoder(zr)
	dec.Strict = false
	out := map[string]*kdChar{}
	var cur *kdChar
	var attr string
	var text strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			text.Reset()
			attr = ""
			for _, a := range t.Attr {
				if a.Name.Local == "cp_type" || a.Name.Local == "rad_type" || a.Name.Local == "r_type" {
					attr = a.Value
				}
			}
			if t.Name.Local == "character" {
				cur = &kdChar{}
			}
		case xml.CharData:
			text.Write(t)
		case xml.EndElement:
			if cur == nil {
				continue
			}
			v := strings.TrimSpace(text.String())
			switch t.Name.Local {
			case "literal":
				cur.Literal = v
			case "cp_value":
				switch attr {
				case "jis208":
					cur.JIS208 = v
				case "jis212":
					cur.JIS212 = v
				case "jis213":
					cur.JIS213 = v
				}
			case "rad_value":
				if attr == "classical" && !cur.classicalSeen {
					cur.Radical, _ = strconv.Atoi(v)
					cur.classicalSeen = true
				}
			case "stroke_count":
				if !cur.strokeSeen {
					cur.Strokes, _ = strconv.Atoi(v)
					cur.strokeSeen = true
				}
			case "grade":
				cur.Grade, _ = strconv.Atoi(v)
			case "freq":
				cur.Freq, _ = strconv.Atoi(v)
			case "reading":
				switch attr {
				case "ja_on":
					cur.On = append(cur.On, v)
				case "ja_kun":
					cur.Kun = append(cur.Kun, v)
				}
			case "nanori":
				cur.Nanori = append(cur.Nanori, v)
			case "character":
				if cur.Literal != "" {
					out[cur.Literal] = cur
				}
				cur = nil
			}
		}
	}
	if len(out) < 13000 {
		return nil, fmt.Errorf("%s: only %d characters", path, len(out))
	}
	return out, nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func kanjidicTSV(kd map[string]*kdChar) []byte {
	var b bytes.Buffer
	b.WriteString("# literal\ton\tkun\tnanori\tradical\tstrokes\tgrade\tfreq\tjis208\tjis212\tjis213\n")
	for _, k := range sortedKeys(kd) {
		c := kd[k]
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t%s\t%s\n", c.Literal, strings.Join(c.On, " "),
			strings.Join(c.Kun, " "), strings.Join(c.Nanori, " "), c.Radical, c.Strokes, c.Grade, c.Freq, c.JIS208,
			c.JIS212, c.JIS213)
	}
	return b.Bytes()
}

// aj1IVS resolves each Adobe-Japan1 IVS to the MJ character of the same shape where the data allows:
//
//	default: the CID is the standard glyph of the base in both JIS90 and JIS2004 Unicode CMaps → the MJ character
//	         at the plain code point;
//	jis90:   the CID is the JIS X 0208:1990 glyph → the Hanyo-Denshi sequence coded JA+kuten (the JIS90 glyph),
//	         which is also the Moji_Joho sequence of that MJ character (葛+E0100, CID+1481 → MJ022335);
//	jis2004: the CID is the JIS X 0213:2004 glyph → the MJ character whose X0213 包摂区分 is 0 for that kuten;
//
// otherwise (other CIDs, e.g. the many 㐂 variants) the row has no MJ and the library falls back to the base
// character with a warning.
func aj1IVS(db *sql.DB, mjs []*mjRow, kd map[string]*kdChar) ([]byte, error) {
	std := map[string][2]int{} // base → CID in UniJIS (JIS90), UniJIS2004
	rows, err := db.Query(`SELECT "CID", "UCS", "UniJIS", "UniJIS2004" FROM aj1 WHERE NOT "vertical" ORDER BY "CID"`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var cid, u90, u04 int
		var ucs string
		if err := rows.Scan(&cid, &ucs, &u90, &u04); err != nil {
			return nil, err
		}
		s := std[ucs]
		if u90 != 0 {
			s[0] = cid
		}
		if u04 != 0 {
			s[1] = cid
		}
		std[ucs] = s
	}
	rows.Close()
	hanyo := map[string]string{} // base + code → IVS
	if err := eachString2(db, `SELECT "IVS", "code" FROM "ivs_Hanyo-Denshi"`, func(ivs, code string) {
		r, _ := utf8.DecodeRuneInString(ivs)
		hanyo[string(r)+code] = ivs
	}); err != nil {
		return nil, err
	}
	byIVS, byUCS := map[string]*mjRow{}, map[string]*mjRow{}
	byBaseKuten := map[string][]*mjRow{}
	for _, r := range mjs {
		if r.IVS != "" {
			byIVS[r.IVS] = r
		}
		if r.UCS != "" {
			byUCS[r.UCS] = r
		}
		if kuten, kubun, ok := strings.Cut(r.X0213, ":"); ok && kubun == "0" {
			byBaseKuten[r.Base+kuten] = append(byBaseKuten[r.Base+kuten], r)
		}
	}
	type aj struct {
		ivs string
		cid int
	}
	var list []aj
	rows, err = db.Query(`SELECT "IVS", "CID" FROM "ivs_Adobe-Japan1" ORDER BY "IVS"`)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var a aj
		if err := rows.Scan(&a.ivs, &a.cid); err != nil {
			return nil, err
		}
		list = append(list, a)
	}
	rows.Close()
	var b bytes.Buffer
	b.WriteString("# ivs\tcid\tmj\trule\n")
	counts := map[string]int{}
	for _, a := range list {
		r, _ := utf8.DecodeRuneInString(a.ivs)
		base := string(r)
		s := std[base]
		mj, rule := "", ""
		switch {
		case s[0] == a.cid && s[1] == a.cid:
			if m := byUCS[base]; m != nil {
				mj, rule = m.MJ, "default"
			}
		case s[0] == a.cid:
			if c := kd[base]; c != nil && c.JIS208 != "" {
				// kanjidic2 writes plane-row-cell (1-19-75) although its DTD says row-cell.
				f := strings.Split(c.JIS208, "-")
				ri, _ := strconv.Atoi(f[len(f)-2])
				ci, _ := strconv.Atoi(f[len(f)-1])
				if ivs, ok := hanyo[base+fmt.Sprintf("JA%02d%02d", ri, ci)]; ok {
					if m := byIVS[ivs]; m != nil {
						mj, rule = m.MJ, "jis90"
					}
				}
			}
		case s[1] == a.cid:
			if m := byUCS[base]; m != nil {
				kuten, kubun, _ := strings.Cut(m.X0213, ":")
				if kubun == "0" {
					mj, rule = m.MJ, "jis2004"
				} else if c := byBaseKuten[base+kuten]; len(c) == 1 {
					mj, rule = c[0].MJ, "jis2004"
				}
			}
		}
		counts[rule]++
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\n", a.ivs, a.cid, strings.TrimPrefix(mj, "MJ"), rule)
	}
	fmt.Fprintf(os.Stderr, "moji: Adobe-Japan1 IVS resolved: %v (\"\" = unresolved)\n", counts)
	return b.Bytes(), nil
}

func eachString2(db *sql.DB, q string, f func(a, b string)) error {
	rows, err := db.Query(q)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			return err
		}
		f(a, b)
	}
	return rows.Err()
}

// foldTSV maps characters to a matching key so that variant spellings find each other (髙橋 finds 高橋): a
// compatibility ideograph to its unified character, then the first MJ縮退マップ target from the JIS 包摂規準, the
// 法務省告示582号 別表第四 or the 戸籍統一文字 親字 tables, then 康熙字典体 to 常用漢字 (joyo_kangxi), repeated until
// nothing changes.
func foldTSV(db *sql.DB, mjs []*mjRow) ([]byte, error) {
	step := map[rune]rune{}
	set := func(from, to string) {
		f, fn := utf8.DecodeRuneInString(from)
		t, tn := utf8.DecodeRuneInString(to)
		if fn != len(from) || tn != len(to) || f == t {
			return
		}
		if _, ok := step[f]; !ok {
			step[f] = t
		}
	}
	for _, r := range mjs {
		if r.UCS == "" {
			continue
		}
		if r.Base != "" && r.Base != r.UCS {
			set(r.UCS, r.Base)
			continue
		}
		for _, c := range r.Shukutai {
			target, code, _ := strings.Cut(c, ":")
			if code != "J" && code != "1" && code != "K" {
				continue
			}
			if target != r.UCS {
				set(r.UCS, target)
				break
			}
		}
	}
	if err := eachString2(db, `SELECT "康熙字典体", "漢字" FROM joyo_kangxi ORDER BY 1, 2`, func(old, joyo string) {
		set(old, joyo)
	}); err != nil {
		return nil, err
	}
	keys := make([]rune, 0, len(step))
	for k := range step {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var b bytes.Buffer
	b.WriteString("# char\tkey\n")
	for _, k := range keys {
		t := k
		seen := map[rune]bool{k: true}
		for {
			n, ok := step[t]
			if !ok || seen[n] {
				break
			}
			seen[n] = true
			t = n
		}
		if t != k {
			fmt.Fprintf(&b, "%c\t%c\n", k, t)
		}
	}
	return b.Bytes(), nil
}

// radkTSV rewrites RADKFILE as one line per component: component, its strokes, the kanji that contain it.
func radkTSV(src []byte) []byte {
	var b bytes.Buffer
	b.WriteString("# component\tstrokes\tkanji (RADKFILE, EDRDG)\n")
	sc := bufio.NewScanner(bytes.NewReader(src))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '$':
			f := strings.Fields(line)
			if len(f) < 3 {
				continue
			}
			if !first {
				b.WriteByte('\n')
			}
			first = false
			fmt.Fprintf(&b, "%s\t%s\t", f[1], f[2])
		default:
			b.WriteString(strings.TrimSpace(line))
		}
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// radicalVariants are the forms a radical takes at the side or top of a character, which staff type when they
// search by radical (氵 for 水). The number is the 康熙 radical.
var radicalVariants = map[string]int{
	"亻": 9, "𠆢": 9, "冫": 15, "刂": 18, "⺌": 42, "忄": 61, "扌": 64, "攵": 66, "氵": 85, "氺": 85, "灬": 86, "爫": 87,
	"牜": 93, "犭": 94, "王": 96, "礻": 113, "罒": 122, "耂": 125, "⺼": 130, "艹": 140, "衤": 145, "覀": 146, "訁": 149,
	"𧾷": 157, "辶": 162, "⻏": 163, "⻖": 170, "釒": 167, "飠": 184, "⺮": 118, "⺍": 42, "旡": 71, "尣": 43, "彑": 58,
}

func radicalsTSV(db *sql.DB) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# number\tradical (Kangxi radical)\tunified character\tvariants\n")
	variants := map[int][]string{}
	for _, k := range sortedKeys(radicalVariants) {
		variants[radicalVariants[k]] = append(variants[radicalVariants[k]], k)
	}
	rows, err := db.Query(`SELECT "radical_number", coalesce("radical_character",''), coalesce("radical_CJKUI",'')
		FROM radicals WHERE "radical_simplified" = 0 ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var num int
		var kangxi, cjk string
		if err := rows.Scan(&num, &kangxi, &cjk); err != nil {
			return nil, err
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\n", num, kangxi, cjk, strings.Join(variants[num], " "))
		n++
	}
	if n != 214 {
		return nil, fmt.Errorf("radicals: %d rows, want 214", n)
	}
	return b.Bytes(), rows.Err()
}

// charsetsTSV writes the repertoires of JIS X 0208 and JIS X 0213 that conversion checks against: their kanji from
// kanjidic2's jis208/jis213 code points, their non-kanji rows from golang.org/x/text's JIS X 0208 table (rows 1–8;
// for JIS X 0213 also row 13 and the kana it added). JIS-standard and Microsoft mappings of the same symbols
// (〜 and ～, ‖ and ∥, − and －) are both accepted.
func charsetsTSV(kd map[string]*kdChar) []byte {
	jis208, jis213 := map[rune]bool{}, map[rune]bool{}
	for _, c := range kd {
		r, _ := utf8.DecodeRuneInString(c.Literal)
		if c.JIS208 != "" {
			jis208[r], jis213[r] = true, true
		}
		if c.JIS213 != "" {
			jis213[r] = true
		}
	}
	dec := japanese.EUCJP.NewDecoder()
	for row := 1; row <= 13; row++ {
		for cell := 1; cell <= 94; cell++ {
			s, _, err := transform.Bytes(dec, []byte{byte(0xA0 + row), byte(0xA0 + cell)})
			r, n := utf8.DecodeRune(s)
			if err != nil || n != len(s) || r == utf8.RuneError {
				continue
			}
			if row <= 8 {
				jis208[r] = true
			}
			jis213[r] = true
		}
	}
	for _, r := range "〜‖−¢£¬—" {
		jis208[r], jis213[r] = true, true
	}
	for _, r := range "ゔゕゖヷヸヹヺㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ" {
		jis213[r] = true
	}
	var b bytes.Buffer
	b.WriteString("# set\tcharacters (besides ASCII, which every set accepts)\n")
	for _, set := range []struct {
		name string
		m    map[rune]bool
	}{{"jisx0208", jis208}, {"jisx0213", jis213}} {
		rs := make([]rune, 0, len(set.m))
		for r := range set.m {
			if r >= 0x80 {
				rs = append(rs, r)
			}
		}
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		fmt.Fprintf(&b, "%s\t%s\n", set.name, string(rs))
	}
	return b.Bytes()
}

var enamLine = regexp.MustCompile(`^(\S+) \[([^\]]+)\] /\(([^)]*)\)`)

// nameTypes keeps ENAMDICT's person-name types: surname, given name, male, female, unclassified.
var nameTypes = map[string]byte{"s": 's', "g": 'g', "m": 'm', "f": 'f', "u": 'u'}

type nameReading struct {
	reading string
	types   map[byte]bool
	cost    int // mecab-ipadic cost, lower is more common; -1 when only in ENAMDICT
}

// namesTSV merges ENAMDICT's person names and mecab-ipadic's 人名 (姓 → s, 名 → g, flag i) into
// 「漢字\tよみ/types;よみ/types」, ipadic readings first by cost.
func namesTSV(enamPath, ipadicPath string) ([]byte, error) {
	names := map[string]map[string]*nameReading{}
	add := func(kanji, reading string, t byte, cost int) {
		m := names[kanji]
		if m == nil {
			m = map[string]*nameReading{}
			names[kanji] = m
		}
		nr := m[reading]
		if nr == nil {
			nr = &nameReading{reading: reading, types: map[byte]bool{}, cost: -1}
			m[reading] = nr
		}
		nr.types[t] = true
		if cost >= 0 && (nr.cost < 0 || cost < nr.cost) {
			nr.cost = cost
		}
	}
	enam, err := readEUCJP(enamPath)
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(enam, "\n") {
		m := enamLine.FindStringSubmatch(line)
		if m == nil || !hasKanji(m[1]) {
			continue
		}
		for _, t := range strings.Split(m[3], ",") {
			if c, ok := nameTypes[t]; ok {
				add(m[1], m[2], c, -1)
			}
		}
	}
	ipa, err := readEUCJP(ipadicPath)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(strings.NewReader(ipa))
	cr.FieldsPerRecord = -1
	recs, err := cr.ReadAll()
	if err != nil {
		return nil, err
	}
	for _, r := range recs {
		if len(r) < 12 || r[6] != "人名" || !hasKanji(r[0]) {
			continue
		}
		cost, _ := strconv.Atoi(r[3])
		t := byte('s')
		if r[7] == "名" {
			t = 'g'
		}
		add(r[0], katakanaToHiragana(r[11]), t, cost)
		add(r[0], katakanaToHiragana(r[11]), 'i', cost)
	}
	var b bytes.Buffer
	b.WriteString("# name\treading/types;… (s surname, g given, m male, f female, u unclassified: ENAMDICT; i: mecab-ipadic)\n")
	for _, k := range sortedKeys(names) {
		var list []*nameReading
		for _, nr := range names[k] {
			list = append(list, nr)
		}
		sort.Slice(list, func(i, j int) bool {
			a, c := list[i], list[j]
			if (a.cost >= 0) != (c.cost >= 0) {
				return a.cost >= 0
			}
			if a.cost != c.cost {
				return a.cost < c.cost
			}
			return a.reading < c.reading
		})
		parts := make([]string, len(list))
		for i, nr := range list {
			var ts []byte
			for _, t := range []byte("sgmfui") {
				if nr.types[t] {
					ts = append(ts, t)
				}
			}
			parts[i] = nr.reading + "/" + string(ts)
		}
		fmt.Fprintf(&b, "%s\t%s\n", k, strings.Join(parts, ";"))
	}
	return b.Bytes(), nil
}

func readEUCJP(path string) (string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	out, _, err := transform.Bytes(japanese.EUCJP.NewDecoder(), raw)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return string(out), nil
}

func hasKanji(s string) bool {
	for _, r := range s {
		if (r >= 0x3400 && r <= 0x9FFF) || (r >= 0xF900 && r <= 0xFAFF) || r >= 0x20000 || r == '々' {
			return true
		}
	}
	return false
}

func katakanaToHiragana(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'ァ' && r <= 'ヶ' {
			return r - 0x60
		}
		return r
	}, s)
}
