package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/address"
)

// The address dictionary corrects what the line recogniser does to the municipality and the town: a misread
// municipality within a few characters, a town one character off, and the municipality's last character
// emitted twice (太宰府市市五条) when a town follows exactly without it, a speck read before the prefecture. A
// town that itself begins with that character is left as it is, and so is a line whose first characters are
// kanji that match nothing.
func TestCorrectAddress_A2_municipalityAndTown(t *testing.T) {
	c := NewAddressCorrector(address.Default())
	for read, want := range map[string]string{
		"福岡県太宰府市市五条５丁目３０番２号":   "福岡県太宰府市五条５丁目３０番２号",
		"福岡県太宰府市五条５丁目３０番２号":    "福岡県太宰府市五条５丁目３０番２号",
		"東京枚千代同区霞が関１丁目１番１号":    "東京都千代田区霞が関１丁目１番１号",
		"福岡県小郡市小郡１２３４番地":       "福岡県小郡市小郡１２３４番地",
		"福岡県福岡市博多区博多駅前２丁目１番１号": "福岡県福岡市博多区博多駅前２丁目１番１号",
		// A speck or a label's tail before the line.
		"６東京枚千代同区霞が関１丁目１番１号": "東京都千代田区霞が関１丁目１番１号",
		"」点枚千代国区霞が関１丁目１番１号":  "」点枚千代国区霞が関１丁目１番１号",
	} {
		if got, _ := c.CorrectAddress(read); got != want {
			t.Errorf("%s: %s, want %s", read, got, want)
		}
	}
	// The repeat is a repair: it scores below the same address read cleanly.
	_, clean := c.CorrectAddress("福岡県太宰府市五条５丁目３０番２号")
	_, repaired := c.CorrectAddress("福岡県太宰府市市五条５丁目３０番２号")
	if repaired >= clean {
		t.Errorf("repaired %.2f, clean %.2f: want the repair lower", repaired, clean)
	}
}
