package juki

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// Fuzz targets, one per parser. Each asserts that nothing panics and that whatever parses formats back to an
// equal value. Seeds live in testdata/fuzz/<FuzzName>/ (go's "go test fuzz v1" corpus format); run one with
//
//	go test ./internal/juki -run='^$' -fuzz='^FuzzParseDate$' -fuzztime=60s -fuzzminimizetime=5s
//
// -fuzzminimizetime matters: with the default (60s per new input) the regexp-heavy date targets spend almost the
// whole budget minimising coverage-only inputs (measured: 13k execs in 60s against ~900k in 40s with 1s).

func FuzzParseDate(f *testing.F) {
	f.Add("昭和60年4月12日")
	f.Fuzz(func(t *testing.T, text string) {
		d, err := ParseDate(text)
		if err != nil {
			if d != (Date{}) {
				t.Fatalf("error with a date: %v", d)
			}
			return
		}
		if !d.Valid() || d.Wareki() == "" {
			t.Fatalf("ParseDate(%q) = %v, not a valid supported date", text, d)
		}
		for _, s := range []string{d.Wareki(), d.ShortWareki(), d.EraCode(), d.ISO(), d.Seireki()} {
			if s == "" {
				continue // EraCode is empty from 令和100年
			}
			if back, err := ParseDate(s); err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %v; %q → %v, %v", text, d, s, back, err)
			}
		}
	})
}

func FuzzParsePeriodOfStayCode(f *testing.F) {
	f.Add("0403000")
	f.Fuzz(func(t *testing.T, code string) {
		p, err := ParsePeriodOfStayCode(code)
		if err != nil {
			return
		}
		if back, err := ParsePeriodOfStayCode(p.Code()); err != nil || back != p {
			t.Fatalf("%q → %+v → %q → %+v, %v", code, p, p.Code(), back, err)
		}
		if d, err := DescribePeriodOfStay(code); err != nil || d[:7] != p.Code() {
			t.Fatalf("DescribePeriodOfStay(%q) = %q, %v", code, d, err)
		}
		if !p.IsZero() {
			if back, err := ParsePeriodOfStayText(p.Japanese()); err != nil || back != p {
				t.Fatalf("%+v → %q → %+v, %v", p, p.Japanese(), back, err)
			}
		}
	})
}

func FuzzParseCardPeriod(f *testing.F) {
	f.Add("4年3月（2018年10月20日）")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := ParseCardPeriod(text)
		if err != nil {
			return
		}
		if back, err := ParseCardPeriod(c.String()); err != nil || back != c {
			t.Fatalf("%q → %+v → %q → %+v, %v", text, c, c.String(), back, err)
		}
		if back, err := ParsePeriodOfStayCode(c.Period.Code()); err != nil || back != c.Period {
			t.Fatalf("period code round trip %+v: %+v, %v", c.Period, back, err)
		}
	})
}

// identifierRoundTrip checks that a parsed identifier parses to itself.
func identifierRoundTrip(t *testing.T, text string, parse func(string, string) (string, error)) {
	got, err := parse("", text)
	if err != nil {
		return
	}
	if back, err := parse("", got); err != nil || back != got {
		t.Fatalf("%q → %q → %q, %v", text, got, back, err)
	}
}

func FuzzMyNumber(f *testing.F) {
	f.Add("1234 5678 9018")
	f.Fuzz(func(t *testing.T, text string) {
		identifierRoundTrip(t, text, ParseMyNumber)
		if got, err := ParseMyNumber("", text); err == nil {
			if cd, _ := MyNumberCheckDigit(got[:11]); cd != int(got[11]-'0') {
				t.Fatalf("%q accepted with a wrong check digit", got)
			}
		}
		_ = NormaliseDigits(text)
	})
}

func FuzzResidentCode(f *testing.F) {
	f.Add("12345678903")
	f.Fuzz(func(t *testing.T, text string) {
		got, warn, err := ParseResidentCode("", text)
		if err != nil {
			return
		}
		back, warn2, err := ParseResidentCode("", got)
		if err != nil || back != got || warn2 != warn {
			t.Fatalf("%q → %q (%q) → %q (%q), %v", text, got, warn, back, warn2, err)
		}
	})
}

func FuzzLocalGovCode(f *testing.F) {
	f.Add("402168")
	f.Fuzz(func(t *testing.T, text string) {
		identifierRoundTrip(t, text, ParseLocalGovCode)
		if cd, err := LocalGovCodeCheckDigit(text); err == nil {
			s := compactIdentifier(text) + string(rune('0'+cd))
			if _, err := ParseLocalGovCode("", s); err != nil {
				t.Fatalf("computed check digit refused: %q: %v", s, err)
			}
		}
	})
}

func FuzzDriversLicenseNumber(f *testing.F) {
	f.Add("459803358720")
	f.Fuzz(func(t *testing.T, text string) { identifierRoundTrip(t, text, ParseDriversLicenseNumber) })
}

func FuzzResidenceCardNumber(f *testing.F) {
	f.Add("AB12345678CD")
	f.Fuzz(func(t *testing.T, text string) { identifierRoundTrip(t, text, ParseResidenceCardNumber) })
}

func FuzzRelationship(f *testing.F) {
	f.Add("妻（未届）の子")
	f.Fuzz(func(t *testing.T, text string) {
		r, _, err := ParseRelationship("", text)
		if err != nil {
			return
		}
		back, hint, err := ParseRelationship("", r.String())
		if err != nil || !back.Equal(r) || hint != "" {
			t.Fatalf("%q → %q → %v, hint %q, %v", text, r.String(), back, hint, err)
		}
	})
}

func FuzzValidate(f *testing.F) {
	b, _ := json.Marshal(moveInForeigner())
	f.Add(string(b))
	f.Fuzz(func(t *testing.T, input string) {
		var n Notification
		if json.Unmarshal([]byte(input), &n) != nil {
			return
		}
		for _, is := range Validate(n, Date{2026, 4, 20}) {
			if is.Path == "" || is.Code == "" || is.Message == "" || !utf8.ValidString(is.Message) ||
				(is.Severity != SeverityError && is.Severity != SeverityWarning) {
				t.Fatalf("malformed issue %+v", is)
			}
		}
	})
}
