package graph_test

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/kakanai/kakanai/internal/app/apptest"
	"github.com/kakanai/kakanai/internal/config"
	"github.com/kakanai/kakanai/internal/line/linefake"
	"github.com/kakanai/kakanai/internal/navi"
	"github.com/kakanai/kakanai/internal/store"
	"github.com/kakanai/kakanai/internal/store/storetest"
)

// publicConfig reads what a resident's browser reads, without a login.
func publicConfig(t *testing.T, env *apptest.Env, lg string) map[string]any {
	t.Helper()
	resp, err := http.Get(env.Server.URL + "/api/citizen/" + lg + "/config")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var c map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&c); err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("config: %d %v", resp.StatusCode, err)
	}
	return c
}

// sealForCity makes a code the way the resident's browser does, to the key the city publishes.
func sealForCity(t *testing.T, cfg map[string]any, p navi.Payload, expiry time.Time) string {
	t.Helper()
	key := cfg["qrKey"].(map[string]any)
	raw, err := base64.RawURLEncoding.DecodeString(key["publicKey"].(string))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := ecdh.X25519().NewPublicKey(raw)
	if err != nil {
		t.Fatal(err)
	}
	code, err := navi.SealCode(pub, uint32(key["id"].(float64)), expiry, p, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return code
}

func household() navi.Payload {
	return navi.Payload{Version: 1, Flow: "tennyu", Made: uint64(time.Now().Unix()), Household: &navi.Household{
		PostalCode: "8380141", Address: "福岡県小郡市小郡255番地1", OtherAddress: "福岡県久留米市城南町15番地3",
		MovedOn: time.Now().Format("2006-01-02"),
		Persons: []navi.Member{
			{FamilyName: "試験", GivenName: "太郎", FamilyNameKana: "しけん", GivenNameKana: "たろう", BirthDate: "1980-04-01", Sex: 1, Relationship: "世帯主"},
			{FamilyName: "試験", GivenName: "花子", FamilyNameKana: "しけん", GivenNameKana: "はなこ", BirthDate: "1982-11-23", Sex: 2, Relationship: "妻"},
		},
	}}
}

const importCode = `mutation($c:String!,$r:ID){importCitizenCode(code:$c,receptionID:$r){flowId persons procedures
  reception{id channel} notification{notification{id reason persons{familyName givenName familyNameKana birthDate}}}}}`

// A resident's code becomes a reception (channel citizen_qr) with a draft 届出 holding the household; a code of
// another city, an expired code and a code whose key was retired are refused with a message naming the field.
func TestCitizenCode_N_t_N_u_N_v_counterTurnsCodeIntoDraft(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk := env.Staff(t, admin, "clerk1", "clerk")
			viewer := env.Staff(t, admin, "viewer1", "staff_viewer")
			cfg := publicConfig(t, env, "402168")
			code := sealForCity(t, cfg, household(), time.Now().Add(24*time.Hour))

			// A wedge reader may type lower case and the Enter's newline.
			got := clerk.MustDo(importCode, map[string]any{"c": strings.ToLower(code) + "\n"})
			imp := got["importCitizenCode"]
			if apptest.Path(imp, "reception", "channel") != "citizen_qr" || apptest.Path(imp, "persons") != float64(2) {
				t.Fatalf("import: %v", imp)
			}
			n := apptest.Path(imp, "notification", "notification")
			if apptest.Path(n, "reason") != "move_in" || apptest.Path(n, "persons", 1, "givenName") != "花子" ||
				apptest.Path(n, "persons", 0, "birthDate") != "1980-04-01" || apptest.Path(n, "persons", 0, "familyNameKana") == "" {
				t.Fatalf("draft: %v", n)
			}
			if len(apptest.Path(imp, "procedures").([]any)) == 0 {
				t.Fatalf("no procedures: %v", imp)
			}

			// Into an open reception: its channel becomes citizen_qr.
			rid := apptest.Path(clerk.MustDo(`mutation{openReception(input:{}){id channel}}`, nil), "openReception", "id")
			got = clerk.MustDo(importCode, map[string]any{"c": code, "r": rid})
			if apptest.Path(got, "importCitizenCode", "reception", "id") != rid || apptest.Path(got, "importCitizenCode", "reception", "channel") != "citizen_qr" {
				t.Fatalf("into reception: %v", got)
			}

			if r := viewer.Do(importCode, map[string]any{"c": code}); r.Code() != "forbidden" {
				t.Fatalf("viewer imported: %v", r.Errors)
			}
			expired := sealForCity(t, cfg, household(), time.Now().Add(-time.Minute))
			if r := clerk.Do(importCode, map[string]any{"c": expired}); r.Code() != "invalid" || !strings.Contains(r.Errors[0].Message, "有効期限") {
				t.Fatalf("expired: %v", r.Errors)
			}
			if r := clerk.Do(importCode, map[string]any{"c": "ABC"}); r.Code() != "invalid" || apptest.Path(r.Errors[0].Extensions, "field") != "code" {
				t.Fatalf("garbage: %v", r.Errors)
			}
			// Another city cannot read 小郡市's code.
			kurume := env.OtherTenant(t, admin)
			if r := kurume.Do(importCode, map[string]any{"c": code}); r.Code() != "invalid" {
				t.Fatalf("other city: %v", r.Errors)
			}

			// Rotation: new codes go to the new key; retiring the old one makes its codes unreadable.
			old := cfg["qrKey"].(map[string]any)["id"]
			admin.MustDo(`mutation{rotateCitizenKey{keyId active}}`, nil)
			if publicConfig(t, env, "402168")["qrKey"].(map[string]any)["id"] == old {
				t.Fatal("rotation kept the old key for new codes")
			}
			clerk.MustDo(importCode, map[string]any{"c": code}) // still valid
			admin.MustDo(`mutation{rotateCitizenKey(retireOthers:true){keyId}}`, nil)
			if r := clerk.Do(importCode, map[string]any{"c": code}); r.Code() != "invalid" || !strings.Contains(r.Errors[0].Message, "古い鍵") {
				t.Fatalf("retired key: %v", r.Errors)
			}
			keys := admin.MustDo(`{citizenKeys{keyId active retiredAt}}`, nil)["citizenKeys"].([]any)
			if len(keys) != 3 || apptest.Path(keys[0], "active") != true || apptest.Path(keys[2], "retiredAt") == nil {
				t.Fatalf("keys: %v", keys)
			}

			// The private keys are sealed at rest.
			ctx := store.SystemContext(context.Background())
			for _, k := range env.App.DB.Client.CitizenKey.Query().AllX(ctx) {
				if len(k.PrivateKey) <= 32 {
					t.Fatalf("private key stored in the clear (%d bytes)", len(k.PrivateKey))
				}
			}
		})
	}
}

