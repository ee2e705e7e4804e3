package server

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// ConsoleHandler serves a single-page app from fsys: files as they are, any other path as index.html so that
// the app's own routes survive a reload. Hashed assets are cached for a year; index.html never, so that a new
// release reaches every counter PC at the next load.
func ConsoleHandler(fsys fs.FS) http.Handler {
	return appHandler(fsys, "職員用画面がビルドされていません。`make build` を実行してください。")
}

// CitizenHandler serves the citizen app the same way (its base path, /citizen, is stripped before).
func CitizenHandler(fsys fs.FS) http.Handler {
	return appHandler(fsys, "市民向け手続きナビがビルドされていません。`make build` を実行してください。")
}

func appHandler(fsys fs.FS, missing string) http.Handler {
	index, err := fs.ReadFile(fsys, "index.html")
	files := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if err != nil {
			writeText(w, http.StatusServiceUnavailable, missing)
			return
		}
		p := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if p != "" && p != "index.html" {
			if st, statErr := fs.Stat(fsys, p); statErr == nil && !st.IsDir() {
				if strings.HasPrefix(p, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				}
				files.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(index)
	})
}
