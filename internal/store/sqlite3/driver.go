// Package sqlite3 registers the pure-Go SQLite driver under the name "sqlite3".
package sqlite3

import (
	"database/sql"
	"database/sql/driver"
	"fmt"

	"modernc.org/sqlite"
)

// The pure-Go SQLite driver registers itself as "sqlite"; ent and Atlas expect "sqlite3". Registering it under
// that name also lets us switch foreign keys on for every connection, which SQLite leaves off by default
// (as homebox's cgofreesqlite does).
type sqlite3Driver struct{ *sqlite.Driver }

func (d sqlite3Driver) Open(name string) (driver.Conn, error) {
	conn, err := d.Driver.Open(name)
	if err != nil {
		return nil, err
	}
	exec, ok := conn.(interface {
		Exec(string, []driver.Value) (driver.Result, error)
	})
	if !ok {
		conn.Close()
		return nil, fmt.Errorf("sqlite connection cannot exec")
	}
	if _, err := exec.Exec("PRAGMA foreign_keys = ON;", nil); err != nil {
		conn.Close()
		return nil, fmt.Errorf("enabling foreign keys: %w", err)
	}
	return conn, nil
}

func init() {
	sql.Register("sqlite3", sqlite3Driver{Driver: &sqlite.Driver{}})
}
