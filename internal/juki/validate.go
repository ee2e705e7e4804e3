package juki

import (
	"errors"
	"fmt"
	"strings"
	"unicode"

	"github.com/kakanai/kakanai"
)

// Notification is the 届出 input: the header of the 住民異動届 and one Person per 異動者.
//
// Dates (notifiedOn, movedOn, plannedMoveOn, and the persons' birthDate and periodExpiry) are strings in any form
// ParseDate reads (1985-04-12, 昭和60年4月12日, S60.4.12, 3600412 …), exactly as typed or read by OCR. Validate
// parses them itself so that an impossible date is reported at its own path (persons.0.birthDate) instead of
// failing the whole input. The reason, 届出人 and 区分 accept the English code or the Japanese name.
type Notification struct {
	Reason        string   `json:"reason"`        // 異動事由, see ParseMoveReason
	NotifiedOn    string   `json:"notifiedOn"`    // 届出日
	MovedOn       string   `json:"movedOn"`       // 異動日 (転入・転居をした日, 世帯変更の日)
	PlannedMoveOn string   `json:"plannedMoveOn"` // 転出予定日 (転出; 特例転入: from the 転出証明書に準ずる証明書)
	NewAddress    Address  `json:"newAddress"`    // 新住所
	OldAddress    Address  `json:"oldAddress"`    // 旧住所 (転入: 従前の住所)
	Destination   Address  `json:"destination"`   // 転出先
	NewHeadName   string   `json:"newHeadName"`   // 新世帯主の氏名
	OldHeadName   string   `json:"oldHeadName"`   // 旧世帯主の氏名
	Notifier      string   `json:"notifier"`      // 届出人: 本人/世帯主/代理人
	Persons       []Person `json:"persons"`       // 異動者
}

// Address is an address as written on the form.
type Address struct {
	Line     string `json:"line"`     // 住所, up to the 番地
	Katagaki string `json:"katagaki"` // 方書: building and room, or 「○○方」 (no English word covers both)
}

func (a Address) present() bool { return strings.TrimSpace(a.Line+a.Katagaki) != "" }

