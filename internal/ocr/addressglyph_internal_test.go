package ocr

import (
	"context"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/ocr/fonts"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

func testAddressLexicon() *addressLexicon {
	return &addressLexicon{a: NewAddressCorrector(address.Default()).(*dictAddresses)}
}

// An address of the dictionary printed at a fixed pitch, its numbers and a katakana building after it, is read by
// its glyphs without the line recogniser; what the dictionary or the number alphabet does not hold (a kanji
// building name, a hyphen, a town it does not know, a line without its 都道府県) goes through the recogniser (A1, R8).
func TestAddressByGlyphAlone_A1_R8_dictionaryAddressesSkipTesseract(t *testing.T) {
	l := testAddressLexicon()
	for _, c := range []struct {
		printed string
		ok      bool
	}{
		{"福岡県小郡市小郡１２３番地４", true},
		{"福岡県小郡市三国が丘２丁目９番２号", true},
		{"福岡県久留米市国分町２１４１番地パークサイド５０８号", true},
		{"福岡県福岡市博多区博多駅前３丁目２番２４号サンハイツ５０８号", true},
		{"東京都千代田区丸の内１丁目３番１６号", true},
		{"佐賀県基山町大字小倉５５８番地", true},
		{"福岡県筑紫野市針摺東３丁目２番８号メゾン城南１０２号", false},
		{"福岡県小郡市小郡１２３－４", false},
		{"福岡県小郡市存在町１２３番地", false},
		{"小郡市小郡１２３番地４", false},
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			g := l.addressByGlyphAlone(renderedLine(t, c.printed, f), string(f))
			if g.ok != c.ok || (g.ok && g.text != c.printed) {
				t.Errorf("%s in %s: %+v, want ok %v", c.printed, f, g, c.ok)
			}
		}
	}
}

// Printed small, blurred and speckled, an address is read right or left to the recogniser, never read wrong.
func TestAddressByGlyphAlone_A1_degradedIsReadRightOrNotAtAll(t *testing.T) {
	l := testAddressLexicon()
	readDegraded(t, []string{"福岡県小郡市大保５４６番地パークサイド５０５号", "佐賀県鳥栖市蔵上１丁目１４番７号",
		"福岡県朝倉市堤２８３９番地３０", "福岡県春日市春日原北町３丁目６８番９号グリーンヒル３０８号"}, nil,
		func(_ string, li lineImage, hint string) (string, bool) {
			g := l.addressByGlyphAlone(li, hint)
			return g.text, g.ok
		})
}

// バ and パ, which the whole glyph hardly tells apart, are told by the shape of the mark (A1).
func TestMarkShapeAgrees_A1_dakutenAndHandakuten(t *testing.T) {
	for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
		for _, printed := range []rune("バパビピブプベペボポ") {
			li := renderedLine(t, string(printed), f)
			other := printed + 1
			if kanaBase(printed)+2 == printed {
				other = printed - 1
			}
			if !markShapeAgrees(li.src, li.band, printed, string(f)) {
				t.Errorf("%c in %s: not taken for itself", printed, f)
			}
			if markShapeAgrees(li.src, li.band, other, string(f)) {
				t.Errorf("%c in %s: taken for %c", printed, f, other)
			}
		}
	}
	for _, c := range []struct{ voiced, base rune }{{'グ', 'ク'}, {'パ', 'ハ'}, {'バ', 'ハ'}, {'ヴ', 'ウ'}, {'ド', 'ト'}, {'ン', 'ン'}, {'１', '１'}} {
		if got := kanaBase(c.voiced); got != c.base {
			t.Errorf("kanaBase(%c) = %c, want %c", c.voiced, got, c.base)
		}
	}
}

// A line whose number part the glyphs cannot read (a building named in kanji, a hyphen) or whose town the
// dictionary does not know still has its head read by the glyphs: the 都道府県, municipality and town where the
// dictionary holds them, the municipality alone where it does not; a line without its 都道府県 has none (R8).
func TestAddressByGlyphAlone_R8_headOfALineReadInPart(t *testing.T) {
	l := testAddressLexicon()
	for _, c := range []struct{ printed, head string }{
		{"福岡県筑紫野市針摺東３丁目２番８号メゾン城南１０２号", "福岡県筑紫野市針摺東"},
		{"福岡県小郡市小郡１２３－４", "福岡県小郡市小郡"},
		{"福岡県小郡市存在町１２３番地", "福岡県小郡市"},
		{"小郡市小郡１２３番地４", ""},
		{"福岡県小郡市小郡１２３番地４", ""}, // read whole
	} {
		for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
			g := l.addressByGlyphAlone(renderedLine(t, c.printed, f), string(f))
			if g.head != c.head || len(g.headSlots) != len([]rune(c.head)) {
				t.Errorf("%s in %s: head %q in %d cells, want %q", c.printed, f, g.head, len(g.headSlots), c.head)
			}
		}
	}
}

