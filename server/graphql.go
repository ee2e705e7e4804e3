package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"reflect"
	"runtime/debug"
	"strconv"
	"strings"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/graph"
	"github.com/kakanai/kakanai/graph/generated"
	"github.com/kakanai/kakanai/graph/model"
	"github.com/kakanai/kakanai/internal/audit"
)

// Limits on what one GraphQL request may ask for: generous for the console's screens, small enough that one
// request cannot occupy the server.
const (
	MaxComplexity = 5000
	MaxDepth      = 12
	MaxUploadSize = 64 << 20
)

// selfAudited mutations write their own, more detailed audit records (login failures, lockouts).
var selfAudited = map[string]bool{"login": true, "logout": true, "changePassword": true}

func newGraphQLHandler(res *graph.Resolver, log *audit.Log, logger *slog.Logger, development bool) *handler.Server {
	cfg := generated.Config{Resolvers: res}
	connectionComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.POST{})
	srv.AddTransport(transport.MultipartForm{MaxUploadSize: MaxUploadSize, MaxMemory: 16 << 20})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		return next(graph.WithFindingsCache(ctx))
	})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(depthLimit{max: MaxDepth})
	srv.Use(extension.FixedComplexityLimit(MaxComplexity))
	if development {
		srv.Use(extension.Introspection{})
	}
	srv.AroundFields(func(ctx context.Context, next graphql.Resolver) (any, error) {
		fc := graphql.GetFieldContext(ctx)
		if fc == nil || fc.Object != "Mutation" || selfAudited[fc.Field.Name] {
			return next(ctx)
		}
		out, err := next(ctx)
		log.MustRecord(ctx, mutationEvent(fc, out, err))
		return out, err
	})
	srv.SetErrorPresenter(func(ctx context.Context, err error) *gqlerror.Error {
		return presentError(ctx, logger, err)
	})
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		logger.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()), "request_id", audit.RequestID(ctx))
		return kakanai.Internal(fmt.Errorf("panic: %v", p))
	})
	return srv
}

func mutationEvent(fc *graphql.FieldContext, out any, err error) audit.Event {
	e := audit.Event{Operation: "mutation:" + fc.Field.Name, Result: audit.ResultOK}
	if id, ok := fc.Args["id"]; ok {
		e.ObjectIDs = []string{fmt.Sprint(id)}
	}
	if typ, id, ok := entityOf(out); ok {
		e.ObjectType, e.ObjectIDs = typ, []string{strconv.Itoa(id)}
	}
	switch kakanai.ErrorCode(err) {
	case "":
	case kakanai.EFORBIDDEN, kakanai.EUNAUTHORIZED:
		e.Result, e.Detail = audit.ResultDenied, kakanai.ErrorCode(err)
	default:
		e.Result, e.Detail = audit.ResultFailed, kakanai.ErrorCode(err)
	}
	return e
}

// entityOf names the ent entity a mutation returned, so that the audit record says what was created. It reads
// the ID field by reflection because ent entities share no ID method, and every entity has the field.
func entityOf(out any) (string, int, bool) {
	if _, ok := out.(ent.Noder); !ok {
		return "", 0, false
	}
	v := reflect.ValueOf(out)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return "", 0, false
	}
	id := v.Elem().FieldByName("ID")
	if !id.IsValid() || id.Kind() != reflect.Int {
		return "", 0, false
	}
	return v.Elem().Type().Name(), int(id.Int()), true
}

