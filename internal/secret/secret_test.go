package secret

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBox_R5_sealsAndOpensBoundToContext(t *testing.T) {
	box, err := LoadOrCreateKey("", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sealed := box.Seal([]byte("123456789018"), "person:1:myNumber")
	if strings.Contains(sealed, "123456789018") {
		t.Fatal("plaintext visible in sealed value")
	}
	got, err := box.Open(sealed, "person:1:myNumber")
	if err != nil || !bytes.Equal(got, []byte("123456789018")) {
		t.Fatalf("open: %q, %v", got, err)
	}
	if _, err := box.Open(sealed, "person:2:myNumber"); err == nil {
		t.Fatal("a value moved to another row opened")
	}
	other, _ := NewBox(bytes.Repeat([]byte{7}, 32))
	if _, err := other.Open(sealed, "person:1:myNumber"); err != ErrWrongKey {
		t.Fatalf("other key: %v", err)
	}
}

func TestLoadOrCreateKey_keepsTheGeneratedKey(t *testing.T) {
	dir := t.TempDir()
	a, err := LoadOrCreateKey("", dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LoadOrCreateKey("", dir)
	if err != nil {
		t.Fatal(err)
	}
	if a.KeyID() != b.KeyID() {
		t.Fatal("second start made a new key: sealed data would be lost")
	}
	st, err := os.Stat(filepath.Join(dir, "secrets", "data.key"))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", st, err)
	}
	if _, err := LoadOrCreateKey("not base64!", dir); err == nil || !strings.Contains(err.Error(), "KAKANAI_DATA_KEY") {
		t.Fatalf("bad key error: %v", err)
	}
}
