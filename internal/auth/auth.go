// Package auth identifies who is calling (R6): logins with lockout, sessions with an idle timeout, API tokens
// for third-party tools, and the viewer each request runs as. Every login, failure and logout is audited.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/apitoken"
	"github.com/kakanai/kakanai/ent/group"
	"github.com/kakanai/kakanai/ent/privacy"
	"github.com/kakanai/kakanai/ent/roleassignment"
	"github.com/kakanai/kakanai/ent/session"
	"github.com/kakanai/kakanai/ent/tenant"
	"github.com/kakanai/kakanai/ent/user"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/store"
)

// Lockout rule: this many consecutive failures lock the account for LockDuration.
const (
	MaxFailedLogins = 5
	LockDuration    = 15 * time.Minute
)

// Service logs people in and resolves sessions and tokens to viewers.
type Service struct {
	client *ent.Client
	audit  *audit.Log
	// IdleTimeout ends a session not used for this long; MaxSessionAge ends any session, used or not.
	IdleTimeout   time.Duration
	MaxSessionAge time.Duration
	// Now is the clock; tests move it.
	Now func() time.Time
	// dummyHash is compared against when the login id is unknown, so that the answer takes as long as for a
	// known one and does not reveal which ids exist.
	dummyHash string
}

// NewService returns the service.
func NewService(client *ent.Client, log *audit.Log, idle time.Duration) (*Service, error) {
	dummy, err := HashPassword("not-a-password-of-anyone")
	if err != nil {
		return nil, err
	}
	return &Service{client: client, audit: log, IdleTimeout: idle, MaxSessionAge: 12 * time.Hour, Now: time.Now, dummyHash: dummy}, nil
}

func system(ctx context.Context) context.Context { return privacy.DecisionContext(ctx, privacy.Allow) }

var errBadCredentials = kakanai.Errorf(kakanai.EUNAUTHORIZED, "ログインIDまたはパスワードが正しくありません。")

// LoginRequest is what the login form sends, with the client's address and agent.
type LoginRequest struct {
	LoginID, Password string
	Tenant            string // lg_code; may be empty while exactly one tenant exists
	ClientAddr        string
	UserAgent         string
}

// Session is a new session: the cookie value and the CSRF token go to the browser, once.
type Session struct {
	Token     string
	CSRFToken string
	ExpiresAt time.Time
	Viewer    *authz.Viewer
}

// Login checks the password, applies the lockout rule and opens a session.
func (s *Service) Login(ctx context.Context, req LoginRequest) (*Session, error) {
	sys := system(ctx)
	t, err := s.findTenant(sys, req.Tenant)
	if err != nil {
		s.audit.MustRecord(ctx, audit.Event{Operation: "login", ActorLogin: req.LoginID, Result: audit.ResultDenied, Detail: "unknown tenant"})
		return nil, err
	}
	tid := t.ID
	u, err := s.client.User.Query().Where(user.TenantID(t.ID), user.LoginID(req.LoginID)).Only(sys)
	if ent.IsNotFound(err) {
		checkPassword(req.Password, s.dummyHash)
		s.audit.MustRecord(ctx, audit.Event{TenantID: &tid, Operation: "login", ActorLogin: req.LoginID, Result: audit.ResultDenied, Detail: "unknown login id"})
		return nil, errBadCredentials
	}
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	fail := func(detail string, out error) (*Session, error) {
		uid := u.ID
		if err := s.audit.Record(ctx, audit.Event{TenantID: &tid, ActorID: &uid, ActorLogin: u.LoginID, Operation: "login", ObjectType: "User", ObjectIDs: []string{fmt.Sprint(u.ID)}, Result: audit.ResultDenied, Detail: detail}); err != nil {
			return nil, kakanai.Internal(err)
		}
		return nil, out
	}
	now := s.Now()
	if u.LockedUntil != nil && now.Before(*u.LockedUntil) {
		checkPassword(req.Password, s.dummyHash)
		return fail("account locked", lockedError(*u.LockedUntil))
	}
	if !checkPassword(req.Password, u.PasswordHash) {
		failures := u.FailedLogins + 1
		upd := s.client.User.UpdateOneID(u.ID).SetFailedLogins(failures)
		detail := fmt.Sprintf("wrong password (%d consecutive)", failures)
		var out error = errBadCredentials
		if failures >= MaxFailedLogins {
			until := now.Add(LockDuration)
			upd.SetLockedUntil(until).SetFailedLogins(0)
			detail += "; account locked for 15 minutes"
			out = lockedError(until)
		}
		if err := upd.Exec(sys); err != nil {
			return nil, kakanai.Internal(err)
		}
		return fail(detail, out)
	}
	if u.Disabled {
		return fail("account disabled", kakanai.Errorf(kakanai.EFORBIDDEN, "このアカウントは無効になっています。管理者に連絡してください。"))
	}
	viewer, err := s.viewerFor(sys, u, t)
	if err != nil {
		return nil, err
	}
	sess, err := s.openSession(sys, u, req, now)
	if err != nil {
		return nil, err
	}
	sess.Viewer = viewer
	if err := s.client.User.UpdateOneID(u.ID).SetFailedLogins(0).ClearLockedUntil().SetLastLoginAt(now).Exec(sys); err != nil {
		return nil, kakanai.Internal(err)
	}
	vctx := authz.NewContext(ctx, viewer)
	if err := s.audit.Record(vctx, audit.Event{Operation: "login", ObjectType: "User", ObjectIDs: []string{fmt.Sprint(u.ID)}}); err != nil {
		return nil, kakanai.Internal(err)
	}
	return sess, nil
}

