// Package apptest starts the whole service on a fresh database for end-to-end tests through the real HTTP
// handler, and gives them a GraphQL client that behaves like the console (cookies, CSRF header).
package apptest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"testing"

	"github.com/alexedwards/argon2id"

	"github.com/kakanai/kakanai/internal/app"
	"github.com/kakanai/kakanai/internal/auth"
	"github.com/kakanai/kakanai/internal/config"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// AdminPassword is the bootstrap password of `admin` in tests.
const AdminPassword = "Test-Counter-Passphrase-1"

func init() {
	// Hashing at production cost would make the suite slow for nothing; the algorithm stays the same.
	auth.HashParams = &argon2id.Params{Memory: 1024, Iterations: 1, Parallelism: 1, SaltLength: 16, KeyLength: 32}
}

// Env is a running service.
type Env struct {
	App    *app.App
	Server *httptest.Server
}

// Start runs the service on a new database of the dialect.
func Start(t testing.TB, dialectName string, mutate ...func(*config.Config)) *Env {
	t.Helper()
	var logs io.Writer = io.Discard
	if os.Getenv("KAKANAI_TEST_LOG") != "" { // the service's log, to debug a failing test
		logs = os.Stderr
	}
	return StartLogged(t, dialectName, logs, mutate...)
}

// StartLogged is Start with the service's log written to logs, for tests of what is (not) logged.
func StartLogged(t testing.TB, dialectName string, logs io.Writer, mutate ...func(*config.Config)) *Env {
	t.Helper()
	dbURL, drop := storetest.NewDatabaseURL(t, dialectName)
	cfg := config.Defaults()
	cfg.DataDir = t.TempDir()
	cfg.DatabaseURL = dbURL
	cfg.BootstrapAdminPassword = AdminPassword
	for _, m := range mutate {
		m(&cfg)
	}
	a, err := app.Open(context.Background(), cfg, slog.New(slog.NewTextHandler(logs, nil)), io.Discard)
	if err != nil {
		drop()
		t.Fatalf("starting the service: %v", err)
	}
	srv := httptest.NewServer(a.Handler)
	t.Cleanup(func() {
		srv.Close()
		a.Close()
		drop()
	})
	return &Env{App: a, Server: srv}
}

// Client talks GraphQL like the console does.
type Client struct {
	t      testing.TB
	env    *Env
	HTTP   *http.Client
	Bearer string
	// NoCSRF leaves the CSRF header out, as a cross-site form post would.
	NoCSRF bool
	// CSRF overrides the header's value when set.
	CSRF string
}

// NewClient returns a client with an empty cookie jar.
func (e *Env) NewClient(t testing.TB) *Client {
	jar, _ := cookiejar.New(nil)
	return &Client{t: t, env: e, HTTP: &http.Client{Jar: jar}}
}

// Response is a GraphQL response.
type Response struct {
	Status int
	Data   map[string]any
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	}
	Header http.Header
}

// Code returns the first error's extensions.code, or "".
func (r *Response) Code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// Cookie returns the value the server set for a cookie, and the cookie.
func (c *Client) Cookie(name string) *http.Cookie {
	u, _ := url.Parse(c.env.Server.URL)
	for _, ck := range c.HTTP.Jar.Cookies(u) {
		if ck.Name == name {
			return ck
		}
	}
	return nil
}

// Do sends a query with variables.
func (c *Client) Do(query string, vars map[string]any) *Response {
	c.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, c.env.Server.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	c.setAuth(req)
	return c.send(req)
}

func (c *Client) setAuth(req *http.Request) {
	switch {
	case c.Bearer != "":
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	case c.NoCSRF:
	case c.CSRF != "":
		req.Header.Set("X-Kakanai-CSRF", c.CSRF)
	default:
		v := "1"
		if ck := c.Cookie("kakanai_csrf"); ck != nil && ck.Value != "" {
			v = ck.Value
		}
		req.Header.Set("X-Kakanai-CSRF", v)
	}
}

