// Package account is the tenant administrator's work (R6): staff accounts, groups, and the roles granted to
// each, plus creating municipalities and the first start of a fresh installation.
package account

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/roleassignment"
	"github.com/kakanai/kakanai/ent/tenant"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/auth"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/store"
)

// Service manages accounts. Every method checks the caller's permission first; tenant isolation is enforced
// below, by the ent privacy rules.
type Service struct {
	client *ent.Client
	audit  *audit.Log
}

// NewService returns the service.
func NewService(client *ent.Client, log *audit.Log) *Service {
	return &Service{client: client, audit: log}
}

// NewUser is what an administrator enters to create an account.
type NewUser struct {
	LoginID, DisplayName, Password string
	Roles                          []string
	GroupIDs                       []int
}

// CreateUser creates an account in the administrator's tenant. The user must change the password at the first
// login.
func (s *Service) CreateUser(ctx context.Context, in NewUser) (*ent.User, error) {
	v, err := authz.Require(ctx, authz.PermUserAdmin)
	if err != nil {
		return nil, err
	}
	in.LoginID = strings.TrimSpace(in.LoginID)
	if in.LoginID == "" {
		return nil, kakanai.Invalid("loginId", "ログインIDを入力してください。")
	}
	if strings.TrimSpace(in.DisplayName) == "" {
		return nil, kakanai.Invalid("displayName", "氏名を入力してください。")
	}
	if err := auth.ValidatePassword("password", in.Password, in.LoginID); err != nil {
		return nil, err
	}
	roles, err := grantableRoles(v, in.Roles)
	if err != nil {
		return nil, err
	}
	hash, err := auth.HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	var u *ent.User
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		u, err = tx.User.Create().SetTenantID(v.TenantID).SetLoginID(in.LoginID).SetDisplayName(in.DisplayName).
			SetPasswordHash(hash).SetMustChangePassword(true).AddGroupIDs(in.GroupIDs...).Save(ctx)
		if err != nil {
			return store.Err(err, "ログインID")
		}
		for _, r := range roles {
			if err := tx.RoleAssignment.Create().SetTenantID(v.TenantID).SetUserID(u.ID).SetRole(string(r)).Exec(ctx); err != nil {
				return store.Err(err, "ロール")
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return u, nil
}

// grantableRoles validates role codes; only a システム管理者 grants システム管理者.
func grantableRoles(v *authz.Viewer, codes []string) ([]authz.Role, error) {
	out := make([]authz.Role, 0, len(codes))
	for _, c := range codes {
		r := authz.Role(c)
		if !r.Valid() {
			return nil, kakanai.Invalid("roles", "不明なロールです: %s", c)
		}
		if r == authz.RoleSystemAdmin && !v.AllTenants {
			return nil, kakanai.Errorf(kakanai.EFORBIDDEN, "システム管理者のロールはシステム管理者だけが付与できます。")
		}
		out = append(out, r)
	}
	return out, nil
}

// UserChange is an administrator's edit of an account.
type UserChange struct {
	DisplayName *string
	Disabled    *bool
}

// UpdateUser changes the display name or disables/enables the account. Disabling ends its sessions.
func (s *Service) UpdateUser(ctx context.Context, id int, in UserChange) (*ent.User, error) {
	v, err := authz.Require(ctx, authz.PermUserAdmin)
	if err != nil {
		return nil, err
	}
	if in.Disabled != nil && *in.Disabled && id == v.UserID {
		return nil, kakanai.Invalid("disabled", "自分自身のアカウントは無効にできません。")
	}
	upd := s.client.User.UpdateOneID(id)
	if in.DisplayName != nil {
		upd.SetDisplayName(strings.TrimSpace(*in.DisplayName))
	}
	if in.Disabled != nil {
		upd.SetDisabled(*in.Disabled)
	}
	u, err := upd.Save(ctx)
	return u, store.Err(err, "ユーザー")
}

// ResetPassword sets a new password chosen by the administrator, which the user must change at the next login,
// and unlocks the account.
func (s *Service) ResetPassword(ctx context.Context, id int, password string) (*ent.User, error) {
	if _, err := authz.Require(ctx, authz.PermUserAdmin); err != nil {
		return nil, err
	}
	u, err := s.client.User.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "ユーザー")
	}
	if err := auth.ValidatePassword("newPassword", password, u.LoginID); err != nil {
		return nil, err
	}
	hash, err := auth.HashPassword(password)
	if err != nil {
		return nil, err
	}
	u, err = s.client.User.UpdateOneID(id).SetPasswordHash(hash).SetMustChangePassword(true).
		SetFailedLogins(0).ClearLockedUntil().Save(ctx)
	return u, store.Err(err, "ユーザー")
}

