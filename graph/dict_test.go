package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"entgo.io/ent/dialect"

	"github.com/kakanai/kakanai/internal/app/apptest"
)

// The dictionaries through the API: the checks of issue 4's "Done when", as the console asks them.
func TestDictionaries_K_i_K_j_N_o_N_y_A7_H1(t *testing.T) {
	env := apptest.Start(t, dialect.SQLite)
	c := env.NewClient(t)
	c.Login("admin", apptest.AdminPassword, "")

	d := c.MustDo(`{postalCode(code:"838-0141"){prefecture city town townKana lgCode}}`, nil)
	if got := fmt.Sprint(apptest.Path(d, "postalCode", 0)); got != "map[city:小郡市 lgCode:402168 prefecture:福岡県 town:小郡 townKana:オゴオリ]" {
		t.Errorf("postalCode 8380141 = %s", got)
	}
	d = c.MustDo(`{placeSearch(initials:"ふ,お,お"){address}}`, nil)
	if !strings.Contains(fmt.Sprint(d), "福岡県小郡市小郡") {
		t.Errorf("ふ,お,お does not list 福岡県小郡市小郡: %.300v", d)
	}
	d = c.MustDo(`{places(lgCode:"402168"){town}}`, nil)
	if !strings.Contains(fmt.Sprint(d), "大板井") {
		t.Errorf("towns of 小郡市 lack 大板井")
	}
	d = c.MustDo(`{kanji(query:{reading:"たか",limit:300}){char mj{mj char}}}`, nil)
	if !strings.Contains(fmt.Sprint(d), "mj:MJ028902") {
		t.Errorf("たか does not offer 髙 with its MJ number")
	}
	// The variant picker asks by the character on the name (A7).
	d = c.MustDo(`{k:kanjiOf(char:"高"){char variants mj{mj char}} none:kanjiOf(char:"a"){char}}`, nil)
	if !strings.Contains(fmt.Sprint(apptest.Path(d, "k", "variants")), "髙") || apptest.Path(d, "none") != nil {
		t.Errorf("kanjiOf: %v", d)
	}
	d = c.MustDo(`{a:convertText(text:"髙橋",target:"jisx0208"){output ok} b:convertText(text:"山﨑",target:"jisx0213"){output}}`, nil)
	if apptest.Path(d, "a", "output") != "高橋" || apptest.Path(d, "b", "output") != "山﨑" {
		t.Errorf("convert: %v", d)
	}
	d = c.MustDo(`{a:inCity(text:"福岡県小郡市大板井１３６"){inCity} b:inCity(text:"福岡県久留米市城南町15-3"){inCity reason}}`, nil)
	if apptest.Path(d, "a", "inCity") != true || apptest.Path(d, "b", "inCity") != false || apptest.Path(d, "b", "reason") == "" {
		t.Errorf("inCity: %v", d)
	}
	d = c.MustDo(`{normalizeAddress(text:"福岡県小郡市三国が丘３－１２－５　コーポ１０１"){chome banchi go katagaki text}}`, nil)
	if apptest.Path(d, "normalizeAddress", "chome") != float64(3) {
		t.Errorf("normalize: %v", d)
	}
	if r := c.Do(`{convertText(text:"x",target:"ebcdic"){output}}`, nil); r.Code() != "invalid" {
		t.Errorf("unknown target: %+v", r.Errors)
	}
}

func TestAddressMaster_N_y_cityImportsItsOwnMaster(t *testing.T) {
	env := apptest.Start(t, dialect.SQLite)
	c := env.Admin(t)
	d := c.MustDo(`{addressMaster{source towns csv}}`, nil)
	if apptest.Path(d, "addressMaster", "source") != "default" {
		t.Fatalf("before import: %v", apptest.Path(d, "addressMaster", "source"))
	}
	// The city's master without 大板井: that 大字 is then outside the city.
	var kept []string
	for _, line := range strings.Split(apptest.Path(d, "addressMaster", "csv").(string), "\n") {
		if !strings.Contains(line, "大板井") {
			kept = append(kept, line)
		}
	}
	im := c.MustDo(`mutation($c:String!){importAddressMaster(csv:$c){source towns}}`, map[string]any{"c": strings.Join(kept, "\n")})
	if apptest.Path(im, "importAddressMaster", "source") != "csv" {
		t.Fatalf("import: %v", im)
	}
	d = c.MustDo(`{a:inCity(text:"福岡県小郡市大板井１３６"){inCity} b:inCity(text:"福岡県小郡市小郡１２３"){inCity}}`, nil)
	if apptest.Path(d, "a", "inCity") != false || apptest.Path(d, "b", "inCity") != true {
		t.Fatalf("inCity with the imported master: %v", d)
	}
	// A 町字 the city adds is fine; an unreadable 丁目 is refused, naming the line and column.
	r := c.Do(`mutation($c:String!){importAddressMaster(csv:$c){towns}}`, map[string]any{"c": kept[0] + "\n新町,しんまち,いち"})
	if r.Code() != "invalid" || !strings.HasPrefix(fmt.Sprint(r.Errors[0].Extensions["field"]), "csv") {
		t.Fatalf("bad CSV: %+v", r.Errors)
	}
}
