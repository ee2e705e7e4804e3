package server_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/config"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

const viewerQuery = `{viewer{loginId displayName tenant{lgCode name} permissions roles mustChangePassword}}`

// each runs the test against the whole service on SQLite and on PostgreSQL.
func each(t *testing.T, f func(t *testing.T, env *apptest.Env), mutate ...func(*config.Config)) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			f(t, apptest.Start(t, d, mutate...))
		})
	}
}

// clock lets a test move the service's time forward.
func clock(env *apptest.Env) *atomic.Int64 {
	var offset atomic.Int64
	env.App.Auth.Now = func() time.Time { return time.Now().Add(time.Duration(offset.Load())) }
	return &offset
}

func TestLogin_R6_returnsTheViewerAndSetsAStrictHttpOnlySession(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		c := env.NewClient(t)
		if v := apptest.Path(c.MustDo(viewerQuery, nil), "viewer"); v != nil {
			t.Fatalf("viewer before login = %v, want null", v)
		}
		r := c.Do(`mutation{login(loginId:"admin",password:"`+apptest.AdminPassword+`"){loginId tenant{lgCode name} roles}}`, nil)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		if got := apptest.Path(r.Data, "login", "tenant", "name"); got != "小郡市" {
			t.Fatalf("tenant = %v", got)
		}
		var session string
		for _, h := range r.Header.Values("Set-Cookie") {
			if strings.HasPrefix(h, "kakanai_session=") {
				session = h
			}
		}
		if !strings.Contains(session, "HttpOnly") || !strings.Contains(session, "SameSite=Strict") {
			t.Fatalf("session cookie %q lacks HttpOnly or SameSite=Strict", session)
		}
		d := c.MustDo(viewerQuery, nil)
		if apptest.Path(d, "viewer", "loginId") != "admin" || apptest.Path(d, "viewer", "tenant", "lgCode") != "402168" {
			t.Fatalf("viewer after login = %v", d)
		}
		if c.MustDo(`mutation{logout}`, nil)["logout"] != true {
			t.Fatal("logout")
		}
		if v := apptest.Path(c.MustDo(viewerQuery, nil), "viewer"); v != nil {
			t.Fatalf("viewer after logout = %v", v)
		}
	})
}

func TestLogin_R6_wrongPasswordIsRefusedWithoutSayingWhichPartWasWrong(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		c := env.NewClient(t)
		wrongPw := c.Do(`mutation{login(loginId:"admin",password:"wrong-password-123"){loginId}}`, nil)
		unknown := c.Do(`mutation{login(loginId:"nobody",password:"wrong-password-123"){loginId}}`, nil)
		for _, r := range []*apptest.Response{wrongPw, unknown} {
			if r.Code() != "unauthorized" || r.Errors[0].Message != "ログインIDまたはパスワードが正しくありません。" {
				t.Fatalf("got %+v", r.Errors)
			}
		}
	})
}

func TestLogin_R6_fiveFailuresLockTheAccountForFifteenMinutes(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		now := clock(env)
		c := env.NewClient(t)
		login := func(pw string) *apptest.Response {
			return c.Do(`mutation($p:String!){login(loginId:"admin",password:$p){loginId}}`, map[string]any{"p": pw})
		}
		for i := 1; i <= 4; i++ {
			if r := login("wrong-password-123"); r.Code() != "unauthorized" {
				t.Fatalf("failure %d: %+v", i, r.Errors)
			}
		}
		if r := login("wrong-password-123"); r.Code() != "forbidden" || !strings.Contains(r.Errors[0].Message, "ロック") {
			t.Fatalf("5th failure: %+v", r.Errors)
		}
		if r := login(apptest.AdminPassword); r.Code() != "forbidden" {
			t.Fatalf("right password while locked: %+v", r.Errors)
		}
		now.Store(int64(16 * time.Minute))
		if r := login(apptest.AdminPassword); len(r.Errors) > 0 {
			t.Fatalf("after 16 minutes: %+v", r.Errors)
		}
		// Every failure is in the audit log (R4).
		d := c.MustDo(`{auditEvents(where:{operation:"login",result:denied}){totalCount}}`, nil)
		if got := apptest.Path(d, "auditEvents", "totalCount"); got != float64(6) {
			t.Fatalf("denied logins audited = %v, want 6", got)
		}
	})
}