func lockedError(until time.Time) error {
	return kakanai.Errorf(kakanai.EFORBIDDEN, "ログインに%d回失敗したため、アカウントを%sまでロックしました。", MaxFailedLogins, until.In(jst).Format("15:04"))
}

var jst = time.FixedZone("JST", 9*60*60)

func (s *Service) findTenant(ctx context.Context, lgCode string) (*ent.Tenant, error) {
	if lgCode == "" {
		ts, err := s.client.Tenant.Query().Limit(2).All(ctx)
		if err != nil {
			return nil, kakanai.Internal(err)
		}
		if len(ts) == 1 {
			return ts[0], nil
		}
		return nil, &kakanai.Error{Code: kakanai.EINVALID, Field: "tenant", Message: "自治体コードを入力してください。"}
	}
	t, err := s.client.Tenant.Query().Where(tenant.LgCode(strings.TrimSpace(lgCode))).Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errBadCredentials
	}
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return t, nil
}

func randomToken(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

func (s *Service) openSession(ctx context.Context, u *ent.User, req LoginRequest, now time.Time) (*Session, error) {
	token, csrf := randomToken(32), randomToken(24)
	expires := now.Add(s.MaxSessionAge)
	err := s.client.Session.Create().SetTenantID(u.TenantID).SetUserID(u.ID).SetTokenHash(tokenHash(token)).
		SetCsrfToken(csrf).SetLastSeenAt(now).SetExpiresAt(expires).
		SetClientAddr(truncate(req.ClientAddr, 100)).SetUserAgent(truncate(req.UserAgent, 300)).Exec(ctx)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return &Session{Token: token, CSRFToken: csrf, ExpiresAt: expires}, nil
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n])
	}
	return s
}

// touchEvery limits how often a session's last-seen time is written: the idle timeout is in minutes, and a
// write on every request would serialise SQLite for nothing.
const touchEvery = time.Minute

// SessionViewer resolves a session cookie. It returns the viewer and the session's CSRF token, or unauthorized
// when the session is unknown, idle too long or too old (and then deletes it).
func (s *Service) SessionViewer(ctx context.Context, token string) (*authz.Viewer, string, error) {
	sys := system(ctx)
	sess, err := s.client.Session.Query().Where(session.TokenHash(tokenHash(token))).WithUser().Only(sys)
	if ent.IsNotFound(err) {
		return nil, "", errSessionExpired
	}
	if err != nil {
		return nil, "", kakanai.Internal(err)
	}
	now := s.Now()
	if now.After(sess.ExpiresAt) || now.Sub(sess.LastSeenAt) > s.IdleTimeout || sess.Edges.User.Disabled {
		if err := s.client.Session.DeleteOneID(sess.ID).Exec(sys); err != nil && !ent.IsNotFound(err) {
			return nil, "", kakanai.Internal(err)
		}
		return nil, "", errSessionExpired
	}
	if now.Sub(sess.LastSeenAt) > touchEvery {
		if err := s.client.Session.UpdateOneID(sess.ID).SetLastSeenAt(now).Exec(sys); err != nil {
			return nil, "", kakanai.Internal(err)
		}
	}
	t, err := s.client.Tenant.Get(sys, sess.TenantID)
	if err != nil {
		return nil, "", kakanai.Internal(err)
	}
	v, err := s.viewerFor(sys, sess.Edges.User, t)
	if err != nil {
		return nil, "", err
	}
	v.SessionID = sess.ID
	return v, sess.CsrfToken, nil
}

