package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// A digit the recogniser added to or dropped from the number before an address's last 号 is found by counting
// the digit glyphs left of 号, and the glyphs' number replaces it; a number read right, or an address that does
// not end in 号, is left alone; a letter before the number that looks like a digit is not counted (A3).
func TestCheckTrailingNumber_A3_roomNumberDigitsCountedByGlyph(t *testing.T) {
	for _, c := range []struct {
		printed, read string
		verdict       dateGlyphVerdict
		fixed         string
	}{
		{"国分町２１４１番地パークサイド５０８号", "国分町２１４１番地パークサイド５０８５号", dateGlyphDisagrees, "国分町２１４１番地パークサイド５０８号"},
		{"香椎４丁目１２番７号メゾン城南３０８号", "香椎４丁目１２番７号メゾン城南３０３８号", dateGlyphDisagrees, "香椎４丁目１２番７号メゾン城南３０８号"},
		{"国分町２１４１番地パークサイド５０８号", "国分町２１４１番地パークサイド５０号", dateGlyphDisagrees, "国分町２１４１番地パークサイド５０８号"},
		{"国分町２１４１番地パークサイド５０８号", "国分町２１４１番地パークサイド５０８号", dateGlyphAgrees, ""},
		{"丸の内１丁目３番１６号", "丸の内１丁目３番１６号", dateGlyphAgrees, ""},
		{"城南１２－３号", "城南１２－３号", dateGlyphAgrees, ""},
		// Ｓ matches 8 well enough to pass for a digit; it is one of the address's letters, so the number
		// begins after it.
		{"コーポＳ１０１号", "コーポＳ１０１号", dateGlyphAgrees, ""},
		{"大板井２００番地２５", "大板井２００番地２５", dateGlyphUnknown, ""},
	} {
		for _, f := range []fonts.Family{fonts.Mincho, fonts.Gothic} {
			v, fixed := checkTrailingNumber(renderedLine(t, c.printed, f), c.read, string(f))
			if v != c.verdict || fixed != c.fixed {
				t.Errorf("%s read as %s in %s: %v %q, want %v %q", c.printed, c.read, f, v, fixed, c.verdict, c.fixed)
			}
		}
	}
}
