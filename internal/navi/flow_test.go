package navi

import (
	"strings"
	"testing"

	"github.com/kakanai/kakanai"
)

func testCatalog() ([]Term, []Counter) {
	return []Term{{ID: "setainushi", Term: L{Ja: "世帯主"}, Text: L{Ja: "世帯の代表"}}},
		[]Counter{{ID: "shimin", Name: L{Ja: "市民課"}, Place: L{Ja: "1階"}, Hours: L{Ja: "平日"}}}
}

func yn(id string, yes *Adds, sub ...Question) Question {
	return Question{ID: id, Text: L{Ja: id + "？"}, Choices: []Choice{
		{ID: "yes", Label: L{Ja: "はい"}, Adds: yes, Questions: sub},
		{ID: "no", Label: L{Ja: "いいえ"}},
	}}
}

func validFlow() *Flow {
	return &Flow{
		ID: "test", Title: L{Ja: "テスト"}, Summary: L{Ja: "テストです"},
		Household: HouseholdOptional, AddressCheck: AddressCheckNew, Reason: "転入",
		Questions:  []Question{yn("q1", &Adds{Procedures: []string{"p1"}}, yn("q2", nil, yn("q3", nil)))},
		Procedures: []Procedure{{ID: "p1", Title: L{Ja: "届出"}, Counter: "shimin"}},
		Bring:      []BringItem{{ID: "b1", Text: L{Ja: "本人確認書類"}}},
	}
}

func wantInvalid(t *testing.T, err error, field string) {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want one at %s", field)
	}
	if kakanai.ErrorCode(err) != kakanai.EINVALID || kakanai.ErrorField(err) != field {
		t.Fatalf("error %v: code %q field %q, want invalid at %q", err, kakanai.ErrorCode(err), kakanai.ErrorField(err), field)
	}
	if msg := kakanai.ErrorMessage(err); !strings.ContainsFunc(msg, func(r rune) bool { return r > 0x3000 }) {
		t.Errorf("message %q is not Japanese", msg)
	}
}

func TestFlow_N_p_nestsThreeLevels(t *testing.T) {
	g, c := testCatalog()
	if err := validFlow().Validate(g, c); err != nil {
		t.Fatal(err)
	}
}

func TestFlow_N_p_refusesDepthFour(t *testing.T) {
	g, c := testCatalog()
	f := validFlow()
	f.Questions[0].Choices[0].Questions[0].Choices[0].Questions[0].Choices[1].Questions = []Question{yn("q4", nil)}
	wantInvalid(t, f.Validate(g, c), "questions.0.choices.0.questions.0.choices.0.questions.0.choices.1.questions.0")
}

