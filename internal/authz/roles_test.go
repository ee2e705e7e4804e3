package authz

import (
	"slices"
	"testing"
)

func TestPermissionsOf_R6_rolesGrantTheirPermissions(t *testing.T) {
	cases := []struct {
		roles      []Role
		must, not_ []Permission
	}{
		{[]Role{RoleViewer}, []Permission{PermNotificationRead, PermReportRead}, []Permission{PermNotificationWrite, PermMyNumberRead, PermUserAdmin}},
		{[]Role{RoleClerk}, []Permission{PermNotificationRead, PermNotificationWrite, PermOCRRun}, []Permission{PermMyNumberRead, PermNotificationApprove, PermUserAdmin}},
		{[]Role{RoleReviewer}, []Permission{PermNotificationWrite, PermNotificationApprove, PermMyNumberRead}, []Permission{PermUserAdmin, PermTenantAdmin}},
		{[]Role{RoleTenantAdmin}, []Permission{PermUserAdmin, PermAuditRead, PermMyNumberRead, PermNotificationWrite}, []Permission{PermTenantAdmin}},
		{[]Role{RoleSystemAdmin}, Permissions, nil},
		{nil, nil, Permissions},
	}
	for _, c := range cases {
		got, err := PermissionsOf("402168", c.roles)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range c.must {
			if !slices.Contains(got, p) {
				t.Errorf("%v: missing %s (got %v)", c.roles, p, got)
			}
		}
		for _, p := range c.not_ {
			if slices.Contains(got, p) {
				t.Errorf("%v: must not hold %s", c.roles, p)
			}
		}
	}
}

func TestPolicy_R5_everyPolicyLineNamesKnownRolesAndPermissions(t *testing.T) {
	e, err := policyEnforcer()
	if err != nil {
		t.Fatal(err)
	}
	policies, _ := e.GetPolicy()
	for _, p := range policies {
		if !Role(p[0]).Valid() {
			t.Errorf("policy names unknown role %q", p[0])
		}
		if p[2] != "*" && !Permission(p[2]+":"+p[3]).Valid() {
			t.Errorf("policy grants %s:%s, which is not in the permission catalogue", p[2], p[3])
		}
	}
}

func TestCatalogue_everyRoleAndPermissionHasAJapaneseLabel(t *testing.T) {
	for _, r := range Roles {
		if r.Label() == "" {
			t.Errorf("role %s has no label", r)
		}
	}
	for _, p := range Permissions {
		if p.Label() == "" {
			t.Errorf("permission %s has no label", p)
		}
	}
}
