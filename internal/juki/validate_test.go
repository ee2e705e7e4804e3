package juki

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

var today = Date{2026, 4, 20}

// moveInJapaneseHousehold is a complete 転入届 of a Japanese couple and their child.
func moveInJapaneseHousehold() Notification {
	return Notification{
		Reason: "転入", NotifiedOn: "令和8年4月20日", MovedOn: "2026-04-10",
		NewAddress: Address{Line: "福岡県小郡市小郡255番地1", Katagaki: "小郡ハイツ101"},
		OldAddress: Address{Line: "東京都千代田区霞が関2丁目1番2号"},
		Notifier:   "世帯主",
		Persons: []Person{
			{FamilyName: "山田", GivenName: "太郎", FamilyNameKana: "やまだ", GivenNameKana: "たろう", BirthDate: "S60.4.12", Sex: "男",
				Relationship: "世帯主", IsHeadOfHousehold: true, ResidentCode: "12345678903", MyNumber: "1234 5678 9018",
				Domicile: "福岡県小郡市小郡255番地", DomicileHead: "山田太郎"},
			{FamilyName: "山田", GivenName: "花子", FamilyNameKana: "ヤマダ", GivenNameKana: "ハナコ", BirthDate: "昭和62年1月3日", Sex: "女",
				Relationship: "妻", ResidentCode: "00000000019", Domicile: "福岡県小郡市小郡255番地", DomicileHead: "山田太郎"},
			{FamilyName: "山田", GivenName: "一郎", BirthDate: "R4.12.1", Sex: "男", Relationship: "子", ResidentCode: "24727059608",
				Domicile: "福岡県小郡市小郡255番地", DomicileHead: "山田太郎"},
		},
	}
}

// moveInForeigner is a complete 国外転入 of a 中長期在留者 joining no household: they are the head.
func moveInForeigner() Notification {
	return Notification{
		Reason: "move_in_from_abroad", NotifiedOn: "2026-04-20", MovedOn: "2026-04-15",
		NewAddress: Address{Line: "福岡県小郡市大保1番地"}, OldAddress: Address{Line: "ベトナム"}, Notifier: "本人",
		Persons: []Person{{
			RomajiName: "NGUYEN VAN AN", BirthDate: "2001-09-02", Sex: "M", IsHeadOfHousehold: true,
			Nationality: "ベトナム", ResidenceCategory: "中長期在留者", ResidenceStatus: "技術・人文知識・国際業務",
			PeriodOfStay: "0500000", PeriodExpiry: "2031-04-10", CardNumber: "AB12345678CD",
		}},
	}
}

// issueAt returns the issues at path.
func issueAt(issues []Issue, path string) []Issue {
	var out []Issue
	for _, is := range issues {
		if is.Path == path {
			out = append(out, is)
		}
	}
	return out
}

func requireIssue(t *testing.T, issues []Issue, path, code, severity string) Issue {
	t.Helper()
	for _, is := range issueAt(issues, path) {
		if is.Code == code && is.Severity == severity {
			if is.Message == "" {
				t.Errorf("%s: empty message", path)
			}
			return is
		}
	}
	t.Fatalf("no %s %s at %s; got %s", severity, code, path, dump(issues))
	return Issue{}
}

func dump(issues []Issue) string {
	var b strings.Builder
	for _, is := range issues {
		fmt.Fprintf(&b, "\n  %s %s %s %s", is.Path, is.Severity, is.Code, is.Message)
	}
	return b.String()
}

func TestValidate_K_b_completeMoveInHasNoIssues(t *testing.T) {
	for name, n := range map[string]Notification{"japanese": moveInJapaneseHousehold(), "foreign": moveInForeigner()} {
		if issues := Validate(n, today); len(issues) != 0 {
			t.Errorf("%s: %s", name, dump(issues))
		}
	}
}

func TestValidate_K_b_requiredItemsBlockCompletion(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.MovedOn = ""
	n.OldAddress = Address{}
	n.Persons[1].BirthDate = " "
	n.Persons[2].ResidentCode = ""
	n.Persons[2].Relationship = ""
	issues := Validate(n, today)
	if !Blocking(issues) {
		t.Fatal("missing required items must block")
	}
	for _, path := range []string{"movedOn", "oldAddress.line", "persons.1.birthDate", "persons.2.residentCode", "persons.2.relationship"} {
		is := requireIssue(t, issues, path, CodeRequired, SeverityError)
		if !strings.HasSuffix(is.Message, "を入力してください") {
			t.Errorf("%s: message %q", path, is.Message)
		}
	}
	if issues := Validate(Notification{Reason: "転入", NotifiedOn: "2026-04-20"}, today); len(issueAt(issues, "persons")) != 1 {
		t.Errorf("no persons: %s", dump(issues))
	}
}

