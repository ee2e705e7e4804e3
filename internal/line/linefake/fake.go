// Package linefake is an in-process stand-in for LINE's Messaging API, its data API and LINE Login's ID token
// verification, strict in the ways LINE is strict (bearer token, retry keys, message and rich menu limits), so that
// the real SDK can be driven in tests and end-to-end runs without reaching LINE. It records every call for
// assertions; GET /__fake/state returns the same record as JSON for a browser test.
package linefake

import (
	"bytes"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"image"
	_ "image/jpeg" // rich menu images may be JPEG
	_ "image/png"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
)

// Defaults of a new Fake; change the fields before the first request if a test needs others.
const (
	DefaultToken          = "fake-channel-access-token"
	DefaultLoginChannelID = "2000000001"
)

// Fake is a running fake LINE. Point both base URLs (Messaging API and data API) at URL.
type Fake struct {
	URL            string
	Token          string // the channel access token it accepts
	LoginChannelID string // the audience of the ID tokens it issues
	// AllowHTTPImages accepts image messages with http:// URLs, which LINE refuses (it wants https); for
	// end-to-end runs whose server has no TLS.
	AllowHTTPImages bool

	srv *httptest.Server

	mu          sync.Mutex
	calls       []Call
	pushes      []Push
	replies     []Reply
	menus       []*RichMenu
	defaultMenu string
	idTokens    map[string]idToken
	retryKeys   map[string]string // retry key → request id of the accepted push
	failures    []failure         // the next pushes
	failNext    []failNext
}

type failNext struct {
	method, pathPrefix string
	status             int
}

// Call is one request the fake answered.
type Call struct {
	Method, Path string
	Status       int
}

// Message is a message as LINE received it.
type Message struct {
	Type               string `json:"type"`
	Text               string `json:"text,omitempty"`
	OriginalContentURL string `json:"originalContentUrl,omitempty"`
	PreviewImageURL    string `json:"previewImageUrl,omitempty"`
}

// Push is an accepted push message request.
type Push struct {
	To            string    `json:"to"`
	Messages      []Message `json:"messages"`
	RetryKey      string    `json:"retryKey,omitempty"`
	Authorization string    `json:"-"`
	RequestID     string    `json:"requestId"`
}

// Reply is an accepted reply message request.
type Reply struct {
	ReplyToken string    `json:"replyToken"`
	Messages   []Message `json:"messages"`
}

// RichMenu is a created rich menu.
type RichMenu struct {
	ID        string          `json:"richMenuId"`
	Request   RichMenuRequest `json:"request"`
	Image     []byte          `json:"-"`
	ImageType string          `json:"imageType,omitempty"`
	Deleted   bool            `json:"deleted,omitempty"`
}

// RichMenuRequest is the rich menu object as sent.
type RichMenuRequest struct {
	Size        struct{ Width, Height int } `json:"size"`
	Selected    bool                        `json:"selected"`
	Name        string                      `json:"name"`
	ChatBarText string                      `json:"chatBarText"`
	Areas       []struct {
		Bounds struct{ X, Y, Width, Height int } `json:"bounds"`
		Action struct {
			Type  string `json:"type"`
			Label string `json:"label,omitempty"`
			URI   string `json:"uri,omitempty"`
			Text  string `json:"text,omitempty"`
		} `json:"action"`
	} `json:"areas"`
}

type idToken struct {
	userID  string
	expires time.Time
}

type failure struct {
	status   int
	accepted bool
}

// New starts a fake on a local port; Close stops it.
func New() *Fake {
	f := &Fake{Token: DefaultToken, LoginChannelID: DefaultLoginChannelID,
		idTokens: map[string]idToken{}, retryKeys: map[string]string{}}
	f.srv = httptest.NewServer(f.Handler())
	f.URL = f.srv.URL
	return f
}

// Close stops the server.
func (f *Fake) Close() {
	if f.srv != nil {
		f.srv.Close()
	}
}

