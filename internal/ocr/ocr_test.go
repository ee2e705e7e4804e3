package ocr_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"math"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/bench"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

// The floors below are well under the benchmark's targets (97 % clean, 93 % degraded): they catch regressions,
// the benchmark (kakanai bench ocr) measures.

func readSpecimen(t *testing.T, e *ocr.Engine, o specimen.Options, ro ocr.ReadOptions) (*specimen.Specimen, *ocr.Result) {
	t.Helper()
	s, err := specimen.Generate(o)
	if err != nil {
		t.Fatal(err)
	}
	r, err := e.Read(context.Background(), s.Data, ro)
	if err != nil {
		t.Fatalf("%s: %v", s.Name, err)
	}
	return s, r
}

func exactRate(t *testing.T, outs []bench.Outcome) float64 {
	t.Helper()
	ok := 0
	for _, o := range outs {
		if o.OK() {
			ok++
		} else {
			t.Logf("  %2d %-18s want %q got %q (%.2f)", o.Person, o.Key, o.Want, o.Got, o.Conf)
		}
	}
	return float64(ok) / float64(len(outs))
}

func pages(short bool, full, few int) int {
	if short {
		return few
	}
	return full
}

// TestMoveOut_A1_standardLayoutCleanScans reads clean scans of the standard 転出証明書 (1–4 persons, with and
// without variant kanji, Japanese and foreign households).
func TestMoveOut_A1_standardLayoutCleanScans(t *testing.T) {
	e := newEngine(t)
	var outs []bench.Outcome
	for seed := uint64(1); seed <= uint64(pages(testing.Short(), 3, 1)); seed++ {
		s, r := readSpecimen(t, e, specimen.Options{Seed: seed, Layout: "moveout-standard", Condition: specimen.Clean}, ocr.ReadOptions{})
		if r.DocumentType != ocr.MoveOutCertificate || r.Template != "moveout-standard@1" {
			t.Errorf("%s: %s via %q", s.Name, r.DocumentType, r.Template)
		}
		if r.IssuerLgCode != s.Truth.IssuerLgCode {
			t.Errorf("%s: issuer %q, want %q", s.Name, r.IssuerLgCode, s.Truth.IssuerLgCode)
		}
		outs = append(outs, bench.Score(s.Truth, r)...)
	}
	if rate := exactRate(t, outs); rate < 0.9 {
		t.Errorf("exact %.1f %% of %d fields, floor 90 %%", 100*rate, len(outs))
	}
}

// TestMoveOut_A1_B1_legacyLayouts reads one clean scan of each legacy vendor layout.
func TestMoveOut_A1_B1_legacyLayouts(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	e := newEngine(t)
	var outs []bench.Outcome
	for _, id := range []string{"moveout-legacy-a", "moveout-legacy-b", "moveout-legacy-c", "moveout-legacy-d", "moveout-legacy-e"} {
		s, r := readSpecimen(t, e, specimen.Options{Seed: 2, Layout: id, Condition: specimen.Clean}, ocr.ReadOptions{})
		if r.Template != id+"@1" {
			t.Errorf("%s: template %q, want %s@1", s.Name, r.Template, id)
		}
		outs = append(outs, bench.Score(s.Truth, r)...)
	}
	if rate := exactRate(t, outs); rate < 0.85 {
		t.Errorf("exact %.1f %% of %d fields, floor 85 %%", 100*rate, len(outs))
	}
}

// TestRead_degradedScans reads skewed, JPEG-compressed and photographed documents.
func TestRead_degradedScans(t *testing.T) {
	e := newEngine(t)
	var outs []bench.Outcome
	cases := []specimen.Options{
		{Seed: 4, Layout: "moveout-standard", Condition: specimen.Skew},
		{Seed: 5, Layout: "moveout-standard", Condition: specimen.JPEG50},
		{Seed: 6, Layout: "residence-card", Condition: specimen.Photo},
	}
	if testing.Short() {
		cases = cases[:1]
	}
	for _, o := range cases {
		s, r := readSpecimen(t, e, o, ocr.ReadOptions{})
		if r.DocumentType != s.Truth.DocumentType {
			t.Errorf("%s: %s", s.Name, r.DocumentType)
		}
		outs = append(outs, bench.Score(s.Truth, r)...)
	}
	if rate := exactRate(t, outs); rate < 0.8 {
		t.Errorf("exact %.1f %% of %d fields, floor 80 %%", 100*rate, len(outs))
	}
}

// TestRead_A2_speckledAndLowResolutionScans: toner specks, resampled by the registration, once survived the
// speck filter and made the text band look twice its height (names on a speckled 戸籍 0 % right); a short name
// with a wide gap (渡辺　隆) on a 200 dpi 附票 came back empty from the single-line mode.
func TestRead_A2_speckledAndLowResolutionScans(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 1, Layout: "koseki-standard", Condition: specimen.Speckle}, ocr.ReadOptions{})
	outs := bench.Score(s.Truth, r)
	if rate := exactRate(t, outs); rate < 0.9 {
		t.Errorf("%s: exact %.1f %% of %d fields, floor 90 %%", s.Name, 100*rate, len(outs))
	}
	s, r = readSpecimen(t, e, specimen.Options{Seed: 1, Layout: "fuhyo-standard", Condition: specimen.DPI200}, ocr.ReadOptions{})
	for _, o := range bench.Score(s.Truth, r) {
		if (o.Key == ocr.KeyDomicileHead || o.Key == ocr.KeyFullName) && !o.OK() {
			t.Errorf("%s: %s (person %d) = %q, want %q", s.Name, o.Key, o.Person, o.Got, o.Want)
		}
	}
}

