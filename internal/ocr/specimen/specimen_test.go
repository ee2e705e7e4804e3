package specimen

import (
	"bytes"
	"os"
	"testing"
)

// TestWriteSamples writes one specimen per layout and condition to $KAKANAI_SPECIMEN_DIR for a person to look
// at; it is skipped otherwise.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("KAKANAI_SPECIMEN_DIR")
	if dir == "" {
		t.Skip("set KAKANAI_SPECIMEN_DIR to write samples")
	}
	for _, l := range Layouts() {
		for _, c := range Conditions() {
			s, err := Generate(Options{Seed: 1, Layout: l.ID, Condition: c})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Write(dir); err != nil {
				t.Fatal(err)
			}
		}
	}
}

func TestGenerateIsDeterministic(t *testing.T) {
	for _, l := range Layouts() {
		a, err := Generate(Options{Seed: 7, Layout: l.ID, Condition: Skew})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Generate(Options{Seed: 7, Layout: l.ID, Condition: Skew})
		if !bytes.Equal(a.Data, b.Data) {
			t.Errorf("%s: two runs with the same seed differ", l.ID)
		}
	}
}
