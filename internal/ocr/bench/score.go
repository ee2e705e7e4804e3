// Package bench measures the OCR pipeline on generated specimens: exact-match rates per document type,
// condition and field class, character accuracy, auto-accept rate and the error among accepted fields, time and
// CPU per page, against a naive full-page baseline (kakanai bench ocr).
package bench

import (
	"sort"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// Outcome is one field of the ground truth and what was read.
type Outcome struct {
	Key    string
	Class  string // name, kana, date, address, digits, other
	Person int    // -1 for document fields
	Want   string
	Got    string
	Conf   float64
}

// OK reports an exact match.
func (o Outcome) OK() bool { return o.Want == o.Got }

// Accepted reports whether the field would be accepted without review.
func (o Outcome) Accepted() bool { return o.Got != "" && o.Conf >= ocr.AutoAcceptThreshold }

// Score compares a result with the ground truth, field by field; persons are matched in order. The issuer
// code counts as a field of class other.
func Score(t specimen.Truth, r *ocr.Result) []Outcome {
	var out []Outcome
	keys := func(m map[string]string) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		sort.Strings(ks)
		return ks
	}
	for _, k := range keys(t.Fields) {
		o := Outcome{Key: k, Class: ocr.KeyClass(k), Person: -1, Want: t.Fields[k]}
		if f, ok := r.Fields[k]; ok {
			o.Got, o.Conf = f.Value, f.Confidence
		}
		out = append(out, o)
	}
	for i, p := range t.Persons {
		for _, k := range keys(p) {
			o := Outcome{Key: k, Class: ocr.KeyClass(k), Person: i, Want: p[k]}
			if i < len(r.Persons) {
				if f, ok := r.Persons[i][k]; ok {
					o.Got, o.Conf = f.Value, f.Confidence
				}
			}
			out = append(out, o)
		}
	}
	if t.IssuerLgCode != "" {
		o := Outcome{Key: "issuerLgCode", Class: "other", Person: -1, Want: t.IssuerLgCode, Got: r.IssuerLgCode, Conf: r.IssuerConfidence}
		out = append(out, o)
	}
	return out
}

// CharAccuracy is 1 − edit distance / length of the truth, floored at 0.
func CharAccuracy(want, got string) float64 {
	a, b := []rune(want), []rune(got)
	if len(a) == 0 {
		if len(b) == 0 {
			return 1
		}
		return 0
	}
	d := ocr.EditDistance(a, b)
	v := 1 - float64(d)/float64(len(a))
	if v < 0 {
		return 0
	}
	return v
}