// TestRead_A1_rulingEdgesAreNotTheTextBand: a ruling resampled off the pixel grid leaves a grey edge column
// beside it, darker than the line finder's ink in some rows (on the 地紋 page, paler than halfway between ink and
// paper, so not removed as a ruling; on the skewed scan, broken into dashes). Standing in most rows, it made the
// whole 世帯主 box the text band, the glyph check cut the name into two-character cells and could not compare
// them, and Tesseract's 次朗 and 興田 were accepted at 0.97. Columns are now judged by the line finder's own
// ink, and a ruling's grey edge goes with it.
func TestRead_A1_rulingEdgesAreNotTheTextBand(t *testing.T) {
	e := newEngine(t)
	for _, o := range []specimen.Options{
		{Seed: 3, Layout: "moveout-legacy-e", Condition: specimen.Tint},
		{Seed: 3, Layout: "moveout-standard", Condition: specimen.Skew},
	} {
		s, r := readSpecimen(t, e, o, ocr.ReadOptions{})
		for _, out := range bench.Score(s.Truth, r) {
			if out.Key == ocr.KeyHeadOfHousehold && !out.OK() {
				t.Errorf("%s: 世帯主 %q at %.2f, want %q", s.Name, out.Got, out.Conf, out.Want)
			}
		}
	}
}

// TestRead_A1_namesAgreeAcrossBoxes: a 転出証明書 prints the 世帯主 and 筆頭者 again among its persons. 優斗
// came back as 優半 in two of three boxes (skewed scan), 浩二 as 洗三 on a tinted one: the unknown readings are
// checked by their glyphs against the known one and take it (R8: read right, not held for review).
func TestRead_A1_namesAgreeAcrossBoxes(t *testing.T) {
	e := newEngine(t)
	for _, c := range []struct {
		o    specimen.Options
		keys []string
	}{
		{specimen.Options{Seed: 2, Layout: "moveout-legacy-a", Condition: specimen.Skew}, []string{ocr.KeyDomicileHead, ocr.KeyFullName}},
		{specimen.Options{Seed: 10, Layout: "moveout-special", Condition: specimen.Tint}, []string{ocr.KeyFullName}},
	} {
		s, r := readSpecimen(t, e, c.o, ocr.ReadOptions{})
		for _, out := range bench.Score(s.Truth, r) {
			if slices.Contains(c.keys, out.Key) && !out.OK() {
				t.Errorf("%s: %s %q at %.2f, want %q", s.Name, out.Key, out.Got, out.Conf, out.Want)
			}
		}
	}
}

// TestRead_A1_romanisedSurnames: a 特別永住者証明書 prints its holder's name romanised and in kanji. 鄭 came back as
// 外 (blurred) and 卿 (200 dpi), 崔 — which the jpn model cannot emit — as 倫 (uneven light); the romanisation
// (JEONG, CHOI) names the kanji the surname's glyph is compared with, and the glyph decides (R8).
func TestRead_A1_romanisedSurnames(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 2, Layout: "special-permanent", Condition: specimen.Blur}, ocr.KeyFullName, 0, true},
		{specimen.Options{Seed: 2, Layout: "special-permanent", Condition: specimen.DPI200}, ocr.KeyFullName, 0, true},
		{specimen.Options{Seed: 1, Layout: "special-permanent", Condition: specimen.Light}, ocr.KeyFullName, 0, true},
	})
}

// TestRead_A1_longWorkRestrictionPhrases: the 就労制限の有無 of a 在留カード squeezes up to 24 characters into a
// 21-mm box; Tesseract returned 有人 for 「指定書記載機関での在留資格に基づく就労活動のみ可」 on a clean scan and
// noise for 「指定書により指定された就労活動のみ可」 on a blurred one. Compared with the five phrases slice by slice,
// both read right, held for review (the slices of 24 characters this small win by less than a clean scan's
// margin of the shorter phrases, which are accepted).
func TestRead_A1_longWorkRestrictionPhrases(t *testing.T) {
	e := newEngine(t)
	for _, c := range []struct {
		o      specimen.Options
		accept bool
	}{
		{specimen.Options{Seed: 7, Layout: "residence-card", Condition: specimen.Clean}, false},
		{specimen.Options{Seed: 3, Layout: "residence-card", Condition: specimen.Blur}, false},
	} {
		s, r := readSpecimen(t, e, c.o, ocr.ReadOptions{})
		want := s.Truth.Persons[0][ocr.KeyWorkRestriction]
		if !strings.HasPrefix(want, "指定書") {
			t.Fatalf("%s: prints %q, not one of the long phrases", s.Name, want)
		}
		for _, out := range bench.Score(s.Truth, r) {
			if out.Key == ocr.KeyWorkRestriction && (!out.OK() || out.Accepted() != c.accept) {
				t.Errorf("%s: %q at %.2f, want %q (accepted: %v)", s.Name, out.Got, out.Conf, want, c.accept)
			}
		}
	}
}

// fieldCase is one field of one specimen that must read right, or at least not be accepted wrong.
type fieldCase struct {
	o      specimen.Options
	key    string
	person int
	right  bool // else: right or held for review
}

