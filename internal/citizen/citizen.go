// Package citizen is the server side of the citizen app (手続きナビ): the public configuration a resident's browser
// reads (look, navigations, glossary, counters, the QR public key), access counts, the tenant's settings and key
// rotation, and the counter's import of a resident's QR code into a draft 届出. The resident's own data never
// reaches this package except inside a sealed code that staff scan at the counter (N-v, N-w).
package citizen

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"io"
	"strconv"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/citizenkey"
	"github.com/kakanai/kakanai/ent/citizensite"
	"github.com/kakanai/kakanai/ent/tenant"
	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/navi"
	"github.com/kakanai/kakanai/internal/secret"
	"github.com/kakanai/kakanai/internal/store"
)

// Service is the citizen app's server side. Now and Rand are replaceable for tests.
type Service struct {
	client *ent.Client
	box    *secret.Box
	log    *audit.Log
	filing *filing.Service
	Now    func() time.Time
	Rand   io.Reader
	// Line makes the LINE client of a tenant's channel; replaced in tests to reach a local fake of the API.
	Line LineFactory
}

// NewService wires the service. box seals the QR private keys and the LINE secrets.
func NewService(client *ent.Client, box *secret.Box, log *audit.Log, f *filing.Service) *Service {
	return &Service{client: client, box: box, log: log, filing: f, Now: time.Now, Rand: rand.Reader, Line: DefaultLineFactory("", "")}
}

// Key lifetime: a year, renewed automatically a code's validity before it ends so that no code outlives its key.
const keyLifetime = 365 * 24 * time.Hour

// Colours the app offers (N-g); each has a theme that meets WCAG AAA in clients/citizen.
var Colors = []string{"blue", "red", "green", "yellow", "purple"}

// TenantRef names a municipality whose app is served here.
type TenantRef struct {
	LgCode string `json:"lgCode"`
	Name   string `json:"name"`
}

// Tenants lists the municipalities, for the app's first address (/citizen/) on a server that serves several.
func (s *Service) Tenants(ctx context.Context) ([]TenantRef, error) {
	ts, err := s.client.Tenant.Query().Order(ent.Asc(tenant.FieldLgCode)).All(store.SystemContext(ctx))
	if err != nil {
		return nil, store.Err(err, "自治体")
	}
	out := make([]TenantRef, len(ts))
	for i, t := range ts {
		out[i] = TenantRef{LgCode: t.LgCode, Name: t.Name}
	}
	return out, nil
}

// residentContext scopes an anonymous request to one tenant: the privacy rules then filter every query to it,
// as they do for staff, and the resident holds no permission at all.
func (s *Service) residentContext(ctx context.Context, lgCode string) (context.Context, *ent.Tenant, error) {
	t, err := s.client.Tenant.Query().Where(tenant.LgCode(lgCode)).Only(store.SystemContext(ctx))
	if err != nil {
		if ent.IsNotFound(err) {
			return nil, nil, kakanai.Errorf(kakanai.ENOTFOUND, "この自治体の手続きナビはありません。")
		}
		return nil, nil, store.Err(err, "自治体")
	}
	return authz.NewContext(ctx, &authz.Viewer{TenantID: t.ID}), t, nil
}

// site returns the tenant's settings row, or the defaults when the tenant never saved any.
func (s *Service) site(ctx context.Context) (*ent.CitizenSite, error) {
	site, err := s.client.CitizenSite.Query().Only(ctx)
	if ent.IsNotFound(err) {
		// The schema's defaults, as a saved row would have them.
		return &ent.CitizenSite{Color: citizensite.DefaultColor, IdleMinutes: citizensite.DefaultIdleMinutes,
			CodeValidDays: citizensite.DefaultCodeValidDays}, nil
	}
	return site, store.Err(err, "手続きナビの設定")
}

// PublicKey is the key residents' browsers seal to.
type PublicKey struct {
	ID        uint32    `json:"id"`
	PublicKey string    `json:"publicKey"` // base64url without padding, 32 bytes
	ExpiresAt time.Time `json:"expiresAt"`
}

// Look is the tenant's appearance of the app (N-f, N-g).
type Look struct {
	Color     string  `json:"color"`
	EmblemURL *string `json:"emblemUrl"`
	ImageURL  *string `json:"imageUrl"`
	Welcome   *navi.L `json:"welcome"`
}

// PublicConfig is everything the app needs, cacheable by its service worker: it holds nothing personal.
type PublicConfig struct {
	LgCode             string         `json:"lgCode"`
	Name               string         `json:"name"`
	Prefecture         string         `json:"prefecture"`
	Look               Look           `json:"look"`
	IdleMinutes        int            `json:"idleMinutes"`
	IdleWarningSeconds int            `json:"idleWarningSeconds"`
	LiffID             *string        `json:"liffId"`
	QRKey              PublicKey      `json:"qrKey"`
	CodeValidDays      int            `json:"codeValidDays"`
	Flows              []navi.Flow    `json:"flows"`
	Glossary           []navi.Term    `json:"glossary"`
	Counters           []navi.Counter `json:"counters"`
}

