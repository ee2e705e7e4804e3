package filing

import (
	"context"
	"strings"
	"time"
	"unicode"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"
	"golang.org/x/text/unicode/norm"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/attachment"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/ent/person"
	"github.com/kakanai/kakanai/ent/predicate"
	"github.com/kakanai/kakanai/ent/reception"
	"github.com/kakanai/kakanai/ent/sourcedocument"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/moji"
	"github.com/kakanai/kakanai/internal/store"
)

// Filter is a search over 届出 (F1, K-p). Empty fields do not filter.
type Filter struct {
	// Name matches the start of a person's name in kanji (variant kanji folded: 高 finds 髙) or kana, or of the
	// given name alone.
	Name               string
	BirthDate          string
	MovedFrom, MovedTo string
	Reasons            []string
	Statuses           []notification.Status
	ConfirmationNumber string
	ReceptionDate      string
	SourceLgCode       string
	CreatedByID        *int
}

// Search returns the query of the 届出 matching the filter, newest first; the caller pages through it.
func (s *Service) Search(ctx context.Context, f Filter) (*ent.NotificationQuery, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return nil, err
	}
	preds, err := notificationPredicates(v, f)
	if err != nil {
		return nil, err
	}
	return s.client.Notification.Query().Where(preds...), nil
}

// notificationPredicates turns a filter into conditions on 届出 of the viewer's tenant.
func notificationPredicates(v *authz.Viewer, f Filter) ([]predicate.Notification, error) {
	var preds []predicate.Notification
	q := &predicateList{&preds}
	// The person subqueries name the tenant themselves: privacy filters the outer query only, and the indexes
	// on persons lead with tenant_id.
	ofTenant := person.TenantID(v.TenantID)
	if name := strings.TrimSpace(f.Name); name != "" {
		var ps []predicate.Person
		if k := KanaKey(name); k != "" && isKana(k) {
			ps = append(ps, prefixOf(person.FieldKanaKey, k))
		}
		if k := NameKey(name); k != "" {
			ps = append(ps, prefixOf(person.FieldNameKey, k))
		}
		q.Where(withPersons(ofTenant, person.Or(ps...)))
	}
	if f.BirthDate != "" {
		t, ok := dateOf(f.BirthDate)
		if !ok {
			return nil, kakanai.Invalid("birthDate", "生年月日を正しく入力してください。")
		}
		q.Where(withPersons(ofTenant, person.BirthDay(t)))
	}
	if f.MovedFrom != "" {
		t, ok := dateOf(f.MovedFrom)
		if !ok {
			return nil, kakanai.Invalid("movedFrom", "異動日（から）を正しく入力してください。")
		}
		q.Where(notification.MovedDateGTE(t))
	}
	if f.MovedTo != "" {
		t, ok := dateOf(f.MovedTo)
		if !ok {
			return nil, kakanai.Invalid("movedTo", "異動日（まで）を正しく入力してください。")
		}
		q.Where(notification.MovedDateLT(t.Add(24 * time.Hour)))
	}
	if len(f.Reasons) > 0 {
		q.Where(notification.ReasonIn(f.Reasons...))
	}
	if len(f.Statuses) > 0 {
		q.Where(notification.StatusIn(f.Statuses...))
	}
	if f.ConfirmationNumber != "" || f.ReceptionDate != "" {
		var rs []predicate.Reception
		if f.ConfirmationNumber != "" {
			rs = append(rs, reception.ConfirmationNumber(ConfirmationNumberOf(f.ConfirmationNumber)))
		}
		if f.ReceptionDate != "" {
			t, ok := dateOf(f.ReceptionDate)
			if !ok {
				return nil, kakanai.Invalid("receptionDate", "受付日を正しく入力してください。")
			}
			rs = append(rs, reception.ReceptionDate(t.Format("2006-01-02")))
		}
		q.Where(notification.HasReceptionWith(rs...))
	}
	if f.SourceLgCode != "" {
		q.Where(notification.SourceLgCode(strings.TrimSpace(f.SourceLgCode)))
	}
	if f.CreatedByID != nil {
		q.Where(notification.CreatedByID(*f.CreatedByID))
	}
	return preds, nil
}

// predicateList collects conditions with the same Where as a query, so the filter reads like one.
type predicateList struct{ ps *[]predicate.Notification }

func (l *predicateList) Where(ps ...predicate.Notification) { *l.ps = append(*l.ps, ps...) }

// withPersons keeps the 届出 having a person that matches. It is written as id IN (SELECT notification_id …)
// rather than ent's correlated EXISTS: measured on SQLite, EXISTS range-scans the name index once per 届出
// (0.5 s for 2,000 届出), while IN evaluates the person search once.
func withPersons(preds ...predicate.Person) predicate.Notification {
	return predicate.Notification(func(s *sql.Selector) {
		t := sql.Table(person.Table)
		sub := sql.Select(t.C(person.FieldNotificationID)).From(t)
		for _, p := range preds {
			p(sub)
		}
		s.Where(sql.In(s.C(notification.FieldID), sub))
	})
}

// ConfirmationNumberOf reads a 確認番号 as typed (7, ７, 0007).
func ConfirmationNumberOf(s string) string {
	s = norm.NFKC.String(strings.TrimSpace(s))
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return s
		}
		n = n*10 + int(r-'0')
		if n > 1_000_000 {
			return s
		}
	}
	return ConfirmationNumber(n)
}

// prefixOf matches values starting with p. On SQLite a range uses the index (its LIKE is case-insensitive and
// does not); on PostgreSQL the range would depend on the database's collation, so LIKE 'p%' is used there.
func prefixOf(field, p string) predicate.Person {
	return predicate.Person(func(sel *sql.Selector) {
		if sel.Dialect() == dialect.Postgres {
			sel.Where(sql.HasPrefix(sel.C(field), p))
			return
		}
		sel.Where(sql.And(sql.GTE(sel.C(field), p), sql.LT(sel.C(field), p+"\U0010FFFF")))
	})
}

