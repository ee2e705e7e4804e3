package juki

import "testing"

func TestAgeOn_reachedOnBirthday(t *testing.T) {
	birth := Date{2000, 4, 2}
	cases := map[Date]int{
		{2000, 4, 2}: 0, {2001, 4, 1}: 0, {2001, 4, 2}: 1, {2006, 4, 1}: 5, {2006, 4, 2}: 6, {2000, 4, 1}: -1,
	}
	for day, want := range cases {
		if got := AgeOn(birth, day); got != want {
			t.Errorf("AgeOn(%v, %v) = %d, want %d", birth, day, got, want)
		}
	}
}

func TestAgeOn_leapDayBirthdayTurnsOnMarchFirstInCommonYears(t *testing.T) {
	birth := Date{2000, 2, 29}
	cases := map[Date]int{
		{2001, 2, 28}: 0, {2001, 3, 1}: 1, {2003, 2, 28}: 2, {2003, 3, 1}: 3,
		{2004, 2, 28}: 3, {2004, 2, 29}: 4, {2004, 3, 1}: 4, {2100, 2, 28}: 99, {2100, 3, 1}: 100,
	}
	for day, want := range cases {
		if got := AgeOn(birth, day); got != want {
			t.Errorf("AgeOn(%v, %v) = %d, want %d", birth, day, got, want)
		}
	}
}

func TestDateReached_isTheDayBeforeTheBirthday(t *testing.T) {
	cases := []struct {
		birth Date
		n     int
		want  Date
	}{
		{Date{2000, 4, 2}, 6, Date{2006, 4, 1}},
		{Date{2000, 4, 1}, 6, Date{2006, 3, 31}},
		{Date{1985, 4, 12}, 20, Date{2005, 4, 11}},
		{Date{1960, 1, 1}, 65, Date{2024, 12, 31}},
		{Date{2000, 2, 29}, 1, Date{2001, 2, 28}},
		{Date{2000, 2, 29}, 4, Date{2004, 2, 28}},
		{Date{2000, 3, 1}, 1, Date{2001, 2, 28}},
		{Date{2004, 3, 1}, 1, Date{2005, 2, 28}},
	}
	for _, c := range cases {
		if got := DateReached(c.birth, c.n); got != c.want {
			t.Errorf("DateReached(%v, %d) = %v, want %v", c.birth, c.n, got, c.want)
		}
		// Consistency: the age is n from the day after DateReached, n−1 on it.
		if AgeOn(c.birth, c.want) != c.n-1 || AgeOn(c.birth, c.want.AddDays(1)) != c.n {
			t.Errorf("AgeOn around DateReached(%v, %d) inconsistent", c.birth, c.n)
		}
	}
}

func TestSchoolEntryDate(t *testing.T) {
	cases := map[Date]Date{
		{2000, 4, 1}:   {2006, 4, 1},
		{2000, 4, 2}:   {2007, 4, 1},
		{2000, 3, 31}:  {2006, 4, 1},
		{2000, 1, 1}:   {2006, 4, 1},
		{1999, 12, 31}: {2006, 4, 1},
		{2000, 2, 29}:  {2006, 4, 1},
	}
	for birth, want := range cases {
		if got := SchoolEntryDate(birth); got != want {
			t.Errorf("SchoolEntryDate(%v) = %v, want %v", birth, got, want)
		}
	}
}

func TestAgeHelper_K_n(t *testing.T) {
	cases := []struct {
		birth, today Date
		want         string
	}{
		{Date{2022, 12, 1}, Date{2023, 12, 1}, "令和4年12月1日(2022年)(1歳)"},
		{Date{2022, 12, 1}, Date{2023, 11, 30}, "令和4年12月1日(2022年)(0歳)"},
		{Date{2019, 5, 1}, Date{2019, 5, 1}, "令和元年5月1日(2019年)(0歳)"},
		{Date{1985, 4, 12}, Date{2026, 4, 12}, "昭和60年4月12日(1985年)(41歳)"},
		{Date{2026, 6, 1}, Date{2026, 5, 1}, "令和8年6月1日(2026年)"},
	}
	for _, c := range cases {
		if got := AgeHelper(c.birth, c.today); got != c.want {
			t.Errorf("AgeHelper(%v, %v) = %q, want %q", c.birth, c.today, got, c.want)
		}
	}
}
