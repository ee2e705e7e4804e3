package forms

import "github.com/kakanai/kakanai/internal/juki"

// Characters of the sample that a renderer commonly gets wrong. Written as escapes so that no editor or
// normalisation step can change them.
const (
	SampleYoshida = "\U00020BB7"  // 𠮷 (つちよし), outside the BMP
	SampleTaka    = "髙"           // はしごだか, U+9AD9 (MJ028902)
	SampleKuzuIVS = "葛\U000E0102" // 葛 + VS19: the Moji_Joho sequence drawn by MJ022335
)

// SampleNotification returns a synthetic 転入 of a four-person household from 東京都葛󠄂飾区 to 福岡県小郡市: a
// Japanese 世帯主 and child, a foreign spouse, and the 世帯主's mother with a variant kanji (髙) and an IVS
// (葛󠄂) in her name. Every name and number is invented; the numbers carry valid check digits. It is what
// `kakanai render --sample` prints and what the tests check the output against.
func SampleNotification() (juki.Notification, map[string]string) {
	head := SampleYoshida + "田 太郎"
	oldAddress := "東京都" + SampleKuzuIVS + "飾区立石五丁目13番1号"
	n := juki.Notification{
		Reason:      string(juki.ReasonMoveIn),
		NotifiedOn:  "2026-04-06",
		MovedOn:     "2026-04-01",
		NewAddress:  juki.Address{Line: "福岡県小郡市小郡255番地の1", Katagaki: "ひまわり荘101号"},
		OldAddress:  juki.Address{Line: oldAddress, Katagaki: "立石ハイツ305"},
		NewHeadName: head,
		OldHeadName: head,
		Notifier:    string(juki.NotifierHead),
		Persons: []juki.Person{
			{
				FamilyName: SampleYoshida + "田", GivenName: "太郎", FamilyNameKana: "よしだ", GivenNameKana: "たろう",
				BirthDate: "1985-04-12", Sex: "男", Relationship: "世帯主", IsHeadOfHousehold: true,
				ResidentCode: "58302174693", MyNumber: "739528410630",
				Domicile: "東京都" + SampleKuzuIVS + "飾区立石五丁目13番", DomicileHead: head,
			},
			{
				RomajiName: "NGUYEN THI LAN", FamilyNameKana: "グエン", GivenNameKana: "ティ ラン",
				BirthDate: "1990-07-03", Sex: "女", Relationship: "妻",
				ResidentCode: "74029583165", MyNumber: "581604973263",
				Nationality: "ベトナム", ResidenceCategory: "中長期在留者", ResidenceStatus: "日本人の配偶者等",
				PeriodOfStay: "0300000", PeriodExpiry: "2028-05-31", CardNumber: "AB12345678CD",
			},
			{
				FamilyName: SampleYoshida + "田", GivenName: "花子", FamilyNameKana: "よしだ", GivenNameKana: "はなこ",
				BirthDate: "2020-06-15", Sex: "女", Relationship: "子",
				ResidentCode: "29681047350", MyNumber: "648372059150",
				Domicile: "東京都" + SampleKuzuIVS + "飾区立石五丁目13番", DomicileHead: head,
			},
			{
				FamilyName: SampleTaka + "橋", GivenName: SampleKuzuIVS + "枝", FamilyNameKana: "たかはし", GivenNameKana: "くずえ",
				BirthDate: "1958-09-30", Sex: "女", Relationship: "母",
				ResidentCode: "41793620584", MyNumber: "917263840578",
				Domicile: "鹿児島県霧島市国分中央三丁目1番", DomicileHead: SampleTaka + "橋 一郎",
			},
		},
	}
	extras := map[string]string{
		KeyReceiptNumber:         "0406-012",
		KeyNotifierName:          head,
		KeyNotifierAddress:       "福岡県小郡市小郡255番地の1 ひまわり荘101号",
		KeyNotifierPhone:         "092-555-0187",
		KeyRemarks:               "転出証明書（" + SampleKuzuIVS + "飾区長発行）により受付。\n妻の在留カードを確認。",
		KeyOfficeMyNumberCard:    "継続利用\n記載変更済",
		KeyOfficeHealthInsurance: "加入",
		KeyOfficePension:         "第3号",
		KeyOfficeChildAllowance:  "認定請求",
		KeyOfficeSchool:          "未就学",
		KeyOfficeElection:        "済",
	}
	return n, extras
}