// PublicConfig returns the app's configuration for a municipality.
func (s *Service) PublicConfig(ctx context.Context, lgCode string) (*PublicConfig, error) {
	ctx, t, err := s.residentContext(ctx, lgCode)
	if err != nil {
		return nil, err
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	key, err := s.activeKey(ctx, t.ID, site.CodeValidDays)
	if err != nil {
		return nil, err
	}
	set, err := s.navigation(ctx, site)
	if err != nil {
		return nil, err
	}
	c := &PublicConfig{
		LgCode: t.LgCode, Name: t.Name, IdleMinutes: site.IdleMinutes, IdleWarningSeconds: 60,
		CodeValidDays: site.CodeValidDays, Flows: set.Flows, Glossary: set.Glossary, Counters: set.Counters,
		QRKey: PublicKey{ID: uint32(key.KeyID), PublicKey: base64.RawURLEncoding.EncodeToString(key.PublicKey), ExpiresAt: key.ExpiresAt.UTC()},
		Look:  Look{Color: site.Color},
	}
	if m, ok := address.Default().Municipality(t.LgCode); ok {
		c.Prefecture = m.Prefecture
	}
	if site.LiffID != "" {
		c.LiffID = &site.LiffID
	}
	version := site.UpdatedAt.UTC().Format("20060102150405")
	if len(site.Emblem) > 0 {
		u := "/api/citizen/" + t.LgCode + "/emblem?v=" + version
		c.Look.EmblemURL = &u
	}
	if len(site.Image) > 0 {
		u := "/api/citizen/" + t.LgCode + "/image?v=" + version
		c.Look.ImageURL = &u
	}
	if site.WelcomeJa != "" {
		c.Look.Welcome = &navi.L{Ja: site.WelcomeJa, En: site.WelcomeEn}
	}
	return c, nil
}

// Picture is the tenant's emblem or first-screen image (N-f).
type Picture struct {
	Data        []byte
	ContentType string
}

// Picture returns the emblem ("emblem") or the image ("image") of a municipality.
func (s *Service) Picture(ctx context.Context, lgCode, which string) (*Picture, error) {
	ctx, _, err := s.residentContext(ctx, lgCode)
	if err != nil {
		return nil, err
	}
	site, err := s.site(ctx)
	if err != nil {
		return nil, err
	}
	p := &Picture{Data: site.Emblem, ContentType: site.EmblemType}
	if which == "image" {
		p = &Picture{Data: site.Image, ContentType: site.ImageType}
	}
	if len(p.Data) == 0 {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "画像が登録されていません。")
	}
	return p, nil
}

// activeKey returns the key new codes are sealed to, making one when none can carry a code for validDays.
// Two requests may both make one at the first start; both keys are valid and the newer serves from then on.
func (s *Service) activeKey(ctx context.Context, tenantID, validDays int) (*ent.CitizenKey, error) {
	now := s.Now()
	k, err := s.client.CitizenKey.Query().
		Where(citizenkey.RetiredAtIsNil(), citizenkey.ExpiresAtGT(now.Add(time.Duration(validDays)*24*time.Hour))).
		Order(ent.Desc(citizenkey.FieldCreatedAt), ent.Desc(citizenkey.FieldID)).First(ctx)
	if err == nil {
		return k, nil
	}
	if !ent.IsNotFound(err) {
		return nil, store.Err(err, "暗号鍵")
	}
	return s.newKey(ctx, tenantID, nil)
}

func (s *Service) newKey(ctx context.Context, tenantID int, by *int) (*ent.CitizenKey, error) {
	priv, err := navi.GenerateKey(s.Rand)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	var id [4]byte
	if _, err := io.ReadFull(s.Rand, id[:]); err != nil {
		return nil, kakanai.Internal(err)
	}
	keyID := int64(binary.BigEndian.Uint32(id[:])&0x7fffffff | 1) // never 0; positive in every database
	sealed := s.box.Seal(priv.Bytes(), keyContext(tenantID, keyID))
	// The key is the system's, not the resident's: created outside the anonymous viewer's (empty) permissions.
	return s.client.CitizenKey.Create().SetTenantID(tenantID).SetKeyID(keyID).SetPublicKey(priv.PublicKey().Bytes()).
		SetPrivateKey([]byte(sealed)).SetExpiresAt(s.Now().Add(keyLifetime)).SetNillableCreatedByID(by).Save(ctx)
}

func keyContext(tenantID int, keyID int64) string {
	return "citizen-key:" + strconv.Itoa(tenantID) + ":" + strconv.FormatInt(keyID, 10)
}