func (c *Client) send(req *http.Request) *Response {
	c.t.Helper()
	resp, err := c.HTTP.Do(req)
	if err != nil {
		c.t.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	out := &Response{Status: resp.StatusCode, Header: resp.Header}
	raw, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(raw, out); err != nil {
		c.t.Fatalf("response is not JSON (%d): %s", resp.StatusCode, raw)
	}
	return out
}

// MustDo sends a query and fails the test on any GraphQL error.
func (c *Client) MustDo(query string, vars map[string]any) map[string]any {
	c.t.Helper()
	r := c.Do(query, vars)
	if len(r.Errors) > 0 {
		c.t.Fatalf("unexpected errors: %+v\nquery: %s", r.Errors, query)
	}
	return r.Data
}

// Login logs the client in and fails the test when it cannot.
func (c *Client) Login(loginID, password, tenant string) map[string]any {
	c.t.Helper()
	vars := map[string]any{"l": loginID, "p": password}
	if tenant != "" {
		vars["t"] = tenant
	}
	d := c.MustDo(`mutation($l:String!,$p:String!,$t:String){login(loginId:$l,password:$p,tenant:$t){id loginId tenant{id lgCode name} permissions roles}}`, vars)
	return d["login"].(map[string]any)
}

// Path digs into decoded JSON: Path(d, "users", "edges", 0, "node", "loginID").
func Path(v any, keys ...any) any {
	for _, k := range keys {
		switch k := k.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

// Upload sends a GraphQL multipart request (the spec of graphql-multipart-request) with one file.
func (c *Client) Upload(query string, vars map[string]any, fileVar, filename string, content []byte) *Response {
	c.t.Helper()
	vars[fileVar] = nil
	ops, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField("operations", string(ops))
	_ = w.WriteField("map", `{"0":["variables.`+fileVar+`"]}`)
	fw, _ := w.CreateFormFile("0", filename)
	_, _ = fw.Write(content)
	_ = w.Close()
	req, _ := http.NewRequest(http.MethodPost, c.env.Server.URL+"/graphql", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	c.setAuth(req)
	return c.send(req)
}

// Get fetches a path with the client's session and returns the status and body.
func (c *Client) Get(path string) (int, []byte) {
	c.t.Helper()
	req, _ := http.NewRequest(http.MethodGet, c.env.Server.URL+path, nil)
	if c.Bearer != "" {
		req.Header.Set("Authorization", "Bearer "+c.Bearer)
	}
	resp, err := c.HTTP.Do(req)
	if err != nil {
		c.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// Admin returns a client logged in as the bootstrap administrator (管理者 and システム管理者 of 小郡市).
func (e *Env) Admin(t testing.TB) *Client {
	t.Helper()
	c := e.NewClient(t)
	c.Login("admin", AdminPassword, "")
	return c
}

// StaffPassword is the password of the accounts Staff creates.
const StaffPassword = "Initial-Pass-123"

// Staff creates an account of 小郡市 holding one role through admin, and returns a client logged in as it.
func (e *Env) Staff(t testing.TB, admin *Client, loginID, role string) *Client {
	t.Helper()
	admin.MustDo(`mutation($l:String!,$r:String!,$p:String!){createUser(input:{loginId:$l,displayName:"職員",password:$p,roles:[$r]}){id}}`,
		map[string]any{"l": loginID, "r": role, "p": StaffPassword})
	c := e.NewClient(t)
	c.Login(loginID, StaffPassword, "")
	return c
}

// OtherTenant creates 久留米市 (402036) through a システム管理者's client and returns a client logged in as its
// administrator, for tests that one municipality sees nothing of another.
func (e *Env) OtherTenant(t testing.TB, sysAdmin *Client) *Client {
	t.Helper()
	sysAdmin.MustDo(`mutation{createTenant(input:{lgCode:"402036",name:"久留米市"},adminLoginId:"kadmin",adminPassword:"Kurume-Chief-Pass-9"){id}}`, nil)
	c := e.NewClient(t)
	c.Login("kadmin", "Kurume-Chief-Pass-9", "402036")
	return c
}
