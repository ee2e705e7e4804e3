// Package navi is the citizen navigation: question flows that lead to the procedures, things to bring and
// counters of a life event (N-a, N-k), their evaluation, the standard templates shipped with the product (N-aa)
// and the encrypted QR code that carries the answers and the household's 4情報 to the counter (N-t, N-u, N-v).
// It is pure: no database, no HTTP. The TypeScript client (clients/citizen) implements the same evaluation rules
// and the same QR format; README.md states both.
package navi

import (
	"bytes"
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/juki"
)

// L is a localised text. Japanese is required; the client falls back to it where English is missing.
type L struct {
	Ja string `json:"ja" yaml:"ja"`
	En string `json:"en,omitempty" yaml:"en,omitempty"`
}

// Flow is the navigation of one life event.
type Flow struct {
	ID           string      `json:"id" yaml:"id"`
	Order        int         `json:"order" yaml:"order"`
	Title        L           `json:"title" yaml:"title"`
	Summary      L           `json:"summary" yaml:"summary"`
	Household    string      `json:"household" yaml:"household"`
	AddressCheck string      `json:"addressCheck" yaml:"addressCheck"`
	Reason       string      `json:"reason,omitempty" yaml:"reason,omitempty"`
	Questions    []Question  `json:"questions" yaml:"questions"`
	Procedures   []Procedure `json:"procedures" yaml:"procedures"`
	Bring        []BringItem `json:"bring" yaml:"bring"`
	Always       *Adds       `json:"always,omitempty" yaml:"always,omitempty"`
}

// Household values: whether the resident may enter the household's 4情報 after the result (N-u).
const (
	HouseholdNone     = "none"
	HouseholdOptional = "optional"
)

// AddressCheck values (N-y): which address must lie in the city.
const (
	AddressCheckNone    = "none"
	AddressCheckNew     = "new"     // 転入, 転居: the address moved to
	AddressCheckCurrent = "current" // 転出: the address being left
)

// Question is asked in order; a chosen Choice may open further questions.
type Question struct {
	ID      string   `json:"id" yaml:"id"`
	Text    L        `json:"text" yaml:"text"`
	Help    *L       `json:"help,omitempty" yaml:"help,omitempty"`
	Terms   []string `json:"terms,omitempty" yaml:"terms,omitempty"`
	Choices []Choice `json:"choices" yaml:"choices"`
}

// Choice is one answer of a Question.
type Choice struct {
	ID        string     `json:"id" yaml:"id"`
	Label     L          `json:"label" yaml:"label"`
	Adds      *Adds      `json:"adds,omitempty" yaml:"adds,omitempty"`
	Questions []Question `json:"questions,omitempty" yaml:"questions,omitempty"`
}

// Adds is what a choice (or the flow itself, in Always) adds to the result; the ids refer to the flow's
// procedures and bring items and to the tenant's counters.
type Adds struct {
	Procedures []string `json:"procedures,omitempty" yaml:"procedures,omitempty"`
	Bring      []string `json:"bring,omitempty" yaml:"bring,omitempty"`
	Counters   []string `json:"counters,omitempty" yaml:"counters,omitempty"`
	Notes      []L      `json:"notes,omitempty" yaml:"notes,omitempty"`
}

// Procedure is one application or notification the resident makes.
type Procedure struct {
	ID      string `json:"id" yaml:"id"`
	Title   L      `json:"title" yaml:"title"`
	Text    *L     `json:"text,omitempty" yaml:"text,omitempty"`
	Counter string `json:"counter,omitempty" yaml:"counter,omitempty"`
}

// BringItem is one thing to bring to the counter.
type BringItem struct {
	ID   string `json:"id" yaml:"id"`
	Text L      `json:"text" yaml:"text"`
}

// Term is a glossary entry for an administrative word (N-m).
type Term struct {
	ID      string `json:"id" yaml:"id"`
	Term    L      `json:"term" yaml:"term"`
	Reading string `json:"reading,omitempty" yaml:"reading,omitempty"`
	Text    L      `json:"text" yaml:"text"`
}

