package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Memo is a note staff add to a 届出, also from the search results (K-q).
type Memo struct{ ent.Schema }

func (Memo) Fields() []ent.Field {
	return []ent.Field{
		field.Int("notification_id").Immutable(),
		field.Text("body").NotEmpty().MaxLen(4000),
		field.Int("author_id").Optional().Nillable().Immutable(),
	}
}

func (Memo) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notification", Notification.Type).Ref("memos").Field("notification_id").Unique().Required().Immutable(),
		edge.To("author", User.Type).Field("author_id").Unique().Immutable(),
	}
}

func (Memo) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Memo) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}
