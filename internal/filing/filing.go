// Package filing is the life of a 届出 at the counter (A1–A7, K-a…K-q): receptions with their 確認番号, drafts
// saved as staff work (optimistic locking, nothing lost), validation by the 住基 rules, the workflow
// 下書き → 確認待ち → 完了 with 差戻 and 保留, the 個人番号 sealed at rest, memos, stock phrases, input history and
// search. It knows nothing of HTTP or GraphQL.
package filing

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/ent/person"
	"github.com/kakanai/kakanai/ent/schema/types"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/secret"
	"github.com/kakanai/kakanai/internal/storage"
	"github.com/kakanai/kakanai/internal/store"
)

// Service runs the 届出 workflow.
type Service struct {
	client *ent.Client
	audit  *audit.Log
	box    *secret.Box
	// files and renderer keep attachments and archive completed 届出; see UseFiles.
	files    *storage.Store
	renderer Renderer
	// Now is the clock; tests move it.
	Now func() time.Time
}

// NewService returns the service. box seals the 個人番号.
func NewService(client *ent.Client, log *audit.Log, box *secret.Box) *Service {
	return &Service{client: client, audit: log, box: box, Now: time.Now}
}

// Statuses, as stored.
const (
	StatusDraft         = notification.StatusDraft
	StatusPendingReview = notification.StatusPendingReview
	StatusCompleted     = notification.StatusCompleted
	StatusSentBack      = notification.StatusSentBack
	StatusOnHold        = notification.StatusOnHold
)

var statusLabels = map[notification.Status]string{
	StatusDraft: "下書き", StatusPendingReview: "確認待ち", StatusCompleted: "完了", StatusSentBack: "差戻", StatusOnHold: "保留",
}

// StatusLabel is the status's Japanese name.
func StatusLabel(s notification.Status) string { return statusLabels[s] }

// editable states: staff may change the content. 確認待ち is frozen for the reviewer; 保留 must be resumed first.
func editable(s notification.Status) bool { return s == StatusDraft || s == StatusSentBack }

// Draft is the content of a 届出 as staff enter it.
type Draft struct {
	Kind            notification.Kind
	Notification    juki.Notification
	NotifierName    string
	PowerOfAttorney bool
	SourceLgCode    string
	Remarks         string
	Office          map[string]any
	// Sources says, per input path, which scanned document, box and confidence an item was read from (A1).
	Sources map[string]types.FieldSource
	// KeepMyNumber[i] keeps person i's stored 個人番号 although Notification.Persons[i].MyNumber is empty: the
	// console shows it masked and does not send it back. Matched by position.
	KeepMyNumber []bool
	// PreviousPositions[i] is the position person i had in the stored 届出 when staff reordered or removed rows
	// (-1: a new person); its stored 個人番号 (with KeepMyNumber) and office entries follow it. Nil: unchanged order.
	PreviousPositions []int
	// PersonOffice[i] is person i's office boxes (国保 加入 …); nil keeps what is stored for that position.
	PersonOffice []map[string]any
}

// Saved is a stored 届出 with the findings of the 住基 rules on its current content.
type Saved struct {
	Notification *ent.Notification
	Issues       []juki.Issue
}

func notFound() error { return kakanai.Errorf(kakanai.ENOTFOUND, "届出が見つかりません。") }

func conflict() error {
	return kakanai.Errorf(kakanai.ECONFLICT, "この届出は他の職員が先に更新しました。最新の内容を読み込んでから操作してください。")
}

// Create stores a new draft, optionally within a reception, and returns it with its findings.
func (s *Service) Create(ctx context.Context, receptionID *int, d Draft) (*Saved, error) {
	v, err := authz.Require(ctx, authz.PermNotificationWrite)
	if err != nil {
		return nil, err
	}
	if _, err := juki.ParseMoveReason("reason", d.Notification.Reason); err != nil {
		return nil, err
	}
	if receptionID != nil {
		if _, err := s.client.Reception.Get(ctx, *receptionID); err != nil {
			return nil, store.Err(err, "受付")
		}
	}
	var n *ent.Notification
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		kind := d.Kind
		if kind == "" {
			kind = notification.KindMove
		}
		c := tx.Notification.Create().SetTenantID(v.TenantID).SetKind(kind).SetCreatedByID(v.UserID).
			SetUpdatedByID(v.UserID).SetNillableReceptionID(receptionID)
		applyHeader(c.Mutation(), d)
		if n, err = c.Save(ctx); err != nil {
			return store.Err(err, "届出")
		}
		return s.writePersons(ctx, tx, n, d, nil)
	})
	if err != nil {
		return nil, err
	}
	return s.saved(ctx, n)
}

