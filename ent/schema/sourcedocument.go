package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// SourceDocument is a document scanned or photographed at the counter (転出証明書, 在留カード, 運転免許証 …): the
// original image, kept whatever happens, and what OCR read from it (A1–A5). The reading runs as a job.
type SourceDocument struct{ ent.Schema }

func (SourceDocument) Fields() []ent.Field {
	return []ent.Field{
		field.Int("reception_id").Optional().Nillable(),
		field.Int("notification_id").Optional().Nillable(),
		// What staff said it is, or "" to let OCR classify it.
		field.String("document_type_hint").Optional(),
		field.String("filename").MaxLen(255).Immutable(),
		field.String("content_type").Immutable(),
		field.Int64("size").Immutable(),
		field.String("sha256").Immutable(),
		field.String("blob_key").Immutable().Annotations(entgql.Skip()),
		field.Enum("status").Values("pending", "reading", "done", "failed").Default("pending"),
		// The OCR result in the documented output schema (internal/ocr.Result).
		field.JSON("result", map[string]any{}).Optional().Annotations(entgql.Skip()),
		field.String("document_type").Optional(),
		field.String("error").Optional(),
		field.Int("attempts").Default(0),
		field.Time("read_at").Optional().Nillable(),
		field.Int("read_ms").Optional(),
		field.Int("uploaded_by_id").Optional().Nillable().Immutable(),
	}
}

func (SourceDocument) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "reception_id"), index.Fields("tenant_id", "notification_id"), index.Fields("tenant_id", "created_at"), index.Fields("status")}
}

func (SourceDocument) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (SourceDocument) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}
