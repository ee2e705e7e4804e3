package filing

import (
	"context"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/maskprofile"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/ent/user"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/store"
)

// MaskProfile is a masked version of the archived 異動届 as a tenant has it (K-u): the built-in profiles, each
// possibly replaced or withdrawn by the tenant, and the tenant's own. RequiredPermission opens it (K-v).
type MaskProfile struct {
	Key                string
	Name               string
	Fields             []string
	RequiredPermission string
	Builtin            bool // one of the profiles every tenant starts with (changed or not)
	Active             bool // archived at completion and offered in the paper view
}

// Form returns the profile as internal/forms applies it.
func (p MaskProfile) Form() *forms.MaskProfile {
	return &forms.MaskProfile{ID: p.Key, Name: p.Name, Fields: p.Fields}
}

// MaskProfileInput is what an administrator saves.
type MaskProfileInput struct {
	Key                string
	Name               string
	Fields             []string
	RequiredPermission string
	Active             bool
	Position           int
}

// OriginalProfile names the unmasked archive, which shows the 個人番号: mynumber:read only.
const OriginalProfile = "original"

var maskKeyRe = regexp.MustCompile(`^[a-z][a-z0-9-]{0,49}$`)

// MaskProfiles lists the tenant's profiles, active or not, built-ins first in their order, then its own.
func (s *Service) MaskProfiles(ctx context.Context) ([]MaskProfile, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return nil, err
	}
	return s.maskProfiles(ctx)
}

func (s *Service) maskProfiles(ctx context.Context) ([]MaskProfile, error) {
	rows, err := s.client.MaskProfile.Query().Order(maskprofile.ByPosition(), maskprofile.ByKey()).All(ctx)
	if err != nil {
		return nil, store.Err(err, "マスク設定")
	}
	own := map[string]*ent.MaskProfile{}
	for _, r := range rows {
		own[r.Key] = r
	}
	var out []MaskProfile
	for _, b := range forms.BuiltinMaskProfiles() {
		p := MaskProfile{Key: b.ID, Name: b.Name, Fields: b.Fields, RequiredPermission: string(authz.PermNotificationRead), Builtin: true, Active: true}
		if r := own[b.ID]; r != nil {
			p.Name, p.Fields, p.RequiredPermission, p.Active = r.Name, r.Fields, r.RequiredPermission, r.Active
			delete(own, b.ID)
		}
		out = append(out, p)
	}
	for _, r := range rows {
		if own[r.Key] != nil {
			out = append(out, MaskProfile{Key: r.Key, Name: r.Name, Fields: r.Fields, RequiredPermission: r.RequiredPermission, Active: r.Active})
		}
	}
	return out, nil
}

// activeMaskProfile finds an active profile by key or name for rendering.
func (s *Service) activeMaskProfile(ctx context.Context, key string) (MaskProfile, error) {
	ps, err := s.maskProfiles(ctx)
	if err != nil {
		return MaskProfile{}, err
	}
	for _, p := range ps {
		if p.Active && (p.Key == key || p.Name == key) {
			return p, nil
		}
	}
	return MaskProfile{}, kakanai.Invalid("mask", "マスクの種類が正しくありません: %s", key)
}

