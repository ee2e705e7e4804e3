package server

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"
	qrcode "github.com/skip2/go-qrcode"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/citizen"
	"github.com/kakanai/kakanai/internal/line"
)

// citizenCSP lets the app inside LINE reach the LIFF endpoints; everything else stays on this origin.
const citizenCSP = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
	"connect-src 'self' https://api.line.me https://liffsdk.line-scdn.net https://liff.line.me; " +
	"frame-ancestors 'none'; base-uri 'none'; form-action 'self'; worker-src 'self'; manifest-src 'self'"

// citizenRoutes is the residents' side: the app and its JSON API. Nothing here needs a login; nothing here keeps
// what a resident enters (N-w): the API answers look-ups and counts visits, the sealing happens in the browser.
func citizenRoutes(r chi.Router, svc *citizen.Service, app http.Handler, publicURL string, logger *slog.Logger) {
	api := &citizenAPI{svc: svc, publicURL: strings.TrimRight(publicURL, "/"), logger: logger}
	r.Route("/api/citizen", func(r chi.Router) {
		r.Use(func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Security-Policy", citizenCSP)
				next.ServeHTTP(w, r)
			})
		})
		r.Get("/tenants", api.tenants)
		r.Get("/qr.png", api.qrPNG)
		r.Route("/{lg}", func(r chi.Router) {
			r.Get("/config", api.config)
			r.Get("/emblem", api.picture("emblem"))
			r.Get("/image", api.picture("image"))
			r.Get("/postal/{code}", api.postal)
			r.Get("/kana", api.kana)
			r.Post("/visits", api.visit)
			r.Post("/line/push", api.push)
		})
	})
	r.Post("/line/{lg}/webhook", api.webhook)
	if app != nil {
		r.Get("/citizen", http.RedirectHandler("/citizen/", http.StatusMovedPermanently).ServeHTTP)
		r.Handle("/citizen/*", http.StripPrefix("/citizen", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Security-Policy", citizenCSP)
			app.ServeHTTP(w, r)
		})))
	}
}

type citizenAPI struct {
	svc       *citizen.Service
	publicURL string
	logger    *slog.Logger
}

func (a *citizenAPI) tenants(w http.ResponseWriter, r *http.Request) {
	ts, err := a.svc.Tenants(r.Context())
	a.reply(w, r, ts, err, "no-cache")
}

func (a *citizenAPI) config(w http.ResponseWriter, r *http.Request) {
	c, err := a.svc.PublicConfig(r.Context(), chi.URLParam(r, "lg"))
	// The service worker reads it network-first and keeps a copy for offline use; it holds nothing personal.
	a.reply(w, r, c, err, "no-cache")
}

func (a *citizenAPI) picture(which string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := a.svc.Picture(r.Context(), chi.URLParam(r, "lg"), which)
		if err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", p.ContentType)
		// The URL carries the settings' version, so a changed picture has a new URL.
		w.Header().Set("Cache-Control", "public, max-age=86400")
		_, _ = w.Write(p.Data)
	}
}

func (a *citizenAPI) postal(w http.ResponseWriter, r *http.Request) {
	entries, err := a.svc.Postal(r.Context(), chi.URLParam(r, "lg"), chi.URLParam(r, "code"))
	a.reply(w, r, map[string]any{"entries": entries}, err, "no-store")
}

func (a *citizenAPI) kana(w http.ResponseWriter, r *http.Request) {
	a.reply(w, r, map[string]any{"readings": citizen.Kana(r.URL.Query().Get("text"), r.URL.Query().Get("part"))}, nil, "no-store")
}

