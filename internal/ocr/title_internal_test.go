package ocr

import "testing"

// TestTextSimilarity_A2_swappedNeighboursAreOneEdit: a title read under uneven light with two characters swapped
// and one misread (公委安員友 for 公安委員会) reaches the 0.6 a template's title needs; other titles stay far.
func TestTextSimilarity_A2_swappedNeighboursAreOneEdit(t *testing.T) {
	for _, c := range []struct {
		got, want string
		sim       float64
	}{
		{"公委安員友", "公安委員会", 0.6},
		{"公安委員会", "公安委員会", 1},
		{"福岡県公安委員会", "公安委員会", 1},
		{"遇罰生", "特別永住者証明書", 0},
		{"ほ松", "備考", 0},
	} {
		if got := textSimilarity(c.got, c.want); got < c.sim-1e-9 || got > c.sim+1e-9 {
			t.Errorf("textSimilarity(%q, %q) = %.2f, want %.2f", c.got, c.want, got, c.sim)
		}
	}
	if d := swapEditDistance([]rune("abcd"), []rune("bacd")); d != 1 {
		t.Errorf("swapEditDistance(abcd, bacd) = %d, want 1", d)
	}
}