func TestSession_R6_idleTimeoutEndsTheSession(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		now := clock(env)
		c := env.NewClient(t)
		c.Login("admin", apptest.AdminPassword, "")
		now.Store(int64(29 * time.Minute))
		if apptest.Path(c.MustDo(viewerQuery, nil), "viewer", "loginId") != "admin" {
			t.Fatal("session ended before the idle timeout")
		}
		// Activity at 29 minutes restarts the idle clock.
		now.Store(int64(58 * time.Minute))
		if apptest.Path(c.MustDo(viewerQuery, nil), "viewer", "loginId") != "admin" {
			t.Fatal("activity did not keep the session alive")
		}
		now.Store(int64(89 * time.Minute))
		if v := apptest.Path(c.MustDo(viewerQuery, nil), "viewer"); v != nil {
			t.Fatalf("viewer after 31 idle minutes = %v, want null", v)
		}
		if r := c.Do(`{users{totalCount}}`, nil); r.Code() != "unauthorized" {
			t.Fatalf("users after expiry: %+v", r.Errors)
		}
	})
}

func TestCSRF_R5_cookieAuthenticatedRequestsNeedTheSessionsToken(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		c := env.NewClient(t)
		c.Login("admin", apptest.AdminPassword, "")
		c.NoCSRF = true
		if r := c.Do(`mutation{createGroup(input:{name:"窓口"}){id}}`, nil); r.Status != http.StatusForbidden || r.Code() != "forbidden" {
			t.Fatalf("without header: %d %+v", r.Status, r.Errors)
		}
		c.NoCSRF, c.CSRF = false, "guessed-token"
		if r := c.Do(`mutation{createGroup(input:{name:"窓口"}){id}}`, nil); r.Status != http.StatusForbidden {
			t.Fatalf("wrong token: %d %+v", r.Status, r.Errors)
		}
		c.CSRF = ""
		c.MustDo(`mutation{createGroup(input:{name:"窓口"}){id}}`, nil)
		// A multipart form post, which a foreign page can send without a preflight, is refused as well.
		req, _ := http.NewRequest(http.MethodPost, env.Server.URL+"/graphql", strings.NewReader("--x\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":\"mutation{logout}\"}\r\n--x--\r\n"))
		req.Header.Set("Content-Type", "multipart/form-data; boundary=x")
		resp, err := c.HTTP.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusForbidden {
			t.Fatalf("multipart without token: %d", resp.StatusCode)
		}
	})
}

func TestAPIToken_R6_bearerActsWithinTheTokensScope(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		admin := env.NewClient(t)
		admin.Login("admin", apptest.AdminPassword, "")
		d := admin.MustDo(`mutation{createAPIToken(input:{name:"RPA",permissions:["audit:read"]}){secret token{id prefix}}}`, nil)
		secret := apptest.Path(d, "createAPIToken", "secret").(string)
		if !strings.HasPrefix(secret, "kkn_") || !strings.HasPrefix(secret, apptest.Path(d, "createAPIToken", "token", "prefix").(string)) {
			t.Fatalf("secret %q", secret)
		}
		tool := env.NewClient(t)
		tool.Bearer = secret
		if r := tool.Do(`{auditEvents{totalCount}}`, nil); len(r.Errors) > 0 {
			t.Fatalf("in scope: %+v", r.Errors)
		}
		if r := tool.Do(`{users{totalCount}}`, nil); r.Code() != "forbidden" {
			t.Fatalf("out of scope (user:admin): %+v", r.Errors)
		}
		if r := tool.Do(`mutation{createAPIToken(input:{name:"x",permissions:["audit:read"]}){secret}}`, nil); r.Code() != "forbidden" {
			t.Fatalf("token minting a token: %+v", r.Errors)
		}
		if r := admin.Do(`mutation{createAPIToken(input:{name:"x",permissions:["no:such"]}){secret}}`, nil); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "permissions" {
			t.Fatalf("unknown permission: %+v", r.Errors)
		}
		admin.MustDo(`mutation($id:ID!){revokeAPIToken(id:$id){revokedAt}}`, map[string]any{"id": apptest.Path(d, "createAPIToken", "token", "id")})
		if r := tool.Do(`{auditEvents{totalCount}}`, nil); r.Status != http.StatusUnauthorized || r.Code() != "unauthorized" {
			t.Fatalf("revoked: %d %+v", r.Status, r.Errors)
		}
		tool.Bearer = "kkn_forged"
		if r := tool.Do(`{viewer{loginId}}`, nil); r.Code() != "unauthorized" {
			t.Fatalf("forged: %+v", r.Errors)
		}
	})
}

