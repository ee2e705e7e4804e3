package citizen

import (
	"context"
	"net/url"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/internal/line"
	"github.com/kakanai/kakanai/internal/navi"
)

// LineFactory makes a LINE client for a tenant's channel.
type LineFactory func(token, loginChannelID string) (*line.Client, error)

// DefaultLineFactory reaches LINE at its public endpoints, or at apiURL/dataURL when set (a local fake).
func DefaultLineFactory(apiURL, dataURL string) LineFactory {
	return func(token, loginChannelID string) (*line.Client, error) {
		return line.New(line.Config{APIBaseURL: apiURL, DataAPIBaseURL: dataURL, ChannelAccessToken: token, LoginChannelID: loginChannelID})
	}
}

// LineChannel is a tenant's LINE channel with its secrets opened.
type LineChannel struct {
	LiffID         string
	LoginChannelID string
	Secret         string
	Token          string
}

// LineChannel returns the municipality's LINE channel, or a not-found error when LINE is not set up.
func (s *Service) LineChannel(ctx context.Context, lgCode string) (*LineChannel, error) {
	ctx, t, err := s.residentContext(ctx, lgCode)
	if err != nil {
		return nil, err
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	return s.lineChannel(t.ID, site)
}

func (s *Service) lineChannel(tenantID int, site *ent.CitizenSite) (*LineChannel, error) {
	if len(site.LineChannelSecret) == 0 || len(site.LineChannelToken) == 0 {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "この自治体はLINEの設定がありません。")
	}
	secret, err := s.box.Open(string(site.LineChannelSecret), lineContext(tenantID, "secret"))
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	token, err := s.box.Open(string(site.LineChannelToken), lineContext(tenantID, "token"))
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return &LineChannel{LiffID: site.LiffID, LoginChannelID: site.LineLoginChannelID, Secret: string(secret), Token: string(token)}, nil
}

// PushRequest is what the app inside LINE sends at the end (N-j): no personal data but the sealed code.
type PushRequest struct {
	IDToken string            `json:"idToken"`
	FlowID  string            `json:"flowId"`
	Answers map[string]string `json:"answers"`
	Code    *string           `json:"code"`
	Lang    string            `json:"lang"`
}

// IsCodeText reports whether s looks like a code's text: upper-case base32 of a plausible length.
func IsCodeText(s string) bool {
	return len(s) >= 60 && len(s) <= 1800 && strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == ""
}

// PushResult sends the navigation's result and the QR code to the resident's LINE chat. The server recomputes
// the result from the answers, so a request cannot make the city's account say anything else; the code is
// sealed to the city's key and is only drawn as a picture; nothing of the request is kept (N-w).
// qrImageURL turns a code into the absolute URL of its PNG.
func (s *Service) PushResult(ctx context.Context, lgCode string, req PushRequest, qrImageURL func(code string) string) error {
	rctx, t, err := s.residentContext(ctx, lgCode)
	if err != nil {
		return err
	}
	site, err := s.site(rctx)
	if err != nil {
		return err
	}
	ch, err := s.lineChannel(t.ID, site)
	if err != nil {
		return err
	}
	set, err := s.navigation(rctx, site)
	if err != nil {
		return err
	}
	f := set.Flow(req.FlowID)
	if f == nil {
		return kakanai.Invalid("flowId", "この手続きナビ（%s）はありません。", req.FlowID)
	}
	var code string
	if req.Code != nil {
		code = strings.ToUpper(strings.Join(strings.Fields(*req.Code), ""))
		if !IsCodeText(code) {
			return kakanai.Invalid("code", "二次元コードの形式が正しくありません。")
		}
	}
	client, err := s.Line(ch.Token, ch.LoginChannelID)
	if err != nil {
		return kakanai.Internal(err)
	}
	userID, err := client.VerifyIDToken(ctx, req.IDToken)
	if err != nil {
		return err
	}
	ev := navi.Evaluate(f, req.Answers)
	r := line.Result{Lang: req.Lang, Title: text(f.Title, req.Lang)}
	for _, p := range ev.Result.Procedures {
		r.Procedures = append(r.Procedures, text(p.Title, req.Lang))
	}
	for _, b := range ev.Result.Bring {
		r.Bring = append(r.Bring, text(b.Text, req.Lang))
	}
	for _, id := range ev.Result.Counters {
		for _, c := range set.Counters {
			if c.ID == id {
				r.Counters = append(r.Counters, strings.Join([]string{text(c.Name, req.Lang), text(c.Place, req.Lang), text(c.Hours, req.Lang)}, " "))
			}
		}
	}
	for _, n := range ev.Result.Notes {
		r.Notes = append(r.Notes, text(n, req.Lang))
	}
	if code != "" {
		r.QRImageURL = qrImageURL(url.QueryEscape(code))
	}
	return client.PushResult(ctx, userID, r)
}

func text(l navi.L, lang string) string {
	if lang == "en" && l.En != "" {
		return l.En
	}
	return l.Ja
}
