package juki

import "strings"

// MoveReason is the 異動事由 of a 届出, with a stable English code clients branch on.
type MoveReason string

const (
	ReasonMoveIn               MoveReason = "move_in"               // 転入 (住基法22条)
	ReasonMoveInSpecial        MoveReason = "move_in_special"       // 特例転入 (24条の2)
	ReasonMoveInFromAbroad     MoveReason = "move_in_from_abroad"   // 国外転入 (22条, foreigners 30条の46)
	ReasonMoveWithin           MoveReason = "move_within"           // 転居 (23条)
	ReasonMoveOut              MoveReason = "move_out"              // 転出 (24条)
	ReasonMoveOutSpecial       MoveReason = "move_out_special"      // 特例転出 (24条の2)
	ReasonHeadChange           MoveReason = "head_change"           // 世帯主変更 (25条)
	ReasonHouseholdSplit       MoveReason = "household_split"       // 世帯分離 (25条)
	ReasonHouseholdMerge       MoveReason = "household_merge"       // 世帯合併 (25条)
	ReasonHouseholdRestructure MoveReason = "household_restructure" // 世帯構成変更 (25条)
	ReasonExOfficio            MoveReason = "ex_officio"            // 職権記載 (住基法施行令12条)
)

// Reasons lists every 異動事由 in the order of the form.
func Reasons() []MoveReason {
	return []MoveReason{ReasonMoveIn, ReasonMoveInSpecial, ReasonMoveInFromAbroad, ReasonMoveWithin, ReasonMoveOut,
		ReasonMoveOutSpecial, ReasonHeadChange, ReasonHouseholdSplit, ReasonHouseholdMerge, ReasonHouseholdRestructure,
		ReasonExOfficio}
}

// Label returns the Japanese name, e.g. 特例転入; "" for an unknown reason.
func (r MoveReason) Label() string { return reasonTable[r].label }

// Law returns the article the reason rests on, e.g. 住基法22条.
func (r MoveReason) Law() string { return reasonTable[r].law }

// ParseMoveReason accepts the code or the Japanese name. 国外転入 is one reason for Japanese and foreign persons;
// the person's nationality selects the rules.
func ParseMoveReason(field, text string) (MoveReason, error) {
	field = orDefault(field, "reason")
	s := strings.TrimSpace(foldWidth(text))
	if s == "" {
		return "", invalid(field, ErrFormat, "異動事由を選んでください")
	}
	for r, rule := range reasonTable {
		if s == string(r) || s == rule.label {
			return r, nil
		}
	}
	switch s {
	case "転入届":
		return ReasonMoveIn, nil
	case "転居届":
		return ReasonMoveWithin, nil
	case "転出届":
		return ReasonMoveOut, nil
	}
	return "", invalid(field, ErrUnknown, "異動事由は転入・特例転入・国外転入・転居・転出・特例転出・世帯主変更・世帯分離・世帯合併・世帯構成変更・職権記載のいずれかです")
}

// ---- fields ----

// Field names an input of the 届出 by its JSON name; paths in Issue are built from it.
type Field string

// Fields of the Notification.
const (
	FieldReason        Field = "reason"
	FieldNotifiedOn    Field = "notifiedOn"
	FieldMovedOn       Field = "movedOn"
	FieldPlannedMoveOn Field = "plannedMoveOn"
	FieldNewAddress    Field = "newAddress"
	FieldOldAddress    Field = "oldAddress"
	FieldDestination   Field = "destination"
	FieldNewHeadName   Field = "newHeadName"
	FieldOldHeadName   Field = "oldHeadName"
	FieldNotifier      Field = "notifier"
	FieldPersons       Field = "persons"
)

// Fields of a Person.
const (
	FieldFamilyName        Field = "familyName"
	FieldGivenName         Field = "givenName"
	FieldFamilyNameKana    Field = "familyNameKana"
	FieldGivenNameKana     Field = "givenNameKana"
	FieldRomajiName        Field = "romajiName"
	FieldCommonName        Field = "commonName"
	FieldBirthDate         Field = "birthDate"
	FieldSex               Field = "sex"
	FieldRelationship      Field = "relationship"
	FieldIsHeadOfHousehold Field = "isHeadOfHousehold"
	FieldResidentCode      Field = "residentCode"
	FieldMyNumber          Field = "myNumber"
	FieldNationality       Field = "nationality"
	FieldDomicile          Field = "domicile"
	FieldDomicileHead      Field = "domicileHead"
	FieldResidenceCategory Field = "residenceCategory"
	FieldResidenceStatus   Field = "residenceStatus"
	FieldPeriodOfStay      Field = "periodOfStay"
	FieldPeriodExpiry      Field = "periodExpiry"
	FieldCardNumber        Field = "cardNumber"
)

