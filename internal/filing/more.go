package filing

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/inputhistory"
	"github.com/kakanai/kakanai/ent/reception"
	"github.com/kakanai/kakanai/ent/stockphrase"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/store"
)

func auditMyNumber(p *ent.Person) audit.Event {
	return audit.Event{Operation: "read.mynumber", ObjectType: "Person", ObjectIDs: []string{strconv.Itoa(p.ID)}, Detail: "個人番号を表示"}
}

// ---- receptions ----

// NewReception is what staff choose when a resident arrives.
type NewReception struct {
	Department string
	Channel    reception.Channel
	Memo       string
}

// OpenReception starts a visit and gives it the next 確認番号 of the day in Japan. Two counters opening at the
// same moment may race for a number; the unique index decides and the loser takes the next one.
func (s *Service) OpenReception(ctx context.Context, in NewReception) (*ent.Reception, error) {
	v, err := authz.Require(ctx, authz.PermReceptionWrite)
	if err != nil {
		return nil, err
	}
	day := juki.TodayInJapan(s.Now()).ISO()
	if in.Channel == "" {
		in.Channel = reception.ChannelCounter
	}
	for attempt := 0; attempt < 5; attempt++ {
		last, err := s.client.Reception.Query().Where(reception.ReceptionDate(day)).Order(ent.Desc(reception.FieldNumber)).First(ctx)
		next := 1
		switch {
		case ent.IsNotFound(err):
		case err != nil:
			return nil, store.Err(err, "受付")
		default:
			next = last.Number + 1
		}
		c := s.client.Reception.Create().SetTenantID(v.TenantID).SetReceptionDate(day).SetNumber(next).
			SetConfirmationNumber(ConfirmationNumber(next)).SetChannel(in.Channel).SetOpenedByID(v.UserID).
			SetOpenedAt(s.Now()).SetMemo(in.Memo)
		if in.Department != "" {
			c.SetDepartment(in.Department)
		}
		r, err := c.Save(ctx)
		if ent.IsConstraintError(err) {
			continue
		}
		return r, store.Err(err, "受付")
	}
	return nil, kakanai.Errorf(kakanai.ECONFLICT, "確認番号を採番できませんでした。もう一度お試しください。")
}

// ConfirmationNumber formats the day's running number as staff read it aloud: 4 digits.
func ConfirmationNumber(n int) string {
	s := strconv.Itoa(n)
	if len(s) < 4 {
		s = strings.Repeat("0", 4-len(s)) + s
	}
	return s
}

// MarkStep records when a reception reached a step (scanned, reviewed, printed …), for the reports.
func (s *Service) MarkStep(ctx context.Context, id int, step string) (*ent.Reception, error) {
	if _, err := authz.Require(ctx, authz.PermReceptionWrite); err != nil {
		return nil, err
	}
	step = strings.TrimSpace(step)
	if step == "" || len(step) > 40 {
		return nil, kakanai.Invalid("step", "工程名を40文字以内で入力してください。")
	}
	r, err := s.client.Reception.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "受付")
	}
	steps := map[string]time.Time{}
	for k, t := range r.Steps {
		steps[k] = t
	}
	steps[step] = s.Now()
	r, err = s.client.Reception.UpdateOneID(id).SetSteps(steps).Save(ctx)
	return r, store.Err(err, "受付")
}

// CloseReception ends the visit.
func (s *Service) CloseReception(ctx context.Context, id int) (*ent.Reception, error) {
	if _, err := authz.Require(ctx, authz.PermReceptionWrite); err != nil {
		return nil, err
	}
	r, err := s.client.Reception.UpdateOneID(id).SetStatus(reception.StatusClosed).SetClosedAt(s.Now()).Save(ctx)
	return r, store.Err(err, "受付")
}

// ---- memos (K-q) ----