func postJSON(t *testing.T, url string, body any) *http.Response {
	t.Helper()
	b, _ := json.Marshal(body)
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp
}

// Starts of a navigation are counted per day, life event and channel, with nothing else (N-z).
func TestAccessCounts_N_z_perEventAndChannel(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			viewer := env.Staff(t, admin, "viewer1", "staff_viewer")
			url := env.Server.URL + "/api/citizen/402168/visits"
			for _, v := range []map[string]string{{"event": "tennyu", "channel": "web"}, {"event": "tennyu", "channel": "web"}, {"event": "tennyu", "channel": "line"}, {"event": "shomei", "channel": "poster"}} {
				if resp := postJSON(t, url, v); resp.StatusCode != http.StatusNoContent {
					t.Fatalf("visit %v: %d", v, resp.StatusCode)
				}
			}
			for _, bad := range []map[string]string{{"event": "tennyu", "channel": "fax"}, {"event": "nothing", "channel": "web"}} {
				if resp := postJSON(t, url, bad); resp.StatusCode != http.StatusBadRequest {
					t.Fatalf("bad visit %v: %d", bad, resp.StatusCode)
				}
			}
			day := time.Now().In(time.FixedZone("JST", 9*3600)).Format("2006-01-02")
			rows := viewer.MustDo(`query($d:String!){accessCounts(from:$d,to:$d){day event channel count}}`, map[string]any{"d": day})["accessCounts"].([]any)
			counts := map[string]float64{}
			for _, r := range rows {
				counts[apptest.Path(r, "event").(string)+"/"+apptest.Path(r, "channel").(string)] = apptest.Path(r, "count").(float64)
			}
			if counts["tennyu/web"] != 2 || counts["tennyu/line"] != 1 || counts["shomei/poster"] != 1 || len(counts) != 3 {
				t.Fatalf("counts: %v", counts)
			}
			kurume := env.OtherTenant(t, admin)
			if rows := kurume.MustDo(`query($d:String!){accessCounts(from:$d,to:$d){count}}`, map[string]any{"d": day})["accessCounts"].([]any); len(rows) != 0 {
				t.Fatalf("another city sees 小郡市's counts: %v", rows)
			}
		})
	}
}

