// Package store opens the database (SQLite in the data directory by default, PostgreSQL when a postgres:// URL
// is configured), applies the embedded migrations and hands out the ent client.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // registers "pgx"
	"github.com/pressly/goose/v3"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/privacy"
	_ "github.com/kakanai/kakanai/ent/runtime" // schema hooks and privacy policies
	_ "github.com/kakanai/kakanai/internal/store/sqlite3"
	"github.com/kakanai/kakanai/migrations"
)

// DB is an open database with its ent client.
type DB struct {
	SQL     *sql.DB
	Dialect string // dialect.SQLite or dialect.Postgres
	Client  *ent.Client
}

// SQLiteDSN returns the DSN of the embedded database file in dataDir. WAL lets readers work while one writer
// writes; busy_timeout makes a second writer wait instead of failing; _txlock=immediate takes the write lock at
// BEGIN so that two transactions never deadlock upgrading a read lock.
func SQLiteDSN(path string) string {
	return "file:" + path + "?_pragma=foreign_keys(1)&_pragma=journal_mode(WAL)&_pragma=busy_timeout(10000)&_pragma=synchronous(NORMAL)&_txlock=immediate"
}

// Open connects to databaseURL, or to SQLite under dataDir when databaseURL is empty. It does not migrate.
func Open(ctx context.Context, databaseURL, dataDir string) (*DB, error) {
	var (
		drv, dsn, dia string
	)
	switch {
	case databaseURL == "":
		if err := os.MkdirAll(dataDir, 0o700); err != nil {
			return nil, fmt.Errorf("creating data directory: %w", err)
		}
		drv, dsn, dia = "sqlite3", SQLiteDSN(filepath.Join(dataDir, "kakanai.db")), dialect.SQLite
	case strings.HasPrefix(databaseURL, "postgres://"), strings.HasPrefix(databaseURL, "postgresql://"):
		drv, dsn, dia = "pgx", databaseURL, dialect.Postgres
	case strings.HasPrefix(databaseURL, "sqlite://"), strings.HasPrefix(databaseURL, "file:"):
		drv, dsn, dia = "sqlite3", strings.TrimPrefix(databaseURL, "sqlite://"), dialect.SQLite
	default:
		return nil, fmt.Errorf("KAKANAI_DATABASE_URL: unsupported scheme (use postgres:// or leave empty for SQLite)")
	}
	db, err := sql.Open(drv, dsn)
	if err != nil {
		return nil, fmt.Errorf("opening database: %w", err)
	}
	if dia == dialect.Postgres {
		db.SetMaxOpenConns(20)
		db.SetMaxIdleConns(10)
		db.SetConnMaxIdleTime(5 * time.Minute)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connecting to database: %w", err)
	}
	client := ent.NewClient(ent.Driver(entsql.OpenDB(dia, db)))
	return &DB{SQL: db, Dialect: dia, Client: client}, nil
}

// Optimize refreshes the planner's statistics. SQLite keeps none until asked: without them it walks the 届出 newest
// first to find the few of one 生年月日 instead of looking them up (measured: 130 ms against under 5 ms at
// 200,000 届出). PRAGMA optimize analyses only the tables whose size changed enough, so running it at every start
// is cheap. PostgreSQL's autovacuum does this itself.
func (d *DB) Optimize(ctx context.Context) error {
	if d.Dialect != dialect.SQLite {
		return nil
	}
	_, err := d.SQL.ExecContext(ctx, "PRAGMA optimize=0x10002")
	return err
}

// Close closes the client and the connection pool.
func (d *DB) Close() error { return d.Client.Close() }

func gooseDialect(d string) (goose.Dialect, string, error) {
	switch d {
	case dialect.SQLite:
		return goose.DialectSQLite3, "sqlite", nil
	case dialect.Postgres:
		return goose.DialectPostgres, "postgres", nil
	}
	return "", "", fmt.Errorf("no migrations for dialect %q", d)
}

func (d *DB) provider() (*goose.Provider, error) {
	gd, dir, err := gooseDialect(d.Dialect)
	if err != nil {
		return nil, err
	}
	sub, err := fs.Sub(migrations.FS, dir)
	if err != nil {
		return nil, err
	}
	return goose.NewProvider(gd, d.SQL, sub)
}

// Migrate applies every pending embedded migration and returns how many it applied.
func (d *DB) Migrate(ctx context.Context) (int, error) {
	p, err := d.provider()
	if err != nil {
		return 0, err
	}
	res, err := p.Up(ctx)
	if err != nil {
		return len(res), fmt.Errorf("applying migrations: %w", err)
	}
	return len(res), nil
}

// MigrationStatus lists each migration's version and whether it is applied.
func (d *DB) MigrationStatus(ctx context.Context) ([]*goose.MigrationStatus, error) {
	p, err := d.provider()
	if err != nil {
		return nil, err
	}
	return p.Status(ctx)
}

// SystemContext marks work the system does on its own behalf (start-up, the login lookup, writing the audit
// log): the privacy rules let it through. Never derive it from a request's context to skip a check.
func SystemContext(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}
