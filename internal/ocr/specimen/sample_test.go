package specimen

import (
	"os"
	"strings"
	"testing"
)

// TestWriteLayout writes clean specimens of the layouts named in $KAKANAI_SPECIMEN_LAYOUTS (comma separated)
// to $KAKANAI_SPECIMEN_DIR.
func TestWriteLayout(t *testing.T) {
	dir, ids := os.Getenv("KAKANAI_SPECIMEN_DIR"), os.Getenv("KAKANAI_SPECIMEN_LAYOUTS")
	if dir == "" || ids == "" {
		t.Skip("set KAKANAI_SPECIMEN_DIR and KAKANAI_SPECIMEN_LAYOUTS")
	}
	cond := Condition(os.Getenv("KAKANAI_SPECIMEN_COND"))
	for _, id := range strings.Split(ids, ",") {
		s, err := Generate(Options{Seed: 3, Layout: id, Condition: cond})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Write(dir); err != nil {
			t.Fatal(err)
		}
	}
}
