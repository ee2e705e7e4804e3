package kenall_test

import (
	"testing"

	"github.com/kakanai/kakanai/internal/address/kenall"
)

// Rows shaped like KEN_ALL.CSV (after reading it as UTF-8): the cases every consumer of the file must clean.
func TestClean_KEN_ALL(t *testing.T) {
	rows := []kenall.Row{
		{Zip: "0600000", Prefecture: "北海道", City: "札幌市中央区", Town: "以下に掲載がない場合", CityKana: "ｻｯﾎﾟﾛｼﾁｭｳｵｳｸ", TownKana: "ｲｶﾆｹｲｻｲｶﾞﾅｲﾊﾞｱｲ"},
		{Zip: "0600042", Prefecture: "北海道", City: "札幌市中央区", Town: "大通西（１～１９丁目）", TownKana: "ｵｵﾄﾞｵﾘﾆｼ(1-19ﾁｮｳﾒ)"},
		// One 町域 split over three rows.
		{Zip: "0660005", Prefecture: "北海道", City: "千歳市", Town: "協和（８８－２、２７１－１０、３４３－２、４０４－１、４２７－", TownKana: "ｷｮｳﾜ"},
		{Zip: "0660005", Prefecture: "北海道", City: "千歳市", Town: "３、４３１－１２、４４３－６、６０８－２、６４１－８、８１４、", TownKana: "ｷｮｳﾜ"},
		{Zip: "0660005", Prefecture: "北海道", City: "千歳市", Town: "８４２－５、１１３７－３、１３９２、１６５７、１７５２番地）", TownKana: "ｷｮｳﾜ"},
		{Zip: "0660006", Prefecture: "北海道", City: "千歳市", Town: "協和（その他）", TownKana: "ｷｮｳﾜ(ｿﾉﾀ)"},
		{Zip: "3060433", Prefecture: "茨城県", City: "猿島郡境町", Town: "境町の次に番地がくる場合", TownKana: "ｻｶｲﾏﾁﾉﾂｷﾞﾆﾊﾞﾝﾁｶﾞｸﾙﾊﾞｱｲ"},
		{Zip: "3998501", Prefecture: "長野県", City: "北安曇郡松川村", Town: "松川村一円", TownKana: "ﾏﾂｶﾜﾑﾗｲﾁｴﾝ"},
		{Zip: "5220317", Prefecture: "滋賀県", City: "犬上郡多賀町", Town: "一円", TownKana: "ｲﾁｴﾝ"},
		{Zip: "1006090", Prefecture: "東京都", City: "千代田区", Town: "霞が関霞が関ビル（地階・階層不明）", TownKana: "ｶｽﾐｶﾞｾｷｶｽﾐｶﾞｾｷﾋﾞﾙ(ﾁｶｲ･ｶｲｿｳﾌﾒｲ)"},
		{Zip: "4506201", Prefecture: "愛知県", City: "名古屋市中村区", Town: "名駅ミッドランドスクエア（高層棟）１階", TownKana: "ﾒｲｴｷﾐｯﾄﾞﾗﾝﾄﾞｽｸｴｱ(ｺｳｿｳﾄｳ)1ｶｲ"},
		{Zip: "8380141", Prefecture: "福岡県", City: "小郡市", Town: "小郡", PrefectureKana: "ﾌｸｵｶｹﾝ", CityKana: "ｵｺﾞｵﾘｼ", TownKana: "ｵｺﾞｵﾘ"},
		{Zip: "8380141", Prefecture: "福岡県", City: "小郡市", Town: "小郡", PrefectureKana: "ﾌｸｵｶｹﾝ", CityKana: "ｵｺﾞｵﾘｼ", TownKana: "ｵｺﾞｵﾘ"},
	}
	got := kenall.Clean(rows)
	want := []struct{ zip, town, kana, note string }{
		{"0600000", "", "", ""},
		{"0600042", "大通西", "オオドオリニシ", "１～１９丁目"},
		{"0660005", "協和", "キョウワ", "８８－２、２７１－１０、３４３－２、４０４－１、４２７－３、４３１－１２、４４３－６、６０８－２、６４１－８、８１４、８４２－５、１１３７－３、１３９２、１６５７、１７５２番地"},
		{"0660006", "協和", "キョウワ", "その他"},
		{"3060433", "", "", ""},
		{"3998501", "", "", ""},
		{"5220317", "一円", "イチエン", ""},
		{"1006090", "霞が関霞が関ビル", "カスミガセキカスミガセキビル", "地階・階層不明"},
		{"4506201", "名駅ミッドランドスクエア（高層棟）１階", "メイエキミッドランドスクエア（コウソウトウ）1カイ", ""},
		{"8380141", "小郡", "オゴオリ", ""},
	}
	if len(got) != len(want) {
		for _, r := range got {
			t.Logf("%+v", r)
		}
		t.Fatalf("%d rows, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Zip != w.zip || g.Town != w.town || g.TownKana != w.kana || g.Note != w.note {
			t.Errorf("row %d = %s %q %q %q, want %s %q %q %q", i, g.Zip, g.Town, g.TownKana, g.Note, w.zip, w.town, w.kana, w.note)
		}
	}
	if got[9].PrefectureKana != "フクオカケン" || got[9].CityKana != "オゴオリシ" {
		t.Errorf("half-width kana not converted: %+v", got[9])
	}
}
