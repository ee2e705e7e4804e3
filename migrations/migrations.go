// Package migrations embeds the versioned SQL migrations, one folder per dialect, generated from the ent schema
// by `make migration NAME=…` (internal/store/migrationgen) in goose format. Never edit an applied file: add one.
package migrations

import "embed"

//go:embed postgres/*.sql sqlite/*.sql
var FS embed.FS
