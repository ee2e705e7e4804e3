// Package secret seals personal data at rest (個人番号 and other 特定個人情報) with AES-256-GCM under the data
// key, KAKANAI_DATA_KEY. A sealed value names the key it was sealed with, so that keys can be rotated.
package secret

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Box seals and opens values with one key.
type Box struct {
	id   string // first 8 hex digits of SHA-256(key): names the key without revealing it
	aead cipher.AEAD
}

// NewBox returns a box for a 32-byte key.
func NewBox(key []byte) (*Box, error) {
	if len(key) != 32 {
		return nil, fmt.Errorf("data key must be 32 bytes, got %d", len(key))
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(key)
	return &Box{id: hex.EncodeToString(sum[:4]), aead: aead}, nil
}

// KeyID names the key.
func (b *Box) KeyID() string { return b.id }

// Seal encrypts plaintext; context binds the value to where it is stored (e.g. "person:123:myNumber"), so a
// sealed value copied to another row does not open.
func (b *Box) Seal(plaintext []byte, context string) string {
	nonce := make([]byte, b.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		panic(err)
	}
	out := b.aead.Seal(nonce, nonce, plaintext, []byte(context))
	return "v1:" + b.id + ":" + base64.RawStdEncoding.EncodeToString(out)
}

// ErrWrongKey is returned for a value sealed with another key.
var ErrWrongKey = errors.New("sealed with another data key")

// Open decrypts a value made by Seal with the same context.
func (b *Box) Open(sealed, context string) ([]byte, error) {
	parts := strings.SplitN(sealed, ":", 3)
	if len(parts) != 3 || parts[0] != "v1" {
		return nil, errors.New("not a sealed value")
	}
	if parts[1] != b.id {
		return nil, ErrWrongKey
	}
	raw, err := base64.RawStdEncoding.DecodeString(parts[2])
	if err != nil || len(raw) < b.aead.NonceSize() {
		return nil, errors.New("sealed value is damaged")
	}
	ns := b.aead.NonceSize()
	return b.aead.Open(nil, raw[:ns], raw[ns:], []byte(context))
}

// LoadOrCreateKey returns the box for the configured key (base64 of 32 bytes). Without one it uses
// DATA_DIR/secrets/data.key, creating it on the first start: convenient for one machine, and the file must then
// be backed up with the database, since without it the sealed data cannot be read.
func LoadOrCreateKey(configured, dataDir string) (*Box, error) {
	if configured != "" {
		key, err := base64.StdEncoding.DecodeString(strings.TrimSpace(configured))
		if err != nil {
			return nil, fmt.Errorf("KAKANAI_DATA_KEY: not base64 (generate one with `openssl rand -base64 32`)")
		}
		box, err := NewBox(key)
		if err != nil {
			return nil, fmt.Errorf("KAKANAI_DATA_KEY: %w", err)
		}
		return box, nil
	}
	path := filepath.Join(dataDir, "secrets", "data.key")
	if b, err := os.ReadFile(path); err == nil {
		return LoadOrCreateKey(string(b), dataDir)
	} else if !os.IsNotExist(err) {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	key := make([]byte, 32)
	if _, err := rand.Read(key); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, err
	}
	enc := base64.StdEncoding.EncodeToString(key)
	if err := os.WriteFile(path, []byte(enc+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return NewBox(key)
}