func checkFields(t *testing.T, cases []fieldCase) {
	t.Helper()
	e := newEngine(t)
	for _, c := range cases {
		s, r := readSpecimen(t, e, c.o, ocr.ReadOptions{})
		seen := false
		for _, out := range bench.Score(s.Truth, r) {
			if out.Key != c.key || out.Person != c.person {
				continue
			}
			seen = true
			if (c.right && !out.OK()) || (!out.OK() && out.Accepted()) {
				t.Errorf("%s: %s %q at %.2f, want %q", s.Name, out.Key, out.Got, out.Conf, out.Want)
			}
		}
		if !seen {
			t.Errorf("%s: no %s for person %d", s.Name, c.key, c.person)
		}
	}
}

// TestRead_A1_digitsCheckedBeyondTheCheckDigit: two wrong values the benchmark's later seeds accepted. A 個人番号
// printed 1584-6643-0415 was read by its glyphs with the hyphens taken for digits, and the twelve "digits" passed
// the check digit (one wrong number in eleven does): 584466434045 at 0.97. A room number at 200 dpi, ４０８号 read
// ４０５号 at 0.97, escaped the trailing-number check because the pale end of 号's bar was cut off its cell, so 号
// was not found. Both now read right (R8: no wrong value accepted).
func TestRead_A1_digitsCheckedBeyondTheCheckDigit(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 5, Layout: "moveout-legacy-b", Condition: specimen.Skew}, ocr.KeyMyNumber, 1, true},
		{specimen.Options{Seed: 5, Layout: "moveout-legacy-c", Condition: specimen.DPI200}, ocr.KeyDestinationAddress, -1, true},
	})
}

// TestRead_A1_splitKanjiAndOddEndings: more wrong values seeds 4–6 accepted. 與, whose halves stand apart, was
// cut into two cells, so the glyph check compared Tesseract's 興 with the cell of 田 and said nothing (興田 at
// 0.99); the cells are now joined to the symbols' count. An address ending 「１０呈」 or 「３０８是」 ends as no
// address does: 号 where the glyphs find it, held either way.
func TestRead_A1_splitKanjiAndOddEndings(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 5, Layout: "moveout-legacy-b", Condition: specimen.Blur}, ocr.KeyFullName, 1, true},
		{specimen.Options{Seed: 5, Layout: "license-front", Condition: specimen.Light}, ocr.KeyAddress, 0, true},
		{specimen.Options{Seed: 4, Layout: "fuhyo-standard", Condition: specimen.Light}, ocr.KeyAddress, 1, false},
	})
}

// TestRead_A1_kanjiTheModelCannotEmit: 濵 is not in Debian's jpn model, which read it as 六 at 0.94 (a マイナンバー
// カード, accepted at 0.95) and as 沖 on a 転出証明書 under uneven light (0.93), with nothing in either's confusion
// list to offer 濵. Where a name kanji's own rendering matches nothing of a whole cell, the cell is compared with
// every name kanji; 濵 is put in, held unless another box on the page reads it there (R8).
func TestRead_A1_kanjiTheModelCannotEmit(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 7, Layout: "mynumber-front", Condition: specimen.Clean}, ocr.KeyFullName, 0, true},
		{specimen.Options{Seed: 9, Layout: "moveout-special", Condition: specimen.Light}, ocr.KeyHeadOfHousehold, -1, true},
	})
}

// TestRead_A1_fewStrokesAndSpecks: 子, three strokes in a 続柄 box sized for two lines, has less ink than the box's
// expected character height asked of a line and was taken for an empty box (held-out seeds 7–9: every 子 of one
// layout unread). The other way, specks in an empty row of the persons' table read as "ー" and "|" made up
// persons, one with the name "ー" at 0.95.
func TestRead_A1_fewStrokesAndSpecks(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 7, Layout: "moveout-legacy-a", Condition: specimen.Clean}, ocr.KeyRelationship, 2, true},
	})
	e := newEngine(t)
	for _, o := range []specimen.Options{
		{Seed: 1, Layout: "moveout-legacy-a", Condition: specimen.Speckle},
		{Seed: 1, Layout: "moveout-unseen", Condition: specimen.Light},
	} {
		s, r := readSpecimen(t, e, o, ocr.ReadOptions{})
		if len(r.Persons) != len(s.Truth.Persons) {
			t.Errorf("%s: %d persons, want %d: %v", s.Name, len(r.Persons), len(s.Truth.Persons), r.Persons)
		}
	}
}

