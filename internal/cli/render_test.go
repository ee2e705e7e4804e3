package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/forms"
)

func requireMJFont(t *testing.T) {
	t.Helper()
	if _, err := forms.FindFont(nil); err != nil {
		t.Skipf("IPAmj明朝 is not installed: install fonts-ipamj-mincho or set %s (%v)", forms.FontEnv, err)
	}
}

// `kakanai render --sample` writes a PDF a person can check, the SVG view, and a masked copy (issue 6).
func TestRender_sampleWritesPDFAndSVG(t *testing.T) {
	requireMJFont(t)
	dir := t.TempDir()
	pdfPath, svgPath := filepath.Join(dir, "sample.pdf"), filepath.Join(dir, "sample.svg")
	var out, errOut bytes.Buffer
	err := renderCommand(context.Background(), []string{"--sample", pdfPath, "--svg", svgPath, "--mask", "mynumber"}, &out, &errOut)
	if err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	pdf, err := os.ReadFile(pdfPath)
	if err != nil || !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
	svg, err := os.ReadFile(svgPath)
	if err != nil || !bytes.Contains(svg, []byte(`data-field="persons.0.familyName"`)) || !bytes.Contains(svg, []byte(`data-masked="true"`)) {
		t.Fatalf("SVG not written or not masked: %v", err)
	}
	if !strings.Contains(out.String(), "wrote "+pdfPath) {
		t.Errorf("stdout: %q", out.String())
	}
	if _, err := exec.LookPath("pdftotext"); err == nil {
		text, err := exec.Command("pdftotext", pdfPath, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(text, []byte(forms.SampleTaka+"橋")) || bytes.Contains(text, []byte("7395")) {
			t.Errorf("masked sample: names or mask wrong:\n%s", text)
		}
	}
}

// `kakanai render --print-layout` prints a layout that reads back (K-k); bad arguments are refused.
func TestRender_printLayoutAndErrors(t *testing.T) {
	var out, errOut bytes.Buffer
	if err := renderCommand(context.Background(), []string{"--print-layout", forms.LayoutExOfficio}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	var l forms.Layout
	if err := json.Unmarshal(out.Bytes(), &l); err != nil || l.Name != "職権記載書" {
		t.Fatalf("printed layout: %v %q", err, l.Name)
	}
	path := filepath.Join(t.TempDir(), "city.json")
	if err := os.WriteFile(path, out.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := loadLayout(path); err != nil {
		t.Errorf("a printed layout does not load back: %v", err)
	}
	for _, args := range [][]string{
		{"--sample", "x.pdf", "--mask", "everything"},
		{"--sample", "x.pdf", "--layout", "no-such-layout"},
		{"--print-layout", "nope"},
		{"stray"},
	} {
		if err := renderCommand(context.Background(), args, &out, &errOut); err == nil {
			t.Errorf("%v accepted", args)
		}
	}
	if err := renderCommand(context.Background(), nil, &out, &errOut); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("no arguments: %v, want usage", err)
	}
}
