package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// FormLayout is a tenant's own paper layout of the 住民異動届 or 職権記載書 (K-k, G1), as the layout JSON of
// internal/forms. Versions are kept; the newest active one prints.
type FormLayout struct{ ent.Schema }

func (FormLayout) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("move", "ex_officio").Immutable(),
		field.Int("version").Positive().Immutable(),
		field.String("name").MaxLen(200).Immutable(),
		field.Text("definition").Immutable().Annotations(entgql.Skip()),
		field.Bool("active").Default(true),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
	}
}

func (FormLayout) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "kind", "version").Unique()}
}

func (FormLayout) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (FormLayout) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}
