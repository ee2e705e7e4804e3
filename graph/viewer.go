package graph

import (
	"context"

	"github.com/kakanai/kakanai"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/privacy"
	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/store"
)

func (r *Resolver) viewerModel(ctx context.Context, v *authz.Viewer) (*model.Viewer, error) {
	ctx = authz.NewContext(ctx, v)
	u, err := r.Client.User.Get(ctx, v.UserID)
	if err != nil {
		return nil, store.Err(err, "ユーザー")
	}
	t, err := r.Client.Tenant.Get(ctx, v.TenantID)
	if err != nil {
		return nil, store.Err(err, "自治体")
	}
	out := &model.Viewer{
		ID: u.ID, LoginID: u.LoginID, DisplayName: u.DisplayName, Tenant: t,
		MustChangePassword: u.MustChangePassword,
		Permissions:        make([]string, len(v.Permissions)),
		Roles:              make([]string, len(v.Roles)),
	}
	for i, p := range v.Permissions {
		out.Permissions[i] = string(p)
		out.PermissionInfos = append(out.PermissionInfos, &model.PermissionInfo{Code: string(p), Label: p.Label()})
	}
	for i, role := range v.Roles {
		out.Roles[i] = string(role)
		info, err := roleInfo(role)
		if err != nil {
			return nil, err
		}
		out.RoleInfos = append(out.RoleInfos, info)
	}
	return out, nil
}

func roleInfo(role authz.Role) (*model.RoleInfo, error) {
	perms, err := authz.PermissionsOf("*", []authz.Role{role})
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	info := &model.RoleInfo{Code: string(role), Label: role.Label(), Permissions: []string{}}
	for _, p := range perms {
		info.Permissions = append(info.Permissions, string(p))
	}
	return info, nil
}

// visible applies the permission a type needs beyond tenant isolation, for node(id) and nodes(ids), which would
// otherwise bypass the checks of the list queries.
func visible(v *authz.Viewer, n ent.Noder) bool {
	switch n := n.(type) {
	case *ent.User:
		return n.ID == v.UserID || v.Can(authz.PermUserAdmin)
	case *ent.Group, *ent.RoleAssignment:
		return v.Can(authz.PermUserAdmin)
	case *ent.AuditEvent:
		return v.Can(authz.PermAuditRead)
	case *ent.APIToken:
		return v.Can(authz.PermAPITokenAdmin)
	case *ent.Tenant:
		return true
	case *ent.Notification, *ent.Person, *ent.Memo, *ent.StockPhrase, *ent.SourceDocument, *ent.Attachment:
		return v.Can(authz.PermNotificationRead)
	case *ent.Reception:
		return v.Can(authz.PermReceptionRead)
	case *ent.FormLayout:
		return v.Can(authz.PermTemplateRead)
	}
	return false
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// orDenied turns a nil error for an invisible node into a denial, so both read as not found.
func orDenied(err error) error {
	if err == nil {
		return privacy.Deny
	}
	return err
}
