package moji

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai"
)

// GaijiTable is a tenant's 外字 table: for MJ characters the core system stores as its own 外字, the code it
// uses (a private-use code point such as U+E001). It is a plain value; the tenant's copy is persisted elsewhere
// and imported from and exported to CSV here.
type GaijiTable struct {
	Entries []GaijiEntry `json:"entries"`
	index   map[string]string
}

// GaijiEntry maps one MJ character to the core system's code.
type GaijiEntry struct {
	MJ   string `json:"mj"`   // MJ028902
	Code string `json:"code"` // U+E001
	Note string `json:"note,omitempty"`
}

var gaijiHeader = []string{"MJ文字図形名", "コード", "備考"}

func (t *GaijiTable) lookup(mj string) (string, bool) {
	if t == nil {
		return "", false
	}
	if t.index == nil {
		t.index = map[string]string{}
		for _, e := range t.Entries {
			if r, err := parseCodePoint(e.Code); err == nil {
				t.index[e.MJ] = string(r)
			}
		}
	}
	s, ok := t.index[mj]
	return s, ok
}

func parseCodePoint(s string) (rune, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(s)), "U+"), "0X")
	n, err := strconv.ParseUint(s, 16, 32)
	if err != nil || n > 0x10FFFF {
		return 0, fmt.Errorf("code point %q", s)
	}
	return rune(n), nil
}

// ParseGaijiCSV imports a 外字 table (UTF-8, with or without BOM): header MJ文字図形名,コード,備考, one row per MJ
// character, コード written U+E001. Errors name the row and column (csv.3.コード). Every MJ number must exist.
func (d *Dictionary) ParseGaijiCSV(r io.Reader) (*GaijiTable, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))))
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, kakanai.Invalid("csv", "CSVを読めません: %v", err)
	}
	if len(rows) == 0 || strings.TrimSpace(rows[0][0]) != gaijiHeader[0] {
		return nil, kakanai.Invalid("csv.1", "1行目は見出し（%s）にしてください。", strings.Join(gaijiHeader, ","))
	}
	t := &GaijiTable{}
	seen := map[string]int{}
	for i, row := range rows[1:] {
		line := i + 2
		for len(row) < 3 {
			row = append(row, "")
		}
		field := func(col int) string { return fmt.Sprintf("csv.%d.%s", line, gaijiHeader[col]) }
		if strings.TrimSpace(row[0]) == "" {
			continue
		}
		mj, ok := d.MJ(row[0])
		if !ok {
			return nil, kakanai.Invalid(field(0), "%d行目のMJ文字図形名「%s」はありません。", line, row[0])
		}
		if prev, dup := seen[mj.MJ]; dup {
			return nil, kakanai.Invalid(field(0), "%d行目の%sは%d行目と重複しています。", line, mj.MJ, prev)
		}
		seen[mj.MJ] = line
		cp, err := parseCodePoint(row[1])
		if err != nil {
			return nil, kakanai.Invalid(field(1), "%d行目のコードは U+E001 のように書いてください。", line)
		}
		t.Entries = append(t.Entries, GaijiEntry{MJ: mj.MJ, Code: fmt.Sprintf("U+%04X", cp), Note: strings.TrimSpace(row[2])})
	}
	sort.Slice(t.Entries, func(i, j int) bool { return t.Entries[i].MJ < t.Entries[j].MJ })
	return t, nil
}

// ParseGaijiCSV is Default().ParseGaijiCSV.
func ParseGaijiCSV(r io.Reader) (*GaijiTable, error) { return Default().ParseGaijiCSV(r) }

// WriteCSV exports the table in the layout ParseGaijiCSV reads (UTF-8 with BOM).
func (t *GaijiTable) WriteCSV(w io.Writer) error {
	if _, err := w.Write([]byte("\xEF\xBB\xBF")); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(gaijiHeader); err != nil {
		return err
	}
	for _, e := range t.Entries {
		if err := cw.Write([]string{e.MJ, e.Code, e.Note}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
