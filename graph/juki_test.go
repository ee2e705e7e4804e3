package graph_test

import (
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/kakanai/kakanai/internal/app/apptest"
)

// The 住基 helpers through the real handler. They touch no data, so SQLite alone is enough here.
func jukiClient(t *testing.T) *apptest.Client {
	env := apptest.Start(t, dialect.SQLite)
	c := env.NewClient(t)
	c.Login("admin", apptest.AdminPassword, "")
	return c
}

func TestDescribePeriodOfStay_K_m(t *testing.T) {
	c := jukiClient(t)
	for code, want := range map[string]string{"0500000": "0500000 (5年)", "0403000": "0403000 (4年3月)", "0000090": "0000090 (90日)"} {
		d := c.MustDo(`query($c:String!){describePeriodOfStay(code:$c){text years months days}}`, map[string]any{"c": code})
		if got := apptest.Path(d, "describePeriodOfStay", "text"); got != want {
			t.Errorf("%s: %v, want %s", code, got, want)
		}
	}
	r := c.Do(`{describePeriodOfStay(code:"0513000"){text}}`, nil)
	if r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "code" {
		t.Fatalf("impossible code: %+v", r.Errors)
	}
}

func TestAgeHelper_K_n(t *testing.T) {
	c := jukiClient(t)
	d := c.MustDo(`{ageHelper(birth:"2022-12-01",on:"2023-12-01"){text age birth{wareki}}}`, nil)
	if got := apptest.Path(d, "ageHelper", "text"); got != "令和4年12月1日(2022年)(1歳)" {
		t.Fatalf("ageHelper = %v", got)
	}
	if got := apptest.Path(d, "ageHelper", "age"); got != float64(1) {
		t.Fatalf("age = %v", got)
	}
}

func TestParseJapaneseDate_N_r(t *testing.T) {
	c := jukiClient(t)
	d := c.MustDo(`{parseJapaneseDate(text:"S60.4.12"){iso wareki seireki eraCode}}`, nil)
	if apptest.Path(d, "parseJapaneseDate", "iso") != "1985-04-12" || apptest.Path(d, "parseJapaneseDate", "wareki") != "昭和60年4月12日" {
		t.Fatalf("got %v", d)
	}
	r := c.Do(`{parseJapaneseDate(text:"平成32年1月1日"){iso}}`, nil)
	if r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "text" || !strings.Contains(r.Errors[0].Message, "平成") {
		t.Fatalf("impossible date: %+v", r.Errors)
	}
}

func TestValidateNotification_K_a_K_b_K_c(t *testing.T) {
	c := jukiClient(t)
	q := `query($n:NotificationInput!){validateNotification(input:$n){completable issues{path code severity message}}}`
	ok := map[string]any{
		"reason": "move_within", "notifiedOn": "2026-11-20", "movedOn": "2026-11-18", "notifier": "本人",
		"newAddress": map[string]any{"line": "福岡県小郡市小郡123番地"}, "oldAddress": map[string]any{"line": "福岡県小郡市大板井136番地"},
		"newHeadName": "小郡 一郎",
		"persons": []any{map[string]any{
			"familyName": "小郡", "givenName": "一郎", "familyNameKana": "おごおり", "givenNameKana": "いちろう",
			"birthDate": "昭和60年4月12日", "sex": "男", "relationship": "世帯主", "isHeadOfHousehold": true,
			"myNumber": "123456789018",
		}},
	}
	d := c.MustDo(q, map[string]any{"n": ok})
	if apptest.Path(d, "validateNotification", "completable") != true {
		t.Fatalf("a complete 転居 is not completable: %v", d)
	}
	// A wrong check digit (K-a), a missing birth date (K-b) and a 在留カード number on a Japanese (K-c).
	bad := ok["persons"].([]any)[0].(map[string]any)
	bad["myNumber"], bad["birthDate"], bad["cardNumber"] = "123456789019", "", "AB12345678CD"
	d = c.MustDo(q, map[string]any{"n": ok})
	if apptest.Path(d, "validateNotification", "completable") != false {
		t.Fatal("completable despite errors")
	}
	got := map[string]string{}
	for _, is := range apptest.Path(d, "validateNotification", "issues").([]any) {
		m := is.(map[string]any)
		got[m["path"].(string)] = m["code"].(string)
		if strings.Contains(m["message"].(string), "123456789019") {
			t.Errorf("message repeats the 個人番号: %v", m)
		}
	}
	for path, code := range map[string]string{"persons.0.myNumber": "check_digit", "persons.0.birthDate": "required", "persons.0.cardNumber": "forbidden"} {
		if got[path] != code {
			t.Errorf("%s: %q, want %q (all: %v)", path, got[path], code, got)
		}
	}
}

func TestJukiHelpers_needALogin(t *testing.T) {
	env := apptest.Start(t, dialect.SQLite)
	if r := env.NewClient(t).Do(`{describePeriodOfStay(code:"0500000"){text}}`, nil); r.Code() != "unauthorized" {
		t.Fatalf("anonymous: %+v", r.Errors)
	}
}

func TestPersonFieldRules_K_c_japaneseAndForeignFieldsAreSeparated(t *testing.T) {
	c := jukiClient(t)
	q := `query($n:String){personFieldRules(reason:"move_in",nationality:$n,residenceCategory:"中長期在留者",residenceStatus:"留学"){field need}}`
	needs := func(nationality string) map[string]string {
		out := map[string]string{}
		d := c.MustDo(q, map[string]any{"n": nationality})
		for _, r := range apptest.Path(d, "personFieldRules").([]any) {
			m := r.(map[string]any)
			out[m["field"].(string)] = m["need"].(string)
		}
		return out
	}
	jp, foreign := needs("日本"), needs("米国")
	for field, want := range map[string][2]string{
		"domicile":     {"required", "forbidden"},
		"cardNumber":   {"forbidden", "required"},
		"periodExpiry": {"forbidden", "required"},
	} {
		if jp[field] != want[0] || foreign[field] != want[1] {
			t.Errorf("%s: Japanese %q foreign %q, want %q %q", field, jp[field], foreign[field], want[0], want[1])
		}
	}
}
