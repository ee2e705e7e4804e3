// Command gen derives the character dictionary's data files (internal/moji/data) from the sources named in
// shared/DATA.md:
//
//	go run ./internal/moji/gen [-src DIR] [-out internal/moji/data] [-font PATH]
//
//	npm @mandel59/mojidata (moji.db)     → mj.tsv.gz (MJ文字: code points, IVS, readings, radicals, strokes,
//	                                        戸籍/住基 codes, JIS X 0213, MJ縮退マップ), aj1ivs.tsv.gz, fold.tsv.gz
//	IPAmj明朝 (Debian fonts-ipamj-mincho)  → cross-checks mj.tsv.gz's code points and IVS against the font's cmap
//	                                        (formats 12 and 14); the font itself is never copied
//	Debian kanjidic-xml (kanjidic2)       → kanjidic.tsv.gz (readings, radical, strokes, JIS codes)
//	Debian gjiten (radkfile.utf8)         → radkfile.tsv.gz (components)
//	Debian enamdict, mecab-ipadic         → names.tsv.gz (name readings)
//	kanjidic2 + golang.org/x/text tables  → charsets.tsv (JIS X 0208 and JIS X 0213 repertoires)
//
// The Debian files are read where the packages install them (apt-get install kanjidic-xml gjiten
// fonts-ipamj-mincho enamdict mecab-ipadic-utf8); the font may be pointed to with KAKANAI_MJ_FONT. Output rows
// are sorted and gzip headers carry no time, so a second run reproduces every file byte for byte.
package main

import (
	"bytes"
	"compress/gzip"
	"database/sql"
	"flag"
	"fmt"
	"github.com/kakanai/kakanai/internal/npmsource"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	_ "modernc.org/sqlite"
)

var mojidata = npmsource.Package{Name: "@mandel59/mojidata", Version: "1.8.1", SHA256: "d51b41cc0164211090757eb2f5e74cd343a1cae82061b14082c4f436891b87b4"}

type paths struct {
	src, out, font, kanjidic, radkfile, enamdict, ipadic string
}

func main() {
	var p paths
	flag.StringVar(&p.src, "src", "", "scratch folder for the npm tarball (default: a new temporary folder)")
	flag.StringVar(&p.out, "out", "internal/moji/data", "output folder")
	defFont := os.Getenv("KAKANAI_MJ_FONT")
	if defFont == "" {
		defFont = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf"
	}
	flag.StringVar(&p.font, "font", defFont, "IPAmj明朝 (ipamjm.ttf)")
	flag.StringVar(&p.kanjidic, "kanjidic", "/usr/share/edict/kanjidic2.xml.gz", "kanjidic2.xml.gz")
	flag.StringVar(&p.radkfile, "radkfile", "/usr/share/gjiten/radkfile.utf8", "radkfile.utf8")
	flag.StringVar(&p.enamdict, "enamdict", "/usr/share/edict/enamdict", "enamdict (EUC-JP)")
	flag.StringVar(&p.ipadic, "ipadic", "/usr/share/mecab/dic/ipadic/Noun.name.csv", "mecab-ipadic Noun.name.csv (EUC-JP)")
	flag.Parse()
	if p.src == "" {
		dir, err := os.MkdirTemp("", "kakanai-moji-src-")
		if err != nil {
			log.Fatal(err)
		}
		p.src = dir
	}
	if err := run(p); err != nil {
		log.Fatal(err)
	}
}

