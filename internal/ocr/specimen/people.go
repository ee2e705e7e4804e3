package specimen

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/kakanai/kakanai/internal/juki"
)

// Names are common surnames and given names combined at random: never a real person's data. Surnames with
// variant kanji (髙 﨑 𠮷 濵 德 栁 邉 齊 與) are the ones the stock Tesseract model cannot emit; 琢 is a JIS
// character missing from Debian's fast jpn model.
type nameEntry struct{ kanji, kana string }

var surnames = []nameEntry{
	{"田中", "タナカ"}, {"山本", "ヤマモト"}, {"中村", "ナカムラ"}, {"小林", "コバヤシ"}, {"加藤", "カトウ"},
	{"松本", "マツモト"}, {"井上", "イノウエ"}, {"木村", "キムラ"}, {"林", "ハヤシ"}, {"清水", "シミズ"},
	{"山口", "ヤマグチ"}, {"森", "モリ"}, {"池田", "イケダ"}, {"橋本", "ハシモト"}, {"石川", "イシカワ"},
	{"前田", "マエダ"}, {"藤田", "フジタ"}, {"岡田", "オカダ"}, {"後藤", "ゴトウ"}, {"長谷川", "ハセガワ"},
	{"村上", "ムラカミ"}, {"近藤", "コンドウ"}, {"坂本", "サカモト"}, {"遠藤", "エンドウ"}, {"青木", "アオキ"},
	{"西村", "ニシムラ"}, {"福田", "フクダ"}, {"太田", "オオタ"}, {"三浦", "ミウラ"}, {"藤井", "フジイ"},
	{"岡本", "オカモト"}, {"松田", "マツダ"}, {"中川", "ナカガワ"}, {"原田", "ハラダ"}, {"小川", "オガワ"},
	{"中島", "ナカシマ"}, {"古賀", "コガ"}, {"野口", "ノグチ"}, {"大塚", "オオツカ"}, {"今村", "イマムラ"},
	{"平野", "ヒラノ"}, {"久保", "クボ"}, {"宮崎", "ミヤザキ"}, {"江口", "エグチ"}, {"樋口", "ヒグチ"},
	{"高橋", "タカハシ"}, {"吉田", "ヨシダ"}, {"浜田", "ハマダ"}, {"渡辺", "ワタナベ"}, {"斉藤", "サイトウ"},
	{"柳田", "ヤナギダ"}, {"徳永", "トクナガ"}, {"山崎", "ヤマサキ"}, {"堤", "ツツミ"}, {"末次", "スエツグ"},
}

var variantSurnames = []nameEntry{
	{"髙橋", "タカハシ"}, {"髙田", "タカダ"}, {"髙木", "タカギ"}, {"山﨑", "ヤマサキ"}, {"﨑山", "サキヤマ"},
	{"𠮷田", "ヨシダ"}, {"𠮷村", "ヨシムラ"}, {"濵田", "ハマダ"}, {"濵口", "ハマグチ"}, {"德永", "トクナガ"},
	{"德田", "トクダ"}, {"栁田", "ヤナギダ"}, {"栁川", "ヤナガワ"}, {"渡邉", "ワタナベ"}, {"田邉", "タナベ"},
	{"齊藤", "サイトウ"}, {"與田", "ヨダ"}, {"宮﨑", "ミヤザキ"},
}

var maleNames = []nameEntry{
	{"太郎", "タロウ"}, {"一郎", "イチロウ"}, {"健太", "ケンタ"}, {"翔太", "ショウタ"}, {"大輔", "ダイスケ"},
	{"拓也", "タクヤ"}, {"直樹", "ナオキ"}, {"浩二", "コウジ"}, {"誠", "マコト"}, {"隆", "タカシ"},
	{"悠人", "ユウト"}, {"蓮", "レン"}, {"湊", "ミナト"}, {"健一", "ケンイチ"}, {"和也", "カズヤ"},
	{"修", "オサム"}, {"博之", "ヒロユキ"}, {"康弘", "ヤスヒロ"}, {"次郎", "ジロウ"}, {"健太郎", "ケンタロウ"},
	{"大翔", "ヒロト"}, {"光", "ヒカル"}, {"優斗", "ユウト"}, {"正和", "マサカズ"}, {"信也", "シンヤ"},
}

var variantMaleNames = []nameEntry{{"琢磨", "タクマ"}, {"德之", "ノリユキ"}, {"髙志", "タカシ"}, {"琢也", "タクヤ"}}