var notificationFields = []Field{FieldNotifiedOn, FieldMovedOn, FieldPlannedMoveOn, FieldNewAddress, FieldOldAddress,
	FieldDestination, FieldNewHeadName, FieldOldHeadName, FieldNotifier}

var personFields = []Field{FieldFamilyName, FieldGivenName, FieldFamilyNameKana, FieldGivenNameKana, FieldRomajiName,
	FieldCommonName, FieldBirthDate, FieldSex, FieldRelationship, FieldResidentCode, FieldMyNumber, FieldNationality,
	FieldDomicile, FieldDomicileHead, FieldResidenceCategory, FieldResidenceStatus, FieldPeriodOfStay,
	FieldPeriodExpiry, FieldCardNumber}

var fieldLabels = map[Field]string{
	FieldReason: "異動事由", FieldNotifiedOn: "届出日", FieldMovedOn: "異動日", FieldPlannedMoveOn: "転出予定日",
	FieldNewAddress: "新住所", FieldOldAddress: "旧住所", FieldDestination: "転出先", FieldNewHeadName: "新世帯主",
	FieldOldHeadName: "旧世帯主", FieldNotifier: "届出人", FieldPersons: "異動者",
	FieldFamilyName: "氏", FieldGivenName: "名", FieldFamilyNameKana: "氏のふりがな", FieldGivenNameKana: "名のふりがな",
	FieldRomajiName: "ローマ字氏名", FieldCommonName: "通称", FieldBirthDate: "生年月日", FieldSex: "性別",
	FieldRelationship: "続柄", FieldIsHeadOfHousehold: "世帯主", FieldResidentCode: "住民票コード",
	FieldMyNumber: "個人番号", FieldNationality: "国籍・地域", FieldDomicile: "本籍", FieldDomicileHead: "筆頭者",
	FieldResidenceCategory: "30条の45区分", FieldResidenceStatus: "在留資格", FieldPeriodOfStay: "在留期間",
	FieldPeriodExpiry: "在留期間の満了日", FieldCardNumber: "在留カード等番号",
}

// Label returns the Japanese label shown next to the input.
func (f Field) Label() string { return fieldLabels[f] }

// Need says whether a field must, may or must not be entered.
type Need string

const (
	NeedRequired  Need = "required"
	NeedAllowed   Need = "allowed"
	NeedForbidden Need = "forbidden" // locked on the screen (K-c)
)

// ---- the table ----

// fieldSet lists the required and the forbidden fields; every other field is allowed.
type fieldSet struct{ required, forbidden []Field }

// household says how the 世帯主 of the persons is checked.
type household uint8

const (
	householdNone   household = iota // the reason does not carry a household (転出)
	householdJoinOr                  // at most one head among the persons; none means joining newHeadName's household
	householdNewOne                  // exactly one head among the persons (the new head)
)

type reasonRule struct {
	label, law   string
	notification fieldSet
	japanese     fieldSet
	foreign      fieldSet // the 30条の45 items listed here are narrowed by categoryFields
	lateAfter    int      // days after the move within which the 届出 is due; 0 = no such rule
	household    household
}

// Person fields every reason that records a move needs. Japanese: 氏名, 生年月日, 性別, 続柄 (住基法7条);
// foreigners: the name as on the 在留カード (ローマ字), 国籍・地域 and 区分 (30条の45).
var (
	japaneseIdentity = []Field{FieldFamilyName, FieldGivenName, FieldBirthDate, FieldSex, FieldRelationship}
	foreignIdentity  = []Field{FieldRomajiName, FieldBirthDate, FieldSex, FieldRelationship, FieldNationality, FieldResidenceCategory}
	foreignStay      = []Field{FieldResidenceStatus, FieldPeriodOfStay, FieldPeriodExpiry, FieldCardNumber}
)