// TestRead_A1_heldOutSeeds: wrong values the benchmark's held-out seeds 7–9 accepted (R8), each of a kind the
// seeds it was tuned on had not shown: 古賀 read 吉賀 at 0.93 (吉 had no 古 among its candidates); 𠮷村 held in
// the 戸籍の附票's 筆頭者 but its 氏 given at 0.99 to each person; ワタ名べ, a kanji in a フリガナ, left out to give
// ワタベ at 0.94; 三 read as "=" and left out (浦　康弘 at 0.98); a room number over the マイナンバーカード's pattern
// (３３４号, ３４号 for ３０４号 at 0.95) and 丁目 read 二目 there; a speck read as a dash before a room number;
// コーボ for コーポ at 200 dpi. And one held, not wrong: 尹美恵 run together, now split where the romanised name
// (YUN MIHYE) says the surname ends.
func TestRead_A1_heldOutSeeds(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 8, Layout: "special-permanent", Condition: specimen.Clean}, ocr.KeyFullName, 0, true},
		{specimen.Options{Seed: 9, Layout: "moveout-legacy-a", Condition: specimen.Skew}, ocr.KeyHeadOfHousehold, -1, true},
		{specimen.Options{Seed: 8, Layout: "fuhyo-standard", Condition: specimen.Photo}, ocr.KeyFullName, 1, false},
		{specimen.Options{Seed: 9, Layout: "moveout-legacy-b", Condition: specimen.Photo}, ocr.KeyFullNameKana, 1, false},
		{specimen.Options{Seed: 8, Layout: "mynumber-front", Condition: specimen.DPI200}, ocr.KeyFullName, 0, false},
		{specimen.Options{Seed: 8, Layout: "mynumber-front", Condition: specimen.DPI200}, ocr.KeyAddress, 0, true},
		{specimen.Options{Seed: 9, Layout: "mynumber-front", Condition: specimen.Light}, ocr.KeyAddress, 0, true},
		{specimen.Options{Seed: 9, Layout: "moveout-legacy-d", Condition: specimen.Speckle}, ocr.KeyDomicile, 0, false},
		{specimen.Options{Seed: 7, Layout: "moveout-legacy-e", Condition: specimen.DPI200}, ocr.KeyDomicile, -1, false},
	})
}

// TestRead_A1_onePersonTwoReadings: two boxes naming one person, one of them misread at ≥ 0.9, where the name
// dictionary knows both readings so no check compared them: on a phone photo the 世帯主 and the person read
// 與田　康弘 and the 筆頭者 興田　康弘 at 0.99 (now held: the glyphs still prefer 興); on a skewed 転出証明書に準ずる
// 証明書 the 世帯主 box read 山口　清二 at 0.93 against the person listed with 続柄 世帯主, 山口　浩二 (now read
// right: offered 浩, the glyphs take it) (R8).
func TestRead_A1_onePersonTwoReadings(t *testing.T) {
	checkFields(t, []fieldCase{
		{specimen.Options{Seed: 4, Layout: "moveout-legacy-d", Condition: specimen.Photo}, ocr.KeyDomicileHead, 0, false},
		{specimen.Options{Seed: 4, Layout: "moveout-legacy-d", Condition: specimen.Photo}, ocr.KeyHeadOfHousehold, -1, true},
		{specimen.Options{Seed: 6, Layout: "moveout-special", Condition: specimen.Skew}, ocr.KeyHeadOfHousehold, -1, true},
		{specimen.Options{Seed: 6, Layout: "moveout-special", Condition: specimen.Skew}, ocr.KeyFullName, 0, true},
	})
}

// TestClassify_A2_smallBoldCardTitleAt200dpi: the マイナンバーカード's bold 個人番号, 20 pixels high at 200 dpi,
// reads as 個人秋呈 and reached no template's title threshold, so the card went to the template-free reader
// (44 % of its fields right). One title half-read while no other is read at all names the card.
func TestClassify_A2_smallBoldCardTitleAt200dpi(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 1, Layout: "mynumber-front", Condition: specimen.DPI200}, ocr.ReadOptions{})
	if r.DocumentType != ocr.MyNumberCard || !strings.HasPrefix(r.Template, "mynumber-front@") {
		t.Fatalf("%s: %s with %q, want myNumberCard with mynumber-front", s.Name, r.DocumentType, r.Template)
	}
}

// TestClassify_A2_titleReadWithSwappedCharacters: under uneven light Tesseract read a 運転免許証's 公安委員会 as
// 公委安員友 (0.4 by plain edit distance), no title reached 0.6, and the card went to the template-free reader
// with every field empty.
func TestClassify_A2_titleReadWithSwappedCharacters(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 8, Layout: "license-front", Condition: specimen.Light}, ocr.ReadOptions{})
	if r.DocumentType != ocr.DriversLicense {
		t.Fatalf("%s: %s with %q, want driversLicense", s.Name, r.DocumentType, r.Template)
	}
}

// TestClassify_allEightDocumentTypes reads one clean specimen of each document type (the 運転免許証 back too).
func TestClassify_allEightDocumentTypes(t *testing.T) {
	e := newEngine(t)
	layouts := []string{"moveout-standard", "moveout-special", "koseki-standard", "fuhyo-standard", "residence-card",
		"special-permanent", "license-front", "license-back", "mynumber-front"}
	if testing.Short() {
		layouts = []string{"residence-card", "special-permanent", "license-front", "mynumber-front"}
	}
	var outs []bench.Outcome
	seen := map[ocr.DocumentType]bool{}
	for _, id := range layouts {
		s, r := readSpecimen(t, e, specimen.Options{Seed: 7, Layout: id, Condition: specimen.Clean}, ocr.ReadOptions{})
		if r.DocumentType != s.Truth.DocumentType {
			t.Errorf("%s: documentType %s, want %s", s.Name, r.DocumentType, s.Truth.DocumentType)
		}
		seen[r.DocumentType] = true
		outs = append(outs, bench.Score(s.Truth, r)...)
	}
	if !testing.Short() && len(seen) != 8 {
		t.Errorf("classified %d of the 8 document types", len(seen))
	}
	if rate := exactRate(t, outs); rate < 0.85 {
		t.Errorf("exact %.1f %% of %d fields, floor 85 %%", 100*rate, len(outs))
	}
}