var femaleNames = []nameEntry{
	{"花子", "ハナコ"}, {"陽子", "ヨウコ"}, {"美咲", "ミサキ"}, {"由美", "ユミ"}, {"恵子", "ケイコ"},
	{"明美", "アケミ"}, {"直美", "ナオミ"}, {"結衣", "ユイ"}, {"葵", "アオイ"}, {"陽菜", "ヒナ"},
	{"凛", "リン"}, {"優子", "ユウコ"}, {"智子", "トモコ"}, {"真由美", "マユミ"}, {"久美子", "クミコ"},
	{"彩", "アヤ"}, {"千尋", "チヒロ"}, {"舞", "マイ"}, {"桜", "サクラ"}, {"裕子", "ユウコ"},
	{"さくら", "サクラ"}, {"美穂", "ミホ"}, {"香織", "カオリ"}, {"純子", "ジュンコ"}, {"愛", "アイ"},
}

type foreignOrigin struct {
	nationality string
	family      []string
	male        []string
	female      []string
}

var foreignOrigins = []foreignOrigin{
	{"ベトナム", []string{"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU"}, []string{"VAN AN", "VAN MINH", "DUC HUY", "QUANG HAI"}, []string{"THI HOA", "THI LAN", "THU TRANG", "NGOC ANH"}},
	{"中国", []string{"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG"}, []string{"WEI", "JIAN", "HAO", "MING"}, []string{"NA", "FANG", "XIU", "YAN"}},
	{"フィリピン", []string{"SANTOS", "REYES", "CRUZ", "BAUTISTA", "GARCIA"}, []string{"JOSE", "MARK", "JOHN PAUL"}, []string{"MARIA", "ANGELICA", "JOY"}},
	{"ネパール", []string{"GURUNG", "SHARMA", "THAPA", "RAI"}, []string{"RAM", "ANIL", "BIKASH"}, []string{"SITA", "ANJALI", "PUJA"}},
	{"インドネシア", []string{"SAPUTRA", "WIJAYA", "PUTRI", "HIDAYAT"}, []string{"AGUS", "BUDI", "RIZKY"}, []string{"DEWI", "SITI", "AYU"}},
	{"ブラジル", []string{"SILVA", "SOUZA", "OLIVEIRA", "PEREIRA"}, []string{"JOAO", "PEDRO", "LUCAS"}, []string{"ANA", "JULIANA", "CAMILA"}},
	{"米国", []string{"SMITH", "JOHNSON", "BROWN", "MILLER", "TURNER"}, []string{"JAMES", "MICHAEL", "DAVID"}, []string{"EMILY", "SARAH", "ELIZABETH"}},
	{"ミャンマー", []string{"AUNG", "KYAW", "HTET"}, []string{"ZAW MIN", "KO KO"}, []string{"SU MYAT", "THIDA"}},
}

// specialPermanent are names of 特別永住者 (romaji and the 漢字 name printed with it).
var specialPermanent = []struct{ roman, kanji string }{
	{"KIM YONGNAM", "金　英男"}, {"PARK SUNHEE", "朴　順姫"}, {"LEE MINHO", "李　敏浩"}, {"CHOI JIWON", "崔　智媛"},
	{"KANG SEOKJIN", "姜　錫鎮"}, {"YUN MIHYE", "尹　美恵"}, {"HAN JAEWOO", "韓　在宇"}, {"JEONG HYEJIN", "鄭　恵珍"},
}

// residenceStatuses with the 就労制限の有無 the card prints and the periods granted.
var residenceStatuses = []struct {
	status, work string
	periods      []juki.PeriodOfStay
}{
	{"留学", "就労不可", []juki.PeriodOfStay{{Years: 1}, {Years: 2, Months: 3}, {Years: 4, Months: 3}, {Years: 1, Months: 3}}},
	{"家族滞在", "就労不可", []juki.PeriodOfStay{{Years: 1}, {Years: 3}, {Months: 6}}},
	{"技術・人文知識・国際業務", "在留資格に基づく就労活動のみ可", []juki.PeriodOfStay{{Years: 1}, {Years: 3}, {Years: 5}}},
	{"技能", "在留資格に基づく就労活動のみ可", []juki.PeriodOfStay{{Years: 1}, {Years: 3}}},
	{"介護", "在留資格に基づく就労活動のみ可", []juki.PeriodOfStay{{Years: 1}, {Years: 5}}},
	{"経営・管理", "在留資格に基づく就労活動のみ可", []juki.PeriodOfStay{{Years: 1}, {Years: 3}}},
	{"技能実習2号ロ", "指定書記載機関での在留資格に基づく就労活動のみ可", []juki.PeriodOfStay{{Years: 1}, {Years: 2}}},
	{"特定技能1号", "指定書により指定された就労活動のみ可", []juki.PeriodOfStay{{Years: 1}, {Months: 6}}},
	{"特定活動", "指定書により指定された就労活動のみ可", []juki.PeriodOfStay{{Months: 6}, {Years: 1}}},
	{"永住者", "就労制限なし", nil},
	{"定住者", "就労制限なし", []juki.PeriodOfStay{{Years: 1}, {Years: 3}, {Years: 5}}},
	{"日本人の配偶者等", "就労制限なし", []juki.PeriodOfStay{{Years: 1}, {Years: 3}}},
}

