package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Reception is one visit at the counter (受付). Its 確認番号 is unique per tenant and day, so that staff can call
// the resident and find the visit again; its step times feed the operations reports (J1).
type Reception struct{ ent.Schema }

func (Reception) Fields() []ent.Field {
	return []ent.Field{
		// The day in Japan (YYYY-MM-DD) and the running number of that day: the 確認番号 is the number.
		field.String("reception_date").Immutable().Annotations(entgql.OrderField("RECEPTION_DATE")),
		field.Int("number").Positive().Immutable(),
		field.String("confirmation_number").Immutable(),
		field.String("department").Default("市民課").MaxLen(100),
		field.Enum("channel").Values("counter", "citizen_qr", "pre_application").Default("counter"),
		field.Enum("status").Values("open", "closed").Default("open"),
		field.Time("opened_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("OPENED_AT")),
		field.Time("closed_at").Optional().Nillable(),
		// When each step was reached (scanned, reviewed, printed, completed …), for the reports.
		field.JSON("steps", map[string]time.Time{}).Optional().Annotations(entgql.Skip()),
		field.Int("opened_by_id").Optional().Nillable().Immutable(),
		field.String("memo").Optional().MaxLen(2000),
	}
}

func (Reception) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("notifications", Notification.Type),
		edge.To("opened_by", User.Type).Field("opened_by_id").Unique().Immutable(),
	}
}

func (Reception) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "reception_date", "number").Unique()}
}

func (Reception) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Reception) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
