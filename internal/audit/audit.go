// Package audit keeps the operation log (R4, R5): logins, every mutation and every read of personal data, as an
// append-only chain in which each record's hash covers the previous one, so that a changed or deleted record is
// found by Verify.
package audit

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/auditevent"
	"github.com/kakanai/kakanai/ent/privacy"
	"github.com/kakanai/kakanai/internal/authz"
)

// Results of an operation.
const (
	ResultOK     = "ok"
	ResultDenied = "denied" // refused: wrong password, locked, no permission
	ResultFailed = "failed" // attempted and failed: invalid input, conflict, internal error
)

// genesis is the prev_hash of the first record.
const genesis = "0000000000000000000000000000000000000000000000000000000000000000"

// Event is what a caller records. Who and from where are taken from the context when left empty.
type Event struct {
	TenantID   *int
	ActorID    *int
	ActorLogin string
	Operation  string
	ObjectType string
	ObjectIDs  []string
	Result     string
	// Detail says more for people reading the log; it must never hold personal data or secrets.
	Detail string
}

// Log writes and verifies the chain.
type Log struct {
	client  *ent.Client
	dialect string
	logger  *slog.Logger
	// Appends are serialised: in-process by mu, across replicas by a PostgreSQL advisory lock (SQLite has one
	// writer anyway).
	mu  sync.Mutex
	now func() time.Time
}

// New returns the log over the client.
func New(client *ent.Client, dialectName string, logger *slog.Logger) *Log {
	return &Log{client: client, dialect: dialectName, logger: logger, now: time.Now}
}

// advisoryLockKey identifies the audit chain among PostgreSQL advisory locks ("kakanai" in ASCII).
const advisoryLockKey = 0x6b616b616e6169

// Record appends one event. A failure to write the audit log is returned: an operation that cannot be audited
// must not be reported as done.
func (l *Log) Record(ctx context.Context, e Event) error {
	l.fillFromContext(ctx, &e)
	if e.Result == "" {
		e.Result = ResultOK
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	sys := privacy.DecisionContext(context.WithoutCancel(ctx), privacy.Allow)
	tx, err := l.client.Tx(sys)
	if err != nil {
		return fmt.Errorf("audit: begin: %w", err)
	}
	if err := l.append(sys, tx, e); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("audit: commit: %w", err)
	}
	return nil
}

func (l *Log) append(ctx context.Context, tx *ent.Tx, e Event) error {
	if l.dialect == dialect.Postgres {
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock($1)", advisoryLockKey); err != nil {
			return fmt.Errorf("audit: lock: %w", err)
		}
	}
	last, err := tx.AuditEvent.Query().Order(auditevent.BySeq(entsql.OrderDesc())).First(ctx)
	seq, prev := int64(1), genesis
	switch {
	case ent.IsNotFound(err):
	case err != nil:
		return fmt.Errorf("audit: reading the chain's end: %w", err)
	default:
		seq, prev = last.Seq+1, last.Hash
	}
	rec := record{
		Seq: seq, OccurredAt: l.now().UTC().Truncate(time.Microsecond), TenantID: e.TenantID, ActorID: e.ActorID,
		ActorLogin: e.ActorLogin, Operation: e.Operation, ObjectType: e.ObjectType, ObjectIDs: e.ObjectIDs,
		Result: e.Result, Detail: e.Detail, PrevHash: prev,
	}
	rec.ClientAddr, rec.RequestID = requestInfo(ctx)
	hash := rec.hash()
	err = tx.AuditEvent.Create().
		SetSeq(rec.Seq).SetOccurredAt(rec.OccurredAt).SetNillableTenantID(rec.TenantID).
		SetNillableActorID(rec.ActorID).SetActorLogin(rec.ActorLogin).SetOperation(rec.Operation).
		SetObjectType(rec.ObjectType).SetObjectIds(rec.ObjectIDs).SetResult(auditevent.Result(rec.Result)).
		SetDetail(rec.Detail).SetClientAddr(rec.ClientAddr).SetRequestID(rec.RequestID).
		SetPrevHash(prev).SetHash(hash).Exec(ctx)
	if err != nil {
		return fmt.Errorf("audit: append: %w", err)
	}
	return nil
}

