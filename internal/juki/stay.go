package juki

import (
	"fmt"
	"regexp"
	"strings"
)

// ---- 在留期間 code ----

// PeriodOfStay is a 在留期間 as years, months and days. The zero value means "no period" (永住者, 特別永住者,
// 経過滞在者, 高度専門職2号).
//
// [推定] The code layout is YYMMDDD: two digits of years, two of months, three of days (0500000 = 5年,
// 0403000 = 4年3月, 0000090 = 90日); all zeros or empty = no period. DOMAIN.md. Months stay below 12 because a
// period is granted as 4年3月, never 3年15月.
type PeriodOfStay struct {
	Years  int `json:"years"`
	Months int `json:"months"`
	Days   int `json:"days"`
}

// IsZero reports whether p is "no period".
func (p PeriodOfStay) IsZero() bool { return p == PeriodOfStay{} }

// Code returns the 7-digit code; 0000000 for no period.
func (p PeriodOfStay) Code() string { return fmt.Sprintf("%02d%02d%03d", p.Years, p.Months, p.Days) }

// Japanese returns 5年, 4年3月, 6月, 90日; "" for no period.
func (p PeriodOfStay) Japanese() string {
	var b strings.Builder
	if p.Years > 0 {
		fmt.Fprintf(&b, "%d年", p.Years)
	}
	if p.Months > 0 {
		fmt.Fprintf(&b, "%d月", p.Months)
	}
	if p.Days > 0 {
		fmt.Fprintf(&b, "%d日", p.Days)
	}
	return b.String()
}

// Describe returns the display of K-m: 0500000 (5年); 0000000 (なし) for no period.
func (p PeriodOfStay) Describe() string {
	if p.IsZero() {
		return p.Code() + " (なし)"
	}
	return p.Code() + " (" + p.Japanese() + ")"
}

// ParsePeriodOfStayCode reads a 7-digit 在留期間 code. Empty or all zeros is no period and no error.
func ParsePeriodOfStayCode(code string) (PeriodOfStay, error) {
	s := compactIdentifier(code)
	if s == "" {
		return PeriodOfStay{}, nil
	}
	if len(s) != 7 || !allDigits(s) {
		return PeriodOfStay{}, invalid("periodOfStay", ErrFormat, "在留期間コードは7桁の数字（年2桁・月2桁・日3桁、例: 0500000）で入力してください")
	}
	p := PeriodOfStay{atoi(s[0:2]), atoi(s[2:4]), atoi(s[4:7])}
	if p.Months > 11 {
		return PeriodOfStay{}, invalid("periodOfStay", ErrOutOfRange, "在留期間コードの月は00から11で入力してください")
	}
	return p, nil
}

// DescribePeriodOfStay turns a code into the display of K-m: "0500000" → "0500000 (5年)".
func DescribePeriodOfStay(code string) (string, error) {
	p, err := ParsePeriodOfStayCode(code)
	if err != nil {
		return "", err
	}
	return p.Describe(), nil
}

var periodTextRe = regexp.MustCompile(`^(?:(\d{1,2})年)?(?:(\d{1,2})(?:月|か月|ヶ月|ケ月|ヵ月|カ月|箇月))?(?:(\d{1,3})日)?$`)

// ParsePeriodOfStayText reads the period as printed, 5年, 4年3月, 6月 (also 6か月), 90日, or 無期限 (no period).
func ParsePeriodOfStayText(text string) (PeriodOfStay, error) {
	s := compactIdentifier(text)
	if s == "" || s == "無期限" {
		return PeriodOfStay{}, nil
	}
	m := periodTextRe.FindStringSubmatch(s)
	if m == nil || (m[1] == "" && m[2] == "" && m[3] == "") {
		return PeriodOfStay{}, invalid("periodOfStay", ErrFormat, "在留期間を「5年」「4年3月」「6月」「90日」のように入力してください")
	}
	p := PeriodOfStay{atoiOr0(m[1]), atoiOr0(m[2]), atoiOr0(m[3])}
	if p.Months > 11 {
		return PeriodOfStay{}, invalid("periodOfStay", ErrOutOfRange, "在留期間の月は11までです（12月は1年と書きます）")
	}
	return p, nil
}

func atoiOr0(s string) int {
	if s == "" {
		return 0
	}
	return atoi(s)
}

// CardPeriod is the 在留期間（満了日） box of a 在留カード: the period and the day it ends (在留期間の満了の日,
// the last day of permitted stay, kept as its own date).
type CardPeriod struct {
	Period PeriodOfStay `json:"period"`
	Expiry Date         `json:"expiry"`
}

