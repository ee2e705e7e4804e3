package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Person is one 異動者 of a 届出: one row of the 住民異動届.
type Person struct{ ent.Schema }

func (Person) Fields() []ent.Field {
	return []ent.Field{
		field.Int("notification_id").Immutable(),
		field.Int("position").NonNegative(),
		field.String("family_name").Optional(),
		field.String("given_name").Optional(),
		field.String("family_name_kana").Optional(),
		field.String("given_name_kana").Optional(),
		field.String("romaji_name").Optional(),
		field.String("common_name").Optional(),
		field.String("birth_date").Optional(),
		field.Time("birth_day").Optional().Nillable(),
		field.String("sex").Optional(),
		field.String("relationship").Optional(),
		field.Bool("is_head_of_household").Default(false),
		field.String("resident_code").Optional(),
		// 個人番号, sealed with the data key (AES-256-GCM); never exposed as such (特定個人情報).
		field.String("my_number_sealed").Optional().Sensitive().Annotations(entgql.Skip()),
		field.String("nationality").Optional(),
		field.String("domicile").Optional(),
		field.String("domicile_head").Optional(),
		field.String("residence_category").Optional(),
		field.String("residence_status").Optional(),
		field.String("period_of_stay").Optional(),
		field.String("period_expiry").Optional(),
		field.String("card_number").Optional(),
		// Office boxes of this person (事務処理欄: 国保 加入, 年金 第3号 …), keyed like the form's office items.
		field.JSON("office", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
		// Search keys: the name with variant kanji folded (髙 → 高) and spaces removed, and the kana as
		// hiragana, so that a search finds 髙橋 by 高橋 and by たかはし.
		field.String("name_key").Optional().Annotations(entgql.Skip()),
		field.String("kana_key").Optional().Annotations(entgql.Skip()),
	}
}

func (Person) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notification", Notification.Type).Ref("persons").Field("notification_id").Unique().Required().Immutable(),
	}
}

func (Person) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("notification_id", "position"),
		// Covering indexes for the search: the person subquery reads only the index, not the rows (measured
		// on SQLite, 200,000 届出: a common surname's page 134 ms → see README).
		index.Fields("tenant_id", "name_key", "notification_id"),
		index.Fields("tenant_id", "kana_key", "notification_id"),
		index.Fields("tenant_id", "birth_day", "notification_id"),
	}
}

func (Person) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Person) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}