func run(p paths) error {
	pkg, err := npmsource.Fetch(p.src, mojidata)
	if err != nil {
		return err
	}
	db, err := sql.Open("sqlite", "file:"+filepath.Join(pkg, "dist", "moji.db")+"?mode=ro")
	if err != nil {
		return err
	}
	defer db.Close()
	if err := os.MkdirAll(p.out, 0o755); err != nil {
		return err
	}
	mjs, err := readMJ(db)
	if err != nil {
		return err
	}
	if err := crossCheckFont(p.font, mjs); err != nil {
		return err
	}
	kd, err := readKanjidic(p.kanjidic)
	if err != nil {
		return err
	}
	files := map[string][]byte{}
	files["mj.tsv.gz"] = gz(mjTSV(mjs))
	aj1, err := aj1IVS(db, mjs, kd)
	if err != nil {
		return err
	}
	files["aj1ivs.tsv.gz"] = gz(aj1)
	fold, err := foldTSV(db, mjs)
	if err != nil {
		return err
	}
	files["fold.tsv.gz"] = gz(fold)
	files["kanjidic.tsv.gz"] = gz(kanjidicTSV(kd))
	rad, err := os.ReadFile(p.radkfile)
	if err != nil {
		return err
	}
	files["radkfile.tsv.gz"] = gz(radkTSV(rad))
	radicals, err := radicalsTSV(db)
	if err != nil {
		return err
	}
	files["radicals.tsv"] = radicals
	files["charsets.tsv"] = charsetsTSV(kd)
	names, err := namesTSV(p.enamdict, p.ipadic)
	if err != nil {
		return err
	}
	files["names.tsv.gz"] = gz(names)
	keys := make([]string, 0, len(files))
	for k := range files {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := os.WriteFile(filepath.Join(p.out, k), files[k], 0o644); err != nil {
			return err
		}
		log.Printf("moji: %s %d bytes", k, len(files[k]))
	}
	return nil
}

// gz compresses deterministically: no name, no time, best compression.
func gz(data []byte) []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(data)
	zw.Close()
	return buf.Bytes()
}

// mjRow is one MJ文字 with what the counter needs of it.
type mjRow struct {
	MJ, UCS, IVS, Base, Policy string
	Strokes                    int
	RS                         []string // "189.0": radical.remaining strokes (mji_rsindex)
	Readings                   []string
	Koseki, Juki               string
	X0213                      string // "1-25-66:2": kuten and 包摂区分
	Shukutai                   []string
}

// shukutaiTables ranks the MJ縮退マップ's tables: the JIS 包摂規準 first (same character, other glyph), then the
// 法務省告示582号 別表第四 (the 戸籍 正字 of a 俗字), the 戸籍統一文字 親字, the 通達 tables, and last the looser
// relations by dictionaries and by reading and shape. Codes are one letter in mj.tsv.
var shukutaiTables = []struct{ name, code string }{
	{"JIS包摂規準UCS統合規則", "J"},
	{"法務省告示582号別表第四_一", "1"},
	{"法務省告示582号別表第四_二", "2"},
	{"戸籍統一文字情報_親字正字", "K"},
	{"民一2842号通達別表_誤字俗字正字一覧表_俗字", "Z"},
	{"民一2842号通達別表_誤字俗字正字一覧表_無印", "M"},
	{"民一2842号通達別表_誤字俗字正字一覧表_別字", "B"},
	{"民二5202号通知別表_正字俗字等対照表", "S"},
	{"辞書類等による関連字", "D"},
	{"読み字形による類推", "Y"},
}

