package graph

import (
	"context"
	"sync"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/internal/juki"
)

// The 住基 findings of a 届出 feed both issues and completable; a request asking for both (the editor always
// does) would otherwise load and check the 届出 twice.
type findingsKey struct{}

type findingsCache struct {
	mu sync.Mutex
	m  map[[2]int]*findingsEntry // (id, version)
}

type findingsEntry struct {
	once   sync.Once
	issues []juki.Issue
	err    error
}

// WithFindingsCache gives one GraphQL operation its own cache of findings.
func WithFindingsCache(ctx context.Context) context.Context {
	return context.WithValue(ctx, findingsKey{}, &findingsCache{m: map[[2]int]*findingsEntry{}})
}

// findings returns the findings on n's stored content, once per operation and version.
func (r *Resolver) findings(ctx context.Context, n *ent.Notification) ([]juki.Issue, error) {
	c, ok := ctx.Value(findingsKey{}).(*findingsCache)
	if !ok {
		return r.Filing.Validate(ctx, n.ID)
	}
	c.mu.Lock()
	e := c.m[[2]int{n.ID, n.Version}]
	if e == nil {
		e = &findingsEntry{}
		c.m[[2]int{n.ID, n.Version}] = e
	}
	c.mu.Unlock()
	e.once.Do(func() { e.issues, e.err = r.Filing.Validate(ctx, n.ID) })
	return e.issues, e.err
}
