package graph_test

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

const payloadFields = `notification{id version status statusLabel reasonLabel persons{position familyName givenName myNumber hasMyNumber}} completable issues{path code severity message}`

// A 4-person 転入: Japanese 世帯主 and child, a foreign spouse, and a member whose name has a variant kanji.
func moveInHousehold() map[string]any {
	return map[string]any{
		"content": map[string]any{
			"reason": "move_in", "notifiedOn": "2026-11-20", "movedOn": "2026-11-15", "notifier": "世帯主",
			"newAddress": map[string]any{"line": "福岡県小郡市小郡123番地", "katagaki": "小郡ハイツ101"},
			"oldAddress": map[string]any{"line": "福岡県久留米市城南町15番地3"},
			"persons": []any{
				map[string]any{"familyName": "髙橋", "givenName": "一郎", "familyNameKana": "たかはし", "givenNameKana": "いちろう",
					"birthDate": "昭和60年4月12日", "sex": "男", "relationship": "世帯主", "isHeadOfHousehold": true,
					"residentCode": "12345678903", "myNumber": "123456789018", "domicile": "福岡県久留米市城南町15番地", "domicileHead": "髙橋一郎"},
				map[string]any{"romajiName": "SMITH EMILY", "familyName": "スミス", "givenName": "エミリー", "familyNameKana": "すみす", "givenNameKana": "えみりー",
					"birthDate": "1988-07-03", "sex": "女", "relationship": "妻", "residentCode": "00000000019",
					"nationality": "米国", "residenceCategory": "中長期在留者", "residenceStatus": "日本人の配偶者等",
					"periodOfStay": "0300000", "periodExpiry": "2028-03-31", "cardNumber": "AB12345678CD"},
				map[string]any{"familyName": "髙橋", "givenName": "葵", "familyNameKana": "たかはし", "givenNameKana": "あおい",
					"birthDate": "令和2年5月1日", "sex": "女", "relationship": "子", "residentCode": "24727059608",
					"domicile": "福岡県久留米市城南町15番地", "domicileHead": "髙橋一郎"},
				map[string]any{"familyName": "髙橋", "givenName": "悠", "familyNameKana": "たかはし", "givenNameKana": "はるか",
					"birthDate": "令和4年12月1日", "sex": "男", "relationship": "子", "residentCode": "24846016224",
					"domicile": "福岡県久留米市城南町15番地", "domicileHead": "髙橋一郎"},
			},
		},
		"sourceLgCode": "402036",
		"remarks":      "転出証明書あり",
	}
}