// Person is one synthetic person. Dates are civil dates; strings are what the documents print.
type Person struct {
	FamilyName, GivenName string // 漢字 (Japanese and 特別永住者); empty for other foreigners
	FamilyKana, GivenKana string // カタカナ
	Roman                 string // foreigners: FAMILY GIVEN
	Foreign               bool
	SpecialPermanent      bool
	BirthDate             juki.Date
	Sex                   string // 男 or 女
	Relationship          string // 世帯主との続柄 (世帯主, 妻, 子 …)
	KosekiRelationship    string // 父母との続柄 in the 戸籍 (長男, 長女, 二男 …)
	ResidentCode          string
	MyNumber              string
	AddressSince          juki.Date
	Nationality           string
	ResidenceStatus       string
	WorkRestriction       string
	Period                juki.PeriodOfStay
	PeriodExpiry          juki.Date
	CardNumber            string
	CardExpiry            juki.Date
	Variant               bool // the name has a character the stock model cannot emit
}

// FullName returns 氏　名 (full-width space), or the romaji name for a foreigner without 漢字.
func (p Person) FullName() string {
	if p.FamilyName == "" {
		return p.Roman
	}
	return p.FamilyName + "　" + p.GivenName
}

// FullKana returns the フリガナ with a full-width space.
func (p Person) FullKana() string {
	if p.FamilyKana == "" {
		return ""
	}
	return p.FamilyKana + "　" + p.GivenKana
}

// Household is the people of one 転出証明書 and what the certificate says about them.
type Household struct {
	Members     []Person // the 世帯主 first
	Address     Address
	Destination Address
	MoveOutDate juki.Date
	IssueDate   juki.Date
	Issuer      Municipality
	Domicile    Address // 本籍 (Japanese households)
	DomicileHd  string  // 筆頭者
}

// Head returns the 世帯主's name.
func (h Household) Head() string { return h.Members[0].FullName() }

// gen is a seeded source of synthetic data.
type gen struct{ r *rand.Rand }

func newGen(seed uint64) *gen { return &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))} }

func (g *gen) intn(n int) int               { return g.r.IntN(n) }
func (g *gen) chance(p float64) bool        { return g.r.Float64() < p }
func pick[T any](g *gen, xs []T) T          { return xs[g.r.IntN(len(xs))] }
func (g *gen) between(lo, hi int) int       { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) float(lo, hi float64) float64 { return lo + g.r.Float64()*(hi-lo) }

func (g *gen) date(from, to juki.Date) juki.Date {
	return from.AddDays(g.r.IntN(to.DaysAfter(from) + 1))
}

func (g *gen) digits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + g.r.IntN(10)))
	}
	return b.String()
}

func (g *gen) residentCode() string {
	s := g.digits(10)
	cd, _ := juki.ResidentCodeCheckDigit(s)
	return fmt.Sprintf("%s%d", s, cd)
}

func (g *gen) myNumber() string {
	s := g.digits(11)
	if s[0] == '0' {
		s = "1" + s[1:]
	}
	cd, _ := juki.MyNumberCheckDigit(s)
	return fmt.Sprintf("%s%d", s, cd)
}

func (g *gen) licenseNumber(birth juki.Date) string {
	// 公安委員会 90 (福岡), the year the first licence was taken, a serial, the check digit, 再交付 0.
	s := fmt.Sprintf("90%02d%s", (birth.Year+18+g.intn(10))%100, g.digits(6))
	cd, _ := juki.DriversLicenseCheckDigit(s)
	return fmt.Sprintf("%s%d%d", s, cd, g.intn(2))
}

func (g *gen) cardNumber() string {
	letters := "ABCDEFGHJKLMNPRSTUVWXYZ"
	l := func() byte { return letters[g.intn(len(letters))] }
	return fmt.Sprintf("%c%c%s%c%c", l(), l(), g.digits(8), l(), l())
}

// japanese makes a Japanese person; variant chooses a surname or given name with a variant kanji.
func (g *gen) japanese(family nameEntry, sex string, birth juki.Date, variantGiven bool) Person {
	var given nameEntry
	if sex == "男" {
		given = pick(g, maleNames)
		if variantGiven {
			given = pick(g, variantMaleNames)
		}
	} else {
		given = pick(g, femaleNames)
	}
	p := Person{FamilyName: family.kanji, FamilyKana: family.kana, GivenName: given.kanji, GivenKana: given.kana,
		Sex: sex, BirthDate: birth, ResidentCode: g.residentCode(), MyNumber: g.myNumber()}
	p.Variant = hasVariant(p.FamilyName + p.GivenName)
	return p
}