// Handler returns the fake's routes, for a caller that serves them itself (a command for end-to-end runs).
func (f *Fake) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v2/bot/message/push", f.authorized(f.push))
	mux.HandleFunc("POST /v2/bot/message/reply", f.authorized(f.reply))
	mux.HandleFunc("POST /v2/bot/richmenu/validate", f.authorized(f.validateRichMenu))
	mux.HandleFunc("POST /v2/bot/richmenu", f.authorized(f.createRichMenu))
	mux.HandleFunc("DELETE /v2/bot/richmenu/{id}", f.authorized(f.deleteRichMenu))
	mux.HandleFunc("POST /v2/bot/richmenu/{id}/content", f.authorized(f.uploadRichMenuImage))
	mux.HandleFunc("POST /v2/bot/user/all/richmenu/{id}", f.authorized(f.setDefaultRichMenu))
	mux.HandleFunc("GET /v2/bot/user/all/richmenu", f.authorized(f.getDefaultRichMenu))
	mux.HandleFunc("POST /oauth2/v2.1/verify", f.verify)
	mux.HandleFunc("GET /__fake/state", f.state)
	mux.HandleFunc("POST /__fake/id-tokens", f.issueOverHTTP)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		if status := f.takeFailure(r); status != 0 {
			lineError(rec, status, "An error occurred in the fake, as asked")
		} else {
			mux.ServeHTTP(rec, r)
		}
		if !strings.HasPrefix(r.URL.Path, "/__fake/") {
			f.mu.Lock()
			f.calls = append(f.calls, Call{Method: r.Method, Path: r.URL.Path, Status: rec.status})
			f.mu.Unlock()
		}
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

// IssueIDToken returns an ID token for userID, valid for an hour, that the verify endpoint accepts for
// LoginChannelID.
func (f *Fake) IssueIDToken(userID string) string {
	return f.issue(userID, time.Now().Add(time.Hour))
}

// IssueExpiredIDToken returns an ID token for userID that expired a minute ago.
func (f *Fake) IssueExpiredIDToken(userID string) string {
	return f.issue(userID, time.Now().Add(-time.Minute))
}

// RegisterIDToken makes the verify endpoint accept token as userID's until expires: for a LIFF mock whose
// liff.getIDToken() returns a fixed string.
func (f *Fake) RegisterIDToken(token, userID string, expires time.Time) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.idTokens[token] = idToken{userID: userID, expires: expires}
}

