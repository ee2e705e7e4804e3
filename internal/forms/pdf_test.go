package forms

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/juki"
)

// The printed 異動届 carries every name exactly: 𠮷 (outside the BMP), 髙 (a variant kanji) and 葛 + U+E0102
// (an IVS) come back from pdftotext as the same code points (K-e, H1).
func TestRenderPDF_H1_namesExtractIntact(t *testing.T) {
	pdf := renderSample(t, NotificationLayout(), sampleData(), Options{})
	text := poppler(t, pdf, "pdftotext")
	for _, want := range []string{
		SampleYoshida + "田 太郎", // 届出人, 世帯主, 筆頭者
		SampleYoshida + "田",
		SampleTaka + "橋",
		SampleKuzuIVS + "枝",
		"東京都" + SampleKuzuIVS + "飾区立石五丁目13番1号",
		"NGUYEN THI LAN",
		"昭和60年4月12日", // 和暦 for a Japanese
		"1990年7月3日",  // 西暦 for the foreign spouse
		"令和8年4月6日",
		"転入", "0406-012", "日本人の配偶者等", "3年", "2028年5月31日",
		"7395 2841 0630", // 個人番号 in groups of four
	} {
		if !strings.Contains(text, want) {
			t.Errorf("pdftotext lacks %q (%+q)", want, want)
		}
	}
	if strings.Contains(text, "葛飾区立石五丁目13番1号") {
		t.Error("the IVS of 葛󠄂飾 was dropped")
	}
}

// IPAmj明朝 is embedded as a subset (a tagged name), with Identity-H encoding and a ToUnicode map.
func TestRenderPDF_H1_IPAmjEmbeddedAsSubset(t *testing.T) {
	pdf := renderSample(t, NotificationLayout(), sampleData(), Options{})
	out := poppler(t, pdf, "pdffonts")
	re := regexp.MustCompile(`(?m)^[A-Z]{6}\+IPAmjMincho\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s`)
	if !re.MatchString(out) {
		t.Fatalf("pdffonts does not list IPAmj明朝 as an embedded subset with ToUnicode:\n%s", out)
	}
	if n := strings.Count(out, "\n") - 2; n != 1 {
		t.Errorf("%d fonts, want only IPAmj明朝:\n%s", n, out)
	}
	// A subset of a 46 MB font: the whole file stays small.
	if len(pdf) > 400_000 {
		t.Errorf("PDF is %d bytes; the font does not look subset", len(pdf))
	}
}

// A masked copy has no 個人番号 anywhere in its text: the boxes are black and the digits were never written
// (K-u). The unmasked copy, rendered the same way, does have them.
func TestRenderPDF_K_u_maskedCopyHasNoMyNumber(t *testing.T) {
	d := sampleData(fifthPerson)
	var numbers []string
	for i := 0; i < d.PersonCount(); i++ {
		numbers = append(numbers, d.Value(fmt.Sprintf("persons.%d.myNumber", i)))
	}
	plain := poppler(t, renderSample(t, NotificationLayout(), d, Options{}), "pdftotext")
	for _, n := range numbers {
		if !strings.Contains(plain, n[:4]+" "+n[4:8]+" "+n[8:]) {
			t.Fatalf("control: the unmasked PDF lacks 個人番号 %s", n)
		}
	}
	for _, p := range BuiltinMaskProfiles() {
		if !p.Masks("persons.0.myNumber") {
			t.Fatalf("built-in profile %s does not mask 個人番号", p.Name)
		}
		t.Run(p.ID, func(t *testing.T) {
			pdf := renderSample(t, NotificationLayout(), d, Options{Mask: &p})
			text := poppler(t, pdf, "pdftotext")
			squeezed := strings.Join(strings.Fields(text), "")
			for _, n := range numbers {
				for _, part := range []string{n, n[:4], n[4:8], n[8:]} {
					if strings.Contains(squeezed, part) {
						t.Errorf("masked PDF (%s) still contains %q of a 個人番号", p.Name, part)
					}
				}
			}
			if !strings.Contains(text, SampleYoshida+"田") || !strings.Contains(text, "（"+p.Name+"）") && !strings.Contains(text, "転入") {
				t.Errorf("masked PDF lost the unmasked items")
			}
			if p.ID == MaskDomicileMyNumber && strings.Contains(text, "鹿児島県霧島市") {
				t.Error("本籍 is not masked")
			}
			svg, err := RenderSVG(NotificationLayout(), d, Options{Mask: &p, Font: requireFont(t)})
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range numbers {
				if strings.Contains(svg, n[4:8]) {
					t.Errorf("masked SVG contains part of 個人番号 %s", n)
				}
			}
			if !strings.Contains(svg, `data-field="persons.0.myNumber" tabindex="0" role="button" aria-label="個人番号（1人目）" data-person="0" data-masked="true"`) {
				t.Error("masked SVG does not mark the masked field")
			}
		})
	}
}

