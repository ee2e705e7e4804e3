package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AuditEvent is one record of the operation log (R4, R5): who did what to which objects, when, from where and
// with what result. Records are append-only and hash-chained: each hash covers the previous record's hash, so
// changing or deleting one breaks the chain at that record (kakanai audit verify).
type AuditEvent struct{ ent.Schema }

func (AuditEvent) Fields() []ent.Field {
	return []ent.Field{
		// Position in the chain, 1, 2, 3 … without gaps.
		field.Int64("seq").Unique().Immutable().Annotations(entgql.OrderField("SEQ")),
		field.Time("occurred_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("OCCURRED_AT")),
		// Empty for events outside any tenant (a login attempt naming no known tenant).
		field.Int("tenant_id").Optional().Nillable().Immutable(),
		field.Int("actor_id").Optional().Nillable().Immutable(),
		field.String("actor_login").Optional().Immutable(),
		// What was done: login, logout, login.failed, read, mutation:createUser, …
		field.String("operation").NotEmpty().Immutable(),
		field.String("object_type").Optional().Immutable(),
		field.Strings("object_ids").Optional().Immutable(),
		field.Enum("result").Values("ok", "denied", "failed").Immutable(),
		field.String("detail").Optional().Immutable(),
		field.String("client_addr").Optional().Immutable(),
		field.String("request_id").Optional().Immutable(),
		field.String("prev_hash").Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("hash").Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

func (AuditEvent) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "occurred_at"), index.Fields("actor_id")}
}

func (AuditEvent) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField(),
		entgql.RelayConnection(),
		entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
	}
}
