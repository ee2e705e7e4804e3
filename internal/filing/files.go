package filing

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/archiveddocument"
	"github.com/kakanai/kakanai/ent/attachment"
	"github.com/kakanai/kakanai/ent/notification"
	"github.com/kakanai/kakanai/ent/person"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/storage"
	"github.com/kakanai/kakanai/internal/store"
)

// Renderer turns a 届出 into its paper form (internal/forms does it with the tenant's layout).
type Renderer interface {
	// RenderPDF renders the 届出; mask is nil for the original.
	RenderPDF(ctx context.Context, kind notification.Kind, n juki.Notification, extras map[string]string, mask *forms.MaskProfile) ([]byte, error)
}

// UseFiles sets the file store and the renderer. Without them attachments are refused and completion archives
// nothing (tests of the workflow alone).
func (s *Service) UseFiles(files *storage.Store, r Renderer) {
	s.files, s.renderer = files, r
}

// AddAttachment stores a file with a 届出 (E1, K-q). The content type is sniffed, not trusted.
func (s *Service) AddAttachment(ctx context.Context, notificationID int, kind attachment.Kind, filename string, content []byte) (*ent.Attachment, error) {
	v, err := authz.Require(ctx, authz.PermNotificationWrite)
	if err != nil {
		return nil, err
	}
	if s.files == nil {
		return nil, kakanai.Internal(fmt.Errorf("no file store configured"))
	}
	if err := attachment.KindValidator(kind); err != nil {
		return nil, kakanai.Invalid("kind", "添付の種類が正しくありません。")
	}
	ctype := storage.SniffType(content)
	if !storage.DocumentTypes[ctype] {
		return nil, kakanai.Invalid("file", "添付できるのは JPEG・PNG・TIFF・PDF のファイルです。")
	}
	if _, err := s.client.Notification.Get(ctx, notificationID); err != nil {
		return nil, store.Err(err, "届出")
	}
	obj, err := s.files.Put(ctx, v.TenantID, "attachment", ctype, content)
	if err != nil {
		return nil, err
	}
	a, err := s.client.Attachment.Create().SetTenantID(v.TenantID).SetNotificationID(notificationID).SetKind(kind).
		SetFilename(storage.CleanName(filename, "file")).SetContentType(ctype).SetSize(obj.Size).SetSha256(obj.SHA256).
		SetBlobKey(obj.Key).SetUploadedByID(v.UserID).Save(ctx)
	return a, store.Err(err, "添付")
}

// File is a stored file ready to send.
type File struct {
	Name        string
	ContentType string
	Content     []byte
}

// OpenAttachment returns an attachment's content; the download is audited.
func (s *Service) OpenAttachment(ctx context.Context, id int) (*File, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return nil, err
	}
	a, err := s.client.Attachment.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "添付")
	}
	b, err := s.files.Get(ctx, a.BlobKey, a.Sha256)
	if err != nil {
		return nil, err
	}
	if err := s.audit.Record(ctx, audit.Event{Operation: "download", ObjectType: "Attachment", ObjectIDs: []string{strconv.Itoa(id)}}); err != nil {
		return nil, kakanai.Internal(err)
	}
	return &File{Name: a.Filename, ContentType: a.ContentType, Content: b}, nil
}

// Archives lists the archived PDFs of a 届出 the viewer may open (K-v).
func (s *Service) Archives(ctx context.Context, notificationID int) ([]*ent.ArchivedDocument, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return nil, err
	}
	all, err := s.client.ArchivedDocument.Query().Where(archiveddocument.NotificationID(notificationID)).
		Order(archiveddocument.ByVersion(), archiveddocument.ByID()).All(ctx)
	if err != nil {
		return nil, store.Err(err, "保管文書")
	}
	var out []*ent.ArchivedDocument
	for _, a := range all {
		if v.Can(authz.Permission(a.RequiredPermission)) {
			out = append(out, a)
		}
	}
	return out, nil
}

