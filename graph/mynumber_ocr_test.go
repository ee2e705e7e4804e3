package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/ocr/specimen"
	"github.com/kakanai/kakanai/internal/store"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// A 個人番号 read from a 転出証明書 is sealed in the stored reading, masked in the API, shown in digits only
// to mynumber:read and audited, and still fills the draft (where it is sealed again).
func TestOcrMyNumber_sealedMaskedAndAudited(t *testing.T) {
	no := false
	var spec *specimen.Specimen
	for seed := uint64(1); spec == nil || len(spec.Truth.Persons[0][ocr.KeyMyNumber]) != 12; seed++ {
		s, err := specimen.Generate(specimen.Options{Seed: seed, Layout: "moveout-standard", Condition: specimen.Clean, Persons: 1, Variant: &no, Foreign: &no})
		if err != nil {
			t.Skipf("specimen fonts not available: %v", err)
		}
		spec = s
	}
	digits := spec.Truth.Persons[0][ocr.KeyMyNumber]
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk, reviewer := env.Staff(t, admin, "clerk1", "clerk"), env.Staff(t, admin, "review1", "reviewer")
			up := clerk.Upload(`mutation($f:Upload!){scanDocument(documentType:"moveOutCertificate",file:$f){id}}`, map[string]any{}, "f", "scan."+spec.Ext, spec.Data)
			if len(up.Errors) > 0 {
				t.Fatal(up.Errors)
			}
			id := apptest.Path(up.Data, "scanDocument", "id")
			read := func(c *apptest.Client, unmasked bool) *apptest.Response {
				return c.Do(`query($id:ID!,$u:Boolean){node(id:$id){... on SourceDocument{status ocr(unmasked:$u){persons{fields{key value}}}}}}`, map[string]any{"id": id, "u": unmasked})
			}
			myNumber := func(r *apptest.Response) string {
				for _, f := range apptest.Path(r.Data, "node", "ocr", "persons", 0, "fields").([]any) {
					if apptest.Path(f, "key") == ocr.KeyMyNumber {
						return apptest.Path(f, "value").(string)
					}
				}
				return ""
			}
			deadline := time.Now().Add(2 * time.Minute)
			for apptest.Path(read(clerk, false).Data, "node", "status") != "done" {
				if time.Now().After(deadline) {
					t.Fatalf("reading did not finish: %v", read(clerk, false).Data)
				}
				time.Sleep(200 * time.Millisecond)
			}
			if got := myNumber(read(clerk, false)); got != "＊＊＊＊ ＊＊＊＊ ＊＊＊＊" {
				t.Fatalf("clerk sees %q", got)
			}
			if r := read(clerk, true); r.Code() != "forbidden" {
				t.Fatalf("clerk unmasking: %+v", r.Errors)
			}
			if got := myNumber(read(reviewer, true)); got != digits {
				t.Fatalf("reviewer unmasked %q, want %q", got, digits)
			}
			au := admin.MustDo(`{auditEvents(where:{operation:"read.mynumber",objectType:"SourceDocument"}){totalCount edges{node{actorLogin}}}}`, nil)
			if apptest.Path(au, "auditEvents", "totalCount") != float64(1) || apptest.Path(au, "auditEvents", "edges", 0, "node", "actorLogin") != "review1" {
				t.Fatalf("unmasked reading not audited: %v", au)
			}
			// At rest: the stored reading does not hold the digits.
			docs, err := env.App.DB.Client.SourceDocument.Query().All(store.SystemContext(context.Background()))
			if err != nil || len(docs) != 1 {
				t.Fatalf("documents: %d, %v", len(docs), err)
			}
			if raw := fmt.Sprint(docs[0].Result); strings.Contains(raw, digits) {
				t.Fatal("the stored reading holds the 個人番号 in the clear")
			}
			// The draft gets it (sealed there), and shows it masked.
			cr := clerk.MustDo(`mutation($d:ID!){createNotificationFromDocument(sourceDocumentID:$d){notification{id persons{hasMyNumber myNumber}}}}`, map[string]any{"d": id})
			if apptest.Path(cr, "createNotificationFromDocument", "notification", "persons", 0, "hasMyNumber") != true {
				t.Fatalf("draft: %v", cr)
			}
			nid := apptest.Path(cr, "createNotificationFromDocument", "notification", "id")
			um := reviewer.MustDo(`query($id:ID!){node(id:$id){... on Notification{persons{myNumber(unmasked:true)}}}}`, map[string]any{"id": nid})
			if got := apptest.Path(um, "node", "persons", 0, "myNumber"); got != digits {
				t.Fatalf("draft 個人番号 %v, want %s", got, digits)
			}
		})
	}
}
