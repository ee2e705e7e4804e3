// Package storetest gives each test its own migrated database, on SQLite and on PostgreSQL, so that every
// data-layer test runs on both dialects.
//
// PostgreSQL comes from KAKANAI_TEST_POSTGRES_URL (a server URL; each test creates and drops its own database).
// make test sets it, starting a throwaway cluster when none is given. Without it the PostgreSQL half is skipped
// with a message, so that a plain `go test ./...` still runs the SQLite half.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/kakanai/kakanai/internal/store"
)

// Dialects lists the dialects every data-layer test runs on.
var Dialects = []string{dialect.SQLite, dialect.Postgres}

// Each runs f once per dialect as a subtest with a fresh, migrated database.
func Each(t *testing.T, f func(t *testing.T, db *store.DB)) {
	t.Helper()
	for _, d := range Dialects {
		t.Run(d, func(t *testing.T) { f(t, Open(t, d)) })
	}
}

var counter atomic.Int64

// Open returns a fresh, migrated database of the dialect, removed when the test ends.
func Open(t testing.TB, dia string) *store.DB {
	t.Helper()
	ctx := context.Background()
	url, cleanup := NewDatabaseURL(t, dia)
	dataDir := t.TempDir()
	db, err := store.Open(ctx, url, dataDir)
	if err != nil {
		t.Fatalf("opening %s: %v", dia, err)
	}
	t.Cleanup(func() {
		db.Close()
		cleanup()
	})
	if _, err := db.Migrate(ctx); err != nil {
		t.Fatalf("migrating %s: %v", dia, err)
	}
	return db
}

// NewDatabaseURL returns the URL of a new, empty database of the dialect ("" means SQLite in the test's own
// directory) and a function that drops it.
func NewDatabaseURL(t testing.TB, dia string) (string, func()) {
	t.Helper()
	if dia == dialect.SQLite {
		return "sqlite://" + store.SQLiteDSN(filepath.Join(t.TempDir(), "test.db")), func() {}
	}
	server := os.Getenv("KAKANAI_TEST_POSTGRES_URL")
	if server == "" {
		t.Skip("PostgreSQL half skipped: KAKANAI_TEST_POSTGRES_URL is not set (make test sets it)")
	}
	admin, err := sql.Open("pgx", server)
	if err != nil {
		t.Fatal(err)
	}
	name := fmt.Sprintf("kakanai_test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, counter.Add(1))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		admin.Close()
		t.Fatalf("creating test database: %v", err)
	}
	return withDatabase(t, server, name), func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("dropping %s: %v", name, err)
		}
		admin.Close()
	}
}

func withDatabase(t testing.TB, server, name string) string {
	u, err := url.Parse(server)
	if err != nil {
		t.Fatalf("KAKANAI_TEST_POSTGRES_URL: %v", err)
	}
	u.Path = "/" + name
	q := u.Query()
	if q.Get("sslmode") == "" {
		q.Set("sslmode", "disable")
	}
	u.RawQuery = q.Encode()
	return strings.Replace(u.String(), "postgresql://", "postgres://", 1)
}
