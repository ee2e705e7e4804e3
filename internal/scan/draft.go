package scan

import (
	"context"
	"strconv"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/schema/types"
	"github.com/kakanai/kakanai/internal/authz"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/store"
)

// reasonOf is the 異動事由 a document usually brings (the counter may change it): a 転出証明書 means 転入, its
// 準ずる証明書 a 特例転入, a card or a 戸籍 from abroad a 国外転入, a licence or マイナンバーカード a 転居 (A5).
var reasonOf = map[ocr.DocumentType]juki.MoveReason{
	ocr.MoveOutCertificate:                  juki.ReasonMoveIn,
	ocr.MoveOutCertificateSpecial:           juki.ReasonMoveInSpecial,
	ocr.KosekiCertificate:                   juki.ReasonMoveInFromAbroad,
	ocr.KosekiFuhyo:                         juki.ReasonMoveInFromAbroad,
	ocr.ResidenceCard:                       juki.ReasonMoveInFromAbroad,
	ocr.SpecialPermanentResidentCertificate: juki.ReasonMoveInFromAbroad,
	ocr.DriversLicense:                      juki.ReasonMoveWithin,
	ocr.MyNumberCard:                        juki.ReasonMoveWithin,
}

// DraftFrom turns an OCR result into the content of a 届出, with the source of every item it filled.
func DraftFrom(docID int, res *ocr.Result) filing.Draft {
	reason := reasonOf[res.DocumentType]
	if reason == "" {
		reason = juki.ReasonMoveIn
	}
	d := filing.Draft{Notification: juki.Notification{Reason: string(reason)}, Sources: map[string]types.FieldSource{}}
	src := func(path, key string, f ocr.Field) {
		d.Sources[path] = types.FieldSource{DocumentID: docID, Key: key, Page: f.Box.Page, X: f.Box.X, Y: f.Box.Y, W: f.Box.W, H: f.Box.H, Confidence: f.Confidence}
	}
	set := func(dst *string, path, key string, fields map[string]ocr.Field) {
		if f, ok := fields[key]; ok && strings.TrimSpace(f.Value) != "" {
			*dst = f.Value
			src(path, key, f)
		}
	}
	n := &d.Notification
	switch res.DocumentType {
	case ocr.MoveOutCertificate, ocr.MoveOutCertificateSpecial:
		// The old municipality's certificate: its 住所 is the old address, its 転出先 the new one.
		set(&n.OldAddress.Line, "oldAddress.line", "address", res.Fields)
		set(&n.NewAddress.Line, "newAddress.line", "destinationAddress", res.Fields)
		set(&n.MovedOn, "movedOn", "moveOutDate", res.Fields)
		set(&n.PlannedMoveOn, "plannedMoveOn", "moveOutDate", res.Fields)
		set(&n.OldHeadName, "oldHeadName", "headOfHousehold", res.Fields)
		set(&n.NewHeadName, "newHeadName", "headOfHousehold", res.Fields)
		d.SourceLgCode = res.IssuerLgCode
	default:
		set(&n.OldAddress.Line, "oldAddress.line", "address", res.Fields)
	}
	for i, pf := range res.Persons {
		p := juki.Person{}
		prefix := "persons." + strconv.Itoa(i) + "."
		merged := map[string]ocr.Field{}
		for k, v := range res.Fields { // a card's fields are document-level and describe its one person
			merged[k] = v
		}
		for k, v := range pf {
			merged[k] = v
		}
		if f, ok := merged["fullName"]; ok {
			p.FamilyName, p.GivenName = splitName(f.Value)
			src(prefix+"familyName", "fullName", f)
			src(prefix+"givenName", "fullName", f)
		}
		if f, ok := merged["fullNameKana"]; ok {
			p.FamilyNameKana, p.GivenNameKana = splitName(f.Value)
			src(prefix+"familyNameKana", "fullNameKana", f)
			src(prefix+"givenNameKana", "fullNameKana", f)
		}
		set(&p.RomajiName, prefix+"romajiName", "romanName", merged)
		set(&p.BirthDate, prefix+"birthDate", "birthDate", merged)
		set(&p.Sex, prefix+"sex", "sex", merged)
		set(&p.Relationship, prefix+"relationship", "relationship", merged)
		set(&p.ResidentCode, prefix+"residentCode", "residentCode", merged)
		set(&p.MyNumber, prefix+"myNumber", "myNumber", merged)
		set(&p.Domicile, prefix+"domicile", "domicile", merged)
		set(&p.DomicileHead, prefix+"domicileHead", "domicileHead", merged)
		set(&p.Nationality, prefix+"nationality", "nationality", merged)
		set(&p.ResidenceStatus, prefix+"residenceStatus", "residenceStatus", merged)
		set(&p.PeriodOfStay, prefix+"periodOfStay", "periodOfStay", merged)
		set(&p.PeriodExpiry, prefix+"periodExpiry", "periodExpiry", merged)
		set(&p.CardNumber, prefix+"cardNumber", "cardNumber", merged)
		switch res.DocumentType {
		case ocr.ResidenceCard:
			p.ResidenceCategory = "中長期在留者"
		case ocr.SpecialPermanentResidentCertificate:
			p.ResidenceCategory = "特別永住者"
		}
		if p.Relationship == "世帯主" || (len(res.Persons) == 1 && p.Relationship == "") {
			p.IsHeadOfHousehold = true
		}
		n.Persons = append(n.Persons, p)
	}
	return d
}

