package juki

import (
	"encoding/json"
	"testing"
	"time"
)

func mustDate(t testing.TB, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatalf("ParseDate(%q): %v", s, err)
	}
	return d
}

func TestParseDate_N_r_acceptsEveryFormStaffAndOCRProduce(t *testing.T) {
	cases := map[string]Date{
		"昭和60年4月12日":       {1985, 4, 12},
		"昭和６０年４月１２日":       {1985, 4, 12},
		"S60.4.12":         {1985, 4, 12},
		"s60.4.12":         {1985, 4, 12},
		"Ｓ６０．４．１２":         {1985, 4, 12},
		"昭60・4・12":         {1985, 4, 12},
		"昭和60年 4月12日生":     {1985, 4, 12},
		"S60 4 12":         {1985, 4, 12},
		"S600412":          {1985, 4, 12},
		"3600412":          {1985, 4, 12},
		"３６００４１２":          {1985, 4, 12},
		"1985-04-12":       {1985, 4, 12},
		"1985/4/12":        {1985, 4, 12},
		"1985.4.12":        {1985, 4, 12},
		"19850412":         {1985, 4, 12},
		"1985年4月12日":       {1985, 4, 12},
		" 1985 - 04 - 12 ": {1985, 4, 12},
		"昭和六十年四月十二日":       {1985, 4, 12},
		"㍼60年4月12日":        {1985, 4, 12},
		"H1.1.8":           {1989, 1, 8},
		"平成元年1月8日":         {1989, 1, 8},
		"R1.5.1":           {2019, 5, 1},
		"令和元年5月1日":         {2019, 5, 1},
		"令和1年5月1日":         {2019, 5, 1},
		"㋿元年5月1日":          {2019, 5, 1},
		"2019年5月1日":        {2019, 5, 1},
		"二〇一九年五月一日":        {2019, 5, 1},
		"令和1/5/1":          {2019, 5, 1}, // what node's Intl prints
		"明治6年1月1日":         {1873, 1, 1},
		"1060101":          {1873, 1, 1},
		"M45.7.29":         {1912, 7, 29},
		"大正元年7月30日":        {1912, 7, 30},
		"T15.12.24":        {1926, 12, 24},
		"昭和元年12月25日":       {1926, 12, 25},
		"S64.1.7":          {1989, 1, 7},
		"H31.4.30":         {2019, 4, 30},
		"平成12年2月29日":       {2000, 2, 29},
		"2000-02-29":       {2000, 2, 29},
	}
	for in, want := range cases {
		got, err := ParseDate(in)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
}

func TestParseDate_N_r_refusesImpossibleDatesWithAMessage(t *testing.T) {
	cases := map[string]string{
		"2019-02-30":  "存在しない日付です（その年の2月は28日まで）",
		"2019-02-29":  "存在しない日付です（その年の2月は28日まで）",
		"1900-02-29":  "存在しない日付です（その年の2月は28日まで）",
		"令和2年2月30日":   "存在しない日付です（その年の2月は29日まで）",
		"2019-04-31":  "存在しない日付です（その年の4月は30日まで）",
		"2019-13-01":  "月は1から12で入力してください",
		"2019-00-01":  "月は1から12で入力してください",
		"2019-01-00":  "日は1から31で入力してください",
		"2019-01-32":  "日は1から31で入力してください",
		"平成32年1月1日":   "平成は31年4月30日までです（翌日から令和）",
		"平成31年5月1日":   "平成は31年4月30日までです（翌日から令和）",
		"昭和64年1月8日":   "昭和は64年1月7日までです（翌日から平成）",
		"大正15年12月25日": "大正は15年12月24日までです（翌日から昭和）",
		"明治45年7月30日":  "明治は45年7月29日までです（翌日から大正）",
		"令和元年4月30日":   "令和は元年5月1日からです（それより前は平成）",
		"平成元年1月7日":    "平成は元年1月8日からです（それより前は昭和）",
		"昭和元年12月24日":  "昭和は元年12月25日からです（それより前は大正）",
		"大正元年7月29日":   "大正は元年7月30日からです（それより前は明治）",
		"明治5年12月31日":  "明治6年1月1日（1873年1月1日、太陽暦の施行日）より前の日付は扱えません",
		"1872-12-31":  "明治6年1月1日（1873年1月1日、太陽暦の施行日）より前の日付は扱えません",
		"明治元年1月1日":    "明治6年1月1日（1873年1月1日、太陽暦の施行日）より前の日付は扱えません",
		"令和0年5月1日":    "年は1以上で入力してください（1年は「元年」とも書きます）",
		"6600412":     "7桁の日付の先頭は元号コード（1=明治 2=大正 3=昭和 4=平成 5=令和）です",
		"昭和60年4月":     msgDatePartial,
		"S60":         msgDatePartial,
		"1985年":       msgDatePartial,
		"平成32年":       "平成は31年4月30日までです（翌日から令和）",
		"明治5年":        "明治6年1月1日（1873年1月1日、太陽暦の施行日）より前の日付は扱えません",
		"令和0年":        "年は1以上で入力してください（1年は「元年」とも書きます）",
		"元年":          msgDateUnreadable,
		"85/4/12":     msgDateUnreadable,
		"昭和六十十年4月1日":  msgDateUnreadable,
		"":            "日付を入力してください",
	}
	for in, msg := range cases {
		_, err := ParseDate(in)
		assertInvalid(t, err, "date", nil, msg)
	}
}

func TestEraBoundaries(t *testing.T) {
	cases := []struct {
		iso, wareki, code string
	}{
		{"1873-01-01", "明治6年1月1日", "1060101"},
		{"1912-07-29", "明治45年7月29日", "1450729"},
		{"1912-07-30", "大正元年7月30日", "2010730"},
		{"1926-12-24", "大正15年12月24日", "2151224"},
		{"1926-12-25", "昭和元年12月25日", "3011225"},
		{"1989-01-07", "昭和64年1月7日", "3640107"},
		{"1989-01-08", "平成元年1月8日", "4010108"},
		{"2019-04-30", "平成31年4月30日", "4310430"},
		{"2019-05-01", "令和元年5月1日", "5010501"},
	}
	for _, c := range cases {
		d := mustDate(t, c.iso)
		if got := d.Wareki(); got != c.wareki {
			t.Errorf("%s.Wareki() = %q, want %q", c.iso, got, c.wareki)
		}
		if got := d.EraCode(); got != c.code {
			t.Errorf("%s.EraCode() = %q, want %q", c.iso, got, c.code)
		}
		if back := mustDate(t, c.wareki); back != d {
			t.Errorf("ParseDate(%q) = %v, want %v", c.wareki, back, d)
		}
	}
}

func TestDateFormats(t *testing.T) {
	d := Date{1985, 4, 12}
	for got, want := range map[string]string{
		d.Wareki(): "昭和60年4月12日", d.Seireki(): "1985年4月12日", d.ISO(): "1985-04-12", d.String(): "1985-04-12",
		d.EraCode(): "3600412", d.ShortWareki(): "S60.4.12",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
	if got := (Date{2019, 5, 1}).ShortWareki(); got != "R1.5.1" {
		t.Errorf("ShortWareki = %q", got)
	}
	if got := (Date{2118, 1, 1}).EraCode(); got != "" {
		t.Errorf("令和100年 has no 2-digit era code, got %q", got)
	}
	if got := (Date{1872, 12, 31}).Wareki(); got != "" {
		t.Errorf("before 明治6年: Wareki = %q, want empty", got)
	}
}

// Property: every day of the supported calendar, formatted in each form, parses back to itself.
func TestDate_N_r_everyFormatRoundTrips(t *testing.T) {
	for d := Earliest; !d.After(Date{2120, 12, 31}); d = d.AddDays(1) {
		for _, s := range []string{d.Wareki(), d.ShortWareki(), d.EraCode(), d.ISO(), d.Seireki()} {
			if s == "" {
				continue
			}
			got, err := ParseDate(s)
			if err != nil || got != d {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", s, got, err, d)
			}
		}
	}
}

func TestDate_arithmeticAndJSON(t *testing.T) {
	if got := (Date{2000, 2, 28}).AddDays(1); got != (Date{2000, 2, 29}) {
		t.Errorf("AddDays = %v", got)
	}
	if got := (Date{2019, 5, 1}).DaysAfter(Date{2019, 4, 17}); got != 14 {
		t.Errorf("DaysAfter = %d", got)
	}
	var v struct {
		D Date `json:"d"`
		Z Date `json:"z"`
	}
	if err := json.Unmarshal([]byte(`{"d":"1985-04-12","z":""}`), &v); err != nil || v.D != (Date{1985, 4, 12}) || !v.Z.IsZero() {
		t.Fatalf("unmarshal: %+v %v", v, err)
	}
	b, _ := json.Marshal(v)
	if string(b) != `{"d":"1985-04-12","z":""}` {
		t.Errorf("marshal = %s", b)
	}
	for _, bad := range []string{`{"d":"1985-4-12"}`, `{"d":"昭和60年4月12日"}`, `{"d":"2019-02-29"}`, `{"d":"1872-12-31"}`} {
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("unmarshal %s: want error", bad)
		}
	}
}

func TestTodayInJapan(t *testing.T) {
	// 2019-04-30 15:30 UTC is already 5月1日 in Japan.
	if got := TodayInJapan(time.Date(2019, 4, 30, 15, 30, 0, 0, time.UTC)); got != (Date{2019, 5, 1}) {
		t.Errorf("TodayInJapan = %v", got)
	}
}