var errSessionExpired = kakanai.Errorf(kakanai.EUNAUTHORIZED, "セッションの有効期限が切れました。もう一度ログインしてください。")

// CheckCSRF compares the token the browser sent with the session's, in constant time.
func CheckCSRF(sent, want string) bool {
	return sent != "" && subtle.ConstantTimeCompare([]byte(sent), []byte(want)) == 1
}

// Logout ends the session of the viewer in ctx.
func (s *Service) Logout(ctx context.Context) error {
	v := authz.FromContext(ctx)
	if v == nil || v.SessionID == 0 {
		return kakanai.Errorf(kakanai.EUNAUTHORIZED, "ログインしていません。")
	}
	if err := s.client.Session.DeleteOneID(v.SessionID).Exec(system(ctx)); err != nil && !ent.IsNotFound(err) {
		return kakanai.Internal(err)
	}
	return s.audit.Record(ctx, audit.Event{Operation: "logout", ObjectType: "User", ObjectIDs: []string{fmt.Sprint(v.UserID)}})
}

// ChangePassword lets a logged-in user replace their own password; other sessions of the user end.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v, err := authz.Require(ctx)
	if err != nil {
		return err
	}
	sys := system(ctx)
	u, err := s.client.User.Get(sys, v.UserID)
	if err != nil {
		return kakanai.Internal(err)
	}
	if !checkPassword(current, u.PasswordHash) {
		s.audit.MustRecord(ctx, audit.Event{Operation: "changePassword", ObjectType: "User", ObjectIDs: []string{fmt.Sprint(u.ID)}, Result: audit.ResultDenied, Detail: "wrong current password"})
		return kakanai.Invalid("currentPassword", "現在のパスワードが正しくありません。")
	}
	if current == next {
		return kakanai.Invalid("newPassword", "新しいパスワードは現在のものと変えてください。")
	}
	if err := ValidatePassword("newPassword", next, u.LoginID); err != nil {
		return err
	}
	hash, err := HashPassword(next)
	if err != nil {
		return err
	}
	if err := s.client.User.UpdateOneID(u.ID).SetPasswordHash(hash).SetPasswordChangedAt(s.Now()).SetMustChangePassword(false).Exec(sys); err != nil {
		return kakanai.Internal(err)
	}
	if _, err := s.client.Session.Delete().Where(session.UserID(u.ID), session.IDNEQ(v.SessionID)).Exec(sys); err != nil {
		return kakanai.Internal(err)
	}
	return s.audit.Record(ctx, audit.Event{Operation: "changePassword", ObjectType: "User", ObjectIDs: []string{fmt.Sprint(u.ID)}})
}

// viewerFor gathers the user's roles, directly and through groups, and the permissions they grant.
func (s *Service) viewerFor(ctx context.Context, u *ent.User, t *ent.Tenant) (*authz.Viewer, error) {
	assignments, err := s.client.RoleAssignment.Query().Where(
		roleassignment.TenantID(u.TenantID),
		roleassignment.Or(
			roleassignment.UserID(u.ID),
			roleassignment.HasGroupWith(group.HasMembersWith(user.ID(u.ID))),
		),
	).All(ctx)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	v := &authz.Viewer{UserID: u.ID, TenantID: u.TenantID, LoginID: u.LoginID}
	seen := map[authz.Role]bool{}
	for _, a := range assignments {
		r := authz.Role(a.Role)
		if r.Valid() && !seen[r] {
			seen[r] = true
			v.Roles = append(v.Roles, r)
		}
	}
	v.AllTenants = seen[authz.RoleSystemAdmin]
	perms, err := authz.PermissionsOf(t.LgCode, v.Roles)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	v.Permissions = perms
	return v, nil
}

