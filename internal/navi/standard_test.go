package navi

import (
	"reflect"
	"strconv"
	"testing"
)

// walkL visits every localised text of a flow with its path.
func walkL(f *Flow, visit func(path string, l *L)) {
	var v func(path string, x reflect.Value)
	v = func(path string, x reflect.Value) {
		switch x.Kind() {
		case reflect.Pointer:
			if !x.IsNil() {
				v(path, x.Elem())
			}
		case reflect.Struct:
			if l, ok := x.Addr().Interface().(*L); ok {
				visit(path, l)
				return
			}
			for i := 0; i < x.NumField(); i++ {
				v(path+"."+x.Type().Field(i).Name, x.Field(i))
			}
		case reflect.Slice:
			for i := 0; i < x.Len(); i++ {
				v(path+"."+strconv.Itoa(i), x.Index(i))
			}
		}
	}
	v(f.ID, reflect.ValueOf(f))
}

func TestStandard_N_aa_templatesValidate(t *testing.T) {
	flows, glossary, counters := Standard()
	if err := ValidateAll(flows, glossary, counters); err != nil {
		t.Fatal(err)
	}
	want := []string{"tennyu", "tenkyo", "tenshutsu", "shomei", "shussei", "konin", "rikon", "shibou", "shimei"}
	var got []string
	for _, f := range flows {
		got = append(got, f.ID)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("flows = %v, want %v (N-k)", got, want)
	}
	if len(glossary) < 20 {
		t.Errorf("glossary has %d terms, want about 20 (N-m)", len(glossary))
	}
	for i := range flows {
		walkL(&flows[i], func(path string, l *L) {
			if l.En == "" {
				t.Errorf("%s: no English for %q", path, l.Ja)
			}
		})
	}
	for _, term := range glossary {
		if term.Term.En == "" || term.Text.En == "" {
			t.Errorf("glossary %s: no English", term.ID)
		}
	}
	for _, c := range counters {
		if c.Name.En == "" || c.Place.En == "" || c.Hours.En == "" {
			t.Errorf("counter %s: no English", c.ID)
		}
	}
}

func TestStandard_N_p_someFlowNestsThreeLevels(t *testing.T) {
	flows, _, _ := Standard()
	var depth func(qs []Question) int
	depth = func(qs []Question) int {
		if len(qs) == 0 {
			return 0
		}
		inner := 0
		for _, q := range qs {
			for _, c := range q.Choices {
				inner = max(inner, depth(c.Questions))
			}
		}
		return 1 + inner
	}
	deep := 0
	for _, f := range flows {
		if depth(f.Questions) == MaxDepth {
			deep++
			t.Logf("%s nests %d levels", f.ID, MaxDepth)
		}
	}
	if deep == 0 {
		t.Fatal("no standard flow reaches 3 levels (N-p)")
	}
}

func TestStandard_copiesAreIndependent(t *testing.T) {
	a, _, _ := Standard()
	a[0].Questions[0].Choices[0].Label.Ja = "changed"
	b, _, _ := Standard()
	if b[0].Questions[0].Choices[0].Label.Ja == "changed" {
		t.Fatal("Standard returned shared data")
	}
}

func TestStandard_moveFlowsCarryReasons(t *testing.T) {
	flows, _, _ := Standard()
	want := map[string][2]string{"tennyu": {"転入", "new"}, "tenkyo": {"転居", "new"}, "tenshutsu": {"転出", "current"}}
	for _, f := range flows {
		w, ok := want[f.ID]
		switch {
		case ok && (f.Reason != w[0] || f.AddressCheck != w[1] || f.Household != HouseholdOptional):
			t.Errorf("%s: reason %q addressCheck %q household %q", f.ID, f.Reason, f.AddressCheck, f.Household)
		case !ok && f.Reason != "":
			t.Errorf("%s: unexpected reason %q", f.ID, f.Reason)
		}
	}
}
