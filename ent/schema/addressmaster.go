package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AddressMaster is a tenant's own 管内 address master (町字, kana, 丁目, 番地 ranges) imported from CSV; without
// one, the master derived from the tenant's lg_code applies (N-y).
type AddressMaster struct{ ent.Schema }

func (AddressMaster) Fields() []ent.Field {
	return []ent.Field{
		// The CSV as imported after validation, in the form internal/address writes it back.
		field.Text("csv").Annotations(entgql.Skip()),
		field.Int("towns"),
		field.Int("imported_by_id").Optional().Nillable(),
	}
}

func (AddressMaster) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id").Unique()}
}

func (AddressMaster) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (AddressMaster) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
