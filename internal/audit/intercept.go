package audit

import (
	"context"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/privacy"
	"github.com/kakanai/kakanai/internal/authz"
)

// PersonalDataReads is an ent interceptor that notes every row of a personal-data type a request reads, so that
// no resolver can forget to audit a read. A staff member reading their own user record is not noted: it is
// their own data, read on every page.
func PersonalDataReads() ent.Interceptor {
	return ent.InterceptFunc(func(next ent.Querier) ent.Querier {
		return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
			v, err := next.Query(ctx, q)
			if err != nil {
				return v, err
			}
			// Work the system does for itself (the login lookup, start-up) is not an operator reading
			// someone's data.
			if d, ok := privacy.DecisionFromContext(ctx); ok && d == nil { // nil is how ent reports Allow
				return v, nil
			}
			self := 0
			if viewer := authz.FromContext(ctx); viewer != nil {
				self = viewer.UserID
			}
			note(ctx, v, self)
			return v, nil
		})
	})
}

// note records the ids of the personal-data rows in a query result. Adding a personal-data type means adding
// it here and to Install.
func note(ctx context.Context, v ent.Value, self int) {
	switch rows := v.(type) {
	case []*ent.User:
		for _, u := range rows {
			if u.ID != self {
				NoteRead(ctx, "User", u.ID)
			}
		}
	case *ent.User:
		if rows != nil && rows.ID != self {
			NoteRead(ctx, "User", rows.ID)
		}
	case []*ent.Notification:
		for _, n := range rows {
			NoteRead(ctx, "Notification", n.ID)
		}
	case *ent.Notification:
		if rows != nil {
			NoteRead(ctx, "Notification", rows.ID)
		}
	case []*ent.Person:
		for _, p := range rows {
			NoteRead(ctx, "Person", p.ID)
		}
	case *ent.Person:
		if rows != nil {
			NoteRead(ctx, "Person", rows.ID)
		}
	}
}

// Install registers the interceptors on the client's personal-data types.
func Install(client *ent.Client) {
	client.User.Intercept(PersonalDataReads())
	client.Notification.Intercept(PersonalDataReads())
	client.Person.Intercept(PersonalDataReads())
}