// TestTemplateFree_A1_unseenLayoutReadByLabels reads a layout no template describes.
func TestTemplateFree_A1_unseenLayoutReadByLabels(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 8, Layout: "moveout-unseen", Condition: specimen.Clean, Persons: 2}, ocr.ReadOptions{})
	if r.Template != "labels" || r.DocumentType != ocr.MoveOutCertificate {
		t.Errorf("read as %s via %q, want moveOutCertificate via labels", r.DocumentType, r.Template)
	}
	if rate := exactRate(t, bench.Score(s.Truth, r)); rate < 0.75 {
		t.Errorf("exact %.1f %%, floor 75 %%", 100*rate)
	}
}

// TestTemplateFree_A1_spreadLabelReadByGlyph: フ　リ　ガ　ナ spread across its cell comes back from the line
// recogniser as kanji on a JPEG scan (朗り財す); the label is then read by its glyphs and the フリガナ found.
func TestTemplateFree_A1_spreadLabelReadByGlyph(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 1, Layout: "moveout-unseen", Condition: specimen.JPEG50}, ocr.ReadOptions{})
	if r.Template != "labels" {
		t.Fatalf("%s: read with template %q, want the label reader", s.Name, r.Template)
	}
	for _, o := range bench.Score(s.Truth, r) {
		if o.Key == ocr.KeyFullNameKana && !o.OK() {
			t.Errorf("%s: %s = %q, want %q", s.Name, o.Key, o.Got, o.Want)
		}
	}
}

// TestVariantKanji_namesVerifiedAgainstIPAmj reads names with 髙 﨑 𠮷 濵 德 栁 邉 齊 與 琢, which the stock model
// cannot emit, with and without the glyph verification.
func TestVariantKanji_namesVerifiedAgainstIPAmj(t *testing.T) {
	e := newEngine(t)
	plain, err := ocr.New(ocr.Options{Library: e.Library(), DisableVariants: true})
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	yes := true
	with, without, n := 0, 0, 0
	for seed := uint64(11); seed <= uint64(pages(testing.Short(), 13, 11)); seed++ {
		o := specimen.Options{Seed: seed, Layout: "moveout-standard", Condition: specimen.Clean, Variant: &yes, Persons: 3}
		s, r := readSpecimen(t, e, o, ocr.ReadOptions{})
		_, r0 := readSpecimen(t, plain, o, ocr.ReadOptions{})
		for i, p := range s.Truth.Persons {
			want := p[ocr.KeyFullName]
			if !strings.ContainsAny(want, "髙﨑𠮷濵德栁邉齊與琢") {
				continue
			}
			n++
			if i < len(r.Persons) && r.Persons[i][ocr.KeyFullName].Value == want {
				with++
			} else if i < len(r.Persons) {
				t.Logf("%q read as %q", want, r.Persons[i][ocr.KeyFullName].Value)
			}
			if i < len(r0.Persons) && r0.Persons[i][ocr.KeyFullName].Value == want {
				without++
			}
		}
	}
	t.Logf("variant names: %d/%d with verification, %d/%d without", with, n, without, n)
	if n == 0 || float64(with)/float64(n) < 0.6 {
		t.Errorf("variant names exact %d/%d, floor 60 %%", with, n)
	}
	if with <= without {
		t.Errorf("verification does not help: %d with, %d without", with, without)
	}
}

// TestRead_PDFInput reads a two-page PDF (運転免許証 front and back): both pages are read and merged, the
// 備考's newer address replacing the front's.
func TestRead_PDFInput(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm (poppler-utils) not installed")
	}
	e := newEngine(t)
	var jpegs [][]byte
	var truths []specimen.Truth
	no := false // this test is about PDF pages; variant names have their own test
	for _, id := range []string{"license-front", "license-back"} {
		s, err := specimen.Generate(specimen.Options{Seed: 9, Layout: id, Condition: specimen.Clean, Variant: &no})
		if err != nil {
			t.Fatal(err)
		}
		img, _, err := image.Decode(bytes.NewReader(s.Data))
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 92}); err != nil {
			t.Fatal(err)
		}
		jpegs = append(jpegs, b.Bytes())
		truths = append(truths, s.Truth)
	}
	pdf := makePDF(jpegs, 1011, 638, 300)
	r, err := e.Read(context.Background(), pdf, ocr.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.DocumentType != ocr.DriversLicense {
		t.Fatalf("documentType %s", r.DocumentType)
	}
	if len(r.Persons) != 1 {
		t.Fatalf("%d persons, want the licence holder once", len(r.Persons))
	}
	p := r.Persons[0]
	if got, want := p[ocr.KeyFullName].Value, truths[0].Persons[0][ocr.KeyFullName]; got != want {
		t.Errorf("fullName %q, want %q", got, want)
	}
	if got, want := p[ocr.KeyAddress].Value, truths[1].Persons[0][ocr.KeyAddress]; got != want {
		t.Errorf("address %q, want the 備考's %q", got, want)
	}
	if p[ocr.KeyAddress].Box.Page != 1 {
		t.Errorf("address box on page %d, want 1", p[ocr.KeyAddress].Box.Page)
	}
}

