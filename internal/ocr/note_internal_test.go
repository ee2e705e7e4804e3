package ocr

import "testing"

// A 備考 line gives the address after its 住所 label, also where the small print's label was misread, and
// nothing where no label precedes a prefecture (A3).
func TestParseNote_A3_addressAfterItsLabel(t *testing.T) {
	for _, c := range []struct{ raw, want string }{
		{"令和6年5月11日 住所 福岡県久留米市野中町1050番地10", "福岡県久留米市野中町１０５０番地１０"},
		{"令和6年5月11日佳所福岡県久留米市野中町1050番地10", "福岡県久留米市野中町１０５０番地１０"},
		{"令和6年3月6日儲所福岡県福岡市博多区住吉1丁目18番18号", "福岡県福岡市博多区住吉１丁目１８番１８号"},
		{"令和6年3月6日住斯東京都千代田区霞が関1丁目1番1号", "東京都千代田区霞が関１丁目１番１号"},
		{"令和6年3月6日 住所: 福岡県小郡市小郡123番地 福岡県公安委員会", "福岡県小郡市小郡１２３番地"},
		{"令和6年3月6日 本籍 福岡県小郡市小郡123番地", ""}, // a change of 本籍, not of address
		{"令和6年3月6日 氏名 山田花子", ""},
	} {
		_, got, ok := parseNote(c.raw)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("parseNote(%q) = %q, %v; want %q", c.raw, got, ok, c.want)
		}
	}
}

// An older 備考 address is not auto-accepted when a newer 備考 line below it has text but no address made out:
// the newest change of address may be the unread one. An unread line above it changes nothing (A3).
func TestAssemble_A3_unreadNewerNoteHoldsTheOlderAddress(t *testing.T) {
	note := FieldDef{Key: KeyAddress, Kind: KindNote}
	older := func() *fieldRead {
		return &fieldRead{job: fieldJob{def: note, slot: 0}, box: Box{Y: 78},
			values: map[string]Field{KeyAddress: {Value: "福岡県久留米市東合川４丁目２６番２５号", Confidence: 0.93, Box: Box{Y: 78}}}}
	}
	unread := func(y int) *fieldRead {
		return &fieldRead{job: fieldJob{def: note, slot: 0}, box: Box{Y: y}, unreadNote: true, values: map[string]Field{}}
	}
	for _, c := range []struct {
		name  string
		reads []*fieldRead
		held  bool
	}{
		{"unread line below", []*fieldRead{older(), unread(138)}, true},
		{"unread line above", []*fieldRead{unread(40), older()}, false},
		{"no unread line", []*fieldRead{older()}, false},
	} {
		res := &Result{Fields: map[string]Field{}}
		(&Engine{}).assemble(nil, registration{}, c.reads, res)
		if len(res.Persons) != 1 {
			t.Fatalf("%s: %d persons", c.name, len(res.Persons))
		}
		a := res.Persons[0][KeyAddress]
		if held := a.Confidence < AutoAcceptThreshold; held != c.held || (len(res.Warnings) > 0) != c.held {
			t.Errorf("%s: address at %.2f with warnings %v, want held %v", c.name, a.Confidence, res.Warnings, c.held)
		}
	}
}
