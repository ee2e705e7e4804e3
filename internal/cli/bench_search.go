package cli

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/kakanai/kakanai/internal/account"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/filing/searchbench"
	"github.com/kakanai/kakanai/internal/secret"
	"github.com/kakanai/kakanai/internal/store"
)

// benchSearch seeds a scratch database with synthetic 届出 and prints the latency of typical searches. It never
// touches the service's own database: SQLite in a temporary directory, or a scratch database created on the
// PostgreSQL server named by --postgres and dropped afterwards.
func benchSearch(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("bench search", flag.ContinueOnError)
	n := fs.Int("n", 1_000_000, "number of synthetic 届出 to seed")
	runs := fs.Int("runs", 200, "searches per case")
	pg := fs.String("postgres", "", "PostgreSQL server URL; a scratch database is created there (default: SQLite in a temporary directory)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "kakanai-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dbURL, drop, err := scratchDatabase(ctx, *pg, dir)
	if err != nil {
		return err
	}
	defer drop()
	db, err := store.Open(ctx, dbURL, dir)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx); err != nil {
		return err
	}
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	log := audit.New(db.Client, db.Dialect, logger)
	box, err := secret.LoadOrCreateKey("", dir)
	if err != nil {
		return err
	}
	accounts := account.NewService(db.Client, log)
	if _, err := accounts.Bootstrap(ctx, "Bench-Counter-Pass-1"); err != nil {
		return err
	}
	t, err := accounts.TenantByLgCode(ctx, account.DefaultTenantLgCode)
	if err != nil {
		return err
	}
	start := time.Now()
	if err := searchbench.Seed(ctx, db.Client, t.ID, *n, stderr); err != nil {
		return err
	}
	seeded := time.Since(start)
	// A database in service has statistics (autovacuum; Optimize at every start for SQLite): so must this one.
	if _, err := db.SQL.ExecContext(ctx, "ANALYZE"); err != nil {
		return err
	}
	perms, _ := authz.PermissionsOf(t.LgCode, []authz.Role{authz.RoleClerk})
	viewer := &authz.Viewer{UserID: 1, TenantID: t.ID, LoginID: "bench", Roles: []authz.Role{authz.RoleClerk}, Permissions: perms}
	results, err := searchbench.Run(ctx, filing.NewService(db.Client, log, box), viewer, *runs)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "search bench: %d 届出 on %s (seeded in %s), %d runs per case, GOMAXPROCS=%d\n", *n, db.Dialect, seeded.Round(time.Second), *runs, runtime.GOMAXPROCS(0))
	fmt.Fprintf(stdout, "%-28s %10s %10s %10s\n", "case (page of 20 + count ≤1001)", "p50", "p95", "p99")
	for _, r := range results {
		fmt.Fprintf(stdout, "%-28s %10s %10s %10s\n", r.Case, ms(r.P50), ms(r.P95), ms(r.P99))
	}
	return nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

func scratchDatabase(ctx context.Context, server, dir string) (string, func(), error) {
	if server == "" {
		return "sqlite://" + store.SQLiteDSN(filepath.Join(dir, "bench.db")), func() {}, nil
	}
	admin, err := sql.Open("pgx", server)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("kakanai_bench_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		admin.Close()
		return "", nil, fmt.Errorf("creating the scratch database: %w", err)
	}
	u, err := url.Parse(server)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	return u.String(), func() {
		admin.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		admin.Close()
	}, nil
}
