package authz

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/casbin/casbin/v2"
	"github.com/casbin/casbin/v2/model"
	stringadapter "github.com/casbin/casbin/v2/persist/string-adapter"
)

// Role is what an administrator grants; permissions follow from policy.csv.
type Role string

const (
	RoleSystemAdmin Role = "system_admin" // システム管理者 (all tenants)
	RoleTenantAdmin Role = "tenant_admin" // 管理者
	RoleClerk       Role = "clerk"        // 窓口職員
	RoleReviewer    Role = "reviewer"     // 審査者
	RoleViewer      Role = "staff_viewer" // 閲覧者
)

// Roles lists every role in the order the console shows them.
var Roles = []Role{RoleSystemAdmin, RoleTenantAdmin, RoleReviewer, RoleClerk, RoleViewer}

var roleLabels = map[Role]string{
	RoleSystemAdmin: "システム管理者",
	RoleTenantAdmin: "管理者",
	RoleReviewer:    "審査者",
	RoleClerk:       "窓口職員",
	RoleViewer:      "閲覧者",
}

// Label is the role's Japanese name.
func (r Role) Label() string { return roleLabels[r] }

// Valid reports whether r is a known role.
func (r Role) Valid() bool { _, ok := roleLabels[r]; return ok }

// Permission is named object:action, e.g. notification:write.
type Permission string

// The permission catalogue. Adding a permission means adding it here and to policy.csv.
const (
	PermNotificationRead    Permission = "notification:read"
	PermNotificationWrite   Permission = "notification:write"
	PermNotificationApprove Permission = "notification:approve"
	PermReceptionRead       Permission = "reception:read"
	PermReceptionWrite      Permission = "reception:write"
	PermMyNumberRead        Permission = "mynumber:read"
	PermOCRRun              Permission = "ocr:run"
	PermPrintRun            Permission = "print:run"
	PermTemplateRead        Permission = "template:read"
	PermTemplateWrite       Permission = "template:write"
	PermReportRead          Permission = "report:read"
	PermDictRead            Permission = "dict:read"
	PermUserAdmin           Permission = "user:admin"
	PermAuditRead           Permission = "audit:read"
	PermAPITokenAdmin       Permission = "apitoken:admin"
	PermTenantAdmin         Permission = "tenant:admin" // create and configure tenants: システム管理者 only
	PermCitizenAdmin        Permission = "citizen:admin"
)

// Permissions lists the whole catalogue.
var Permissions = []Permission{
	PermNotificationRead, PermNotificationWrite, PermNotificationApprove, PermReceptionRead, PermReceptionWrite,
	PermMyNumberRead, PermOCRRun, PermPrintRun, PermTemplateRead, PermTemplateWrite, PermReportRead, PermDictRead,
	PermUserAdmin, PermAuditRead, PermAPITokenAdmin, PermTenantAdmin, PermCitizenAdmin,
}

var permissionLabels = map[Permission]string{
	PermNotificationRead:    "届出の閲覧",
	PermNotificationWrite:   "届出の作成・編集",
	PermNotificationApprove: "届出の審査・完了",
	PermReceptionRead:       "受付の閲覧",
	PermReceptionWrite:      "受付の登録",
	PermMyNumberRead:        "個人番号の閲覧",
	PermOCRRun:              "OCR読取",
	PermPrintRun:            "印刷",
	PermTemplateRead:        "様式・定義体の閲覧",
	PermTemplateWrite:       "様式・定義体の編集",
	PermReportRead:          "業務報告の閲覧",
	PermDictRead:            "辞書の参照",
	PermUserAdmin:           "利用者・グループ・権限の管理",
	PermAuditRead:           "監査ログの確認",
	PermAPITokenAdmin:       "APIトークンの管理",
	PermTenantAdmin:         "自治体の管理",
	PermCitizenAdmin:        "市民向け手続きナビの設定",
}

// Label is the permission's Japanese name.
func (p Permission) Label() string { return permissionLabels[p] }

// Valid reports whether p is in the catalogue.
func (p Permission) Valid() bool {
	for _, q := range Permissions {
		if p == q {
			return true
		}
	}
	return false
}

func (p Permission) split() (obj, act string) {
	obj, act, _ = strings.Cut(string(p), ":")
	return obj, act
}

//go:embed model.conf
var modelText string

//go:embed policy.csv
var policyText string

var (
	enforcerOnce sync.Once
	enforcer     *casbin.Enforcer
	enforcerErr  error
)

func policyEnforcer() (*casbin.Enforcer, error) {
	enforcerOnce.Do(func() {
		m, err := model.NewModelFromString(modelText)
		if err != nil {
			enforcerErr = fmt.Errorf("authz model: %w", err)
			return
		}
		enforcer, enforcerErr = casbin.NewEnforcer(m, stringadapter.NewAdapter(stripComments(policyText)))
	})
	return enforcer, enforcerErr
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// PermissionsOf returns the permissions that the roles grant in the domain (a tenant's lg_code), sorted.
func PermissionsOf(domain string, roles []Role) ([]Permission, error) {
	e, err := policyEnforcer()
	if err != nil {
		return nil, err
	}
	var out []Permission
	for _, p := range Permissions {
		obj, act := p.split()
		for _, r := range roles {
			ok, err := e.Enforce(string(r), domain, obj, act)
			if err != nil {
				return nil, fmt.Errorf("authz enforce: %w", err)
			}
			if ok {
				out = append(out, p)
				break
			}
		}
	}
	return out, nil
}