func readMJ(db *sql.DB) ([]*mjRow, error) {
	rows, err := db.Query(`SELECT "MJ文字図形名", coalesce("実装したUCS",''), coalesce("実装したMoji_JohoコレクションIVS",''),
		coalesce("対応するUCS",''), coalesce("総画数",0), coalesce("戸籍統一文字番号",''), coalesce("住基ネット統一文字コード",''),
		coalesce("X0213",''), coalesce("X0213_包摂区分",-1), coalesce("漢字施策",'') FROM mji ORDER BY 1`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*mjRow
	byMJ := map[string]*mjRow{}
	for rows.Next() {
		r := &mjRow{}
		var x0213 string
		var kubun int
		if err := rows.Scan(&r.MJ, &r.UCS, &r.IVS, &r.Base, &r.Strokes, &r.Koseki, &r.Juki, &x0213, &kubun, &r.Policy); err != nil {
			return nil, err
		}
		if x0213 != "" {
			r.X0213 = x0213 + ":" + strconv.Itoa(kubun)
		}
		out = append(out, r)
		byMJ[r.MJ] = r
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	// 内画数 is "-" for a few characters that are themselves a radical form; they keep only the radical.
	if err := eachString2(db, `SELECT "MJ文字図形名", "部首" || '.' || "内画数" FROM mji_rsindex ORDER BY rowid`, func(mj, rs string) {
		if r := byMJ[mj]; r != nil {
			r.RS = append(r.RS, strings.TrimSuffix(strings.TrimSuffix(rs, "-"), "."))
		}
	}); err != nil {
		return nil, err
	}
	rr, err := db.Query(`SELECT "MJ文字図形名", "読み" FROM mji_reading ORDER BY rowid`)
	if err != nil {
		return nil, err
	}
	for rr.Next() {
		var mj, yomi string
		if err := rr.Scan(&mj, &yomi); err != nil {
			return nil, err
		}
		if r := byMJ[mj]; r != nil {
			r.Readings = append(r.Readings, yomi)
		}
	}
	rr.Close()
	for _, t := range shukutaiTables {
		order := ""
		switch t.code {
		case "1", "2":
			order = `, "順位"`
		case "K":
			order = `, "ホップ数"`
		}
		q, err := db.Query(`SELECT "MJ文字図形名", "縮退UCS" FROM "mjsm_` + t.name + `" ORDER BY "MJ文字図形名"` + order + `, rowid`)
		if err != nil {
			return nil, err
		}
		for q.Next() {
			var mj, ucs string
			if err := q.Scan(&mj, &ucs); err != nil {
				return nil, err
			}
			r := byMJ[mj]
			if r == nil {
				continue
			}
			c := ucs + ":" + t.code
			dup := false
			for _, s := range r.Shukutai {
				if strings.HasPrefix(s, ucs+":") {
					dup = true
				}
			}
			if !dup {
				r.Shukutai = append(r.Shukutai, c)
			}
		}
		q.Close()
	}
	return out, nil
}

func mjTSV(mjs []*mjRow) []byte {
	var b bytes.Buffer
	b.WriteString("# mj\tucs\tivs\tbase\tstrokes\tradical.rest\treadings\tkoseki\tjuki\tx0213:kubun\tshukutai\tpolicy\n")
	for _, r := range mjs {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", strings.TrimPrefix(r.MJ, "MJ"), r.UCS, r.IVS,
			r.Base, r.Strokes, strings.Join(r.RS, ","), strings.Join(r.Readings, " "), r.Koseki, r.Juki, r.X0213,
			strings.Join(r.Shukutai, ","), r.Policy)
	}
	return b.Bytes()
}

// crossCheckFont compares the MJ data's code points and IVS with the IPAmj明朝 font's cmap. The table committed is
// the MJ data's; the font confirms that every sequence in it draws that MJ glyph. A missing font is reported,
// not fatal: the output does not depend on it.
func crossCheckFont(path string, mjs []*mjRow) error {
	c, err := readIPAmj(path)
	if os.IsNotExist(err) {
		log.Printf("moji: %s not found (apt-get install fonts-ipamj-mincho or set KAKANAI_MJ_FONT): font cross-check skipped", path)
		return nil
	}
	if err != nil {
		return err
	}
	var plainOK, plainBad, ivsOK, ivsBad int
	var bad []string
	for _, r := range mjs {
		if r.UCS != "" {
			if mjOfGlyph(c.plain[[]rune(r.UCS)[0]]) == r.MJ {
				plainOK++
			} else {
				plainBad++
				bad = append(bad, r.MJ+" "+r.UCS+" font:"+c.plain[[]rune(r.UCS)[0]])
			}
		}
		if r.IVS != "" {
			if mjOfGlyph(c.ivs[r.IVS]) == r.MJ {
				ivsOK++
			} else {
				ivsBad++
				bad = append(bad, r.MJ+" "+r.IVS+" font:"+c.ivs[r.IVS])
			}
		}
	}
	log.Printf("moji: IPAmj明朝 cmap: %d code points, %d IVS; MJ data agrees on %d code points and %d IVS, differs on %d and %d",
		len(c.plain), len(c.ivs), plainOK, ivsOK, plainBad, ivsBad)
	for i, s := range bad {
		if i == 10 {
			break
		}
		log.Printf("moji:   differs: %s", s)
	}
	// The font (2018, MJ 006.01) predates a few later MJ data revisions; more than a handful would mean a wrong file.
	if plainBad+ivsBad > 200 {
		return fmt.Errorf("%s: %d disagreements with the MJ data", path, plainBad+ivsBad)
	}
	return nil
}
