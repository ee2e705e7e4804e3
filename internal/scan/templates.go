package scan

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/ocrtemplate"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/store"
)

// Templater is what tenant OCR templates need of the engine; *ocr.Engine is one.
type Templater interface {
	Library() *ocr.Library
	TemplateFromSample(ctx context.Context, data []byte, spec ocr.SampleSpec) (*ocr.Template, error)
}

var errNoOCR = kakanai.Errorf(kakanai.EINTERNAL, "OCR がこの環境にありません。")

// UseTemplates connects the engine whose library holds the tenants' templates (B2). Without it tenant
// templates can be neither listed nor stored.
func (s *Service) UseTemplates(t Templater) { s.templater = t }

// loadTenantTemplates makes the engine's library hold exactly the tenant's stored templates. It runs before every
// reading and listing, so a template saved or withdrawn through another process of the service counts without a
// restart; a version already in memory is not parsed again (versions are immutable).
func (s *Service) loadTenantTemplates(ctx context.Context, tenantID int, lgCode string) error {
	if s.templater == nil {
		return nil
	}
	rows, err := s.client.OcrTemplate.Query().Where(ocrtemplate.TenantID(tenantID)).All(ctx)
	if err != nil {
		return store.Err(err, "定義体")
	}
	lib := s.templater.Library()
	own := make([]*ocr.Template, 0, len(rows))
	for _, r := range rows {
		if t, ok := lib.Get(lgCode, r.TemplateID, r.Version); ok && t.Tenant == lgCode {
			own = append(own, t)
			continue
		}
		t, err := ocr.ParseTemplate([]byte(r.Definition))
		if err != nil {
			return kakanai.Internal(fmt.Errorf("stored template %s@%d: %w", r.TemplateID, r.Version, err))
		}
		t.Tenant, t.ID, t.Version = lgCode, r.TemplateID, r.Version
		own = append(own, t)
	}
	if err := lib.SetTenant(lgCode, own); err != nil {
		return kakanai.Internal(err)
	}
	return nil
}

// DeleteTemplate withdraws the tenant's own template (every version of it): documents are read with the shared
// library's template of that ID again, if there is one. Readings made with it keep their results. The shared
// library cannot be changed by a tenant.
func (s *Service) DeleteTemplate(ctx context.Context, templateID string) error {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return err
	}
	n, err := s.client.OcrTemplate.Delete().Where(ocrtemplate.TemplateID(templateID)).Exec(ctx)
	if err != nil {
		return store.Err(err, "定義体")
	}
	if n == 0 {
		return kakanai.Errorf(kakanai.ENOTFOUND, "この自治体独自の定義体「%s」はありません（共有ライブラリの定義体は削除できません）。", templateID)
	}
	if err := s.audit.Record(ctx, audit.Event{Operation: "delete.ocr_template", ObjectType: "OcrTemplate", ObjectIDs: []string{templateID},
		Detail: fmt.Sprintf("OCR定義体「%s」を削除（%d版）", templateID, n)}); err != nil {
		return kakanai.Internal(err)
	}
	lg, err := s.tenantCode(ctx, v.TenantID)
	if err != nil {
		return err
	}
	return s.loadTenantTemplates(ctx, v.TenantID, lg)
}

// Templates lists the templates the viewer's tenant reads with, latest version of each, optionally of one
// document type.
func (s *Service) Templates(ctx context.Context, documentType string) ([]*ocr.Template, error) {
	v, err := authz.Require(ctx, authz.PermTemplateRead)
	if err != nil {
		return nil, err
	}
	if s.templater == nil {
		return nil, errNoOCR
	}
	lg, err := s.tenantCode(ctx, v.TenantID)
	if err != nil {
		return nil, err
	}
	if err := s.loadTenantTemplates(ctx, v.TenantID, lg); err != nil {
		return nil, err
	}
	all := s.templater.Library().Candidates(lg, "")
	out := all[:0:0]
	for _, t := range all {
		if documentType == "" || string(t.DocumentType) == documentType {
			out = append(out, t)
		}
	}
	return out, nil
}

// SaveTemplate stores a new version of a tenant template from its JSON (template:write). The version is
// assigned here: one above both the tenant's last and the shared template of the same ID, so that "id@version"
// in a reading never means two definitions.
func (s *Service) SaveTemplate(ctx context.Context, definition []byte) (*ocr.Template, error) {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return nil, err
	}
	var t ocr.Template
	if err := json.Unmarshal(definition, &t); err != nil {
		return nil, kakanai.Invalid("definition", "定義体のJSONを読み取れません: %v", err)
	}
	return s.storeTemplate(ctx, v, &t)
}

// TemplateFromSample builds a template from a stored scan and the boxes drawn on it, and stores it.
func (s *Service) TemplateFromSample(ctx context.Context, documentID int, spec ocr.SampleSpec) (*ocr.Template, error) {
	v, err := authz.Require(ctx, authz.PermTemplateWrite)
	if err != nil {
		return nil, err
	}
	if s.templater == nil {
		return nil, errNoOCR
	}
	doc, err := s.client.SourceDocument.Get(ctx, documentID)
	if err != nil {
		return nil, store.Err(err, "書類")
	}
	content, err := s.files.Get(ctx, doc.BlobKey, doc.Sha256)
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(spec.ID) == "" {
		return nil, kakanai.Invalid("templateID", "定義体のIDを指定してください。")
	}
	spec.Version = 1 // storeTemplate assigns the real one
	t, err := s.templater.TemplateFromSample(ctx, content, spec)
	if err != nil {
		return nil, err
	}
	t.Source = fmt.Sprintf("sample: %s (%s)", doc.Filename, doc.Sha256[:12])
	return s.storeTemplate(ctx, v, t)
}

// storeTemplate numbers, validates and stores a template for the viewer's tenant (who holds template:write).
func (s *Service) storeTemplate(ctx context.Context, v *authz.Viewer, t *ocr.Template) (*ocr.Template, error) {
	if s.templater == nil {
		return nil, errNoOCR
	}
	lg, err := s.tenantCode(ctx, v.TenantID)
	if err != nil {
		return nil, err
	}
	next := 1
	if shared, ok := s.templater.Library().Get("", t.ID, 0); ok {
		next = shared.Version + 1
	}
	if last, err := s.client.OcrTemplate.Query().Where(ocrtemplate.TemplateID(t.ID)).
		Order(ent.Desc(ocrtemplate.FieldVersion)).First(ctx); err == nil {
		next = max(next, last.Version+1)
	} else if !ent.IsNotFound(err) {
		return nil, store.Err(err, "定義体")
	}
	t.Version, t.Tenant = next, lg
	if err := t.Validate(); err != nil {
		return nil, err
	}
	body, err := json.Marshal(t)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	err = s.client.OcrTemplate.Create().SetTenantID(v.TenantID).SetTemplateID(t.ID).SetVersion(t.Version).
		SetDocumentType(string(t.DocumentType)).SetName(t.Name).SetDefinition(string(body)).
		SetCreatedByID(v.UserID).Exec(ctx)
	if err != nil {
		return nil, store.Err(err, "定義体")
	}
	if err := s.templater.Library().Add(t); err != nil {
		return nil, kakanai.Internal(err)
	}
	return t, nil
}

func (s *Service) tenantCode(ctx context.Context, tenantID int) (string, error) {
	t, err := s.client.Tenant.Get(ctx, tenantID)
	if err != nil {
		return "", store.Err(err, "自治体")
	}
	return t.LgCode, nil
}