// Counter is a window of the city office (N-a).
type Counter struct {
	ID    string `json:"id" yaml:"id"`
	Name  L      `json:"name" yaml:"name"`
	Place L      `json:"place" yaml:"place"`
	Hours L      `json:"hours" yaml:"hours"`
	Phone string `json:"phone,omitempty" yaml:"phone,omitempty"`
}

// MaxDepth is how deep questions nest: top level, under a choice, under that choice's question (N-p).
const MaxDepth = 3

// Ids travel in the QR code's answers and in URLs, so they are short and plain ASCII.
var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$`)

// ParseFlow reads a flow written as JSON or YAML (tenant copies arrive as either from the admin screen),
// fills the defaults of household and addressCheck and leaves no nil list for the client. It does not
// validate the references; call Validate.
func ParseFlow(data []byte) (*Flow, error) {
	var f Flow
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return nil, kakanai.Invalid("flow", "ナビの定義が空です")
	}
	if trimmed[0] == '{' {
		// The decoders' messages name the line or the field, which is what an editor needs; a flow holds no
		// personal data, so they may be shown.
		dec := json.NewDecoder(bytes.NewReader(trimmed))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			return nil, kakanai.Invalid("flow", "ナビの定義をJSONとして読めません: %s", err)
		}
	} else {
		dec := yaml.NewDecoder(bytes.NewReader(trimmed))
		dec.KnownFields(true)
		if err := dec.Decode(&f); err != nil {
			return nil, kakanai.Invalid("flow", "ナビの定義をYAMLとして読めません: %s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
	}
	f.normalise()
	return &f, nil
}

func (f *Flow) normalise() {
	if f.Household == "" {
		f.Household = HouseholdNone
	}
	if f.AddressCheck == "" {
		f.AddressCheck = AddressCheckNone
	}
	if f.Questions == nil {
		f.Questions = []Question{}
	}
	if f.Procedures == nil {
		f.Procedures = []Procedure{}
	}
	if f.Bring == nil {
		f.Bring = []BringItem{}
	}
	var fix func(qs []Question)
	fix = func(qs []Question) {
		for i := range qs {
			if qs[i].Choices == nil {
				qs[i].Choices = []Choice{}
			}
			for j := range qs[i].Choices {
				fix(qs[i].Choices[j].Questions)
			}
		}
	}
	fix(f.Questions)
}

// Validate checks the flow against the tenant's glossary and counters. The error is a kakanai EINVALID error
// whose Field is the path inside the flow (questions.0.choices.1.questions.0.text.ja) and whose message is
// Japanese; the first problem found is reported.
func (f *Flow) Validate(glossary []Term, counters []Counter) error {
	v := flowValidator{
		terms:      map[string]bool{},
		counters:   map[string]bool{},
		procedures: map[string]bool{},
		bring:      map[string]bool{},
		questions:  map[string]bool{},
	}
	for _, t := range glossary {
		v.terms[t.ID] = true
	}
	for _, c := range counters {
		v.counters[c.ID] = true
	}
	return v.flow(f)
}

type flowValidator struct {
	terms, counters, procedures, bring, questions map[string]bool
}

func (v *flowValidator) flow(f *Flow) error {
	if err := checkID("id", f.ID); err != nil {
		return err
	}
	if err := checkL("title", &f.Title); err != nil {
		return err
	}
	if err := checkL("summary", &f.Summary); err != nil {
		return err
	}
	switch f.Household {
	case HouseholdNone, HouseholdOptional:
	default:
		return kakanai.Invalid("household", "householdは「none」か「optional」です")
	}
	switch f.AddressCheck {
	case AddressCheckNone, AddressCheckNew, AddressCheckCurrent:
	default:
		return kakanai.Invalid("addressCheck", "addressCheckは「none」「new」「current」のいずれかです")
	}
	if f.AddressCheck != AddressCheckNone && f.Household != HouseholdOptional {
		return kakanai.Invalid("addressCheck", "住所の確認は世帯の情報を入力するナビ（household: optional）でだけ使えます")
	}
	if f.Reason != "" {
		if _, err := juki.ParseMoveReason("reason", f.Reason); err != nil {
			return kakanai.Invalid("reason", "%s", kakanai.ErrorMessage(err))
		}
		if f.Household != HouseholdOptional {
			return kakanai.Invalid("reason", "異動届の下書きを作るには世帯の情報の入力（household: optional）が必要です")
		}
	}
	for i := range f.Procedures {
		p := &f.Procedures[i]
		path := fmt.Sprintf("procedures.%d", i)
		if err := checkID(path+".id", p.ID); err != nil {
			return err
		}
		if v.procedures[p.ID] {
			return kakanai.Invalid(path+".id", "手続きのID「%s」が重複しています", p.ID)
		}
		v.procedures[p.ID] = true
		if err := checkL(path+".title", &p.Title); err != nil {
			return err
		}
		if err := checkL(path+".text", p.Text); err != nil {
			return err
		}
		if p.Counter != "" && !v.counters[p.Counter] {
			return kakanai.Invalid(path+".counter", "窓口「%s」は窓口の一覧にありません", p.Counter)
		}
	}
	for i := range f.Bring {
		b := &f.Bring[i]
		path := fmt.Sprintf("bring.%d", i)
		if err := checkID(path+".id", b.ID); err != nil {
			return err
		}
		if v.bring[b.ID] {
			return kakanai.Invalid(path+".id", "持ち物のID「%s」が重複しています", b.ID)
		}
		v.bring[b.ID] = true
		if err := checkL(path+".text", &b.Text); err != nil {
			return err
		}
	}
	if f.Always != nil {
		if err := v.adds("always", f.Always); err != nil {
			return err
		}
	}
	if len(f.Questions) == 0 {
		return kakanai.Invalid("questions", "質問を1つ以上作ってください")
	}
	return v.questionList("questions", f.Questions, 1)
}

func (v *flowValidator) questionList(path string, qs []Question, depth int) error {
	for i := range qs {
		if err := v.question(fmt.Sprintf("%s.%d", path, i), &qs[i], depth); err != nil {
			return err
		}
	}
	return nil
}

func (v *flowValidator) question(path string, q *Question, depth int) error {
	if depth > MaxDepth {
		return kakanai.Invalid(path, "質問の入れ子は%d段までです", MaxDepth)
	}
	if err := checkID(path+".id", q.ID); err != nil {
		return err
	}
	if v.questions[q.ID] {
		return kakanai.Invalid(path+".id", "質問のID「%s」が重複しています（ナビの中で一意にしてください）", q.ID)
	}
	v.questions[q.ID] = true
	if err := checkL(path+".text", &q.Text); err != nil {
		return err
	}
	if err := checkL(path+".help", q.Help); err != nil {
		return err
	}
	for i, t := range q.Terms {
		if !v.terms[t] {
			return kakanai.Invalid(fmt.Sprintf("%s.terms.%d", path, i), "用語「%s」は用語集にありません", t)
		}
	}
	if len(q.Choices) == 0 {
		return kakanai.Invalid(path+".choices", "選択肢のない質問は作れません")
	}
	choices := map[string]bool{}
	for i := range q.Choices {
		c := &q.Choices[i]
		cp := fmt.Sprintf("%s.choices.%d", path, i)
		if err := checkID(cp+".id", c.ID); err != nil {
			return err
		}
		if choices[c.ID] {
			return kakanai.Invalid(cp+".id", "選択肢のID「%s」が重複しています", c.ID)
		}
		choices[c.ID] = true
		if err := checkL(cp+".label", &c.Label); err != nil {
			return err
		}
		if c.Adds != nil {
			if err := v.adds(cp+".adds", c.Adds); err != nil {
				return err
			}
		}
		if err := v.questionList(cp+".questions", c.Questions, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (v *flowValidator) adds(path string, a *Adds) error {
	for i, id := range a.Procedures {
		if !v.procedures[id] {
			return kakanai.Invalid(fmt.Sprintf("%s.procedures.%d", path, i), "手続き「%s」はこのナビの手続きの一覧にありません", id)
		}
	}
	for i, id := range a.Bring {
		if !v.bring[id] {
			return kakanai.Invalid(fmt.Sprintf("%s.bring.%d", path, i), "持ち物「%s」はこのナビの持ち物の一覧にありません", id)
		}
	}
	for i, id := range a.Counters {
		if !v.counters[id] {
			return kakanai.Invalid(fmt.Sprintf("%s.counters.%d", path, i), "窓口「%s」は窓口の一覧にありません", id)
		}
	}
	for i := range a.Notes {
		if err := checkL(fmt.Sprintf("%s.notes.%d", path, i), &a.Notes[i]); err != nil {
			return err
		}
	}
	return nil
}

func checkID(path, id string) error {
	if id == "" {
		return kakanai.Invalid(path, "IDを入力してください")
	}
	if !idPattern.MatchString(id) {
		return kakanai.Invalid(path, "IDは英数字・「_」「-」の32文字以内です")
	}
	return nil
}

// checkL requires the Japanese text of a present L; a nil L (an optional text left out) passes.
func checkL(path string, l *L) error {
	if l != nil && strings.TrimSpace(l.Ja) == "" {
		return kakanai.Invalid(path+".ja", "日本語の文を入力してください")
	}
	return nil
}

// ValidateGlossary checks the tenant's glossary: ids unique, Japanese term and text present.
func ValidateGlossary(glossary []Term) error {
	seen := map[string]bool{}
	for i := range glossary {
		t := &glossary[i]
		path := fmt.Sprintf("glossary.%d", i)
		if err := checkID(path+".id", t.ID); err != nil {
			return err
		}
		if seen[t.ID] {
			return kakanai.Invalid(path+".id", "用語のID「%s」が重複しています", t.ID)
		}
		seen[t.ID] = true
		if err := checkL(path+".term", &t.Term); err != nil {
			return err
		}
		if err := checkL(path+".text", &t.Text); err != nil {
			return err
		}
	}
	return nil
}

// ValidateCounters checks the tenant's counters: ids unique, Japanese name, place and hours present.
func ValidateCounters(counters []Counter) error {
	seen := map[string]bool{}
	for i := range counters {
		c := &counters[i]
		path := fmt.Sprintf("counters.%d", i)
		if err := checkID(path+".id", c.ID); err != nil {
			return err
		}
		if seen[c.ID] {
			return kakanai.Invalid(path+".id", "窓口のID「%s」が重複しています", c.ID)
		}
		seen[c.ID] = true
		for _, l := range []struct {
			name string
			l    *L
		}{{"name", &c.Name}, {"place", &c.Place}, {"hours", &c.Hours}} {
			if err := checkL(path+"."+l.name, l.l); err != nil {
				return err
			}
		}
	}
	return nil
}

// ValidateAll checks a tenant's whole navigation: the glossary, the counters, every flow (paths prefixed with
// flows.N.) and that flow ids are unique.
func ValidateAll(flows []Flow, glossary []Term, counters []Counter) error {
	if err := ValidateGlossary(glossary); err != nil {
		return err
	}
	if err := ValidateCounters(counters); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i := range flows {
		prefix := fmt.Sprintf("flows.%d", i)
		if err := flows[i].Validate(glossary, counters); err != nil {
			if e, ok := err.(*kakanai.Error); ok {
				e.Field = prefix + "." + e.Field
			}
			return err
		}
		if seen[flows[i].ID] {
			return kakanai.Invalid(prefix+".id", "ナビのID「%s」が重複しています", flows[i].ID)
		}
		seen[flows[i].ID] = true
	}
	return nil
}