// presentError gives every error a code in extensions.code, and the field in extensions.field for validation
// errors. Internal details are logged with the request id and never sent.
func presentError(ctx context.Context, logger *slog.Logger, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	var appErr *kakanai.Error
	switch {
	case errors.As(err, &appErr):
		gerr.Message = kakanai.ErrorMessage(appErr)
		gerr.Extensions["code"] = appErr.Code
		if appErr.Field != "" {
			gerr.Extensions["field"] = appErr.Field
		}
		if appErr.Code == kakanai.EINTERNAL {
			logger.ErrorContext(ctx, "internal error", "err", appErr.Err, "path", gerr.Path.String(), "request_id", audit.RequestID(ctx))
		}
	case strings.Contains(gerr.Message, "introspection disabled"):
		gerr.Message = "本番環境ではスキーマの取得（introspection）は無効です。"
		gerr.Extensions["code"] = kakanai.EFORBIDDEN
	case gerr.Extensions["code"] != nil:
		// Parse and validation errors of the query itself (GRAPHQL_PARSE_FAILED, …): the client sent a bad query.
		gerr.Extensions["graphqlCode"] = gerr.Extensions["code"]
		gerr.Extensions["code"] = kakanai.EINVALID
	default:
		logger.ErrorContext(ctx, "unexpected error", "err", err, "path", gerr.Path.String(), "request_id", audit.RequestID(ctx))
		gerr.Message = kakanai.ErrorMessage(err)
		gerr.Extensions["code"] = kakanai.EINTERNAL
	}
	if id := audit.RequestID(ctx); id != "" {
		gerr.Extensions["requestId"] = id
	}
	return gerr
}

// DefaultPageSize is what a connection costs when the query names no first or last: entgql then returns every
// row, so the cost must not be assumed small.
const DefaultPageSize = 100

// connectionComplexity makes a connection cost its children times the page size asked for, so that the
// complexity limit bounds the rows one request can pull (gqlgen counts every field as 1 otherwise).
func connectionComplexity(c *generated.ComplexityRoot) {
	size := func(first, last *int) int {
		switch {
		case first != nil:
			return max(*first, 1)
		case last != nil:
			return max(*last, 1)
		}
		return DefaultPageSize
	}
	c.Query.Users = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.UserOrder, _ *ent.UserWhereInput) int {
		return 1 + child*size(first, last)
	}
	c.Query.Groups = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.GroupOrder, _ *ent.GroupWhereInput) int {
		return 1 + child*size(first, last)
	}
	c.Query.Tenants = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.TenantOrder, _ *ent.TenantWhereInput) int {
		return 1 + child*size(first, last)
	}
	c.Query.AuditEvents = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.AuditEventOrder, _ *ent.AuditEventWhereInput) int {
		return 1 + child*size(first, last)
	}
	c.Query.Receptions = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.ReceptionOrder, _ *ent.ReceptionWhereInput) int {
		return 1 + child*size(first, last)
	}
	c.Query.Notifications = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *model.NotificationSearch) int {
		return 1 + child*size(first, last)
	}
	c.Query.Attachments = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *model.DocumentSearch) int {
		return 1 + child*size(first, last)
	}
	c.Query.SourceDocuments = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *model.DocumentSearch) int {
		return 1 + child*size(first, last)
	}
	c.Query.APITokens = func(child int, _ *entgql.Cursor[int], first *int, _ *entgql.Cursor[int], last *int, _ *ent.APITokenOrder, _ *ent.APITokenWhereInput) int {
		return 1 + child*size(first, last)
	}
}

// depthLimit refuses operations nested deeper than max, which a complexity limit alone lets through when each
// level is cheap.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                   { return "DepthLimit" }
func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }
func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	if depth := selectionDepth(oc.Operation.SelectionSet, oc.Doc.Fragments, 0); depth > d.max {
		err := gqlerror.Errorf("クエリの入れ子が深すぎます（%d 階層、上限 %d）。", depth, d.max)
		err.Extensions = map[string]any{"code": kakanai.EINVALID, "depth": strconv.Itoa(depth)}
		return err
	}
	return nil
}

func selectionDepth(set ast.SelectionSet, frags ast.FragmentDefinitionList, seen int) int {
	if seen > 64 { // cyclic fragments are refused by validation; this only bounds the walk
		return seen
	}
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if len(s.SelectionSet) == 0 {
				d = 1
			} else {
				d = 1 + selectionDepth(s.SelectionSet, frags, seen+1)
			}
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, frags, seen+1)
		case *ast.FragmentSpread:
			if f := frags.ForName(s.Name); f != nil {
				d = selectionDepth(f.SelectionSet, frags, seen+1)
			}
		}
		if d > deepest {
			deepest = d
		}
	}
	return deepest
}
