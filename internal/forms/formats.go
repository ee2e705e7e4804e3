package forms

import (
	"slices"
	"strings"

	"github.com/kakanai/kakanai/internal/juki"
)

// formatContext is what a format may depend on besides the value.
type formatContext struct {
	foreign      bool   // the row is a 外国人住民's
	foreignDates string // Rows.ForeignDates
}

// formatters turn a stored value (as typed or read by OCR, the form juki.Notification keeps) into the text the
// form prints. A value a formatter cannot read prints as it is: the paper shows what was entered, and
// validation (juki.Validate) is what reports it.
var formatters = map[string]func(string, formatContext) string{
	"": func(s string, _ formatContext) string { return s },
	// date: 和暦 (昭和60年4月12日); in foreign rows 西暦 when the layout says so (在留カード dates are 西暦).
	"date": func(s string, c formatContext) string {
		if c.foreign && c.foreignDates == "seireki" {
			return dateWith(s, juki.Date.Seireki)
		}
		return dateWith(s, juki.Date.Wareki)
	},
	"wareki":  func(s string, _ formatContext) string { return dateWith(s, juki.Date.Wareki) },
	"seireki": func(s string, _ formatContext) string { return dateWith(s, juki.Date.Seireki) },
	"sex": func(s string, _ formatContext) string {
		switch v, err := juki.ParseSex("", s); {
		case err != nil:
			return s
		case v == juki.SexMale:
			return "男"
		default:
			return "女"
		}
	},
	"reason": func(s string, _ formatContext) string {
		if r, err := juki.ParseMoveReason("", s); err == nil {
			return r.Label()
		}
		return s
	},
	"notifier": func(s string, _ formatContext) string {
		if n, err := juki.ParseNotifier("", s); err == nil {
			return n.Label()
		}
		return s
	},
	"category": func(s string, _ formatContext) string {
		if strings.TrimSpace(s) == "" {
			return ""
		}
		if c, err := juki.ParseResidenceCategory("", s); err == nil {
			return c.Label()
		}
		return s
	},
	// periodOfStay: the code 0500000 prints as 5年 (K-m); no period prints empty.
	"periodOfStay": func(s string, _ formatContext) string {
		p, err := juki.ParsePeriodOfStayCode(s)
		if err != nil {
			return s
		}
		return p.Japanese()
	},
	// digits4: 個人番号 in groups of four, as on the マイナンバーカード.
	"digits4": func(s string, _ formatContext) string {
		d := juki.NormaliseDigits(s)
		if len(d) != 12 || strings.Trim(d, "0123456789") != "" {
			return s
		}
		return d[:4] + " " + d[4:8] + " " + d[8:]
	},
	// bool: a check mark for "true" (世帯主 flags, office check boxes).
	"bool": func(s string, _ formatContext) string {
		switch strings.ToLower(strings.TrimSpace(s)) {
		case "true", "1", "yes", "済", "✓", "○":
			return "✓"
		}
		return ""
	},
}

func formatNames() []string {
	var names []string
	for k := range formatters {
		if k != "" {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	return names
}

func dateWith(s string, f func(juki.Date) string) string {
	if strings.TrimSpace(s) == "" {
		return ""
	}
	d, err := juki.ParseDate(s)
	if err != nil {
		return s
	}
	if out := f(d); out != "" {
		return out
	}
	return s
}
