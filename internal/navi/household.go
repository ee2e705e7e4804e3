package navi

import (
	"strings"

	"github.com/kakanai/kakanai/internal/juki"
)

// Draft turns the payload of a flow with a reason (転入, 転居, 転出) into the counter's draft 届出. It reports
// false when the flow carries no reason: such a code holds answers (and perhaps 4情報 for a 申請書) but no
// 届出. The draft is only a start: staff confirm every item with the documents, fill what the resident cannot
// know (住民票コード, 本籍 …) and refine the reason (特例転入, 国外転入) at the counter; juki.Validate reports what
// is missing.
func (p Payload) Draft(f *Flow) (juki.Notification, bool) {
	if f == nil || f.Reason == "" {
		return juki.Notification{}, false
	}
	reason, err := juki.ParseMoveReason("reason", f.Reason)
	if err != nil {
		return juki.Notification{}, false
	}
	n := juki.Notification{Reason: string(reason)}
	h := p.Household
	if h == nil {
		return n, true
	}
	out := reason == juki.ReasonMoveOut || reason == juki.ReasonMoveOutSpecial
	here := juki.Address{Line: strings.TrimSpace(h.Address), Katagaki: strings.TrimSpace(h.Katagaki)}
	other := juki.Address{Line: strings.TrimSpace(h.OtherAddress), Katagaki: strings.TrimSpace(h.OtherKatagaki)}
	if out {
		n.PlannedMoveOn = h.MovedOn
		n.OldAddress, n.Destination = here, other
	} else {
		n.MovedOn = h.MovedOn
		n.NewAddress, n.OldAddress = here, other
	}

	var head string
	for _, m := range h.Persons {
		jp := juki.Person{
			FamilyName: m.FamilyName, GivenName: m.GivenName,
			// The 届出 stores the ふりがな as typed; the resident's app sends hiragana, which juki accepts.
			FamilyNameKana: m.FamilyNameKana, GivenNameKana: m.GivenNameKana,
			RomajiName:   m.RomajiName,
			BirthDate:    m.BirthDate,
			Sex:          sexLabel(m.Sex),
			Relationship: strings.TrimSpace(m.Relationship),
			Nationality:  m.Nationality,
		}
		jp.IsHeadOfHousehold = jp.Relationship == "世帯主"
		if jp.IsHeadOfHousehold && head == "" {
			head = personName(m)
		}
		n.Persons = append(n.Persons, jp)
	}
	if head != "" {
		needs := juki.NotificationFieldNeeds(reason)
		// 転出: the household left behind is the 旧世帯; 転入・転居: the household at the new address. A 転居 of
		// the whole household keeps its 世帯主, so the old one is the same person; staff correct it otherwise.
		if !out && needs[juki.FieldNewHeadName] != juki.NeedForbidden {
			n.NewHeadName = head
		}
		if (out || reason == juki.ReasonMoveWithin) && needs[juki.FieldOldHeadName] != juki.NeedForbidden {
			n.OldHeadName = head
		}
	}
	return n, true
}

func sexLabel(code uint) string {
	switch code {
	case 1:
		return "男"
	case 2:
		return "女"
	}
	return ""
}

// personName is the name written as 世帯主の氏名: 氏 名 in kanji, or the romaji name of a foreign resident
// without a kanji name.
func personName(m Member) string {
	name := strings.TrimSpace(strings.TrimSpace(m.FamilyName) + " " + strings.TrimSpace(m.GivenName))
	if name == "" {
		name = strings.TrimSpace(m.RomajiName)
	}
	return name
}