// SaveMaskProfile creates or replaces one of the tenant's profiles (template:write). A built-in key changes that
// built-in for the tenant; DeleteMaskProfile restores it.
func (s *Service) SaveMaskProfile(ctx context.Context, in MaskProfileInput) (MaskProfile, error) {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return MaskProfile{}, err
	}
	in.Key, in.Name = strings.TrimSpace(in.Key), strings.TrimSpace(in.Name)
	if in.Key == OriginalProfile || !maskKeyRe.MatchString(in.Key) {
		return MaskProfile{}, kakanai.Invalid("key", "キーは英小文字で始まる英小文字・数字・ハイフン50文字以内です（original は使えません）。")
	}
	if in.RequiredPermission == "" {
		in.RequiredPermission = string(authz.PermNotificationRead)
	}
	if p := authz.Permission(in.RequiredPermission); !p.Valid() {
		return MaskProfile{}, kakanai.Invalid("requiredPermission", "権限「%s」はありません。", in.RequiredPermission)
	}
	var fields []string
	for _, f := range in.Fields {
		if f = strings.TrimSpace(f); f != "" && !slices.Contains(fields, f) {
			fields = append(fields, f)
		}
	}
	if err := (forms.MaskProfile{ID: in.Key, Name: in.Name, Fields: fields}).Validate(); err != nil {
		return MaskProfile{}, err
	}
	// 個人番号 is what masking exists for: a profile that shows it would be an original under another name.
	if !(&forms.MaskProfile{Fields: fields}).Masks("persons.0.myNumber") {
		return MaskProfile{}, kakanai.Invalid("fields", "マスク「%s」: 個人番号（persons.*.myNumber）は必ず隠してください。", in.Name)
	}
	err = s.client.MaskProfile.Create().SetTenantID(v.TenantID).SetKey(in.Key).SetName(in.Name).SetFields(fields).
		SetRequiredPermission(in.RequiredPermission).SetActive(in.Active).SetPosition(in.Position).
		OnConflictColumns(maskprofile.FieldTenantID, maskprofile.FieldKey).
		Update(func(u *ent.MaskProfileUpsert) {
			u.UpdateName().UpdateFields().UpdateRequiredPermission().UpdateActive().UpdatePosition().UpdateUpdatedAt()
		}).Exec(ctx)
	if err != nil {
		return MaskProfile{}, store.Err(err, "マスク設定")
	}
	ps, err := s.maskProfiles(ctx)
	if err != nil {
		return MaskProfile{}, err
	}
	for _, p := range ps {
		if p.Key == in.Key {
			return p, nil
		}
	}
	return MaskProfile{}, kakanai.Internal(fmt.Errorf("saved mask profile %q not found", in.Key))
}

// DeleteMaskProfile removes the tenant's row: its own profile goes, a changed built-in returns to the default.
// Archives already made keep their masked PDFs.
func (s *Service) DeleteMaskProfile(ctx context.Context, key string) (bool, error) {
	if _, err := authz.Require(ctx, authz.PermTemplateWrite); err != nil {
		return false, err
	}
	n, err := s.client.MaskProfile.Delete().Where(maskprofile.Key(key)).Exec(ctx)
	if err != nil {
		return false, store.Err(err, "マスク設定")
	}
	if n == 0 {
		return false, kakanai.Errorf(kakanai.ENOTFOUND, "マスク設定「%s」はありません。", key)
	}
	return true, nil
}

// ProfileName is what the console calls an archived version: 原本, or the profile's name (the key when the
// profile has since been deleted).
func (s *Service) ProfileName(ctx context.Context, key string) string {
	if key == OriginalProfile {
		return "原本"
	}
	if ps, err := s.maskProfiles(ctx); err == nil {
		for _, p := range ps {
			if p.Key == key {
				return p.Name
			}
		}
	}
	return key
}

// ActiveLayoutJSON is the layout that prints for the viewer's tenant, as JSON, for the console's preview and as
// the starting point of the tenant's own (K-k).
func (s *Service) ActiveLayoutJSON(ctx context.Context, kind notification.Kind) (string, error) {
	if _, err := authz.Require(ctx, authz.PermTemplateRead); err != nil {
		return "", err
	}
	l, err := s.ActiveLayout(ctx, kind)
	if err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(l, "", "  ")
	if err != nil {
		return "", kakanai.Internal(err)
	}
	return string(b), nil
}

// MemoAuthor is the display name of whoever wrote a memo. Users are otherwise visible to user administrators
// only; a memo's reader may know who wrote it, and nothing else of that account.
func (s *Service) MemoAuthor(ctx context.Context, m *ent.Memo) (string, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return "", err
	}
	if m.AuthorID == nil {
		return "", nil
	}
	u, err := s.client.User.Query().Where(user.ID(*m.AuthorID), user.TenantID(m.TenantID)).Only(store.SystemContext(ctx))
	if err != nil {
		return "", store.Err(err, "職員")
	}
	return u.DisplayName, nil
}