func TestValidate_K_a_everyCheckDigit(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[0].MyNumber = "123456789019"
	n.Persons[1].ResidentCode = "25208017644"
	n.Persons[2].MyNumber = "12345678901"
	issues := Validate(n, today)
	is := requireIssue(t, issues, "persons.0.myNumber", CodeCheckDigit, SeverityError)
	if is.Message != "個人番号のチェックデジットが一致しません" {
		t.Errorf("message %q", is.Message)
	}
	requireIssue(t, issues, "persons.1.residentCode", CodeCheckDigit, SeverityError)
	is = requireIssue(t, issues, "persons.2.myNumber", CodeFormat, SeverityError)
	if is.Message != "個人番号は12桁の数字で入力してください" {
		t.Errorf("message %q", is.Message)
	}
	// The lenient 住民票コード is a warning and does not block.
	n = moveInJapaneseHousehold()
	n.Persons[0].ResidentCode = "00000000001"
	issues = Validate(n, today)
	requireIssue(t, issues, "persons.0.residentCode", CodeCheckDigit, SeverityWarning)
	if Blocking(issues) {
		t.Errorf("a warning must not block: %s", dump(issues))
	}
	n = moveInForeigner()
	n.Persons[0].CardNumber = "AB1234567CD"
	requireIssue(t, Validate(n, today), "persons.0.cardNumber", CodeFormat, SeverityError)
}

func TestValidate_K_c_foreignFieldsLockedForJapaneseAndViceVersa(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[0].ResidenceStatus = "留学"
	n.Persons[0].CardNumber = "AB12345678CD"
	n.Persons[0].CommonName = "ヤマ"
	issues := Validate(n, today)
	for _, f := range []string{"residenceStatus", "cardNumber", "commonName"} {
		requireIssue(t, issues, "persons.0."+f, CodeForbidden, SeverityError)
	}
	f := moveInForeigner()
	f.Persons[0].Domicile = "福岡県"
	f.Persons[0].DomicileHead = "誰か"
	issues = Validate(f, today)
	is := requireIssue(t, issues, "persons.0.domicile", CodeForbidden, SeverityError)
	if is.Message != "本籍は外国人住民には記載しません（住基法30条の45）" {
		t.Errorf("message %q", is.Message)
	}
	requireIssue(t, issues, "persons.0.domicileHead", CodeForbidden, SeverityError)
	// 日本 is a Japanese national too.
	n = moveInJapaneseHousehold()
	n.Persons[0].Nationality = "日本"
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("nationality 日本: %s", dump(issues))
	}
}

func TestValidate_K_c_foreignerNeedsNationalityAndCategory(t *testing.T) {
	n := moveInForeigner()
	n.Persons[0].ResidenceCategory = ""
	issues := Validate(n, today)
	requireIssue(t, issues, "persons.0.residenceCategory", CodeRequired, SeverityError)
	if len(issues) != 1 {
		t.Errorf("the missing category must not pile up errors it explains: %s", dump(issues))
	}
	n.Persons[0].ResidenceCategory = "永住者"
	requireIssue(t, Validate(n, today), "persons.0.residenceCategory", CodeUnknown, SeverityError)

	// Without a nationality the person is Japanese, and the 在留 items are locked.
	n = moveInForeigner()
	n.Persons[0].Nationality = ""
	issues = Validate(n, today)
	requireIssue(t, issues, "persons.0.residenceCategory", CodeForbidden, SeverityError)
	requireIssue(t, issues, "persons.0.familyName", CodeRequired, SeverityError)
}