func TestFlow_Validate_refuses(t *testing.T) {
	g, c := testCatalog()
	cases := []struct {
		name  string
		edit  func(f *Flow)
		field string
	}{
		{"duplicate question id", func(f *Flow) { f.Questions = append(f.Questions, yn("q2", nil)) }, "questions.1.id"},
		{"duplicate choice id", func(f *Flow) { f.Questions[0].Choices[1].ID = "yes" }, "questions.0.choices.1.id"},
		{"duplicate procedure id", func(f *Flow) { f.Procedures = append(f.Procedures, f.Procedures[0]) }, "procedures.1.id"},
		{"unknown procedure", func(f *Flow) {
			f.Questions[0].Choices[0].Questions[0].Choices[0].Adds = &Adds{Procedures: []string{"nope"}}
		}, "questions.0.choices.0.questions.0.choices.0.adds.procedures.0"},
		{"unknown bring", func(f *Flow) { f.Always = &Adds{Bring: []string{"b1", "nope"}} }, "always.bring.1"},
		{"unknown counter in adds", func(f *Flow) { f.Questions[0].Choices[1].Adds = &Adds{Counters: []string{"zeimu"}} }, "questions.0.choices.1.adds.counters.0"},
		{"unknown procedure counter", func(f *Flow) { f.Procedures[0].Counter = "zeimu" }, "procedures.0.counter"},
		{"unknown term", func(f *Flow) { f.Questions[0].Terms = []string{"setainushi", "honseki"} }, "questions.0.terms.1"},
		{"missing ja", func(f *Flow) { f.Questions[0].Choices[0].Questions[0].Text = L{En: "only English"} }, "questions.0.choices.0.questions.0.text.ja"},
		{"missing help ja", func(f *Flow) { f.Questions[0].Help = &L{En: "x"} }, "questions.0.help.ja"},
		{"missing title", func(f *Flow) { f.Title.Ja = " " }, "title.ja"},
		{"missing note ja", func(f *Flow) { f.Always = &Adds{Notes: []L{{Ja: "ok"}, {}}} }, "always.notes.1.ja"},
		{"no choices", func(f *Flow) { f.Questions[0].Choices[0].Questions[0].Choices = nil }, "questions.0.choices.0.questions.0.choices"},
		{"no questions", func(f *Flow) { f.Questions = nil }, "questions"},
		{"bad household", func(f *Flow) { f.Household = "required" }, "household"},
		{"bad addressCheck", func(f *Flow) { f.AddressCheck = "old" }, "addressCheck"},
		{"bad reason", func(f *Flow) { f.Reason = "引越し" }, "reason"},
		{"reason without household", func(f *Flow) { f.AddressCheck, f.Household = AddressCheckNone, HouseholdNone }, "reason"},
		{"bad id", func(f *Flow) { f.Questions[0].ID = "質問" }, "questions.0.id"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := validFlow()
			tc.edit(f)
			wantInvalid(t, f.Validate(g, c), tc.field)
		})
	}
}

func TestValidateAll_prefixesFlowPaths(t *testing.T) {
	g, c := testCatalog()
	bad := *validFlow()
	bad.ID = "other"
	bad.Procedures = []Procedure{{ID: "p1", Title: L{Ja: "x"}, Counter: "nope"}}
	wantInvalid(t, ValidateAll([]Flow{*validFlow(), bad}, g, c), "flows.1.procedures.0.counter")
	wantInvalid(t, ValidateAll([]Flow{*validFlow(), *validFlow()}, g, c), "flows.1.id")
	wantInvalid(t, ValidateAll(nil, append(g, g[0]), c), "glossary.1.id")
	wantInvalid(t, ValidateAll(nil, g, []Counter{{ID: "x", Name: L{Ja: "x"}, Place: L{Ja: "x"}}}), "counters.0.hours.ja")
}

func TestParseFlow_acceptsJSONAndYAML(t *testing.T) {
	yamlText := `
id: t
title: {ja: テスト, en: Test}
summary: {ja: 説明}
questions:
  - id: q
    text: {ja: 質問}
    choices:
      - {id: "yes", label: {ja: はい}}
`
	jsonText := `{"id":"t","title":{"ja":"テスト","en":"Test"},"summary":{"ja":"説明"},
		"questions":[{"id":"q","text":{"ja":"質問"},"choices":[{"id":"yes","label":{"ja":"はい"}}]}]}`
	for name, text := range map[string]string{"yaml": yamlText, "json": jsonText} {
		f, err := ParseFlow([]byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if f.Household != HouseholdNone || f.AddressCheck != AddressCheckNone || f.Procedures == nil || f.Bring == nil {
			t.Errorf("%s: defaults not filled: %+v", name, f)
		}
		if f.Title.En != "Test" || f.Questions[0].Choices[0].ID != "yes" {
			t.Errorf("%s: parsed %+v", name, f)
		}
		if err := f.Validate(nil, nil); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	for _, bad := range []string{"", "{", "id: [", `{"id":"t","questionz":[]}`, "id: t\nunknown: 1\n"} {
		if _, err := ParseFlow([]byte(bad)); kakanai.ErrorCode(err) != kakanai.EINVALID {
			t.Errorf("ParseFlow(%q) = %v, want invalid", bad, err)
		}
	}
}
