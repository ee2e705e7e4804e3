package line_test

import (
	"context"
	"testing"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/line"
	"github.com/kakanai/kakanai/internal/line/linefake"
)

// The push goes to the LINE user the ID token proves, so only a genuine, current token for our channel passes.
func TestVerifyIDToken_N_j(t *testing.T) {
	f := startFake(t)
	c := newClient(t, f)
	ctx := context.Background()
	user := linefake.UserID(10)

	got, err := c.VerifyIDToken(ctx, f.IssueIDToken(user))
	if err != nil || got != user {
		t.Fatalf("good token: %q, %v", got, err)
	}
	for name, token := range map[string]string{
		"unknown": "eyJhbGciOiJIUzI1NiJ9.e30.forged",
		"expired": f.IssueExpiredIDToken(user),
		"empty":   "",
	} {
		if _, err := c.VerifyIDToken(ctx, token); kakanai.ErrorCode(err) != kakanai.EUNAUTHORIZED {
			t.Errorf("%s token: %v, want %s", name, err, kakanai.EUNAUTHORIZED)
		}
	}
	other, _ := line.New(line.Config{APIBaseURL: f.URL, LoginChannelID: "1999999999"})
	if _, err := other.VerifyIDToken(ctx, f.IssueIDToken(user)); kakanai.ErrorCode(err) != kakanai.EUNAUTHORIZED {
		t.Errorf("token of another channel: %v", err)
	}
	unset, _ := line.New(line.Config{APIBaseURL: f.URL})
	if _, err := unset.VerifyIDToken(ctx, f.IssueIDToken(user)); kakanai.ErrorCode(err) != kakanai.EINTERNAL {
		t.Errorf("no channel configured: %v", err)
	}
}
