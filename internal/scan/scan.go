// Package scan takes the documents a resident brings (A1–A5, D1): the upload is stored before anything else, so
// a failed reading never loses the image; OCR runs as a job; the result becomes a draft 届出 whose every item
// remembers the document, box and confidence it was read from.
package scan

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/sourcedocument"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/secret"
	"github.com/kakanai/kakanai/internal/storage"
	"github.com/kakanai/kakanai/internal/store"
)

// Reader reads a document; *ocr.Engine is one.
type Reader interface {
	Read(ctx context.Context, data []byte, o ocr.ReadOptions) (*ocr.Result, error)
}

// Enqueuer hands a document to the OCR job queue.
type Enqueuer interface {
	EnqueueOCR(ctx context.Context, sourceDocumentID int) error
}

// Service stores and reads documents.
type Service struct {
	client *ent.Client
	files  *storage.Store
	audit  *audit.Log
	reader Reader
	queue  Enqueuer
	// templater holds tenant OCR templates (B2); nil where OCR is not installed.
	templater Templater
	// box seals the 個人番号 of a reading before it is stored.
	box *secret.Box
	Now func() time.Time
}

// NewService returns the service; reader may be nil where OCR is not installed (documents are then kept and
// marked failed with a message, for manual entry).
func NewService(client *ent.Client, files *storage.Store, log *audit.Log, reader Reader) *Service {
	return &Service{client: client, files: files, audit: log, reader: reader, Now: time.Now}
}

// UseQueue sets the job queue; without one, documents are read in the request (the command line, tests).
func (s *Service) UseQueue(q Enqueuer) { s.queue = q }

// Upload is one file from the scanner or the camera.
type Upload struct {
	ReceptionID, NotificationID *int
	DocumentType                string // a hint, or "" to classify
	Filename                    string
	Content                     []byte
}

// Scan keeps the file and queues its reading. The document comes back at once with status pending.
func (s *Service) Scan(ctx context.Context, u Upload) (*ent.SourceDocument, error) {
	v, err := authz.Require(ctx, authz.PermOCRRun)
	if err != nil {
		return nil, err
	}
	ctype := storage.SniffType(u.Content)
	if !storage.DocumentTypes[ctype] {
		return nil, kakanai.Invalid("file", "読み取れるのは JPEG・PNG・TIFF・PDF のファイルです。")
	}
	if u.DocumentType != "" && !knownType(u.DocumentType) {
		return nil, kakanai.Invalid("documentType", "書類の種類が正しくありません: %s", u.DocumentType)
	}
	if u.ReceptionID != nil {
		if _, err := s.client.Reception.Get(ctx, *u.ReceptionID); err != nil {
			return nil, store.Err(err, "受付")
		}
	}
	if u.NotificationID != nil {
		if _, err := s.client.Notification.Get(ctx, *u.NotificationID); err != nil {
			return nil, store.Err(err, "届出")
		}
	}
	obj, err := s.files.Put(ctx, v.TenantID, "scan", ctype, u.Content)
	if err != nil {
		return nil, err
	}
	doc, err := s.client.SourceDocument.Create().SetTenantID(v.TenantID).SetNillableReceptionID(u.ReceptionID).
		SetNillableNotificationID(u.NotificationID).SetDocumentTypeHint(u.DocumentType).SetFilename(storage.CleanName(u.Filename, "scan")).
		SetContentType(ctype).SetSize(obj.Size).SetSha256(obj.SHA256).SetBlobKey(obj.Key).SetUploadedByID(v.UserID).Save(ctx)
	if err != nil {
		return nil, store.Err(err, "書類")
	}
	if s.queue != nil {
		if err := s.queue.EnqueueOCR(ctx, doc.ID); err != nil {
			// The image is kept; the document stays pending and can be read again (rereadDocument).
			return doc, kakanai.Internal(fmt.Errorf("queueing OCR: %w", err))
		}
		return doc, nil
	}
	if err := s.Process(store.SystemContext(ctx), doc.ID); err != nil {
		return nil, err
	}
	return s.client.SourceDocument.Get(ctx, doc.ID)
}

