package searchbench_test

import (
	"context"
	"testing"

	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/filing/searchbench"
	"github.com/kakanai/kakanai/internal/store"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// F1: a search's count stops one past the cap, so a broad search never walks every 届出; a narrow one is exact.
func TestCountUpTo_F1_stopsPastTheCap(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		ctx := store.SystemContext(context.Background())
		tn, err := db.Client.Tenant.Create().SetLgCode("402168").SetName("小郡市").Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if err := searchbench.Seed(ctx, db.Client, tn.ID, 60, nil); err != nil {
			t.Fatal(err)
		}
		perms, _ := authz.PermissionsOf(tn.LgCode, []authz.Role{authz.RoleClerk})
		vctx := authz.NewContext(ctx, &authz.Viewer{UserID: 1, TenantID: tn.ID, LoginID: "t", Roles: []authz.Role{authz.RoleClerk}, Permissions: perms})
		svc := filing.NewService(db.Client, nil, nil)
		all, err := svc.Search(vctx, filing.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := filing.CountUpTo(vctx, all, 50); err != nil || n != 51 {
			t.Fatalf("capped count = %d, %v; want 51", n, err)
		}
		if n, err := filing.CountUpTo(vctx, all, 100); err != nil || n != 60 {
			t.Fatalf("count under the cap = %d, %v; want 60", n, err)
		}
		exact, err := db.Client.Notification.Query().Count(ctx)
		if err != nil || exact != 60 {
			t.Fatalf("seeded %d", exact)
		}
	})
}