// A tenant administrator of tenant A queries every type the API exposes and receives nothing of tenant B.
func TestTenantIsolation_R5_nothingOfAnotherTenantIsVisible(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		sys := env.NewClient(t)
		sys.Login("admin", apptest.AdminPassword, "")
		// Tenant B (久留米市 402036) with its own administrator, user, group and token.
		tb := sys.MustDo(`mutation{createTenant(input:{lgCode:"402036",name:"久留米市"},adminLoginId:"kadmin",adminPassword:"Kurume-Chief-Pass-9"){id}}`, nil)
		tenantB := apptest.Path(tb, "createTenant", "id")
		b := env.NewClient(t)
		b.Login("kadmin", "Kurume-Chief-Pass-9", "402036")
		b.MustDo(`mutation{changePassword(currentPassword:"Kurume-Chief-Pass-9",newPassword:"Kurume-Chief-Pass-10")}`, nil)
		bu := b.MustDo(`mutation{createUser(input:{loginId:"kclerk",displayName:"久留米 花子",password:"Kurume-Clerk-Pass-1",roles:["clerk"]}){id}}`, nil)
		userB := apptest.Path(bu, "createUser", "id")
		bg := b.MustDo(`mutation{createGroup(input:{name:"市民課"}){id}}`, nil)
		groupB := apptest.Path(bg, "createGroup", "id")
		bt := b.MustDo(`mutation{createAPIToken(input:{name:"b",permissions:["audit:read"]}){token{id}}}`, nil)
		tokenB := apptest.Path(bt, "createAPIToken", "token", "id")

		// Tenant A's own administrator (管理者, not システム管理者).
		sys.MustDo(`mutation{createUser(input:{loginId:"oadmin",displayName:"小郡 太郎",password:"Ogo-Chief-Pass-1x",roles:["tenant_admin"]}){id}}`, nil)
		a := env.NewClient(t)
		a.Login("oadmin", "Ogo-Chief-Pass-1x", "402168")

		d := a.MustDo(`{
			tenants{totalCount edges{node{lgCode}}}
			users{totalCount edges{node{loginID tenant{lgCode}}}}
			groups{totalCount edges{node{name}}}
			apiTokens{totalCount}
			auditEvents{totalCount edges{node{tenantID actorLogin}}}
		}`, nil)
		if got := apptest.Path(d, "tenants", "totalCount"); got != float64(1) {
			t.Errorf("tenants visible: %v", apptest.Path(d, "tenants"))
		}
		for _, e := range apptest.Path(d, "users", "edges").([]any) {
			if apptest.Path(e, "node", "tenant", "lgCode") != "402168" {
				t.Errorf("user of another tenant visible: %v", e)
			}
		}
		if got := apptest.Path(d, "groups", "totalCount"); got != float64(0) {
			t.Errorf("groups of another tenant visible: %v", got)
		}
		if got := apptest.Path(d, "apiTokens", "totalCount"); got != float64(0) {
			t.Errorf("tokens of another tenant visible: %v", got)
		}
		for _, e := range apptest.Path(d, "auditEvents", "edges").([]any) {
			if s := fmt.Sprint(apptest.Path(e, "node", "actorLogin")); strings.HasPrefix(s, "k") {
				t.Errorf("audit record of another tenant visible: %v", e)
			}
		}
		for _, id := range []any{tenantB, userB, groupB, tokenB} {
			r := a.Do(`query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id})
			if apptest.Path(r.Data, "node") != nil {
				t.Errorf("node(%v) of another tenant returned %v", id, r.Data)
			}
			r = a.Do(`query($id:ID!){nodes(ids:[$id]){id}}`, map[string]any{"id": id})
			if n := apptest.Path(r.Data, "nodes", 0); n != nil {
				t.Errorf("nodes([%v]) of another tenant returned %v", id, n)
			}
		}
		// Writes across tenants fail as if the object did not exist.
		for _, q := range []string{
			`mutation($id:ID!){updateUser(id:$id,input:{displayName:"x"}){id}}`,
			`mutation($id:ID!){resetUserPassword(id:$id,newPassword:"Another-Pass-word-1"){id}}`,
			`mutation($id:ID!){setUserRoles(id:$id,roles:["tenant_admin"]){id}}`,
		} {
			if r := a.Do(q, map[string]any{"id": userB}); r.Code() != "not_found" {
				t.Errorf("%s on tenant B's user: %+v", q, r.Errors)
			}
		}
		if r := a.Do(`mutation($id:ID!){updateGroup(id:$id,input:{name:"x"}){id}}`, map[string]any{"id": groupB}); r.Code() != "not_found" {
			t.Errorf("updateGroup across tenants: %+v", r.Errors)
		}
		if r := a.Do(`mutation($id:ID!){revokeAPIToken(id:$id){id}}`, map[string]any{"id": tokenB}); r.Code() != "not_found" {
			t.Errorf("revokeAPIToken across tenants: %+v", r.Errors)
		}
		if r := a.Do(`mutation{createTenant(input:{lgCode:"011002",name:"札幌市"},adminLoginId:"x",adminPassword:"Sapporo-Admin-9x"){id}}`, nil); r.Code() != "forbidden" {
			t.Errorf("tenant admin creating a tenant: %+v", r.Errors)
		}
		if r := a.Do(`mutation{createUser(input:{loginId:"intruder",displayName:"x",password:"Evil-Pass-word-1",roles:["system_admin"]}){id}}`, nil); r.Code() != "forbidden" {
			t.Errorf("tenant admin granting system_admin: %+v", r.Errors)
		}
	})
}

func TestAdmin_R6_groupPermissionsReachTheirMembers(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		admin := env.NewClient(t)
		admin.Login("admin", apptest.AdminPassword, "")
		u := admin.MustDo(`mutation{createUser(input:{loginId:"clerk1",displayName:"窓口 一郎",password:"Initial-Pass-123"}){id mustChangePassword}}`, nil)
		if apptest.Path(u, "createUser", "mustChangePassword") != true {
			t.Fatal("a new account must change its password at first login")
		}
		uid := apptest.Path(u, "createUser", "id")
		clerk := env.NewClient(t)
		clerk.Login("clerk1", "Initial-Pass-123", "")
		if perms := apptest.Path(clerk.MustDo(viewerQuery, nil), "viewer", "permissions").([]any); len(perms) != 0 {
			t.Fatalf("permissions without any role: %v", perms)
		}
		g := admin.MustDo(`mutation($u:ID!){createGroup(input:{name:"市民課窓口",memberIDs:[$u]}){id}}`, map[string]any{"u": uid})
		admin.MustDo(`mutation($g:ID!){setGroupRoles(id:$g,roles:["clerk"]){id}}`, map[string]any{"g": apptest.Path(g, "createGroup", "id")})
		perms := fmt.Sprint(apptest.Path(clerk.MustDo(viewerQuery, nil), "viewer", "permissions"))
		if !strings.Contains(perms, "notification:write") || strings.Contains(perms, "mynumber:read") || strings.Contains(perms, "user:admin") {
			t.Fatalf("窓口職員 through the group: %s", perms)
		}
		if r := clerk.Do(`{users{totalCount}}`, nil); r.Code() != "forbidden" {
			t.Fatalf("窓口職員 listing users: %+v", r.Errors)
		}
		// Password policy: names the field.
		r := clerk.Do(`mutation{changePassword(currentPassword:"Initial-Pass-123",newPassword:"short")}`, nil)
		if r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "newPassword" || !strings.Contains(r.Errors[0].Message, "12文字以上") {
			t.Fatalf("weak password: %+v", r.Errors)
		}
		clerk.MustDo(`mutation{changePassword(currentPassword:"Initial-Pass-123",newPassword:"Better-Pass-456")}`, nil)
		if apptest.Path(clerk.MustDo(viewerQuery, nil), "viewer", "mustChangePassword") != false {
			t.Fatal("mustChangePassword still set after the change")
		}
		// Validation errors name their field (here from the ent schema).
		r = admin.Do(`mutation{createUser(input:{loginId:"bad id!",displayName:"x",password:"Initial-Pass-123"}){id}}`, nil)
		if r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "loginId" {
			t.Fatalf("bad login id: %+v", r.Errors)
		}
		if r := admin.Do(`mutation{createUser(input:{loginId:"clerk1",displayName:"x",password:"Initial-Pass-123"}){id}}`, nil); r.Code() != "conflict" {
			t.Fatalf("duplicate login id: %+v", r.Errors)
		}
	})
}

func TestAudit_R4_mutationsAndPersonalDataReadsAreRecorded(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		admin := env.NewClient(t)
		admin.Login("admin", apptest.AdminPassword, "")
		u := admin.MustDo(`mutation{createUser(input:{loginId:"reader",displayName:"閲覧 花子",password:"Initial-Pass-123",roles:["staff_viewer"]}){id}}`, nil)
		uid := fmt.Sprint(apptest.Path(u, "createUser", "id"))
		admin.MustDo(`{users{edges{node{displayName}}}}`, nil)
		viewer := env.NewClient(t)
		viewer.Login("reader", "Initial-Pass-123", "")
		viewer.Do(`mutation{createGroup(input:{name:"x"}){id}}`, nil) // refused: no user:admin

		d := admin.MustDo(`{auditEvents(orderBy:{field:SEQ}){edges{node{seq operation objectType objectIds result actorLogin clientAddr requestID}}}}`, nil)
		var ops []string
		for _, e := range apptest.Path(d, "auditEvents", "edges").([]any) {
			n := e.(map[string]any)["node"].(map[string]any)
			ops = append(ops, fmt.Sprintf("%v/%v/%v/%v/%v", n["actorLogin"], n["operation"], n["objectType"], n["objectIds"], n["result"]))
			if n["operation"] != "bootstrap" && (n["clientAddr"] == "" || n["requestID"] == "") {
				t.Errorf("record without client address or request id: %v", n)
			}
		}
		all := strings.Join(ops, "\n")
		for _, want := range []string{
			"admin/login/User/",
			"admin/mutation:createUser/User/[" + uid + "]/ok",
			"admin/read/User/[" + uid + "]/ok",
			"reader/login/User/",
			"reader/mutation:createGroup//<nil>/denied",
		} {
			if !strings.Contains(all, want) {
				t.Errorf("audit log lacks %q:\n%s", want, all)
			}
		}
		v := admin.MustDo(`mutation{verifyAuditLog{ok checked}}`, nil)
		if apptest.Path(v, "verifyAuditLog", "ok") != true {
			t.Fatalf("chain: %v", v)
		}
	})
}

func TestGraphQL_introspectionOnlyInDevelopment(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		c := env.NewClient(t)
		if r := c.Do(`{__schema{queryType{name}}}`, nil); r.Code() != "forbidden" {
			t.Fatalf("production introspection: %+v", r.Errors)
		}
	})
	each(t, func(t *testing.T, env *apptest.Env) {
		c := env.NewClient(t)
		if d := c.MustDo(`{__schema{queryType{name}}}`, nil); apptest.Path(d, "__schema", "queryType", "name") != "Query" {
			t.Fatalf("development introspection: %v", d)
		}
	}, func(c *config.Config) { c.Env = config.EnvDevelopment })
}

func TestGraphQL_depthAndComplexityLimitsRefuseAbusiveQueries(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		c := env.NewClient(t)
		c.Login("admin", apptest.AdminPassword, "")
		deep := `{users{edges{node{groups{members{groups{members{groups{members{groups{members{groups{members{loginID}}}}}}}}}}}}}}`
		if r := c.Do(deep, nil); r.Code() != "invalid" || !strings.Contains(r.Errors[0].Message, "入れ子が深すぎます") {
			t.Fatalf("deep query: %+v", r.Errors)
		}
		// The console's user list (50 a page) is well inside the limit; asking for everything many times is not.
		c.MustDo(`{users(first:50){totalCount edges{node{loginID displayName groups{name}}}}}`, nil)
		var parts []string
		for i := 0; i < 10; i++ {
			parts = append(parts, fmt.Sprintf(`a%d: users(first:1000){edges{node{loginID displayName}}}`, i))
		}
		if r := c.Do(`{`+strings.Join(parts, " ")+`}`, nil); r.Code() != "invalid" || !strings.Contains(r.Errors[0].Message, "complexity") {
			t.Fatalf("complex query: %+v", r.Errors)
		}
		if r := c.Do(`{users{`, nil); r.Code() != "invalid" {
			t.Fatalf("syntax error: %+v", r.Errors)
		}
	})
}

func TestOperations_R4_healthReadinessAndMetrics(t *testing.T) {
	each(t, func(t *testing.T, env *apptest.Env) {
		for path, want := range map[string]string{"/healthz": "ok", "/readyz": "ok", "/metrics": "kakanai_http_requests_total"} {
			if path == "/metrics" { // a request first, so that the counter has a sample
				http.Get(env.Server.URL + "/healthz")
			}
			resp, err := http.Get(env.Server.URL + path)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(string(body), want) {
				t.Errorf("%s: %d %.200s", path, resp.StatusCode, body)
			}
		}
		env.App.DB.SQL.Close()
		resp, err := http.Get(env.Server.URL + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("/readyz with the database gone: %d", resp.StatusCode)
		}
		_ = context.Background()
	})
}
