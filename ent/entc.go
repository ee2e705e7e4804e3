//go:build ignore

// entc generates the ent client and the GraphQL schema of the ent types (graph/ent.graphqls).
// Run from the repository root: go run ./ent/entc.go (make generate does, then runs gqlgen).
package main

import (
	"log"

	"entgo.io/contrib/entgql"
	"entgo.io/ent/entc"
	"entgo.io/ent/entc/gen"
)

func main() {
	ex, err := entgql.NewExtension(
		entgql.WithSchemaGenerator(),
		entgql.WithSchemaPath("graph/ent.graphqls"),
		entgql.WithConfigPath("gqlgen.yml"),
		entgql.WithWhereInputs(true),
		entgql.WithRelaySpec(true),
	)
	if err != nil {
		log.Fatalf("creating entgql extension: %v", err)
	}
	err = entc.Generate("./ent/schema", &gen.Config{
		Target:  "ent",
		Package: "github.com/kakanai/kakanai/ent",
		Features: []gen.Feature{
			gen.FeaturePrivacy,            // tenant isolation below the resolvers
			gen.FeatureEntQL,              // generic filters for the privacy rules
			gen.FeatureIntercept,          // auditing reads of personal data
			gen.FeatureVersionedMigration, // migrations are files, never Schema.Create in production
			gen.FeatureGlobalID,           // Relay node IDs unique across types
			gen.FeatureUpsert,
			gen.FeatureLock,
			gen.FeatureExecQuery, // advisory locks and the migration check
		},
	}, entc.Extensions(ex))
	if err != nil {
		log.Fatalf("running ent codegen: %v", err)
	}
}