// SaveDraft replaces the content of an editable 届出. version is the version the caller started from: if
// someone saved in between, nothing is overwritten and a conflict is returned.
func (s *Service) SaveDraft(ctx context.Context, id, version int, d Draft) (*Saved, error) {
	v, err := authz.Require(ctx, authz.PermNotificationWrite)
	if err != nil {
		return nil, err
	}
	if _, err := juki.ParseMoveReason("reason", d.Notification.Reason); err != nil {
		return nil, err
	}
	var n *ent.Notification
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		cur, err := tx.Notification.Query().Where(notification.ID(id)).WithPersons().Only(ctx)
		if err != nil {
			return store.Err(err, "届出")
		}
		if !editable(cur.Status) {
			return kakanai.Errorf(kakanai.ECONFLICT, "%sの届出は編集できません。", StatusLabel(cur.Status))
		}
		u := tx.Notification.Update().Where(notification.ID(id), notification.Version(version)).
			SetVersion(version + 1).SetUpdatedByID(v.UserID)
		applyHeader(u.Mutation(), d)
		changed, err := u.Save(ctx)
		if err != nil {
			return store.Err(err, "届出")
		}
		if changed == 0 {
			return conflict()
		}
		if n, err = tx.Notification.Get(ctx, id); err != nil {
			return store.Err(err, "届出")
		}
		old := cur.Edges.Persons
		if _, err := tx.Person.Delete().Where(person.NotificationID(id)).Exec(ctx); err != nil {
			return store.Err(err, "異動者")
		}
		return s.writePersons(ctx, tx, n, d, old)
	})
	if err != nil {
		return nil, err
	}
	return s.saved(ctx, n)
}

// headerMutation is what both the create and the update builders expose.
type headerMutation interface {
	SetReason(string)
	SetNotifiedOn(string)
	SetMovedOn(string)
	SetPlannedMoveOn(string)
	SetMovedDate(time.Time)
	ClearMovedDate()
	SetNewAddress(string)
	SetNewKatagaki(string)
	SetOldAddress(string)
	SetOldKatagaki(string)
	SetDestination(string)
	SetDestinationKatagaki(string)
	SetNewHeadName(string)
	SetOldHeadName(string)
	SetNotifier(string)
	SetNotifierName(string)
	SetPowerOfAttorney(bool)
	SetSourceLgCode(string)
	SetRemarks(string)
	SetOffice(map[string]any)
	SetSources(map[string]types.FieldSource)
}

func applyHeader(m headerMutation, d Draft) {
	n := d.Notification
	if r, err := juki.ParseMoveReason("reason", n.Reason); err == nil {
		m.SetReason(string(r))
	}
	m.SetNotifiedOn(n.NotifiedOn)
	m.SetMovedOn(n.MovedOn)
	m.SetPlannedMoveOn(n.PlannedMoveOn)
	if t, ok := dateOf(n.MovedOn); ok {
		m.SetMovedDate(t)
	} else {
		m.ClearMovedDate()
	}
	m.SetNewAddress(n.NewAddress.Line)
	m.SetNewKatagaki(n.NewAddress.Katagaki)
	m.SetOldAddress(n.OldAddress.Line)
	m.SetOldKatagaki(n.OldAddress.Katagaki)
	m.SetDestination(n.Destination.Line)
	m.SetDestinationKatagaki(n.Destination.Katagaki)
	m.SetNewHeadName(n.NewHeadName)
	m.SetOldHeadName(n.OldHeadName)
	m.SetNotifier(n.Notifier)
	m.SetNotifierName(d.NotifierName)
	m.SetPowerOfAttorney(d.PowerOfAttorney)
	m.SetSourceLgCode(d.SourceLgCode)
	m.SetRemarks(d.Remarks)
	if d.Office != nil {
		m.SetOffice(d.Office)
	}
	if d.Sources != nil {
		m.SetSources(d.Sources)
	}
}

// dateOf reads a typed date for the search columns; an unreadable one is simply not searchable by date.
func dateOf(s string) (time.Time, bool) {
	if strings.TrimSpace(s) == "" {
		return time.Time{}, false
	}
	d, err := juki.ParseDate(s)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), true
}

