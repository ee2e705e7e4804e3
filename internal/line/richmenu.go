package line

import (
	"bytes"
	"context"
	"fmt"
	"image"
	_ "image/jpeg" // rich menu images may be JPEG
	_ "image/png"
	"net/http"
	"net/url"
	"unicode/utf8"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"

	"github.com/kakanai/kakanai"
)

// RichMenuSpec is the official account's menu (N-i): the big area opens the navigation (the LIFF app).
type RichMenuSpec struct {
	LIFFURL     string // https://liff.line.me/{liffId}, opened by the main area
	Image       []byte // PNG or JPEG, 800–2500 px wide, ≥250 px high, width/height ≥ 1.45, ≤ 1 MB; nil: RichMenuImage
	ChatBarText string // the label of the bar that opens the menu (≤ 14 characters); default 手続きナビ
	FAQURL      string // optional: a right-hand third opens this page (よくある質問); empty: the whole menu opens LIFFURL
	Name        string // for the LINE console only; default "kakanai 手続きナビ"
}

// LINE's limits on rich menus (Messaging API reference, "Rich menu object", "Upload rich menu image").
const (
	maxRichMenuImage   = 1 << 20
	maxChatBarText     = 14
	maxRichMenuURIChar = 1000
	// RichMenuWidth and RichMenuHeight are the size of the generated image: LINE's largest "compact" layout.
	RichMenuWidth  = 2500
	RichMenuHeight = 843
)

// CreateRichMenu creates the rich menu, uploads its image and makes it every user's default, and returns its id.
// It validates with LINE first, and deletes the menu again when a later step fails, so a failed run leaves nothing
// half set up.
func (c *Client) CreateRichMenu(ctx context.Context, spec RichMenuSpec) (string, error) {
	req, img, contentType, err := richMenuRequest(spec)
	if err != nil {
		return "", err
	}
	api, err := c.messaging(ctx)
	if err != nil {
		return "", err
	}
	blob, err := c.blob(ctx)
	if err != nil {
		return "", err
	}
	if res, _, err := api.ValidateRichMenuObjectWithHttpInfo(req); err != nil {
		if res != nil && res.StatusCode == http.StatusBadRequest {
			return "", &kakanai.Error{Code: kakanai.EINVALID, Message: "LINEがリッチメニューの内容を受け付けませんでした。", Err: err}
		}
		return "", kakanai.Internal(fmt.Errorf("line: validating the rich menu: %w", err))
	}
	created, err := api.CreateRichMenu(req)
	if err != nil {
		return "", kakanai.Internal(fmt.Errorf("line: creating the rich menu: %w", err))
	}
	id := created.RichMenuId
	undo := func(step string, cause error) (string, error) {
		if _, derr := api.DeleteRichMenu(id); derr != nil {
			cause = fmt.Errorf("%w (deleting rich menu %s also failed: %v)", cause, id, derr)
		}
		return "", kakanai.Internal(fmt.Errorf("line: %s: %w", step, cause))
	}
	if _, err := blob.SetRichMenuImage(id, contentType, bytes.NewReader(img)); err != nil {
		return undo("uploading the rich menu image", err)
	}
	if _, err := api.SetDefaultRichMenu(id); err != nil {
		return undo("setting the default rich menu", err)
	}
	return id, nil
}

func richMenuRequest(spec RichMenuSpec) (*messaging_api.RichMenuRequest, []byte, string, error) {
	if err := checkMenuURL("liffUrl", spec.LIFFURL); err != nil {
		return nil, nil, "", err
	}
	if spec.FAQURL != "" {
		if err := checkMenuURL("faqUrl", spec.FAQURL); err != nil {
			return nil, nil, "", err
		}
	}
	if spec.ChatBarText == "" {
		spec.ChatBarText = "手続きナビ"
	}
	if n := utf8.RuneCountInString(spec.ChatBarText); n > maxChatBarText {
		return nil, nil, "", kakanai.Invalid("chatBarText", "メニューバーの文字は%d文字以内にしてください（%d文字）。", maxChatBarText, n)
	}
	if spec.Name == "" {
		spec.Name = "kakanai 手続きナビ"
	}
	img := spec.Image
	if img == nil {
		var err error
		if img, err = RichMenuImage(spec.FAQURL != ""); err != nil {
			return nil, nil, "", err
		}
	}
	w, h, contentType, err := checkMenuImage(img)
	if err != nil {
		return nil, nil, "", err
	}
	// With an FAQ page the right third is its button, as RichMenuImage(true) draws it.
	mainWidth := w
	if spec.FAQURL != "" {
		mainWidth = w * 2 / 3
	}
	areas := []messaging_api.RichMenuArea{{
		Bounds: &messaging_api.RichMenuBounds{X: 0, Y: 0, Width: int64(mainWidth), Height: int64(h)},
		Action: &messaging_api.UriAction{Label: "手続きナビを開く", Uri: spec.LIFFURL},
	}}
	if spec.FAQURL != "" {
		areas = append(areas, messaging_api.RichMenuArea{
			Bounds: &messaging_api.RichMenuBounds{X: int64(mainWidth), Y: 0, Width: int64(w - mainWidth), Height: int64(h)},
			Action: &messaging_api.UriAction{Label: "よくある質問", Uri: spec.FAQURL},
		})
	}
	return &messaging_api.RichMenuRequest{
		Size:        &messaging_api.RichMenuSize{Width: int64(w), Height: int64(h)},
		Selected:    true, // open the menu when the chat opens: the navigation is what the account is for
		Name:        spec.Name,
		ChatBarText: spec.ChatBarText,
		Areas:       areas,
	}, img, contentType, nil
}

func checkMenuURL(field, raw string) error {
	u, err := url.Parse(raw)
	if raw == "" || err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
		return kakanai.Invalid(field, "URLを https://… の形で指定してください。")
	}
	if len(raw) > maxRichMenuURIChar {
		return kakanai.Invalid(field, "URLが長すぎます（%d文字以内）。", maxRichMenuURIChar)
	}
	return nil
}

func checkMenuImage(img []byte) (w, h int, contentType string, err error) {
	if len(img) > maxRichMenuImage {
		return 0, 0, "", kakanai.Invalid("image", "画像は1MB以下にしてください（%dバイト）。", len(img))
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(img))
	if err != nil || (format != "png" && format != "jpeg") {
		return 0, 0, "", kakanai.Invalid("image", "画像はPNGかJPEGにしてください。")
	}
	w, h = cfg.Width, cfg.Height
	if w < 800 || w > 2500 || h < 250 || float64(w)/float64(h) < 1.45 {
		return 0, 0, "", kakanai.Invalid("image", "画像の大きさは幅800〜2500ピクセル、高さ250ピクセル以上、幅÷高さ1.45以上にしてください（%d×%d）。", w, h)
	}
	return w, h, "image/" + format, nil
}