// More than four persons flow onto a continuation page that repeats the header and numbers the rows on.
func TestRenderPDF_K_e_continuationPageForFivePersons(t *testing.T) {
	l := NotificationLayout()
	four := renderSample(t, l, sampleData(), Options{})
	five := renderSample(t, l, sampleData(fifthPerson), Options{})
	pages := func(pdf []byte) int {
		m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, pdf, "pdfinfo"))
		n, _ := strconv.Atoi(m[1])
		return n
	}
	if got := pages(four); got != 1 {
		t.Errorf("4 persons: %d pages, want 1", got)
	}
	if got := pages(five); got != 2 {
		t.Fatalf("5 persons: %d pages, want 2", got)
	}
	page2 := poppler(t, five, "pdftotext", "-f", "2", "-l", "2")
	for _, want := range []string{"住民異動届（続紙）", "2/2", "0406-012", "令和8年4月6日", "一郎", "3840 5172 6912", "5"} {
		if !strings.Contains(strings.ReplaceAll(page2, " / ", "/"), want) && !strings.Contains(page2, want) {
			t.Errorf("continuation page lacks %q:\n%s", want, page2)
		}
	}
	if strings.Contains(page2, "太郎") && strings.Contains(page2, "花子") {
		t.Error("continuation page repeats the persons of page 1")
	}
	if l.PageCount(11) != 2 || l.PageCount(12) != 3 {
		t.Errorf("page counts: 11 persons → %d, 12 → %d; want 2 and 3 (4 + 7 per continuation page)", l.PageCount(11), l.PageCount(12))
	}
}

// The same input gives the same bytes, so the archive's SHA-256 identifies the content (E1).
func TestRenderPDF_E1_deterministic(t *testing.T) {
	d := sampleData()
	a := renderSample(t, NotificationLayout(), d, Options{})
	b := renderSample(t, NotificationLayout(), d, Options{})
	if !bytes.Equal(a, b) {
		t.Fatal("two renders of the same 届出 differ")
	}
	c := renderSample(t, NotificationLayout(), d, Options{CreatedAt: time.Date(2026, 4, 6, 10, 0, 0, 0, time.UTC)})
	if !strings.Contains(poppler(t, c, "pdfinfo"), "CreationDate:") {
		t.Error("CreatedAt not written")
	}
}

// The 職権記載書 variant renders with its own items.
func TestRenderPDF_K_u_exOfficioLayout(t *testing.T) {
	n, ex := SampleNotification()
	n.Reason = string(juki.ReasonExOfficio)
	ex[KeyExOfficioRecordedOn] = "2026-04-08"
	ex[KeyExOfficioCause] = "転入通知に基づき記載"
	ex[KeyExOfficioBasis] = "住民基本台帳法施行令第12条第2項第1号"
	ex[KeyStaffName] = "市民 花子"
	pdf := renderSample(t, ExOfficioLayout(), DataFromNotification(n, ex), Options{})
	text := poppler(t, pdf, "pdftotext")
	for _, want := range []string{"職権記載書", "職権記載", "令和8年4月8日", "住民基本台帳法施行令第12条第2項第1号", SampleKuzuIVS + "枝"} {
		if !strings.Contains(strings.ReplaceAll(text, " ", ""), strings.ReplaceAll(want, " ", "")) {
			t.Errorf("職権記載書 lacks %q", want)
		}
	}
}

