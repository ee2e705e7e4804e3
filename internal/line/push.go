package line

import (
	"context"
	"crypto/rand"
	"crypto/sha1"
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"

	"github.com/kakanai/kakanai"
)

// Result is what the citizen's navigation produced, ready to read: the server computes it with internal/navi in
// the citizen's language and hands it over as plain text.
type Result struct {
	Lang       string   // "en" for English headings; anything else is Japanese
	Title      string   // the flow's title, e.g. 転入届（引っ越してきたとき）
	Procedures []string // the procedures, in order
	Bring      []string // the things to bring
	Counters   []string // one line each, e.g. 市民課 本庁1階 平日8:30〜17:15
	Notes      []string
	QRImageURL string // the QR code's PNG (GET /api/citizen/qr.png?c=…); empty: no image is sent
	// RetryKey makes a push idempotent across attempts the caller makes itself (a job run again): the same key
	// within 24 hours is delivered once. Empty: a fresh key per call, still shared by this call's own retries.
	// Anything that is not a UUID is turned into one deterministically.
	RetryKey string
}

// LINE's limits on a push (Messaging API reference, "Send push message", "Text message", "Image message").
const (
	maxTextChars     = 5000 // per text message, counted here in UTF-16 units to stay on the safe side
	maxMessages      = 5    // per push
	maxImageURLChars = 2000
)

// PushResult sends the result to the user's chat (N-j): the text, then the QR code as an image when there is one.
// A retry after a lost response is not delivered twice: every attempt carries the same X-Line-Retry-Key and LINE's
// 409 "already accepted" counts as success.
func (c *Client) PushResult(ctx context.Context, userID string, r Result) error {
	if userID == "" {
		return kakanai.Invalid("userId", "LINEのユーザーIDがありません。")
	}
	if r.QRImageURL != "" {
		if err := checkImageURL(r.QRImageURL); err != nil {
			return err
		}
	}
	return c.push(ctx, userID, ResultMessages(r), retryKey(r.RetryKey))
}

// ResultMessages returns the messages PushResult sends: one or more texts (split at line ends to fit LINE's limit)
// and the QR image.
func ResultMessages(r Result) []messaging_api.MessageInterface {
	maxTexts := maxMessages
	if r.QRImageURL != "" {
		maxTexts--
	}
	var msgs []messaging_api.MessageInterface
	for _, t := range ResultTexts(r, maxTexts) {
		msgs = append(msgs, &messaging_api.TextMessage{Text: t})
	}
	if r.QRImageURL != "" {
		msgs = append(msgs, &messaging_api.ImageMessage{OriginalContentUrl: r.QRImageURL, PreviewImageUrl: r.QRImageURL})
	}
	return msgs
}

type headings struct{ title, procedures, bring, counters, notes, qr, more string }

var headingsJA = headings{
	title:      "【手続きナビ】",
	procedures: "■ 必要な手続き",
	bring:      "■ お持ちいただくもの",
	counters:   "■ 窓口",
	notes:      "■ ご注意",
	qr:         "窓口で、このあとに届くQRコードをお見せください。入力した内容が暗号化されて入っています。",
	more:       "（ほかにもあります。続きは窓口でおたずねください。）",
}

var headingsEN = headings{
	title:      "[Procedure guide] ",
	procedures: "■ Procedures",
	bring:      "■ What to bring",
	counters:   "■ Where to go",
	notes:      "■ Notes",
	qr:         "Please show the QR code that follows at the counter. What you entered is encrypted in it.",
	more:       "(There is more. Please ask at the counter.)",
}

// ResultTexts lays the result out as text and splits it into at most maxTexts messages of LINE's size, cutting
// only at line ends; what still does not fit is replaced by a line saying there is more.
func ResultTexts(r Result, maxTexts int) []string {
	h := headingsJA
	if r.Lang == "en" {
		h = headingsEN
	}
	var lines []string
	lines = append(lines, h.title+r.Title)
	section := func(heading string, items []string) {
		if len(items) == 0 {
			return
		}
		lines = append(lines, "", heading)
		for _, it := range items {
			lines = append(lines, "・"+strings.TrimSpace(it))
		}
	}
	section(h.procedures, r.Procedures)
	section(h.bring, r.Bring)
	section(h.counters, r.Counters)
	section(h.notes, r.Notes)
	if r.QRImageURL != "" {
		lines = append(lines, "", h.qr)
	}
	return pack(lines, maxTexts, h.more)
}

