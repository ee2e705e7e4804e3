// Command migrationgen writes the next versioned migration for both dialects from the ent schema (goose format):
//
//	go run ./internal/store/migrationgen NAME
//
// It diffs the ent schema against the replayed migrations on a scratch database: SQLite in memory, and a
// throwaway database on the PostgreSQL server named by KAKANAI_DEV_POSTGRES_URL (make migration starts one).
package main

import (
	"context"
	"database/sql"
	"fmt"
	"log"
	"net/url"
	"os"
	"strings"
	"time"

	"ariga.io/atlas/sql/sqltool"
	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql/schema"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/kakanai/kakanai/ent/migrate"
	_ "github.com/kakanai/kakanai/internal/store/sqlite3"
)

// Atlas opens PostgreSQL under the lib/pq driver name; pgx serves it.
func init() { sql.Register("postgres", stdlib.GetDefaultDriver()) }

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: migrationgen NAME")
	}
	name := os.Args[1]
	ctx := context.Background()
	if err := diff(ctx, "migrations/sqlite", dialect.SQLite, "sqlite://migrationgen?mode=memory&_pragma=foreign_keys(1)", name); err != nil {
		log.Fatalf("sqlite: %v", err)
	}
	pg := os.Getenv("KAKANAI_DEV_POSTGRES_URL")
	if pg == "" {
		log.Fatal("KAKANAI_DEV_POSTGRES_URL is not set (make migration starts a scratch server)")
	}
	devURL, drop, err := scratchDatabase(ctx, pg)
	if err != nil {
		log.Fatalf("postgres: %v", err)
	}
	defer drop()
	if err := diff(ctx, "migrations/postgres", dialect.Postgres, devURL, name); err != nil {
		log.Fatalf("postgres: %v", err)
	}
}

func diff(ctx context.Context, dir, dia, devURL, name string) error {
	// A goose directory: replaying a plain one would run each file's Down section too.
	d, err := sqltool.NewGooseDir(dir)
	if err != nil {
		return err
	}
	return migrate.NamedDiff(ctx, devURL, name,
		schema.WithDir(d),
		schema.WithMigrationMode(schema.ModeReplay),
		schema.WithDialect(dia),
		schema.WithFormatter(sqltool.GooseFormatter),
		// A removed index or column must leave the database too, or the migrated schema drifts from ent's.
		schema.WithDropIndex(true),
		schema.WithDropColumn(true),
	)
}

// scratchDatabase creates an empty database for Atlas to replay the migrations in, and returns its URL.
func scratchDatabase(ctx context.Context, serverURL string) (string, func(), error) {
	db, err := sql.Open("postgres", serverURL)
	if err != nil {
		return "", nil, err
	}
	name := fmt.Sprintf("kakanai_migrationgen_%d", time.Now().UnixNano())
	if _, err := db.ExecContext(ctx, "CREATE DATABASE "+name); err != nil {
		db.Close()
		return "", nil, err
	}
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", nil, err
	}
	u.Path = "/" + name
	q := u.Query()
	if q.Get("sslmode") == "" {
		q.Set("sslmode", "disable")
	}
	u.RawQuery = q.Encode()
	u.Scheme = "postgres"
	return strings.Replace(u.String(), "postgresql://", "postgres://", 1), func() {
		db.ExecContext(context.Background(), "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)")
		db.Close()
	}, nil
}