// Issue is one finding of Validate. Path is the JSON path of the input (persons.0.myNumber); Code is stable
// for clients; Message is Japanese and never carries the value itself.
type Issue struct {
	Path     string `json:"path"`
	Code     string `json:"code"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// Severities: errors block completion of the 届出 (K-b), warnings are shown and may be overridden.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// Issue codes.
const (
	CodeRequired     = "required"     // a required item is missing (K-b)
	CodeForbidden    = "forbidden"    // an item that does not exist for this person or reason (K-c)
	CodeFormat       = "format"       // the value cannot be read
	CodeCheckDigit   = "check_digit"  // K-a
	CodeOutOfRange   = "out_of_range" // an impossible date or value (N-r)
	CodeUnknown      = "unknown"      // not a term of the vocabulary
	CodeInconsistent = "inconsistent" // two items contradict each other
	CodeHousehold    = "household"    // the 世帯主 rule
	CodeLate         = "late"         // the 届出 is past its legal period
	CodeExpired      = "expired"      // the 在留期間 has ended
	CodeNotEligible  = "not_eligible" // the person cannot be a 住民 (短期滞在 …)
	CodeNormalised   = "normalised"   // the value was rewritten to its standard form; a hint
)

// Blocking reports whether any issue is an error, i.e. whether the 届出 cannot be completed (K-b).
func Blocking(issues []Issue) bool {
	for _, is := range issues {
		if is.Severity == SeverityError {
			return true
		}
	}
	return false
}

// Validate checks a 届出 against the rules of its 異動事由 on the day today (the counter's date in Japan, see
// TodayInJapan) and returns every finding, notification-level first, then each person in order.
func Validate(n Notification, today Date) []Issue {
	v := &validator{today: today}
	reason, err := ParseMoveReason(string(FieldReason), n.Reason)
	if err != nil {
		v.fromErr(string(FieldReason), err)
	}
	rule := reasonTable[reason]

	needs := NotificationFieldNeeds(reason)
	present := map[Field]bool{
		FieldNotifiedOn: filled(n.NotifiedOn), FieldMovedOn: filled(n.MovedOn), FieldPlannedMoveOn: filled(n.PlannedMoveOn),
		FieldNewAddress: n.NewAddress.present(), FieldOldAddress: n.OldAddress.present(),
		FieldDestination: n.Destination.present(), FieldNewHeadName: filled(n.NewHeadName),
		FieldOldHeadName: filled(n.OldHeadName), FieldNotifier: filled(n.Notifier),
	}
	for _, f := range notificationFields {
		p := string(f)
		if f == FieldNewAddress || f == FieldOldAddress || f == FieldDestination {
			if needs[f] == NeedRequired {
				p += ".line"
			}
		}
		v.need(p, f, needs[f], present[f], func() string { return rule.label + "では" + f.Label() + "は入力しません" })
	}
	for _, fa := range []struct {
		f Field
		a Address
	}{{FieldNewAddress, n.NewAddress}, {FieldOldAddress, n.OldAddress}, {FieldDestination, n.Destination}} {
		if f, a := fa.f, fa.a; needs[f] != NeedForbidden && !filled(a.Line) && filled(a.Katagaki) {
			v.add(string(f)+".line", CodeRequired, SeverityError, "方書だけでは住所になりません。"+f.Label()+"を入力してください")
		}
	}

	usable := func(f Field) bool { return present[f] && needs[f] != NeedForbidden }
	var notified, moved, planned Date
	if usable(FieldNotifiedOn) {
		notified = v.date(string(FieldNotifiedOn), n.NotifiedOn)
		if !notified.IsZero() && !today.IsZero() && notified.After(today) {
			v.add(string(FieldNotifiedOn), CodeOutOfRange, SeverityError, "届出日が今日より後です")
		}
	}
	if usable(FieldMovedOn) {
		moved = v.date(string(FieldMovedOn), n.MovedOn)
	}
	if usable(FieldPlannedMoveOn) {
		planned = v.date(string(FieldPlannedMoveOn), n.PlannedMoveOn)
	}
	if usable(FieldNotifier) {
		if _, err := ParseNotifier(string(FieldNotifier), n.Notifier); err != nil {
			v.fromErr(string(FieldNotifier), err)
		}
	}
	v.timing(reason, rule, notified, moved, planned)

	if len(n.Persons) == 0 {
		v.add(string(FieldPersons), CodeRequired, SeverityError, "異動者を1人以上入力してください")
	}
	var heads []int
	var headNames []string
	for i, p := range n.Persons {
		if v.person(i, p, reason, moved) {
			heads = append(heads, i)
			headNames = append(headNames, p.FamilyName+p.GivenName, p.RomajiName)
		}
	}
	v.household(rule.household, n, heads, headNames)
	return v.issues
}

type validator struct {
	today  Date
	issues []Issue
}

func (v *validator) add(path, code, severity, msg string) {
	v.issues = append(v.issues, Issue{Path: path, Code: code, Severity: severity, Message: msg})
}

// fromErr turns an error of a Parse function into an issue at path, keeping its Japanese message.
func (v *validator) fromErr(path string, err error) {
	code := CodeFormat
	switch {
	case errors.Is(err, ErrCheckDigit):
		code = CodeCheckDigit
	case errors.Is(err, ErrOutOfRange):
		code = CodeOutOfRange
	case errors.Is(err, ErrUnknown):
		code = CodeUnknown
	}
	v.add(path, code, SeverityError, kakanai.ErrorMessage(err))
}

// need reports a missing required field or a filled forbidden one.
func (v *validator) need(path string, f Field, need Need, present bool, forbiddenMsg func() string) {
	switch {
	case need == NeedRequired && !present:
		v.add(path, CodeRequired, SeverityError, f.Label()+"を入力してください")
	case need == NeedForbidden && present:
		v.add(path, CodeForbidden, SeverityError, forbiddenMsg())
	}
}

// date parses a date field, reporting a failure at path; the zero Date then means "unusable".
func (v *validator) date(path, text string) Date {
	d, err := ParseDate(text)
	if err != nil {
		v.fromErr(path, err)
		return Date{}
	}
	return d
}

// timing checks the order of the dates and the legal periods. Being late is a warning: the 届出 is still
// accepted, and the municipality notifies the 簡易裁判所 (住基法52条2項) where due.
func (v *validator) timing(reason MoveReason, rule reasonRule, notified, moved, planned Date) {
	movingOut := reason == ReasonMoveOut || reason == ReasonMoveOutSpecial
	ref := notified
	if ref.IsZero() {
		ref = v.today
	}
	if !movingOut && !moved.IsZero() && !ref.IsZero() && moved.After(ref) {
		v.add(string(FieldMovedOn), CodeInconsistent, SeverityError, "異動日が届出日より後です（届出は異動の後に行います）")
	}
	if notified.IsZero() || rule.lateAfter == 0 {
		return
	}
	if !moved.IsZero() && notified.After(moved.AddDays(rule.lateAfter)) {
		msg := fmt.Sprintf("異動日から%d日を過ぎた届出です（%s）。遅れた理由を確認してください", rule.lateAfter, rule.law)
		switch {
		case reason == ReasonMoveInSpecial:
			msg = "異動日から14日を過ぎているため特例転入の期限を過ぎています（住基法24条の2）。転出証明書による転入届が必要か確認してください"
		case movingOut:
			msg = "転出後14日を過ぎた転出届です（住民基本台帳事務処理要領）。遅れた理由を確認してください"
		}
		v.add(string(FieldNotifiedOn), CodeLate, SeverityWarning, msg)
	}
	// 特例転入 must also come within 30 days of the planned date of the 転出 (住基法24条の2).
	if reason == ReasonMoveInSpecial && !planned.IsZero() && notified.After(planned.AddDays(30)) {
		v.add(string(FieldNotifiedOn), CodeLate, SeverityWarning, "転出予定日から30日を過ぎているため特例転入の期限を過ぎています（住基法24条の2）。転出証明書による転入届が必要か確認してください")
	}
}

// person checks one 異動者 and reports whether the person is (or becomes) the 世帯主.
func (v *validator) person(i int, p Person, reason MoveReason, moved Date) (isHead bool) {
	base := fmt.Sprintf("persons.%d.", i)
	path := func(f Field) string { return base + string(f) }
	foreign := p.IsForeign()

	var category ResidenceCategory
	if foreign && filled(p.ResidenceCategory) {
		c, err := ParseResidenceCategory(path(FieldResidenceCategory), p.ResidenceCategory)
		if err != nil {
			v.fromErr(path(FieldResidenceCategory), err)
		}
		category = c
	}
	status, statusListed := canonicalStatus(p.ResidenceStatus)
	needs := PersonFieldNeeds(reason, foreign, category, p.ResidenceStatus)

	var rel Relationship
	relOK := false
	if filled(p.Relationship) {
		r, hint, err := ParseRelationship(path(FieldRelationship), p.Relationship)
		if err != nil {
			v.fromErr(path(FieldRelationship), err)
		} else {
			rel, relOK = r, true
			if hint != "" {
				v.add(path(FieldRelationship), CodeNormalised, SeverityWarning, hint)
			}
		}
	}
	isHead = p.IsHeadOfHousehold || (relOK && rel.Kind == RelationHead)
	if isHead {
		needs[FieldRelationship] = NeedAllowed // the 世帯主's own entry is implied
		if relOK && rel.Kind != RelationHead {
			v.add(path(FieldRelationship), CodeInconsistent, SeverityError, "世帯主の続柄は「世帯主」です")
		}
	}

	period, periodErr := ParsePeriodOfStayCode(p.PeriodOfStay)
	present := map[Field]bool{
		FieldFamilyName: filled(p.FamilyName), FieldGivenName: filled(p.GivenName),
		FieldFamilyNameKana: filled(p.FamilyNameKana), FieldGivenNameKana: filled(p.GivenNameKana),
		FieldRomajiName: filled(p.RomajiName), FieldCommonName: filled(p.CommonName),
		FieldBirthDate: filled(p.BirthDate), FieldSex: filled(p.Sex), FieldRelationship: filled(p.Relationship),
		FieldResidentCode: filled(p.ResidentCode), FieldMyNumber: filled(p.MyNumber),
		FieldNationality: filled(p.Nationality), FieldDomicile: filled(p.Domicile),
		FieldDomicileHead: filled(p.DomicileHead), FieldResidenceCategory: filled(p.ResidenceCategory),
		FieldResidenceStatus: filled(p.ResidenceStatus),
		// 0000000 is how forms write "no period": it counts as empty.
		FieldPeriodOfStay: periodErr != nil || !period.IsZero(),
		FieldPeriodExpiry: filled(p.PeriodExpiry), FieldCardNumber: filled(p.CardNumber),
	}
	for _, f := range personFields {
		v.need(path(f), f, needs[f], present[f], func() string {
			return forbiddenPersonMessage(f, reason, foreign, category, status)
		})
	}
	usable := func(f Field) bool { return present[f] && needs[f] != NeedForbidden }

	for _, f := range []Field{FieldFamilyNameKana, FieldGivenNameKana} {
		text := p.FamilyNameKana
		if f == FieldGivenNameKana {
			text = p.GivenNameKana
		}
		if usable(f) && !isKana(text) {
			v.add(path(f), CodeFormat, SeverityError, "ふりがなはひらがなまたはカタカナで入力してください")
		}
	}
	if usable(FieldRomajiName) && !isRomaji(p.RomajiName) {
		v.add(path(FieldRomajiName), CodeFormat, SeverityError, "ローマ字氏名は在留カードの表記どおり英字で入力してください")
	}
	if usable(FieldBirthDate) {
		if birth := v.date(path(FieldBirthDate), p.BirthDate); !birth.IsZero() {
			switch {
			case !v.today.IsZero() && birth.After(v.today):
				v.add(path(FieldBirthDate), CodeOutOfRange, SeverityError, "生年月日が今日より後です")
			case !moved.IsZero() && birth.After(moved):
				v.add(path(FieldBirthDate), CodeInconsistent, SeverityError, "生年月日が異動日より後です（異動日の後に生まれた方は出生届で記載します）")
			}
		}
	}
	if usable(FieldSex) {
		sex, err := ParseSex(path(FieldSex), p.Sex)
		if err != nil {
			v.fromErr(path(FieldSex), err)
		} else if relOK && rel.Sex() != "" && rel.Sex() != sex {
			v.add(path(FieldSex), CodeInconsistent, SeverityWarning, "続柄「"+rel.String()+"」と性別が一致しません。確認してください")
		}
	}
	if usable(FieldResidentCode) {
		if _, warning, err := ParseResidentCode(path(FieldResidentCode), p.ResidentCode); err != nil {
			v.fromErr(path(FieldResidentCode), err)
		} else if warning != "" {
			v.add(path(FieldResidentCode), CodeCheckDigit, SeverityWarning, warning)
		}
	}
	if usable(FieldMyNumber) {
		if _, err := ParseMyNumber(path(FieldMyNumber), p.MyNumber); err != nil {
			v.fromErr(path(FieldMyNumber), err)
		}
	}
	if usable(FieldResidenceStatus) {
		switch {
		case nonResidentStatuses[status]:
			v.add(path(FieldResidenceStatus), CodeNotEligible, SeverityError, "在留資格が短期滞在・外交・公用の方は住民票の対象外です（入管法19条の3、住基法30条の45）")
		case !statusListed:
			v.add(path(FieldResidenceStatus), CodeUnknown, SeverityWarning, "在留資格が一覧にありません。在留カードの表記と照合してください")
		}
	}
	if usable(FieldPeriodOfStay) {
		if periodErr != nil {
			v.fromErr(path(FieldPeriodOfStay), periodErr)
		} else if category == CategoryMidToLongTerm && shortStay(period) {
			v.add(path(FieldPeriodOfStay), CodeNotEligible, SeverityWarning, "在留期間が3月以下の方は中長期在留者に当たりません（入管法19条の3第1号）。在留カードを確認してください")
		}
	}
	if usable(FieldPeriodExpiry) {
		if exp := v.date(path(FieldPeriodExpiry), p.PeriodExpiry); !exp.IsZero() && !v.today.IsZero() && Expired(exp, v.today) {
			v.add(path(FieldPeriodExpiry), CodeExpired, SeverityWarning, "在留期間の満了日を過ぎています。更新・変更の申請中（特例期間）か在留カード裏面で確認してください")
		}
	}
	if usable(FieldCardNumber) {
		if _, err := ParseResidenceCardNumber(path(FieldCardNumber), p.CardNumber); err != nil {
			v.fromErr(path(FieldCardNumber), err)
		}
	}
	return isHead
}

// forbiddenPersonMessage says why a field is locked for this person (K-c).
func forbiddenPersonMessage(f Field, reason MoveReason, foreign bool, category ResidenceCategory, status string) string {
	switch {
	case foreign && containsField(japaneseOnly, f):
		return f.Label() + "は外国人住民には記載しません（住基法30条の45）"
	case !foreign && containsField(foreignOnly, f):
		return f.Label() + "は外国人住民だけの項目です。外国人の方は国籍・地域を入力してください"
	case foreign && (f == FieldPeriodOfStay || f == FieldPeriodExpiry) && indefiniteStatuses[status] && category == CategoryMidToLongTerm:
		return status + "には在留期間がありません"
	case foreign && category.Label() != "":
		return category.Label() + "には" + f.Label() + "はありません（住基法30条の45）"
	}
	return reason.Label() + "では" + f.Label() + "は入力しません"
}

// household applies the 世帯主 rule of the reason: one 世帯主 per household; without one among the persons
// they join the household of newHeadName (住基法22条: 世帯主でない者は世帯主の氏名と続柄). [推定] for the
// 世帯変更 variants.
func (v *validator) household(h household, n Notification, heads []int, headNames []string) {
	if h == householdNone || len(n.Persons) == 0 {
		return
	}
	for _, i := range heads[min(1, len(heads)):] {
		v.add(fmt.Sprintf("persons.%d.%s", i, FieldIsHeadOfHousehold), CodeHousehold, SeverityError, "世帯主は1世帯に1人です")
	}
	switch {
	case len(heads) == 0 && h == householdNewOne:
		v.add(string(FieldPersons), CodeHousehold, SeverityError, "新しく世帯主になる方を指定してください")
	case len(heads) == 0 && !filled(n.NewHeadName):
		v.add(string(FieldNewHeadName), CodeHousehold, SeverityError, "異動者の中から世帯主を指定するか、世帯主の氏名を入力してください（住基法22条）")
	case len(heads) == 1 && filled(n.NewHeadName) && !sameName(n.NewHeadName, headNames[0]) && !sameName(n.NewHeadName, headNames[1]):
		v.add(string(FieldNewHeadName), CodeInconsistent, SeverityWarning, "新世帯主の氏名が世帯主に指定された方の氏名と一致しません")
	}
}

func filled(s string) bool { return strings.TrimSpace(s) != "" }

func containsField(list []Field, f Field) bool {
	for _, g := range list {
		if g == f {
			return true
		}
	}
	return false
}

// isRomaji accepts Latin letters with the punctuation found in passport names.
func isRomaji(s string) bool {
	for _, r := range foldWidth(s) {
		switch {
		case r < unicode.MaxLatin1 && unicode.IsLetter(r), unicode.In(r, unicode.Latin), unicode.IsSpace(r),
			r == ',', r == '-', r == '.', r == '\'':
		default:
			return false
		}
	}
	return true
}
