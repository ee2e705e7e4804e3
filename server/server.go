// Package server is the HTTP side: router, middleware, the GraphQL endpoint, health probes, metrics and the
// embedded console. It holds no business rules; those live in internal/.
package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/graph"
	"github.com/kakanai/kakanai/internal/account"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/auth"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/citizen"
	"github.com/kakanai/kakanai/internal/citymaster"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/scan"
)

// Cookie and header names. The CSRF cookie is readable by the console's script, which echoes it in the header;
// a page on another site can neither read the cookie nor set the header without a CORS preflight we never allow.
const (
	SessionCookie = "kakanai_session"
	CSRFCookie    = "kakanai_csrf"
	CSRFHeader    = "X-Kakanai-CSRF"
)

// Deps are what the server needs.
type Deps struct {
	Client      *ent.Client
	Ping        func(context.Context) error
	Auth        *auth.Service
	Accounts    *account.Service
	Audit       *audit.Log
	Filing      *filing.Service
	Scan        *scan.Service
	Masters     *citymaster.Service
	Logger      *slog.Logger
	Development bool
	Console     http.Handler // the embedded console; nil serves nothing at /
	Citizen     *citizen.Service
	CitizenApp  http.Handler // the citizen app, served at /citizen/; nil serves nothing there
	PublicURL   string       // how residents and LINE reach this server (KAKANAI_PUBLIC_URL); empty: the request's host
}

// New returns the service's HTTP handler.
func New(d Deps) http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m := newMetrics(reg)

	gql := newGraphQLHandler(&graph.Resolver{Client: d.Client, Auth: d.Auth, Accounts: d.Accounts, Audit: d.Audit, Filing: d.Filing, Scan: d.Scan, Masters: d.Masters, Citizen: d.Citizen}, d.Audit, d.Logger, d.Development)

	r := chi.NewRouter()
	r.Use(middleware.RequestID, requestLogger(d.Logger), m.middleware, middleware.Recoverer, securityHeaders)
	r.Get("/healthz", func(w http.ResponseWriter, _ *http.Request) { writeText(w, http.StatusOK, "ok") })
	r.Get("/readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := d.Ping(ctx); err != nil {
			d.Logger.WarnContext(ctx, "readiness check failed", "err", err)
			writeText(w, http.StatusServiceUnavailable, "database unavailable")
			return
		}
		writeText(w, http.StatusOK, "ok")
	})
	r.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	authed := r.With(authenticate(d.Auth, d.Audit, d.Logger))
	authed.Handle("/graphql", gql)
	authed.Get("/files/attachments/{id}", download(d.Logger, d.Filing.OpenAttachment))
	authed.Get("/files/archives/{id}", download(d.Logger, d.Filing.OpenArchive))
	authed.Get("/files/documents/{id}", download(d.Logger, d.Scan.Open))
	if d.Citizen != nil {
		citizenRoutes(r, d.Citizen, d.CitizenApp, d.PublicURL, d.Logger)
	}
	if d.Console != nil {
		r.Handle("/*", d.Console)
	}
	return r
}

func writeText(w http.ResponseWriter, code int, s string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(s + "\n"))
}

// writeGraphQLError answers a request refused before GraphQL runs, in GraphQL's error shape.
func writeGraphQLError(w http.ResponseWriter, status int, err *kakanai.Error) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": err.Message, "extensions": map[string]any{"code": err.Code}}},
	})
}

// authenticate resolves the session cookie or the Bearer token to a viewer, enforces the CSRF rule, and opens
// the audit scope of the request.
func authenticate(a *auth.Service, log *audit.Log, logger *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx := audit.WithRequest(r.Context(), clientAddr(r), middleware.GetReqID(r.Context()))
			ctx = graph.WithClientInfo(ctx, graph.ClientInfo{Addr: clientAddr(r), UserAgent: r.UserAgent()})
			jar := &cookieJar{w: w, secure: r.TLS != nil}
			ctx = graph.WithSessionCookies(ctx, jar)

			viewer, ok := resolveViewer(ctx, w, r, a, jar)
			if !ok {
				return
			}
			if viewer != nil {
				ctx = authz.NewContext(ctx, viewer)
			}
			next.ServeHTTP(w, r.WithContext(ctx))
			if err := log.FlushReads(ctx); err != nil {
				logger.ErrorContext(ctx, "recording personal-data reads failed", "err", err)
			}
		})
	}
}