func TestValidate_K_c_specialPermanentResidentHasCertificateButNoPeriod(t *testing.T) {
	n := moveInForeigner()
	p := &n.Persons[0]
	p.Nationality, p.ResidenceCategory, p.ResidenceStatus, p.PeriodOfStay, p.PeriodExpiry = "韓国", "特別永住者", "", "", ""
	if issues := Validate(n, today); len(issues) != 0 {
		t.Fatalf("特別永住者: %s", dump(issues))
	}
	p.PeriodOfStay = "0000000" // how forms write "no period"
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("0000000 is no period: %s", dump(issues))
	}
	p.PeriodOfStay, p.ResidenceStatus = "0300000", "永住者"
	issues := Validate(n, today)
	is := requireIssue(t, issues, "persons.0.periodOfStay", CodeForbidden, SeverityError)
	if is.Message != "特別永住者には在留期間はありません（住基法30条の45）" {
		t.Errorf("message %q", is.Message)
	}
	requireIssue(t, issues, "persons.0.residenceStatus", CodeForbidden, SeverityError)
	p.CardNumber = ""
	requireIssue(t, Validate(n, today), "persons.0.cardNumber", CodeRequired, SeverityError)
}

func TestValidate_K_c_permanentResidentHasNoPeriod(t *testing.T) {
	n := moveInForeigner()
	n.Persons[0].ResidenceStatus = "永住者"
	issues := Validate(n, today)
	is := requireIssue(t, issues, "persons.0.periodOfStay", CodeForbidden, SeverityError)
	if is.Message != "永住者には在留期間がありません" {
		t.Errorf("message %q", is.Message)
	}
	n.Persons[0].PeriodOfStay, n.Persons[0].PeriodExpiry = "", ""
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("永住者 without period: %s", dump(issues))
	}
}

func TestValidate_foreignerStatusChecks(t *testing.T) {
	n := moveInForeigner()
	n.Persons[0].ResidenceStatus = "短期滞在"
	requireIssue(t, Validate(n, today), "persons.0.residenceStatus", CodeNotEligible, SeverityError)
	n.Persons[0].ResidenceStatus = "未知の資格"
	issues := Validate(n, today)
	requireIssue(t, issues, "persons.0.residenceStatus", CodeUnknown, SeverityWarning)
	if Blocking(issues) {
		t.Error("an unlisted status is a warning")
	}
	n = moveInForeigner()
	n.Persons[0].PeriodOfStay = "0003000"
	requireIssue(t, Validate(n, today), "persons.0.periodOfStay", CodeNotEligible, SeverityWarning)
	n.Persons[0].PeriodOfStay = "0013000"
	requireIssue(t, Validate(n, today), "persons.0.periodOfStay", CodeOutOfRange, SeverityError)
	n = moveInForeigner()
	n.Persons[0].RomajiName = "阮文安"
	requireIssue(t, Validate(n, today), "persons.0.romajiName", CodeFormat, SeverityError)
}

func TestValidate_expiredPeriodOfStayIsAWarning(t *testing.T) {
	n := moveInForeigner()
	n.Persons[0].PeriodExpiry = "2026-04-19"
	issues := Validate(n, today)
	requireIssue(t, issues, "persons.0.periodExpiry", CodeExpired, SeverityWarning)
	if Blocking(issues) {
		t.Errorf("an expired period (特例期間 possible) must not block: %s", dump(issues))
	}
	n.Persons[0].PeriodExpiry = "2026-04-20"
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("the 満了日 itself is not expired: %s", dump(issues))
	}
}

func TestValidate_lateNotificationIsAWarning(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.MovedOn = "2026-04-06" // day 14 after the move is 4/20: still in time (民法140条, the first day is not counted)
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("14th day: %s", dump(issues))
	}
	n.MovedOn = "2026-04-05"
	issues := Validate(n, today)
	is := requireIssue(t, issues, "notifiedOn", CodeLate, SeverityWarning)
	if !strings.Contains(is.Message, "住基法22条") || Blocking(issues) {
		t.Errorf("late 転入: %s", dump(issues))
	}
}

func TestValidate_specialMoveInLimits(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Reason = "特例転入"
	n.PlannedMoveOn = "2026-04-01"
	if issues := Validate(n, today); len(issues) != 0 {
		t.Fatalf("in time: %s", dump(issues))
	}
	n.PlannedMoveOn = "2026-03-20" // 31 days before the 届出
	issues := Validate(n, today)
	is := requireIssue(t, issues, "notifiedOn", CodeLate, SeverityWarning)
	if !strings.Contains(is.Message, "30日") || Blocking(issues) {
		t.Errorf("30-day limit: %s", dump(issues))
	}
	n.PlannedMoveOn = "2026-04-01"
	n.MovedOn = "2026-04-05"
	is = requireIssue(t, Validate(n, today), "notifiedOn", CodeLate, SeverityWarning)
	if !strings.Contains(is.Message, "14日") || !strings.Contains(is.Message, "特例転入") {
		t.Errorf("14-day limit: %q", is.Message)
	}
	n.PlannedMoveOn = ""
	requireIssue(t, Validate(n, today), "plannedMoveOn", CodeRequired, SeverityError)
}

