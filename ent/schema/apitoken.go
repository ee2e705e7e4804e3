package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// APIToken lets a third-party tool call the GraphQL API as Bearer. The secret is shown once at creation; only
// its SHA-256 is kept. A token acts for its owner with at most the permissions listed here.
type APIToken struct{ ent.Schema }

func (APIToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().MaxLen(100),
		// The first characters of the token, so that people can tell their tokens apart.
		field.String("prefix").Immutable(),
		field.String("token_hash").Unique().Sensitive().Immutable(),
		field.Strings("permissions").Immutable(),
		field.Int("user_id").Immutable(),
		field.Time("expires_at").Optional().Nillable().Immutable(),
		field.Time("last_used_at").Optional().Nillable(),
		field.Time("revoked_at").Optional().Nillable(),
	}
}

func (APIToken) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("api_tokens").Field("user_id").Unique().Required().Immutable(),
	}
}

func (APIToken) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (APIToken) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("apiTokens"),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