// Degraded, a head is the beginning of the printed address or there is none.
func TestAddressByGlyphAlone_R8_degradedHeadIsRightOrNone(t *testing.T) {
	l := testAddressLexicon()
	readDegraded(t, []string{"福岡県筑紫野市針摺東３丁目２番８号メゾン城南１０２号", "佐賀県鳥栖市蔵上１丁目１４番７号",
		"福岡県朝倉市堤２８３９番地３０", "福岡県春日市春日原北町３丁目６８番９号グリーンヒル３０８号"}, nil,
		func(printed string, li lineImage, hint string) (string, bool) {
			g := l.addressByGlyphAlone(li, hint)
			if g.ok {
				return g.text, true
			}
			if g.head != "" && strings.HasPrefix(printed, g.head) {
				return printed, true
			}
			return g.head, g.head != ""
		})
}

// Where the glyphs read the head only, Tesseract reads the rest of the line, and the field is the whole address
// with the head's cells before Tesseract's symbols (R8).
func TestReadAddressTail_R8_theRecogniserReadsOnlyTheRest(t *testing.T) {
	e, p := lineEngine(t)
	for _, c := range []struct{ printed, want string }{
		{"福岡県筑紫野市針摺東３丁目２番８号メゾン城南１０２号", "福岡県筑紫野市針摺東３丁目２番８号メゾン城南１０２号"},
		{"福岡県久留米市国分町２１４１－１", "福岡県久留米市国分町２１４１－１"},
		{"福岡県小郡市存在町１２３番地", "福岡県小郡市存在町１２３番地"},
	} {
		img := renderText(c.printed, fonts.Mincho, 40)
		if img == nil {
			t.Skip("font not installed")
		}
		li := prepareLine(img, 40)
		g := e.addresses.addressByGlyphAlone(li, string(fonts.Mincho))
		if g.head == "" {
			t.Errorf("%s: no head", c.printed)
			continue
		}
		j := fieldJob{def: FieldDef{Key: KeyAddress, Kind: KindAddress}, slot: -1}
		fr, err := e.readAddressTail(context.Background(), p, imaging.Identity, li, j, g)
		if err != nil {
			t.Fatal(err)
		}
		if got := fr.values[KeyAddress].Value; got != c.want {
			t.Errorf("%s: read %q (raw %q), want %q", c.printed, got, fr.raw, c.want)
		}
		n := len([]rune(g.head))
		centre := func(s symbol) int { return s.Box.Min.X + s.Box.Max.X }
		if len(fr.syms) <= n || centre(fr.syms[n-1]) >= centre(fr.syms[n]) || fr.syms[0].Conf != fr.syms[n-1].Conf {
			t.Errorf("%s: head symbols %v not before the recogniser's %v", c.printed, fr.syms[:n], fr.syms[n:])
		}
	}
}

// A tail whose reading puts another character where a cell's glyph is clearly of the number alphabet is not
// trusted: the whole line is read instead, its head's symbols Tesseract's own (R8).
func TestReadAddressTail_R8_wholeLineWhereTheGlyphsDisagree(t *testing.T) {
	e, p := lineEngine(t)
	printed := "福岡県筑紫野市針摺東３丁目２番８号メゾン城南１０２号"
	img := renderText(printed, fonts.Mincho, 40)
	if img == nil {
		t.Skip("font not installed")
	}
	li := prepareLine(img, 40)
	g := e.addresses.addressByGlyphAlone(li, string(fonts.Mincho))
	if g.head == "" || len(g.restClear) != len(g.restSlots) || g.restClear[0] != '３' {
		t.Fatalf("head %q, rest read clearly as %q", g.head, string(g.restClear))
	}
	j := fieldJob{def: FieldDef{Key: KeyAddress, Kind: KindAddress}, slot: -1}
	sameConf := func(fr *fieldRead) bool {
		for _, s := range fr.syms[1:len(g.headSlots)] {
			if s.Conf != fr.syms[0].Conf {
				return false
			}
		}
		return true
	}
	for _, c := range []struct {
		clear rune
		tail  bool
	}{{'３', true}, {'８', false}} {
		g.restClear[0] = c.clear
		fr, err := e.readAddressTail(context.Background(), p, imaging.Identity, li, j, g)
		if err != nil {
			t.Fatal(err)
		}
		if got := fr.values[KeyAddress].Value; got != printed {
			t.Errorf("first cell clearly %c: read %q", c.clear, got)
		}
		if sameConf(fr) != c.tail {
			t.Errorf("first cell clearly %c: read by the tail %v, want %v", c.clear, sameConf(fr), c.tail)
		}
	}
}
