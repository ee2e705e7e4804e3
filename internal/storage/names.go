package storage

import (
	"net/http"
	"path/filepath"
	"strings"
)

// SniffType tells the content type from the bytes, never from what the client claims; TIFF, which the
// standard sniffer does not know, is what many scanners produce.
func SniffType(b []byte) string {
	if strings.HasPrefix(string(b), "II*\x00") || strings.HasPrefix(string(b), "MM\x00*") {
		return "image/tiff"
	}
	ct := http.DetectContentType(b)
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return ct
}

// DocumentTypes are the files the counter keeps: scans, photos and PDFs.
var DocumentTypes = map[string]bool{"image/jpeg": true, "image/png": true, "image/tiff": true, "application/pdf": true}

// CleanName keeps the last element of a client's file name, at most 200 characters, for display only.
func CleanName(name, fallback string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	if name == "." || name == "/" || name == "" {
		return fallback
	}
	if r := []rune(name); len(r) > 200 {
		name = string(r[:200])
	}
	return name
}
