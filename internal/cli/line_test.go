package cli

import (
	"bytes"
	"context"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/line/linefake"
)

// `kakanai line richmenu` sets up the official account's menu (N-i) against whatever KAKANAI_LINE_API_URL names.
func TestLine_N_i_richmenuCommand(t *testing.T) {
	f := linefake.New()
	defer f.Close()
	dir := t.TempDir()
	imgPath := filepath.Join(dir, "menu.png")
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, 2500, 843))); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(imgPath, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	tokenPath := filepath.Join(dir, "token")
	if err := os.WriteFile(tokenPath, []byte(f.Token+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"KAKANAI_LINE_API_URL": f.URL, "KAKANAI_LINE_DATA_API_URL": f.URL, "KAKANAI_LINE_CHANNEL_TOKEN_FILE": tokenPath}
	getenv := func(k string) string { return env[k] }

	var out, errOut bytes.Buffer
	code := Run(context.Background(), []string{"line", "richmenu", "--liff-url", "https://liff.line.me/2000000001-xyz", "--image", imgPath}, &out, &errOut, getenv)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	id := strings.TrimSpace(out.String())
	if id == "" || f.DefaultRichMenu() != id {
		t.Fatalf("printed %q, default rich menu %q", id, f.DefaultRichMenu())
	}
	if a := f.RichMenus()[0].Request.Areas[0]; a.Action.URI != "https://liff.line.me/2000000001-xyz" {
		t.Errorf("area %+v", a)
	}

	// Without a token, or without the LIFF URL, nothing is sent.
	delete(env, "KAKANAI_LINE_CHANNEL_TOKEN_FILE")
	for _, args := range [][]string{
		{"line", "richmenu", "--liff-url", "https://liff.line.me/x", "--image", imgPath},
		{"line", "richmenu", "--image", imgPath},
	} {
		errOut.Reset()
		if code := Run(context.Background(), args, &out, &errOut, getenv); code != 1 {
			t.Errorf("%v: exit %d", args, code)
		}
	}
	if n := len(f.RichMenus()); n != 1 {
		t.Errorf("%d rich menus", n)
	}
}

func TestLine_N_i_richmenuImageCommand(t *testing.T) {
	requireMJFont(t)
	out := filepath.Join(t.TempDir(), "menu.png")
	var stdout, stderr bytes.Buffer
	if code := Run(context.Background(), []string{"line", "richmenu-image", "--out", out}, &stdout, &stderr, func(string) string { return "" }); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil || cfg.Width != 2500 || cfg.Height != 843 {
		t.Errorf("%+v %v", cfg, err)
	}
}

// With --tenant, the channel a city saved in the admin screen is used: its sealed access token and its LIFF ID, so
// a cloud operator sets up each city's menu without handling its token (N-i).
func TestLine_N_i_richmenuForACitysSavedChannel(t *testing.T) {
	f := linefake.New()
	defer f.Close()
	env := apptest.Start(t, "sqlite3")
	env.Admin(t).MustDo(`mutation($i:CitizenSettingsInput!){saveCitizenSettings(input:$i){lineConfigured}}`, map[string]any{"i": map[string]any{
		"lineChannelSecret": "s", "lineChannelAccessToken": f.Token, "liffId": "2000000001-ogori"}})
	vars := map[string]string{"KAKANAI_LINE_API_URL": f.URL, "KAKANAI_LINE_DATA_API_URL": f.URL,
		"KAKANAI_DATABASE_URL": env.App.Config.DatabaseURL, "KAKANAI_DATA_DIR": env.App.Config.DataDir}
	getenv := func(k string) string { return vars[k] }
	var out, errOut bytes.Buffer
	if code := Run(context.Background(), []string{"line", "richmenu", "--tenant", "402168"}, &out, &errOut, getenv); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	menus := f.RichMenus()
	if len(menus) != 1 || f.DefaultRichMenu() != strings.TrimSpace(out.String()) || menus[0].Request.Areas[0].Action.URI != "https://liff.line.me/2000000001-ogori" {
		t.Fatalf("menus %+v, printed %q", menus, out.String())
	}
	errOut.Reset()
	if code := Run(context.Background(), []string{"line", "richmenu", "--tenant", "402036"}, &out, &errOut, getenv); code != 1 || !strings.Contains(errOut.String(), "手続きナビ") {
		t.Fatalf("a city that is not here: exit %d: %s", code, errOut.String())
	}
}