// makePDF writes a minimal PDF with one JPEG per page, each w×h pixels at dpi.
func makePDF(jpegs [][]byte, w, h, dpi int) []byte {
	var b bytes.Buffer
	var offs []int
	obj := func(s string) { offs = append(offs, b.Len()); b.WriteString(s) }
	b.WriteString("%PDF-1.4\n")
	n := len(jpegs)
	kids := ""
	for i := 0; i < n; i++ {
		kids += fmt.Sprintf("%d 0 R ", 3+3*i)
	}
	obj("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
	obj(fmt.Sprintf("2 0 obj << /Type /Pages /Kids [%s] /Count %d >> endobj\n", kids, n))
	pw, ph := float64(w)*72/float64(dpi), float64(h)*72/float64(dpi)
	for i, j := range jpegs {
		p, im, c := 3+3*i, 4+3*i, 5+3*i
		obj(fmt.Sprintf("%d 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f] /Resources << /XObject << /Im%d %d 0 R >> >> /Contents %d 0 R >> endobj\n", p, pw, ph, i, im, c))
		offs = append(offs, b.Len())
		fmt.Fprintf(&b, "%d 0 obj << /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length %d >> stream\n", im, w, h, len(j))
		b.Write(j)
		b.WriteString("\nendstream endobj\n")
		content := fmt.Sprintf("q %.2f 0 0 %.2f 0 0 cm /Im%d Do Q", pw, ph, i)
		obj(fmt.Sprintf("%d 0 obj << /Length %d >> stream\n%s\nendstream endobj\n", c, len(content), content))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offs)+1, xref)
	return b.Bytes()
}

// TestResult_schemaIsStable checks the JSON form of a result: the six top-level keys, fields as {value,
// confidence, box}, dates as YYYY-MM-DD.
func TestResult_schemaIsStable(t *testing.T) {
	e := newEngine(t)
	_, r := readSpecimen(t, e, specimen.Options{Seed: 3, Layout: "residence-card", Condition: specimen.Clean}, ocr.ReadOptions{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	keys := []string{"documentType", "issuerLgCode", "issuerConfidence", "template", "fields", "persons", "warnings"}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			t.Errorf("missing %q in %s", k, b)
		}
	}
	if len(m) != len(keys) {
		t.Errorf("%d top-level keys, want %d", len(m), len(keys))
	}
	var persons []map[string]map[string]json.RawMessage
	if err := json.Unmarshal(m["persons"], &persons); err != nil || len(persons) != 1 {
		t.Fatalf("persons: %v %s", err, m["persons"])
	}
	for k, f := range persons[0] {
		for _, part := range []string{"value", "confidence", "box"} {
			if _, ok := f[part]; !ok {
				t.Errorf("%s lacks %s", k, part)
			}
		}
	}
	if d := r.Persons[0][ocr.KeyBirthDate].Value; len(d) != 10 || d[4] != '-' {
		t.Errorf("birthDate %q is not YYYY-MM-DD", d)
	}
	for _, p := range r.Persons {
		for k, f := range p {
			if f.Confidence < 0 || f.Confidence > 1 || math.IsNaN(f.Confidence) || f.Box.W <= 0 || f.Box.H <= 0 {
				t.Errorf("%s: confidence %.2f box %+v", k, f.Confidence, f.Box)
			}
		}
	}
}

// TestRead_rejectsWhatIsNotAnImage returns an invalid-input error, not a panic or an internal error.
func TestRead_rejectsWhatIsNotAnImage(t *testing.T) {
	e := newEngine(t)
	for _, data := range [][]byte{nil, []byte("hello"), []byte("%PDF-1.4 broken")} {
		_, err := e.Read(context.Background(), data, ocr.ReadOptions{})
		if err == nil {
			t.Errorf("%q: no error", data)
		}
	}
}

// TestSeed_B1_municipalityCodesAreValid checks every seed municipality's 全国地方公共団体コード and that each
// template it names exists.
func TestSeed_B1_municipalityCodesAreValid(t *testing.T) {
	lib, err := ocr.BuiltinLibrary()
	if err != nil {
		t.Fatal(err)
	}
	ms := lib.Municipalities()
	if len(ms) < 30 {
		t.Errorf("%d seed municipalities", len(ms))
	}
	for _, m := range ms {
		if _, err := juki.ParseLocalGovCode("", m.LgCode); err != nil {
			t.Errorf("%s %s: %v", m.LgCode, m.FullName(), err)
		}
		for doc, id := range m.Templates {
			tpl, ok := lib.Get("", id, 0)
			if !ok {
				t.Errorf("%s: template %s not found", m.FullName(), id)
			} else if string(tpl.DocumentType) != doc {
				t.Errorf("%s: %s is a %s template, mapped as %s", m.FullName(), id, tpl.DocumentType, doc)
			}
		}
	}
	kurume := lib.ForIssuer("", ocr.MoveOutCertificate, "402036")
	if len(kurume) == 0 || kurume[0].ID != "moveout-legacy-a" {
		t.Errorf("久留米市's 転出証明書 template: %v", kurume)
	}
	if m, ok := lib.MatchIssuer("福岡県久留米市長　山田　一郎"); !ok || m.LgCode != "402036" {
		t.Errorf("MatchIssuer: %+v %v", m, ok)
	}
	if m, ok := lib.MatchIssuer("福岡市博多区長"); !ok || m.LgCode != "401323" {
		t.Errorf("MatchIssuer ward: %+v %v", m, ok)
	}
}

