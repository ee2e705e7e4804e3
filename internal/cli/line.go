package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/citizen"
	"github.com/kakanai/kakanai/internal/config"
	"github.com/kakanai/kakanai/internal/line"
	"github.com/kakanai/kakanai/internal/secret"
	"github.com/kakanai/kakanai/internal/store"
)

const lineUsage = `Usage:
  kakanai line richmenu --liff-url URL [--image menu.png] [--chat-bar-text 手続きナビ] [--faq-url URL] [--token-file FILE]
  kakanai line richmenu --tenant LGCODE [--data DIR] [--database-url URL] [--image …] [--chat-bar-text …] [--faq-url …]
      create the official account's rich menu (N-i), upload its image, make it the default; prints its id.
      With --tenant, the channel the city saved in 管理 → 手続きナビの設定 (its access token and LIFF ID) is used.
  kakanai line richmenu-image --out menu.png [--faq]
      write the generated menu image (2500×843 PNG, IPAmj明朝) for a city to edit

The channel access token comes from KAKANAI_LINE_CHANNEL_TOKEN (or KAKANAI_LINE_CHANNEL_TOKEN_FILE, or --token-file);
KAKANAI_LINE_API_URL and KAKANAI_LINE_DATA_API_URL point elsewhere than LINE (a fake, in tests).
`

// lineCommand runs `kakanai line …`: setting up the LINE official account.
func lineCommand(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, lineUsage)
		return flag.ErrHelp
	}
	fs := flag.NewFlagSet("line "+args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, lineUsage) }
	switch args[0] {
	case "richmenu":
		liffURL := fs.String("liff-url", "", "the LIFF app's URL, https://liff.line.me/{liffId} (required)")
		imagePath := fs.String("image", "", "PNG or JPEG, 2500×843 (default: the generated image)")
		chatBar := fs.String("chat-bar-text", "手続きナビ", "the text of the bar that opens the menu (≤ 14 characters)")
		faqURL := fs.String("faq-url", "", "a page of frequent questions, opened by the right third of the menu")
		tokenFile := fs.String("token-file", "", "a file holding the channel access token")
		tenant := fs.String("tenant", "", "全国地方公共団体コード of a city whose LINE channel is saved in the service")
		cfg := config.Defaults()
		fs.StringVar(&cfg.DataDir, "data", "", "data directory, with --tenant (KAKANAI_DATA_DIR)")
		fs.StringVar(&cfg.DatabaseURL, "database-url", "", "database, with --tenant (KAKANAI_DATABASE_URL)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		var token string
		var err error
		if *tenant != "" {
			var liffID string
			if token, liffID, err = savedChannel(ctx, *tenant, cfg, getenv); err != nil {
				return err
			}
			if *liffURL == "" && liffID != "" {
				*liffURL = "https://liff.line.me/" + liffID
			}
		} else if token, err = channelToken(*tokenFile, getenv); err != nil {
			return err
		}
		if *liffURL == "" {
			return fmt.Errorf("line richmenu: --liff-url is required (or a LIFF ID saved for the --tenant)")
		}
		spec := line.RichMenuSpec{LIFFURL: *liffURL, ChatBarText: *chatBar, FAQURL: *faqURL}
		if *imagePath != "" {
			if spec.Image, err = os.ReadFile(*imagePath); err != nil {
				return err
			}
		}
		c, err := line.New(line.Config{APIBaseURL: getenv("KAKANAI_LINE_API_URL"), DataAPIBaseURL: getenv("KAKANAI_LINE_DATA_API_URL"), ChannelAccessToken: token})
		if err != nil {
			return err
		}
		id, err := c.CreateRichMenu(ctx, spec)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, id)
		return nil
	case "richmenu-image":
		out := fs.String("out", "", "where to write the PNG (required)")
		withFAQ := fs.Bool("faq", false, "draw a よくある質問 button on the right third (for --faq-url)")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if *out == "" {
			return fmt.Errorf("line richmenu-image: --out is required")
		}
		img, err := line.RichMenuImage(*withFAQ)
		if err != nil {
			return err
		}
		if err := os.WriteFile(*out, img, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s (%d×%d PNG, %d bytes)\n", *out, line.RichMenuWidth, line.RichMenuHeight, len(img))
		return nil
	}
	fmt.Fprint(stderr, lineUsage)
	return fmt.Errorf("kakanai line: unknown command %q", args[0])
}

// savedChannel opens the city's LINE channel as the service stores it (sealed with KAKANAI_DATA_KEY).
func savedChannel(ctx context.Context, lgCode string, flags config.Config, getenv func(string) string) (token, liffID string, err error) {
	cfg, err := config.Load("line richmenu", nil, getenv)
	if err != nil {
		return "", "", err
	}
	if flags.DataDir != "" {
		cfg.DataDir = flags.DataDir
	}
	if flags.DatabaseURL != "" {
		cfg.DatabaseURL = flags.DatabaseURL
	}
	db, err := store.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return "", "", err
	}
	defer db.Close()
	box, err := secret.LoadOrCreateKey(cfg.DataKey, cfg.DataDir)
	if err != nil {
		return "", "", err
	}
	ch, err := citizen.NewService(db.Client, box, nil, nil).LineChannel(ctx, lgCode)
	if err != nil {
		return "", "", fmt.Errorf("line richmenu: %s", kakanai.ErrorMessage(err))
	}
	return ch.Token, ch.LiffID, nil
}

// channelToken reads the token from --token-file, KAKANAI_LINE_CHANNEL_TOKEN_FILE or KAKANAI_LINE_CHANNEL_TOKEN, in
// that order, so that it need not appear on a command line or in the shell's history.
func channelToken(tokenFile string, getenv func(string) string) (string, error) {
	if tokenFile == "" {
		tokenFile = getenv("KAKANAI_LINE_CHANNEL_TOKEN_FILE")
	}
	if tokenFile != "" {
		b, err := os.ReadFile(tokenFile)
		if err != nil {
			return "", fmt.Errorf("line: reading the channel access token: %w", err)
		}
		return strings.TrimSpace(string(b)), nil
	}
	if t := getenv("KAKANAI_LINE_CHANNEL_TOKEN"); t != "" {
		return t, nil
	}
	return "", fmt.Errorf("line: no channel access token: set KAKANAI_LINE_CHANNEL_TOKEN or use --token-file")
}
