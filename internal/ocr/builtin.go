package ocr

import (
	"embed"
	"sync"
)

// The built-in templates (one per supported layout, generated from the specimen layouts by
// `go test ./internal/ocr/specimen -run TestBuiltinTemplates -update`) and the B1 seed data.
//
//go:embed templates
var builtinFS embed.FS

var (
	builtinOnce sync.Once
	builtinLib  *Library
	builtinErr  error
)

// BuiltinLibrary returns a new library holding the shared built-in templates and the seed municipalities.
// Callers may add tenant templates to it.
func BuiltinLibrary() (*Library, error) {
	l := NewLibrary()
	if err := l.Load(builtinFS, "templates/builtin"); err != nil {
		return nil, err
	}
	if err := l.loadSeed(); err != nil {
		return nil, err
	}
	return l, nil
}

func (l *Library) loadSeed() error {
	b, err := builtinFS.ReadFile("templates/seed/municipalities.json")
	if err != nil {
		return err
	}
	s, err := ParseSeedMunicipalities(b)
	if err != nil {
		return err
	}
	for _, m := range s.Municipalities {
		l.AddMunicipality(m)
	}
	return nil
}

// SeedLibrary returns a shared, read-only library with the seed municipalities only (no templates): the
// specimen generator uses it to choose issuers without depending on the templates it generates.
func SeedLibrary() *Library {
	builtinOnce.Do(func() {
		builtinLib = NewLibrary()
		builtinErr = builtinLib.loadSeed()
	})
	if builtinErr != nil {
		panic(builtinErr) // embedded data: a broken file is a build defect
	}
	return builtinLib
}
