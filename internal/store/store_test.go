package store_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"entgo.io/ent/dialect/sql/schema"

	"github.com/kakanai/kakanai/internal/store"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// The embedded migrations, applied to an empty database, must produce exactly the ent schema: if someone changes
// the schema without `make migration`, ent would want to change the migrated database, and this test fails.
func TestMigrations_R2_migratedSchemaEqualsEntSchema(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		var buf bytes.Buffer
		err := db.Client.Schema.WriteTo(context.Background(), &buf, schema.WithDropColumn(true), schema.WithDropIndex(true))
		if err != nil {
			t.Fatal(err)
		}
		var changes []string
		for _, line := range strings.Split(buf.String(), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line == "BEGIN;" || line == "COMMIT;" || strings.HasPrefix(line, "--") {
				continue
			}
			changes = append(changes, line)
		}
		if len(changes) > 0 {
			t.Fatalf("the migrated schema differs from the ent schema; run `make migration NAME=…`:\n%s", strings.Join(changes, "\n"))
		}
	})
}

func TestMigrate_isIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		n, err := db.Migrate(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if n != 0 {
			t.Fatalf("second migrate applied %d migrations, want 0", n)
		}
		status, err := db.MigrationStatus(context.Background())
		if err != nil || len(status) == 0 {
			t.Fatalf("status: %v, %d migrations", err, len(status))
		}
	})
}