// String prints the box as the card does: 5年（2030年04月01日）; 無期限 for no period and no date.
func (c CardPeriod) String() string {
	if c.Expiry.IsZero() {
		if c.Period.IsZero() {
			return "無期限"
		}
		return c.Period.Japanese()
	}
	return fmt.Sprintf("%s（%04d年%02d月%02d日）", c.Period.Japanese(), c.Expiry.Year, c.Expiry.Month, c.Expiry.Day)
}

var cardPeriodRe = regexp.MustCompile(`^(.*?)\((.+)\)$`)

// ParseCardPeriod reads the card text, e.g. 4年3月（2018年10月20日）, 5年（2030年04月01日）, 90日（…）, 無期限,
// into the period and its expiry date. A leading label 在留期間(満了日) read along by OCR is dropped.
func ParseCardPeriod(text string) (CardPeriod, error) {
	s := compactIdentifier(text)
	s = strings.TrimPrefix(s, "在留期間(満了日)")
	s = strings.TrimPrefix(s, "在留期間")
	s = strings.TrimLeft(s, ":")
	if s == "" {
		return CardPeriod{}, invalid("periodOfStay", ErrFormat, "在留期間（満了日）を入力してください")
	}
	var c CardPeriod
	periodText := s
	if m := cardPeriodRe.FindStringSubmatch(s); m != nil {
		periodText = m[1]
		d, err := ParseDate(m[2])
		if err != nil {
			return CardPeriod{}, invalid("periodExpiry", ErrFormat, "満了日を読み取れません（例: 5年（2030年04月01日））")
		}
		c.Expiry = d
		if periodText == "" {
			return c, nil
		}
	}
	p, err := ParsePeriodOfStayText(periodText)
	if err != nil {
		return CardPeriod{}, err
	}
	if periodText == "無期限" && !c.Expiry.IsZero() {
		return CardPeriod{}, invalid("periodExpiry", ErrFormat, "無期限の在留期間に満了日は付きません")
	}
	c.Period = p
	return c, nil
}

// Expired reports whether a stay ending on expiry has ended by today: the 満了日 itself is still within the
// period. A zero expiry (no period) never expires.
func Expired(expiry, today Date) bool {
	return !expiry.IsZero() && today.After(expiry)
}

// ---- 30条の45 区分 ----

// ResidenceCategory is the 外国人住民 category of 住基法30条の45 (the table of that article). [法令]
type ResidenceCategory string

const (
	CategoryMidToLongTerm    ResidenceCategory = "mid_to_long_term"  // 中長期在留者 (入管法19条の3)
	CategorySpecialPermanent ResidenceCategory = "special_permanent" // 特別永住者 (入管特例法)
	CategoryTemporaryRefuge  ResidenceCategory = "temporary_refuge"  // 一時庇護許可者 (入管法18条の2)
	CategoryProvisionalStay  ResidenceCategory = "provisional_stay"  // 仮滞在許可者 (入管法61条の2の4)
	CategoryTransitionalStay ResidenceCategory = "transitional_stay" // 出生又は国籍喪失による経過滞在者 (入管法22条の2)
)

var categoryLabels = map[ResidenceCategory]string{
	CategoryMidToLongTerm:    "中長期在留者",
	CategorySpecialPermanent: "特別永住者",
	CategoryTemporaryRefuge:  "一時庇護許可者",
	CategoryProvisionalStay:  "仮滞在許可者",
	CategoryTransitionalStay: "経過滞在者",
}

// Categories lists the categories in the order of 30条の45.
func Categories() []ResidenceCategory {
	return []ResidenceCategory{CategoryMidToLongTerm, CategorySpecialPermanent, CategoryTemporaryRefuge, CategoryProvisionalStay, CategoryTransitionalStay}
}

// Label returns the Japanese name, e.g. 中長期在留者.
func (c ResidenceCategory) Label() string { return categoryLabels[c] }

// ParseResidenceCategory accepts the code or the Japanese name (with the long names of 経過滞在者).
func ParseResidenceCategory(field, text string) (ResidenceCategory, error) {
	field = orDefault(field, "residenceCategory")
	s := compactIdentifier(text)
	if s == "" {
		return "", invalid(field, ErrFormat, "30条の45区分を入力してください")
	}
	for c, label := range categoryLabels {
		if s == label || strings.EqualFold(s, string(c)) {
			return c, nil
		}
	}
	switch s {
	case "出生による経過滞在者", "国籍喪失による経過滞在者", "出生による経過滞在者又は国籍喪失による経過滞在者":
		return CategoryTransitionalStay, nil
	}
	return "", invalid(field, ErrUnknown, "30条の45区分は「中長期在留者」「特別永住者」「一時庇護許可者」「仮滞在許可者」「経過滞在者」のいずれかです")
}

