package server

import (
	"context"
	"log/slog"
	"mime"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/filing"
)

// download serves a stored file to a viewer the domain lets open it. Errors are plain text in Japanese with the
// HTTP status of their code; files are never cached by the browser (they hold personal data).
func download(logger *slog.Logger, open func(context.Context, int) (*filing.File, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(chi.URLParam(r, "id"))
		if err != nil {
			writeText(w, http.StatusNotFound, "ファイルが見つかりません。")
			return
		}
		f, err := open(r.Context(), id)
		if err != nil {
			status := statusOf(err)
			if status == http.StatusInternalServerError {
				logger.ErrorContext(r.Context(), "download failed", "err", err, "request_id", audit.RequestID(r.Context()))
			}
			writeText(w, status, kakanai.ErrorMessage(err))
			return
		}
		w.Header().Set("Content-Type", f.ContentType)
		w.Header().Set("Content-Disposition", mime.FormatMediaType("inline", map[string]string{"filename": f.Name}))
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("Content-Length", strconv.Itoa(len(f.Content)))
		_, _ = w.Write(f.Content)
	}
}