// NameKey is the search key of a name: variant kanji folded to their common form (髙 → 高, 﨑 → 崎, selectors
// dropped) by the MJ data, width-folded, without spaces.
func NameKey(s string) string {
	s = norm.NFKC.String(moji.MatchKey(s))
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '・' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// KanaKey is the search key of a reading: hiragana, width-folded, without spaces.
func KanaKey(s string) string {
	s = norm.NFKC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r) || r == '・':
			return -1
		case r >= 'ァ' && r <= 'ヶ':
			return r - 'ァ' + 'ぁ'
		}
		return r
	}, s)
}

func isKana(s string) bool {
	for _, r := range s {
		if !(r >= 'ぁ' && r <= 'ゖ') && r != 'ー' {
			return false
		}
	}
	return true
}

// SearchCountCap is where a search's count stops: CountUpTo returns at most SearchCountCap+1.
const SearchCountCap = 1000

// CountUpTo counts a search's matches, stopping after limit+1 of them: enough for 「1,000件以上」, without
// walking every 届出 of a broad search.
func CountUpTo(ctx context.Context, q *ent.NotificationQuery, limit int) (int, error) {
	ids, err := q.Clone().Limit(limit + 1).IDs(ctx)
	if err != nil {
		return 0, store.Err(err, "届出")
	}
	return len(ids), nil
}

// empty reports whether the filter has no condition at all.
func (f Filter) empty() bool {
	return f.Name == "" && f.BirthDate == "" && f.MovedFrom == "" && f.MovedTo == "" && len(f.Reasons) == 0 &&
		len(f.Statuses) == 0 && f.ConfirmationNumber == "" && f.ReceptionDate == "" && f.SourceLgCode == "" && f.CreatedByID == nil
}

// DocumentFilter is a search over attachments and scanned documents (F1, K-q): by the 届出 they belong to (any
// item of Filter) and by their own kind and upload date.
type DocumentFilter struct {
	Filter
	// Kinds are attachment kinds (move_out_certificate …) or, for scanned documents, OCR document types
	// (moveOutCertificate …).
	Kinds                    []string
	UploadedFrom, UploadedTo string
}

// SearchAttachments finds attachments, for the results screen to list and open (K-q).
func (s *Service) SearchAttachments(ctx context.Context, f DocumentFilter) (*ent.AttachmentQuery, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return nil, err
	}
	kinds := make([]attachment.Kind, len(f.Kinds))
	for i, k := range f.Kinds {
		if kinds[i] = attachment.Kind(k); attachment.KindValidator(kinds[i]) != nil {
			return nil, kakanai.Invalid("kinds", "添付の種類「%s」はありません。", k)
		}
	}
	common, err := documentConditions(v, f, attachment.FieldNotificationID)
	if err != nil {
		return nil, err
	}
	q := s.client.Attachment.Query().Where(predicate.Attachment(common))
	if len(kinds) > 0 {
		q.Where(attachment.KindIn(kinds...))
	}
	return q, nil
}

// SearchSourceDocuments finds scanned documents; with any 届出 item in the filter, only those of a matching 届出.
func (s *Service) SearchSourceDocuments(ctx context.Context, f DocumentFilter) (*ent.SourceDocumentQuery, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return nil, err
	}
	common, err := documentConditions(v, f, sourcedocument.FieldNotificationID)
	if err != nil {
		return nil, err
	}
	q := s.client.SourceDocument.Query().Where(predicate.SourceDocument(common))
	if len(f.Kinds) > 0 {
		q.Where(sourcedocument.DocumentTypeIn(f.Kinds...))
	}
	return q, nil
}

// documentConditions are what attachments and scanned documents are searched by alike: the upload day (和暦
// accepted, Japan's days) on created_at, and the 届出 the file belongs to, as notification_id IN (SELECT id FROM
// notifications WHERE the tenant and the filter).
func documentConditions(v *authz.Viewer, f DocumentFilter, notificationColumn string) (func(*sql.Selector), error) {
	var from, to time.Time
	for _, d := range []struct {
		text, field, label string
		at                 *time.Time
		days               int
	}{{f.UploadedFrom, "uploadedFrom", "登録日（から）", &from, 0}, {f.UploadedTo, "uploadedTo", "登録日（まで）", &to, 1}} {
		if d.text == "" {
			continue
		}
		day, err := juki.ParseDate(d.text)
		if err != nil {
			return nil, kakanai.Invalid(d.field, "%sを正しく入力してください。", d.label)
		}
		// In the zone the rows were written in: SQLite keeps a time as text with its offset, and a bound in
		// JST against rows written in UTC compared as text (between midnight and 09:00 JST, today's rows fell
		// outside today). PostgreSQL compares instants either way.
		*d.at = day.AddDays(d.days).StartInJapan().In(time.Local)
	}
	var ids *sql.Selector
	if !f.Filter.empty() {
		preds, err := notificationPredicates(v, f.Filter)
		if err != nil {
			return nil, err
		}
		t := sql.Table(notification.Table)
		ids = sql.Select(t.C(notification.FieldID)).From(t)
		for _, p := range append(preds, notification.TenantID(v.TenantID)) {
			p(ids)
		}
	}
	return func(s *sql.Selector) {
		if !from.IsZero() {
			s.Where(sql.GTE(s.C("created_at"), from))
		}
		if !to.IsZero() {
			s.Where(sql.LT(s.C("created_at"), to))
		}
		if ids != nil {
			s.Where(sql.In(s.C(notificationColumn), ids))
		}
	}, nil
}
