package juki

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Date is a civil date (year, month, day) with no clock and no time zone: a birthday or a 異動日 is the same
// date everywhere. The zero Date means "no date". JSON and text form: "YYYY-MM-DD", "" for the zero Date.
type Date struct {
	Year  int
	Month int
	Day   int
}

// jst is Japan's civil time. Japan has kept UTC+9 without summer time since 1951, so a fixed zone is exact for
// every "today" this system computes and needs no tzdata on the host.
var jst = time.FixedZone("JST", 9*60*60)

// DateOf returns the civil date of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, int(m), d}
}

// TodayInJapan returns the date in Japan at instant now: the counter's "today" whatever the server's zone.
func TodayInJapan(now time.Time) Date { return DateOf(now.In(jst)) }

// StartInJapan is the instant the day d begins in Japan, for comparing dates with timestamps.
func (d Date) StartInJapan() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, jst)
}

// IsZero reports whether d is the zero Date ("no date").
func (d Date) IsZero() bool { return d == Date{} }

// Valid reports whether d is a real calendar day between Earliest and Latest.
func (d Date) Valid() bool {
	return d.Month >= 1 && d.Month <= 12 && d.Day >= 1 && d.Day <= daysIn(d.Year, d.Month) &&
		!d.Before(Earliest) && !d.After(Latest)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after o.
func (d Date) Compare(o Date) int {
	switch {
	case d.Year != o.Year:
		return sign(d.Year - o.Year)
	case d.Month != o.Month:
		return sign(d.Month - o.Month)
	default:
		return sign(d.Day - o.Day)
	}
}

func (d Date) Before(o Date) bool { return d.Compare(o) < 0 }
func (d Date) After(o Date) bool  { return d.Compare(o) > 0 }

// AddDays returns the date n days after d (before, for negative n).
func (d Date) AddDays(n int) Date {
	return DateOf(time.Date(d.Year, time.Month(d.Month), d.Day+n, 0, 0, 0, 0, time.UTC))
}

// DaysAfter returns the number of days from o to d (positive when d is later).
func (d Date) DaysAfter(o Date) int {
	a := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
	b := time.Date(o.Year, time.Month(o.Month), o.Day, 0, 0, 0, 0, time.UTC)
	return int(a.Sub(b).Hours() / 24)
}

// String returns the ISO form, 1985-04-12.
func (d Date) String() string { return d.ISO() }

// ISO returns 1985-04-12, or "" for the zero Date.
func (d Date) ISO() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Seireki returns the Gregorian form used on forms, 1985年4月12日.
func (d Date) Seireki() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%d年%d月%d日", d.Year, d.Month, d.Day)
}

// Era returns the era of d and the year within it; ok is false before Earliest.
func (d Date) Era() (era Era, year int, ok bool) {
	i := eraIndexOf(d)
	if i < 0 {
		return Era{}, 0, false
	}
	return eras[i], d.Year - eras[i].FirstYear + 1, true
}

// Wareki returns the 和暦 form, 昭和60年4月12日 or 令和元年5月1日; "" outside the supported range.
func (d Date) Wareki() string {
	e, y, ok := d.Era()
	if !ok || !d.Valid() {
		return ""
	}
	return fmt.Sprintf("%s%s年%d月%d日", e.Name, eraYear(y), d.Month, d.Day)
}

// ShortWareki returns the abbreviated form staff write, S60.4.12 (year 1 as 1, as in R1.5.1).
func (d Date) ShortWareki() string {
	e, y, ok := d.Era()
	if !ok || !d.Valid() {
		return ""
	}
	return fmt.Sprintf("%s%d.%d.%d", e.Letter, y, d.Month, d.Day)
}

// EraCode returns the 7-digit form era code + YYMMDD used by core systems, 3600412 for 昭和60年4月12日; "" when
// the era year does not fit two digits (令和100年 = 2118 onwards) or d is outside the supported range.
func (d Date) EraCode() string {
	e, y, ok := d.Era()
	if !ok || !d.Valid() || y > 99 {
		return ""
	}
	return fmt.Sprintf("%d%02d%02d%02d", e.Code, y, d.Month, d.Day)
}