func TestNotification_A1_K_b_moveInFromDraftToCompletion(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk, reviewer := env.Staff(t, admin, "clerk1", "clerk"), env.Staff(t, admin, "review1", "reviewer")

			rc := clerk.MustDo(`mutation{openReception(input:{department:"市民課"}){id confirmationNumber receptionDate}}`, nil)
			rid := apptest.Path(rc, "openReception", "id")
			if apptest.Path(rc, "openReception", "confirmationNumber") != "0001" {
				t.Fatalf("first 確認番号 of the day: %v", rc)
			}
			rc2 := clerk.MustDo(`mutation{openReception{confirmationNumber}}`, nil)
			if apptest.Path(rc2, "openReception", "confirmationNumber") != "0002" {
				t.Fatalf("second 確認番号: %v", rc2)
			}

			// An incomplete draft is kept as typed: nothing is lost, the findings say what is missing.
			draft := moveInHousehold()
			p0 := draft["content"].(map[string]any)["persons"].([]any)[0].(map[string]any)
			p0["birthDate"], p0["myNumber"] = "", "123456789019"
			cr := clerk.MustDo(`mutation($r:ID,$in:NotificationDraftInput!){createNotification(receptionID:$r,input:$in){`+payloadFields+`}}`, map[string]any{"r": rid, "in": draft})
			id := apptest.Path(cr, "createNotification", "notification", "id")
			if apptest.Path(cr, "createNotification", "completable") != false {
				t.Fatal("a draft without a birth date and with a wrong check digit is completable")
			}
			found := map[string]string{}
			for _, is := range apptest.Path(cr, "createNotification", "issues").([]any) {
				m := is.(map[string]any)
				found[m["path"].(string)] = m["code"].(string)
			}
			if found["persons.0.birthDate"] != "required" || found["persons.0.myNumber"] != "check_digit" {
				t.Errorf("issues: %v", found)
			}
			// K-b: submitting is refused, naming the first field.
			r := clerk.Do(`mutation($id:ID!){submitNotification(id:$id,version:1){notification{status}}}`, map[string]any{"id": id})
			if r.Code() != "invalid" || !strings.HasPrefix(fmt.Sprint(r.Errors[0].Extensions["field"]), "persons.0.") {
				t.Fatalf("submit with errors: %+v", r.Errors)
			}

			// Autosave with the corrected content.
			fixed := moveInHousehold()
			sv := clerk.MustDo(`mutation($id:ID!,$in:NotificationDraftInput!){saveNotificationDraft(id:$id,version:1,input:$in){`+payloadFields+`}}`, map[string]any{"id": id, "in": fixed})
			if apptest.Path(sv, "saveNotificationDraft", "completable") != true || apptest.Path(sv, "saveNotificationDraft", "notification", "version") != float64(2) {
				t.Fatalf("corrected draft: %v", sv)
			}
			// Two staff on one 届出: the second save from version 1 is a conflict and overwrites nothing.
			stale := moveInHousehold()
			stale["remarks"] = "古い画面からの保存"
			if r := clerk.Do(`mutation($id:ID!,$in:NotificationDraftInput!){saveNotificationDraft(id:$id,version:1,input:$in){notification{id}}}`, map[string]any{"id": id, "in": stale}); r.Code() != "conflict" {
				t.Fatalf("stale save: %+v", r.Errors)
			}
			// The console sends the 個人番号 back masked: keepMyNumber keeps the stored one.
			again := moveInHousehold()
			again["content"].(map[string]any)["persons"].([]any)[0].(map[string]any)["myNumber"] = ""
			again["keepMyNumber"] = []bool{true, false, false, false}
			sv = clerk.MustDo(`mutation($id:ID!,$in:NotificationDraftInput!){saveNotificationDraft(id:$id,version:2,input:$in){`+payloadFields+`}}`, map[string]any{"id": id, "in": again})
			if apptest.Path(sv, "saveNotificationDraft", "notification", "persons", 0, "hasMyNumber") != true {
				t.Fatal("the stored 個人番号 was lost by a save that did not resend it")
			}

			// 窓口職員 sees the 個人番号 masked and may not unmask it.
			if got := apptest.Path(sv, "saveNotificationDraft", "notification", "persons", 0, "myNumber"); got != "＊＊＊＊ ＊＊＊＊ ＊＊＊＊" {
				t.Fatalf("masked 個人番号 = %v", got)
			}
			if r := clerk.Do(`query($id:ID!){node(id:$id){... on Notification{persons{myNumber(unmasked:true)}}}}`, map[string]any{"id": id}); r.Code() != "forbidden" {
				t.Fatalf("clerk unmasking: %+v", r.Errors)
			}

			sub := clerk.MustDo(`mutation($id:ID!){submitNotification(id:$id,version:3){notification{status statusLabel version}}}`, map[string]any{"id": id})
			if apptest.Path(sub, "submitNotification", "notification", "statusLabel") != "確認待ち" {
				t.Fatalf("submit: %v", sub)
			}
			// Only a 審査者 completes; a 差戻 needs a reason.
			if r := clerk.Do(`mutation($id:ID!){approveNotification(id:$id,version:4){notification{status}}}`, map[string]any{"id": id}); r.Code() != "forbidden" {
				t.Fatalf("clerk approving: %+v", r.Errors)
			}
			if r := reviewer.Do(`mutation($id:ID!){sendBackNotification(id:$id,version:4,reason:" "){notification{status}}}`, map[string]any{"id": id}); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "reason" {
				t.Fatalf("差戻 without reason: %+v", r.Errors)
			}
			sb := reviewer.MustDo(`mutation($id:ID!){sendBackNotification(id:$id,version:4,reason:"続柄を確認してください"){notification{status statusReason version}}}`, map[string]any{"id": id})
			if apptest.Path(sb, "sendBackNotification", "notification", "status") != "sent_back" {
				t.Fatalf("差戻: %v", sb)
			}
			clerk.MustDo(`mutation($id:ID!){submitNotification(id:$id,version:5){notification{status}}}`, map[string]any{"id": id})
			ap := reviewer.MustDo(`mutation($id:ID!){approveNotification(id:$id,version:6){notification{status statusLabel completedAt}}}`, map[string]any{"id": id})
			if apptest.Path(ap, "approveNotification", "notification", "statusLabel") != "完了" {
				t.Fatalf("approve: %v", ap)
			}
			if r := clerk.Do(`mutation($id:ID!,$in:NotificationDraftInput!){saveNotificationDraft(id:$id,version:7,input:$in){notification{id}}}`, map[string]any{"id": id, "in": fixed}); r.Code() != "conflict" {
				t.Fatalf("editing a completed 届出: %+v", r.Errors)
			}

			// A 審査者 unmasks, and the view is audited.
			um := reviewer.MustDo(`query($id:ID!){node(id:$id){... on Notification{persons{myNumber(unmasked:true)}}}}`, map[string]any{"id": id})
			if got := apptest.Path(um, "node", "persons", 0, "myNumber"); got != "123456789018" {
				t.Fatalf("unmasked = %v", got)
			}
			au := admin.MustDo(`{auditEvents(where:{operation:"read.mynumber"}){totalCount edges{node{actorLogin objectType}}}}`, nil)
			if apptest.Path(au, "auditEvents", "totalCount") != float64(1) || apptest.Path(au, "auditEvents", "edges", 0, "node", "actorLogin") != "review1" {
				t.Fatalf("unmasked view not audited: %v", au)
			}
			reads := admin.MustDo(`{auditEvents(where:{operation:"read",objectType:"Person"}){totalCount}}`, nil)
			if n, _ := apptest.Path(reads, "auditEvents", "totalCount").(float64); n == 0 {
				t.Fatal("reads of persons are not audited")
			}

			// K-h: the completed 届出's inputs are offered next time.
			h := clerk.MustDo(`{a:inputHistory(kind:"address",prefix:"福岡県小郡市") n:inputHistory(kind:"name",prefix:"髙橋")}`, nil)
			if fmt.Sprint(h["a"]) != "[福岡県小郡市小郡123番地]" || !strings.Contains(fmt.Sprint(h["n"]), "髙橋 葵") {
				t.Fatalf("input history: %v", h)
			}
		})
	}
}

