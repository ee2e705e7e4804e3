package holiday_test

import (
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/address/holiday"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestName_movedOlympicHolidays2020And2021(t *testing.T) {
	// The holidays moved for the Tokyo Olympics: where Go modules on the proxy are wrong.
	for date, want := range map[string]string{
		"2020-07-23": "海の日", "2020-07-24": "スポーツの日", "2020-08-10": "山の日",
		"2021-07-22": "海の日", "2021-07-23": "スポーツの日", "2021-08-08": "山の日", "2021-08-09": "山の日 振替休日",
		"2019-05-01": "休日（祝日扱い）", "2026-05-06": "こどもの日 振替休日",
	} {
		got, ok := holiday.Name(day(date))
		if !ok || got != want {
			t.Errorf("%s = %q %v, want %q", date, got, ok, want)
		}
	}
	for _, date := range []string{"2020-07-20", "2021-07-19", "2021-10-11", "2021-08-11"} {
		if holiday.IsHoliday(day(date)) {
			t.Errorf("%s is not a holiday", date)
		}
	}
}

func TestBusinessDays_cityHallClosedDays(t *testing.T) {
	for _, date := range []string{"2025-12-29", "2026-01-02", "2026-01-03", "2026-01-12", "2026-05-09"} {
		if holiday.IsBusinessDay(day(date)) {
			t.Errorf("%s is a closed day", date)
		}
	}
	// 14 days to file a 転入届 are calendar days; deadlines counted in 開庁日 skip 年末年始 and holidays.
	if got := holiday.AddBusinessDays(day("2025-12-26"), 1); !got.Equal(day("2026-01-05")) {
		t.Errorf("next business day after 2025-12-26 = %s, want 2026-01-05", got.Format("2006-01-02"))
	}
	if got := holiday.AddBusinessDays(day("2026-05-07"), -1); !got.Equal(day("2026-05-01")) {
		t.Errorf("business day before 2026-05-07 = %s, want 2026-05-01", got.Format("2006-01-02"))
	}
	if got := holiday.BusinessDaysBetween(day("2026-04-30"), day("2026-05-08")); got != 3 {
		t.Errorf("business days 2026-05-01..08 = %d, want 3 (5/1, 5/7, 5/8)", got)
	}
	if n := len(holiday.Between(day("2026-01-01"), day("2026-12-31"))); n != 18 {
		t.Errorf("2026 has %d holidays, want 18", n)
	}
}