// Reread queues a document's reading again (after a failure, or with another type hint).
func (s *Service) Reread(ctx context.Context, id int, documentType string) (*ent.SourceDocument, error) {
	if _, err := authz.Require(ctx, authz.PermOCRRun); err != nil {
		return nil, err
	}
	if documentType != "" && !knownType(documentType) {
		return nil, kakanai.Invalid("documentType", "書類の種類が正しくありません: %s", documentType)
	}
	doc, err := s.client.SourceDocument.UpdateOneID(id).SetStatus(sourcedocument.StatusPending).SetDocumentTypeHint(documentType).ClearError().Save(ctx)
	if err != nil {
		return nil, store.Err(err, "書類")
	}
	if s.queue != nil {
		return doc, s.queue.EnqueueOCR(ctx, id)
	}
	if err := s.Process(store.SystemContext(ctx), id); err != nil {
		return nil, err
	}
	return s.client.SourceDocument.Get(ctx, id)
}

// Process reads one document: the job's work. ctx must allow system access (the job runs outside any
// request). A reading that fails marks the document failed with a Japanese message and returns nil: the
// staff enter the items by hand (A6); only storage failures are returned, for the queue to retry.
func (s *Service) Process(ctx context.Context, id int) error {
	doc, err := s.client.SourceDocument.UpdateOneID(id).SetStatus(sourcedocument.StatusReading).AddAttempts(1).Save(ctx)
	if err != nil {
		return fmt.Errorf("marking document %d: %w", id, err)
	}
	content, err := s.files.Get(ctx, doc.BlobKey, doc.Sha256)
	if err != nil {
		return fmt.Errorf("reading document %d: %w", id, err)
	}
	if s.reader == nil {
		return s.fail(ctx, id, "OCR がこの環境にありません。手入力してください。")
	}
	t, err := s.client.Tenant.Get(ctx, doc.TenantID)
	if err != nil {
		return err
	}
	if err := s.loadTenantTemplates(ctx, doc.TenantID, t.LgCode); err != nil {
		return err
	}
	start := time.Now()
	res, err := s.reader.Read(ctx, content, ocr.ReadOptions{Tenant: t.LgCode, DocumentType: ocr.DocumentType(doc.DocumentTypeHint)})
	if err != nil {
		return s.fail(ctx, id, "読み取れませんでした（"+kakanai.ErrorMessage(err)+"）。画像は保存されています。手入力してください。")
	}
	s.sealMyNumbers(doc, res)
	raw, err := toMap(res)
	if err != nil {
		return err
	}
	now := s.Now()
	return s.client.SourceDocument.UpdateOneID(id).SetStatus(sourcedocument.StatusDone).SetResult(raw).
		SetDocumentType(string(res.DocumentType)).SetReadAt(now).SetReadMs(int(time.Since(start).Milliseconds())).
		ClearError().Exec(ctx)
}

func (s *Service) fail(ctx context.Context, id int, msg string) error {
	return s.client.SourceDocument.UpdateOneID(id).SetStatus(sourcedocument.StatusFailed).SetError(msg).SetReadAt(s.Now()).Exec(ctx)
}

func toMap(r *ocr.Result) (map[string]any, error) {
	b, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	return m, json.Unmarshal(b, &m)
}

// Result decodes a document's stored OCR result.
func Result(doc *ent.SourceDocument) (*ocr.Result, error) {
	if doc.Result == nil {
		return nil, nil
	}
	b, err := json.Marshal(doc.Result)
	if err != nil {
		return nil, err
	}
	var r ocr.Result
	return &r, json.Unmarshal(b, &r)
}

// Open returns a document's image for the review screen; the view is audited.
func (s *Service) Open(ctx context.Context, id int) (*filing.File, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return nil, err
	}
	doc, err := s.client.SourceDocument.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "書類")
	}
	b, err := s.files.Get(ctx, doc.BlobKey, doc.Sha256)
	if err != nil {
		return nil, err
	}
	if err := s.audit.Record(ctx, audit.Event{Operation: "download", ObjectType: "SourceDocument", ObjectIDs: []string{strconv.Itoa(id)}}); err != nil {
		return nil, kakanai.Internal(err)
	}
	return &filing.File{Name: doc.Filename, ContentType: doc.ContentType, Content: b}, nil
}

func knownType(t string) bool {
	for _, d := range ocr.DocumentTypes() {
		if string(d) == t {
			return true
		}
	}
	return false
}
