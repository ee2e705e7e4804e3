package ocr

// DocumentType is what a page is. The values are part of the stable output schema (issue 5, item 5).
type DocumentType string

const (
	MoveOutCertificate                  DocumentType = "moveOutCertificate"                  // 転出証明書
	MoveOutCertificateSpecial           DocumentType = "moveOutCertificateSpecial"           // 転出証明書に準ずる証明書
	KosekiCertificate                   DocumentType = "kosekiCertificate"                   // 戸籍全部（個人）事項証明書
	KosekiFuhyo                         DocumentType = "kosekiFuhyo"                         // 戸籍の附票
	ResidenceCard                       DocumentType = "residenceCard"                       // 在留カード
	SpecialPermanentResidentCertificate DocumentType = "specialPermanentResidentCertificate" // 特別永住者証明書
	DriversLicense                      DocumentType = "driversLicense"                      // 運転免許証 (front or back)
	MyNumberCard                        DocumentType = "myNumberCard"                        // マイナンバーカード (front)
	// Unknown is returned when neither a template nor the labels identify the page.
	Unknown DocumentType = "unknown"
)

// DocumentTypes lists the eight types the reader knows, in the order of the issue.
func DocumentTypes() []DocumentType {
	return []DocumentType{MoveOutCertificate, MoveOutCertificateSpecial, KosekiCertificate, KosekiFuhyo,
		ResidenceCard, SpecialPermanentResidentCertificate, DriversLicense, MyNumberCard}
}

// Label returns the Japanese name of the document type.
func (t DocumentType) Label() string {
	switch t {
	case MoveOutCertificate:
		return "転出証明書"
	case MoveOutCertificateSpecial:
		return "転出証明書に準ずる証明書"
	case KosekiCertificate:
		return "戸籍全部事項証明書"
	case KosekiFuhyo:
		return "戸籍の附票"
	case ResidenceCard:
		return "在留カード"
	case SpecialPermanentResidentCertificate:
		return "特別永住者証明書"
	case DriversLicense:
		return "運転免許証"
	case MyNumberCard:
		return "個人番号カード"
	}
	return "不明な書類"
}

// Output keys (issue 5, item 5). Values are normalised: dates YYYY-MM-DD, sex 男/女, 在留期間 as the 7-digit
// code YYMMDDD, identifiers without spaces, names with a full-width space between 氏 and 名, addresses with
// full-width digits as certificates print them.
const (
	KeyFullName           = "fullName"
	KeyFullNameKana       = "fullNameKana"
	KeyRomanName          = "romanName"
	KeyBirthDate          = "birthDate"
	KeySex                = "sex"
	KeyRelationship       = "relationship"
	KeyResidentCode       = "residentCode"
	KeyMyNumber           = "myNumber"
	KeyAddress            = "address"
	KeyAddressSince       = "addressSince"
	KeyHeadOfHousehold    = "headOfHousehold"
	KeyDomicile           = "domicile"
	KeyDomicileHead       = "domicileHead"
	KeyMoveOutDate        = "moveOutDate"
	KeyDestinationAddress = "destinationAddress"
	KeyNationality        = "nationality"
	KeyResidenceStatus    = "residenceStatus"
	KeyPeriodOfStay       = "periodOfStay"
	KeyPeriodExpiry       = "periodExpiry"
	KeyWorkRestriction    = "workRestriction"
	KeyCardNumber         = "cardNumber"
	KeyCardExpiry         = "cardExpiry"
	KeyLicenseNumber      = "licenseNumber"
)

// Keys lists every output key.
func Keys() []string {
	return []string{KeyFullName, KeyFullNameKana, KeyRomanName, KeyBirthDate, KeySex, KeyRelationship,
		KeyResidentCode, KeyMyNumber, KeyAddress, KeyAddressSince, KeyHeadOfHousehold, KeyDomicile, KeyDomicileHead,
		KeyMoveOutDate, KeyDestinationAddress, KeyNationality, KeyResidenceStatus, KeyPeriodOfStay, KeyPeriodExpiry,
		KeyWorkRestriction, KeyCardNumber, KeyCardExpiry, KeyLicenseNumber}
}

// KeyClass is the class a key is measured in by the benchmark: name, kana, date, address, digits, other.
func KeyClass(key string) string {
	switch key {
	case KeyFullName, KeyRomanName, KeyHeadOfHousehold, KeyDomicileHead:
		return "name"
	case KeyFullNameKana:
		return "kana"
	case KeyBirthDate, KeyAddressSince, KeyMoveOutDate, KeyPeriodExpiry, KeyCardExpiry:
		return "date"
	case KeyAddress, KeyDestinationAddress, KeyDomicile:
		return "address"
	case KeyResidentCode, KeyMyNumber, KeyCardNumber, KeyLicenseNumber:
		return "digits"
	}
	return "other"
}

// Result is what the reader returns for one document (all pages of one input).
//
// Where a key goes: fields holds what the document says once (the household's 住所, 世帯主, 転出先, 転出予定年月日
// of a 転出証明書; 本籍 and 筆頭者 of a 戸籍; the card's number and expiry); persons holds one entry per person
// listed (one for a card). Absent keys were not printed or not found.
type Result struct {
	DocumentType DocumentType `json:"documentType"`
	IssuerLgCode string       `json:"issuerLgCode"` // 全国地方公共団体コード (6 digits) of the issuer; "" when not a municipality or unknown
	// IssuerConfidence is how sure the issuer is, in [0, 1]: 0.95 for its full name (with the prefecture) found
	// exactly and no other municipality as likely, lower when approximate or ambiguous; 0 when there is none.
	IssuerConfidence float64            `json:"issuerConfidence"`
	Template         string             `json:"template"` // "id@version" of the 定義体 used, "labels" for the template-free reader, "" when unread
	Fields           map[string]Field   `json:"fields"`
	Persons          []map[string]Field `json:"persons"`
	Warnings         []string           `json:"warnings"`
}

// Field is one value read, with its confidence in [0, 1] and where it was found.
type Field struct {
	Value      string  `json:"value"`
	Confidence float64 `json:"confidence"`
	Box        Box     `json:"box"`
}

// Box is a rectangle in pixels of the page image as decoded (for a PDF: as rendered at 300 dpi), page 0-based.
type Box struct {
	Page int `json:"page"`
	X    int `json:"x"`
	Y    int `json:"y"`
	W    int `json:"w"`
	H    int `json:"h"`
}

// AutoAcceptThreshold is the confidence from which the review screen may accept a field without a look; it was
// chosen on the benchmark so that the error rate among accepted fields stays below 0.5 %.
const AutoAcceptThreshold = 0.9