// TestTemplateFromSample_B2_aTenantTemplateReadsItsLayout draws the boxes of a legacy layout on a sample scan,
// builds a tenant template from it and reads another certificate of that layout with it.
func TestTemplateFromSample_B2_aTenantTemplateReadsItsLayout(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	builtin, err := ocr.BuiltinLibrary()
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := builtin.Get("", "moveout-legacy-b", 0)
	sample, err := specimen.Generate(specimen.Options{Seed: 3, Layout: "moveout-legacy-b", Condition: specimen.Clean})
	if err != nil {
		t.Fatal(err)
	}
	px := func(mm float64) int { return int(math.Round(mm / 25.4 * 300)) }
	box := func(b ocr.Rect) image.Rectangle {
		x, y := ref.Frame.X+b.X, ref.Frame.Y+b.Y
		return image.Rect(px(x), px(y), px(x+b.W), px(y+b.H))
	}
	spec := ocr.SampleSpec{ID: "tenant-legacy-b", Name: "鳥栖市の転出証明書（見本から作成）", DocumentType: ocr.MoveOutCertificate,
		Tenant: "999999", PageWidthMM: 182, Title: ref.Title.Text, TitleBox: box(ref.Title.Box),
		PersonSlots: ref.Persons.Slots, PersonStride: image.Pt(px(ref.Persons.DX), px(ref.Persons.DY))}
	for _, f := range ref.Fields {
		spec.Fields = append(spec.Fields, ocr.SampleField{Key: f.Key, Kind: f.Kind, Box: box(f.Box), Person: f.Person, Label: f.Label})
	}
	e := newEngine(t)
	tpl, err := e.TemplateFromSample(context.Background(), sample.Data, spec)
	if err != nil {
		t.Fatal(err)
	}
	if tpl.Frame.Kind != "table" || len(tpl.Lines.H) < 5 {
		t.Fatalf("frame %+v, %d rulings", tpl.Frame, len(tpl.Lines.H))
	}
	lib := ocr.NewLibrary()
	if err := lib.Add(tpl); err != nil {
		t.Fatal(err)
	}
	for _, m := range builtin.Municipalities() {
		lib.AddMunicipality(m)
	}
	te, err := ocr.New(ocr.Options{Library: lib})
	if err != nil {
		t.Fatal(err)
	}
	defer te.Close()
	s, r := readSpecimen(t, te, specimen.Options{Seed: 4, Layout: "moveout-legacy-b", Condition: specimen.Clean}, ocr.ReadOptions{Tenant: "999999"})
	if r.Template != "tenant-legacy-b@1" {
		t.Fatalf("template %q", r.Template)
	}
	if rate := exactRate(t, bench.Score(s.Truth, r)); rate < 0.85 {
		t.Errorf("exact %.1f %%, floor 85 %%", 100*rate)
	}
	// Another tenant does not see it.
	if _, ok := lib.Get("111111", "tenant-legacy-b", 0); ok {
		t.Error("a tenant template is visible to another tenant")
	}
}

// TestLibrary_B2_versionsAndTenants: the latest version wins, a tenant's own template replaces the shared one of
// the same ID for that tenant only.
func TestLibrary_B2_versionsAndTenants(t *testing.T) {
	lib, err := ocr.BuiltinLibrary()
	if err != nil {
		t.Fatal(err)
	}
	std, ok := lib.Get("", "moveout-standard", 0)
	if !ok {
		t.Fatal("no standard template")
	}
	v2 := *std
	v2.Version = 2
	own := *std
	own.Tenant, own.Name = "402168", "小郡市の調整版"
	for _, tpl := range []*ocr.Template{&v2, &own} {
		if err := lib.Add(tpl); err != nil {
			t.Fatal(err)
		}
	}
	if got, _ := lib.Lookup("", "moveout-standard"); got.Version != 2 {
		t.Errorf("latest = v%d", got.Version)
	}
	if got, _ := lib.Lookup("", "moveout-standard@1"); got.Version != 1 {
		t.Errorf("@1 = v%d", got.Version)
	}
	if got, _ := lib.Get("402168", "moveout-standard", 0); got.Tenant != "402168" {
		t.Errorf("tenant 402168 sees %q", got.Tenant)
	}
	for _, c := range lib.Candidates("401315", ocr.MediaPage) {
		if c.Tenant != "" {
			t.Errorf("tenant 401315 sees %s of %s", c.ID, c.Tenant)
		}
	}
	bad := *std
	bad.Fields = []ocr.FieldDef{{Key: "shoeSize", Kind: ocr.KindText, Box: ocr.Rect{W: 1, H: 1}}}
	if err := lib.Add(&bad); err == nil {
		t.Error("a field that is not an output key was accepted")
	}
}

