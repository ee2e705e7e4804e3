package citizen

import (
	"context"
	"crypto/ecdh"
	"encoding/json"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/citizenkey"
	"github.com/kakanai/kakanai/ent/navigationflow"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/navi"
	"github.com/kakanai/kakanai/internal/store"
)

// NavigationSet is a tenant's navigations, glossary and counters: the standard templates with the tenant's own
// copies in their place (N-aa).
type NavigationSet struct {
	Flows      []navi.Flow
	Glossary   []navi.Term
	Counters   []navi.Counter
	Customized map[string]time.Time // flow id → when the tenant's copy was saved
	OwnTerms   bool
	OwnCounter bool
}

func (s *Service) navigation(ctx context.Context, site *ent.CitizenSite) (*NavigationSet, error) {
	flows, glossary, counters := navi.Standard()
	set := &NavigationSet{Glossary: glossary, Counters: counters, Customized: map[string]time.Time{}}
	if site.Glossary != "" {
		if err := json.Unmarshal([]byte(site.Glossary), &set.Glossary); err != nil {
			return nil, kakanai.Internal(err)
		}
		set.OwnTerms = true
	}
	if site.Counters != "" {
		if err := json.Unmarshal([]byte(site.Counters), &set.Counters); err != nil {
			return nil, kakanai.Internal(err)
		}
		set.OwnCounter = true
	}
	rows, err := s.client.NavigationFlow.Query().All(ctx)
	if err != nil {
		return nil, store.Err(err, "手続きナビ")
	}
	for _, r := range rows {
		f, err := navi.ParseFlow([]byte(r.Definition))
		if err != nil {
			return nil, kakanai.Internal(err)
		}
		set.Customized[f.ID] = r.UpdatedAt
		if i := slices.IndexFunc(flows, func(g navi.Flow) bool { return g.ID == f.ID }); i >= 0 {
			flows[i] = *f
		} else {
			flows = append(flows, *f)
		}
	}
	sort.SliceStable(flows, func(i, j int) bool { return flows[i].Order < flows[j].Order })
	set.Flows = flows
	return set, nil
}

// Flow returns the flow of that id, or nil.
func (n *NavigationSet) Flow(id string) *navi.Flow {
	for i := range n.Flows {
		if n.Flows[i].ID == id {
			return &n.Flows[i]
		}
	}
	return nil
}