func TestNotificationSearch_F1_K_p_byNameKanaStatusAndConfirmationNumber(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			env := apptest.Start(t, d)
			c := env.Admin(t)
			rc := c.MustDo(`mutation{openReception{id confirmationNumber}}`, nil)
			c.MustDo(`mutation($r:ID,$in:NotificationDraftInput!){createNotification(receptionID:$r,input:$in){notification{id}}}`,
				map[string]any{"r": apptest.Path(rc, "openReception", "id"), "in": moveInHousehold()})
			other := map[string]any{"content": map[string]any{"reason": "move_out", "movedOn": "2026-10-01", "persons": []any{
				map[string]any{"familyName": "山田", "givenName": "花子", "familyNameKana": "ヤマダ", "givenNameKana": "ハナコ", "birthDate": "1990-01-02"},
			}}}
			c.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": other})

			count := func(search map[string]any) float64 {
				t.Helper()
				d := c.MustDo(`query($s:NotificationSearch){notifications(search:$s){totalCount edges{node{reason}}}}`, map[string]any{"s": search})
				return apptest.Path(d, "notifications", "totalCount").(float64)
			}
			for name, tc := range map[string]struct {
				search map[string]any
				want   float64
			}{
				"everything":                      {nil, 2},
				"kanji family name":               {map[string]any{"name": "髙橋"}, 1},
				"hiragana":                        {map[string]any{"name": "たかはし"}, 1},
				"katakana stored, hiragana typed": {map[string]any{"name": "やまだ"}, 1},
				"half-width katakana":             {map[string]any{"name": "ﾔﾏﾀﾞ"}, 1},
				"full name with a space":          {map[string]any{"name": "山田 花子"}, 1},
				"no such person":                  {map[string]any{"name": "佐藤"}, 0},
				"birth date in 和暦":                {map[string]any{"birthDate": "平成2年1月2日"}, 1},
				"moved in range":                  {map[string]any{"movedFrom": "2026-11-01", "movedTo": "2026-11-30"}, 1},
				"reason":                          {map[string]any{"reasons": []string{"move_out"}}, 1},
				"status":                          {map[string]any{"statuses": []string{"draft"}}, 2},
				"completed":                       {map[string]any{"statuses": []string{"completed"}}, 0},
				"確認番号 typed as 1":                 {map[string]any{"confirmationNumber": "1"}, 1},
				"転出元":                             {map[string]any{"sourceLgCode": "402036"}, 1},
			} {
				if got := count(tc.search); got != tc.want {
					t.Errorf("%s: %v results, want %v", name, got, tc.want)
				}
			}
			// Paging without entgql's exact count: hasNextPage comes from the page, totalCount from the capped
			// count, also when asked for inside a fragment.
			p1 := c.MustDo(`{notifications(first:1){...on NotificationConnection{totalCount} pageInfo{hasNextPage endCursor} edges{node{id}}}}`, nil)
			if apptest.Path(p1, "notifications", "totalCount") != float64(2) || apptest.Path(p1, "notifications", "pageInfo", "hasNextPage") != true ||
				len(apptest.Path(p1, "notifications", "edges").([]any)) != 1 {
				t.Fatalf("first page: %v", p1)
			}
			p2 := c.MustDo(`query($a:Cursor){notifications(first:1,after:$a){totalCount pageInfo{hasNextPage} edges{node{id}}}}`,
				map[string]any{"a": apptest.Path(p1, "notifications", "pageInfo", "endCursor")})
			if apptest.Path(p2, "notifications", "pageInfo", "hasNextPage") != false || apptest.Path(p2, "notifications", "edges", 0, "node", "id") == apptest.Path(p1, "notifications", "edges", 0, "node", "id") {
				t.Fatalf("second page: %v", p2)
			}
			if r := c.Do(`{notifications(search:{birthDate:"2月30日"}){totalCount}}`, nil); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "birthDate" {
				t.Errorf("bad date: %+v", r.Errors)
			}

			// Another municipality's staff find nothing of 小郡市.
			k := env.OtherTenant(t, c)
			if d := k.MustDo(`{notifications{totalCount}}`, nil); apptest.Path(d, "notifications", "totalCount") != float64(0) {
				t.Errorf("another tenant sees 届出: %v", d)
			}
		})
	}
}