func (f *Fake) issue(userID string, expires time.Time) string {
	// JWT-shaped, as LINE's are, so nothing that splits on dots trips over it; only the fake can verify it.
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"typ":"JWT","alg":"ES256"}`))
	claims, _ := json.Marshal(map[string]any{"iss": "https://access.line.me", "sub": userID, "aud": f.LoginChannelID,
		"exp": expires.Unix(), "iat": time.Now().Unix()})
	token := header + "." + enc.EncodeToString(claims) + "." + enc.EncodeToString([]byte(randomHex(16)))
	f.RegisterIDToken(token, userID, expires)
	return token
}

// FailPushes makes the next n push requests answer status. With accepted, each is delivered (recorded, its retry
// key remembered) before the error is sent: a response lost on the way back.
func (f *Fake) FailPushes(n, status int, accepted bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for range n {
		f.failures = append(f.failures, failure{status: status, accepted: accepted})
	}
}

// Fail makes the next request whose method and path match (the path by prefix) answer status without doing
// anything: for a step that fails half-way through a sequence.
func (f *Fake) Fail(method, pathPrefix string, status int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failNext = append(f.failNext, failNext{method: method, pathPrefix: pathPrefix, status: status})
}

func (f *Fake) takeFailure(r *http.Request) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, fn := range f.failNext {
		if fn.method == r.Method && strings.HasPrefix(r.URL.Path, fn.pathPrefix) {
			f.failNext = append(f.failNext[:i], f.failNext[i+1:]...)
			return fn.status
		}
	}
	return 0
}

// Pushes returns the accepted push messages, oldest first.
func (f *Fake) Pushes() []Push {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Push(nil), f.pushes...)
}

// Replies returns the accepted reply messages, oldest first.
func (f *Fake) Replies() []Reply {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Reply(nil), f.replies...)
}

// RichMenus returns the rich menus created, deleted ones included (Deleted set).
func (f *Fake) RichMenus() []RichMenu {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make([]RichMenu, len(f.menus))
	for i, m := range f.menus {
		out[i] = *m
	}
	return out
}

// DefaultRichMenu returns the id of the default rich menu, "" if none.
func (f *Fake) DefaultRichMenu() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.defaultMenu
}

// Calls returns every request answered, in order, with its status.
func (f *Fake) Calls() []Call {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]Call(nil), f.calls...)
}

// Sign returns the X-Line-Signature LINE would send with body: base64 of HMAC-SHA256 keyed by the channel secret.
func Sign(channelSecret string, body []byte) string {
	mac := hmac.New(sha256.New, []byte(channelSecret))
	mac.Write(body)
	return base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

// FollowEvent returns a webhook body with one follow event from userID.
func FollowEvent(userID, replyToken string) []byte {
	body, _ := json.Marshal(map[string]any{
		"destination": "U" + strings.Repeat("0", 32),
		"events": []any{map[string]any{
			"type": "follow", "mode": "active", "timestamp": time.Now().UnixMilli(),
			"source":          map[string]any{"type": "user", "userId": userID},
			"webhookEventId":  "01" + strings.ToUpper(randomHex(12)),
			"deliveryContext": map[string]any{"isRedelivery": false},
			"replyToken":      replyToken,
			"follow":          map[string]any{"isUnblocked": false},
		}},
	})
	return body
}

// UserID returns a well-formed LINE user id (U and 32 hex digits) made from n, for tests.
func UserID(n int) string { return fmt.Sprintf("U%032x", n) }

// --- handlers ---

var (
	userIDPattern = regexp.MustCompile(`^U[0-9a-f]{32}$`)
	uuidPattern   = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
)

func (f *Fake) authorized(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		want := "Bearer " + f.Token
		f.mu.Unlock()
		if r.Header.Get("Authorization") != want {
			lineError(w, http.StatusUnauthorized, "Authentication failed. Confirm that the access token in the authorization header is valid.")
			return
		}
		next(w, r)
	}
}

func lineError(w http.ResponseWriter, status int, message string, details ...string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	body := map[string]any{"message": message}
	if len(details) > 0 {
		var d []map[string]string
		for _, s := range details {
			d = append(d, map[string]string{"message": s})
		}
		body["details"] = d
	}
	_ = json.NewEncoder(w).Encode(body)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (f *Fake) checkMessages(msgs []Message) string {
	if len(msgs) == 0 || len(msgs) > 5 {
		return "messages: must contain 1 to 5 messages"
	}
	for i, m := range msgs {
		switch m.Type {
		case "text":
			if n := len(utf16.Encode([]rune(m.Text))); n == 0 || n > 5000 {
				return fmt.Sprintf("messages[%d].text: length must be between 1 and 5000", i)
			}
		case "image":
			for _, u := range []string{m.OriginalContentURL, m.PreviewImageURL} {
				ok := strings.HasPrefix(u, "https://") || (f.AllowHTTPImages && strings.HasPrefix(u, "http://"))
				if !ok || len(u) > 2000 {
					return fmt.Sprintf("messages[%d]: image URLs must be HTTPS and at most 2000 characters", i)
				}
			}
		default:
			return fmt.Sprintf("messages[%d].type: %q is not a message type the fake knows", i, m.Type)
		}
	}
	return ""
}

func (f *Fake) push(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("X-Line-Retry-Key")
	if key != "" && !uuidPattern.MatchString(key) {
		lineError(w, http.StatusBadRequest, "The retry key is invalid", "X-Line-Retry-Key must be a UUID")
		return
	}
	var req struct {
		To       string    `json:"to"`
		Messages []Message `json:"messages"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		lineError(w, http.StatusBadRequest, "The request body has 1 error(s)", err.Error())
		return
	}
	if !userIDPattern.MatchString(req.To) {
		lineError(w, http.StatusBadRequest, "The property, 'to', in the request body is invalid (line: -, column: -)")
		return
	}
	if msg := f.checkMessages(req.Messages); msg != "" {
		lineError(w, http.StatusBadRequest, "The request body has 1 error(s)", msg)
		return
	}
	f.mu.Lock()
	if accepted, seen := f.retryKeys[strings.ToLower(key)]; key != "" && seen {
		f.mu.Unlock()
		w.Header().Set("X-Line-Accepted-Request-Id", accepted)
		lineError(w, http.StatusConflict, "The retry key is already accepted")
		return
	}
	var fail *failure
	if len(f.failures) > 0 {
		fail = &f.failures[0]
		f.failures = f.failures[1:]
	}
	requestID := randomHex(16)
	if fail == nil || fail.accepted {
		f.pushes = append(f.pushes, Push{To: req.To, Messages: req.Messages, RetryKey: key,
			Authorization: r.Header.Get("Authorization"), RequestID: requestID})
		if key != "" {
			f.retryKeys[strings.ToLower(key)] = requestID
		}
	}
	f.mu.Unlock()
	if fail != nil {
		lineError(w, fail.status, "An error occurred in the fake, as asked")
		return
	}
	w.Header().Set("X-Line-Request-Id", requestID)
	sent := make([]map[string]string, len(req.Messages))
	for i := range sent {
		sent[i] = map[string]string{"id": randomDigits(), "quoteToken": randomHex(16)}
	}
	writeJSON(w, map[string]any{"sentMessages": sent})
}

