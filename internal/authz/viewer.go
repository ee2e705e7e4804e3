// Package authz decides who may do what: the viewer of a request, roles and their permissions (casbin RBAC with
// domains), and the checks resolvers call first. It knows nothing of HTTP or of the database.
package authz

import (
	"context"
	"slices"
	"sort"

	"github.com/kakanai/kakanai"
)

// Viewer is the authenticated principal of a request: a staff member through a session, or a third-party tool
// through an API token acting for its owner with a narrower set of permissions.
type Viewer struct {
	UserID      int
	TenantID    int
	LoginID     string
	Roles       []Role
	Permissions []Permission // sorted, effective in TenantID (and everywhere for a system administrator)
	AllTenants  bool         // システム管理者: may act in every tenant
	APITokenID  int          // non-zero when the request carries an API token instead of a session
	SessionID   int
}

// Can reports whether the viewer holds the permission.
func (v *Viewer) Can(p Permission) bool {
	if v == nil {
		return false
	}
	_, found := slices.BinarySearch(v.Permissions, p)
	return found
}

type viewerKey struct{}

// NewContext returns a context carrying the viewer.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	if v != nil {
		sort.Slice(v.Permissions, func(i, j int) bool { return v.Permissions[i] < v.Permissions[j] })
	}
	return context.WithValue(ctx, viewerKey{}, v)
}

// FromContext returns the viewer of the request, or nil when nobody is logged in.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(viewerKey{}).(*Viewer)
	return v
}

// Require returns the viewer when it holds every named permission: unauthorized when nobody is logged in,
// forbidden otherwise. Resolvers call it first.
func Require(ctx context.Context, perms ...Permission) (*Viewer, error) {
	v := FromContext(ctx)
	if v == nil {
		return nil, kakanai.Errorf(kakanai.EUNAUTHORIZED, "ログインしてください。")
	}
	for _, p := range perms {
		if !v.Can(p) {
			return nil, kakanai.Errorf(kakanai.EFORBIDDEN, "この操作を行う権限がありません（%s）。", p)
		}
	}
	return v, nil
}
