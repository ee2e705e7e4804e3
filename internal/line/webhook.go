package line

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"

	"github.com/line/line-bot-sdk-go/v8/linebot/webhook"

	"github.com/kakanai/kakanai"
)

// maxWebhookBody bounds what is read before the signature is checked; LINE's webhook bodies are a few KB.
const maxWebhookBody = 1 << 20

// ParseWebhook checks the X-Line-Signature of a webhook request against the channel secret and decodes its events.
// A missing or wrong signature is EUNAUTHORIZED (401), a body that is not a webhook EINVALID (400).
func ParseWebhook(channelSecret string, r *http.Request) (*webhook.CallbackRequest, error) {
	if channelSecret == "" {
		return nil, notConfigured("channel secret")
	}
	if r.Header.Get("X-Line-Signature") == "" {
		return nil, kakanai.Errorf(kakanai.EUNAUTHORIZED, "署名（X-Line-Signature）がありません。")
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxWebhookBody+1))
	if err != nil {
		return nil, kakanai.Invalid("body", "リクエストを読み取れませんでした。")
	}
	if len(body) > maxWebhookBody {
		return nil, kakanai.Invalid("body", "リクエストが大きすぎます。")
	}
	// The SDK's ParseRequest does the HMAC-SHA256 check in constant time; it reads the body we give it.
	r.Body = io.NopCloser(bytes.NewReader(body))
	cb, err := webhook.ParseRequest(channelSecret, r)
	switch {
	case errors.Is(err, webhook.ErrInvalidSignature):
		return nil, kakanai.Errorf(kakanai.EUNAUTHORIZED, "署名（X-Line-Signature）が正しくありません。")
	case err != nil:
		return nil, &kakanai.Error{Code: kakanai.EINVALID, Field: "body", Message: "LINEのWebhookとして読み取れませんでした。", Err: err}
	}
	return cb, nil
}

// WebhookHandler serves LINE's webhook: it refuses a bad signature (401) or body (400), passes the events to
// handle and answers 200. An error from handle answers 500 so that LINE may redeliver.
func WebhookHandler(channelSecret string, handle func(ctx context.Context, events []webhook.EventInterface) error) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, http.StatusMethodNotAllowed, kakanai.Errorf(kakanai.EINVALID, "POSTで送ってください。"))
			return
		}
		cb, err := ParseWebhook(channelSecret, r)
		if err != nil {
			writeError(w, webhookStatus(err), err)
			return
		}
		if err := handle(r.Context(), cb.Events); err != nil {
			writeError(w, http.StatusInternalServerError, err)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = io.WriteString(w, "{}")
	})
}

func webhookStatus(err error) int {
	switch kakanai.ErrorCode(err) {
	case kakanai.EUNAUTHORIZED:
		return http.StatusUnauthorized
	case kakanai.EINVALID:
		return http.StatusBadRequest
	}
	return http.StatusInternalServerError
}

// writeError answers in the API's error shape, {"error":{"code","message","field"?}}.
func writeError(w http.ResponseWriter, status int, err error) {
	e := map[string]string{"code": kakanai.ErrorCode(err), "message": kakanai.ErrorMessage(err)}
	if f := kakanai.ErrorField(err); f != "" {
		e["field"] = f
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"error": e})
}

// FollowedBy returns the user id and reply token of every follow event (someone added the official account), so
// the server can greet them with WelcomeText.
func FollowedBy(events []webhook.EventInterface) (follows []Follow) {
	for _, ev := range events {
		// The SDK decodes events and sources as values, not pointers.
		f, ok := ev.(webhook.FollowEvent)
		if !ok {
			continue
		}
		var userID string
		if s, ok := f.Source.(webhook.UserSource); ok {
			userID = s.UserId
		}
		follows = append(follows, Follow{UserID: userID, ReplyToken: f.ReplyToken})
	}
	return follows
}

// Follow is one follow event.
type Follow struct {
	UserID     string
	ReplyToken string
}