// Unlock lifts a lockout before it runs out.
func (s *Service) Unlock(ctx context.Context, id int) (*ent.User, error) {
	if _, err := authz.Require(ctx, authz.PermUserAdmin); err != nil {
		return nil, err
	}
	u, err := s.client.User.UpdateOneID(id).SetFailedLogins(0).ClearLockedUntil().Save(ctx)
	return u, store.Err(err, "ユーザー")
}

// SetUserRoles replaces the roles granted directly to a user.
func (s *Service) SetUserRoles(ctx context.Context, id int, codes []string) (*ent.User, error) {
	v, err := authz.Require(ctx, authz.PermUserAdmin)
	if err != nil {
		return nil, err
	}
	roles, err := grantableRoles(v, codes)
	if err != nil {
		return nil, err
	}
	u, err := s.client.User.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "ユーザー")
	}
	if id == v.UserID && !containsRole(roles, authz.RoleTenantAdmin) && !containsRole(roles, authz.RoleSystemAdmin) && !v.AllTenants {
		return nil, kakanai.Invalid("roles", "自分自身から管理者のロールを外すことはできません。")
	}
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if _, err := tx.RoleAssignment.Delete().Where(roleassignment.UserID(id)).Exec(ctx); err != nil {
			return store.Err(err, "ロール")
		}
		for _, r := range roles {
			if err := tx.RoleAssignment.Create().SetTenantID(u.TenantID).SetUserID(id).SetRole(string(r)).Exec(ctx); err != nil {
				return store.Err(err, "ロール")
			}
		}
		return nil
	})
	return u, err
}

func containsRole(rs []authz.Role, r authz.Role) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// CreateGroup creates a group in the administrator's tenant.
func (s *Service) CreateGroup(ctx context.Context, in ent.CreateGroupInput) (*ent.Group, error) {
	v, err := authz.Require(ctx, authz.PermUserAdmin)
	if err != nil {
		return nil, err
	}
	g, err := s.client.Group.Create().SetInput(in).SetTenantID(v.TenantID).Save(ctx)
	return g, store.Err(err, "グループ")
}

// UpdateGroup renames a group or changes its members.
func (s *Service) UpdateGroup(ctx context.Context, id int, in ent.UpdateGroupInput) (*ent.Group, error) {
	if _, err := authz.Require(ctx, authz.PermUserAdmin); err != nil {
		return nil, err
	}
	g, err := s.client.Group.UpdateOneID(id).SetInput(in).Save(ctx)
	return g, store.Err(err, "グループ")
}

// DeleteGroup removes a group and the roles granted to it.
func (s *Service) DeleteGroup(ctx context.Context, id int) error {
	if _, err := authz.Require(ctx, authz.PermUserAdmin); err != nil {
		return err
	}
	return store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if _, err := tx.RoleAssignment.Delete().Where(roleassignment.GroupID(id)).Exec(ctx); err != nil {
			return store.Err(err, "ロール")
		}
		return store.Err(tx.Group.DeleteOneID(id).Exec(ctx), "グループ")
	})
}

// SetGroupRoles replaces the roles granted to a group; every member holds them.
func (s *Service) SetGroupRoles(ctx context.Context, id int, codes []string) (*ent.Group, error) {
	v, err := authz.Require(ctx, authz.PermUserAdmin)
	if err != nil {
		return nil, err
	}
	roles, err := grantableRoles(v, codes)
	if err != nil {
		return nil, err
	}
	g, err := s.client.Group.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "グループ")
	}
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		if _, err := tx.RoleAssignment.Delete().Where(roleassignment.GroupID(id)).Exec(ctx); err != nil {
			return store.Err(err, "ロール")
		}
		for _, r := range roles {
			if err := tx.RoleAssignment.Create().SetTenantID(g.TenantID).SetGroupID(id).SetRole(string(r)).Exec(ctx); err != nil {
				return store.Err(err, "ロール")
			}
		}
		return nil
	})
	return g, err
}