func TestAttachment_E1_K_q_uploadedFileIsKeptAndDownloadedByTheTenantOnly(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			env := apptest.Start(t, d)
			c := env.Admin(t)
			cr := c.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": moveInHousehold()})
			id := apptest.Path(cr, "createNotification", "notification", "id")

			png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
			r := c.Upload(`mutation($n:ID!,$f:Upload!){addAttachment(notificationID:$n,kind:move_out_certificate,file:$f){id filename contentType size sha256 url}}`,
				map[string]any{"n": id}, "f", "転出証明書.png", png)
			if len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			att := apptest.Path(r.Data, "addAttachment").(map[string]any)
			if att["contentType"] != "image/png" || att["filename"] != "転出証明書.png" || att["size"] != float64(len(png)) {
				t.Fatalf("attachment %v", att)
			}
			status, body := c.Get(att["url"].(string))
			if status != 200 || string(body) != string(png) {
				t.Fatalf("download: %d, %d bytes", status, len(body))
			}
			// Not a picture or a PDF: refused, naming the field, nothing stored.
			r = c.Upload(`mutation($n:ID!,$f:Upload!){addAttachment(notificationID:$n,kind:other,file:$f){id}}`, map[string]any{"n": id}, "f", "x.exe", []byte("MZ\x90\x00 not a document"))
			if r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "file" {
				t.Fatalf("exe: %+v", r.Errors)
			}
			listed := c.MustDo(`query($id:ID!){node(id:$id){... on Notification{attachments{filename}}}}`, map[string]any{"id": id})
			if fmt.Sprint(apptest.Path(listed, "node", "attachments")) != "[map[filename:転出証明書.png]]" {
				t.Fatalf("attachments: %v", listed)
			}
			// Found again by the 届出's person and by its own kind and date (F1, K-q), and not by others.
			other := c.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": map[string]any{
				"content": map[string]any{"reason": "move_out", "persons": []any{map[string]any{"familyName": "山田", "givenName": "花子", "familyNameKana": "ヤマダ", "givenNameKana": "ハナコ"}}}}})
			c.Upload(`mutation($n:ID!,$f:Upload!){addAttachment(notificationID:$n,kind:power_of_attorney,file:$f){id}}`,
				map[string]any{"n": apptest.Path(other, "createNotification", "notification", "id")}, "f", "委任状.png", png)
			today := time.Now().In(time.FixedZone("JST", 9*3600)).Format("2006-01-02")
			found := func(search map[string]any) string {
				t.Helper()
				d := c.MustDo(`query($s:DocumentSearch){attachments(first:10,search:$s){totalCount edges{node{filename notification{id}}}}}`, map[string]any{"s": search})
				var names []string
				for _, e := range apptest.Path(d, "attachments", "edges").([]any) {
					names = append(names, apptest.Path(e, "node", "filename").(string))
				}
				return strings.Join(names, ",")
			}
			for _, tc := range []struct {
				search map[string]any
				want   string
			}{
				{nil, "委任状.png,転出証明書.png"},
				{map[string]any{"notification": map[string]any{"name": "高橋"}}, "転出証明書.png"},
				{map[string]any{"notification": map[string]any{"name": "やまだ"}}, "委任状.png"},
				{map[string]any{"kinds": []string{"power_of_attorney"}}, "委任状.png"},
				{map[string]any{"uploadedFrom": today, "uploadedTo": today, "notification": map[string]any{"reasons": []string{"move_in"}}}, "転出証明書.png"},
				{map[string]any{"uploadedTo": "2020-01-01"}, ""},
			} {
				if got := found(tc.search); got != tc.want {
					t.Errorf("attachments(%v) = %q, want %q", tc.search, got, tc.want)
				}
			}
			if r := c.Do(`{attachments(search:{uploadedFrom:"2月30日"}){totalCount}}`, nil); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "uploadedFrom" {
				t.Errorf("bad date: %+v", r.Errors)
			}
			// Another tenant's administrator and an anonymous browser cannot download it.
			k := env.OtherTenant(t, c)
			if d := k.MustDo(`{attachments{totalCount} sourceDocuments{totalCount}}`, nil); apptest.Path(d, "attachments", "totalCount") != float64(0) {
				t.Fatalf("another tenant finds 小郡市's attachments: %v", d)
			}
			if status, _ := k.Get(att["url"].(string)); status != 404 {
				t.Fatalf("other tenant download: %d", status)
			}
			if status, _ := env.NewClient(t).Get(att["url"].(string)); status != 401 {
				t.Fatalf("anonymous download: %d", status)
			}
			au := c.MustDo(`{auditEvents(where:{operation:"download"}){totalCount}}`, nil)
			if apptest.Path(au, "auditEvents", "totalCount") != float64(1) {
				t.Fatalf("downloads audited: %v", au)
			}
		})
	}
}

