package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
)

// Tenant is one municipality (or, for a cloud operator, one customer).
type Tenant struct{ ent.Schema }

func (Tenant) Fields() []ent.Field {
	return []ent.Field{
		// 全国地方公共団体コード, 6 digits with its check digit (e.g. 402168 for 小郡市).
		field.String("lg_code").Unique().Immutable().Match(lgCodePattern).Validate(validateLgCode).
			Annotations(entgql.OrderField("LG_CODE")),
		field.String("name").NotEmpty().MaxLen(100).Annotations(entgql.OrderField("NAME")),
		field.String("name_kana").Optional().MaxLen(200),
		// Settings the console and the citizen app read: theme colour, emblem, session idle, … Free-form so that
		// later issues can add keys without a migration; each key is validated where it is used.
		field.JSON("settings", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
	}
}

func (Tenant) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}} }

func (Tenant) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}