// Navigation returns the tenant's navigations for the admin screen.
func (s *Service) Navigation(ctx context.Context) (*NavigationSet, error) {
	if _, err := authz.Require(ctx, authz.PermCitizenAdmin); err != nil {
		return nil, err
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	return s.navigation(ctx, site)
}

// StandardFlowIDs lists the flows the product ships, so the admin screen can say which copies may be reset.
func StandardFlowIDs() []string {
	flows, _, _ := navi.Standard()
	ids := make([]string, len(flows))
	for i, f := range flows {
		ids[i] = f.ID
	}
	return ids
}

// SaveNavigationFlow stores the tenant's copy of a flow written as JSON or YAML; a new id adds a navigation.
func (s *Service) SaveNavigationFlow(ctx context.Context, definition string) (*navi.Flow, error) {
	v, err := authz.Require(ctx, authz.PermCitizenAdmin)
	if err != nil {
		return nil, err
	}
	f, err := navi.ParseFlow([]byte(definition))
	if err != nil {
		return nil, err
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	set, err := s.navigation(ctx, site)
	if err != nil {
		return nil, err
	}
	if err := f.Validate(set.Glossary, set.Counters); err != nil {
		return nil, err
	}
	stored, err := json.Marshal(f)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	err = s.client.NavigationFlow.Create().SetTenantID(v.TenantID).SetFlowID(f.ID).SetDefinition(string(stored)).
		SetUpdatedByID(v.UserID).OnConflictColumns(navigationflow.FieldTenantID, navigationflow.FieldFlowID).
		Update(func(u *ent.NavigationFlowUpsert) {
			u.UpdateDefinition().UpdateUpdatedByID().UpdateUpdatedAt()
		}).Exec(ctx)
	if err != nil {
		return nil, store.Err(err, "手続きナビ")
	}
	if err := s.record(ctx, "update.navigation", "NavigationFlow", f.ID, "手続きナビ「"+f.Title.Ja+"」を保存"); err != nil {
		return nil, err
	}
	return f, nil
}

// ResetNavigationFlow deletes the tenant's copy: a standard flow returns to the standard, an own flow is gone.
func (s *Service) ResetNavigationFlow(ctx context.Context, id string) error {
	if _, err := authz.Require(ctx, authz.PermCitizenAdmin); err != nil {
		return err
	}
	n, err := s.client.NavigationFlow.Delete().Where(navigationflow.FlowID(id)).Exec(ctx)
	if err != nil {
		return store.Err(err, "手続きナビ")
	}
	if n == 0 {
		return kakanai.Errorf(kakanai.ENOTFOUND, "この手続きナビ（%s）は変更されていません。", id)
	}
	return s.record(ctx, "delete.navigation", "NavigationFlow", id, "手続きナビを標準に戻す")
}

// SaveGlossaryAndCounters replaces the tenant's glossary or counters (JSON arrays; empty returns to the
// standard). Every navigation must still find the terms and counters it names.
func (s *Service) SaveGlossaryAndCounters(ctx context.Context, glossary, counters *string) error {
	if _, err := authz.Require(ctx, authz.PermCitizenAdmin); err != nil {
		return err
	}
	site, err := s.site(ctx)
	if err != nil {
		return err
	}
	next := *site
	if glossary != nil {
		next.Glossary = strings.TrimSpace(*glossary)
		var terms []navi.Term
		if next.Glossary != "" {
			if err := json.Unmarshal([]byte(next.Glossary), &terms); err != nil {
				return kakanai.Invalid("glossary", "用語集の形式が正しくありません（%s）。", err.Error())
			}
			if err := navi.ValidateGlossary(terms); err != nil {
				return err
			}
		}
	}
	if counters != nil {
		next.Counters = strings.TrimSpace(*counters)
		var cs []navi.Counter
		if next.Counters != "" {
			if err := json.Unmarshal([]byte(next.Counters), &cs); err != nil {
				return kakanai.Invalid("counters", "窓口の形式が正しくありません（%s）。", err.Error())
			}
			if err := navi.ValidateCounters(cs); err != nil {
				return err
			}
		}
	}
	set, err := s.navigation(ctx, &next)
	if err != nil {
		return err
	}
	if err := navi.ValidateAll(set.Flows, set.Glossary, set.Counters); err != nil {
		return err
	}
	return s.saveSite(ctx, func(u siteMutation) {
		if glossary != nil {
			u.SetGlossary(next.Glossary)
		}
		if counters != nil {
			u.SetCounters(next.Counters)
		}
	}, "用語集・窓口を保存")
}

// siteMutation is what create and update of the settings row have in common.
type siteMutation interface {
	SetColor(string)
	SetEmblem([]byte)
	SetEmblemType(string)
	SetImage([]byte)
	SetImageType(string)
	SetWelcomeJa(string)
	SetWelcomeEn(string)
	SetIdleMinutes(int)
	SetCodeValidDays(int)
	SetLiffID(string)
	SetLineLoginChannelID(string)
	SetLineChannelSecret([]byte)
	SetLineChannelToken([]byte)
	SetGlossary(string)
	SetCounters(string)
}

func (s *Service) saveSite(ctx context.Context, apply func(siteMutation), detail string) error {
	v := authz.FromContext(ctx)
	err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		site, err := tx.CitizenSite.Query().Only(ctx)
		switch {
		case ent.IsNotFound(err):
			c := tx.CitizenSite.Create().SetTenantID(v.TenantID)
			apply(c.Mutation())
			return c.Exec(ctx)
		case err != nil:
			return err
		}
		u := tx.CitizenSite.UpdateOne(site)
		apply(u.Mutation())
		return u.Exec(ctx)
	})
	if err != nil {
		return store.Err(err, "手続きナビの設定")
	}
	return s.record(ctx, "update.citizen_site", "CitizenSite", "", detail)
}

// Site is the tenant's settings as the admin screen shows them: secrets only as "set or not".
type Site struct {
	Color                 string
	HasEmblem, HasImage   bool
	WelcomeJa, WelcomeEn  string
	IdleMinutes           int
	CodeValidDays         int
	LiffID                string
	LineLoginChannelID    string
	LineConfigured        bool
	OwnGlossary, OwnCount bool
	Glossary              []navi.Term
	Counters              []navi.Counter
	AppPath               string // where residents open the app: /citizen/{lgCode}/
}

