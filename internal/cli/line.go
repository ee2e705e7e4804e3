package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kakanai/kakanai/internal/line"
)

const lineUsage = `Usage:
  kakanai line richmenu --liff-url URL [--image menu.png] [--chat-bar-text 手続きナビ] [--faq-url URL] [--token-file FILE]
      create the official account's rich menu (N-i), upload its image, make it the default; prints its id
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
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if *liffURL == "" {
			return fmt.Errorf("line richmenu: --liff-url is required")
		}
		token, err := channelToken(*tokenFile, getenv)
		if err != nil {
			return err
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