// splitName splits 氏 and 名 at the first space the document printed; a name without one stays whole in 氏.
func splitName(s string) (string, string) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "　", " "))
	if fam, given, ok := strings.Cut(s, " "); ok {
		return fam, strings.TrimSpace(given)
	}
	return s, ""
}

// CreateNotification makes a draft 届出 from a read document (A1–A5) within its reception, and links the
// document to it.
func (s *Service) CreateNotification(ctx context.Context, f *filing.Service, docID int) (*filing.Saved, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationWrite); err != nil {
		return nil, err
	}
	doc, err := s.client.SourceDocument.Get(ctx, docID)
	if err != nil {
		return nil, store.Err(err, "書類")
	}
	res, err := Result(doc)
	if err != nil {
		return nil, kakanai.Internal(err)
	}
	if res == nil {
		return nil, kakanai.Errorf(kakanai.ECONFLICT, "この書類はまだ読み取られていません（%s）。", doc.Status)
	}
	// The 個人番号 goes from one sealed place to another (the 届出 seals it again): no one sees it, nothing to audit.
	if _, err := s.openMyNumbers(doc, res, true); err != nil {
		return nil, err
	}
	d := DraftFrom(doc.ID, res)
	// The 届出 is made at the counter today: 届出日 is today's date in Japan, like the 確認番号's day.
	d.Notification.NotifiedOn = juki.TodayInJapan(s.Now()).ISO()
	saved, err := f.Create(ctx, doc.ReceptionID, d)
	if err != nil {
		return nil, err
	}
	if err := s.client.SourceDocument.UpdateOneID(doc.ID).SetNotificationID(saved.Notification.ID).Exec(ctx); err != nil {
		return nil, store.Err(err, "書類")
	}
	return saved, nil
}

// Documents lists the documents of a reception or a 届出.
func (s *Service) Documents(ctx context.Context, q *ent.SourceDocumentQuery) ([]*ent.SourceDocument, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationRead); err != nil {
		return nil, err
	}
	docs, err := q.All(ctx)
	return docs, store.Err(err, "書類")
}

// Attach links a scanned document to a 届出 entered by hand (a reading that failed, or a document scanned after
// the 届出 was started), so that it is kept and found with it (A6).
func (s *Service) Attach(ctx context.Context, docID, notificationID int) (*ent.SourceDocument, error) {
	if _, err := authz.Require(ctx, authz.PermNotificationWrite); err != nil {
		return nil, err
	}
	doc, err := s.client.SourceDocument.Get(ctx, docID)
	if err != nil {
		return nil, store.Err(err, "書類")
	}
	if _, err := s.client.Notification.Get(ctx, notificationID); err != nil {
		return nil, store.Err(err, "届出")
	}
	if doc.NotificationID != nil && *doc.NotificationID != notificationID {
		return nil, kakanai.Errorf(kakanai.ECONFLICT, "この書類は別の届出に付いています。")
	}
	doc, err = s.client.SourceDocument.UpdateOneID(docID).SetNotificationID(notificationID).Save(ctx)
	return doc, store.Err(err, "書類")
}
