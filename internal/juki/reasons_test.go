package juki

import "testing"

func TestMoveReason_codesAndLabels(t *testing.T) {
	want := map[MoveReason]string{
		"move_in": "転入", "move_in_special": "特例転入", "move_in_from_abroad": "国外転入", "move_within": "転居",
		"move_out": "転出", "move_out_special": "特例転出", "head_change": "世帯主変更", "household_split": "世帯分離",
		"household_merge": "世帯合併", "household_restructure": "世帯構成変更", "ex_officio": "職権記載",
	}
	if len(Reasons()) != len(want) || len(reasonTable) != len(want) {
		t.Fatalf("%d reasons, %d rules; want %d", len(Reasons()), len(reasonTable), len(want))
	}
	for code, label := range want {
		if code.Label() != label || code.Law() == "" {
			t.Errorf("%s: label %q law %q", code, code.Label(), code.Law())
		}
		for _, in := range []string{string(code), label} {
			if r, err := ParseMoveReason("", in); err != nil || r != code {
				t.Errorf("ParseMoveReason(%q) = %q, %v", in, r, err)
			}
		}
	}
	_, err := ParseMoveReason("", "引越し")
	assertInvalid(t, err, "reason", ErrUnknown, "")
}

func TestFieldNeeds_K_c_japaneseAndForeignFieldsAreSeparated(t *testing.T) {
	for _, r := range Reasons() {
		jp := PersonFieldNeeds(r, false, "", "")
		for _, f := range foreignOnly {
			if jp[f] != NeedForbidden {
				t.Errorf("%s: %s for a Japanese national = %s, want forbidden", r, f, jp[f])
			}
		}
		for _, c := range Categories() {
			fo := PersonFieldNeeds(r, true, c, "")
			for _, f := range japaneseOnly {
				if fo[f] != NeedForbidden {
					t.Errorf("%s/%s: %s for a foreigner = %s, want forbidden", r, c, f, fo[f])
				}
			}
			if fo[FieldNationality] == NeedForbidden || fo[FieldResidenceCategory] == NeedForbidden {
				t.Errorf("%s/%s: nationality or category locked", r, c)
			}
		}
	}
}

func TestFieldNeeds_K_b_moveInRequiresTheItemsOfArticle22(t *testing.T) {
	n := NotificationFieldNeeds(ReasonMoveIn)
	for _, f := range []Field{FieldNotifiedOn, FieldMovedOn, FieldNewAddress, FieldOldAddress, FieldNotifier} {
		if n[f] != NeedRequired {
			t.Errorf("転入 %s = %s, want required", f, n[f])
		}
	}
	jp := PersonFieldNeeds(ReasonMoveIn, false, "", "")
	for _, f := range []Field{FieldFamilyName, FieldGivenName, FieldBirthDate, FieldSex, FieldRelationship, FieldResidentCode, FieldDomicile, FieldDomicileHead} {
		if jp[f] != NeedRequired {
			t.Errorf("転入 Japanese %s = %s, want required", f, jp[f])
		}
	}
	if jp[FieldMyNumber] != NeedAllowed {
		t.Error("個人番号 is not a statutory item of the 転入届")
	}
	// 転居 (23条): the same minus the 住民票コード.
	if PersonFieldNeeds(ReasonMoveWithin, false, "", "")[FieldResidentCode] != NeedAllowed {
		t.Error("転居 must not require the 住民票コード")
	}
	// 転出 (24条): 転出先 and 転出予定年月日.
	out := NotificationFieldNeeds(ReasonMoveOut)
	if out[FieldDestination] != NeedRequired || out[FieldPlannedMoveOn] != NeedRequired || out[FieldNewAddress] != NeedForbidden {
		t.Errorf("転出 needs: %v", out)
	}
	if NotificationFieldNeeds(ReasonMoveInSpecial)[FieldPlannedMoveOn] != NeedRequired {
		t.Error("特例転入 needs the 転出予定日 for the 30-day limit")
	}
	if NotificationFieldNeeds(ReasonExOfficio)[FieldNotifier] != NeedForbidden {
		t.Error("職権記載 has no 届出人")
	}
}

func TestFieldNeeds_K_c_foreignItemsByCategory(t *testing.T) {
	mid := PersonFieldNeeds(ReasonMoveInFromAbroad, true, CategoryMidToLongTerm, "留学")
	for _, f := range []Field{FieldNationality, FieldResidenceCategory, FieldResidenceStatus, FieldPeriodOfStay, FieldPeriodExpiry, FieldCardNumber, FieldRomajiName} {
		if mid[f] != NeedRequired {
			t.Errorf("中長期在留者 国外転入 %s = %s, want required", f, mid[f])
		}
	}
	perm := PersonFieldNeeds(ReasonMoveInFromAbroad, true, CategoryMidToLongTerm, "永住者")
	if perm[FieldPeriodOfStay] != NeedForbidden || perm[FieldPeriodExpiry] != NeedForbidden || perm[FieldCardNumber] != NeedRequired {
		t.Errorf("永住者: %v", perm)
	}
	sp := PersonFieldNeeds(ReasonMoveIn, true, CategorySpecialPermanent, "")
	if sp[FieldCardNumber] != NeedRequired || sp[FieldPeriodOfStay] != NeedForbidden || sp[FieldResidenceStatus] != NeedForbidden || sp[FieldPeriodExpiry] != NeedForbidden {
		t.Errorf("特別永住者 has a certificate number and no 在留期間: %v", sp)
	}
	tr := PersonFieldNeeds(ReasonMoveIn, true, CategoryTransitionalStay, "")
	for _, f := range foreignStay {
		if tr[f] != NeedForbidden {
			t.Errorf("経過滞在者 %s = %s, want forbidden", f, tr[f])
		}
	}
	refuge := PersonFieldNeeds(ReasonMoveIn, true, CategoryTemporaryRefuge, "")
	if refuge[FieldPeriodExpiry] != NeedRequired || refuge[FieldPeriodOfStay] != NeedAllowed || refuge[FieldCardNumber] != NeedForbidden {
		t.Errorf("一時庇護許可者: %v", refuge)
	}
	// 転居 does not change the 30条の45 items: allowed, not required.
	if PersonFieldNeeds(ReasonMoveWithin, true, CategoryMidToLongTerm, "留学")[FieldCardNumber] != NeedAllowed {
		t.Error("転居 must not require the 在留カード番号")
	}
}