// CreateTenant creates a municipality with its first administrator (システム管理者 only).
func (s *Service) CreateTenant(ctx context.Context, in ent.CreateTenantInput, adminLoginID, adminPassword string) (*ent.Tenant, error) {
	if _, err := authz.Require(ctx, authz.PermTenantAdmin); err != nil {
		return nil, err
	}
	if err := auth.ValidatePassword("adminPassword", adminPassword, adminLoginID); err != nil {
		return nil, err
	}
	var t *ent.Tenant
	err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		var err error
		t, err = tx.Tenant.Create().SetInput(in).Save(ctx)
		if err != nil {
			return store.Err(err, "自治体")
		}
		return createAdmin(ctx, tx, t.ID, adminLoginID, "管理者", adminPassword, true)
	})
	return t, err
}

// UpdateTenant changes a tenant's name or settings (システム管理者 only).
func (s *Service) UpdateTenant(ctx context.Context, id int, in ent.UpdateTenantInput) (*ent.Tenant, error) {
	if _, err := authz.Require(ctx, authz.PermTenantAdmin); err != nil {
		return nil, err
	}
	t, err := s.client.Tenant.UpdateOneID(id).SetInput(in).Save(ctx)
	return t, store.Err(err, "自治体")
}

func createAdmin(ctx context.Context, tx *ent.Tx, tenantID int, loginID, name, password string, mustChange bool) error {
	hash, err := auth.HashPassword(password)
	if err != nil {
		return err
	}
	u, err := tx.User.Create().SetTenantID(tenantID).SetLoginID(loginID).SetDisplayName(name).
		SetPasswordHash(hash).SetMustChangePassword(mustChange).Save(ctx)
	if err != nil {
		return store.Err(err, "ログインID")
	}
	return store.Err(tx.RoleAssignment.Create().SetTenantID(tenantID).SetUserID(u.ID).SetRole(string(authz.RoleTenantAdmin)).Exec(ctx), "ロール")
}

// The first customer. A fresh installation starts with this tenant so that `make run` is usable at once; a
// cloud operator creates further tenants through createTenant.
const (
	DefaultTenantLgCode = "402168"
	DefaultTenantName   = "小郡市"
	DefaultTenantKana   = "おごおりし"
	BootstrapAdminLogin = "admin"
)

// Bootstrap prepares an empty database: the default tenant and an `admin` account holding 管理者 and
// システム管理者. It returns false when the database already has a tenant. password must be set; the caller
// generates one when the operator gave none.
func (s *Service) Bootstrap(ctx context.Context, password string) (bool, error) {
	sys := store.SystemContext(ctx)
	n, err := s.client.Tenant.Query().Count(sys)
	if err != nil {
		return false, kakanai.Internal(err)
	}
	if n > 0 {
		return false, nil
	}
	if err := auth.ValidatePassword("KAKANAI_BOOTSTRAP_ADMIN_PASSWORD", password, BootstrapAdminLogin); err != nil {
		return false, err
	}
	var tid int
	err = store.WithTx(sys, s.client, func(tx *ent.Tx) error {
		t, err := tx.Tenant.Create().SetLgCode(DefaultTenantLgCode).SetName(DefaultTenantName).SetNameKana(DefaultTenantKana).Save(sys)
		if err != nil {
			return store.Err(err, "自治体")
		}
		tid = t.ID
		if err := createAdmin(sys, tx, t.ID, BootstrapAdminLogin, "システム管理者", password, false); err != nil {
			return err
		}
		admin, err := tx.RoleAssignment.Query().Where(roleassignment.TenantID(t.ID)).Only(sys)
		if err != nil {
			return store.Err(err, "ロール")
		}
		return store.Err(tx.RoleAssignment.Create().SetTenantID(t.ID).SetNillableUserID(admin.UserID).SetRole(string(authz.RoleSystemAdmin)).Exec(sys), "ロール")
	})
	if err != nil {
		return false, err
	}
	s.audit.MustRecord(ctx, audit.Event{TenantID: &tid, ActorLogin: "system", Operation: "bootstrap", ObjectType: "Tenant", ObjectIDs: []string{strconv.Itoa(tid)}, Detail: fmt.Sprintf("created tenant %s and account %s", DefaultTenantLgCode, BootstrapAdminLogin)})
	return true, nil
}

// TenantByLgCode finds a tenant (system use, e.g. the CLI).
func (s *Service) TenantByLgCode(ctx context.Context, lg string) (*ent.Tenant, error) {
	t, err := s.client.Tenant.Query().Where(tenant.LgCode(lg)).Only(store.SystemContext(ctx))
	return t, store.Err(err, "自治体")
}
