package ocr

import (
	"image"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// TestSegmentChars_paleStrokeTipBeyondBand: the line finder's band stops where its darker ink level stops; a
// sweeping stroke's pale tip beyond it (146–149 against inkThreshold 150) belongs to the first cell, which had
// been cut through it (尹 then matched its own rendering at 0.37).
func TestSegmentChars_paleStrokeTipBeyondBand(t *testing.T) {
	g := imaging.NewWhite(60, 20)
	fill := func(x0, x1 int, v uint8) {
		for y := 4; y < 16; y++ {
			for x := x0; x < x1; x++ {
				g.Pix[y*g.Stride+x] = v
			}
		}
	}
	fill(11, 14, 147) // the pale tip
	fill(14, 24, 0)   // the character's dark strokes
	band := image.Rect(14, 4, 24, 16)
	cells := segmentChars(g, band)
	if len(cells) != 1 || cells[0].Min.X != 11 || cells[0].Max.X != 24 {
		t.Fatalf("cells = %v, want one cell from x=11 to 24", cells)
	}
	// Ink further than a quarter of the band's height away is not taken: a neighbouring box or label.
	fill(2, 11, 0)
	if cells := segmentChars(g, band); len(cells) != 1 || cells[0].Min.X != 11 {
		t.Fatalf("cells = %v, want the cell to grow by a quarter of the height (3 columns) only", cells)
	}
}

// TestMergeToCount: cells of a split character are joined, narrowest gap first, within a character's width.
func TestMergeToCount(t *testing.T) {
	h := 20
	cells := []image.Rectangle{
		image.Rect(0, 0, 9, h), image.Rect(11, 0, 20, h), // 與 in two halves, 2 px apart
		image.Rect(24, 0, 44, h), // 田
		image.Rect(64, 0, 84, h), image.Rect(88, 0, 108, h),
	}
	got := mergeToCount(cells, 4, h)
	if len(got) != 4 || got[0] != image.Rect(0, 0, 20, h) || got[1] != cells[2] {
		t.Fatalf("mergeToCount = %v, want the halves joined", got)
	}
	// Whole characters are never joined: no pair fits in 1.2 heights, and the cells come back unchanged.
	whole := []image.Rectangle{image.Rect(0, 0, 20, h), image.Rect(22, 0, 42, h), image.Rect(44, 0, 64, h)}
	if got := mergeToCount(whole, 2, h); len(got) != 3 {
		t.Fatalf("mergeToCount(whole) = %v, want it unchanged", got)
	}
}
