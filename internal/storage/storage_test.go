package storage

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kakanai/kakanai"
)

func TestStore_E1_keepsFilesByContentHashAndDetectsChanges(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, "", dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	obj, err := s.Put(ctx, 7, "scan", "image/png", []byte("scanned page"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(obj.Key, "t7/scan/") || len(obj.SHA256) != 64 {
		t.Fatalf("object %+v", obj)
	}
	got, err := s.Get(ctx, obj.Key, obj.SHA256)
	if err != nil || string(got) != "scanned page" {
		t.Fatalf("get: %q %v", got, err)
	}
	// Someone edits the file on disk: reading it with its hash fails instead of serving it.
	if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(obj.Key)), []byte("changed"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, obj.Key, obj.SHA256); kakanai.ErrorCode(err) != kakanai.EINTERNAL {
		t.Fatalf("changed file: %v", err)
	}
	if _, err := s.Get(ctx, "t7/scan/none", ""); kakanai.ErrorCode(err) != kakanai.ENOTFOUND {
		t.Fatalf("missing file: %v", err)
	}
	if _, err := s.Put(ctx, 7, "scan", "image/png", nil); kakanai.ErrorField(err) != "file" {
		t.Fatalf("empty file: %v", err)
	}
}

func TestOpen_memAndBadURL(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, "mem://", "")
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if _, err := Open(ctx, "nope", ""); err == nil || !strings.Contains(err.Error(), "KAKANAI_BLOB_URL") {
		t.Fatalf("bad url: %v", err)
	}
}
