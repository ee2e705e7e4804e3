package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// RoleAssignment grants a role, within the row's tenant, to one user or to one group. What a role permits is
// policy in internal/authz, reviewed in git; who holds it is data, managed by the tenant's administrator.
type RoleAssignment struct{ ent.Schema }

func (RoleAssignment) Fields() []ent.Field {
	return []ent.Field{
		field.String("role").NotEmpty(),
		field.Int("user_id").Optional().Nillable().Immutable(),
		field.Int("group_id").Optional().Nillable().Immutable(),
	}
}

func (RoleAssignment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("role_assignments").Field("user_id").Unique().Immutable(),
		edge.From("group", Group.Type).Ref("role_assignments").Field("group_id").Unique().Immutable(),
	}
}

func (RoleAssignment) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("tenant_id", "user_id", "role"),
		index.Fields("tenant_id", "group_id", "role"),
	}
}

func (RoleAssignment) Mixin() []ent.Mixin { return []ent.Mixin{TimeMixin{}, TenantMixin{}} }

func (RoleAssignment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput, entgql.SkipWhereInput)}
}