func (a *citizenAPI) visit(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Event   string `json:"event"`
		Channel string `json:"channel"`
	}
	if !readJSON(w, r, &body, 1<<10) {
		return
	}
	if err := a.svc.RecordVisit(r.Context(), chi.URLParam(r, "lg"), body.Event, body.Channel); err != nil {
		a.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (a *citizenAPI) push(w http.ResponseWriter, r *http.Request) {
	var body citizen.PushRequest
	if !readJSON(w, r, &body, 16<<10) {
		return
	}
	base := a.publicURL
	if base == "" {
		base = "http://" + r.Host
	}
	err := a.svc.PushResult(r.Context(), chi.URLParam(r, "lg"), body, func(code string) string {
		return base + "/api/citizen/qr.png?c=" + code
	})
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// qrPNG draws a resident's code for LINE's image message. The code is sealed to the city's key, so drawing it
// reveals nothing; it is not stored (N-w).
func (a *citizenAPI) qrPNG(w http.ResponseWriter, r *http.Request) {
	code := strings.ToUpper(r.URL.Query().Get("c"))
	if !citizen.IsCodeText(code) {
		writeText(w, http.StatusBadRequest, "二次元コードの形式が正しくありません。")
		return
	}
	png, err := qrcode.Encode(code, qrcode.Medium, 1024)
	if err != nil {
		a.fail(w, r, kakanai.Internal(err))
		return
	}
	w.Header().Set("Content-Type", "image/png")
	w.Header().Set("Cache-Control", "private, max-age=2592000, immutable")
	_, _ = w.Write(png)
}

func (a *citizenAPI) webhook(w http.ResponseWriter, r *http.Request) {
	lg := chi.URLParam(r, "lg")
	ch, err := a.svc.LineChannel(r.Context(), lg)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	line.WebhookHandler(ch.Secret, func(ctx context.Context, events []webhook.EventInterface) error {
		follows := line.FollowedBy(events)
		if len(follows) == 0 || ch.LiffID == "" {
			return nil
		}
		client, err := a.svc.Line(ch.Token, ch.LoginChannelID)
		if err != nil {
			return err
		}
		for _, f := range follows {
			if f.ReplyToken == "" {
				continue
			}
			if err := client.ReplyText(ctx, f.ReplyToken, line.WelcomeText("https://liff.line.me/"+ch.LiffID)); err != nil {
				a.logger.WarnContext(ctx, "LINE welcome reply failed", "err", err)
			}
		}
		return nil
	}).ServeHTTP(w, r)
}

// readJSON decodes a small JSON body; anything else is a 400 with a Japanese message.
func readJSON(w http.ResponseWriter, r *http.Request, v any, limit int64) bool {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		writeJSONError(w, http.StatusUnsupportedMediaType, kakanai.Errorf(kakanai.EINVALID, "JSON で送ってください。"))
		return false
	}
	dec := json.NewDecoder(io.LimitReader(r.Body, limit))
	if err := dec.Decode(v); err != nil {
		writeJSONError(w, http.StatusBadRequest, kakanai.Errorf(kakanai.EINVALID, "送られた内容を読み取れません。"))
		return false
	}
	return true
}

func (a *citizenAPI) reply(w http.ResponseWriter, r *http.Request, v any, err error, cache string) {
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", cache)
	_ = json.NewEncoder(w).Encode(v)
}

func (a *citizenAPI) fail(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	if status == http.StatusInternalServerError {
		a.logger.ErrorContext(r.Context(), "citizen API failed", "path", chi.RouteContext(r.Context()).RoutePattern(), "err", err)
	}
	writeJSONError(w, status, err)
}

func statusOf(err error) int {
	if s := map[string]int{
		kakanai.EUNAUTHORIZED: http.StatusUnauthorized, kakanai.EFORBIDDEN: http.StatusForbidden,
		kakanai.ENOTFOUND: http.StatusNotFound, kakanai.EINVALID: http.StatusBadRequest, kakanai.ECONFLICT: http.StatusConflict,
	}[kakanai.ErrorCode(err)]; s != 0 {
		return s
	}
	return http.StatusInternalServerError
}

func writeJSONError(w http.ResponseWriter, status int, err error) {
	body := map[string]any{"code": kakanai.ErrorCode(err), "message": kakanai.ErrorMessage(err)}
	if f := kakanai.ErrorField(err); f != "" {
		body["field"] = f
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": body})
}
