package bench

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// The error listings split the wrong values by what staff see: accepted ones (not shown for review) and held
// ones (shown); right values appear in neither (R8).
func TestPrintErrors_R8_acceptedAndHeldListedApart(t *testing.T) {
	r := &Report{Samples: []Sample{{Name: "moveout-standard-0001-clean", Condition: "clean", Outcomes: []Outcome{
		{Key: "fullName", Person: 0, Want: "山田　太郎", Got: "山田　太朗", Conf: 0.95},
		{Key: "address", Person: -1, Want: "福岡県小郡市小郡１２３番地", Got: "福岡県小郡市小郡１２３番好", Conf: 0.6},
		{Key: "birthDate", Person: 0, Want: "1980-01-02", Got: "", Conf: 0},
		{Key: "fullNameKana", Person: 0, Want: "ヤマダ　タロウ", Got: "ヤマダ　タロウ", Conf: 0.99},
	}}}}
	var accepted, held bytes.Buffer
	r.PrintAcceptedErrors(&accepted)
	r.PrintHeldErrors(&held)
	for _, c := range []struct {
		out       string
		has, hasn []string
	}{
		{accepted.String(), []string{"太朗"}, []string{"番好", "birthDate", "タロウ"}},
		{held.String(), []string{"番好", "birthDate"}, []string{"太朗", "タロウ"}},
	} {
		for _, s := range c.has {
			if !strings.Contains(c.out, s) {
				t.Errorf("listing lacks %q:\n%s", s, c.out)
			}
		}
		for _, s := range c.hasn {
			if strings.Contains(c.out, s) {
				t.Errorf("listing has %q:\n%s", s, c.out)
			}
		}
	}
}

// The CPU target is per 転出証明書 page over the conditions: the report gives each document type's mean of its
// conditions' means to the millisecond, which the table's 0.01 s cells cannot show (R8).
func TestPrint_R8_cpuPerDocumentTypeToTheMillisecond(t *testing.T) {
	r := &Report{Samples: []Sample{
		{Doc: "moveOutCertificate", Condition: "clean", CPU: 270 * time.Millisecond},
		{Doc: "moveOutCertificate", Condition: "clean", CPU: 280 * time.Millisecond},
		{Doc: "moveOutCertificate", Condition: "photo", CPU: 329 * time.Millisecond},
		{Doc: "residenceCard", Condition: "clean", CPU: 200 * time.Millisecond},
	}}
	var out bytes.Buffer
	r.Print(&out)
	for _, want := range []string{"moveOutCertificate 0.302;", "residenceCard 0.200;"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}