// AddMemo attaches a note to a 届出, in any state.
func (s *Service) AddMemo(ctx context.Context, id int, body string) (*ent.Memo, error) {
	v, err := authz.Require(ctx, authz.PermNotificationWrite)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(body) == "" {
		return nil, kakanai.Invalid("body", "メモを入力してください。")
	}
	if _, err := s.client.Notification.Get(ctx, id); err != nil {
		return nil, store.Err(err, "届出")
	}
	m, err := s.client.Memo.Create().SetTenantID(v.TenantID).SetNotificationID(id).SetBody(body).SetAuthorID(v.UserID).Save(ctx)
	return m, store.Err(err, "メモ")
}

// ---- stock phrases (K-l) ----

// StockPhrases lists the tenant's 定型文 in order.
func (s *Service) StockPhrases(ctx context.Context) ([]*ent.StockPhrase, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return nil, err
	}
	ps, err := s.client.StockPhrase.Query().Order(stockphrase.ByPosition(), stockphrase.ByID()).All(ctx)
	return ps, store.Err(err, "定型文")
}

// AddStockPhrase registers a 定型文 (template:write).
func (s *Service) AddStockPhrase(ctx context.Context, text string, position int) (*ent.StockPhrase, error) {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, kakanai.Invalid("text", "定型文を入力してください。")
	}
	p, err := s.client.StockPhrase.Create().SetTenantID(v.TenantID).SetText(strings.TrimSpace(text)).SetPosition(position).Save(ctx)
	return p, store.Err(err, "定型文")
}

// DeleteStockPhrase removes a 定型文.
func (s *Service) DeleteStockPhrase(ctx context.Context, id int) error {
	if _, err := authz.Require(ctx, authz.PermTemplateWrite); err != nil {
		return err
	}
	return store.Err(s.client.StockPhrase.DeleteOneID(id).Exec(ctx), "定型文")
}

// ---- input history (K-h) ----

// History kinds.
const (
	HistoryName     = inputhistory.KindName
	HistoryAddress  = inputhistory.KindAddress
	HistoryDomicile = inputhistory.KindDomicile
)

// rememberInputs keeps the 氏名, 住所 and 本籍 of a completed 届出 for the next time.
func (s *Service) rememberInputs(ctx context.Context, n *ent.Notification) error {
	persons, err := s.Persons(ctx, n)
	if err != nil {
		return err
	}
	values := map[inputhistory.Kind][]string{
		HistoryAddress: {n.NewAddress, n.OldAddress, n.Destination},
	}
	for _, p := range persons {
		values[HistoryName] = append(values[HistoryName], strings.TrimSpace(p.FamilyName+" "+p.GivenName))
		values[HistoryDomicile] = append(values[HistoryDomicile], p.Domicile)
	}
	now := s.Now()
	for kind, vs := range values {
		for _, v := range vs {
			if v = strings.TrimSpace(v); v == "" {
				continue
			}
			err := s.client.InputHistory.Create().SetTenantID(n.TenantID).SetKind(kind).SetValue(v).SetLastUsedAt(now).
				OnConflictColumns(inputhistory.FieldTenantID, inputhistory.FieldKind, inputhistory.FieldValue).
				Update(func(u *ent.InputHistoryUpsert) { u.AddUses(1).SetLastUsedAt(now) }).Exec(ctx)
			if err != nil {
				return store.Err(err, "入力履歴")
			}
		}
	}
	return nil
}

// History offers earlier inputs of a kind that start with prefix, most used first.
func (s *Service) History(ctx context.Context, kind inputhistory.Kind, prefix string, limit int) ([]string, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationWrite); err != nil {
		return nil, err
	}
	if err := inputhistory.KindValidator(kind); err != nil {
		return nil, kakanai.Invalid("kind", "履歴の種類は name, address, domicile のいずれかです。")
	}
	if limit <= 0 || limit > 50 {
		limit = 10
	}
	q := s.client.InputHistory.Query().Where(inputhistory.KindEQ(kind))
	if prefix = strings.TrimSpace(prefix); prefix != "" {
		q.Where(inputhistory.ValueHasPrefix(prefix))
	}
	hs, err := q.Order(ent.Desc(inputhistory.FieldUses), ent.Desc(inputhistory.FieldLastUsedAt)).Limit(limit).All(ctx)
	if err != nil {
		return nil, store.Err(err, "入力履歴")
	}
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = h.Value
	}
	return out, nil
}
