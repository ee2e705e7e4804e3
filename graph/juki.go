package graph

import (
	"errors"
	"sort"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/juki"
)

func japaneseDate(d juki.Date) *model.JapaneseDate {
	return &model.JapaneseDate{Iso: d.ISO(), Wareki: d.Wareki(), Seireki: d.Seireki(), EraCode: d.EraCode()}
}

// withField puts a domain validation error at the argument it came from.
func withField(err error, field string) error {
	var e *kakanai.Error
	if errors.As(err, &e) && e.Code == kakanai.EINVALID {
		c := *e
		c.Field = field
		return &c
	}
	return err
}

// fieldRules lists the needs in a stable order for clients.
func fieldRules(needs map[juki.Field]juki.Need) []*model.FieldRule {
	out := make([]*model.FieldRule, 0, len(needs))
	for f, n := range needs {
		out = append(out, &model.FieldRule{Field: string(f), Need: string(n)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Field < out[j].Field })
	return out
}