// A tenant edits its copy of a standard navigation; a wrong reference is refused naming its path; resetting
// returns to the standard; other cities keep the standard (N-a, N-aa, N-p).
func TestNavigationFlow_N_aa_tenantCopy(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			clerk := env.Staff(t, admin, "clerk1", "clerk")
			flows := admin.MustDo(`{navigationFlows{id title standard customized depth definition}}`, nil)["navigationFlows"].([]any)
			if len(flows) < 9 {
				t.Fatalf("standard navigations: %d", len(flows))
			}
			var def map[string]any
			deepest := 0.0
			for _, f := range flows {
				deepest = max(deepest, apptest.Path(f, "depth").(float64))
				if apptest.Path(f, "id") == "tennyu" {
					_ = json.Unmarshal([]byte(apptest.Path(f, "definition").(string)), &def)
				}
			}
			if deepest != 3 {
				t.Fatalf("no navigation nests 3 levels (N-p): %v", deepest)
			}
			def["title"] = map[string]any{"ja": "小郡市に引っ越してきた"}
			b, _ := json.Marshal(def)
			save := `mutation($d:String!){saveNavigationFlow(definition:$d){id title customized}}`
			if r := clerk.Do(save, map[string]any{"d": string(b)}); r.Code() != "forbidden" {
				t.Fatalf("clerk saved: %v", r.Errors)
			}
			admin.MustDo(save, map[string]any{"d": string(b)})
			if title := firstFlow(publicConfig(t, env, "402168"), "tennyu")["title"].(map[string]any)["ja"]; title != "小郡市に引っ越してきた" {
				t.Fatalf("config title: %v", title)
			}
			bad := strings.Replace(string(b), `"procedures":[`, `"procedures":["no-such-procedure",`, 1)
			if !strings.Contains(bad, "no-such-procedure") {
				bad = strings.Replace(string(b), `"questions":[`, `"always":{"counters":["no-such-counter"]},"questions":[`, 1)
			}
			r := admin.Do(save, map[string]any{"d": bad})
			if r.Code() != "invalid" || apptest.Path(r.Errors[0].Extensions, "field") == "" {
				t.Fatalf("bad reference: %v", r.Errors)
			}
			kurume := env.OtherTenant(t, admin)
			_ = kurume
			if title := firstFlow(publicConfig(t, env, "402036"), "tennyu")["title"].(map[string]any)["ja"]; title == "小郡市に引っ越してきた" {
				t.Fatal("another city got 小郡市's copy")
			}
			admin.MustDo(`mutation{resetNavigationFlow(id:"tennyu")}`, nil)
			if title := firstFlow(publicConfig(t, env, "402168"), "tennyu")["title"].(map[string]any)["ja"]; title == "小郡市に引っ越してきた" {
				t.Fatal("reset kept the copy")
			}
		})
	}
}

func firstFlow(cfg map[string]any, id string) map[string]any {
	for _, f := range cfg["flows"].([]any) {
		if f.(map[string]any)["id"] == id {
			return f.(map[string]any)
		}
	}
	return nil
}

