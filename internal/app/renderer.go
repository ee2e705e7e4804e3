package app

import (
	"context"
	"fmt"

	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/juki"
)

// formsRenderer prints a 届出 in the tenant's layout (its own upload or the built-in one) for the archive (E1,
// K-e, K-u). The original shows the 個人番号 and opens only with mynumber:read; every masked copy opens for
// whoever reads 届出 (K-v).
type formsRenderer struct {
	font   *forms.Font
	filing *filing.Service
}

func (r formsRenderer) RenderPDF(ctx context.Context, kind notification.Kind, n juki.Notification, extras map[string]string, mask string) ([]byte, error) {
	layout, err := r.filing.ActiveLayout(ctx, kind)
	if err != nil {
		return nil, err
	}
	opts := forms.Options{Font: r.font}
	if mask != "" {
		p, ok := forms.BuiltinMaskProfile(mask)
		if !ok {
			return nil, fmt.Errorf("unknown mask profile %q", mask)
		}
		opts.Mask = &p
	}
	return forms.RenderPDF(layout, forms.DataFromNotification(n, extras), opts)
}

func (r formsRenderer) MaskProfiles() []filing.MaskProfile {
	var out []filing.MaskProfile
	for _, p := range forms.BuiltinMaskProfiles() {
		out = append(out, filing.MaskProfile{Name: p.ID, RequiredPermission: authz.PermNotificationRead})
	}
	return out
}