// TestRead_MultiPageTIFF reads a two-page TIFF as a sheet-feeder scanner writes it (運転免許証 front and back):
// both pages are read and merged, as for a PDF.
func TestRead_MultiPageTIFF(t *testing.T) {
	e := newEngine(t)
	var pages []*image.Gray
	var truths []specimen.Truth
	no := false
	for _, id := range []string{"license-front", "license-back"} {
		s, err := specimen.Generate(specimen.Options{Seed: 9, Layout: id, Condition: specimen.Clean, Variant: &no})
		if err != nil {
			t.Fatal(err)
		}
		img, _, err := image.Decode(bytes.NewReader(s.Data))
		if err != nil {
			t.Fatal(err)
		}
		g := image.NewGray(img.Bounds())
		draw.Draw(g, g.Bounds(), img, img.Bounds().Min, draw.Src)
		pages = append(pages, g)
		truths = append(truths, s.Truth)
	}
	r, err := e.Read(context.Background(), makeTIFF(pages), ocr.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if r.DocumentType != ocr.DriversLicense || len(r.Persons) != 1 {
		t.Fatalf("documentType %s, %d persons", r.DocumentType, len(r.Persons))
	}
	p := r.Persons[0]
	if got, want := p[ocr.KeyFullName].Value, truths[0].Persons[0][ocr.KeyFullName]; got != want {
		t.Errorf("fullName %q, want %q (page 1)", got, want)
	}
	if got, want := p[ocr.KeyAddress].Value, truths[1].Persons[0][ocr.KeyAddress]; got != want || p[ocr.KeyAddress].Box.Page != 1 {
		t.Errorf("address %q on page %d, want the 備考's %q on page 1", got, p[ocr.KeyAddress].Box.Page, want)
	}
	// A file that only looks like a TIFF is refused, naming the field.
	if _, err := e.Read(context.Background(), []byte("II*\x00\x08\x00\x00\x00garbage"), ocr.ReadOptions{}); kakanai.ErrorField(err) != "file" {
		t.Errorf("broken TIFF: %v", err)
	}
}

// makeTIFF writes an uncompressed 8-bit grey TIFF with one image directory per page, chained.
func makeTIFF(pages []*image.Gray) []byte {
	le := binary.LittleEndian
	var b bytes.Buffer
	b.WriteString("II*\x00")
	b.Write([]byte{0, 0, 0, 0}) // first IFD offset, patched below
	prevNext := 4
	for _, g := range pages {
		w, h := g.Rect.Dx(), g.Rect.Dy()
		pixOff := b.Len()
		for y := 0; y < h; y++ {
			b.Write(g.Pix[y*g.Stride : y*g.Stride+w])
		}
		if b.Len()%2 == 1 {
			b.WriteByte(0)
		}
		ifd := b.Len()
		buf := b.Bytes()
		le.PutUint32(buf[prevNext:prevNext+4], uint32(ifd))
		entries := [][3]uint32{{256, 4, uint32(w)}, {257, 4, uint32(h)}, {258, 3, 8}, {259, 3, 1}, {262, 3, 1},
			{273, 4, uint32(pixOff)}, {277, 3, 1}, {278, 4, uint32(h)}, {279, 4, uint32(w * h)}}
		binary.Write(&b, le, uint16(len(entries)))
		for _, e := range entries {
			binary.Write(&b, le, uint16(e[0]))
			binary.Write(&b, le, uint16(e[1]))
			binary.Write(&b, le, uint32(1))
			if e[1] == 3 {
				binary.Write(&b, le, uint16(e[2]))
				binary.Write(&b, le, uint16(0))
			} else {
				binary.Write(&b, le, e[2])
			}
		}
		prevNext = b.Len()
		binary.Write(&b, le, uint32(0))
	}
	return b.Bytes()
}

// The issuer is auto-accepted only when it cannot be another municipality: its full name found exactly, or a name
// no other municipality in Japan bears; approximate or shared names are shown for confirmation.
func TestMatchIssuerConfidence_A3_onlyAnUnmistakableIssuerIsAutoAccepted(t *testing.T) {
	lib := ocr.SeedLibrary()
	for _, c := range []struct {
		text string
		code string
		sure bool
	}{
		{"福岡県久留米市長　山田　一郎", "402036", true},
		{"久留米市長", "402036", true},     // no other 久留米市 in Japan
		{"福岡県久留米巿長", "402036", false}, // 巿 (U+5DFF) for 市: found only approximately
		{"福岡県公安委員会", "400009", true},
	} {
		m, conf, ok := lib.MatchIssuerConfidence(c.text)
		if !ok || m.LgCode != c.code {
			t.Errorf("%s: %+v %v", c.text, m, ok)
			continue
		}
		if sure := conf >= ocr.AutoAcceptThreshold; sure != c.sure {
			t.Errorf("%s: confidence %.2f, want auto-accepted=%v", c.text, conf, c.sure)
		}
	}
	if _, conf, ok := lib.MatchIssuerConfidence("中央区長"); ok && conf >= ocr.AutoAcceptThreshold {
		t.Errorf("中央区 (many in Japan) auto-accepted at %.2f", conf)
	}
}

// TestVariantKanji_A1_邉ReadAs店: on one legacy layout the fast model returns 店 for 邉 at ≥ 90, a confusion seen
// only on whole certificates; the glyph check must see the variant.
func TestVariantKanji_A1_邉ReadAs店(t *testing.T) {
	e := newEngine(t)
	s, r := readSpecimen(t, e, specimen.Options{Seed: 2, Layout: "moveout-legacy-d", Condition: specimen.Clean}, ocr.ReadOptions{})
	checked := 0
	for _, o := range bench.Score(s.Truth, r) {
		if o.Key == ocr.KeyFullName && strings.Contains(o.Want, "邉") {
			checked++
			if !o.OK() {
				t.Errorf("%s: %s (person %d) = %q, want %q", s.Name, o.Key, o.Person, o.Got, o.Want)
			}
		}
	}
	if checked == 0 {
		t.Fatalf("%s: no name with 邉 to check", s.Name)
	}
}