func (s *Service) writePersons(ctx context.Context, tx *ent.Tx, n *ent.Notification, d Draft, old []*ent.Person) error {
	byPos := map[int]*ent.Person{}
	for _, p := range old {
		byPos[p.Position] = p
	}
	previous := func(i int) *ent.Person {
		if i < len(d.PreviousPositions) {
			if d.PreviousPositions[i] < 0 {
				return nil
			}
			return byPos[d.PreviousPositions[i]]
		}
		return byPos[i]
	}
	for i, p := range d.Notification.Persons {
		prev := previous(i)
		c := tx.Person.Create().SetTenantID(n.TenantID).SetNotificationID(n.ID).SetPosition(i).
			SetFamilyName(p.FamilyName).SetGivenName(p.GivenName).SetFamilyNameKana(p.FamilyNameKana).
			SetGivenNameKana(p.GivenNameKana).SetRomajiName(p.RomajiName).SetCommonName(p.CommonName).
			SetBirthDate(p.BirthDate).SetSex(p.Sex).SetRelationship(p.Relationship).
			SetIsHeadOfHousehold(p.IsHeadOfHousehold).SetResidentCode(p.ResidentCode).
			SetNationality(p.Nationality).SetDomicile(p.Domicile).SetDomicileHead(p.DomicileHead).
			SetResidenceCategory(p.ResidenceCategory).SetResidenceStatus(p.ResidenceStatus).
			SetPeriodOfStay(p.PeriodOfStay).SetPeriodExpiry(p.PeriodExpiry).SetCardNumber(p.CardNumber).
			SetNameKey(NameKey(p.FamilyName + p.GivenName + " " + p.RomajiName)).
			SetKanaKey(KanaKey(p.FamilyNameKana + p.GivenNameKana))
		if t, ok := dateOf(p.BirthDate); ok {
			c.SetBirthDay(t)
		}
		switch {
		case i < len(d.PersonOffice) && d.PersonOffice[i] != nil:
			c.SetOffice(d.PersonOffice[i])
		case prev != nil && prev.Office != nil:
			c.SetOffice(prev.Office)
		}
		switch mn := strings.TrimSpace(p.MyNumber); {
		case mn != "":
			c.SetMyNumberSealed(s.box.Seal([]byte(mn), myNumberContext(n)))
		case i < len(d.KeepMyNumber) && d.KeepMyNumber[i] && prev != nil:
			c.SetMyNumberSealed(prev.MyNumberSealed)
		}
		if err := c.Exec(ctx); err != nil {
			return store.Err(err, "異動者")
		}
	}
	return nil
}

// myNumberContext binds a sealed 個人番号 to its tenant and 届出: copied into another row it does not open.
func myNumberContext(n *ent.Notification) string {
	return "tenant:" + strconv.Itoa(n.TenantID) + ":notification:" + strconv.Itoa(n.ID) + ":mynumber"
}

func (s *Service) saved(ctx context.Context, n *ent.Notification) (*Saved, error) {
	issues, err := s.issues(ctx, n)
	if err != nil {
		return nil, err
	}
	return &Saved{Notification: n, Issues: issues}, nil
}

// Validate returns the findings of the 住基 rules on the stored content.
func (s *Service) Validate(ctx context.Context, id int) ([]juki.Issue, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return nil, err
	}
	n, err := s.client.Notification.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "届出")
	}
	return s.issues(ctx, n)
}

func (s *Service) issues(ctx context.Context, n *ent.Notification) ([]juki.Issue, error) {
	jn, err := s.toJuki(ctx, n)
	if err != nil {
		return nil, err
	}
	issues := juki.Validate(jn, juki.TodayInJapan(s.Now()))
	if issues == nil {
		issues = []juki.Issue{}
	}
	return issues, nil
}

// toJuki rebuilds the validation input, 個人番号 included (opened only in memory, for the check digit).
func (s *Service) toJuki(ctx context.Context, n *ent.Notification) (juki.Notification, error) {
	persons, err := s.Persons(ctx, n)
	if err != nil {
		return juki.Notification{}, err
	}
	out := juki.Notification{
		Reason: n.Reason, NotifiedOn: n.NotifiedOn, MovedOn: n.MovedOn, PlannedMoveOn: n.PlannedMoveOn,
		NewAddress:  juki.Address{Line: n.NewAddress, Katagaki: n.NewKatagaki},
		OldAddress:  juki.Address{Line: n.OldAddress, Katagaki: n.OldKatagaki},
		Destination: juki.Address{Line: n.Destination, Katagaki: n.DestinationKatagaki},
		NewHeadName: n.NewHeadName, OldHeadName: n.OldHeadName, Notifier: n.Notifier,
	}
	for _, p := range persons {
		jp := juki.Person{
			FamilyName: p.FamilyName, GivenName: p.GivenName, FamilyNameKana: p.FamilyNameKana,
			GivenNameKana: p.GivenNameKana, RomajiName: p.RomajiName, CommonName: p.CommonName,
			BirthDate: p.BirthDate, Sex: p.Sex, Relationship: p.Relationship, IsHeadOfHousehold: p.IsHeadOfHousehold,
			ResidentCode: p.ResidentCode, Nationality: p.Nationality, Domicile: p.Domicile,
			DomicileHead: p.DomicileHead, ResidenceCategory: p.ResidenceCategory, ResidenceStatus: p.ResidenceStatus,
			PeriodOfStay: p.PeriodOfStay, PeriodExpiry: p.PeriodExpiry, CardNumber: p.CardNumber,
		}
		if p.MyNumberSealed != "" {
			mn, err := s.box.Open(p.MyNumberSealed, myNumberContext(n))
			if err != nil {
				return juki.Notification{}, kakanai.Internal(fmt.Errorf("opening a sealed 個人番号: %w", err))
			}
			jp.MyNumber = string(mn)
		}
		out.Persons = append(out.Persons, jp)
	}
	return out, nil
}

// Persons returns the 異動者 in their order on the form.
func (s *Service) Persons(ctx context.Context, n *ent.Notification) ([]*ent.Person, error) {
	ps, err := s.client.Person.Query().Where(person.NotificationID(n.ID)).Order(person.ByPosition()).All(ctx)
	return ps, store.Err(err, "異動者")
}