func TestValidate_N_r_impossibleDatesAreReportedAtTheirPath(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[1].BirthDate = "平成32年1月1日"
	n.Persons[2].BirthDate = "2023-02-29"
	n.MovedOn = "昭和64年1月8日"
	issues := Validate(n, today)
	is := requireIssue(t, issues, "persons.1.birthDate", CodeOutOfRange, SeverityError)
	if is.Message != "平成は31年4月30日までです（翌日から令和）" {
		t.Errorf("message %q", is.Message)
	}
	requireIssue(t, issues, "persons.2.birthDate", CodeOutOfRange, SeverityError)
	requireIssue(t, issues, "movedOn", CodeOutOfRange, SeverityError)
}

func TestValidate_dateOrder(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[2].BirthDate = "2026-04-15" // born after the move: an 出生届, not a 転入
	requireIssue(t, Validate(n, today), "persons.2.birthDate", CodeInconsistent, SeverityError)
	n.Persons[2].BirthDate = "2026-05-01"
	requireIssue(t, Validate(n, today), "persons.2.birthDate", CodeOutOfRange, SeverityError)
	n = moveInJapaneseHousehold()
	n.MovedOn = "2026-04-21"
	requireIssue(t, Validate(n, today), "movedOn", CodeInconsistent, SeverityError)
	n.NotifiedOn = "2026-04-21"
	requireIssue(t, Validate(n, today), "notifiedOn", CodeOutOfRange, SeverityError)
}

func TestValidate_exactlyOneHeadPerHousehold(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[1].IsHeadOfHousehold = true
	n.Persons[1].Relationship = ""
	requireIssue(t, Validate(n, today), "persons.1.isHeadOfHousehold", CodeHousehold, SeverityError)

	// Nobody is the head: they join the household of newHeadName, which must then be given.
	n = moveInJapaneseHousehold()
	n.Persons[0].IsHeadOfHousehold = false
	n.Persons[0].Relationship = "子"
	requireIssue(t, Validate(n, today), "newHeadName", CodeHousehold, SeverityError)
	n.NewHeadName = "山田 一"
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("joining a household: %s", dump(issues))
	}

	n = moveInJapaneseHousehold()
	n.NewHeadName = "鈴木 次郎"
	requireIssue(t, Validate(n, today), "newHeadName", CodeInconsistent, SeverityWarning)
	n.NewHeadName = "山田　太郎"
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("same head name with a full-width space: %s", dump(issues))
	}

	n = moveInJapaneseHousehold()
	n.Persons[0].Relationship = "妻"
	requireIssue(t, Validate(n, today), "persons.0.relationship", CodeInconsistent, SeverityError)
}

func TestValidate_headChangeNeedsTheNewHead(t *testing.T) {
	n := Notification{
		Reason: "世帯主変更", NotifiedOn: "2026-04-20", MovedOn: "2026-04-18", OldHeadName: "山田太郎", Notifier: "本人",
		Persons: []Person{{FamilyName: "山田", GivenName: "花子", Relationship: "妻"}},
	}
	requireIssue(t, Validate(n, today), "persons", CodeHousehold, SeverityError)
	n.Persons[0].Relationship, n.Persons[0].IsHeadOfHousehold = "世帯主", true
	if issues := Validate(n, today); len(issues) != 0 {
		t.Errorf("head change: %s", dump(issues))
	}
}

func TestValidate_moveOut(t *testing.T) {
	n := Notification{
		Reason: "転出", NotifiedOn: "2026-04-20", PlannedMoveOn: "2026-05-01", OldAddress: Address{Line: "福岡県小郡市小郡255番地1"},
		Destination: Address{Line: "東京都千代田区霞が関2丁目1番2号"}, Notifier: "本人",
		Persons: []Person{{FamilyName: "山田", GivenName: "太郎"}},
	}
	if issues := Validate(n, today); len(issues) != 0 {
		t.Fatalf("転出: %s", dump(issues))
	}
	n.NewAddress = Address{Line: "東京都"}
	is := requireIssue(t, Validate(n, today), "newAddress", CodeForbidden, SeverityError)
	if is.Message != "転出では新住所は入力しません" {
		t.Errorf("message %q", is.Message)
	}
	n.NewAddress = Address{}
	n.MovedOn = "2026-04-01"
	requireIssue(t, Validate(n, today), "notifiedOn", CodeLate, SeverityWarning)
}