func hasVariant(s string) bool { return strings.ContainsAny(s, "髙﨑𠮷濵德栁邉齊與琢") }

// household makes a Japanese household of n people (1–4): 世帯主, 妻, 子…
func (g *gen) household(n int, variant bool) []Person {
	family := pick(g, surnames)
	if variant {
		family = pick(g, variantSurnames)
	}
	headSex := "男"
	if g.chance(0.2) {
		headSex = "女"
	}
	headBirth := g.date(juki.Date{Year: 1945, Month: 1, Day: 1}, juki.Date{Year: 1995, Month: 12, Day: 31})
	head := g.japanese(family, headSex, headBirth, false)
	head.Relationship = "世帯主"
	head.KosekiRelationship = "長男"
	if headSex == "女" {
		head.KosekiRelationship = "長女"
	}
	people := []Person{head}
	if n >= 2 {
		sex := "女"
		rel := "妻"
		if headSex == "女" {
			sex, rel = "男", "夫"
		}
		sp := g.japanese(family, sex, headBirth.AddDays(g.between(-1500, 1500)), false)
		sp.Relationship = rel
		sp.KosekiRelationship = map[string]string{"男": "二男", "女": "長女"}[sex]
		people = append(people, sp)
	}
	childBase := headBirth.AddDays(365 * g.between(24, 34))
	sons, daughters := 0, 0
	for len(people) < n {
		sex := pick(g, []string{"男", "女"})
		birth := childBase.AddDays(g.between(0, 365*8))
		if birth.After(juki.Date{Year: 2024, Month: 12, Day: 31}) {
			birth = juki.Date{Year: 2024, Month: 1 + g.intn(12), Day: 1 + g.intn(28)}
		}
		c := g.japanese(family, sex, birth, variant && len(people) == 2 && g.chance(0.5))
		c.Relationship = "子"
		ord := []string{"長", "二", "三", "四"}
		if sex == "男" {
			c.KosekiRelationship = ord[min(sons, 3)] + "男"
			sons++
		} else {
			c.KosekiRelationship = ord[min(daughters, 3)] + "女"
			daughters++
		}
		people = append(people, c)
	}
	return people
}

// foreigner makes a 中長期在留者.
func (g *gen) foreigner(today juki.Date) Person {
	o := pick(g, foreignOrigins)
	sex := pick(g, []string{"男", "女"})
	given := pick(g, o.male)
	if sex == "女" {
		given = pick(g, o.female)
	}
	st := pick(g, residenceStatuses)
	p := Person{Roman: pick(g, o.family) + " " + given, Foreign: true, Sex: sex, Nationality: o.nationality,
		BirthDate:       g.date(juki.Date{Year: 1960, Month: 1, Day: 1}, juki.Date{Year: 2004, Month: 12, Day: 31}),
		ResidenceStatus: st.status, WorkRestriction: st.work, ResidentCode: g.residentCode(), MyNumber: g.myNumber(),
		CardNumber: g.cardNumber(), Relationship: "世帯主"}
	if len(st.periods) > 0 {
		p.Period = pick(g, st.periods)
		start := today.AddDays(-g.between(30, 300))
		p.PeriodExpiry = start.AddDays(p.Period.Years*365 + p.Period.Months*30 + p.Period.Days)
		p.CardExpiry = p.PeriodExpiry
	} else {
		p.CardExpiry = today.AddDays(g.between(365, 365*7))
	}
	return p
}

// specialPermanentResident makes a 特別永住者.
func (g *gen) specialPermanentResident(today juki.Date) Person {
	n := pick(g, specialPermanent)
	sex := "男"
	if strings.Contains("SUNHEE JIWON MIHYE HYEJIN", strings.Fields(n.roman)[1]) {
		sex = "女"
	}
	parts := strings.Split(n.kanji, "　")
	return Person{Roman: n.roman, FamilyName: parts[0], GivenName: parts[1], Foreign: true, SpecialPermanent: true,
		Sex: sex, Nationality: pick(g, []string{"韓国", "朝鮮"}),
		BirthDate:  g.date(juki.Date{Year: 1950, Month: 1, Day: 1}, juki.Date{Year: 2000, Month: 12, Day: 31}),
		CardNumber: g.cardNumber(), CardExpiry: today.AddDays(g.between(365, 365*9)), Relationship: "世帯主",
		ResidentCode: g.residentCode(), MyNumber: g.myNumber()}
}