func join(lists ...[]Field) []Field {
	var out []Field
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// reasonTable is the rule of each 異動事由 (K-b, K-c). [法令] for the items the articles name; the household
// checks and the fields the law leaves open (e.g. which address a 世帯変更届 carries) are [推定]: correct them
// here.
//   - 転入 (22条): 氏名, 住所, 転入をした年月日, 従前の住所, 世帯主 or its name and 続柄, 転入前の住民票コード,
//     and for Japanese the 本籍・筆頭者 printed on the 転出証明書; within 14 days of the move.
//   - 特例転入 (24条の2): as 転入, plus the 転出予定年月日 for the 30-day limit.
//   - 国外転入: as 転入 without a 住民票コード; foreigners show the 在留カード等 within 14 days (30条の46).
//   - 転居 (23条): the items of 転入 minus the 住民票コード.
//   - 転出 (24条): 氏名, 転出先, 転出の予定年月日, given in advance (late after 14 days by 事務処理要領 [二次]).
//   - 世帯変更 (25条): 氏名, the change and its date, within 14 days.
//   - 職権記載 (施行令12条): recorded by the mayor; no 届出人.
var reasonTable = map[MoveReason]reasonRule{
	ReasonMoveIn: {
		label: "転入", law: "住基法22条", lateAfter: 14, household: householdJoinOr,
		notification: fieldSet{
			required:  []Field{FieldNotifiedOn, FieldMovedOn, FieldNewAddress, FieldOldAddress, FieldNotifier},
			forbidden: []Field{FieldDestination},
		},
		japanese: fieldSet{required: join(japaneseIdentity, []Field{FieldResidentCode, FieldDomicile, FieldDomicileHead})},
		foreign:  fieldSet{required: join(foreignIdentity, []Field{FieldResidentCode}, foreignStay)},
	},
	ReasonMoveInSpecial: {
		label: "特例転入", law: "住基法24条の2", lateAfter: 14, household: householdJoinOr,
		notification: fieldSet{
			required:  []Field{FieldNotifiedOn, FieldMovedOn, FieldPlannedMoveOn, FieldNewAddress, FieldOldAddress, FieldNotifier},
			forbidden: []Field{FieldDestination},
		},
		japanese: fieldSet{required: join(japaneseIdentity, []Field{FieldResidentCode, FieldDomicile, FieldDomicileHead})},
		foreign:  fieldSet{required: join(foreignIdentity, []Field{FieldResidentCode}, foreignStay)},
	},
	ReasonMoveInFromAbroad: {
		label: "国外転入", law: "住基法22条・30条の46", lateAfter: 14, household: householdJoinOr,
		notification: fieldSet{
			required:  []Field{FieldNotifiedOn, FieldMovedOn, FieldNewAddress, FieldOldAddress, FieldNotifier},
			forbidden: []Field{FieldDestination, FieldPlannedMoveOn},
		},
		japanese: fieldSet{required: join(japaneseIdentity, []Field{FieldDomicile, FieldDomicileHead})},
		foreign:  fieldSet{required: join(foreignIdentity, foreignStay)},
	},
	ReasonMoveWithin: {
		label: "転居", law: "住基法23条", lateAfter: 14, household: householdJoinOr,
		notification: fieldSet{
			required:  []Field{FieldNotifiedOn, FieldMovedOn, FieldNewAddress, FieldOldAddress, FieldNotifier},
			forbidden: []Field{FieldDestination, FieldPlannedMoveOn},
		},
		japanese: fieldSet{required: japaneseIdentity},
		foreign:  fieldSet{required: foreignIdentity},
	},
	ReasonMoveOut: {
		label: "転出", law: "住基法24条", lateAfter: 14, household: householdNone,
		notification: fieldSet{
			required:  []Field{FieldNotifiedOn, FieldPlannedMoveOn, FieldOldAddress, FieldDestination, FieldNotifier},
			forbidden: []Field{FieldNewAddress},
		},
		japanese: fieldSet{required: []Field{FieldFamilyName, FieldGivenName}},
		foreign:  fieldSet{required: []Field{FieldRomajiName, FieldNationality, FieldResidenceCategory}},
	},
	ReasonMoveOutSpecial: {
		label: "特例転出", law: "住基法24条の2", lateAfter: 14, household: householdNone,
		notification: fieldSet{
			required:  []Field{FieldNotifiedOn, FieldPlannedMoveOn, FieldOldAddress, FieldDestination, FieldNotifier},
			forbidden: []Field{FieldNewAddress},
		},
		japanese: fieldSet{required: []Field{FieldFamilyName, FieldGivenName}},
		foreign:  fieldSet{required: []Field{FieldRomajiName, FieldNationality, FieldResidenceCategory}},
	},
	ReasonHeadChange:           householdChange("世帯主変更", householdNewOne, FieldOldHeadName),
	ReasonHouseholdSplit:       householdChange("世帯分離", householdNewOne, FieldOldHeadName),
	ReasonHouseholdMerge:       householdChange("世帯合併", householdJoinOr, FieldNewHeadName),
	ReasonHouseholdRestructure: householdChange("世帯構成変更", householdJoinOr),
	ReasonExOfficio: {
		label: "職権記載", law: "住基法施行令12条", household: householdJoinOr,
		notification: fieldSet{
			required:  []Field{FieldMovedOn},
			forbidden: []Field{FieldNotifier},
		},
		japanese: fieldSet{required: []Field{FieldFamilyName, FieldGivenName, FieldBirthDate}},
		foreign:  fieldSet{required: []Field{FieldRomajiName, FieldBirthDate, FieldNationality, FieldResidenceCategory}},
	},
}

// householdChange builds the rule of a 世帯変更届 (25条): 氏名, the change (the 世帯主 names) and its date.
func householdChange(label string, h household, heads ...Field) reasonRule {
	return reasonRule{
		label: label, law: "住基法25条", lateAfter: 14, household: h,
		notification: fieldSet{
			required:  join([]Field{FieldNotifiedOn, FieldMovedOn, FieldNotifier}, heads),
			forbidden: []Field{FieldDestination, FieldPlannedMoveOn},
		},
		japanese: fieldSet{required: []Field{FieldFamilyName, FieldGivenName, FieldRelationship}},
		foreign:  fieldSet{required: []Field{FieldRomajiName, FieldRelationship, FieldNationality, FieldResidenceCategory}},
	}
}

// K-c: the 戸籍 items exist only for Japanese nationals (住基法7条5号 vs 30条の45); the 30条の45 items and the
// 通称 (施行令30条の26) only for foreigners.
var (
	japaneseOnly = []Field{FieldDomicile, FieldDomicileHead}
	foreignOnly  = []Field{FieldCommonName, FieldResidenceCategory, FieldResidenceStatus, FieldPeriodOfStay, FieldPeriodExpiry, FieldCardNumber}
)

// NotificationFieldNeeds returns what the reason asks of each field of the Notification, for the screen to mark
// required fields and lock forbidden ones. Unknown reasons allow everything.
func NotificationFieldNeeds(r MoveReason) map[Field]Need {
	out := make(map[Field]Need, len(notificationFields))
	for _, f := range notificationFields {
		out[f] = NeedAllowed
	}
	rule, ok := reasonTable[r]
	if !ok {
		return out
	}
	apply(out, rule.notification)
	return out
}

// PersonFieldNeeds returns what the reason asks of each field of one person (K-b, K-c). For a foreigner the
// 30条の45 items follow the category (categoryFields) and the status: 永住者 and 高度専門職2号 have no period.
// The relationship of the 世帯主 is implied and never required; Validate handles that.
func PersonFieldNeeds(r MoveReason, foreign bool, category ResidenceCategory, status string) map[Field]Need {
	out := make(map[Field]Need, len(personFields))
	for _, f := range personFields {
		out[f] = NeedAllowed
	}
	rule, known := reasonTable[r]
	if !foreign {
		if known {
			apply(out, rule.japanese)
		}
		for _, f := range foreignOnly {
			out[f] = NeedForbidden
		}
		return out
	}
	if known {
		apply(out, rule.foreign)
	}
	for _, f := range japaneseOnly {
		out[f] = NeedForbidden
	}
	fields, ok := categoryFields[category]
	for _, f := range foreignStay {
		switch {
		case !ok:
			// Unknown category: the missing category is reported; do not pile up errors it would explain.
			if out[f] == NeedRequired {
				out[f] = NeedAllowed
			}
		case fields[f] == notApplicable:
			out[f] = NeedForbidden
		case fields[f] == optional && out[f] == NeedRequired:
			out[f] = NeedAllowed
		}
	}
	if st, _ := canonicalStatus(status); category == CategoryMidToLongTerm && indefiniteStatuses[st] {
		out[FieldPeriodOfStay] = NeedForbidden
		out[FieldPeriodExpiry] = NeedForbidden
	}
	return out
}

func apply(out map[Field]Need, s fieldSet) {
	for _, f := range s.required {
		out[f] = NeedRequired
	}
	for _, f := range s.forbidden {
		out[f] = NeedForbidden
	}
}
