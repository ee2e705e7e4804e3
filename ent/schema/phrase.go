package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// StockPhrase is a 定型文 for the 備考 that a tenant registers (K-l).
type StockPhrase struct{ ent.Schema }

func (StockPhrase) Fields() []ent.Field {
	return []ent.Field{
		field.String("text").NotEmpty().MaxLen(500),
		field.Int("position").Default(0).Annotations(entgql.OrderField("POSITION")),
	}
}

func (StockPhrase) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "text").Unique()}
}

func (StockPhrase) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (StockPhrase) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}

// InputHistory remembers 氏名, 住所 and 本籍 entered once, so that staff pick them instead of typing (K-h).
type InputHistory struct{ ent.Schema }

func (InputHistory) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("name", "address", "domicile"),
		field.String("value").NotEmpty().MaxLen(500),
		field.Int("uses").Default(1),
		field.Time("last_used_at"),
	}
}

func (InputHistory) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "kind", "value").Unique()}
}

func (InputHistory) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (InputHistory) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
