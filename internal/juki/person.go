package juki

import (
	"strings"
	"unicode"
)

// Person is one 異動者 of a 届出: one row of the 住民異動届. Dates and codes are kept as typed or read by OCR;
// Validate parses them (ParseDate, ParsePeriodOfStayCode …) so that each problem is reported at its own path.
type Person struct {
	FamilyName        string `json:"familyName"`        // 氏 (漢字)
	GivenName         string `json:"givenName"`         // 名 (漢字)
	FamilyNameKana    string `json:"familyNameKana"`    // 氏のふりがな
	GivenNameKana     string `json:"givenNameKana"`     // 名のふりがな
	RomajiName        string `json:"romajiName"`        // foreigners: the name as on the 在留カード
	CommonName        string `json:"commonName"`        // 通称, foreigners only (住基法施行令30条の26)
	BirthDate         string `json:"birthDate"`         // any form ParseDate reads
	Sex               string `json:"sex"`               // 男/女, male/female, 1/2
	Relationship      string `json:"relationship"`      // 世帯主との続柄, see ParseRelationship
	IsHeadOfHousehold bool   `json:"isHeadOfHousehold"` // this person is (or becomes) the 世帯主
	ResidentCode      string `json:"residentCode"`      // 住民票コード
	MyNumber          string `json:"myNumber"`          // 個人番号: 特定個人情報, never logged
	Nationality       string `json:"nationality"`       // 国籍・地域; empty or 日本 = Japanese national
	Domicile          string `json:"domicile"`          // 本籍, Japanese only
	DomicileHead      string `json:"domicileHead"`      // 筆頭者, Japanese only
	ResidenceCategory string `json:"residenceCategory"` // 30条の45区分: code or Japanese name
	ResidenceStatus   string `json:"residenceStatus"`   // 在留資格
	PeriodOfStay      string `json:"periodOfStay"`      // 在留期間 code YYMMDDD (0500000)
	PeriodExpiry      string `json:"periodExpiry"`      // 在留期間の満了日, any form ParseDate reads
	CardNumber        string `json:"cardNumber"`        // 在留カード番号 or 特別永住者証明書番号
}

// IsForeign reports whether the person is a 外国人住民 (30条の45): any nationality other than Japan.
func (p Person) IsForeign() bool { return !IsJapaneseNationality(p.Nationality) }

// IsJapaneseNationality reports whether a 国籍 entry means Japan; empty means Japan, as on the 異動届 where the
// box is only filled for foreigners.
func IsJapaneseNationality(s string) bool {
	switch strings.TrimSpace(foldWidth(s)) {
	case "", "日本", "日本国":
		return true
	}
	return false
}

// Sex values.
const (
	SexMale   = "male"
	SexFemale = "female"
)

// ParseSex reads 男/女, 男性/女性, M/F, male/female and the ISO 5218 codes 1/2.
func ParseSex(field, text string) (string, error) {
	field = orDefault(field, "sex")
	switch strings.ToLower(compactIdentifier(text)) {
	case "男", "男性", "m", "male", "1":
		return SexMale, nil
	case "女", "女性", "f", "female", "2":
		return SexFemale, nil
	case "":
		return "", invalid(field, ErrFormat, "性別を入力してください")
	}
	return "", invalid(field, ErrUnknown, "性別は「男」または「女」で入力してください")
}

// Notifier is who makes the 届出 (届出人): the person, the 世帯主 on their behalf (住基法26条), or an agent with
// a 委任状.
type Notifier string

const (
	NotifierSelf  Notifier = "self"  // 本人
	NotifierHead  Notifier = "head"  // 世帯主
	NotifierAgent Notifier = "agent" // 代理人
)

var notifierLabels = map[Notifier]string{NotifierSelf: "本人", NotifierHead: "世帯主", NotifierAgent: "代理人"}

// Label returns 本人, 世帯主 or 代理人.
func (n Notifier) Label() string { return notifierLabels[n] }

// ParseNotifier accepts the code or the Japanese name.
func ParseNotifier(field, text string) (Notifier, error) {
	field = orDefault(field, "notifier")
	s := strings.TrimSpace(foldWidth(text))
	for n, label := range notifierLabels {
		if s == label || s == string(n) {
			return n, nil
		}
	}
	if s == "" {
		return "", invalid(field, ErrFormat, "届出人を選んでください")
	}
	return "", invalid(field, ErrUnknown, "届出人は「本人」「世帯主」「代理人」のいずれかです")
}

// isKana reports whether s is written in kana only (ひらがな or カタカナ, with ー, ・ and spaces), as a
// 振り仮名 must be.
func isKana(s string) bool {
	for _, r := range s {
		switch {
		case unicode.In(r, unicode.Hiragana, unicode.Katakana), r == 'ー', r == '・', r == '゛', r == '゜', unicode.IsSpace(r):
		default:
			return false
		}
	}
	return true
}

// sameName compares two names ignoring spaces and width, for the 世帯主 name cross-check.
func sameName(a, b string) bool {
	strip := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return r
		}, strings.ToUpper(foldWidth(s)))
	}
	return strip(a) == strip(b)
}
