package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"
	"entgo.io/ent/entql"

	entprivacy "github.com/kakanai/kakanai/ent/privacy"
	"github.com/kakanai/kakanai/internal/authz"
)

// Tenant isolation lives here, below every resolver: a query is filtered to the viewer's tenant and a mutation
// that would touch another tenant's row is refused. Work outside any request (start-up, migrations, the login
// lookup itself) runs under privacy.DecisionContext(ctx, privacy.Allow), which skips these rules on purpose.

// tenantScoped is implemented by the entql filter of every entity that has the TenantMixin.
type tenantScoped interface {
	WhereTenantID(entql.IntP)
}

func viewerOrDeny(ctx context.Context) (*authz.Viewer, error) {
	v := authz.FromContext(ctx)
	if v == nil {
		return nil, entprivacy.Denyf("no viewer in context")
	}
	return v, nil
}

// filterByTenant narrows queries, updates and deletes to the viewer's tenant.
func filterByTenant() entprivacy.QueryMutationRule {
	return entprivacy.FilterFunc(func(ctx context.Context, f entprivacy.Filter) error {
		v, err := viewerOrDeny(ctx)
		if err != nil {
			return err
		}
		if v.AllTenants {
			return entprivacy.Skip
		}
		tf, ok := f.(tenantScoped)
		if !ok {
			return entprivacy.Denyf("unexpected filter type %T", f)
		}
		tf.WhereTenantID(entql.IntEQ(v.TenantID))
		return entprivacy.Skip
	})
}

// createInOwnTenant refuses to create a row in another tenant than the viewer's.
func createInOwnTenant() entprivacy.MutationRule {
	return entprivacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if !m.Op().Is(ent.OpCreate) {
			return entprivacy.Skip
		}
		v, err := viewerOrDeny(ctx)
		if err != nil {
			return err
		}
		if v.AllTenants {
			return entprivacy.Skip
		}
		value, ok := m.Field("tenant_id")
		if !ok || value.(int) != v.TenantID {
			return entprivacy.Denyf("creating a row outside the viewer's tenant")
		}
		return entprivacy.Skip
	})
}

// tenantPolicy is the policy of every tenant-scoped entity.
func tenantPolicy() ent.Policy {
	return entprivacy.Policy{
		Query:    entprivacy.QueryPolicy{filterByTenant(), entprivacy.AlwaysAllowRule()},
		Mutation: entprivacy.MutationPolicy{createInOwnTenant(), filterByTenant(), entprivacy.AlwaysAllowRule()},
	}
}

func (TenantMixin) Policy() ent.Policy { return tenantPolicy() }

// The tenant rows themselves: a viewer sees its own tenant; only a システム管理者 (or the system) changes them.
func (Tenant) Policy() ent.Policy {
	type idFilter interface{ WhereID(entql.IntP) }
	return entprivacy.Policy{
		Query: entprivacy.QueryPolicy{
			entprivacy.FilterFunc(func(ctx context.Context, f entprivacy.Filter) error {
				v, err := viewerOrDeny(ctx)
				if err != nil {
					return err
				}
				if v.AllTenants {
					return entprivacy.Allow
				}
				tf, ok := f.(idFilter)
				if !ok {
					return entprivacy.Denyf("unexpected filter type %T", f)
				}
				tf.WhereID(entql.IntEQ(v.TenantID))
				return entprivacy.Allow
			}),
		},
		Mutation: entprivacy.MutationPolicy{
			entprivacy.MutationRuleFunc(func(ctx context.Context, _ ent.Mutation) error {
				v, err := viewerOrDeny(ctx)
				if err != nil {
					return err
				}
				if v.AllTenants {
					return entprivacy.Allow
				}
				return entprivacy.Denyf("only a system administrator changes tenants")
			}),
		},
	}
}

// The audit log is written by the audit package under the system decision and read by the tenant's auditors.
func (AuditEvent) Policy() ent.Policy {
	type tenantFilter interface{ WhereTenantID(entql.IntP) }
	return entprivacy.Policy{
		Query: entprivacy.QueryPolicy{
			entprivacy.FilterFunc(func(ctx context.Context, f entprivacy.Filter) error {
				v, err := viewerOrDeny(ctx)
				if err != nil {
					return err
				}
				if v.AllTenants {
					return entprivacy.Allow
				}
				tf, ok := f.(tenantFilter)
				if !ok {
					return entprivacy.Denyf("unexpected filter type %T", f)
				}
				tf.WhereTenantID(entql.IntEQ(v.TenantID))
				return entprivacy.Allow
			}),
		},
		Mutation: entprivacy.MutationPolicy{entprivacy.AlwaysDenyRule()},
	}
}

// Append-only: no update or delete of an audit record, whatever the privacy decision of the context.
func (AuditEvent) Hooks() []ent.Hook {
	return []ent.Hook{
		func(next ent.Mutator) ent.Mutator {
			return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
				if !m.Op().Is(ent.OpCreate) {
					return nil, fmt.Errorf("the audit log is append-only: %s refused", m.Op())
				}
				return next.Mutate(ctx, m)
			})
		},
	}
}
