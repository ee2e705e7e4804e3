package citizen

import (
	"context"
	"strconv"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/reception"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/navi"
	"github.com/kakanai/kakanai/internal/store"
)

// Import is what the counter got from a resident's code: the reception (its channel now citizen_qr), the draft
// 届出 where the navigation leads to one, and the navigation's result so staff see what the resident prepared.
type Import struct {
	Reception    *ent.Reception
	Notification *filing.Saved // nil: the navigation has no 届出 (証明書, 出生 …) or no household was entered
	Flow         *navi.Flow
	Evaluation   navi.Evaluation
	Persons      int
	MadeAt       time.Time
}

// ImportCode opens a resident's code (typed by a keyboard-wedge reader or read by the camera) and turns it into a
// reception with a draft 届出 (N-t, N-u). Without receptionID a new reception is opened.
func (s *Service) ImportCode(ctx context.Context, code string, receptionID *int) (*Import, error) {
	if _, err := authz.Require(ctx, authz.PermReceptionWrite, authz.PermNotificationWrite); err != nil {
		return nil, err
	}
	p, err := navi.OpenCode(code, s.privateKey(ctx), s.Now())
	if err != nil {
		_ = s.log.Record(ctx, audit.Event{Operation: "import.citizen_code", ObjectType: "Reception", Result: audit.ResultFailed, Detail: "市民の二次元コードを読み取れませんでした"})
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
	f := set.Flow(p.Flow)
	if f == nil {
		return nil, invalidCode("この二次元コードの手続き（" + p.Flow + "）は、この自治体の手続きナビにありません。")
	}
	var r *ent.Reception
	if receptionID == nil {
		if r, err = s.filing.OpenReception(ctx, filing.NewReception{Channel: reception.ChannelCitizenQr}); err != nil {
			return nil, err
		}
	} else {
		if r, err = s.client.Reception.UpdateOneID(*receptionID).SetChannel(reception.ChannelCitizenQr).Save(ctx); err != nil {
			return nil, store.Err(err, "受付")
		}
	}
	imp := &Import{Reception: r, Flow: f, Evaluation: navi.Evaluate(f, p.Answers), MadeAt: time.Unix(int64(p.Made), 0)}
	if p.Household != nil {
		imp.Persons = len(p.Household.Persons)
	}
	if n, ok := p.Draft(f); ok && p.Household != nil {
		// The 届出 is made at the counter today, like one from a scanned document.
		n.NotifiedOn = juki.TodayInJapan(s.Now()).ISO()
		rid := r.ID
		if imp.Notification, err = s.filing.Create(ctx, &rid, filing.Draft{Notification: n}); err != nil {
			return nil, err
		}
	}
	detail := "市民の二次元コードを読取（" + f.Title.Ja + "、" + strconv.Itoa(imp.Persons) + "人）"
	e := audit.Event{Operation: "import.citizen_code", ObjectType: "Reception", ObjectIDs: []string{strconv.Itoa(r.ID)}, Detail: detail}
	if err := s.log.Record(ctx, e); err != nil {
		return nil, kakanai.Internal(err)
	}
	return imp, nil
}

func invalidCode(msg string) error { return kakanai.Invalid("code", "%s", msg) }
