package specimen

import (
	"encoding/json"
	"os"
	"path/filepath"
)

// Write stores the specimen's image and its ground truth (NAME.png|jpg and NAME.json) in dir.
func (s *Specimen) Write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, s.Name+"."+s.Ext), s.Data, 0o644); err != nil {
		return err
	}
	b, err := json.MarshalIndent(s.Truth, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, s.Name+".json"), append(b, '\n'), 0o644)
}
