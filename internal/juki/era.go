package juki

// Era is one Japanese era (元号) as this system uses it.
type Era struct {
	Name      string // 明治
	Short     string // 明, as stamped on forms (昭60・4・12)
	Letter    string // M, the romaji initial (S60.4.12)
	Ligature  rune   // ㍾, the single code point some fonts and OCR engines emit
	Code      int    // 1–5, the era digit of the 7-digit form 3600412 used by core systems
	FirstYear int    // the Gregorian year of 元年
	Start     Date   // the first day accepted in this era
}

// eras is the era table, the only one in the code. The first days are those of 元号法 and the 改元 政令
// (大正 1912-07-30, 昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01); an era ends the day before the next one
// starts. 明治 is accepted only from 明治6年1月1日 = 1873-01-01, the day the solar calendar took effect
// (明治5年太政官布告第337号): earlier 明治 dates are lunisolar and cannot be converted day by day. [法令]
var eras = [...]Era{
	{Name: "明治", Short: "明", Letter: "M", Ligature: '\u337E', Code: 1, FirstYear: 1868, Start: Date{1873, 1, 1}},
	{Name: "大正", Short: "大", Letter: "T", Ligature: '\u337D', Code: 2, FirstYear: 1912, Start: Date{1912, 7, 30}},
	{Name: "昭和", Short: "昭", Letter: "S", Ligature: '\u337C', Code: 3, FirstYear: 1926, Start: Date{1926, 12, 25}},
	{Name: "平成", Short: "平", Letter: "H", Ligature: '\u337B', Code: 4, FirstYear: 1989, Start: Date{1989, 1, 8}},
	{Name: "令和", Short: "令", Letter: "R", Ligature: '\u32FF', Code: 5, FirstYear: 2019, Start: Date{2019, 5, 1}},
}

// Earliest is the first date the system accepts (明治6年1月1日); Latest the last (the Gregorian year 9999).
var (
	Earliest = eras[0].Start
	Latest   = Date{9999, 12, 31}
)

// Eras returns a copy of the era table, oldest first.
func Eras() []Era { return append([]Era(nil), eras[:]...) }

// eraIndexOf returns the index in eras of the era d falls in, or -1 before Earliest.
func eraIndexOf(d Date) int {
	for i := len(eras) - 1; i >= 0; i-- {
		if !d.Before(eras[i].Start) {
			return i
		}
	}
	return -1
}

// eraIndexByCode returns the index in eras of the era with the given code, or -1.
func eraIndexByCode(code int) int {
	for i, e := range eras {
		if e.Code == code {
			return i
		}
	}
	return -1
}

// Last returns the last day of era e, and false for the current era, which has none yet.
func (e Era) Last() (Date, bool) {
	for i := range eras {
		if eras[i].Code == e.Code && i+1 < len(eras) {
			return eras[i+1].Start.AddDays(-1), true
		}
	}
	return Date{}, false
}

// eraYear writes an era year the way documents do: 1 is 元.
func eraYear(y int) string {
	if y == 1 {
		return "元"
	}
	return itoa(y)
}
