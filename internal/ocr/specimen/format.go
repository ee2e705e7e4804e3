package specimen

import (
	"fmt"
	"strings"

	"github.com/kakanai/kakanai/internal/juki"
)

// Printed forms of dates and numbers, varied by layout as real systems vary them.

// wareki prints 昭和６０年４月１２日 (full-width) or 昭和60年4月12日; pad adds a space before one-digit month/day
// (昭和60年 4月 2日) as older systems align columns.
func wareki(d juki.Date, full, pad bool) string {
	e, y, ok := d.Era()
	if !ok {
		return ""
	}
	ys := fmt.Sprint(y)
	if y == 1 {
		ys = "元"
	}
	ms, ds := fmt.Sprint(d.Month), fmt.Sprint(d.Day)
	if pad {
		if len(ys) == 1 && ys != "元" {
			ys = " " + ys
		}
		if len(ms) == 1 {
			ms = " " + ms
		}
		if len(ds) == 1 {
			ds = " " + ds
		}
	}
	s := e.Name + ys + "年" + ms + "月" + ds + "日"
	if full {
		s = strings.ReplaceAll(fw(s), " ", "　")
	}
	return s
}

// seireki prints 1985年12月31日; zero pads month and day as cards do (2014年06月10日).
func seireki(d juki.Date, zero, full bool) string {
	s := fmt.Sprintf("%d年%d月%d日", d.Year, d.Month, d.Day)
	if zero {
		s = fmt.Sprintf("%d年%02d月%02d日", d.Year, d.Month, d.Day)
	}
	if full {
		s = fw(s)
	}
	return s
}

// group prints digits in groups of four separated by a space (個人番号).
func group(s string, sep string) string {
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, s[i:min(len(s), i+4)])
	}
	return strings.Join(parts, sep)
}

func periodText(p juki.PeriodOfStay) string { return p.Japanese() }

// zwareki prints 昭和60年04月02日 (zero-padded, half-width), as some vendor systems do.
func zwareki(d juki.Date) string {
	e, y, ok := d.Era()
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s%02d年%02d月%02d日", e.Name, y, d.Month, d.Day)
}