func TestFormLayout_K_k_K_d_tenantLayoutPrintsAndThePaperIsClickable(t *testing.T) {
	env := apptest.Start(t, "sqlite3")
	c := env.NewClient(t)
	c.Login("admin", apptest.AdminPassword, "")
	cr := c.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": moveInHousehold()})
	id := apptest.Path(cr, "createNotification", "notification", "id")

	// The city's own layout: the built-in one renamed and printed on B4.
	l := forms.NotificationLayout()
	l.Name, l.Paper.Size = "小郡市 住民異動届（B4）", "B4"
	def, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	up := c.MustDo(`mutation($d:String!){uploadFormLayout(kind:move,definition:$d){id version name active}}`, map[string]any{"d": string(def)})
	if apptest.Path(up, "uploadFormLayout", "version") != float64(1) {
		t.Fatalf("upload: %v", up)
	}
	// One version by its id, as the console downloads it.
	if one := c.MustDo(`query($id:ID!){node(id:$id){... on FormLayout{version definition}}}`, map[string]any{"id": apptest.Path(up, "uploadFormLayout", "id")}); !strings.Contains(fmt.Sprint(apptest.Path(one, "node", "definition")), `"B4"`) {
		t.Fatalf("node(id) of a layout: %.200v", one)
	}
	if fl := c.MustDo(`{formLayouts{definition} activeFormLayout(kind:move)}`, nil); !strings.Contains(fmt.Sprint(apptest.Path(fl, "formLayouts", 0, "definition")), `"B4"`) ||
		!strings.Contains(apptest.Path(fl, "activeFormLayout").(string), "小郡市 住民異動届（B4）") {
		t.Fatalf("layout as data: %.300v", fl)
	}
	if r := c.Do(`mutation{uploadFormLayout(kind:move,definition:"{\"paper\":{\"size\":\"A9\"}}"){version}}`, nil); r.Code() != "invalid" || r.Errors[0].Extensions["field"] == nil {
		t.Fatalf("bad layout: %+v", r.Errors)
	}
	svg := c.MustDo(`query($id:ID!){notificationPaper(id:$id)}`, map[string]any{"id": id})["notificationPaper"].(string)
	for _, want := range []string{`data-field="persons.0.familyName"`, `data-field="newAddress.line"`, "髙橋", "tabindex"} {
		if !strings.Contains(svg, want) {
			t.Errorf("paper SVG lacks %s", want)
		}
	}
	if !strings.Contains(svg, "viewBox=\"0 0 364") && !strings.Contains(svg, "364") {
		t.Errorf("the B4 layout (364 mm wide) did not print")
	}
}