func (f *Fake) reply(w http.ResponseWriter, r *http.Request) {
	var req Reply
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		lineError(w, http.StatusBadRequest, "The request body has 1 error(s)", err.Error())
		return
	}
	if req.ReplyToken == "" {
		lineError(w, http.StatusBadRequest, "Invalid reply token")
		return
	}
	if msg := f.checkMessages(req.Messages); msg != "" {
		lineError(w, http.StatusBadRequest, "The request body has 1 error(s)", msg)
		return
	}
	f.mu.Lock()
	f.replies = append(f.replies, req)
	f.mu.Unlock()
	writeJSON(w, map[string]any{"sentMessages": []any{}})
}

func checkRichMenu(m RichMenuRequest) string {
	w, h := m.Size.Width, m.Size.Height
	switch {
	case w < 800 || w > 2500 || h < 250 || float64(w)/float64(h) < 1.45:
		return "size: width must be 800 to 2500, height at least 250, width/height at least 1.45"
	case m.ChatBarText == "" || len([]rune(m.ChatBarText)) > 14:
		return "chatBarText: length must be between 1 and 14"
	case m.Name == "" || len([]rune(m.Name)) > 300:
		return "name: length must be between 1 and 300"
	case len(m.Areas) == 0 || len(m.Areas) > 20:
		return "areas: must contain 1 to 20 areas"
	}
	for i, a := range m.Areas {
		b := a.Bounds
		if b.X < 0 || b.Y < 0 || b.Width < 1 || b.Height < 1 || b.X+b.Width > w || b.Y+b.Height > h {
			return fmt.Sprintf("areas[%d].bounds: outside the rich menu", i)
		}
		switch a.Action.Type {
		case "uri":
			u := a.Action.URI
			ok := strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "line://") || strings.HasPrefix(u, "tel:")
			if !ok || len(u) > 1000 {
				return fmt.Sprintf("areas[%d].action.uri: invalid", i)
			}
		case "message":
			if a.Action.Text == "" {
				return fmt.Sprintf("areas[%d].action.text: required", i)
			}
		case "postback":
		default:
			return fmt.Sprintf("areas[%d].action.type: %q is not an action the fake knows", i, a.Action.Type)
		}
		if len([]rune(a.Action.Label)) > 20 {
			return fmt.Sprintf("areas[%d].action.label: at most 20 characters", i)
		}
	}
	return ""
}

func decodeRichMenu(w http.ResponseWriter, r *http.Request) (RichMenuRequest, bool) {
	var m RichMenuRequest
	if err := json.NewDecoder(r.Body).Decode(&m); err != nil {
		lineError(w, http.StatusBadRequest, "The request body has 1 error(s)", err.Error())
		return m, false
	}
	if msg := checkRichMenu(m); msg != "" {
		lineError(w, http.StatusBadRequest, "The request body has 1 error(s)", msg)
		return m, false
	}
	return m, true
}

func (f *Fake) validateRichMenu(w http.ResponseWriter, r *http.Request) {
	if _, ok := decodeRichMenu(w, r); ok {
		writeJSON(w, struct{}{})
	}
}

func (f *Fake) createRichMenu(w http.ResponseWriter, r *http.Request) {
	m, ok := decodeRichMenu(w, r)
	if !ok {
		return
	}
	id := "richmenu-" + randomHex(16)
	f.mu.Lock()
	f.menus = append(f.menus, &RichMenu{ID: id, Request: m})
	f.mu.Unlock()
	writeJSON(w, map[string]string{"richMenuId": id})
}

// menu returns the live menu with id; the caller holds f.mu.
func (f *Fake) menu(id string) *RichMenu {
	for _, m := range f.menus {
		if m.ID == id && !m.Deleted {
			return m
		}
	}
	return nil
}

func (f *Fake) deleteRichMenu(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := f.menu(r.PathValue("id"))
	if m == nil {
		lineError(w, http.StatusNotFound, "Not found")
		return
	}
	m.Deleted = true
	if f.defaultMenu == m.ID {
		f.defaultMenu = ""
	}
	writeJSON(w, struct{}{})
}