// MustRecord records and logs a failure instead of returning it, for paths that cannot report one (logout after
// the session is gone, reads already sent).
func (l *Log) MustRecord(ctx context.Context, e Event) {
	if err := l.Record(ctx, e); err != nil {
		l.logger.ErrorContext(ctx, "audit record failed", "operation", e.Operation, "err", err)
	}
}

func (l *Log) fillFromContext(ctx context.Context, e *Event) {
	v := authz.FromContext(ctx)
	if v == nil {
		return
	}
	if e.TenantID == nil {
		tid := v.TenantID
		e.TenantID = &tid
	}
	if e.ActorID == nil {
		uid := v.UserID
		e.ActorID = &uid
	}
	if e.ActorLogin == "" {
		e.ActorLogin = v.LoginID
	}
}

// record is the hashed form of an audit event. Field order is part of the format: never reorder, only append.
type record struct {
	Seq        int64     `json:"seq"`
	OccurredAt time.Time `json:"occurredAt"`
	TenantID   *int      `json:"tenantId"`
	ActorID    *int      `json:"actorId"`
	ActorLogin string    `json:"actorLogin"`
	Operation  string    `json:"operation"`
	ObjectType string    `json:"objectType"`
	ObjectIDs  []string  `json:"objectIds"`
	Result     string    `json:"result"`
	Detail     string    `json:"detail"`
	ClientAddr string    `json:"clientAddr"`
	RequestID  string    `json:"requestId"`
	PrevHash   string    `json:"prevHash"`
}

func (r record) hash() string {
	r.OccurredAt = r.OccurredAt.UTC()
	if len(r.ObjectIDs) == 0 {
		r.ObjectIDs = nil
	}
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // cannot happen: plain fields only
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

func recordOf(e *ent.AuditEvent) record {
	return record{
		Seq: e.Seq, OccurredAt: e.OccurredAt, TenantID: e.TenantID, ActorID: e.ActorID, ActorLogin: e.ActorLogin,
		Operation: e.Operation, ObjectType: e.ObjectType, ObjectIDs: e.ObjectIds, Result: string(e.Result),
		Detail: e.Detail, ClientAddr: e.ClientAddr, RequestID: e.RequestID, PrevHash: e.PrevHash,
	}
}

// Verification is the outcome of checking the chain.
type Verification struct {
	OK        bool
	Checked   int
	BrokenSeq int64 // the first record that does not fit the chain; 0 when OK
	Reason    string
}

// Verify walks the whole chain in order and reports the first record that was changed, inserted or whose
// predecessor was deleted.
func (l *Log) Verify(ctx context.Context) (Verification, error) {
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	var (
		res      = Verification{OK: true}
		prevHash = genesis
		wantSeq  = int64(1)
	)
	const batch = 1000
	for {
		events, err := l.client.AuditEvent.Query().Where(auditevent.SeqGTE(wantSeq)).
			Order(auditevent.BySeq()).Limit(batch).All(sys)
		if err != nil {
			return res, fmt.Errorf("audit: reading the chain: %w", err)
		}
		for _, e := range events {
			switch {
			case e.Seq != wantSeq:
				return broken(res, wantSeq, fmt.Sprintf("record %d is missing", wantSeq)), nil
			case e.PrevHash != prevHash:
				return broken(res, e.Seq, "its link to the previous record does not match"), nil
			case recordOf(e).hash() != e.Hash:
				return broken(res, e.Seq, "its content does not match its hash"), nil
			}
			res.Checked++
			prevHash, wantSeq = e.Hash, e.Seq+1
		}
		if len(events) < batch {
			return res, nil
		}
	}
}

func broken(v Verification, seq int64, reason string) Verification {
	v.OK, v.BrokenSeq, v.Reason = false, seq, reason
	return v
}
