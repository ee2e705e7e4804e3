package juki

import "testing"

func TestPeriodOfStay_K_m_describe(t *testing.T) {
	cases := map[string]string{
		"0500000": "0500000 (5年)",
		"0300000": "0300000 (3年)",
		"0100000": "0100000 (1年)",
		"0403000": "0403000 (4年3月)",
		"0006000": "0006000 (6月)",
		"0000090": "0000090 (90日)",
		"0000015": "0000015 (15日)",
		"０５０００００": "0500000 (5年)",
		"0000000": "0000000 (なし)",
		"":        "0000000 (なし)",
	}
	for code, want := range cases {
		got, err := DescribePeriodOfStay(code)
		if err != nil || got != want {
			t.Errorf("DescribePeriodOfStay(%q) = %q, %v; want %q", code, got, err, want)
		}
	}
}

func TestPeriodOfStay_codeToYearsMonthsDays(t *testing.T) {
	p, err := ParsePeriodOfStayCode("0403000")
	if err != nil || p != (PeriodOfStay{4, 3, 0}) || p.Japanese() != "4年3月" {
		t.Errorf("0403000 = %+v, %v", p, err)
	}
	if p, _ := ParsePeriodOfStayCode("0000000"); !p.IsZero() || p.Japanese() != "" {
		t.Errorf("all zero must be no period: %+v", p)
	}
	for code, msg := range map[string]string{
		"050000":   "在留期間コードは7桁の数字（年2桁・月2桁・日3桁、例: 0500000）で入力してください",
		"05000000": "在留期間コードは7桁の数字（年2桁・月2桁・日3桁、例: 0500000）で入力してください",
		"5年":       "在留期間コードは7桁の数字（年2桁・月2桁・日3桁、例: 0500000）で入力してください",
		"0012000":  "在留期間コードの月は00から11で入力してください",
	} {
		_, err := ParsePeriodOfStayCode(code)
		assertInvalid(t, err, "periodOfStay", nil, msg)
	}
}

func TestPeriodOfStay_K_m_roundTrip(t *testing.T) {
	for y := 0; y <= 99; y += 7 {
		for m := 0; m <= 11; m++ {
			for _, d := range []int{0, 1, 15, 30, 90, 999} {
				p := PeriodOfStay{y, m, d}
				back, err := ParsePeriodOfStayCode(p.Code())
				if err != nil || back != p {
					t.Fatalf("code round trip %+v → %q → %+v, %v", p, p.Code(), back, err)
				}
				if !p.IsZero() {
					back, err = ParsePeriodOfStayText(p.Japanese())
					if err != nil || back != p {
						t.Fatalf("text round trip %+v → %q → %+v, %v", p, p.Japanese(), back, err)
					}
				}
			}
		}
	}
}

func TestCardPeriod_parsesTheCardBox(t *testing.T) {
	cases := map[string]CardPeriod{
		"4年3月（2018年10月20日）":        {PeriodOfStay{4, 3, 0}, Date{2018, 10, 20}},
		"5年（2030年04月01日）":          {PeriodOfStay{5, 0, 0}, Date{2030, 4, 1}},
		"90日（2026年07月30日）":         {PeriodOfStay{0, 0, 90}, Date{2026, 7, 30}},
		"6月(2026年1月5日)":            {PeriodOfStay{0, 6, 0}, Date{2026, 1, 5}},
		"６か月（２０２６年０１月０５日）":         {PeriodOfStay{0, 6, 0}, Date{2026, 1, 5}},
		"在留期間（満了日）5年（2030年04月01日）": {PeriodOfStay{5, 0, 0}, Date{2030, 4, 1}},
		"5年 ( 2030年 04月 01日 )":     {PeriodOfStay{5, 0, 0}, Date{2030, 4, 1}},
		"無期限":                      {},
		"1年":                       {PeriodOfStay{1, 0, 0}, Date{}},
	}
	for in, want := range cases {
		got, err := ParseCardPeriod(in)
		if err != nil || got != want {
			t.Errorf("ParseCardPeriod(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	if got := (CardPeriod{PeriodOfStay{5, 0, 0}, Date{2030, 4, 1}}).String(); got != "5年（2030年04月01日）" {
		t.Errorf("String = %q", got)
	}
	for _, bad := range []string{"", "5年（2030年02月30日）", "12月（2030年01月01日）", "5年（あした）", "五年間", "無期限（2030年04月01日）"} {
		if _, err := ParseCardPeriod(bad); err == nil {
			t.Errorf("ParseCardPeriod(%q): want error", bad)
		}
	}
}

func TestExpired_lastDayIsStillWithinThePeriod(t *testing.T) {
	exp := Date{2030, 4, 1}
	if Expired(exp, Date{2030, 4, 1}) {
		t.Error("the 満了日 itself is within the period")
	}
	if !Expired(exp, Date{2030, 4, 2}) {
		t.Error("the day after the 満了日 is expired")
	}
	if Expired(Date{}, Date{2030, 4, 2}) {
		t.Error("no period never expires")
	}
}

func TestResidenceCategory_K_c_whichCategoriesHaveNoPeriod(t *testing.T) {
	for _, in := range []string{"中長期在留者", "mid_to_long_term", "特別永住者", "一時庇護許可者", "仮滞在許可者", "経過滞在者", "出生による経過滞在者", "国籍喪失による経過滞在者"} {
		if _, err := ParseResidenceCategory("", in); err != nil {
			t.Errorf("ParseResidenceCategory(%q): %v", in, err)
		}
	}
	_, err := ParseResidenceCategory("", "永住者") // a 在留資格, not a 区分
	assertInvalid(t, err, "residenceCategory", ErrUnknown, "")

	noPeriod := map[ResidenceCategory]bool{CategorySpecialPermanent: true, CategoryTransitionalStay: true}
	for _, c := range Categories() {
		got := categoryFields[c][FieldPeriodOfStay] == notApplicable
		if got != noPeriod[c] {
			t.Errorf("%s: no period = %v, want %v", c.Label(), got, noPeriod[c])
		}
	}
	if categoryFields[CategorySpecialPermanent][FieldCardNumber] != applies {
		t.Error("特別永住者 has a certificate number")
	}
}

func TestResidenceStatus_listAndVariants(t *testing.T) {
	for in, want := range map[string]string{"技術人文知識国際業務": "技術・人文知識・国際業務", "特定技能１号": "特定技能1号", "高度専門職第2号": "高度専門職2号", "永住者": "永住者"} {
		if got, ok := canonicalStatus(in); !ok || got != want {
			t.Errorf("canonicalStatus(%q) = %q, %v", in, got, ok)
		}
	}
	if _, ok := canonicalStatus("宇宙飛行士"); ok {
		t.Error("unknown status found")
	}
}
