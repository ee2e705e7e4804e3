package app

import (
	"context"

	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/juki"
)

// formsRenderer prints a 届出 in the tenant's layout (its own upload or the built-in one) for the archive (E1,
// K-e, K-u). Which masked copies are made and who opens them is the tenant's mask profiles (filing).
type formsRenderer struct {
	font   *forms.Font
	filing *filing.Service
}

func (r formsRenderer) RenderPDF(ctx context.Context, kind notification.Kind, n juki.Notification, extras map[string]string, mask *forms.MaskProfile) ([]byte, error) {
	layout, err := r.filing.ActiveLayout(ctx, kind)
	if err != nil {
		return nil, err
	}
	return forms.RenderPDF(layout, forms.DataFromNotification(n, extras), forms.Options{Font: r.font, Mask: mask})
}
