package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/vektah/gqlparser/v2/ast"
)

// paginateCounted runs a search page without entgql's exact total (which walks every match) and fills
// totalCount, when asked for, with filing.CountUpTo's capped count. hasNextPage still comes from the page itself
// (entgql fetches first+1 rows).
func paginateCounted(ctx context.Context, q *ent.NotificationQuery, page func(context.Context) (*ent.NotificationConnection, error)) (*ent.NotificationConnection, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return page(ctx)
	}
	wantCount := false
	trimmed := *fc
	trimmed.Field.Selections = nil
	// Collected, so that fields asked for inside fragments count too.
	for _, f := range graphql.CollectFields(graphql.GetOperationContext(ctx), fc.Field.Selections, nil) {
		if f.Name == "totalCount" || f.Name == "pageInfo" {
			wantCount = wantCount || f.Name == "totalCount"
			continue
		}
		trimmed.Field.Selections = append(trimmed.Field.Selections, &ast.Field{Alias: f.Alias, Name: f.Name,
			Arguments: f.Arguments, Directives: f.Directives, SelectionSet: f.Selections, Definition: f.Definition,
			ObjectDefinition: f.ObjectDefinition, Position: f.Position})
	}
	conn, err := page(graphql.WithFieldContext(ctx, &trimmed))
	if err != nil || !wantCount {
		return conn, err
	}
	conn.TotalCount, err = filing.CountUpTo(ctx, q, filing.SearchCountCap)
	return conn, err
}
