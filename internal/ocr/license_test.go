package ocr_test

import (
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/bench"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// TestDriversLicenseBack_A3_noteAddressKeepsItsVoicedKana reads the newest address of a 運転免許証's 備考, printed
// at 1.4 mm (16 pixels a character at 300 dpi), whose building name has voiced katakana (レジデンス天神). The
// speck removal sized for 300 dpi whitened the cores of the 濁点 and it came back レンテンス, レシデンス or
// レジテンス under every condition below; a wrong value may never be auto-accepted.
func TestDriversLicenseBack_A3_noteAddressKeepsItsVoicedKana(t *testing.T) {
	e := newEngine(t)
	for _, c := range []specimen.Condition{specimen.Clean, specimen.Skew, specimen.JPEG50, specimen.Tint} {
		s, r := readSpecimen(t, e, specimen.Options{Seed: 3, Layout: "license-back", Condition: c}, ocr.ReadOptions{})
		if !strings.Contains(s.Truth.Persons[0]["address"], "ジデ") {
			t.Fatalf("%s: the specimen's address %q has no voiced building name", s.Name, s.Truth.Persons[0]["address"])
		}
		for _, o := range bench.Score(s.Truth, r) {
			if o.Key != "address" {
				continue
			}
			if !o.OK() {
				t.Errorf("%s: address %q, want %q", s.Name, o.Got, o.Want)
			}
		}
	}
}
