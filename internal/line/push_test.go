package line_test

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/line"
	"github.com/kakanai/kakanai/internal/line/linefake"
)

func newClient(t *testing.T, f *linefake.Fake) *line.Client {
	t.Helper()
	c, err := line.New(line.Config{APIBaseURL: f.URL, DataAPIBaseURL: f.URL, ChannelAccessToken: f.Token, LoginChannelID: f.LoginChannelID})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func startFake(t *testing.T) *linefake.Fake {
	t.Helper()
	f := linefake.New()
	t.Cleanup(f.Close)
	return f
}

var uuid = regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)

func sampleResult() line.Result {
	return line.Result{
		Lang:       "ja",
		Title:      "転入届（引っ越してきたとき）",
		Procedures: []string{"転入届", "国民健康保険の加入"},
		Bring:      []string{"転出証明書", "本人確認書類（運転免許証など）"},
		Counters:   []string{"市民課 本庁1階 平日8:30〜17:15"},
		Notes:      []string{"転入した日から14日以内に届け出てください。"},
		QRImageURL: "https://kakanai.example.jp/api/citizen/qr.png?c=ABCDEF",
	}
}

func TestPush_N_j_resultTextAndQRImageReachTheChat(t *testing.T) {
	f := startFake(t)
	user := linefake.UserID(1)
	if err := newClient(t, f).PushResult(context.Background(), user, sampleResult()); err != nil {
		t.Fatal(err)
	}
	pushes := f.Pushes()
	if len(pushes) != 1 {
		t.Fatalf("%d pushes, want 1", len(pushes))
	}
	p := pushes[0]
	if p.To != user || p.Authorization != "Bearer "+f.Token {
		t.Errorf("to %q, authorization %q", p.To, p.Authorization)
	}
	if !uuid.MatchString(p.RetryKey) {
		t.Errorf("X-Line-Retry-Key %q is not a UUID", p.RetryKey)
	}
	if len(p.Messages) != 2 || p.Messages[0].Type != "text" || p.Messages[1].Type != "image" {
		t.Fatalf("messages %+v", p.Messages)
	}
	text := p.Messages[0].Text
	for _, want := range []string{"【手続きナビ】転入届（引っ越してきたとき）", "■ 必要な手続き\n・転入届\n・国民健康保険の加入",
		"■ お持ちいただくもの\n・転出証明書", "■ 窓口\n・市民課 本庁1階 平日8:30〜17:15", "■ ご注意\n・転入した日から14日以内", "QRコード"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	img := p.Messages[1]
	if img.OriginalContentURL != sampleResult().QRImageURL || img.PreviewImageURL != sampleResult().QRImageURL {
		t.Errorf("image %+v", img)
	}
}

func TestPush_N_j_englishHeadingsAndNoImageWithoutQR(t *testing.T) {
	f := startFake(t)
	r := sampleResult()
	r.Lang, r.QRImageURL, r.Notes = "en", "", nil
	if err := newClient(t, f).PushResult(context.Background(), linefake.UserID(2), r); err != nil {
		t.Fatal(err)
	}
	msgs := f.Pushes()[0].Messages
	if len(msgs) != 1 || msgs[0].Type != "text" {
		t.Fatalf("messages %+v", msgs)
	}
	for _, want := range []string{"[Procedure guide]", "■ Procedures", "■ What to bring", "■ Where to go"} {
		if !strings.Contains(msgs[0].Text, want) {
			t.Errorf("text lacks %q:\n%s", want, msgs[0].Text)
		}
	}
	if strings.Contains(msgs[0].Text, "■ Notes") || strings.Contains(msgs[0].Text, "QR") {
		t.Errorf("empty notes or a missing QR mentioned:\n%s", msgs[0].Text)
	}
}

// A push whose response was lost is retried with the same retry key, and LINE's 409 keeps it from arriving twice.
func TestPush_N_j_retryAfterLostResponseDeliversOnce(t *testing.T) {
	f := startFake(t)
	f.FailPushes(1, http.StatusInternalServerError, true)
	if err := newClient(t, f).PushResult(context.Background(), linefake.UserID(3), sampleResult()); err != nil {
		t.Fatal(err)
	}
	if n := len(f.Pushes()); n != 1 {
		t.Errorf("%d pushes delivered, want 1", n)
	}
	var statuses []int
	for _, c := range f.Calls() {
		statuses = append(statuses, c.Status)
	}
	if len(statuses) != 2 || statuses[0] != 500 || statuses[1] != 409 {
		t.Errorf("push attempts answered %v, want [500 409]", statuses)
	}
}

func TestPush_N_j_passingFailureRetriedUntilDelivered(t *testing.T) {
	f := startFake(t)
	f.FailPushes(2, http.StatusServiceUnavailable, false)
	if err := newClient(t, f).PushResult(context.Background(), linefake.UserID(4), sampleResult()); err != nil {
		t.Fatal(err)
	}
	if n, calls := len(f.Pushes()), len(f.Calls()); n != 1 || calls != 3 {
		t.Errorf("%d pushes after %d attempts, want 1 after 3", n, calls)
	}
}

// A job run twice with the same key (a retried job) reaches the chat once.
func TestPush_N_j_callerRetryKeyDeliversOnce(t *testing.T) {
	f := startFake(t)
	c := newClient(t, f)
	r := sampleResult()
	r.RetryKey = "line-push-job-42"
	for range 2 {
		if err := c.PushResult(context.Background(), linefake.UserID(5), r); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(f.Pushes()); n != 1 {
		t.Errorf("%d pushes, want 1", n)
	}
	if !uuid.MatchString(f.Pushes()[0].RetryKey) {
		t.Errorf("retry key %q is not a UUID", f.Pushes()[0].RetryKey)
	}
}

func TestPush_N_j_refusals(t *testing.T) {
	f := startFake(t)
	c := newClient(t, f)
	ctx := context.Background()
	if err := c.PushResult(ctx, "not-a-line-user", sampleResult()); kakanai.ErrorCode(err) != kakanai.EINVALID {
		t.Errorf("unknown user: %v", err)
	}
	bad := sampleResult()
	bad.QRImageURL = "javascript:alert(1)"
	if err := c.PushResult(ctx, linefake.UserID(6), bad); kakanai.ErrorField(err) != "qrImageUrl" {
		t.Errorf("bad image URL: %v", err)
	}
	wrong, _ := line.New(line.Config{APIBaseURL: f.URL, ChannelAccessToken: "stolen"})
	if err := wrong.PushResult(ctx, linefake.UserID(6), sampleResult()); kakanai.ErrorCode(err) != kakanai.EINTERNAL {
		t.Errorf("wrong token: %v", err)
	}
	unset, _ := line.New(line.Config{APIBaseURL: f.URL})
	if err := unset.PushResult(ctx, linefake.UserID(6), sampleResult()); err == nil || !strings.Contains(err.Error(), "not configured") {
		t.Errorf("no token: %v", err)
	}
	if n := len(f.Pushes()); n != 0 {
		t.Errorf("%d pushes delivered", n)
	}
}

// A long result is split at line ends into messages within LINE's 5000-character limit, and what does not fit in
// the push says so instead of vanishing.
func TestResultTexts_N_j_longResultFitsLINELimits(t *testing.T) {
	r := sampleResult()
	for range 400 {
		r.Bring = append(r.Bring, strings.Repeat("書類", 30))
	}
	msgs := line.ResultMessages(r)
	if len(msgs) != 5 {
		t.Fatalf("%d messages, want 5 (4 texts and the QR)", len(msgs))
	}
	texts := line.ResultTexts(r, 4)
	for i, s := range texts {
		if n := len(utf16.Encode([]rune(s))); n > 5000 || n == 0 {
			t.Errorf("text %d has %d characters", i, n)
		}
		if strings.HasPrefix(s, "\n") {
			t.Errorf("text %d starts with an empty line", i)
		}
	}
	if last := texts[len(texts)-1]; !strings.HasSuffix(last, "（ほかにもあります。続きは窓口でおたずねください。）") {
		t.Errorf("the cut is not announced: …%s", last[len(last)-80:])
	}
	f := startFake(t)
	if err := newClient(t, f).PushResult(context.Background(), linefake.UserID(7), r); err != nil {
		t.Fatalf("LINE refused the split result: %v", err)
	}

	short := line.ResultTexts(sampleResult(), 4)
	if len(short) != 1 || strings.Contains(short[0], "ほかにもあります") {
		t.Errorf("a short result: %q", short)
	}
}
