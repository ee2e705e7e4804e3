package ocr

import "github.com/kakanai/kakanai/internal/juki"

// Fixed vocabularies a field is snapped to.

var relationshipVocab = []string{
	"世帯主", "妻", "夫", "子", "父", "母", "兄", "姉", "弟", "妹", "子の妻", "子の夫", "子の子", "妻の父", "妻の母",
	"夫の父", "夫の母", "父の父", "父の母", "母の父", "母の母", "妻の子", "夫の子", "兄の子", "姉の子", "弟の子", "妹の子",
	"縁故者", "同居人", "妻（未届）", "夫（未届）", "妻（未届）の子", "夫（未届）の子",
}

// kosekiRelationshipVocab is the 父母との続柄 of a 戸籍.
var kosekiRelationshipVocab = []string{
	"長男", "二男", "三男", "四男", "五男", "長女", "二女", "三女", "四女", "五女", "男", "女", "養子", "養女",
}

var nationalityVocab = []string{
	"中国", "韓国", "朝鮮", "ベトナム", "フィリピン", "ブラジル", "ネパール", "インドネシア", "米国", "台湾", "タイ",
	"ミャンマー", "ペルー", "インド", "スリランカ", "バングラデシュ", "英国", "カナダ", "オーストラリア", "フランス",
	"ドイツ", "モンゴル", "パキスタン", "カンボジア", "マレーシア", "ウズベキスタン", "イタリア", "スペイン", "ロシア",
	"ボリビア", "アルゼンチン", "メキシコ", "ニュージーランド", "シンガポール", "イラン", "トルコ", "エジプト",
	"ナイジェリア", "ガーナ", "ケニア", "ラオス", "香港", "無国籍",
}

// residenceStatusVocab is the law's 在留資格 list (internal/juki) plus 特別永住者, which a 特別永住者証明書 prints
// in the same place although it is not a 在留資格.
var residenceStatusVocab = append(juki.ResidenceStatuses(), "特別永住者")

// workRestrictionVocab are the phrases of the 就労制限の有無 box (出入国管理及び難民認定法施行規則 別記様式).
var workRestrictionVocab = []string{
	"就労制限なし", "就労不可", "在留資格に基づく就労活動のみ可", "指定書記載機関での在留資格に基づく就労活動のみ可",
	"指定書により指定された就労活動のみ可",
}

var sexVocab = []string{"男", "女"}
