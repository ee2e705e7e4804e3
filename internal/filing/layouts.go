package filing

import (
	"context"
	"errors"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/formlayout"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/store"
)

// layoutKind maps a 届出's kind to the forms package's.
func layoutKind(k notification.Kind) (formlayout.Kind, string) {
	if k == notification.KindExOfficio {
		return formlayout.KindExOfficio, forms.KindExOfficio
	}
	return formlayout.KindMove, forms.KindNotification
}

// UploadLayout stores a new version of the tenant's own layout (K-k, G1) after validating it; it becomes the
// one that prints. The message of an invalid layout names the element.
func (s *Service) UploadLayout(ctx context.Context, kind notification.Kind, definition []byte) (*ent.FormLayout, error) {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return nil, err
	}
	l, err := forms.ParseLayout(definition)
	if err != nil {
		return nil, err
	}
	fk, want := layoutKind(kind)
	if l.Kind != "" && l.Kind != want {
		return nil, kakanai.Invalid("layout.kind", "様式の種類（%s）が %s ではありません。", l.Kind, want)
	}
	var out *ent.FormLayout
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		last, err := tx.FormLayout.Query().Where(formlayout.KindEQ(fk)).Order(ent.Desc(formlayout.FieldVersion)).First(ctx)
		next := 1
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			return store.Err(err, "様式")
		default:
			next = last.Version + 1
		}
		if _, err := tx.FormLayout.Update().Where(formlayout.KindEQ(fk)).SetActive(false).Save(ctx); err != nil {
			return store.Err(err, "様式")
		}
		name := l.Name
		if name == "" {
			name = "様式"
		}
		out, err = tx.FormLayout.Create().SetTenantID(v.TenantID).SetKind(fk).SetVersion(next).SetName(name).
			SetDefinition(string(definition)).SetCreatedByID(v.UserID).Save(ctx)
		return store.Err(err, "様式")
	})
	return out, err
}

// Layouts lists the tenant's uploaded layout versions, newest first.
func (s *Service) Layouts(ctx context.Context) ([]*ent.FormLayout, error) {
	if _, err := authz.Require(ctx, authz.PermTemplateRead); err != nil {
		return nil, err
	}
	ls, err := s.client.FormLayout.Query().Order(ent.Desc(formlayout.FieldVersion)).All(ctx)
	return ls, store.Err(err, "様式")
}

// ActiveLayout is the layout that prints for the viewer's tenant: its newest active upload, or the built-in one.
func (s *Service) ActiveLayout(ctx context.Context, kind notification.Kind) (*forms.Layout, error) {
	fk, want := layoutKind(kind)
	row, err := s.client.FormLayout.Query().Where(formlayout.KindEQ(fk), formlayout.Active(true)).
		Order(ent.Desc(formlayout.FieldVersion)).First(ctx)
	switch {
	case ent.IsNotFound(err):
		if want == forms.KindExOfficio {
			return forms.ExOfficioLayout(), nil
		}
		return forms.NotificationLayout(), nil
	case err != nil:
		return nil, store.Err(err, "様式")
	}
	return forms.ParseLayout([]byte(row.Definition))
}

// Paper renders a 届出 in its layout as SVG for the console (K-d): every field is a focusable element with
// data-field naming the input path. The 個人番号 is masked unless the viewer may read it.
func (s *Service) Paper(ctx context.Context, id int, maskID string) (string, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return "", err
	}
	n, err := s.client.Notification.Get(ctx, id)
	if err != nil {
		return "", store.Err(err, "届出")
	}
	if maskID == "" && !v.Can(authz.PermMyNumberRead) {
		maskID = "mynumber"
	}
	opts := forms.Options{}
	if maskID != "" {
		p, err := s.activeMaskProfile(ctx, maskID)
		if err != nil {
			return "", err
		}
		// A profile only some roles may open is no more visible on screen than in the archive (K-v).
		if !v.Can(authz.Permission(p.RequiredPermission)) {
			return "", kakanai.Errorf(kakanai.EFORBIDDEN, "マスク「%s」の表示は許可されていません。", p.Name)
		}
		opts.Mask = p.Form()
	}
	if font, err := forms.DefaultFont(); err == nil {
		opts.Font = font
	} else if !errors.Is(err, forms.ErrFontNotFound) {
		return "", kakanai.Internal(err)
	}
	l, err := s.ActiveLayout(ctx, n.Kind)
	if err != nil {
		return "", err
	}
	jn, err := s.toJuki(ctx, n)
	if err != nil {
		return "", err
	}
	svg, err := forms.RenderSVG(l, forms.DataFromNotification(jn, s.extras(ctx, n)), opts)
	if err != nil {
		return "", kakanai.Internal(err)
	}
	return svg, nil
}