// APITokenPrefix starts every API token, so that secret scanners can recognise a leaked one.
const APITokenPrefix = "kkn_"

// TokenViewer resolves a Bearer token to a viewer acting for the token's owner, with the intersection of the
// owner's permissions and the token's.
func (s *Service) TokenViewer(ctx context.Context, bearer string) (*authz.Viewer, error) {
	sys := system(ctx)
	invalid := kakanai.Errorf(kakanai.EUNAUTHORIZED, "APIトークンが無効です。")
	if !strings.HasPrefix(bearer, APITokenPrefix) {
		return nil, invalid
	}
	tok, err := s.client.APIToken.Query().Where(apitoken.TokenHash(tokenHash(bearer))).WithUser().Only(sys)
	if ent.IsNotFound(err) {
		return nil, invalid
	}
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	now := s.Now()
	if tok.RevokedAt != nil || (tok.ExpiresAt != nil && now.After(*tok.ExpiresAt)) || tok.Edges.User.Disabled {
		return nil, invalid
	}
	t, err := s.client.Tenant.Get(sys, tok.TenantID)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	v, err := s.viewerFor(sys, tok.Edges.User, t)
	if err != nil {
		return nil, err
	}
	scope := map[string]bool{}
	for _, p := range tok.Permissions {
		scope[p] = true
	}
	kept := v.Permissions[:0]
	for _, p := range v.Permissions {
		if scope[string(p)] {
			kept = append(kept, p)
		}
	}
	v.Permissions = kept
	// A token never acts across tenants, even one created by a システム管理者.
	v.AllTenants = false
	v.APITokenID = tok.ID
	if tok.LastUsedAt == nil || now.Sub(*tok.LastUsedAt) > touchEvery {
		if err := s.client.APIToken.UpdateOneID(tok.ID).SetLastUsedAt(now).Exec(sys); err != nil {
			return nil, kakanai.Internal(err)
		}
	}
	return v, nil
}

// CreatedToken is a new API token with its secret, shown once.
type CreatedToken struct {
	Token  *ent.APIToken
	Secret string
}

// CreateAPIToken creates a token for the viewer, limited to permissions the viewer holds.
func (s *Service) CreateAPIToken(ctx context.Context, name string, perms []string, expiresAt *time.Time) (*CreatedToken, error) {
	v, err := authz.Require(ctx, authz.PermAPITokenAdmin)
	if err != nil {
		return nil, err
	}
	if v.APITokenID != 0 {
		return nil, kakanai.Errorf(kakanai.EFORBIDDEN, "APIトークンでは新しいAPIトークンを作成できません。")
	}
	if strings.TrimSpace(name) == "" {
		return nil, kakanai.Invalid("name", "トークンの名前を入力してください。")
	}
	if len(perms) == 0 {
		return nil, kakanai.Invalid("permissions", "権限を1つ以上選んでください。")
	}
	for _, p := range perms {
		if !authz.Permission(p).Valid() {
			return nil, kakanai.Invalid("permissions", "不明な権限です: %s", p)
		}
		if !v.Can(authz.Permission(p)) {
			return nil, kakanai.Invalid("permissions", "自分が持たない権限はトークンに付与できません: %s", p)
		}
	}
	if expiresAt != nil && !expiresAt.After(s.Now()) {
		return nil, kakanai.Invalid("expiresAt", "有効期限は未来の日時にしてください。")
	}
	secret := APITokenPrefix + randomToken(32)
	tok, err := s.client.APIToken.Create().SetTenantID(v.TenantID).SetUserID(v.UserID).SetName(name).
		SetPrefix(secret[:len(APITokenPrefix)+6]).SetTokenHash(tokenHash(secret)).SetPermissions(perms).
		SetNillableExpiresAt(expiresAt).Save(ctx)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	return &CreatedToken{Token: tok, Secret: secret}, nil
}

// RevokeAPIToken ends a token of the viewer's tenant.
func (s *Service) RevokeAPIToken(ctx context.Context, id int) (*ent.APIToken, error) {
	if _, err := authz.Require(ctx, authz.PermAPITokenAdmin); err != nil {
		return nil, err
	}
	tok, err := s.client.APIToken.UpdateOneID(id).SetRevokedAt(s.Now()).Save(ctx)
	return tok, store.Err(err, "APIトークン")
}
