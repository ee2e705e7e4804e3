package ocr

import (
	"image"
	"testing"
)

// The recogniser's output for the 見本 number at 7 pixels, boxes as Tesseract gave them: the 4 was emitted before
// the 3 and its box spans to where it is printed.
func TestReorderBySymbolBoxes_A4_movesTheEarlyCharacterIntoItsGap(t *testing.T) {
	sym := func(text string, x0, x1 int) symbol {
		return symbol{Text: text, Box: image.Rect(x0, 22, x1, 66), Conf: 98}
	}
	swapped := []symbol{sym("A", 14, 92), sym("B", 56, 88), sym("1", 102, 119), sym("2", 123, 160), sym("4", 130, 291),
		sym("3", 159, 191), sym(" ", 191, 227), sym("5", 227, 259), sym("6", 258, 290), sym("7", 289, 326), sym("8", 295, 395),
		sym("C", 356, 398), sym("D", 403, 443)}
	if got, moved := reorderBySymbolBoxes(swapped); !moved || got != "AB12345678CD" {
		t.Fatalf("got %q, moved %v", got, moved)
	}
	// A wide box already next to its gap (the 8 here) stays; a line in order is left alone.
	inOrder := []symbol{sym("A", 14, 54), sym("B", 56, 88), sym("1", 102, 119), sym("2", 123, 160), sym("3", 159, 191),
		sym("4", 193, 225), sym("5", 227, 259), sym("6", 258, 290), sym("7", 289, 326), sym("8", 295, 395),
		sym("C", 356, 398), sym("D", 403, 443)}
	if got, moved := reorderBySymbolBoxes(inOrder); moved {
		t.Fatalf("an ordered line was changed to %q", got)
	}
	// Two gaps inside the wide box: no evidence for either place.
	ambiguous := []symbol{sym("A", 0, 30), sym("X", 35, 300), sym("B", 40, 70), sym("C", 110, 140), sym("D", 180, 210), sym("E", 215, 245)}
	if got, moved := reorderBySymbolBoxes(ambiguous); moved {
		t.Fatalf("an ambiguous line was changed to %q", got)
	}
}
