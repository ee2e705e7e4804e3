// Package line talks to LINE for the citizen navigation (N-h, N-i, N-j): it pushes a navigation result and its QR
// code to the chat, verifies the LIFF app's ID token, sets up the official account's rich menu and checks webhook
// signatures. It knows nothing of our HTTP server or GraphQL; the server wires it in.
//
// The Messaging API calls go through LINE's own SDK; the base URLs can point at linefake, the in-process fake the
// tests and the end-to-end runs use.
package line

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/line/line-bot-sdk-go/v8/linebot/messaging_api"

	"github.com/kakanai/kakanai"
)

// LINE's public endpoints, used when Config leaves a base URL empty.
const (
	DefaultAPIBaseURL     = "https://api.line.me"
	DefaultDataAPIBaseURL = "https://api-data.line.me"
)

// ErrNotConfigured means the setting a call needs (the channel access token, the LINE Login channel id) is empty.
var ErrNotConfigured = errors.New("line: not configured")

// Config says where LINE is and how to authenticate. Every field may be empty; a call that needs an empty one
// fails with ErrNotConfigured, so a municipality without LINE still runs.
type Config struct {
	APIBaseURL         string // Messaging API and LINE Login; default DefaultAPIBaseURL
	DataAPIBaseURL     string // uploads (rich menu images); default DefaultDataAPIBaseURL
	ChannelAccessToken string // the Messaging API channel's long-lived token
	LoginChannelID     string // the LINE Login channel that owns the LIFF app (the ID token's audience)
	HTTPClient         *http.Client
}

// Client calls LINE. It is safe for concurrent use.
type Client struct {
	cfg  Config
	http *http.Client
}

// New checks the configuration and returns a client.
func New(cfg Config) (*Client, error) {
	if cfg.APIBaseURL == "" {
		cfg.APIBaseURL = DefaultAPIBaseURL
	}
	if cfg.DataAPIBaseURL == "" {
		cfg.DataAPIBaseURL = DefaultDataAPIBaseURL
	}
	for _, u := range []string{cfg.APIBaseURL, cfg.DataAPIBaseURL} {
		p, err := url.ParseRequestURI(u)
		if err != nil || (p.Scheme != "https" && p.Scheme != "http") || p.Host == "" {
			return nil, fmt.Errorf("line: base URL %q is not an http(s) URL", u)
		}
	}
	cfg.APIBaseURL = strings.TrimRight(cfg.APIBaseURL, "/")
	cfg.DataAPIBaseURL = strings.TrimRight(cfg.DataAPIBaseURL, "/")
	c := &Client{cfg: cfg, http: cfg.HTTPClient}
	if c.http == nil {
		// LINE answers in well under a second; a hung connection must not hold a citizen's request or a job.
		c.http = &http.Client{Timeout: 20 * time.Second}
	}
	return c, nil
}

// Config returns the configuration in use, defaults filled in.
func (c *Client) Config() Config { return c.cfg }

// messaging returns an SDK client bound to ctx. The SDK keeps the context in the client itself (WithContext
// mutates it), so one shared instance would race between requests; a fresh one per call is cheap.
func (c *Client) messaging(ctx context.Context) (*messaging_api.MessagingApiAPI, error) {
	if c.cfg.ChannelAccessToken == "" {
		return nil, notConfigured("channel access token")
	}
	api, err := messaging_api.NewMessagingApiAPI(c.cfg.ChannelAccessToken,
		messaging_api.WithEndpoint(c.cfg.APIBaseURL), messaging_api.WithHTTPClient(c.http))
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return api.WithContext(ctx), nil
}

func (c *Client) blob(ctx context.Context) (*messaging_api.MessagingApiBlobAPI, error) {
	if c.cfg.ChannelAccessToken == "" {
		return nil, notConfigured("channel access token")
	}
	api, err := messaging_api.NewMessagingApiBlobAPI(c.cfg.ChannelAccessToken,
		messaging_api.WithBlobEndpoint(c.cfg.DataAPIBaseURL), messaging_api.WithBlobHTTPClient(c.http))
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return api.WithContext(ctx), nil
}

func notConfigured(what string) error {
	return &kakanai.Error{Code: kakanai.EINTERNAL, Message: "LINE連携が設定されていません。",
		Err: fmt.Errorf("%w: %s is empty", ErrNotConfigured, what)}
}
