package ocr

import (
	"context"
	"strings"

	"github.com/otiai10/gosseract/v2"
)

// ReadBaseline is the naive reader the benchmark compares with: the whole page through Tesseract's automatic
// layout analysis (psm 3) at the scanned resolution, words grouped into rows, values taken as the text after
// each label with only the parsers applied (no deskew, no templates, no per-field recognition, no dictionaries).
func (e *Engine) ReadBaseline(ctx context.Context, data []byte) (*Result, error) {
	pages, err := decodePages(ctx, data)
	if err != nil {
		return nil, err
	}
	res := &Result{DocumentType: Unknown, Fields: map[string]Field{}, Persons: []map[string]Field{}, Warnings: []string{}, Template: "baseline"}
	for i, img := range pages {
		p := analyse(i, img)
		p.skew = 0
		rows, err := e.pageRowsRaw(ctx, p)
		if err != nil {
			return nil, err
		}
		if d := classifyRows(rows); d != Unknown && res.DocumentType == Unknown {
			res.DocumentType = d
		}
		person := -1
		seen := map[string]bool{}
		for _, v := range valuesByLabels(rows) {
			val := baselineValue(v.def.kind, v.text)
			if val == "" {
				continue
			}
			f := Field{Value: val, Confidence: 0.5}
			if !v.def.person {
				if _, ok := res.Fields[v.def.key]; !ok {
					res.Fields[v.def.key] = f
				}
				continue
			}
			if person < 0 || seen[v.def.key] {
				person++
				seen = map[string]bool{}
				res.Persons = append(res.Persons, map[string]Field{})
			}
			seen[v.def.key] = true
			res.Persons[person][v.def.key] = f
		}
		for j := len(rows) - 1; j >= 0; j-- {
			if t := compactText(rows[j].text()); strings.Contains(t, "長") {
				if m, conf, ok := e.lib.MatchIssuerConfidence(t); ok {
					res.IssuerLgCode, res.IssuerConfidence = m.LgCode, conf
					break
				}
			}
		}
	}
	return res, nil
}

// pageRowsRaw reads the page as scanned with psm 3.
func (e *Engine) pageRowsRaw(ctx context.Context, p *pageWork) ([]textRow, error) {
	saved := p.work
	defer func() { p.work = saved }()
	return e.pageRowsPSM(ctx, p, gosseract.PSM_AUTO, 1)
}

// baselineValue applies only the parsers to a value read by the baseline.
func baselineValue(kind FieldKind, text string) string {
	t := strings.TrimSpace(text)
	switch kind {
	case KindDate:
		if d, ok := parseCleanDate(foldASCII(strings.ReplaceAll(t, " ", ""))); ok {
			return d.ISO()
		}
		return compactText(t)
	case KindDigits:
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			if r >= '０' && r <= '９' {
				return r - '０' + '0'
			}
			return -1
		}, t)
	case KindName, KindKana:
		return strings.Join(strings.Fields(t), "　")
	case KindAddress:
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '　' {
				return -1
			}
			if r >= '0' && r <= '9' {
				return r - '0' + '０'
			}
			return r
		}, t)
	}
	return compactText(t)
}