// Site returns the tenant's settings.
func (s *Service) Site(ctx context.Context) (*Site, error) {
	v, err := authz.Require(ctx, authz.PermCitizenAdmin)
	if err != nil {
		return nil, err
	}
	t, err := s.client.Tenant.Get(store.SystemContext(ctx), v.TenantID)
	if err != nil {
		return nil, store.Err(err, "自治体")
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	set, err := s.navigation(ctx, site)
	if err != nil {
		return nil, err
	}
	return &Site{
		Color: site.Color, HasEmblem: len(site.Emblem) > 0, HasImage: len(site.Image) > 0, WelcomeJa: site.WelcomeJa,
		WelcomeEn: site.WelcomeEn, IdleMinutes: site.IdleMinutes, CodeValidDays: site.CodeValidDays, LiffID: site.LiffID,
		LineLoginChannelID: site.LineLoginChannelID,
		LineConfigured:     len(site.LineChannelSecret) > 0 && len(site.LineChannelToken) > 0,
		OwnGlossary:        set.OwnTerms, OwnCount: set.OwnCounter, Glossary: set.Glossary, Counters: set.Counters,
		AppPath: "/citizen/" + t.LgCode + "/",
	}, nil
}

// SiteInput changes the settings; nil leaves a value as it is. For the LINE secrets an empty string clears them.
type SiteInput struct {
	Color              *string
	WelcomeJa          *string
	WelcomeEn          *string
	IdleMinutes        *int
	CodeValidDays      *int
	LiffID             *string
	LineLoginChannelID *string
	LineChannelSecret  *string
	LineChannelToken   *string
}

// SaveSite validates and stores the settings.
func (s *Service) SaveSite(ctx context.Context, in SiteInput) (*Site, error) {
	v, err := authz.Require(ctx, authz.PermCitizenAdmin)
	if err != nil {
		return nil, err
	}
	if in.Color != nil && !slices.Contains(Colors, *in.Color) {
		return nil, kakanai.Invalid("color", "基調色は青・赤・緑・黄・紫から選んでください。")
	}
	if in.IdleMinutes != nil && (*in.IdleMinutes < 1 || *in.IdleMinutes > 60) {
		return nil, kakanai.Invalid("idleMinutes", "操作がないときに消去するまでの時間は1〜60分で入力してください。")
	}
	if in.CodeValidDays != nil && (*in.CodeValidDays < 1 || *in.CodeValidDays > 90) {
		return nil, kakanai.Invalid("codeValidDays", "二次元コードの有効日数は1〜90日で入力してください。")
	}
	for field, p := range map[string]*string{"welcomeJa": in.WelcomeJa, "welcomeEn": in.WelcomeEn} {
		if p != nil && len([]rune(*p)) > 500 {
			return nil, kakanai.Invalid(field, "あいさつ文は500文字以内で入力してください。")
		}
	}
	for field, p := range map[string]*string{"liffId": in.LiffID, "lineLoginChannelId": in.LineLoginChannelID} {
		if p != nil && (len(*p) > 100 || strings.ContainsAny(*p, " /?#")) {
			return nil, kakanai.Invalid(field, "LINEの設定値に使えない文字が含まれています。")
		}
	}
	err = s.saveSite(ctx, func(u siteMutation) {
		set := func(p *string, f func(string)) {
			if p != nil {
				f(strings.TrimSpace(*p))
			}
		}
		set(in.Color, u.SetColor)
		set(in.WelcomeJa, u.SetWelcomeJa)
		set(in.WelcomeEn, u.SetWelcomeEn)
		set(in.LiffID, u.SetLiffID)
		set(in.LineLoginChannelID, u.SetLineLoginChannelID)
		if in.IdleMinutes != nil {
			u.SetIdleMinutes(*in.IdleMinutes)
		}
		if in.CodeValidDays != nil {
			u.SetCodeValidDays(*in.CodeValidDays)
		}
		seal := func(p *string, what string, f func([]byte)) {
			if p == nil {
				return
			}
			if *p == "" {
				f(nil)
				return
			}
			f([]byte(s.box.Seal([]byte(strings.TrimSpace(*p)), lineContext(v.TenantID, what))))
		}
		seal(in.LineChannelSecret, "secret", u.SetLineChannelSecret)
		seal(in.LineChannelToken, "token", u.SetLineChannelToken)
	}, "手続きナビの設定を保存")
	if err != nil {
		return nil, err
	}
	return s.Site(ctx)
}

func lineContext(tenantID int, what string) string {
	return "citizen-line:" + what + ":" + strconv.Itoa(tenantID)
}

// Picture limits: an emblem is small; the first-screen image is a photo.
var pictureLimits = map[string]int{"emblem": 512 << 10, "image": 2 << 20}

// SetPicture stores (or, with no data, removes) the emblem or the first-screen image. Only raster images are
// accepted: an SVG could carry script into the residents' app.
func (s *Service) SetPicture(ctx context.Context, which string, data []byte) error {
	if _, err := authz.Require(ctx, authz.PermCitizenAdmin); err != nil {
		return err
	}
	limit, ok := pictureLimits[which]
	if !ok {
		return kakanai.Invalid("which", "emblem か image を指定してください。")
	}
	var contentType string
	if len(data) > 0 {
		if len(data) > limit {
			return kakanai.Invalid(which, "画像が大きすぎます（%d KB まで）。", limit>>10)
		}
		contentType = http.DetectContentType(data)
		if contentType != "image/png" && contentType != "image/jpeg" && contentType != "image/webp" {
			return kakanai.Invalid(which, "PNG・JPEG・WebP の画像を選んでください。")
		}
	}
	return s.saveSite(ctx, func(u siteMutation) {
		if which == "emblem" {
			u.SetEmblem(data)
			u.SetEmblemType(contentType)
		} else {
			u.SetImage(data)
			u.SetImageType(contentType)
		}
	}, map[string]string{"emblem": "紋章を変更", "image": "画像を変更"}[which])
}

// Key is a QR key as the admin screen lists it.
type Key struct {
	ID        uint32
	CreatedAt time.Time
	ExpiresAt time.Time
	RetiredAt *time.Time
	Active    bool // new codes are sealed to it
}

// Keys lists the tenant's QR keys, newest first.
func (s *Service) Keys(ctx context.Context) ([]Key, error) {
	if _, err := authz.Require(ctx, authz.PermCitizenAdmin); err != nil {
		return nil, err
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	keys, err := s.client.CitizenKey.Query().Order(ent.Desc(citizenkey.FieldCreatedAt), ent.Desc(citizenkey.FieldID)).All(ctx)
	if err != nil {
		return nil, store.Err(err, "暗号鍵")
	}
	out := make([]Key, len(keys))
	activeFound := false
	horizon := s.Now().Add(time.Duration(site.CodeValidDays) * 24 * time.Hour)
	for i, k := range keys {
		out[i] = Key{ID: uint32(k.KeyID), CreatedAt: k.CreatedAt, ExpiresAt: k.ExpiresAt, RetiredAt: k.RetiredAt}
		if !activeFound && k.RetiredAt == nil && k.ExpiresAt.After(horizon) {
			out[i].Active, activeFound = true, true
		}
	}
	return out, nil
}

// RotateKey makes a new key for new codes. Codes made before still open with the old key until it expires,
// unless retireOthers, for a key that may have leaked: then those codes can no longer be read.
func (s *Service) RotateKey(ctx context.Context, retireOthers bool) (*Key, error) {
	v, err := authz.Require(ctx, authz.PermCitizenAdmin)
	if err != nil {
		return nil, err
	}
	if retireOthers {
		if err := s.client.CitizenKey.Update().Where(citizenkey.RetiredAtIsNil()).SetRetiredAt(s.Now()).Exec(ctx); err != nil {
			return nil, store.Err(err, "暗号鍵")
		}
	}
	uid := v.UserID
	k, err := s.newKey(ctx, v.TenantID, &uid)
	if err != nil {
		return nil, store.Err(err, "暗号鍵")
	}
	detail := "二次元コードの暗号鍵を更新"
	if retireOthers {
		detail += "（旧鍵を失効）"
	}
	if err := s.record(ctx, "update.citizen_key", "CitizenKey", strconv.FormatInt(k.KeyID, 10), detail); err != nil {
		return nil, err
	}
	return &Key{ID: uint32(k.KeyID), CreatedAt: k.CreatedAt, ExpiresAt: k.ExpiresAt, Active: true}, nil
}

// privateKey opens the viewer's tenant key of that id for reading a code.
func (s *Service) privateKey(ctx context.Context) func(uint32) (*ecdh.PrivateKey, error) {
	return func(id uint32) (*ecdh.PrivateKey, error) {
		k, err := s.client.CitizenKey.Query().Where(citizenkey.KeyID(int64(id))).Only(ctx)
		// Another city's key, an unknown key and a retired key read the same to navi.OpenCode: not found.
		if ent.IsNotFound(err) || (err == nil && k.RetiredAt != nil) {
			return nil, kakanai.Errorf(kakanai.ENOTFOUND, "暗号鍵が見つかりません。")
		}
		if err != nil {
			return nil, store.Err(err, "暗号鍵")
		}
		raw, err := s.box.Open(string(k.PrivateKey), keyContext(k.TenantID, k.KeyID))
		if err != nil {
			return nil, kakanai.Internal(err)
		}
		return ecdh.X25519().NewPrivateKey(raw)
	}
}

// record audits a change; an operation that cannot be audited is not reported as done.
func (s *Service) record(ctx context.Context, op, objectType, id, detail string) error {
	e := audit.Event{Operation: op, ObjectType: objectType, Detail: detail}
	if id != "" {
		e.ObjectIDs = []string{id}
	}
	if err := s.log.Record(ctx, e); err != nil {
		return kakanai.Internal(err)
	}
	return nil
}
