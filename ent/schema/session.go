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

// Session is a logged-in browser. Only the SHA-256 of the cookie value is stored, so a copy of the database
// cannot be replayed as a login.
type Session struct{ ent.Schema }

func (Session) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().Sensitive().Immutable(),
		// Double-submit CSRF token, sent back in the X-Kakanai-CSRF header on every cookie-authenticated request.
		field.String("csrf_token").Sensitive().Immutable(),
		field.Int("user_id").Immutable(),
		field.Time("last_seen_at").Default(time.Now),
		field.Time("expires_at").Immutable(), // absolute end, whatever the activity
		field.String("client_addr").Optional().MaxLen(100).Immutable(),
		field.String("user_agent").Optional().MaxLen(300).Immutable(),
	}
}

func (Session) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("sessions").Field("user_id").Unique().Required().Immutable(),
	}
}

func (Session) Indexes() []ent.Index {
	return []ent.Index{index.Fields("expires_at")}
}

func (Session) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (Session) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
