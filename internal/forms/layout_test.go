package forms

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/kakanai/kakanai"
)

// A layout is data: it survives JSON unchanged and renders the same after the trip (K-k, G1).
func TestLayout_K_k_JSONRoundTrip(t *testing.T) {
	for _, l := range BuiltinLayouts() {
		t.Run(l.ID, func(t *testing.T) {
			if err := l.Validate(); err != nil {
				t.Fatalf("built-in layout is invalid: %v", err)
			}
			b, err := json.MarshalIndent(l, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			back, err := ParseLayout(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(l, back) {
				t.Fatal("layout changed on a JSON round trip")
			}
			if font, err := DefaultFont(); err == nil {
				d := sampleData()
				p1, err1 := RenderPDF(l, d, Options{Font: font})
				p2, err2 := RenderPDF(back, d, Options{Font: font})
				if err1 != nil || err2 != nil || !bytes.Equal(p1, p2) {
					t.Errorf("the parsed layout renders differently (%v, %v)", err1, err2)
				}
			}
		})
	}
}

// A bad layout is refused with a Japanese message that names the element and its path (K-k).
func TestLayout_K_k_invalidLayoutNamesTheElement(t *testing.T) {
	fieldIndex := func(l *Layout, key string) int {
		for i, f := range l.Fields {
			if f.Key == key {
				return i
			}
		}
		t.Fatalf("no field %s", key)
		return -1
	}
	cases := []struct {
		name      string
		field     string // the top-level field whose index fills %d in wantPath
		edit      func(l *Layout)
		wantPath  string
		wantWords []string
	}{
		{"field off the paper", "newAddress.line", func(l *Layout) { l.Fields[fieldIndex(l, "newAddress.line")].W = 400 },
			"fields[%d]", []string{"項目「新住所」(newAddress.line)", "はみ出しています"}},
		{"unknown format", "movedOn", func(l *Layout) { l.Fields[fieldIndex(l, "movedOn")].Format = "heisei" },
			"fields[%d].format", []string{"項目「異動日」(movedOn)", "書式「heisei」"}},
		{"duplicate key", "movedOn", func(l *Layout) { l.Fields[fieldIndex(l, "movedOn")].Key = "notifiedOn" },
			"fields[%d].key", []string{"notifiedOn", "重複"}},
		{"bad key", "movedOn", func(l *Layout) { l.Fields[fieldIndex(l, "movedOn")].Key = "moved on" },
			"fields[%d].key", []string{"キー「moved on」"}},
		{"paper", "", func(l *Layout) { l.Paper.Size = "Letter" }, "paper", []string{"用紙「Letter"}},
		{"format version", "", func(l *Layout) { l.Format = 2 }, "format", []string{"形式 2"}},
		{"row field outside the row", "", func(l *Layout) { l.Persons.Row.Fields[0].H = 40 },
			"persons.row.fields[0]", []string{"異動者欄の項目「氏のふりがな」(familyNameKana)", "はみ出しています"}},
		{"foreign list names a missing field", "", func(l *Layout) { l.Persons.Foreign = append(l.Persons.Foreign, "passport") },
			"persons.foreign[8]", []string{"「passport」"}},
		{"rows do not fit the page", "", func(l *Layout) { l.Persons.Count = 6 }, "persons", []string{"異動者欄（1ページ目）", "はみ出しています"}},
		{"font too small", "", func(l *Layout) { l.Labels[0].Size = 1 }, "labels[0].size", []string{"ラベル「住 民 異 動 届」", "1.0 pt"}},
		{"box too high for text", "reason", func(l *Layout) {
			f := &l.Fields[fieldIndex(l, "reason")]
			f.H, f.Shrink = 2, false
		}, "fields[%d].h", []string{"項目「異動事由」(reason)", "1行も入りません"}},
		{"person key at top level", "movedOn", func(l *Layout) { l.Fields[fieldIndex(l, "movedOn")].Key = "persons.0.familyName" },
			"fields[%d].key", []string{"異動者欄"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := NotificationLayout()
			wantPath := c.wantPath
			if strings.Contains(wantPath, "%d") {
				wantPath = fmt.Sprintf(wantPath, fieldIndex(l, c.field))
			}
			c.edit(l)
			err := l.Validate()
			if err == nil {
				t.Fatal("accepted")
			}
			if kakanai.ErrorCode(err) != kakanai.EINVALID || kakanai.ErrorField(err) != wantPath {
				t.Errorf("error %v: code %s field %q, want invalid at %q", err, kakanai.ErrorCode(err), kakanai.ErrorField(err), wantPath)
			}
			for _, w := range c.wantWords {
				if !strings.Contains(kakanai.ErrorMessage(err), w) {
					t.Errorf("message %q lacks %q", kakanai.ErrorMessage(err), w)
				}
			}
			if _, err := RenderSVG(l, sampleData(), Options{Font: nil}); err == nil {
				t.Error("an invalid layout rendered")
			}
		})
	}
}

// Malformed JSON is refused without echoing the document; unknown keys are named.
func TestParseLayout_rejectsMalformedJSON(t *testing.T) {
	if _, err := ParseLayout([]byte(`{"format":1,`)); err == nil || kakanai.ErrorField(err) != "layout" {
		t.Errorf("truncated JSON: %v", err)
	}
	b, _ := json.Marshal(NotificationLayout())
	b = bytes.Replace(b, []byte(`"format":1`), []byte(`"format":1,"colour":"red"`), 1)
	_, err := ParseLayout(b)
	if err == nil || !strings.Contains(kakanai.ErrorMessage(err), `"colour"`) {
		t.Errorf("unknown key: %v", err)
	}
}

// Every problem is listed, not just the first; Validate summarises them.
func TestLayout_problemsListsAll(t *testing.T) {
	l := NotificationLayout()
	l.Name = ""
	l.Labels[0].Align = "justify"
	l.Persons.Japanese = append(l.Persons.Japanese, "nationality")
	ps := l.Problems()
	if len(ps) != 3 {
		t.Fatalf("problems = %+v, want 3", ps)
	}
	if msg := kakanai.ErrorMessage(l.Validate()); !strings.Contains(msg, "ほか2件") {
		t.Errorf("Validate message %q does not count the others", msg)
	}
}

// Paper sizes: A4, A3 and the JIS B sizes, either way round.
func TestPaper_dimensions(t *testing.T) {
	for _, c := range []struct {
		p    Paper
		w, h float64
	}{{Paper{"A4", "portrait"}, 210, 297}, {Paper{"A4", "landscape"}, 297, 210}, {Paper{"A3", "landscape"}, 420, 297},
		{Paper{"B4", ""}, 257, 364}, {Paper{"b5", "landscape"}, 257, 182}} {
		w, h, ok := c.p.Dimensions()
		if !ok || w != c.w || h != c.h {
			t.Errorf("%v = %v×%v %v", c.p, w, h, ok)
		}
	}
	if _, _, ok := (Paper{"A4", "sideways"}).Dimensions(); ok {
		t.Error("accepted orientation sideways")
	}
}

// A municipality's own form on other paper with more rows per continuation sheet is just another layout (G1).
func TestLayout_G1_otherPaperSize(t *testing.T) {
	l := NotificationLayout()
	l.ID, l.Paper = "city-b4", Paper{Size: "B4", Orientation: "landscape"} // 364 × 257 mm
	l.Persons.Continuation.Count = 9
	if err := l.Validate(); err != nil {
		t.Fatal(err)
	}
	if l.PageCount(4) != 1 || l.PageCount(13) != 2 || l.PageCount(14) != 3 {
		t.Error("9 rows per continuation page not honoured")
	}
	svg, err := RenderSVG(l, sampleData(fifthPerson), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(svg, `viewBox="0 0 364 520"`) || !strings.Contains(svg, `data-field="persons.12.familyName"`) {
		t.Error("B4 layout not rendered at its size with 9 continuation rows")
	}
	// Moving the office boxes into the rows is refused.
	for i := range l.Fields {
		if l.Fields[i].Key == KeyRemarks {
			l.Fields[i].Y = 150
		}
	}
	if err := l.Validate(); err == nil || !strings.Contains(kakanai.ErrorMessage(err), "項目「備考」(remarks) が異動者欄と重なっています") {
		t.Errorf("overlap: %v", err)
	}
}