func (f *Fake) uploadRichMenuImage(w http.ResponseWriter, r *http.Request) {
	ct := r.Header.Get("Content-Type")
	if ct != "image/png" && ct != "image/jpeg" {
		lineError(w, http.StatusUnsupportedMediaType, "Content-Type must be image/png or image/jpeg")
		return
	}
	img, err := io.ReadAll(io.LimitReader(r.Body, 1<<20+1))
	if err != nil || len(img) > 1<<20 {
		lineError(w, http.StatusRequestEntityTooLarge, "The image must be at most 1 MB")
		return
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil || "image/"+format != ct {
		lineError(w, http.StatusBadRequest, "The image is not a "+ct)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	m := f.menu(r.PathValue("id"))
	switch {
	case m == nil:
		lineError(w, http.StatusNotFound, "Not found")
	case m.Image != nil:
		lineError(w, http.StatusBadRequest, "An image has already been uploaded to the richmenu")
	case cfg.Width != m.Request.Size.Width || cfg.Height != m.Request.Size.Height:
		lineError(w, http.StatusBadRequest, fmt.Sprintf("The image is %d×%d; the rich menu is %d×%d", cfg.Width, cfg.Height, m.Request.Size.Width, m.Request.Size.Height))
	default:
		m.Image, m.ImageType = img, ct
		writeJSON(w, struct{}{})
	}
}

func (f *Fake) setDefaultRichMenu(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	m := f.menu(r.PathValue("id"))
	switch {
	case m == nil:
		lineError(w, http.StatusNotFound, "richmenu not found")
	case m.Image == nil:
		lineError(w, http.StatusBadRequest, "must upload richmenu image before applying it to user")
	default:
		f.defaultMenu = m.ID
		writeJSON(w, struct{}{})
	}
}

func (f *Fake) getDefaultRichMenu(w http.ResponseWriter, _ *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.defaultMenu == "" {
		lineError(w, http.StatusNotFound, "no default richmenu")
		return
	}
	writeJSON(w, map[string]string{"richMenuId": f.defaultMenu})
}

func (f *Fake) verify(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		lineError(w, http.StatusBadRequest, "invalid form")
		return
	}
	oauthError := func(desc string) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": "invalid_request", "error_description": desc})
	}
	token, clientID := r.PostForm.Get("id_token"), r.PostForm.Get("client_id")
	f.mu.Lock()
	t, ok := f.idTokens[token]
	channel := f.LoginChannelID
	f.mu.Unlock()
	switch {
	case token == "" || clientID == "":
		oauthError("id_token and client_id are required.")
	case !ok:
		oauthError("Invalid IdToken.")
	case clientID != channel:
		oauthError("Invalid IdToken Audience.")
	case !time.Now().Before(t.expires):
		oauthError("IdToken expired.")
	default:
		writeJSON(w, map[string]any{"iss": "https://access.line.me", "sub": t.userID, "aud": channel,
			"exp": t.expires.Unix(), "iat": time.Now().Add(-time.Minute).Unix(), "amr": []string{"linesso"}, "name": "テスト利用者"})
	}
}

// state answers GET /__fake/state: what was received, for a browser test to assert on.
func (f *Fake) state(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, map[string]any{
		"pushes": f.Pushes(), "replies": f.Replies(), "richMenus": f.RichMenus(),
		"defaultRichMenu": f.DefaultRichMenu(), "calls": f.Calls(),
	})
}

// issueOverHTTP answers POST /__fake/id-tokens {"token"?, "userId"}: registers an ID token (a LIFF mock's fixed
// one, or a new one when token is empty) and returns it.
func (f *Fake) issueOverHTTP(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Token  string `json:"token"`
		UserID string `json:"userId"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.UserID == "" {
		lineError(w, http.StatusBadRequest, "userId is required")
		return
	}
	if req.Token == "" {
		req.Token = f.IssueIDToken(req.UserID)
	} else {
		f.RegisterIDToken(req.Token, req.UserID, time.Now().Add(time.Hour))
	}
	writeJSON(w, map[string]string{"token": req.Token, "userId": req.UserID})
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func randomDigits() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	var s strings.Builder
	for _, c := range b {
		fmt.Fprintf(&s, "%02d", int(c)%100)
	}
	return s.String()
}
