package ocr_test

import (
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/bench"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// TestPhoto_A5_myNumberCardWhoseQuadLooksLikeAPage reads a phone photo of a マイナンバーカード whose rectified
// quadrilateral comes out at 1.49:1 (a card is 1.59, a landscape page 1.41): no page template fits, so the photo
// is read again as a card. Its title, bold 個人番号 blurred into blobs, must not be taken for rulings.
func TestPhoto_A5_myNumberCardWhoseQuadLooksLikeAPage(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 1, Layout: "mynumber-front", Condition: specimen.Photo}, ocr.ReadOptions{})
	if r.DocumentType != ocr.MyNumberCard {
		t.Fatalf("%s: documentType %s, want %s", s.Name, r.DocumentType, ocr.MyNumberCard)
	}
	if rate := exactRate(t, bench.Score(s.Truth, r)); rate < 1 {
		t.Errorf("%s: exact %.0f %%, want every field", s.Name, 100*rate)
	}
}

// TestPhoto_A5_unevenLightIsNoPhoto reads a マイナンバーカード scanned under uneven light: its darker corners made
// the brighter middle look like a document on a table, a 617×664 "page" no template fits, and nothing was read.
// No document read here is that square, so the scan is read as it is; the printed highlight behind its 住所,
// darker under the lamp, is divided out as paper (it had turned into ink). No wrong value may be auto-accepted.
func TestPhoto_A5_unevenLightIsNoPhoto(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 2, Layout: "mynumber-front", Condition: specimen.Light}, ocr.ReadOptions{})
	if r.DocumentType != ocr.MyNumberCard {
		t.Fatalf("%s: documentType %s, want %s", s.Name, r.DocumentType, ocr.MyNumberCard)
	}
	outcomes := bench.Score(s.Truth, r)
	if rate := exactRate(t, outcomes); rate < 0.8 {
		t.Errorf("%s: exact %.0f %%, want at least 80 %%", s.Name, 100*rate)
	}
	for _, o := range outcomes {
		if !o.OK() && o.Accepted() {
			t.Errorf("%s: %s = %q at %.2f, want %q: a wrong value auto-accepted", s.Name, o.Key, o.Got, o.Conf, o.Want)
		}
	}
}

// TestPhoto_A3_A4_pagesAndCardsFromPhonePhotos reads photos whose proportions perspective changed by ~10 %: a
// 戸籍の附票 (the vertical scale is searched, or the person blocks drift onto each other's rows) and a
// 特別永住者証明書 (taken for a page by its proportions). No wrong value may be auto-accepted.
func TestPhoto_A3_A4_pagesAndCardsFromPhonePhotos(t *testing.T) {
	if testing.Short() {
		t.Skip("a full-page photo takes seconds")
	}
	e := newEngine(t)
	var outs []bench.Outcome
	for _, o := range []specimen.Options{
		{Seed: 1, Layout: "fuhyo-standard", Condition: specimen.Photo},
		{Seed: 1, Layout: "special-permanent", Condition: specimen.Photo},
	} {
		s, r := readSpecimen(t, e, o, ocr.ReadOptions{})
		if r.DocumentType != s.Truth.DocumentType {
			t.Errorf("%s: documentType %s, want %s", s.Name, r.DocumentType, s.Truth.DocumentType)
		}
		for _, out := range bench.Score(s.Truth, r) {
			if !out.OK() && out.Conf >= ocr.AutoAcceptThreshold {
				t.Errorf("%s: %s accepted wrong at %.2f: want %q got %q", s.Name, out.Key, out.Conf, out.Want, out.Got)
			}
			outs = append(outs, out)
		}
	}
	if rate := exactRate(t, outs); rate < 0.85 {
		t.Errorf("exact %.1f %% of %d fields, floor 85 %%", 100*rate, len(outs))
	}
}
