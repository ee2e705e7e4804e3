package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// MaskProfile is a tenant's own masked version of the archived 異動届 (K-u): which items are blacked out and
// which permission opens it (K-v). A row whose key is a built-in profile's replaces that profile for the tenant
// (Active false withdraws it); other keys add profiles.
type MaskProfile struct{ ent.Schema }

func (MaskProfile) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").NotEmpty().MaxLen(50).Immutable(),
		field.String("name").NotEmpty().MaxLen(100),
		field.JSON("fields", []string{}),
		field.String("required_permission").NotEmpty().MaxLen(50),
		field.Bool("active").Default(true),
		field.Int("position").Default(0),
	}
}

func (MaskProfile) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "key").Unique()}
}

func (MaskProfile) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// The GraphQL type is the effective profile (built-in or the tenant's), so the row itself stays out of it.
func (MaskProfile) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