// MarshalText writes the ISO form ("" for the zero Date).
func (d Date) MarshalText() ([]byte, error) { return []byte(d.ISO()), nil }

// UnmarshalText reads the strict ISO form YYYY-MM-DD, or "" for the zero Date. Free text (和暦, OCR output)
// goes through ParseDate instead, so that JSON stays unambiguous.
func (d *Date) UnmarshalText(b []byte) error {
	s := string(b)
	if s == "" {
		*d = Date{}
		return nil
	}
	m := isoRe.FindStringSubmatch(s)
	if m == nil {
		return invalid("date", ErrFormat, "日付はYYYY-MM-DDの形式で指定してください")
	}
	v, err := checkGregorian(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

var isoRe = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})$`)

// ---- parsing ----

// Forms accepted after normalisation (see normaliseDateText): an era name, one-kanji abbreviation or romaji
// initial, then the year (digits or 元), month and day separated by 年/月/日 or by . ・ / - 、 ,; an era followed
// by six digits (S600412); the era code + YYMMDD (3600412); a Gregorian date with the same separators or as
// eight digits (19850412).
const (
	dateSep  = `(?:年|[.・/\-、,])`
	monthSep = `(?:月|[.・/\-、,])`
)

// eraAlt matches any era token of the table: full names first, since Go's alternation takes the leftmost
// alternative that matches.
var eraAlt = func() string {
	var names, shorts, letters []string
	for _, e := range eras {
		names = append(names, regexp.QuoteMeta(e.Name))
		shorts = append(shorts, regexp.QuoteMeta(e.Short))
		letters = append(letters, regexp.QuoteMeta(e.Letter))
	}
	return "(" + strings.Join(append(append(names, shorts...), letters...), "|") + ")"
}()

var (
	eraDateRe    = regexp.MustCompile(`^` + eraAlt + `(元|\d{1,4})` + dateSep + `(\d{1,2})` + monthSep + `(\d{1,2})日?$`)
	eraCompactRe = regexp.MustCompile(`^` + eraAlt + `(\d{2})(\d{2})(\d{2})$`)
	eraCodeRe    = regexp.MustCompile(`^(\d)(\d{2})(\d{2})(\d{2})$`)
	gregDateRe   = regexp.MustCompile(`^(\d{4})` + dateSep + `(\d{1,2})` + monthSep + `(\d{1,2})日?$`)
	gregCompact  = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	// A year, or a year and month, without the day: refused, but with the reason (平成32年 is past 平成).
	eraPartialRe  = regexp.MustCompile(`^` + eraAlt + `(元|\d{1,4})年?(?:` + dateSep + `?(\d{1,2})月?)?$`)
	gregPartialRe = regexp.MustCompile(`^(\d{4})年(?:(\d{1,2})月)?$`)
)

const msgDatePartial = "日付は年・月・日まで入力してください"

// msgEraCode lists the era codes of the table: 7桁の日付の先頭は元号コード（1=明治 2=大正 …）です.
var msgEraCode = func() string {
	var codes []string
	for _, e := range eras {
		codes = append(codes, fmt.Sprintf("%d=%s", e.Code, e.Name))
	}
	return "7桁の日付の先頭は元号コード（" + strings.Join(codes, " ") + "）です"
}()

const msgDateUnreadable = "日付として読み取れません（例: 昭和60年4月12日、S60.4.12、3600412、1985-04-12）"

// ParseDate reads a date as staff type it and OCR returns it: 昭和60年4月12日, 昭和６０年４月１２日, S60.4.12,
// 昭60・4・12, H1.1.8, 令和元年5月1日, 3600412 (era code + YYMMDD), 1985-04-12, 1985/4/12, 19850412,
// 2019年5月1日, with full-width digits, kanji numerals and spaces. Impossible dates (2/30, 平成32年,
// 昭和64年1月8日, anything before 明治6年1月1日) are refused with a message naming the problem (N-r). The
// returned error is a *kakanai.Error with Field "date"; callers set their own path.
func ParseDate(text string) (Date, error) {
	s := normaliseDateText(text)
	if s == "" {
		return Date{}, invalid("date", ErrFormat, "日付を入力してください")
	}
	if m := eraDateRe.FindStringSubmatch(s); m != nil {
		y := 1
		if m[2] != "元" {
			y = atoi(m[2])
		}
		return checkEra(eraByToken(m[1]), y, atoi(m[3]), atoi(m[4]))
	}
	if m := eraCompactRe.FindStringSubmatch(s); m != nil {
		return checkEra(eraByToken(m[1]), atoi(m[2]), atoi(m[3]), atoi(m[4]))
	}
	if m := eraCodeRe.FindStringSubmatch(s); m != nil {
		i := eraIndexByCode(atoi(m[1]))
		if i < 0 {
			return Date{}, invalid("date", ErrFormat, msgEraCode)
		}
		return checkEra(i, atoi(m[2]), atoi(m[3]), atoi(m[4]))
	}
	if m := gregDateRe.FindStringSubmatch(s); m != nil {
		return checkGregorian(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := gregCompact.FindStringSubmatch(s); m != nil {
		return checkGregorian(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := eraPartialRe.FindStringSubmatch(s); m != nil {
		return Date{}, partialEra(eraByToken(m[1]), m[2])
	}
	if gregPartialRe.MatchString(s) {
		return Date{}, invalid("date", ErrFormat, msgDatePartial)
	}
	return Date{}, invalid("date", ErrFormat, msgDateUnreadable)
}

// partialEra explains why an era year without month and day cannot be a date: the year does not exist in the
// era, or the day is missing.
func partialEra(i int, year string) error {
	y := 1
	if year != "元" {
		y = atoi(year)
	}
	e := eras[i]
	switch last, ok := e.Last(); {
	case y < 1:
		return invalid("date", ErrOutOfRange, "年は1以上で入力してください（1年は「元年」とも書きます）")
	case e.FirstYear+y-1 < Earliest.Year:
		return beforeEarliest()
	case ok && e.FirstYear+y-1 > last.Year:
		return invalid("date", ErrOutOfRange, fmt.Sprintf("%sは%sまでです（翌日から%s）", e.Name, last.Wareki()[len(e.Name):], eras[i+1].Name))
	}
	return invalid("date", ErrFormat, msgDatePartial)
}

// eraByToken maps a matched era token to its index in eras.
func eraByToken(tok string) int {
	for i, e := range eras {
		if tok == e.Name || tok == e.Short || tok == e.Letter {
			return i
		}
	}
	return -1 // unreachable: the regexp only matches tokens from the table
}

// checkEra converts an era date to the Gregorian calendar and refuses what the era does not contain.
func checkEra(i, y, m, d int) (Date, error) {
	e := eras[i]
	if y < 1 {
		return Date{}, invalid("date", ErrOutOfRange, "年は1以上で入力してください（1年は「元年」とも書きます）")
	}
	if err := checkMonthDay(e.FirstYear+y-1, m, d); err != nil {
		return Date{}, err
	}
	g := Date{e.FirstYear + y - 1, m, d}
	if g.Before(e.Start) {
		if i == 0 {
			return Date{}, beforeEarliest()
		}
		return Date{}, invalid("date", ErrOutOfRange, fmt.Sprintf("%sは%sからです（それより前は%s）", e.Name, e.Start.Wareki()[len(e.Name):], eras[i-1].Name))
	}
	if last, ok := e.Last(); ok && g.After(last) {
		return Date{}, invalid("date", ErrOutOfRange, fmt.Sprintf("%sは%sまでです（翌日から%s）", e.Name, last.Wareki()[len(e.Name):], eras[i+1].Name))
	}
	if g.After(Latest) {
		return Date{}, invalid("date", ErrOutOfRange, "9999年12月31日より後の日付は扱えません")
	}
	return g, nil
}

func checkGregorian(y, m, d int) (Date, error) {
	if err := checkMonthDay(y, m, d); err != nil {
		return Date{}, err
	}
	g := Date{y, m, d}
	if g.Before(Earliest) {
		return Date{}, beforeEarliest()
	}
	return g, nil
}

func checkMonthDay(y, m, d int) error {
	if m < 1 || m > 12 {
		return invalid("date", ErrOutOfRange, "月は1から12で入力してください")
	}
	if d < 1 || d > 31 {
		return invalid("date", ErrOutOfRange, "日は1から31で入力してください")
	}
	if n := daysIn(y, m); d > n {
		return invalid("date", ErrOutOfRange, fmt.Sprintf("存在しない日付です（その年の%d月は%d日まで）", m, n))
	}
	return nil
}

func beforeEarliest() error {
	return invalid("date", ErrOutOfRange, "明治6年1月1日（1873年1月1日、太陽暦の施行日）より前の日付は扱えません")
}

// normaliseDateText folds width, spells era ligatures out, turns kanji numerals into digits, upper-cases the
// romaji era initial, and handles spaces: a space between two digits separates fields (S60 4 12), any other
// space is dropped (昭和60年 4月12日 as printed on a 運転免許証). A trailing 生/生まれ (運転免許証) is dropped.
func normaliseDateText(text string) string {
	s := foldWidth(text)
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			r = r - 'a' + 'A'
		}
		if name := ligatureEra(r); name != "" {
			b.WriteString(name)
			continue
		}
		b.WriteRune(r)
	}
	s = kanjiNumerals(b.String())
	rs := []rune(strings.TrimSpace(s))
	b.Reset()
	for i := 0; i < len(rs); i++ {
		if !unicode.IsSpace(rs[i]) {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && unicode.IsSpace(rs[j]) {
			j++
		}
		if i > 0 && j < len(rs) && isASCIIDigit(rs[i-1]) && isASCIIDigit(rs[j]) {
			b.WriteByte('.')
		}
		i = j - 1
	}
	s = b.String()
	s = strings.TrimSuffix(s, "生まれ")
	s = strings.TrimSuffix(s, "生")
	return s
}

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

func ligatureEra(r rune) string {
	for _, e := range eras {
		if r == e.Ligature {
			return e.Name
		}
	}
	return ""
}

var kanjiDigit = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// kanjiNumerals rewrites runs of kanji numerals as ASCII digits: 六十 → 60, 十二 → 12, 二十一 → 21, and the
// positional 二〇一九 → 2019. A run it cannot read (two 十) is left as it is, so the parse fails visibly.
func kanjiNumerals(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		if _, ok := kanjiDigit[rs[i]]; !ok && rs[i] != '十' {
			b.WriteRune(rs[i])
			i++
			continue
		}
		j := i
		for j < len(rs) {
			if _, ok := kanjiDigit[rs[j]]; !ok && rs[j] != '十' {
				break
			}
			j++
		}
		b.WriteString(kanjiRun(rs[i:j]))
		i = j
	}
	return b.String()
}

func kanjiRun(run []rune) string {
	ten := -1
	for k, r := range run {
		if r == '十' {
			if ten >= 0 {
				return string(run)
			}
			ten = k
		}
	}
	if ten < 0 {
		var b strings.Builder
		for _, r := range run {
			b.WriteByte(byte('0' + kanjiDigit[r]))
		}
		return b.String()
	}
	if ten > 1 || len(run)-ten-1 > 1 {
		return string(run)
	}
	tens, ones := 1, 0
	if ten == 1 {
		tens = kanjiDigit[run[0]]
	}
	if ten+1 < len(run) {
		ones = kanjiDigit[run[ten+1]]
	}
	return strconv.Itoa(tens*10 + ones)
}

// ---- helpers ----

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func itoa(n int) string { return strconv.Itoa(n) }
