package linefake_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/line/linefake"
)

func post(t *testing.T, f *linefake.Fake, path, body string, header map[string]string) *http.Response {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, f.URL+path, strings.NewReader(body))
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	return res
}

// The fake refuses what LINE refuses, so a test passing against it does not pass by leniency (N-j).
func TestFake_N_j_strictLikeLINE(t *testing.T) {
	f := linefake.New()
	defer f.Close()
	auth := map[string]string{"Authorization": "Bearer " + f.Token, "Content-Type": "application/json"}
	image := `{"to":"` + linefake.UserID(1) + `","messages":[{"type":"image","originalContentUrl":"http://x/qr.png","previewImageUrl":"http://x/qr.png"}]}`
	for name, tc := range map[string]struct {
		body   string
		header map[string]string
		status int
	}{
		"no token":      {image, map[string]string{}, 401},
		"http image":    {image, auth, 400},
		"bad user":      {`{"to":"U1","messages":[{"type":"text","text":"a"}]}`, auth, 400},
		"no messages":   {`{"to":"` + linefake.UserID(1) + `","messages":[]}`, auth, 400},
		"bad retry key": {`{"to":"` + linefake.UserID(1) + `","messages":[{"type":"text","text":"a"}]}`, map[string]string{"Authorization": auth["Authorization"], "X-Line-Retry-Key": "job-1"}, 400},
	} {
		if res := post(t, f, "/v2/bot/message/push", tc.body, tc.header); res.StatusCode != tc.status {
			t.Errorf("%s: %d, want %d", name, res.StatusCode, tc.status)
		}
	}
	f.AllowHTTPImages = true
	if res := post(t, f, "/v2/bot/message/push", image, auth); res.StatusCode != 200 {
		t.Errorf("http image allowed: %d", res.StatusCode)
	}
	if n := len(f.Pushes()); n != 1 {
		t.Errorf("%d pushes", n)
	}
}

// A browser test registers the LIFF mock's token and reads what was pushed over HTTP.
func TestFake_N_j_stateAndTokensOverHTTP(t *testing.T) {
	f := linefake.New()
	defer f.Close()
	user := linefake.UserID(2)
	if res := post(t, f, "/__fake/id-tokens", `{"token":"liff-mock-id-token","userId":"`+user+`"}`, nil); res.StatusCode != 200 {
		t.Fatalf("register: %d", res.StatusCode)
	}
	res, err := http.PostForm(f.URL+"/oauth2/v2.1/verify", url.Values{"id_token": {"liff-mock-id-token"}, "client_id": {f.LoginChannelID}})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var claims struct{ Sub, Aud string }
	if err := json.NewDecoder(res.Body).Decode(&claims); err != nil || claims.Sub != user || claims.Aud != f.LoginChannelID {
		t.Fatalf("verify: %+v %v", claims, err)
	}
	post(t, f, "/v2/bot/message/push", `{"to":"`+user+`","messages":[{"type":"text","text":"こんにちは"}]}`,
		map[string]string{"Authorization": "Bearer " + f.Token})
	st, err := http.Get(f.URL + "/__fake/state")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Body.Close()
	var state struct {
		Pushes []linefake.Push
		Calls  []linefake.Call
	}
	var buf bytes.Buffer
	_, _ = buf.ReadFrom(st.Body)
	if err := json.Unmarshal(buf.Bytes(), &state); err != nil || len(state.Pushes) != 1 || state.Pushes[0].Messages[0].Text != "こんにちは" {
		t.Errorf("state %s %v", buf.String(), err)
	}
}
