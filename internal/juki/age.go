package juki

import "fmt"

// Age follows 年齢計算ニ関スル法律 (明治35年法律第50号) with 民法143条: age counts from the day of birth, and a
// person reaches age n at 24:00 of the day before the n-th birthday. Where the anniversary does not exist (a
// 2/29 birthday in a common year) the period ends on the last day of February (民法143条2項). [二次]

// anniversary returns the n-th birthday; for a 2/29 birthday in a common year the day after 2/28, 3/1.
func anniversary(birth Date, n int) Date {
	y := birth.Year + n
	if birth.Month == 2 && birth.Day == 29 && !isLeap(y) {
		return Date{y, 3, 1}
	}
	return Date{y, birth.Month, birth.Day}
}

// DateReached returns the day on which the person reaches age n (「満n歳に達した日」): the day before the n-th
// birthday. Rules such as 国民年金 at 20, 介護保険 at 65 and 学齢 use this day.
func DateReached(birth Date, n int) Date { return anniversary(birth, n).AddDays(-1) }

// AgeOn returns the age during the whole calendar day day: n from the n-th birthday (3/1 for a 2/29 birthday in a
// common year). It returns -1 for a day before the birth.
func AgeOn(birth, day Date) int {
	if day.Before(birth) {
		return -1
	}
	n := day.Year - birth.Year
	if day.Before(anniversary(birth, n)) {
		n--
	}
	return n
}

// SchoolEntryDate returns the day a child enters elementary school: the first 4月1日 on or after the day
// following the day the child reaches 6 (学校教育法17条1項 「満六歳に達した日の翌日以後における最初の学年の初め」,
// 学校教育法施行規則59条: the school year starts on 4月1日). Born 2000-04-01 → 2006-04-01; 2000-04-02 → 2007-04-01.
func SchoolEntryDate(birth Date) Date {
	after := DateReached(birth, 6).AddDays(1)
	entry := Date{after.Year, 4, 1}
	if entry.Before(after) {
		entry.Year++
	}
	return entry
}

// AgeHelper returns the display required by the specification (K-n) next to a birth date:
// 令和4年12月1日(2022年)(1歳). The age part is left out when birth is after today.
func AgeHelper(birth, today Date) string {
	w := birth.Wareki()
	if w == "" {
		w = birth.Seireki()
	}
	s := fmt.Sprintf("%s(%d年)", w, birth.Year)
	if age := AgeOn(birth, today); age >= 0 {
		s += fmt.Sprintf("(%d歳)", age)
	}
	return s
}
