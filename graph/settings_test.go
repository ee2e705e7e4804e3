package graph_test

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// A tenant's own mask profiles (K-u) decide which masked PDFs completion archives and who opens each (K-v);
// a built-in can be changed or withdrawn for the tenant and restored; 個人番号 can never be left visible.
func TestMaskProfiles_K_u_K_v_tenantProfilesShapeTheArchive(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk, reviewer := env.Staff(t, admin, "clerk1", "clerk"), env.Staff(t, admin, "review1", "reviewer")

			keys := func(c *apptest.Client) []string {
				var out []string
				for _, p := range apptest.Path(c.MustDo(`{maskProfiles{key active}}`, nil), "maskProfiles").([]any) {
					if p.(map[string]any)["active"] == true {
						out = append(out, p.(map[string]any)["key"].(string))
					}
				}
				return out
			}
			if got := keys(clerk); fmt.Sprint(got) != "[mynumber domicile-mynumber public]" {
				t.Fatalf("built-in profiles: %v", got)
			}
			save := `mutation($in:MaskProfileInput!){saveMaskProfile(input:$in){key name fields requiredPermission builtin active}}`
			// Refusals name the field.
			for _, c := range []struct {
				in    map[string]any
				field string
			}{
				{map[string]any{"key": "Bad Key", "name": "x", "fields": []string{"persons.*.myNumber"}}, "key"},
				{map[string]any{"key": "original", "name": "x", "fields": []string{"persons.*.myNumber"}}, "key"},
				{map[string]any{"key": "birth", "name": "生年月日のみ", "fields": []string{"persons.*.birthDate"}}, "fields"},
				{map[string]any{"key": "birth", "name": "x", "fields": []string{"persons..myNumber"}}, "fields[0]"},
				{map[string]any{"key": "birth", "name": "x", "fields": []string{"persons.*.myNumber"}, "requiredPermission": "root"}, "requiredPermission"},
			} {
				if r := admin.Do(save, map[string]any{"in": c.in}); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != c.field {
					t.Errorf("%v: %+v", c.in, r.Errors)
				}
			}
			if r := clerk.Do(save, map[string]any{"in": map[string]any{"key": "kokuho", "name": "国保用", "fields": []string{"persons.*.myNumber"}}}); r.Code() != "forbidden" {
				t.Fatalf("clerk saving a mask profile: %+v", r.Errors)
			}
			// A profile for the 国保 section, which only reviewers open; 公開用 withdrawn.
			admin.MustDo(save, map[string]any{"in": map[string]any{"key": "kokuho", "name": "国保用", "requiredPermission": "notification:approve",
				"fields": []string{"persons.*.myNumber", "persons.*.domicile", "persons.*.domicileHead", "persons.*.cardNumber"}}})
			pub := admin.MustDo(save, map[string]any{"in": map[string]any{"key": "public", "name": "公開用", "active": false, "fields": []string{"persons.*.myNumber"}}})
			if apptest.Path(pub, "saveMaskProfile", "builtin") != true || apptest.Path(pub, "saveMaskProfile", "active") != false {
				t.Fatalf("withdrawing a built-in: %v", pub)
			}
			if got := keys(admin); fmt.Sprint(got) != "[mynumber domicile-mynumber kokuho]" {
				t.Fatalf("after changes: %v", got)
			}

			// Completion archives the original and exactly the active profiles.
			cr := clerk.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": moveInHousehold()})
			id := apptest.Path(cr, "createNotification", "notification", "id")
			clerk.MustDo(`mutation($id:ID!){submitNotification(id:$id,version:1){notification{id}}}`, map[string]any{"id": id})
			reviewer.MustDo(`mutation($id:ID!){approveNotification(id:$id,version:2){notification{id}}}`, map[string]any{"id": id})
			archives := func(c *apptest.Client) map[string]string {
				out := map[string]string{}
				a := c.MustDo(`query($id:ID!){node(id:$id){... on Notification{archivedDocuments{profile profileName url}}}}`, map[string]any{"id": id})
				for _, x := range apptest.Path(a, "node", "archivedDocuments").([]any) {
					m := x.(map[string]any)
					out[m["profile"].(string)] = m["profileName"].(string) + " " + m["url"].(string)
				}
				return out
			}
			rev, clk := archives(reviewer), archives(clerk)
			if len(rev) != 4 || !strings.HasPrefix(rev["kokuho"], "国保用 ") || !strings.HasPrefix(rev["original"], "原本 ") || rev["public"] != "" {
				t.Fatalf("reviewer's archives: %v", rev)
			}
			if len(clk) != 2 || clk["kokuho"] != "" || clk["original"] != "" {
				t.Fatalf("clerk sees %v; want only the two masks open to notification:read", clk)
			}
			// The 国保用 PDF leaves out the 本籍 and the 在留カード番号.
			url := strings.Fields(rev["kokuho"])[1]
			if status, _ := clerk.Get(url); status != 404 {
				t.Fatalf("clerk downloading the 国保用 copy: %d", status)
			}
			text, _ := pdfText(t, reviewer, url)
			original, _ := pdfText(t, reviewer, strings.Fields(rev["original"])[1])
			// The 本籍 (城南町15番地) is also the start of the old address (城南町15番地3), so count: the masked copy
			// keeps only the address.
			domiciles := func(s string) int {
				return strings.Count(s, "城南町15番地") - strings.Count(s, "城南町15番地3")
			}
			if domiciles(original) == 0 || !strings.Contains(original, "AB12345678CD") {
				t.Fatalf("the original lacks the 本籍 or the card number:\n%s", original)
			}
			if domiciles(text) != 0 || strings.Contains(text, "AB12345678CD") || strings.Contains(text, "123456789018") {
				t.Fatalf("国保用 copy shows masked items:\n%s", text)
			}
			if !strings.Contains(text, "髙橋") {
				t.Fatalf("国保用 copy lost the names:\n%s", text)
			}

			// The paper view offers a profile only to those who may open it.
			if r := clerk.Do(`query($id:ID!){notificationPaper(id:$id,mask:"kokuho")}`, map[string]any{"id": id}); r.Code() != "forbidden" {
				t.Fatalf("clerk viewing the 国保用 paper: %+v", r.Errors)
			}
			if r := clerk.Do(`query($id:ID!){notificationPaper(id:$id,mask:"public")}`, map[string]any{"id": id}); r.Code() != "invalid" {
				t.Fatalf("withdrawn profile in the paper view: %+v", r.Errors)
			}
			// Deleting the tenant's row restores the built-in.
			admin.MustDo(`mutation{deleteMaskProfile(key:"public")}`, nil)
			if got := keys(admin); !slices.Contains(got, "public") {
				t.Fatalf("公開用 not restored: %v", got)
			}
			if r := admin.Do(`mutation{deleteMaskProfile(key:"public")}`, nil); r.Code() != "not_found" {
				t.Fatalf("deleting the default: %+v", r.Errors)
			}
			// Another municipality has its own set.
			other := env.OtherTenant(t, admin)
			if got := keys(other); slices.Contains(got, "kokuho") {
				t.Fatalf("another tenant sees 小郡市's profile: %v", got)
			}
		})
	}
}

