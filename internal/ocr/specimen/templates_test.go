package specimen

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/kakanai/kakanai/internal/ocr"
)

var update = flag.Bool("update", false, "rewrite the built-in templates in internal/ocr/templates/builtin")

// TestBuiltinTemplates checks that the committed built-in templates are the ones the layouts draw: a layout
// change without regenerating them fails here (go test ./internal/ocr/specimen -run TestBuiltinTemplates -update).
func TestBuiltinTemplates(t *testing.T) {
	dir := filepath.Join("..", "templates", "builtin")
	for _, l := range Layouts() {
		path := filepath.Join(dir, l.ID+".json")
		if l.HeldOut {
			if _, err := os.Stat(path); err == nil {
				t.Errorf("%s is held out for the template-free reader but has a built-in template", l.ID)
			}
			continue
		}
		tpl, err := LayoutTemplate(l.ID)
		if err != nil {
			t.Fatal(err)
		}
		if err := tpl.Validate(); err != nil {
			t.Fatalf("%s: %v", l.ID, err)
		}
		b, err := json.MarshalIndent(tpl, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, '\n')
		if *update {
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		old, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(old, b) {
			t.Errorf("%s: built-in template is stale; run go test ./internal/ocr/specimen -run TestBuiltinTemplates -update", l.ID)
		}
	}
	lib, err := ocr.BuiltinLibrary()
	if err != nil {
		t.Fatal(err)
	}
	if len(lib.Templates()) == 0 {
		t.Error("no built-in templates")
	}
}
