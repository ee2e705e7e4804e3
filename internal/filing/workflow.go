package filing

import (
	"context"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/store"
)

// transition is one allowed move of the workflow.
type transition struct {
	from       []notification.Status
	to         notification.Status
	permission authz.Permission
	needReason bool
	label      string // the action in Japanese, for messages
}

var (
	submit   = transition{[]notification.Status{StatusDraft, StatusSentBack}, StatusPendingReview, authz.PermNotificationWrite, false, "確認依頼"}
	approve  = transition{[]notification.Status{StatusPendingReview}, StatusCompleted, authz.PermNotificationApprove, false, "完了"}
	sendBack = transition{[]notification.Status{StatusPendingReview}, StatusSentBack, authz.PermNotificationApprove, true, "差戻"}
	hold     = transition{[]notification.Status{StatusDraft, StatusPendingReview, StatusSentBack}, StatusOnHold, authz.PermNotificationWrite, true, "保留"}
	resume   = transition{[]notification.Status{StatusOnHold}, StatusDraft, authz.PermNotificationWrite, false, "保留解除"}
)

// Submit asks for review (下書き/差戻 → 確認待ち). It is refused while the 住基 rules find errors (K-b): the
// error names the first offending field.
func (s *Service) Submit(ctx context.Context, id, version int) (*Saved, error) {
	return s.move(ctx, id, version, submit, "")
}

// Approve completes the 届出 (確認待ち → 完了); a 審査者's permission.
func (s *Service) Approve(ctx context.Context, id, version int) (*Saved, error) {
	return s.move(ctx, id, version, approve, "")
}

// SendBack returns it to the counter with a reason (差戻).
func (s *Service) SendBack(ctx context.Context, id, version int, reason string) (*Saved, error) {
	return s.move(ctx, id, version, sendBack, reason)
}

// Hold parks it with a reason (保留), e.g. while a document is missing.
func (s *Service) Hold(ctx context.Context, id, version int, reason string) (*Saved, error) {
	return s.move(ctx, id, version, hold, reason)
}

// Resume takes it off hold, back to 下書き.
func (s *Service) Resume(ctx context.Context, id, version int) (*Saved, error) {
	return s.move(ctx, id, version, resume, "")
}

func (s *Service) move(ctx context.Context, id, version int, t transition, reason string) (*Saved, error) {
	v, err := authz.Require(ctx, t.permission)
	if err != nil {
		return nil, err
	}
	reason = strings.TrimSpace(reason)
	if t.needReason && reason == "" {
		return nil, kakanai.Invalid("reason", "%sの理由を入力してください。", t.label)
	}
	n, err := s.client.Notification.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "届出")
	}
	if !allowedFrom(t, n.Status) {
		return nil, kakanai.Errorf(kakanai.ECONFLICT, "%sの届出は%sできません。", StatusLabel(n.Status), t.label)
	}
	if t.to == StatusPendingReview || t.to == StatusCompleted {
		issues, err := s.issues(ctx, n)
		if err != nil {
			return nil, err
		}
		if juki.Blocking(issues) {
			first := firstError(issues)
			return nil, &kakanai.Error{Code: kakanai.EINVALID, Field: first.Path,
				Message: "入力に誤りがあるため先に進めません（" + strconv.Itoa(countErrors(issues)) + "件）。" + first.Message}
		}
	}
	var docs []archived
	if t.to == StatusCompleted {
		// Render before anything changes: a completion whose archive cannot be made does not happen (E1).
		if docs, err = s.renderArchives(ctx, n); err != nil {
			return nil, err
		}
	}
	err = store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		u := tx.Notification.Update().Where(notification.ID(id), notification.Version(version)).
			SetVersion(version + 1).SetStatus(t.to).SetUpdatedByID(v.UserID)
		if t.needReason {
			u.SetStatusReason(reason)
		} else {
			u.ClearStatusReason()
		}
		if t.to == StatusCompleted {
			u.SetCompletedAt(s.Now()).SetCompletedByID(v.UserID)
		}
		changed, err := u.Save(ctx)
		if err != nil {
			return store.Err(err, "届出")
		}
		if changed == 0 {
			return conflict()
		}
		return s.recordArchives(ctx, tx, n, version+1, docs)
	})
	if err != nil {
		return nil, err
	}
	if n, err = s.client.Notification.Get(ctx, id); err != nil {
		return nil, store.Err(err, "届出")
	}
	if t.to == StatusCompleted {
		if err := s.rememberInputs(ctx, n); err != nil {
			return nil, err
		}
	}
	return s.saved(ctx, n)
}

func allowedFrom(t transition, s notification.Status) bool {
	for _, f := range t.from {
		if f == s {
			return true
		}
	}
	return false
}

func firstError(issues []juki.Issue) juki.Issue {
	for _, is := range issues {
		if is.Severity == juki.SeverityError {
			return is
		}
	}
	return juki.Issue{}
}

func countErrors(issues []juki.Issue) int {
	n := 0
	for _, is := range issues {
		if is.Severity == juki.SeverityError {
			n++
		}
	}
	return n
}

// MyNumber returns a person's 個人番号 unmasked: only with mynumber:read, and every view is audited (R5).
func (s *Service) MyNumber(ctx context.Context, p *ent.Person) (string, error) {
	if _, err := authz.Require(ctx, authz.PermMyNumberRead); err != nil {
		return "", err
	}
	if p.MyNumberSealed == "" {
		return "", nil
	}
	n, err := s.client.Notification.Get(ctx, p.NotificationID)
	if err != nil {
		return "", store.Err(err, "届出")
	}
	plain, err := s.box.Open(p.MyNumberSealed, myNumberContext(n))
	if err != nil {
		return "", kakanai.Internal(err)
	}
	if err := s.audit.Record(ctx, auditMyNumber(p)); err != nil {
		return "", kakanai.Internal(err)
	}
	return string(plain), nil
}

// MaskedMyNumber is what everybody sees by default: whether a number is on file, never its digits.
func MaskedMyNumber(p *ent.Person) string {
	if p.MyNumberSealed == "" {
		return ""
	}
	return "＊＊＊＊ ＊＊＊＊ ＊＊＊＊"
}
