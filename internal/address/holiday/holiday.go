// Package holiday knows Japan's national holidays (国民の祝日に関する法律, including 振替休日 and 国民の休日, and the
// moved holidays of 2020 and 2021) and the days a city hall is closed, for business-day rules (deadlines counted
// in 開庁日) and reports.
//
// The table comes from @holiday-jp/holiday_jp (1970–2050, see data/LICENSE.md), derived by
// `go run ./internal/address/gen`; nothing is fetched at run time. Dates are civil dates: pass a time.Time whose
// year, month and day are the date in Japan (Asia/Tokyo); the clock and the location are ignored.
package holiday

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
	"time"
)

//go:embed data/holidays.tsv
var holidaysTSV string

// First and Last bound the years the table covers.
const (
	First = 1970
	Last  = 2050
)

// Holiday is one national holiday.
type Holiday struct {
	Date string `json:"date"` // YYYY-MM-DD
	Name string `json:"name"` // 元日, 振替休日 …
}

var (
	once   sync.Once
	byDate map[civil]string
	list   []Holiday
)

type civil struct {
	y int
	m time.Month
	d int
}

func dateOf(t time.Time) civil { y, m, d := t.Date(); return civil{y, m, d} }

func load() {
	byDate = map[civil]string{}
	for _, line := range strings.Split(holidaysTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		date, name, ok := strings.Cut(line, "\t")
		t, err := time.Parse("2006-01-02", date)
		if !ok || err != nil {
			panic(fmt.Sprintf("holiday: bad line %q", line))
		}
		byDate[dateOf(t)] = name
		list = append(list, Holiday{Date: date, Name: name})
	}
}

// Name returns the name of the national holiday on day, if it is one.
func Name(day time.Time) (string, bool) {
	once.Do(load)
	n, ok := byDate[dateOf(day)]
	return n, ok
}

// IsHoliday reports whether day is a national holiday.
func IsHoliday(day time.Time) bool {
	_, ok := Name(day)
	return ok
}

// Covered reports whether day's year is inside the table (1970–2050); outside it IsHoliday knows nothing.
func Covered(day time.Time) bool { return day.Year() >= First && day.Year() <= Last }

// IsClosed reports whether a city hall is closed on day: Saturdays, Sundays, national holidays and 12月29日 to 1月3日
// (地方自治法第4条の2 and the cities' 休日条例, which all name these days).
func IsClosed(day time.Time) bool {
	switch day.Weekday() {
	case time.Saturday, time.Sunday:
		return true
	}
	_, m, d := day.Date()
	if (m == time.December && d >= 29) || (m == time.January && d <= 3) {
		return true
	}
	return IsHoliday(day)
}

// IsBusinessDay reports whether a city hall is open on day (開庁日).
func IsBusinessDay(day time.Time) bool { return !IsClosed(day) }

// AddBusinessDays returns the n-th 開庁日 after day (n > 0) or before it (n < 0); n = 0 returns day itself when it
// is a 開庁日 and the next one otherwise.
func AddBusinessDays(day time.Time, n int) time.Time {
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	if n == 0 {
		for IsClosed(day) {
			day = day.AddDate(0, 0, 1)
		}
		return day
	}
	for n > 0 {
		day = day.AddDate(0, 0, step)
		if IsBusinessDay(day) {
			n--
		}
	}
	return day
}

// BusinessDaysBetween counts the 開庁日 after from up to and including to (0 when to is not after from).
func BusinessDaysBetween(from, to time.Time) int {
	n := 0
	for d := from.AddDate(0, 0, 1); !dateAfter(d, to); d = d.AddDate(0, 0, 1) {
		if IsBusinessDay(d) {
			n++
		}
	}
	return n
}

func dateAfter(a, b time.Time) bool {
	ca, cb := dateOf(a), dateOf(b)
	if ca.y != cb.y {
		return ca.y > cb.y
	}
	if ca.m != cb.m {
		return ca.m > cb.m
	}
	return ca.d > cb.d
}

// Between lists the national holidays from from to to, both included.
func Between(from, to time.Time) []Holiday {
	once.Do(load)
	lo, hi := from.Format("2006-01-02"), to.Format("2006-01-02")
	var out []Holiday
	for _, h := range list {
		if h.Date >= lo && h.Date <= hi {
			out = append(out, h)
		}
	}
	return out
}
