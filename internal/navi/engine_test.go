package navi

import (
	"reflect"
	"testing"
)

func standardFlow(t *testing.T, id string) *Flow {
	t.Helper()
	flows, _, _ := Standard()
	for i := range flows {
		if flows[i].ID == id {
			return &flows[i]
		}
	}
	t.Fatalf("no standard flow %q", id)
	return nil
}

func ids[T any](items []T, id func(T) string) []string {
	out := []string{}
	for _, it := range items {
		out = append(out, id(it))
	}
	return out
}

func procIDs(ps []Procedure) []string  { return ids(ps, func(p Procedure) string { return p.ID }) }
func bringIDs(bs []BringItem) []string { return ids(bs, func(b BringItem) string { return b.ID }) }
func visibleIDs(qs []*Question) []string {
	return ids(qs, func(q *Question) string { return q.ID })
}

func TestEvaluate_N_l_progressOfTennyuPath(t *testing.T) {
	f := standardFlow(t, "tennyu")
	answers := map[string]string{}

	e := Evaluate(f, answers)
	top := []string{"from", "foreign", "card", "family", "insurance", "care", "seal", "who"}
	if got := visibleIDs(e.Visible); !reflect.DeepEqual(got, top) {
		t.Fatalf("visible = %v, want %v", got, top)
	}
	if e.Progress != 0 || e.Complete {
		t.Errorf("empty: progress %d complete %v", e.Progress, e.Complete)
	}
	if got := procIDs(e.Result.Procedures); !reflect.DeepEqual(got, []string{"tennyu"}) {
		t.Errorf("always procedures = %v", got)
	}

	// Choosing 国内 → マイナンバーカードで転出 opens two more levels: 10 visible, 3 answered.
	answers["from"] = "domestic"
	answers["moveout"] = "card"
	answers["allcards"] = "yes"
	e = Evaluate(f, answers)
	wantVisible := []string{"from", "moveout", "allcards", "foreign", "card", "family", "insurance", "care", "seal", "who"}
	if got := visibleIDs(e.Visible); !reflect.DeepEqual(got, wantVisible) {
		t.Fatalf("visible = %v, want %v", got, wantVisible)
	}
	if e.Answered != 3 || e.Total != 10 || e.Progress != 30 {
		t.Errorf("answered %d/%d progress %d, want 3/10 30", e.Answered, e.Total, e.Progress)
	}

	for q, c := range map[string]string{"foreign": "no", "card": "yes", "family": "yes", "school": "yes",
		"insurance": "kokuho", "care": "none", "seal": "yes"} {
		answers[q] = c
	}
	e = Evaluate(f, answers)
	if e.Answered != 10 || e.Total != 11 || e.Progress != 90 || e.Complete {
		t.Errorf("answered %d/%d progress %d complete %v, want 10/11 90 false", e.Answered, e.Total, e.Progress, e.Complete)
	}
	answers["who"] = "self"
	e = Evaluate(f, answers)
	if e.Progress != 100 || !e.Complete {
		t.Errorf("all answered: progress %d complete %v", e.Progress, e.Complete)
	}
	wantProcs := []string{"tennyu", "keizoku", "jido-teate", "kodomo-iryo", "tengaku", "kokuho", "inkan"}
	if got := procIDs(e.Result.Procedures); !reflect.DeepEqual(got, wantProcs) {
		t.Errorf("procedures = %v, want %v", got, wantProcs)
	}
	// mynumber-card is added by 特例転出 and by the card question: kept once, at its first position.
	wantBring := []string{"honnin", "mynumber-card", "kouza", "zaigaku", "inkan"}
	if got := bringIDs(e.Result.Bring); !reflect.DeepEqual(got, wantBring) {
		t.Errorf("bring = %v, want %v", got, wantBring)
	}
	wantCounters := []string{"shimin", "kosodate", "gakko", "hoken"}
	if !reflect.DeepEqual(e.Result.Counters, wantCounters) {
		t.Errorf("counters = %v, want %v", e.Result.Counters, wantCounters)
	}
	// always (1) + 特例転出 (1) + allcards yes (1) + family yes (1)
	if len(e.Result.Notes) != 4 || e.Result.Notes[0].Ja != f.Always.Notes[0].Ja {
		t.Errorf("notes = %v", e.Result.Notes)
	}
}

