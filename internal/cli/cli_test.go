package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// Tampering with one audit record makes `kakanai audit verify` fail and name that record (R4).
func TestAuditVerify_R4_namesTheFirstTamperedRecord(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			c := env.NewClient(t)
			c.Login("admin", apptest.AdminPassword, "")
			c.MustDo(`mutation{createGroup(input:{name:"住民課"}){id}}`, nil)
			c.Do(`mutation{login(loginId:"admin",password:"wrong-password-1"){id}}`, nil)

			args := []string{"audit", "verify", "--data", env.App.Config.DataDir}
			if env.App.Config.DatabaseURL != "" {
				args = append(args, "--database-url", env.App.Config.DatabaseURL)
			}
			var out, errOut bytes.Buffer
			if code := Run(context.Background(), args, &out, &errOut, func(string) string { return "" }); code != 0 || !strings.HasPrefix(out.String(), "OK: 4 audit records") {
				t.Fatalf("intact log: exit %d, %q %q", code, out.String(), errOut.String())
			}

			// Someone with database access rewrites who logged in at record 2.
			db := env.App.DB.SQL
			q := "UPDATE audit_events SET actor_login = 'someone-else' WHERE seq = 2"
			if _, err := db.Exec(q); err != nil {
				t.Fatal(err)
			}
			out.Reset()
			if code := Run(context.Background(), args, &out, &errOut, func(string) string { return "" }); code != 1 || !strings.Contains(out.String(), "seq=2") {
				t.Fatalf("tampered log: exit %d, %q", code, out.String())
			}

			// Deleting a record is found as well: restore record 2's content first so that only the gap remains.
			if _, err := db.Exec("UPDATE audit_events SET actor_login = 'admin' WHERE seq = 2"); err != nil {
				t.Fatal(err)
			}
			if _, err := db.Exec("DELETE FROM audit_events WHERE seq = 3"); err != nil {
				t.Fatal(err)
			}
			out.Reset()
			if code := Run(context.Background(), args, &out, &errOut, func(string) string { return "" }); code != 1 || !strings.Contains(out.String(), "seq=3") {
				t.Fatalf("deleted record: exit %d, %q", code, out.String())
			}
		})
	}
}

func TestRun_unknownCommandAndVersion(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Run(context.Background(), []string{"frobnicate"}, &out, &errOut, func(string) string { return "" }); code != 2 || !strings.Contains(errOut.String(), "unknown command") {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	out.Reset()
	if code := Run(context.Background(), []string{"version"}, &out, &errOut, func(string) string { return "" }); code != 0 || !strings.HasPrefix(out.String(), "kakanai ") {
		t.Fatalf("version: %d %q", code, out.String())
	}
}
