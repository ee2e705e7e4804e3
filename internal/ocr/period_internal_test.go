package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/juki"
)

// TestCheckPeriod_K: no 在留期間 exceeds five years; a longer one read from a card is a misread digit, repaired
// where one usual confusion explains it and held for review either way.
func TestCheckPeriod_K(t *testing.T) {
	for _, c := range []struct {
		in, want juki.PeriodOfStay
		doubt    bool
	}{
		{juki.PeriodOfStay{Years: 3}, juki.PeriodOfStay{Years: 3}, false},
		{juki.PeriodOfStay{Years: 4, Months: 3}, juki.PeriodOfStay{Years: 4, Months: 3}, false},
		{juki.PeriodOfStay{Years: 8}, juki.PeriodOfStay{Years: 3}, true},                       // 8 → 3 (6, 9, 0 give no period)
		{juki.PeriodOfStay{Years: 9}, juki.PeriodOfStay{Years: 9}, true},                       // 9 → 4 or 3: not guessed
		{juki.PeriodOfStay{Years: 6, Months: 3}, juki.PeriodOfStay{Years: 6, Months: 3}, true}, // 6 → 5年3月 or 3月: not guessed
	} {
		got, doubt := checkPeriod(c.in)
		if got != c.want || doubt != c.doubt {
			t.Errorf("checkPeriod(%s) = %s, %v; want %s, %v", c.in.Japanese(), got.Japanese(), doubt, c.want.Japanese(), c.doubt)
		}
	}
}