// The look is the city's (N-f, N-g); LINE secrets are write-only and sealed.
func TestCitizenSettings_N_g_colourAndSealedLineSecrets(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d, func(t *testing.T) {
			env := apptest.Start(t, d)
			admin := env.Admin(t)
			save := `mutation($i:CitizenSettingsInput!){saveCitizenSettings(input:$i){color lineConfigured appPath}}`
			if r := admin.Do(save, map[string]any{"i": map[string]any{"color": "pink"}}); r.Code() != "invalid" || apptest.Path(r.Errors[0].Extensions, "field") != "color" {
				t.Fatalf("pink: %v", r.Errors)
			}
			got := admin.MustDo(save, map[string]any{"i": map[string]any{"color": "purple", "lineChannelSecret": "secret-value-123", "lineChannelAccessToken": "token-value-456", "liffId": "2000000001-abcd"}})
			if apptest.Path(got, "saveCitizenSettings", "lineConfigured") != true || apptest.Path(got, "saveCitizenSettings", "appPath") != "/citizen/402168/" {
				t.Fatalf("settings: %v", got)
			}
			cfg := publicConfig(t, env, "402168")
			if cfg["look"].(map[string]any)["color"] != "purple" || cfg["liffId"] != "2000000001-abcd" {
				t.Fatalf("config: %v %v", cfg["look"], cfg["liffId"])
			}
			raw, _ := json.Marshal(cfg)
			if bytes.Contains(raw, []byte("secret-value-123")) || bytes.Contains(raw, []byte("token-value-456")) {
				t.Fatal("the public config carries a LINE secret")
			}
			site := env.App.DB.Client.CitizenSite.Query().OnlyX(store.SystemContext(context.Background()))
			if bytes.Contains(site.LineChannelSecret, []byte("secret-value-123")) || bytes.Contains(site.LineChannelToken, []byte("token-value-456")) {
				t.Fatal("LINE secrets stored in the clear")
			}
		})
	}
}

// In LINE, the result and the QR picture are pushed to the resident's chat through the real SDK, to the user the
// LIFF ID token names (N-j); a forged token pushes nothing; the webhook refuses a bad signature.
func TestLinePush_N_j_resultPushedToChat(t *testing.T) {
	fake := linefake.New()
	defer fake.Close()
	env := apptest.Start(t, "sqlite3", func(c *config.Config) {
		c.LineAPIURL, c.LineDataAPIURL, c.PublicURL = fake.URL, fake.URL, "https://navi.example.lg.jp"
	})
	admin := env.Admin(t)
	admin.MustDo(`mutation($i:CitizenSettingsInput!){saveCitizenSettings(input:$i){lineConfigured}}`, map[string]any{"i": map[string]any{
		"lineChannelSecret": "webhook-secret", "lineChannelAccessToken": fake.Token, "lineLoginChannelId": fake.LoginChannelID, "liffId": "2000000001-navi"}})
	cfg := publicConfig(t, env, "402168")
	code := sealForCity(t, cfg, household(), time.Now().Add(24*time.Hour))
	user := linefake.UserID(7)
	push := env.Server.URL + "/api/citizen/402168/line/push"
	body := map[string]any{"idToken": fake.IssueIDToken(user), "flowId": "tennyu", "answers": map[string]string{}, "code": code, "lang": "ja"}
	if resp := postJSON(t, push, body); resp.StatusCode != http.StatusNoContent {
		t.Fatalf("push: %d", resp.StatusCode)
	}
	pushes := fake.Pushes()
	if len(pushes) != 1 || pushes[0].To != user {
		t.Fatalf("pushes: %+v", pushes)
	}
	var text, image string
	for _, m := range pushes[0].Messages {
		switch m.Type {
		case "text":
			text += m.Text
		case "image":
			image = m.OriginalContentURL
		}
	}
	title := firstFlow(cfg, "tennyu")["title"].(map[string]any)["ja"].(string)
	if !strings.Contains(text, title) || !strings.HasPrefix(image, "https://navi.example.lg.jp/api/citizen/qr.png?c="+code[:20]) {
		t.Fatalf("text %q image %q", text, image)
	}
	if strings.Contains(text, "試験") {
		t.Fatal("the pushed text carries the household's names")
	}
	// The picture the image message points at is the code.
	status, png := env.NewClient(t).Get("/api/citizen/qr.png?c=" + code)
	if status != http.StatusOK || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Fatalf("qr.png: %d", status)
	}
	body["idToken"] = "forged"
	if resp := postJSON(t, push, body); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("forged token: %d", resp.StatusCode)
	}
	if len(fake.Pushes()) != 1 {
		t.Fatal("a forged token pushed")
	}

	hook := env.Server.URL + "/line/402168/webhook"
	event := linefake.FollowEvent(user, "reply-token-1")
	for sig, want := range map[string]int{"": http.StatusBadRequest, "AAAA": http.StatusBadRequest, linefake.Sign("webhook-secret", event): http.StatusOK} {
		req, _ := http.NewRequest(http.MethodPost, hook, bytes.NewReader(event))
		if sig != "" {
			req.Header.Set("X-Line-Signature", sig)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != want && !(want == http.StatusBadRequest && resp.StatusCode == http.StatusUnauthorized) {
			t.Fatalf("signature %q: %d, want %d", sig, resp.StatusCode, want)
		}
	}
	if replies := fake.Replies(); len(replies) != 1 || !strings.Contains(replies[0].Messages[0].Text, "liff.line.me/2000000001-navi") {
		t.Fatalf("welcome reply: %+v", replies)
	}
}