// applicability says whether a foreigner's field exists for a category.
type applicability uint8

const (
	applies       applicability = iota // the field exists; the 異動事由 decides whether it is required
	optional                           // it may exist; never required
	notApplicable                      // it does not exist: entering it is an error (K-c)
)

// categoryFields is which 30条の45 items each category carries. 中長期在留者: 在留資格, 在留期間, 満了日,
// 在留カード番号; 特別永住者: 証明書番号 only [法令]. 一時庇護許可者 and 仮滞在許可者 carry their 上陸期間 /
// 仮滞在期間: we keep the end date as the 満了日 and allow the period [推定]; 経過滞在者 carries only the
// category itself [法令].
var categoryFields = map[ResidenceCategory]map[Field]applicability{
	CategoryMidToLongTerm:    {FieldResidenceStatus: applies, FieldPeriodOfStay: applies, FieldPeriodExpiry: applies, FieldCardNumber: applies},
	CategorySpecialPermanent: {FieldResidenceStatus: notApplicable, FieldPeriodOfStay: notApplicable, FieldPeriodExpiry: notApplicable, FieldCardNumber: applies},
	CategoryTemporaryRefuge:  {FieldResidenceStatus: notApplicable, FieldPeriodOfStay: optional, FieldPeriodExpiry: applies, FieldCardNumber: notApplicable},
	CategoryProvisionalStay:  {FieldResidenceStatus: notApplicable, FieldPeriodOfStay: optional, FieldPeriodExpiry: applies, FieldCardNumber: notApplicable},
	CategoryTransitionalStay: {FieldResidenceStatus: notApplicable, FieldPeriodOfStay: notApplicable, FieldPeriodExpiry: notApplicable, FieldCardNumber: notApplicable},
}

// ---- 在留資格 ----

// residenceStatuses are the 在留資格 of 入管法別表第一・第二 [法令], with 育成就労 (令和6年改正, in force by
// 2027) so that cards issued under it are recognised. An unlisted status is a warning, not an error: the list
// changes with the law.
var residenceStatuses = []string{
	"外交", "公用", "教授", "芸術", "宗教", "報道",
	"高度専門職1号イ", "高度専門職1号ロ", "高度専門職1号ハ", "高度専門職2号",
	"経営・管理", "法律・会計業務", "医療", "研究", "教育", "技術・人文知識・国際業務", "企業内転勤", "介護",
	"興行", "技能", "特定技能1号", "特定技能2号",
	"技能実習1号イ", "技能実習1号ロ", "技能実習2号イ", "技能実習2号ロ", "技能実習3号イ", "技能実習3号ロ", "育成就労",
	"文化活動", "短期滞在", "留学", "研修", "家族滞在", "特定活動",
	"永住者", "日本人の配偶者等", "永住者の配偶者等", "定住者",
}

// ResidenceStatuses returns the 在留資格 of the law, in its order (a copy).
func ResidenceStatuses() []string { return append([]string(nil), residenceStatuses...) }

// indefiniteStatuses have no 在留期間 (入管法施行規則別表第二: 永住者 and 高度専門職2号 are 無期限).
var indefiniteStatuses = map[string]bool{"永住者": true, "高度専門職2号": true}

// nonResidentStatuses are not 中長期在留者 and so not 外国人住民 at all (入管法19条の3第2〜4号).
var nonResidentStatuses = map[string]bool{"短期滞在": true, "外交": true, "公用": true}

// canonicalStatus folds width and punctuation so that 技術人文知識国際業務 or 特定技能１号 match the list;
// it returns the listed spelling and whether it was found.
func canonicalStatus(text string) (string, bool) {
	key := statusKey(text)
	for _, s := range residenceStatuses {
		if statusKey(s) == key {
			return s, true
		}
	}
	return strings.TrimSpace(foldWidth(text)), false
}

func statusKey(s string) string {
	s = compactIdentifier(s)
	return strings.NewReplacer("・", "", "･", "", "第", "", "、", "", ",", "", ".", "").Replace(s)
}

// shortStay reports a period of at most 3 months, which does not make a 中長期在留者 (入管法19条の3第1号).
// [推定] 3月 is counted as 90 days.
func shortStay(p PeriodOfStay) bool {
	return !p.IsZero() && p.Years == 0 && p.Months*30+p.Days <= 90
}