func TestMemoAndStockPhrases_K_l_K_q(t *testing.T) {
	env := apptest.Start(t, "sqlite3")
	admin := env.Admin(t)
	clerk := env.Staff(t, admin, "clerk1", "clerk")
	// 定型文 are registered by whoever edits templates (管理者), and offered to the counter in order.
	admin.MustDo(`mutation{b:addStockPhrase(text:"委任状あり",position:2){id} a:addStockPhrase(text:"転出証明書により受付",position:1){id}}`, nil)
	if r := clerk.Do(`mutation{addStockPhrase(text:"x"){id}}`, nil); r.Code() != "forbidden" {
		t.Fatalf("clerk registering a 定型文: %+v", r.Errors)
	}
	d := clerk.MustDo(`{stockPhrases{text}}`, nil)
	if fmt.Sprint(d["stockPhrases"]) != "[map[text:転出証明書により受付] map[text:委任状あり]]" {
		t.Fatalf("stock phrases: %v", d)
	}
	// A memo added to a 届出, e.g. from the search results, stays with it.
	cr := clerk.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": moveInHousehold()})
	id := apptest.Path(cr, "createNotification", "notification", "id")
	clerk.MustDo(`mutation($id:ID!){addMemo(notificationID:$id,body:"久留米市へ照会済み"){id}}`, map[string]any{"id": id})
	if r := clerk.Do(`mutation($id:ID!){addMemo(notificationID:$id,body:" "){id}}`, map[string]any{"id": id}); r.Code() != "invalid" || r.Errors[0].Extensions["field"] != "body" {
		t.Fatalf("empty memo: %+v", r.Errors)
	}
	m := clerk.MustDo(`query($id:ID!){node(id:$id){... on Notification{memos{body}}}}`, map[string]any{"id": id})
	if fmt.Sprint(apptest.Path(m, "node", "memos")) != "[map[body:久留米市へ照会済み]]" {
		t.Fatalf("memos: %v", m)
	}
	// Another clerk reads who wrote it, though users are otherwise for user administrators only.
	other := env.Staff(t, admin, "clerk2", "clerk")
	if r := other.Do(`{users{totalCount}}`, nil); len(r.Errors) == 0 && apptest.Path(r.Data, "users", "totalCount") != float64(0) {
		t.Fatalf("a clerk lists users: %v", r.Data)
	}
	a := other.MustDo(`query($id:ID!){node(id:$id){... on Notification{memos{authorName}}}}`, map[string]any{"id": id})
	if apptest.Path(a, "node", "memos", 0, "authorName") != "職員" {
		t.Fatalf("memo author: %v", a)
	}
	// The console's lists and the layout that prints, as data.
	lr := other.MustDo(`{moveReasons{code label law} activeFormLayout(kind:move)}`, nil)
	if fmt.Sprint(apptest.Path(lr, "moveReasons", 0)) != "map[code:move_in label:転入 law:住基法22条]" ||
		!strings.Contains(apptest.Path(lr, "activeFormLayout").(string), `"paper"`) {
		t.Fatalf("moveReasons / activeFormLayout: %.300v", lr)
	}
}