// Text too long for its box is made smaller, never cut (nothing on a 届出 may silently disappear), and the
// item is reported.
func TestRenderPDF_longTextShrinksAndStaysWhole(t *testing.T) {
	d := sampleData()
	long := strings.Repeat("札幌市民交流プラザ北側の長い建物の名前が入る方書の例 第二棟の三階の奥の部屋 ", 3)
	d.Fields["newAddress.katagaki"] = long
	pdf := renderSample(t, NotificationLayout(), d, Options{})
	text := strings.Join(strings.Fields(poppler(t, pdf, "pdftotext")), "")
	if !strings.Contains(text, strings.ReplaceAll(long, " ", "")) {
		t.Errorf("the long 方書 was cut:\n%s", text)
	}
	over, err := Overflows(NotificationLayout(), d, Options{Font: requireFont(t)})
	if err != nil {
		t.Fatal(err)
	}
	if len(over) != 1 || over[0] != "newAddress.katagaki" {
		t.Errorf("overflows = %v, want [newAddress.katagaki]", over)
	}
}

// Page 1 rasterises to an A4 landscape image: the picture a person checks (pdftoppm -png, then look at it).
func TestRenderPDF_rasterisesAsA4Landscape(t *testing.T) {
	pdf := renderSample(t, NotificationLayout(), sampleData(), Options{})
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("pdftoppm is not installed (Debian poppler-utils)")
	}
	dir := t.TempDir()
	in, out := filepath.Join(dir, "f.pdf"), filepath.Join(dir, "p")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	if o, err := exec.Command("pdftoppm", "-r", "30", "-png", "-singlefile", in, out).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, o)
	}
	f, err := os.Open(out + ".png")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 350 || b.Dx() > 352 || b.Dy() < 247 || b.Dy() > 249 { // 297 × 210 mm at 30 dpi
		t.Errorf("page 1 is %d×%d px at 30 dpi, want 351×248 (A4 landscape)", b.Dx(), b.Dy())
	}
	// Ink on the page: rules and text, not a blank sheet.
	dark := 0
	for y := 0; y < img.Bounds().Dy(); y++ {
		for x := 0; x < img.Bounds().Dx(); x++ {
			if r, _, _, _ := img.At(x, y).RGBA(); r < 0x8000 {
				dark++
			}
		}
	}
	if dark < 2000 {
		t.Errorf("page 1 has only %d dark pixels", dark)
	}
}

// Render timings (H1): after the one-time font parse, a page costs about 10 ms.
func BenchmarkRenderPDF(b *testing.B) {
	font := requireFont(b)
	l, d := NotificationLayout(), sampleData()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderPDF(l, d, Options{Font: font}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderPDF_twoPagesMasked(b *testing.B) {
	font := requireFont(b)
	l, d := NotificationLayout(), sampleData(fifthPerson)
	mask, _ := BuiltinMaskProfile(MaskMyNumber)
	for b.Loop() {
		if _, err := RenderPDF(l, d, Options{Font: font, Mask: &mask}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderSVG(b *testing.B) {
	font := requireFont(b)
	l, d := NotificationLayout(), sampleData()
	for b.Loop() {
		if _, err := RenderSVG(l, d, Options{Font: font}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadFont(b *testing.B) {
	path, err := FindFont(nil)
	if err != nil {
		b.Skip(err)
	}
	for b.Loop() {
		if _, err := LoadFont(path); err != nil {
			b.Fatal(err)
		}
	}
}

// Renders run concurrently (the job workers archive several 届出 at once) on one shared font.
func TestRenderPDF_concurrentRendersShareTheFont(t *testing.T) {
	font := requireFont(t)
	l, d := NotificationLayout(), sampleData()
	want, err := RenderPDF(l, d, Options{Font: font})
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			got, err := RenderPDF(l, d, Options{Font: font})
			if err == nil && !bytes.Equal(got, want) {
				err = fmt.Errorf("a concurrent render differs")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
