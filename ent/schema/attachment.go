package schema

import (
	"context"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Attachment is a file kept with a 届出 (E1, K-q): the 転出証明書, a 委任状, a card scan, or an image of a printed
// 追加手続 form (K-o). The content lives in the file store under its SHA-256.
type Attachment struct{ ent.Schema }

func (Attachment) Fields() []ent.Field {
	return []ent.Field{
		field.Int("notification_id").Immutable(),
		field.Enum("kind").Values("move_out_certificate", "power_of_attorney", "identity_document", "koseki", "printed_form", "other").Immutable(),
		field.String("filename").MaxLen(255).Immutable(),
		field.String("content_type").Immutable(),
		field.Int64("size").Immutable(),
		field.String("sha256").Immutable(),
		field.String("blob_key").Immutable().Annotations(entgql.Skip()),
		field.Int("uploaded_by_id").Optional().Nillable().Immutable(),
	}
}

func (Attachment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notification", Notification.Type).Ref("attachments").Field("notification_id").Unique().Required().Immutable(),
	}
}

func (Attachment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Attachment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "notification_id"), index.Fields("tenant_id", "created_at")}
}

func (Attachment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}

// ArchivedDocument is a PDF made when a 届出 is completed: the original and one per mask profile (K-u). It is
// immutable; a later change of the 届出 makes a new version. required_permission decides who may open it (K-v).
type ArchivedDocument struct{ ent.Schema }

func (ArchivedDocument) Fields() []ent.Field {
	return []ent.Field{
		field.Int("notification_id").Immutable(),
		// The 届出's version at archiving.
		field.Int("version").Immutable(),
		// "original" or the mask profile's name.
		field.String("profile").Immutable(),
		field.String("required_permission").Immutable(),
		field.String("content_type").Default("application/pdf").Immutable(),
		field.Int64("size").Immutable(),
		field.String("sha256").Immutable(),
		field.String("blob_key").Immutable().Annotations(entgql.Skip()),
		field.Time("archived_at").Default(time.Now).Immutable(),
	}
}

func (ArchivedDocument) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("notification", Notification.Type).Ref("archives").Field("notification_id").Unique().Required().Immutable(),
	}
}

func (ArchivedDocument) Indexes() []ent.Index {
	return []ent.Index{index.Fields("notification_id", "version", "profile").Unique()}
}

func (ArchivedDocument) Mixin() []ent.Mixin { return []ent.Mixin{TenantMixin{}} }

func (ArchivedDocument) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}

// Archives are immutable: no update or delete, whatever the privacy decision.
func (ArchivedDocument) Hooks() []ent.Hook {
	return []ent.Hook{
		func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
				if !m.Op().Is(ent.OpCreate) {
					return nil, fmt.Errorf("archived documents are immutable: %s refused", m.Op())
				}
				return next.Mutate(ctx, m)
			})
		},
	}
}
