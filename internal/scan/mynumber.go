package scan

import (
	"context"
	"strconv"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/secret"
)

// A 個人番号 read from a マイナンバーカード is personal data like the one on a 届出: the stored reading holds it sealed
// with KAKANAI_DATA_KEY, the API shows it masked, and only mynumber:read unmasks it, audited.

// MaskedMyNumber is what a reading shows in place of a 個人番号.
const MaskedMyNumber = "＊＊＊＊ ＊＊＊＊ ＊＊＊＊"

// UseDataKey sets the key 個人番号 in readings are sealed with. Without it a reading's 個人番号 is dropped before
// it is stored (never kept in the clear).
func (s *Service) UseDataKey(box *secret.Box) { s.box = box }

func myNumberContext(doc *ent.SourceDocument) string {
	return "tenant:" + strconv.Itoa(doc.TenantID) + ":document:" + strconv.Itoa(doc.ID) + ":mynumber"
}

// sealMyNumbers replaces every 個人番号 of a fresh reading by its sealed form.
func (s *Service) sealMyNumbers(doc *ent.SourceDocument, r *ocr.Result) {
	seal := func(m map[string]ocr.Field) {
		f, ok := m[ocr.KeyMyNumber]
		if !ok {
			return
		}
		if s.box == nil || f.Value == "" {
			delete(m, ocr.KeyMyNumber)
			return
		}
		f.Value = s.box.Seal([]byte(f.Value), myNumberContext(doc))
		m[ocr.KeyMyNumber] = f
	}
	seal(r.Fields)
	for _, p := range r.Persons {
		seal(p)
	}
}

// openMyNumbers turns the sealed 個人番号 of a stored reading back into digits (unmask) or the mask.
func (s *Service) openMyNumbers(doc *ent.SourceDocument, r *ocr.Result, unmask bool) (opened int, err error) {
	open := func(m map[string]ocr.Field) error {
		f, ok := m[ocr.KeyMyNumber]
		if !ok {
			return nil
		}
		if !unmask || s.box == nil {
			f.Value = MaskedMyNumber
			m[ocr.KeyMyNumber] = f
			return nil
		}
		plain, err := s.box.Open(f.Value, myNumberContext(doc))
		if err != nil {
			return kakanai.Internal(err)
		}
		f.Value = string(plain)
		m[ocr.KeyMyNumber] = f
		opened++
		return nil
	}
	if err := open(r.Fields); err != nil {
		return 0, err
	}
	for _, p := range r.Persons {
		if err := open(p); err != nil {
			return 0, err
		}
	}
	return opened, nil
}

// Reading returns a document's stored OCR result as the viewer may see it: 個人番号 masked, or with unmask (needs
// mynumber:read) in digits, the view audited.
func (s *Service) Reading(ctx context.Context, doc *ent.SourceDocument, unmask bool) (*ocr.Result, error) {
	v, err := authz.Require(ctx, authz.PermNotificationRead)
	if err != nil {
		return nil, err
	}
	if unmask && !v.Can(authz.PermMyNumberRead) {
		return nil, kakanai.Errorf(kakanai.EFORBIDDEN, "個人番号を表示する権限がありません。")
	}
	r, err := Result(doc)
	if err != nil || r == nil {
		return r, err
	}
	opened, err := s.openMyNumbers(doc, r, unmask)
	if err != nil {
		return nil, err
	}
	if opened > 0 {
		if err := s.audit.Record(ctx, audit.Event{Operation: "read.mynumber", ObjectType: "SourceDocument",
			ObjectIDs: []string{strconv.Itoa(doc.ID)}, Detail: "読取結果の個人番号を表示"}); err != nil {
			return nil, kakanai.Internal(err)
		}
	}
	return r, nil
}