// A tenant's OCR templates (B2) are stored as versions in the database, listed beside the shared library, built
// from a scanned sample with boxes drawn on it, and invisible to other tenants.
func TestOcrTemplates_B2_storedPerTenantAndBuiltFromASample(t *testing.T) {
	if testing.Short() {
		t.Skip("short: reads a scan")
	}
	builtin, err := ocr.BuiltinLibrary()
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := builtin.Get("", "moveout-legacy-b", 0)
	sample, err := specimen.Generate(specimen.Options{Seed: 3, Layout: "moveout-legacy-b", Condition: specimen.Clean})
	if err != nil {
		t.Skipf("specimen fonts not available: %v", err)
	}
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk := env.Staff(t, admin, "clerk1", "clerk")

			list := admin.MustDo(`{ocrTemplates(documentType:"moveOutCertificate"){ref templateID own definition}}`, nil)
			var std string
			for _, x := range apptest.Path(list, "ocrTemplates").([]any) {
				m := x.(map[string]any)
				if m["templateID"] == "moveout-standard" && m["own"] == false {
					std = m["definition"].(string)
				}
			}
			if std == "" {
				t.Fatalf("shared moveout-standard not listed: %v", list)
			}
			// A tenant copy of a shared template gets a version above the shared one.
			var def map[string]any
			if err := json.Unmarshal([]byte(std), &def); err != nil {
				t.Fatal(err)
			}
			sharedVersion := def["version"].(float64)
			def["name"] = "小郡市で調整した標準様式"
			b, _ := json.Marshal(def)
			save := `mutation($d:String!){saveOcrTemplate(definition:$d){ref version own name}}`
			s1 := admin.MustDo(save, map[string]any{"d": string(b)})
			if apptest.Path(s1, "saveOcrTemplate", "version") != sharedVersion+1 || apptest.Path(s1, "saveOcrTemplate", "own") != true {
				t.Fatalf("tenant copy: %v", s1)
			}
			s2 := admin.MustDo(save, map[string]any{"d": string(b)})
			if apptest.Path(s2, "saveOcrTemplate", "version") != sharedVersion+2 {
				t.Fatalf("second version: %v", s2)
			}
			// Bad definitions name what is wrong.
			if r := admin.Do(save, map[string]any{"d": "{"}); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "definition" {
				t.Fatalf("bad JSON: %+v", r.Errors)
			}
			def["fields"].([]any)[0].(map[string]any)["kind"] = "hieroglyph"
			b, _ = json.Marshal(def)
			if r := admin.Do(save, map[string]any{"d": string(b)}); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "fields.0.kind" {
				t.Fatalf("bad kind: %+v", r.Errors)
			}
			if r := clerk.Do(save, map[string]any{"d": std}); r.Code() != "forbidden" {
				t.Fatalf("clerk saving a template: %+v", r.Errors)
			}

			// From a sample: the boxes of the legacy layout drawn on a scan of it.
			up := admin.Upload(`mutation($f:Upload!){scanDocument(documentType:"moveOutCertificate",file:$f){id}}`, map[string]any{}, "f", "sample."+sample.Ext, sample.Data)
			if len(up.Errors) > 0 {
				t.Fatal(up.Errors)
			}
			docID := apptest.Path(up.Data, "scanDocument", "id")
			// A6: a document can be linked to a 届出 entered by hand, once.
			blank := func() any {
				cr := clerk.MustDo(`mutation{createNotification(input:{content:{reason:"move_in",persons:[]}}){notification{id}}}`, nil)
				return apptest.Path(cr, "createNotification", "notification", "id")
			}
			n1, n2 := blank(), blank()
			at := clerk.MustDo(`mutation($d:ID!,$n:ID!){attachSourceDocument(sourceDocumentID:$d,notificationID:$n){id}}`, map[string]any{"d": docID, "n": n1})
			if apptest.Path(at, "attachSourceDocument", "id") != docID {
				t.Fatalf("attach: %v", at)
			}
			if r := clerk.Do(`mutation($d:ID!,$n:ID!){attachSourceDocument(sourceDocumentID:$d,notificationID:$n){id}}`, map[string]any{"d": docID, "n": n2}); r.Code() != "conflict" {
				t.Fatalf("attaching to a second 届出: %+v", r.Errors)
			}
			if l := clerk.MustDo(`query($n:ID!){node(id:$n){... on Notification{sourceDocuments{id}}}}`, map[string]any{"n": n1}); len(apptest.Path(l, "node", "sourceDocuments").([]any)) != 1 {
				t.Fatalf("documents of the 届出: %v", l)
			}
			px := func(mm float64) int { return int(math.Round(mm / 25.4 * 300)) }
			box := func(b ocr.Rect) map[string]any {
				x, y := ref.Frame.X+b.X, ref.Frame.Y+b.Y
				return map[string]any{"x": px(x), "y": px(y), "w": px(x+b.W) - px(x), "h": px(y+b.H) - px(y)}
			}
			var fields []any
			for _, f := range ref.Fields {
				fields = append(fields, map[string]any{"key": f.Key, "kind": string(f.Kind), "person": f.Person, "box": box(f.Box), "label": f.Label})
			}
			in := map[string]any{"sourceDocumentID": docID, "templateID": "ogori-legacy-b", "name": "鳥栖市の転出証明書（見本から作成）",
				"documentType": "moveOutCertificate", "issuers": []string{"412031"}, "pageWidthMM": 182, "title": ref.Title.Text,
				"titleBox": box(ref.Title.Box), "fields": fields, "personSlots": ref.Persons.Slots,
				"personStride": map[string]any{"x": px(ref.Persons.DX), "y": px(ref.Persons.DY)}}
			fs := admin.MustDo(`mutation($in:OcrTemplateFromSampleInput!){createOcrTemplateFromSample(input:$in){ref own media source definition}}`, map[string]any{"in": in})
			if apptest.Path(fs, "createOcrTemplateFromSample", "ref") != "ogori-legacy-b@1" || apptest.Path(fs, "createOcrTemplateFromSample", "media") != "page" {
				t.Fatalf("from sample: %v", fs)
			}
			var built ocr.Template
			if err := json.Unmarshal([]byte(apptest.Path(fs, "createOcrTemplateFromSample", "definition").(string)), &built); err != nil {
				t.Fatal(err)
			}
			if built.Frame.Kind != "table" || len(built.Lines.H) < 5 || len(built.Fields) != len(ref.Fields) {
				t.Fatalf("built template: frame %+v, %d rulings, %d fields", built.Frame, len(built.Lines.H), len(built.Fields))
			}
			// Staff read with it; another tenant does not see it.
			if cl := clerk.MustDo(`{ocrTemplates{ref}}`, nil); !strings.Contains(fmt.Sprint(cl), "ogori-legacy-b@1") {
				t.Fatalf("clerk's list: %v", cl)
			}
			other := env.OtherTenant(t, admin)
			ol := other.MustDo(`{ocrTemplates{templateID own}}`, nil)
			for _, x := range apptest.Path(ol, "ocrTemplates").([]any) {
				if x.(map[string]any)["own"] == true {
					t.Fatalf("another tenant sees %v", x)
				}
			}
		})
	}
}

