package graph

import (
	"context"
	"time"
)

// SessionCookies is how a resolver hands a new or ended session to the HTTP layer, which owns the cookies.
type SessionCookies interface {
	SetSession(token, csrfToken string, expires time.Time)
	ClearSession()
}

type cookiesKey struct{}

// WithSessionCookies is called by the HTTP layer for every GraphQL request.
func WithSessionCookies(ctx context.Context, c SessionCookies) context.Context {
	return context.WithValue(ctx, cookiesKey{}, c)
}

func sessionCookies(ctx context.Context) SessionCookies {
	if c, ok := ctx.Value(cookiesKey{}).(SessionCookies); ok {
		return c
	}
	return noCookies{}
}

type noCookies struct{}

func (noCookies) SetSession(string, string, time.Time) {}
func (noCookies) ClearSession()                        {}

// ClientInfo is the caller's address and user agent, for the session record and the audit log.
type ClientInfo struct{ Addr, UserAgent string }

type clientKey struct{}

// WithClientInfo is called by the HTTP layer.
func WithClientInfo(ctx context.Context, c ClientInfo) context.Context {
	return context.WithValue(ctx, clientKey{}, c)
}

func clientInfo(ctx context.Context) ClientInfo {
	c, _ := ctx.Value(clientKey{}).(ClientInfo)
	return c
}