func pack(lines []string, maxTexts int, more string) []string {
	const limit = maxTextChars + 1 // sizes below count one line break per line, the last one included
	if maxTexts < 1 {
		maxTexts = 1
	}
	var texts []string
	var cur []string
	size := 0
	flush := func() {
		texts = append(texts, strings.TrimRight(strings.Join(cur, "\n"), "\n"))
		cur, size = nil, 0
	}
	moreSize := units(more) + 1
	for i := 0; i < len(lines); {
		l := truncateUnits(lines[i], maxTextChars)
		if len(cur) == 0 && l == "" {
			i++ // a message does not start with an empty line
			continue
		}
		n := units(l) + 1
		fits := size+n <= limit
		if len(texts) == maxTexts-1 && (!fits || (i < len(lines)-1 && size+n+moreSize > limit)) {
			// The last message allowed: say that something was left out rather than drop it silently.
			cur = append(cur, more)
			flush()
			return texts
		}
		if !fits {
			flush()
			continue
		}
		cur = append(cur, l)
		size += n
		i++
	}
	if len(cur) > 0 {
		flush()
	}
	return texts
}

func units(s string) int { return len(utf16.Encode([]rune(s))) }

func truncateUnits(s string, max int) string {
	if units(s) <= max {
		return s
	}
	var b strings.Builder
	n := 0
	for _, r := range s {
		w := len(utf16.Encode([]rune{r}))
		if n+w > max-1 {
			break
		}
		b.WriteRune(r)
		n += w
	}
	return b.String() + "…"
}

func checkImageURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || len(raw) > maxImageURLChars {
		return kakanai.Invalid("qrImageUrl", "QRコード画像のURLが正しくありません。")
	}
	return nil
}

var uuidPattern = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// retryKey returns key when it is a UUID, a UUID derived from it otherwise (name-based, RFC 9562 version 5 layout,
// so a job id works as a key), and a random version-4 UUID when key is empty.
func retryKey(key string) string {
	var b [16]byte
	switch {
	case uuidPattern.MatchString(key):
		return strings.ToLower(key)
	case key == "":
		_, _ = rand.Read(b[:])
		b[6] = b[6]&0x0f | 0x40
	default:
		sum := sha1.Sum([]byte("kakanai line push\x00" + key))
		copy(b[:], sum[:16])
		b[6] = b[6]&0x0f | 0x50
	}
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}

// pushWaits are the pauses before each retry of a push that failed for a passing reason.
var pushWaits = []time.Duration{500 * time.Millisecond, 2 * time.Second}

func (c *Client) push(ctx context.Context, to string, msgs []messaging_api.MessageInterface, key string) error {
	api, err := c.messaging(ctx)
	if err != nil {
		return err
	}
	req := &messaging_api.PushMessageRequest{To: to, Messages: msgs}
	for attempt := 0; ; attempt++ {
		res, _, err := api.PushMessageWithHttpInfo(req, key)
		status := 0
		if res != nil {
			status = res.StatusCode
		}
		switch {
		case err == nil:
			return nil
		case status == http.StatusConflict && res.Header.Get("X-Line-Accepted-Request-Id") != "":
			// An earlier attempt with this key was delivered; its response was what got lost.
			return nil
		case ctx.Err() != nil:
			return kakanai.Internal(fmt.Errorf("line: push: %w", ctx.Err()))
		case status == http.StatusBadRequest || status == http.StatusForbidden:
			// A user who has not added (or has blocked) the official account cannot be reached.
			return &kakanai.Error{Code: kakanai.EINVALID, Field: "userId",
				Message: "LINEに送信できませんでした。市の公式アカウントを友だち追加しているかご確認ください。",
				Err:     fmt.Errorf("line: push: %w", err)}
		case (status == 0 || status == http.StatusTooManyRequests || status >= 500) && attempt < len(pushWaits):
			select {
			case <-time.After(pushWaits[attempt]):
			case <-ctx.Done():
				return kakanai.Internal(fmt.Errorf("line: push: %w", ctx.Err()))
			}
		default:
			return kakanai.Internal(fmt.Errorf("line: push after %d attempt(s): %w", attempt+1, err))
		}
	}
}

// ReplyText answers a webhook event (a follow, a message) with one text.
func (c *Client) ReplyText(ctx context.Context, replyToken, text string) error {
	api, err := c.messaging(ctx)
	if err != nil {
		return err
	}
	if _, err := api.ReplyMessage(&messaging_api.ReplyMessageRequest{ReplyToken: replyToken,
		Messages: []messaging_api.MessageInterface{&messaging_api.TextMessage{Text: truncateUnits(text, maxTextChars)}}}); err != nil {
		return kakanai.Internal(fmt.Errorf("line: reply: %w", err))
	}
	return nil
}

// WelcomeText is the greeting for a new friend of the official account: where the navigation opens.
func WelcomeText(liffURL string) string {
	return "友だち追加ありがとうございます。\n" +
		"引っ越し・出生・結婚などの手続きで、必要な届出と持ち物を調べられます。下のメニューの「手続きナビを開く」か、こちらからどうぞ。\n" +
		liffURL + "\n\n" +
		"Thank you for adding us. Open the procedure guide (English available) from the menu below or the link above."
}
