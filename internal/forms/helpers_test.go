package forms

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/kakanai/kakanai/internal/juki"
)

// requireFont returns IPAmj明朝 or skips: every check of the printed form needs the real font (H1).
func requireFont(t testing.TB) *Font {
	t.Helper()
	f, err := DefaultFont()
	if errors.Is(err, ErrFontNotFound) {
		t.Skipf("IPAmj明朝 is not installed: install fonts-ipamj-mincho or set %s (%v)", FontEnv, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// poppler runs a poppler-utils tool on pdf and returns its output; it skips when poppler is absent.
func poppler(t testing.TB, pdf []byte, tool string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath(tool); err != nil {
		t.Skipf("%s is not installed (Debian poppler-utils)", tool)
	}
	path := filepath.Join(t.TempDir(), "form.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	args = append(args, path)
	if tool == "pdftotext" {
		args = append(args, "-")
	}
	out, err := exec.Command(tool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// sampleData is the sample 転入 with extra persons appended (for continuation pages).
func sampleData(extra ...juki.Person) Data {
	n, ex := SampleNotification()
	n.Persons = append(n.Persons, extra...)
	return DataFromNotification(n, ex)
}

func renderSample(t testing.TB, l *Layout, d Data, opts Options) []byte {
	t.Helper()
	if opts.Font == nil {
		opts.Font = requireFont(t)
	}
	pdf, err := RenderPDF(l, d, opts)
	if err != nil {
		t.Fatal(err)
	}
	return pdf
}

// fifthPerson is a fifth household member for the continuation page.
var fifthPerson = juki.Person{
	FamilyName: SampleYoshida + "田", GivenName: "一郎", FamilyNameKana: "よしだ", GivenNameKana: "いちろう",
	BirthDate: "2023-01-20", Sex: "男", Relationship: "子", ResidentCode: "60518472936", MyNumber: "384051726912",
	Domicile: "東京都葛飾区立石五丁目13番", DomicileHead: SampleYoshida + "田 太郎",
}