// resolveViewer finds who is calling. Unsafe methods with a session cookie must carry the session's CSRF token;
// any POST must carry the header at all, so that a cross-site form cannot even log in. It answers the request
// itself and returns ok=false when it refuses.
func resolveViewer(ctx context.Context, w http.ResponseWriter, r *http.Request, a *auth.Service, jar *cookieJar) (*authz.Viewer, bool) {
	safe := r.Method == http.MethodGet || r.Method == http.MethodHead || r.Method == http.MethodOptions
	if bearer, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		v, err := a.TokenViewer(ctx, strings.TrimSpace(bearer))
		if err != nil {
			writeGraphQLError(w, http.StatusUnauthorized, asAppError(err))
			return nil, false
		}
		return v, true // a token is not sent by browsers on their own: no CSRF risk
	}
	sent := r.Header.Get(CSRFHeader)
	if !safe && sent == "" {
		writeGraphQLError(w, http.StatusForbidden, kakanai.Errorf(kakanai.EFORBIDDEN, "不正なリクエストです（CSRF トークンがありません）。"))
		return nil, false
	}
	c, err := r.Cookie(SessionCookie)
	if err != nil || c.Value == "" {
		return nil, true
	}
	v, csrf, err := a.SessionViewer(ctx, c.Value)
	switch {
	case kakanai.ErrorCode(err) == kakanai.EUNAUTHORIZED:
		jar.ClearSession() // expired: carry on as nobody, so the console shows the login screen
		return nil, true
	case err != nil:
		writeGraphQLError(w, http.StatusInternalServerError, asAppError(err))
		return nil, false
	case !safe && !auth.CheckCSRF(sent, csrf):
		writeGraphQLError(w, http.StatusForbidden, kakanai.Errorf(kakanai.EFORBIDDEN, "不正なリクエストです（CSRF トークンが一致しません）。"))
		return nil, false
	}
	return v, true
}

func asAppError(err error) *kakanai.Error {
	return &kakanai.Error{Code: kakanai.ErrorCode(err), Message: kakanai.ErrorMessage(err)}
}

// clientAddr is the peer address. X-Forwarded-For is not trusted: it is whatever the client says unless a
// known proxy sets it, and the audit log must not record a forged address.
func clientAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type cookieJar struct {
	w      http.ResponseWriter
	secure bool
}

func (j *cookieJar) SetSession(token, csrf string, expires time.Time) {
	http.SetCookie(j.w, &http.Cookie{Name: SessionCookie, Value: token, Path: "/", HttpOnly: true, Secure: j.secure, SameSite: http.SameSiteStrictMode, Expires: expires})
	http.SetCookie(j.w, &http.Cookie{Name: CSRFCookie, Value: csrf, Path: "/", HttpOnly: false, Secure: j.secure, SameSite: http.SameSiteStrictMode, Expires: expires})
}

func (j *cookieJar) ClearSession() {
	for _, name := range []string{SessionCookie, CSRFCookie} {
		http.SetCookie(j.w, &http.Cookie{Name: name, Value: "", Path: "/", HttpOnly: name == SessionCookie, Secure: j.secure, SameSite: http.SameSiteStrictMode, MaxAge: -1})
	}
}

func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		next.ServeHTTP(w, r)
	})
}

// requestLogger logs one line per request: never the query string or body, which may hold personal data.
func requestLogger(logger *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			ww := middleware.NewWrapResponseWriter(w, r.ProtoMajor)
			next.ServeHTTP(ww, r)
			level := slog.LevelInfo
			if r.URL.Path == "/healthz" || r.URL.Path == "/readyz" || r.URL.Path == "/metrics" {
				level = slog.LevelDebug
			}
			path := r.URL.Path
			if strings.HasPrefix(path, "/api/citizen/") {
				// A postal code in the path says where a resident lives: log the route, not the values.
				path = chi.RouteContext(r.Context()).RoutePattern()
			}
			logger.Log(r.Context(), level, "request", "method", r.Method, "path", path, "status", ww.Status(),
				"bytes", ww.BytesWritten(), "duration_ms", time.Since(start).Milliseconds(), "request_id", middleware.GetReqID(r.Context()))
		})
	}
}
