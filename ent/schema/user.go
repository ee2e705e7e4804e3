package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// User is a member of a municipality's staff who logs in to the console.
type User struct{ ent.Schema }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("login_id").NotEmpty().MaxLen(64).Match(loginIDPattern).Immutable().
			Annotations(entgql.OrderField("LOGIN_ID")),
		field.String("display_name").NotEmpty().MaxLen(100).Annotations(entgql.OrderField("DISPLAY_NAME")),
		// argon2id PHC string; never leaves the server.
		field.String("password_hash").Sensitive().Annotations(entgql.Skip()),
		field.Time("password_changed_at").Optional().Nillable(),
		// Set by an administrator: the user must choose a new password at the next login.
		field.Bool("must_change_password").Default(false),
		field.Bool("disabled").Default(false),
		// Consecutive failed logins; 5 lock the account for 15 minutes.
		field.Int("failed_logins").Default(0).NonNegative().Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("locked_until").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("last_login_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("groups", Group.Type).Ref("members"),
		edge.To("role_assignments", RoleAssignment.Type).Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		edge.To("sessions", Session.Type).Annotations(entgql.Skip()),
		edge.To("api_tokens", APIToken.Type).Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

func (User) Indexes() []ent.Index {
	return []ent.Index{index.Fields("tenant_id", "login_id").Unique()}
}

func (User) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (User) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.QueryField(), entgql.RelayConnection()}
}
