package gopdf

// Tests of the kakanai patch (README.md) against the real IPAmj明朝 and poppler. They skip when either is absent.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const family = "IPAmjMincho"

var (
	ipamjOnce sync.Once
	ipamj     *FontContainer
	ipamjErr  error
)

func ipamjFont(t testing.TB) *FontContainer {
	t.Helper()
	path := os.Getenv("KAKANAI_MJ_FONT")
	if path == "" {
		path = "/usr/share/fonts/truetype/ipamj/ipamjm.ttf"
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("IPAmj明朝 not installed (%s): install fonts-ipamj-mincho or set KAKANAI_MJ_FONT", path)
	}
	ipamjOnce.Do(func() {
		ipamj = &FontContainer{}
		ipamjErr = ipamj.AddTTFFont(family, path)
	})
	if ipamjErr != nil {
		t.Fatal(ipamjErr)
	}
	return ipamj
}

// render writes each line of text on its own line of an A4 page.
func render(t testing.TB, lines ...string) ([]byte, *SubsetFontObj) {
	t.Helper()
	fc := ipamjFont(t)
	pdf := &GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.AddPage()
	if err := pdf.AddTTFFontFromFontContainer(family, fc); err != nil {
		t.Fatal(err)
	}
	if err := pdf.SetFont(family, "", 24); err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		pdf.SetXY(40, 80+float64(i)*40)
		if err := pdf.Text(l); err != nil {
			t.Fatal(err)
		}
	}
	b, err := pdf.GetBytesPdfReturnErr()
	if err != nil {
		t.Fatal(err)
	}
	return b, pdf.curr.FontISubset
}

func poppler(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s not installed (poppler-utils)", tool)
	}
	p := filepath.Join(t.TempDir(), "t.pdf")
	if err := os.WriteFile(p, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, append(args, p, "-")...).CombinedOutput()
	if tool == "pdffonts" {
		out, err = exec.Command(tool, p).CombinedOutput()
	}
	if err != nil {
		t.Fatalf("%s: %v\n%s", tool, err, out)
	}
	return string(out)
}

// (b) pdftotext gives back 𠮷 (outside the BMP) and IVS sequences exactly, including a sequence and its base
// character drawn with the same glyph (葛 and 葛 + U+E0103 in IPAmj明朝).
func TestPatch_ToUnicodeGivesBackSupplementaryAndIVSText(t *testing.T) {
	lines := []string{"\U00020BB7田 太郎", "葛\U000E0102飾区", "葛 葛\U000E0103 葛\U000E0104", "辻\U000E0102 髙橋"}
	pdf, _ := render(t, lines...)
	got := strings.Split(strings.TrimRight(poppler(t, "pdftotext", pdf), "\n\f"), "\n")
	var nonEmpty []string
	for _, l := range got {
		if l != "" {
			nonEmpty = append(nonEmpty, l)
		}
	}
	if strings.Join(nonEmpty, "|") != strings.Join(lines, "|") {
		t.Fatalf("pdftotext returned %q, want %q", nonEmpty, lines)
	}
}

// (a) A base + selector resolves through cmap format 14 to the MJ glyph (葛 + U+E0102 = MJ022335, its own glyph),
// and a sequence that shares its base's glyph gets a CID of its own mapped back to that glyph.
func TestPatch_VariationSequenceResolvesThroughFormat14(t *testing.T) {
	_, sub := render(t, "葛", "葛\U000E0102", "葛\U000E0103")
	plain, err := sub.CharCodeToGlyphIndex('葛')
	if err != nil {
		t.Fatal(err)
	}
	g102, isDefault, ok := sub.ttfp.VariationGlyph('葛', 0xE0102)
	if !ok || isDefault || g102 == plain {
		t.Fatalf("葛+E0102: glyph %d default=%v listed=%v; the plain 葛 is glyph %d", g102, isDefault, ok, plain)
	}
	key := sub.seq.keyOf["葛\U000E0102"]
	cid, _ := sub.CharacterToGlyphIndex.Val(key)
	if sub.gidOf(cid) != g102 {
		t.Errorf("葛+E0102 drawn with glyph %d, want %d", sub.gidOf(cid), g102)
	}
	g103, _, _ := sub.ttfp.VariationGlyph('葛', 0xE0103)
	key103 := sub.seq.keyOf["葛\U000E0103"]
	cid103, _ := sub.CharacterToGlyphIndex.Val(key103)
	cidPlain, _ := sub.CharacterToGlyphIndex.Val('葛')
	if cid103 == cidPlain || sub.gidOf(cid103) != g103 || g103 != plain {
		t.Errorf("葛+E0103: CID %d (plain 葛 CID %d), glyph %d, want its own CID for glyph %d", cid103, cidPlain, sub.gidOf(cid103), plain)
	}
	if sub.ttfp.VariationSequenceCount() < 11000 {
		t.Errorf("IPAmj明朝 lists %d variation sequences, want the ~11,400 Moji_Joho ones", sub.ttfp.VariationSequenceCount())
	}
}

// An Adobe-Japan1 selector on an MJ font is not in its table: the base glyph is drawn, the text is kept.
func TestPatch_UnknownSequenceDrawsBaseAndKeepsText(t *testing.T) {
	pdf, sub := render(t, "葛\U000E0100城")
	if _, _, ok := sub.ttfp.VariationGlyph('葛', 0xE0100); ok {
		t.Skip("this IPAmj明朝 lists 葛+E0100")
	}
	if got := strings.TrimSpace(poppler(t, "pdftotext", pdf)); got != "葛\U000E0100城" {
		t.Errorf("pdftotext = %q", got)
	}
}

// The embedded font is a tagged subset (ABCDEF+IPAmjMincho), Identity-H, with a ToUnicode map.
func TestPatch_SubsetIsTagged(t *testing.T) {
	pdf, _ := render(t, "住民異動届")
	out := poppler(t, "pdffonts", pdf)
	var line string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "+IPAmjMincho") {
			line = l
		}
	}
	f := strings.Fields(line)
	if len(f) < 8 || len(f[0]) != len("ABCDEF+IPAmjMincho") || f[len(f)-5] != "yes" || f[len(f)-4] != "yes" || f[len(f)-3] != "yes" {
		t.Fatalf("pdffonts:\n%s", out)
	}
	if b, _ := render(t, "住民異動届"); !bytes.Equal(b, pdf) {
		t.Error("the same text gave different bytes")
	}
}

// Never break a line between a base character and its selector: a sequence measures as one glyph and a
// selector on its own measures nothing, so gopdf's own line splitting keeps sequences whole.
func TestPatch_SplitTextKeepsSelectorWithBase(t *testing.T) {
	fc := ipamjFont(t)
	pdf := &GoPdf{}
	pdf.Start(Config{PageSize: *PageSizeA4})
	pdf.AddPage()
	if err := pdf.AddTTFFontFromFontContainer(family, fc); err != nil {
		t.Fatal(err)
	}
	if err := pdf.SetFont(family, "", 10); err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("葛\U000E0102", 9)
	for _, w := range []float64{10, 20, 25, 30, 45} {
		lines, err := pdf.SplitText(text, w)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			if r := []rune(l); IsVariationSelector(r[0]) || !IsVariationSelector(r[len(r)-1]) {
				t.Fatalf("width %.0f: line %q splits a sequence", w, l)
			}
		}
	}
	got, err := pdf.MeasureTextWidth("葛\U000E0102")
	if err != nil || got != 10 {
		t.Errorf("葛+E0102 at 10 pt measures %.2f (%v), want one em", got, err)
	}
}