// OpenArchive returns an archived PDF if the viewer's permissions allow that version; the download is audited.
func (s *Service) OpenArchive(ctx context.Context, id int) (*File, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return nil, err
	}
	a, err := s.client.ArchivedDocument.Get(ctx, id)
	if err != nil {
		return nil, store.Err(err, "保管文書")
	}
	if !v.Can(authz.Permission(a.RequiredPermission)) {
		return nil, kakanai.Errorf(kakanai.ENOTFOUND, "保管文書が見つかりません。")
	}
	b, err := s.files.Get(ctx, a.BlobKey, a.Sha256)
	if err != nil {
		return nil, err
	}
	if err := s.audit.Record(ctx, audit.Event{Operation: "download", ObjectType: "ArchivedDocument", ObjectIDs: []string{strconv.Itoa(id)}, Detail: a.Profile}); err != nil {
		return nil, kakanai.Internal(err)
	}
	name := fmt.Sprintf("todoke-%d-v%d-%s.pdf", a.NotificationID, a.Version, a.Profile)
	return &File{Name: name, ContentType: a.ContentType, Content: b}, nil
}

// extras are the items of the form that are not 住基 items: 確認番号, 備考, office boxes.
func (s *Service) extras(ctx context.Context, n *ent.Notification) map[string]string {
	extras := map[string]string{"remarks": n.Remarks, "notifierName": n.NotifierName}
	if n.ReceptionID != nil {
		if r, err := s.client.Reception.Get(ctx, *n.ReceptionID); err == nil {
			extras["receiptNumber"] = r.ConfirmationNumber
		}
	}
	for k, v := range n.Office {
		extras["office."+k] = fmt.Sprint(v)
	}
	// A person's office entries go into the form's box of that procedure as 「2 加入」: the 異動者 number and the
	// entry, under whatever the box says for the whole 届出.
	persons, _ := s.client.Person.Query().Where(person.NotificationID(n.ID)).Order(person.ByPosition()).All(ctx)
	for _, p := range persons {
		keys := slices.Sorted(maps.Keys(p.Office))
		for _, k := range keys {
			v := strings.TrimSpace(fmt.Sprint(p.Office[k]))
			if v == "" {
				continue
			}
			line := fmt.Sprintf("%d %s", p.Position+1, v)
			if prev := extras["office."+k]; prev != "" {
				line = prev + "\n" + line
			}
			extras["office."+k] = line
		}
	}
	return extras
}

// archived is a rendered and stored PDF waiting for its database row.
type archived struct {
	profile MaskProfile
	obj     *storage.Object
}

// renderArchives renders and stores the original and every masked PDF of a 届出 about to be completed. The
// files are content-addressed, so a completion that fails afterwards leaves at most an unreferenced copy.
func (s *Service) renderArchives(ctx context.Context, n *ent.Notification) ([]archived, error) {
	if s.renderer == nil || s.files == nil {
		return nil, nil
	}
	jn, err := s.toJuki(ctx, n)
	if err != nil {
		return nil, err
	}
	extras := s.extras(ctx, n)
	masks, err := s.maskProfiles(ctx)
	if err != nil {
		return nil, err
	}
	profiles := []MaskProfile{{Key: OriginalProfile, RequiredPermission: string(authz.PermMyNumberRead), Active: true}}
	for _, p := range masks {
		if p.Active {
			profiles = append(profiles, p)
		}
	}
	out := make([]archived, 0, len(profiles))
	for _, p := range profiles {
		var mask *forms.MaskProfile
		if p.Key != OriginalProfile {
			mask = p.Form()
		}
		pdf, err := s.renderer.RenderPDF(ctx, n.Kind, jn, extras, mask)
		if err != nil {
			return nil, kakanai.Internal(fmt.Errorf("rendering the %s archive: %w", p.Key, err))
		}
		obj, err := s.files.Put(ctx, n.TenantID, "archive", "application/pdf", pdf)
		if err != nil {
			return nil, err
		}
		out = append(out, archived{profile: p, obj: obj})
	}
	return out, nil
}

func (s *Service) recordArchives(ctx context.Context, tx *ent.Tx, n *ent.Notification, version int, docs []archived) error {
	for _, d := range docs {
		err := tx.ArchivedDocument.Create().SetTenantID(n.TenantID).SetNotificationID(n.ID).SetVersion(version).
			SetProfile(d.profile.Key).SetRequiredPermission(d.profile.RequiredPermission).SetSize(d.obj.Size).
			SetSha256(d.obj.SHA256).SetBlobKey(d.obj.Key).SetArchivedAt(s.Now()).Exec(ctx)
		if err != nil {
			return store.Err(err, "保管文書")
		}
	}
	return nil
}
