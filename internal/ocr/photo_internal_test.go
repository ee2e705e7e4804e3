package ocr

import (
	"image"
	"testing"
)

// TestNormaliseKana_A1_noPartStartsWithASmallKana: a blurred オ read (or glyph-matched) as ォ is made full size
// at the start of a name part, where no reading has a small kana; inside a part ョ stays.
func TestNormaliseKana_A1_noPartStartsWithASmallKana(t *testing.T) {
	for in, want := range map[string]string{
		"ォガワ ヒカル": "オガワ　ヒカル",
		"ヤマダ ッヨシ": "ヤマダ　ツヨシ",
		"キョウコ":    "キョウコ",
		"ィトウ　ショウ": "イトウ　ショウ",
	} {
		if got := normaliseKana(in); got != want {
			t.Errorf("normaliseKana(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRemoveRulings_A5_keepsBoldTextBlobs: a row through bold characters blurred into blobs (a card title on a
// phone photo) has as much ink as a ruling but in a few short runs, and must not be whitened; a ruling is.
func TestRemoveRulings_A5_keepsBoldTextBlobs(t *testing.T) {
	const w, h = 120, 34
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	for y := 4; y < 24; y++ { // four 22-pixel blobs with 8-pixel gaps: 73 % ink on each row
		for c := 0; c < 4; c++ {
			for x := 4 + c*30; x < 26+c*30; x++ {
				g.Pix[y*g.Stride+x] = 20
			}
		}
	}
	for x := 0; x < w; x++ { // a ruling at the bottom
		g.Pix[30*g.Stride+x] = 20
	}
	removeRulings(g)
	if g.Pix[14*g.Stride+10] != 20 {
		t.Errorf("a row of text blobs was whitened as a ruling")
	}
	if g.Pix[30*g.Stride+60] != 255 {
		t.Errorf("the ruling was kept")
	}
}

// TestRemoveRulings_A3_keepsTheStemOfACharacter: the right stem of a blurred 日 at the end of a tight box is as
// tall as a ruling, but bars branch off it; it stays, while a lone vertical ruling is whitened.
func TestRemoveRulings_A3_keepsTheStemOfACharacter(t *testing.T) {
	const w, h = 60, 30
	g := image.NewGray(image.Rect(0, 0, w, h))
	for i := range g.Pix {
		g.Pix[i] = 255
	}
	for y := 2; y < 28; y++ { // 日: two stems, 26 of 30 rows
		g.Pix[y*g.Stride+30], g.Pix[y*g.Stride+44] = 20, 20
	}
	for _, y := range []int{2, 3, 14, 15, 26, 27} { // its bars
		for x := 30; x <= 44; x++ {
			g.Pix[y*g.Stride+x] = 20
		}
	}
	for y := 0; y < h; y++ { // a ruling
		g.Pix[y*g.Stride+5] = 20
	}
	removeRulings(g)
	if g.Pix[20*g.Stride+44] != 20 {
		t.Errorf("the stem of 日 was whitened as a ruling")
	}
	if g.Pix[20*g.Stride+5] != 255 {
		t.Errorf("the ruling was kept")
	}
}
