package navi

import (
	"reflect"
	"testing"

	"github.com/kakanai/kakanai/internal/juki"
)

func TestDraft_N_u_moveInFillsTheNotification(t *testing.T) {
	p := samplePayload()
	n, ok := p.Draft(standardFlow(t, "tennyu"))
	if !ok {
		t.Fatal("no draft for 転入")
	}
	want := juki.Notification{
		Reason:      string(juki.ReasonMoveIn),
		MovedOn:     "2026-03-28",
		NewAddress:  juki.Address{Line: "福岡県小郡市小郡1234番地", Katagaki: "小郡ハイツ101"},
		OldAddress:  juki.Address{Line: "福岡県福岡市中央区天神1丁目1番1号"},
		NewHeadName: "山田 太郎",
		Persons: []juki.Person{
			{FamilyName: "山田", GivenName: "太郎", FamilyNameKana: "やまだ", GivenNameKana: "たろう", BirthDate: "1985-04-12",
				Sex: "男", Relationship: "世帯主", IsHeadOfHousehold: true},
			{FamilyName: "山田", GivenName: "花子", FamilyNameKana: "やまだ", GivenNameKana: "はなこ", BirthDate: "1987-01-03",
				Sex: "女", Relationship: "妻"},
		},
	}
	if !reflect.DeepEqual(n, want) {
		t.Errorf("draft\n got %+v\nwant %+v", n, want)
	}
	// What the resident could know passes juki's rules; the rest is left to the counter.
	n.NotifiedOn, n.Notifier = "2026-04-01", "世帯主"
	for _, is := range juki.Validate(n, juki.Date{Year: 2026, Month: 4, Day: 1}) {
		switch is.Path {
		case "persons.0.residentCode", "persons.1.residentCode", "persons.0.domicile", "persons.1.domicile",
			"persons.0.domicileHead", "persons.1.domicileHead":
		default:
			t.Errorf("unexpected issue %+v", is)
		}
	}
}

func TestDraft_moveOutUsesPlannedDateAndDestination(t *testing.T) {
	p := samplePayload()
	p.Flow = "tenshutsu"
	n, ok := p.Draft(standardFlow(t, "tenshutsu"))
	if !ok {
		t.Fatal("no draft for 転出")
	}
	if n.Reason != string(juki.ReasonMoveOut) || n.PlannedMoveOn != "2026-03-28" || n.MovedOn != "" {
		t.Errorf("reason %q planned %q moved %q", n.Reason, n.PlannedMoveOn, n.MovedOn)
	}
	if n.OldAddress.Line != "福岡県小郡市小郡1234番地" || n.OldAddress.Katagaki != "小郡ハイツ101" ||
		n.Destination.Line != "福岡県福岡市中央区天神1丁目1番1号" || n.NewAddress != (juki.Address{}) {
		t.Errorf("addresses: old %+v destination %+v new %+v", n.OldAddress, n.Destination, n.NewAddress)
	}
	if n.OldHeadName != "山田 太郎" || n.NewHeadName != "" {
		t.Errorf("heads: old %q new %q", n.OldHeadName, n.NewHeadName)
	}
	n.NotifiedOn, n.Notifier = "2026-03-20", "世帯主"
	if issues := juki.Validate(n, juki.Date{Year: 2026, Month: 3, Day: 20}); juki.Blocking(issues) {
		t.Errorf("issues: %+v", issues)
	}
}

func TestDraft_foreignHeadUsesRomajiName(t *testing.T) {
	p := Payload{Version: 1, Flow: "tenkyo", Household: &Household{Persons: []Member{
		{RomajiName: "NGUYEN VAN AN", FamilyNameKana: "グエン", GivenNameKana: "ヴァン アン", Sex: 1, Relationship: "世帯主", Nationality: "ベトナム"},
	}}}
	n, ok := p.Draft(standardFlow(t, "tenkyo"))
	if !ok || n.Reason != string(juki.ReasonMoveWithin) || n.NewHeadName != "NGUYEN VAN AN" || n.OldHeadName != "NGUYEN VAN AN" {
		t.Errorf("draft %+v", n)
	}
	if n.Persons[0].Nationality != "ベトナム" || !n.Persons[0].IsHeadOfHousehold {
		t.Errorf("person %+v", n.Persons[0])
	}
}

func TestDraft_noReasonNoDraft(t *testing.T) {
	p := samplePayload()
	if _, ok := p.Draft(standardFlow(t, "shomei")); ok {
		t.Error("証明書 made a 届出 draft")
	}
	if _, ok := p.Draft(nil); ok {
		t.Error("nil flow made a draft")
	}
}