// A tenant withdraws its own template (every version) and reads with the shared one again; the shared library
// itself cannot be deleted by a tenant (B2).
func TestOcrTemplates_B2_tenantWithdrawsItsOwnTemplate(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk := env.Staff(t, admin, "clerk1", "clerk")
			standard := func() map[string]any {
				list := admin.MustDo(`{ocrTemplates(documentType:"moveOutCertificate"){templateID own version definition}}`, nil)
				for _, x := range apptest.Path(list, "ocrTemplates").([]any) {
					if m := x.(map[string]any); m["templateID"] == "moveout-standard" {
						return m
					}
				}
				t.Fatal("moveout-standard not listed")
				return nil
			}
			shared := standard()
			admin.MustDo(`mutation($d:String!){saveOcrTemplate(definition:$d){version}}`, map[string]any{"d": shared["definition"]})
			admin.MustDo(`mutation($d:String!){saveOcrTemplate(definition:$d){version}}`, map[string]any{"d": shared["definition"]})
			if own := standard(); own["own"] != true || own["version"] != shared["version"].(float64)+2 {
				t.Fatalf("tenant copy not listed: %v", own["version"])
			}
			del := `mutation($id:String!){deleteOcrTemplate(templateID:$id)}`
			if r := clerk.Do(del, map[string]any{"id": "moveout-standard"}); r.Code() != "forbidden" {
				t.Fatalf("clerk deleting: %+v", r.Errors)
			}
			admin.MustDo(del, map[string]any{"id": "moveout-standard"})
			if back := standard(); back["own"] != false || back["version"] != shared["version"] {
				t.Fatalf("after delete: own=%v version=%v", back["own"], back["version"])
			}
			if r := admin.Do(del, map[string]any{"id": "moveout-standard"}); r.Code() != "not_found" {
				t.Fatalf("deleting the shared template: %+v", r.Errors)
			}
		})
	}
}
