package specimen

import (
	"fmt"
	"strings"

	"github.com/kakanai/kakanai/internal/ocr"
)

// Municipality is an issuer of the generated certificates (from the seed data of the ocr package).
type Municipality = ocr.Municipality

// town is a real 町域 of a municipality; chome says whether its addresses use 丁目 (…２丁目３番４号) or a
// 番地 (…１２３４番地５). Only the 町域 names are real; numbers are random, so no address is anyone's.
type town struct {
	name  string
	chome bool
}

var towns = map[string][]town{
	"402168": {{"小郡", false}, {"大保", false}, {"干潟", false}, {"三国が丘", true}, {"美鈴が丘", true}, {"希みが丘", true}, {"津古", false}, {"大板井", false}, {"力武", false}, {"松崎", false}, {"福童", false}},
	"402036": {{"東町", false}, {"六ツ門町", false}, {"城南町", false}, {"御井町", false}, {"野中町", false}, {"合川町", false}, {"東合川", true}, {"津福本町", false}, {"国分町", false}, {"諏訪野町", false}},
	"401315": {{"香椎", true}, {"箱崎", true}, {"千早", true}, {"名島", true}, {"若宮", true}},
	"401323": {{"博多駅前", true}, {"祇園町", false}, {"住吉", true}, {"千代", true}, {"東比恵", true}, {"吉塚", true}, {"美野島", true}},
	"401331": {{"天神", true}, {"大名", true}, {"赤坂", true}, {"警固", true}, {"平尾", true}, {"薬院", true}, {"白金", true}},
	"401340": {{"大橋", true}, {"高宮", true}, {"長住", true}, {"井尻", true}, {"野間", true}},
	"401358": {{"姪浜駅南", true}, {"愛宕", true}, {"今宿", true}, {"周船寺", true}},
	"401366": {{"別府", true}, {"七隈", true}, {"鳥飼", true}, {"荒江", true}},
	"401374": {{"西新", true}, {"藤崎", true}, {"百道", true}, {"原", true}, {"野芥", true}},
	"402176": {{"二日市中央", true}, {"針摺東", true}, {"紫", true}, {"原田", true}, {"湯町", true}},
	"412031": {{"本町", true}, {"京町", false}, {"蔵上", true}, {"宿町", false}, {"弥生が丘", true}},
	"402192": {{"白木原", true}, {"錦町", true}, {"御笠川", true}, {"大城", true}, {"中央", true}},
	"402184": {{"春日原北町", true}, {"紅葉ヶ丘東", true}, {"須玖北", true}, {"大和町", true}, {"小倉", true}},
	"402214": {{"宰府", true}, {"五条", true}, {"観世音寺", true}, {"大佐野", false}, {"青山", true}},
	"405035": {{"大字本郷", false}, {"大字冨多", false}, {"大字山隈", false}, {"大字鵜木", false}},
	"413411": {{"大字宮浦", false}, {"大字小倉", false}, {"けやき台", true}},
	"402281": {{"甘木", false}, {"堤", false}, {"菩提寺", false}, {"杷木池田", false}},
	"131016": {{"霞が関", true}, {"丸の内", true}, {"神田神保町", true}},
}

var buildings = []string{"コーポ松原", "サンハイツ", "グリーンヒル", "メゾン城南", "ハイツ花園", "レジデンス天神", "パークサイド"}

// Address is a generated address; Text is printed on the documents and is the ground truth.
type Address struct {
	Muni Municipality
	Text string
}

// fw turns ASCII digits into full-width ones, as certificates print addresses.
func fw(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r - '0' + '０'
		}
		if r == '-' {
			return '－'
		}
		return r
	}, s)
}

func (g *gen) address(m Municipality) Address {
	ts := towns[m.LgCode]
	if len(ts) == 0 {
		ts = towns["402168"]
	}
	t := pick(g, ts)
	var s string
	if t.chome {
		s = fmt.Sprintf("%s%d丁目%d番%d号", t.name, g.between(1, 5), g.between(1, 30), g.between(1, 25))
	} else {
		s = fmt.Sprintf("%s%d番地", t.name, g.between(1, 2999))
		if g.chance(0.5) {
			s += fmt.Sprint(g.between(1, 30))
		}
	}
	if g.chance(0.25) {
		s += fmt.Sprintf("%s%d号", pick(g, buildings), g.between(1, 5)*100+g.between(1, 9))
	}
	return Address{Muni: m, Text: m.FullName() + fw(s)}
}