// Office boxes per person (事務処理欄, K-k): each 異動者's entries are stored with the person, survive a save that does
// not resend them, and print in the procedure's box under the form-wide entry with the person's number.
func TestPersonOffice_K_k_entriesPerPersonPrintWithTheirNumber(t *testing.T) {
	env := apptest.Start(t, "sqlite3")
	c := env.Admin(t)
	in := moveInHousehold()
	in["office"] = map[string]any{"healthInsurance": "世帯加入"}
	in["personOffice"] = []any{map[string]any{"healthInsurance": "加入", "pension": "第1号"}, nil, map[string]any{"healthInsurance": "加入"}, nil}
	cr := c.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id persons{office}}}}`, map[string]any{"in": in})
	n := apptest.Path(cr, "createNotification", "notification").(map[string]any)
	if got := fmt.Sprint(apptest.Path(n, "persons", 0, "office")); got != "map[healthInsurance:加入 pension:第1号]" {
		t.Fatalf("person 1 office: %s", got)
	}
	// A save without personOffice keeps them.
	again := moveInHousehold()
	again["office"] = in["office"]
	sv := c.MustDo(`mutation($id:ID!,$in:NotificationDraftInput!){saveNotificationDraft(id:$id,version:1,input:$in){notification{persons{office}}}}`, map[string]any{"id": n["id"], "in": again})
	if got := apptest.Path(sv, "saveNotificationDraft", "notification", "persons", 2, "office", "healthInsurance"); got != "加入" {
		t.Fatalf("person 3 office after a save without it: %v", got)
	}
	svg := c.MustDo(`query($id:ID!){notificationPaper(id:$id)}`, map[string]any{"id": n["id"]})["notificationPaper"].(string)
	text := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(svg, "")
	for _, want := range []string{"世帯加入", "1 加入", "3 加入", "1 第1号"} {
		if !strings.Contains(text, want) {
			t.Errorf("paper lacks %q", want)
		}
	}
	if strings.Contains(text, "2 加入") {
		t.Error("person 2 has no 国保 entry but one printed")
	}
}

// Reordering and removing rows keeps each person's stored 個人番号 and office entries with that person
// (previousPositions), so the console need not ask for the number again.
func TestReorderPersons_storedMyNumberFollowsThePerson(t *testing.T) {
	env := apptest.Start(t, "sqlite3")
	c := env.Admin(t)
	in := moveInHousehold()
	in["personOffice"] = []any{map[string]any{"pension": "第1号"}, nil, nil, nil}
	cr := c.MustDo(`mutation($in:NotificationDraftInput!){createNotification(input:$in){notification{id}}}`, map[string]any{"in": in})
	id := apptest.Path(cr, "createNotification", "notification", "id")
	// The 世帯主 (with the 個人番号) moves to the end; the second child is removed.
	h := moveInHousehold()
	ps := h["content"].(map[string]any)["persons"].([]any)
	head := ps[0].(map[string]any)
	head["myNumber"] = ""
	h["content"].(map[string]any)["persons"] = []any{ps[1], ps[2], head}
	h["keepMyNumber"] = []bool{false, false, true}
	h["previousPositions"] = []any{1, 2, 0}
	sv := c.MustDo(`mutation($id:ID!,$in:NotificationDraftInput!){saveNotificationDraft(id:$id,version:1,input:$in){notification{persons{givenName hasMyNumber office}}}}`, map[string]any{"id": id, "in": h})
	got := apptest.Path(sv, "saveNotificationDraft", "notification", "persons").([]any)
	if len(got) != 3 || apptest.Path(got[2], "givenName") != "一郎" || apptest.Path(got[2], "hasMyNumber") != true ||
		apptest.Path(got[0], "hasMyNumber") != false || apptest.Path(got[2], "office", "pension") != "第1号" || apptest.Path(got[0], "office") != nil {
		t.Fatalf("after reordering: %v", got)
	}
	um := c.MustDo(`query($id:ID!){node(id:$id){... on Notification{persons{myNumber(unmasked:true)}}}}`, map[string]any{"id": id})
	if apptest.Path(um, "node", "persons", 2, "myNumber") != "123456789018" {
		t.Fatalf("moved 個人番号: %v", um)
	}
}