// syncBuffer is a log sink the server writes to from its goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// What a resident's browser asks the server on the way to a code (postal code, kana of a name, the push into
// LINE) leaves nothing behind: not in the log, not in the database (N-w).
func TestCitizenLookups_N_w_leaveNothingBehind(t *testing.T) {
	fake := linefake.New()
	defer fake.Close()
	logs := &syncBuffer{}
	env := apptest.StartLogged(t, "sqlite3", logs, func(c *config.Config) {
		c.LineAPIURL, c.LineDataAPIURL, c.PublicURL = fake.URL, fake.URL, "https://navi.example.lg.jp"
		c.LogLevel = "debug"
	})
	admin := env.Admin(t)
	admin.MustDo(`mutation($i:CitizenSettingsInput!){saveCitizenSettings(input:$i){lineConfigured}}`, map[string]any{"i": map[string]any{
		"lineChannelSecret": "webhook-secret", "lineChannelAccessToken": fake.Token, "lineLoginChannelId": fake.LoginChannelID}})
	cfg := publicConfig(t, env, "402168")
	code := sealForCity(t, cfg, household(), time.Now().Add(24*time.Hour))
	anon := env.NewClient(t)
	if status, body := anon.Get("/api/citizen/402168/postal/8380141"); status != http.StatusOK || !strings.Contains(string(body), `"inCity":true`) {
		t.Fatalf("postal: %d %s", status, body)
	}
	if status, body := anon.Get("/api/citizen/402168/postal/8300001"); status != http.StatusOK || !strings.Contains(string(body), `"inCity":false`) {
		t.Fatalf("postal outside the city: %d %s", status, body)
	}
	if status, body := anon.Get("/api/citizen/402168/kana?text=" + url.QueryEscape("鬼塚") + "&part=family"); status != http.StatusOK || !strings.Contains(string(body), "おにつか") {
		t.Fatalf("kana: %d %s", status, body)
	}
	push := map[string]any{"idToken": fake.IssueIDToken(linefake.UserID(3)), "flowId": "tennyu", "answers": map[string]string{}, "code": code, "lang": "en"}
	if resp := postJSON(t, env.Server.URL+"/api/citizen/402168/line/push", push); resp.StatusCode != http.StatusNoContent {
		t.Fatalf("push: %d", resp.StatusCode)
	}
	db := strings.TrimPrefix(strings.SplitN(env.App.Config.DatabaseURL, "?", 2)[0], "sqlite://file:")
	raw, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	wal, _ := os.ReadFile(db + "-wal")
	raw = append(raw, wal...)
	for _, secret := range []string{"8380141", "8300001", "試験", "鬼塚", code[:40]} {
		if strings.Contains(logs.String(), secret) {
			t.Errorf("the log holds %q", secret)
		}
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("the database holds %q", secret)
		}
	}
	if !strings.Contains(logs.String(), "/api/citizen/{lg}/postal/{code}") {
		t.Fatalf("the request log lost the route:\n%s", logs.String())
	}
}