func TestValidate_relationshipHintsAndSex(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[2].Relationship = "長男"
	issues := Validate(n, today)
	requireIssue(t, issues, "persons.2.relationship", CodeNormalised, SeverityWarning)
	if Blocking(issues) {
		t.Error("a hint must not block")
	}
	n.Persons[2].Relationship = "祖父"
	requireIssue(t, Validate(n, today), "persons.2.relationship", CodeUnknown, SeverityError)
	n = moveInJapaneseHousehold()
	n.Persons[1].Sex = "男"
	requireIssue(t, Validate(n, today), "persons.1.sex", CodeInconsistent, SeverityWarning)
	n.Persons[1].Sex = "X"
	requireIssue(t, Validate(n, today), "persons.1.sex", CodeUnknown, SeverityError)
}

func TestValidate_otherFormatChecks(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Reason = "引越し"
	requireIssue(t, Validate(n, today), "reason", CodeUnknown, SeverityError)
	n = moveInJapaneseHousehold()
	n.Notifier = "友人"
	requireIssue(t, Validate(n, today), "notifier", CodeUnknown, SeverityError)
	n = moveInJapaneseHousehold()
	n.Persons[0].FamilyNameKana = "yamada"
	requireIssue(t, Validate(n, today), "persons.0.familyNameKana", CodeFormat, SeverityError)
	n = moveInJapaneseHousehold()
	n.NewAddress = Address{Katagaki: "小郡ハイツ101"}
	requireIssue(t, Validate(n, today), "newAddress.line", CodeRequired, SeverityError)
	n = moveInJapaneseHousehold()
	n.Destination = Address{Line: "東京都"}
	requireIssue(t, Validate(n, today), "destination", CodeForbidden, SeverityError)
}

func TestValidate_exOfficioHasNoNotifier(t *testing.T) {
	n := Notification{
		Reason: "職権記載", MovedOn: "2026-04-01", NewAddress: Address{Line: "福岡県小郡市小郡255番地1"}, NewHeadName: "山田太郎",
		Persons: []Person{{FamilyName: "山田", GivenName: "一郎", BirthDate: "2026-03-30", Relationship: "子"}},
	}
	if issues := Validate(n, today); len(issues) != 0 {
		t.Fatalf("職権記載: %s", dump(issues))
	}
	n.Notifier = "本人"
	requireIssue(t, Validate(n, today), "notifier", CodeForbidden, SeverityError)
}

func TestValidate_notificationJSONUsesLowerCamelCase(t *testing.T) {
	b, err := json.Marshal(moveInForeigner())
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"notifiedOn"`, `"movedOn"`, `"plannedMoveOn"`, `"newAddress"`, `"katagaki"`, `"persons"`, `"isHeadOfHousehold"`, `"periodOfStay"`, `"residenceCategory"`, `"cardNumber"`} {
		if !strings.Contains(string(b), key) {
			t.Errorf("JSON lacks %s: %s", key, b)
		}
	}
	var back Notification
	if err := json.Unmarshal(b, &back); err != nil || len(Validate(back, today)) != 0 {
		t.Errorf("round trip: %v", err)
	}
	is, _ := json.Marshal(Issue{Path: "persons.0.myNumber", Code: CodeCheckDigit, Severity: SeverityError, Message: "m"})
	if string(is) != `{"path":"persons.0.myNumber","code":"check_digit","severity":"error","message":"m"}` {
		t.Errorf("issue JSON %s", is)
	}
}

func TestValidate_messagesNeverCarryTheValue(t *testing.T) {
	n := moveInJapaneseHousehold()
	n.Persons[0].MyNumber = "123456789019"
	n.Persons[0].BirthDate = "2019-02-30"
	for _, is := range Validate(n, today) {
		if strings.Contains(is.Message, "123456789019") || strings.Contains(is.Message, "2019") {
			t.Errorf("%s: message carries the input: %q", is.Path, is.Message)
		}
	}
}
