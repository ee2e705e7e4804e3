package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
)

func init() {
	// The test binary must not re-execute itself for OMP_THREAD_LIMIT in the middle of the run.
	os.Setenv("KAKANAI_NO_REEXEC", "1")
}

// TestOCRCommand_A4_printsTheStableSchema runs `kakanai ocr --json` on a generated 在留カード.
func TestOCRCommand_A4_printsTheStableSchema(t *testing.T) {
	s, err := specimen.Generate(specimen.Options{Seed: 21, Layout: "residence-card", Condition: specimen.Clean})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "card."+s.Ext)
	if err := os.WriteFile(file, s.Data, 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if err := ocrCommand(context.Background(), []string{"--json", file}, &out, &errb); err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	var r ocr.Result
	if err := json.Unmarshal(out.Bytes(), &r); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if r.DocumentType != ocr.ResidenceCard || len(r.Persons) != 1 {
		t.Fatalf("read %s with %d persons", r.DocumentType, len(r.Persons))
	}
	if got, want := r.Persons[0][ocr.KeyRomanName].Value, s.Truth.Persons[0][ocr.KeyRomanName]; got != want {
		t.Errorf("romanName %q, want %q", got, want)
	}
	out.Reset()
	if err := ocrCommand(context.Background(), []string{file}, &out, &errb); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "在留カード") {
		t.Errorf("text output lacks the document type:\n%s", out.String())
	}
	if err := ocrCommand(context.Background(), nil, &out, &errb); err == nil {
		t.Error("no file: no error")
	}
}

// TestBenchCommand_writesTheCorpus checks `kakanai bench ocr --write` (the reading run is the benchmark itself,
// too long for a unit test).
func TestBenchCommand_writesTheCorpus(t *testing.T) {
	dir := t.TempDir()
	var out, errb bytes.Buffer
	err := benchCommand(context.Background(), []string{"ocr", "--layouts", "license-back", "--conditions", "clean", "--write", dir}, &out, &errb)
	if err != nil {
		t.Fatalf("%v: %s", err, errb.String())
	}
	files, _ := filepath.Glob(filepath.Join(dir, "license-back-*"))
	if len(files) != 2 {
		t.Errorf("wrote %v, want an image and its ground truth", files)
	}
	if err := benchCommand(context.Background(), []string{"search"}, &out, &errb); err == nil {
		t.Error("bench search through benchCommand: no error")
	}
}
