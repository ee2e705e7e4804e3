package line_test

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/color"
	"image/png"
	"net/http"
	"testing"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/line"
	"github.com/kakanai/kakanai/internal/line/linefake"
)

const liffURL = "https://liff.line.me/2000000001-AbCdEfGh"

func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	img.Set(0, 0, color.Black)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The official account's menu opens the navigation (N-i): created, its image uploaded, made everyone's default.
func TestRichMenu_N_i_createUploadAndSetDefault(t *testing.T) {
	f := startFake(t)
	img := pngOf(t, 2500, 843)
	id, err := newClient(t, f).CreateRichMenu(context.Background(), line.RichMenuSpec{LIFFURL: liffURL, Image: img})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range f.Calls() {
		got = append(got, c.Method+" "+c.Path)
	}
	want := []string{"POST /v2/bot/richmenu/validate", "POST /v2/bot/richmenu", "POST /v2/bot/richmenu/" + id + "/content", "POST /v2/bot/user/all/richmenu/" + id}
	if len(got) != len(want) {
		t.Fatalf("calls %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("call %d: %s, want %s", i, got[i], want[i])
		}
	}
	if f.DefaultRichMenu() != id {
		t.Errorf("default rich menu %q, want %q", f.DefaultRichMenu(), id)
	}
	m := f.RichMenus()[0]
	if !bytes.Equal(m.Image, img) || m.ImageType != "image/png" {
		t.Errorf("image not uploaded as it was (%d bytes, %s)", len(m.Image), m.ImageType)
	}
	r := m.Request
	if r.Size.Width != 2500 || r.Size.Height != 843 || !r.Selected || r.ChatBarText != "手続きナビ" || len(r.Areas) != 1 {
		t.Fatalf("rich menu %+v", r)
	}
	a := r.Areas[0]
	if a.Action.Type != "uri" || a.Action.URI != liffURL || a.Action.Label != "手続きナビを開く" || a.Bounds.Width != 2500 || a.Bounds.Height != 843 {
		t.Errorf("area %+v", a)
	}
}

func TestRichMenu_N_i_faqTakesTheRightThird(t *testing.T) {
	f := startFake(t)
	faq := "https://www.city.example.lg.jp/faq/"
	_, err := newClient(t, f).CreateRichMenu(context.Background(), line.RichMenuSpec{LIFFURL: liffURL, FAQURL: faq,
		ChatBarText: "メニュー", Image: pngOf(t, 2500, 843)})
	if err != nil {
		t.Fatal(err)
	}
	r := f.RichMenus()[0].Request
	if len(r.Areas) != 2 || r.ChatBarText != "メニュー" {
		t.Fatalf("rich menu %+v", r)
	}
	main, second := r.Areas[0], r.Areas[1]
	if main.Action.URI != liffURL || main.Bounds.Width != 1666 || second.Action.URI != faq || second.Bounds.X != 1666 || second.Bounds.Width != 834 {
		t.Errorf("areas %+v", r.Areas)
	}
}

// A failure half-way leaves no half-made menu behind.
func TestRichMenu_N_i_failedUploadDeletesTheMenu(t *testing.T) {
	f := startFake(t)
	f.Fail(http.MethodPost, "/v2/bot/richmenu/richmenu-", http.StatusInternalServerError)
	_, err := newClient(t, f).CreateRichMenu(context.Background(), line.RichMenuSpec{LIFFURL: liffURL, Image: pngOf(t, 2500, 843)})
	if err == nil {
		t.Fatal("no error")
	}
	if menus := f.RichMenus(); len(menus) != 1 || !menus[0].Deleted || f.DefaultRichMenu() != "" {
		t.Errorf("menus %+v, default %q", menus, f.DefaultRichMenu())
	}
}

func TestRichMenu_N_i_badSpecRefusedBeforeCallingLINE(t *testing.T) {
	f := startFake(t)
	c := newClient(t, f)
	ctx := context.Background()
	for name, tc := range map[string]struct {
		spec  line.RichMenuSpec
		field string
	}{
		"no LIFF URL":        {line.RichMenuSpec{Image: pngOf(t, 2500, 843)}, "liffUrl"},
		"not a URL":          {line.RichMenuSpec{LIFFURL: "liff.line.me/x", Image: pngOf(t, 2500, 843)}, "liffUrl"},
		"long chat bar text": {line.RichMenuSpec{LIFFURL: liffURL, ChatBarText: "とても長いメニューバーの文字です", Image: pngOf(t, 2500, 843)}, "chatBarText"},
		"square image":       {line.RichMenuSpec{LIFFURL: liffURL, Image: pngOf(t, 1000, 1000)}, "image"},
		"not an image":       {line.RichMenuSpec{LIFFURL: liffURL, Image: []byte("GIF89a")}, "image"},
	} {
		_, err := c.CreateRichMenu(ctx, tc.spec)
		if kakanai.ErrorCode(err) != kakanai.EINVALID || kakanai.ErrorField(err) != tc.field {
			t.Errorf("%s: %v, want invalid %s", name, err, tc.field)
		}
	}
	if calls := f.Calls(); len(calls) != 0 {
		t.Errorf("LINE was called: %v", calls)
	}
}

func requireMJFont(t *testing.T) {
	t.Helper()
	if _, err := forms.FindFont(nil); errors.Is(err, forms.ErrFontNotFound) {
		t.Skipf("IPAmj明朝 is not installed: install fonts-ipamj-mincho or set %s (%v)", forms.FontEnv, err)
	}
}

// The generated menu is a 2500×843 PNG within LINE's 1 MB, white on deep blue with a white button, and LINE takes it.
func TestRichMenuImage_N_i_defaultImage(t *testing.T) {
	requireMJFont(t)
	for _, withFAQ := range []bool{false, true} {
		data, err := line.RichMenuImage(withFAQ)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 1<<20 {
			t.Errorf("withFAQ=%v: %d bytes, over LINE's 1 MB", withFAQ, len(data))
		}
		img, format, err := image.Decode(bytes.NewReader(data))
		if err != nil || format != "png" {
			t.Fatalf("withFAQ=%v: %s, %v", withFAQ, format, err)
		}
		if b := img.Bounds(); b.Dx() != 2500 || b.Dy() != 843 {
			t.Errorf("withFAQ=%v: %v", withFAQ, b)
		}
		// The corner is the background, the button's edge is white, and the label draws blue ink inside it.
		if r, g, b, _ := img.At(5, 5).RGBA(); r>>8 != 0x00 || g>>8 != 0x17 || b>>8 != 0xC1 {
			t.Errorf("background %x %x %x", r>>8, g>>8, b>>8)
		}
		if r, g, b, _ := img.At(150, 420).RGBA(); r>>8 != 0xff || g>>8 != 0xff || b>>8 != 0xff {
			t.Errorf("button %x %x %x", r>>8, g>>8, b>>8)
		}
		ink := 0
		for x := 400; x < 1200; x++ {
			if r, _, _, _ := img.At(x, 425).RGBA(); r>>8 < 0x40 {
				ink++
			}
		}
		if ink < 50 {
			t.Errorf("withFAQ=%v: the label draws %d dark pixels across the button", withFAQ, ink)
		}
	}
	def, err := line.DefaultRichMenuImage()
	if err != nil {
		t.Fatal(err)
	}
	f := startFake(t)
	if _, err := newClient(t, f).CreateRichMenu(context.Background(), line.RichMenuSpec{LIFFURL: liffURL}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(f.RichMenus()[0].Image, def) {
		t.Error("a spec without an image does not upload the default image")
	}
	_ = linefake.DefaultToken
}
