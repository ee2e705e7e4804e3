package line_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"

	"github.com/kakanai/kakanai/internal/line"
	"github.com/kakanai/kakanai/internal/line/linefake"
)

const secret = "0123456789abcdef0123456789abcdef"

func postWebhook(t *testing.T, h http.Handler, body []byte, signature string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/line/402168/webhook", bytes.NewReader(body))
	if signature != "" {
		req.Header.Set("X-Line-Signature", signature)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// Only LINE can talk to the webhook: a missing or wrong signature is refused before any event is looked at; a
// follow event is greeted with the way to the navigation.
func TestWebhook_N_i_signatureCheckedAndFollowGreeted(t *testing.T) {
	f := startFake(t)
	c := newClient(t, f)
	user := linefake.UserID(20)
	handled := 0
	h := line.WebhookHandler(secret, func(ctx context.Context, events []webhook.EventInterface) error {
		handled++
		for _, fl := range line.FollowedBy(events) {
			if fl.UserID != user {
				t.Errorf("follow from %q", fl.UserID)
			}
			if err := c.ReplyText(ctx, fl.ReplyToken, line.WelcomeText(liffURL)); err != nil {
				return err
			}
		}
		return nil
	})
	body := linefake.FollowEvent(user, "reply-token-1")

	for name, tc := range map[string]struct {
		signature string
		status    int
		code      string
	}{
		"missing":         {"", 401, "unauthorized"},
		"wrong":           {linefake.Sign("another secret", body), 401, "unauthorized"},
		"not base64":      {"!!!", 401, "unauthorized"},
		"of another body": {linefake.Sign(secret, []byte(`{"events":[]}`)), 401, "unauthorized"},
	} {
		rec := postWebhook(t, h, body, tc.signature)
		var e struct {
			Error struct{ Code, Message string }
		}
		_ = json.Unmarshal(rec.Body.Bytes(), &e)
		if rec.Code != tc.status || e.Error.Code != tc.code || e.Error.Message == "" {
			t.Errorf("%s signature: %d %s", name, rec.Code, rec.Body)
		}
	}
	if handled != 0 {
		t.Fatalf("events handled despite a bad signature")
	}
	if rec := postWebhook(t, h, []byte("not json"), linefake.Sign(secret, []byte("not json"))); rec.Code != 400 {
		t.Errorf("signed garbage: %d %s", rec.Code, rec.Body)
	}

	if rec := postWebhook(t, h, body, linefake.Sign(secret, body)); rec.Code != 200 || handled != 1 {
		t.Fatalf("good signature: %d %s (handled %d)", rec.Code, rec.Body, handled)
	}
	replies := f.Replies()
	if len(replies) != 1 || replies[0].ReplyToken != "reply-token-1" || !bytes.Contains([]byte(replies[0].Messages[0].Text), []byte(liffURL)) {
		t.Errorf("replies %+v", replies)
	}

	// LINE's console sends an empty event list to check the URL.
	empty := []byte(`{"destination":"U00000000000000000000000000000000","events":[]}`)
	if rec := postWebhook(t, h, empty, linefake.Sign(secret, empty)); rec.Code != 200 {
		t.Errorf("verification request: %d", rec.Code)
	}
}

func TestParseWebhook_N_i_unconfiguredSecretRefusesEverything(t *testing.T) {
	body := linefake.FollowEvent(linefake.UserID(21), "r")
	req := httptest.NewRequest(http.MethodPost, "/", bytes.NewReader(body))
	req.Header.Set("X-Line-Signature", linefake.Sign("", body))
	if _, err := line.ParseWebhook("", req); err == nil {
		t.Error("an empty secret accepted a request signed with the empty key")
	}
}