func TestEvaluate_hiddenAnswersAreIgnored(t *testing.T) {
	f := standardFlow(t, "tennyu")
	// allcards and school are answered, but their parents are answered so that they stay hidden.
	answers := map[string]string{"from": "abroad", "moveout": "card", "allcards": "no", "family": "no", "school": "yes"}
	e := Evaluate(f, answers)
	for _, q := range e.Visible {
		if q.ID == "moveout" || q.ID == "allcards" || q.ID == "school" {
			t.Errorf("%s is visible", q.ID)
		}
	}
	for _, p := range e.Result.Procedures {
		if p.ID == "tengaku" {
			t.Error("the hidden school answer added tengaku")
		}
	}
	for _, n := range e.Result.Notes {
		if n.Ja == f.Question("allcards").Choices[1].Adds.Notes[0].Ja {
			t.Error("the hidden allcards answer added its note")
		}
	}
	// from (abroad) + honseki visible; 2 answered (from, family) of 9 visible.
	if e.Answered != 2 || e.Total != 9 || e.Progress != 22 {
		t.Errorf("answered %d/%d progress %d, want 2/9 22", e.Answered, e.Total, e.Progress)
	}
}

func TestEvaluate_unknownChoiceCountsAsUnanswered(t *testing.T) {
	f := standardFlow(t, "tenkyo")
	e := Evaluate(f, map[string]string{"members": "nobody"})
	if e.Answered != 0 {
		t.Errorf("answered = %d, want 0", e.Answered)
	}
}

func TestEvaluate_deduplicatesByIDKeepingFirstPosition(t *testing.T) {
	f := &Flow{
		ID: "d", Always: &Adds{Bring: []string{"b2"}, Counters: []string{"c9"}, Notes: []L{{Ja: "n0"}}},
		Questions: []Question{
			yn("q1", &Adds{Procedures: []string{"p2", "p1"}, Bring: []string{"b1", "b2"}, Notes: []L{{Ja: "n1"}}},
				yn("q1a", &Adds{Procedures: []string{"p1"}, Counters: []string{"c1"}})),
			yn("q2", &Adds{Procedures: []string{"p3", "p2"}, Counters: []string{"c1", "c2"}, Notes: []L{{Ja: "n1"}}}),
		},
		Procedures: []Procedure{{ID: "p1", Counter: "c2"}, {ID: "p2", Counter: "c3"}, {ID: "p3", Counter: "c9"}},
		Bring:      []BringItem{{ID: "b1"}, {ID: "b2"}},
	}
	e := Evaluate(f, map[string]string{"q1": "yes", "q1a": "yes", "q2": "yes"})
	if got := procIDs(e.Result.Procedures); !reflect.DeepEqual(got, []string{"p2", "p1", "p3"}) {
		t.Errorf("procedures = %v", got)
	}
	if got := bringIDs(e.Result.Bring); !reflect.DeepEqual(got, []string{"b2", "b1"}) {
		t.Errorf("bring = %v", got)
	}
	// counters of the adds first (c9 always, c1 from q1a, c2 from q2), then those of the procedures (c3).
	if got := e.Result.Counters; !reflect.DeepEqual(got, []string{"c9", "c1", "c2", "c3"}) {
		t.Errorf("counters = %v", got)
	}
	if got := ids(e.Result.Notes, func(l L) string { return l.Ja }); !reflect.DeepEqual(got, []string{"n0", "n1", "n1"}) {
		t.Errorf("notes = %v (notes are appended, not de-duplicated)", got)
	}
}

func TestEvaluate_emptyFlowIsComplete(t *testing.T) {
	e := Evaluate(&Flow{ID: "e"}, nil)
	if e.Progress != 100 || !e.Complete || e.Result.Procedures == nil || e.Result.Counters == nil {
		t.Errorf("%+v", e)
	}
}
