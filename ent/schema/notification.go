package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/kakanai/kakanai/ent/schema/types"
)

// Notification is one 届出: a 住民異動届 or a 職権記載書, with its persons, memos, attachments and archived
// PDFs. Dates and items are stored as typed (a draft keeps what staff entered, valid or not); the 住基 rules
// in internal/juki decide whether it may be completed.
type Notification struct{ ent.Schema }

func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").Values("move", "ex_officio").Default("move").Immutable(),
		// 異動事由 as the juki code (move_in, move_within …).
		field.String("reason").Annotations(entgql.OrderField("REASON")),
		// 下書き → 確認待ち → 完了; 差戻 and 保留 carry a reason.
		field.Enum("status").Values("draft", "pending_review", "completed", "sent_back", "on_hold").Default("draft"),
		field.String("status_reason").Optional().MaxLen(1000),
		field.String("notified_on").Optional(),
		field.String("moved_on").Optional(),
		field.String("planned_move_on").Optional(),
		// 異動日 as a date when it could be read, for range searches.
		field.Time("moved_date").Optional().Nillable().Annotations(entgql.OrderField("MOVED_DATE")),
		field.String("new_address").Optional(),
		field.String("new_katagaki").Optional(),
		field.String("old_address").Optional(),
		field.String("old_katagaki").Optional(),
		field.String("destination").Optional(),
		field.String("destination_katagaki").Optional(),
		field.String("new_head_name").Optional(),
		field.String("old_head_name").Optional(),
		// 届出人: self, head (世帯主) or proxy (代理人, with 委任状).
		field.String("notifier").Optional(),
		field.String("notifier_name").Optional(),
		field.Bool("power_of_attorney").Default(false),
		// 転出元 municipality (全国地方公共団体コード), from the 転出証明書.
		field.String("source_lg_code").Optional(),
		field.String("remarks").Optional().MaxLen(4000),
		// Office boxes of the form (マイナンバーカード 継続利用, 国保, 年金, 児童手当 …): box key → value.
		field.JSON("office", map[string]any{}).Optional().Annotations(entgql.Type("Map")),
		// Where each item came from: input path → source document, box and confidence of the OCR reading (A1).
		field.JSON("sources", map[string]types.FieldSource{}).Optional().Annotations(entgql.Skip()),
		// Optimistic locking: every save names the version it started from.
		field.Int("version").Default(1),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
		field.Int("updated_by_id").Optional().Nillable(),
		field.Time("completed_at").Optional().Nillable(),
		field.Int("completed_by_id").Optional().Nillable(),
		field.Int("reception_id").Optional().Nillable().Immutable(),
	}
}

func (Notification) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("reception", Reception.Type).Ref("notifications").Field("reception_id").Unique().Immutable(),
		edge.To("persons", Person.Type).Annotations(entgql.Skip()), // in graph: persons ordered by position
		edge.To("memos", Memo.Type).Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("attachments", Attachment.Type).Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("archives", ArchivedDocument.Type).Annotations(entgql.Skip()),
		edge.To("created_by", User.Type).Field("created_by_id").Unique().Immutable(),
	}
}

func (Notification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "status", "updated_at"),
		// The search lists newest first: walking this index lets a search stop after one page.
		index.Fields("tenant_id", "updated_at"),
		index.Fields("tenant_id", "moved_date"),
		index.Fields("tenant_id", "reason"),
		index.Fields("tenant_id", "source_lg_code"),
	}
}

func (Notification) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
