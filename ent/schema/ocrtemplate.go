package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// OcrTemplate is one version of a tenant's own OCR 定義体 (B2), as the template JSON of internal/ocr. Versions
// are immutable: a change is a new version, so a reading names exactly the definition it used.
type OcrTemplate struct{ ent.Schema }

func (OcrTemplate) Fields() []ent.Field {
	return []ent.Field{
		field.String("template_id").NotEmpty().MaxLen(100).Immutable(),
		field.Int("version").Positive().Immutable(),
		field.String("document_type").NotEmpty().MaxLen(50).Immutable(),
		field.String("name").MaxLen(200).Immutable(),
		field.Text("definition").Immutable(),
		field.Int("created_by_id").Optional().Nillable().Immutable(),
	}
}

func (OcrTemplate) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "template_id", "version").Unique()}
}

func (OcrTemplate) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

// The GraphQL type is the library's view (shared and tenant templates alike), so the row stays out of it.
func (OcrTemplate) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
