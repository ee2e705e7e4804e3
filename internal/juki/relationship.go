package juki

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// 世帯主との続柄 [二次] (住民基本台帳事務処理要領): always seen from the 世帯主, whose own entry is 世帯主; every child
// is 子 (the 長男/長女 forms were dropped from 住民票 on 1995-03-01); a compound relation is written as a path,
// 妻の子, 子の妻; a common-law spouse is 妻（未届）/夫（未届）; other relatives whose relation is hard to state are
// 縁故者, unrelated persons 同居人.

// Kin is one step of a relationship path.
type Kin uint8

const (
	KinWife                Kin = iota + 1 // 妻
	KinHusband                            // 夫
	KinWifeUnregistered                   // 妻（未届）
	KinHusbandUnregistered                // 夫（未届）
	KinChild                              // 子
	KinFather                             // 父
	KinMother                             // 母
	KinElderBrother                       // 兄
	KinElderSister                        // 姉
	KinYoungerBrother                     // 弟
	KinYoungerSister                      // 妹
)

var kinLabels = map[Kin]string{
	KinWife: "妻", KinHusband: "夫", KinWifeUnregistered: "妻（未届）", KinHusbandUnregistered: "夫（未届）",
	KinChild: "子", KinFather: "父", KinMother: "母",
	KinElderBrother: "兄", KinElderSister: "姉", KinYoungerBrother: "弟", KinYoungerSister: "妹",
}

// String returns the Japanese term.
func (k Kin) String() string { return kinLabels[k] }

// MarshalText writes the Japanese term, so that a path reads ["妻（未届）","子"] in JSON.
func (k Kin) MarshalText() ([]byte, error) { return []byte(kinLabels[k]), nil }

// UnmarshalText reads the Japanese term written by MarshalText.
func (k *Kin) UnmarshalText(b []byte) error {
	for kin, label := range kinLabels {
		if label == string(b) {
			*k = kin
			return nil
		}
	}
	return invalid("relationship", ErrUnknown, msgRelationshipUnknown)
}

type kinClass uint8

const (
	classSpouse kinClass = iota
	classChild
	classParent
	classSibling
)

func (k Kin) class() kinClass {
	switch k {
	case KinWife, KinHusband, KinWifeUnregistered, KinHusbandUnregistered:
		return classSpouse
	case KinChild:
		return classChild
	case KinFather, KinMother:
		return classParent
	}
	return classSibling
}

// sex returns "male", "female" or "" (子).
func (k Kin) sex() string {
	switch k {
	case KinHusband, KinHusbandUnregistered, KinFather, KinElderBrother, KinYoungerBrother:
		return SexMale
	case KinWife, KinWifeUnregistered, KinMother, KinElderSister, KinYoungerSister:
		return SexFemale
	}
	return ""
}

// RelationKind is the kind of a 続柄.
type RelationKind string

const (
	RelationHead       RelationKind = "head"       // 世帯主
	RelationFamily     RelationKind = "family"     // a path of kin: 妻, 子の妻, 妻（未届）の子
	RelationOtherKin   RelationKind = "other_kin"  // 縁故者
	RelationCohabitant RelationKind = "cohabitant" // 同居人
)

// Relationship is a parsed 続柄.
type Relationship struct {
	Kind RelationKind `json:"kind"`
	Path []Kin        `json:"path,omitempty"` // for RelationFamily: 妻→子 is [KinWife, KinChild]
}

// String returns the standard term, e.g. 妻（未届）の子.
func (r Relationship) String() string {
	switch r.Kind {
	case RelationHead:
		return "世帯主"
	case RelationOtherKin:
		return "縁故者"
	case RelationCohabitant:
		return "同居人"
	}
	parts := make([]string, len(r.Path))
	for i, k := range r.Path {
		parts[i] = k.String()
	}
	return strings.Join(parts, "の")
}

// Sex returns the sex the term implies ("male", "female") or "" (子, 縁故者, …).
func (r Relationship) Sex() string {
	if r.Kind != RelationFamily || len(r.Path) == 0 {
		return ""
	}
	return r.Path[len(r.Path)-1].sex()
}

// Equal reports whether two relationships are the same term.
func (r Relationship) Equal(o Relationship) bool { return r.String() == o.String() && r.Kind == o.Kind }

const msgRelationshipUnknown = "続柄に使えない語です。世帯主から見た関係を「妻」「子」「子の妻」「妻の父」「妻（未届）」「縁故者」「同居人」などで入力してください"

// relationshipSteps maps each word to its path. hint is set when the word is not the standard term and was
// rewritten; ambiguous words (祖父: 父の父 or 母の父?) are refused with the choices in their message.
var relationshipSteps = map[string]struct {
	path []Kin
	hint string
}{
	"妻": {path: []Kin{KinWife}}, "夫": {path: []Kin{KinHusband}},
	"妻(未届)": {path: []Kin{KinWifeUnregistered}}, "夫(未届)": {path: []Kin{KinHusbandUnregistered}},
	"子": {path: []Kin{KinChild}}, "父": {path: []Kin{KinFather}}, "母": {path: []Kin{KinMother}},
	"兄": {path: []Kin{KinElderBrother}}, "姉": {path: []Kin{KinElderSister}},
	"弟": {path: []Kin{KinYoungerBrother}}, "妹": {path: []Kin{KinYoungerSister}},
	"養子":   {path: []Kin{KinChild}, hint: "養子も続柄は「子」と記載します（事実上の養子は「縁故者」）"},
	"養女":   {path: []Kin{KinChild}, hint: "養子も続柄は「子」と記載します（事実上の養子は「縁故者」）"},
	"子供":   {path: []Kin{KinChild}, hint: "続柄は「子」と記載します"},
	"子ども":  {path: []Kin{KinChild}, hint: "続柄は「子」と記載します"},
	"実子":   {path: []Kin{KinChild}, hint: "続柄は「子」と記載します"},
	"孫":    {path: []Kin{KinChild, KinChild}, hint: "孫は「子の子」と記載します"},
	"曾孫":   {path: []Kin{KinChild, KinChild, KinChild}, hint: "曾孫は「子の子の子」と記載します"},
	"ひ孫":   {path: []Kin{KinChild, KinChild, KinChild}, hint: "曾孫は「子の子の子」と記載します"},
	"嫁":    {path: []Kin{KinChild, KinWife}, hint: "子の配偶者は「子の妻」と記載します"},
	"婿":    {path: []Kin{KinChild, KinHusband}, hint: "子の配偶者は「子の夫」と記載します"},
	"継父":   {path: []Kin{KinMother, KinHusband}, hint: "継父は「母の夫」と記載します"},
	"継母":   {path: []Kin{KinFather, KinWife}, hint: "継母は「父の妻」と記載します"},
	"内縁の妻": {path: []Kin{KinWifeUnregistered}, hint: "内縁の妻は「妻（未届）」と記載します"},
	"内縁の夫": {path: []Kin{KinHusbandUnregistered}, hint: "内縁の夫は「夫（未届）」と記載します"},
}

// ambiguousTerms are everyday words that do not say which side of the family: the user must choose.
var ambiguousTerms = map[string]string{
	"祖父": "「父の父」または「母の父」", "祖母": "「父の母」または「母の母」",
	"配偶者": "「妻」または「夫」", "義父": "「妻の父」または「夫の父」", "義母": "「妻の母」または「夫の母」",
	"伯父": "「父の兄」または「母の兄」", "叔父": "「父の弟」または「母の弟」",
	"伯母": "「父の姉」または「母の姉」", "叔母": "「父の妹」または「母の妹」",
	"甥": "「兄の子」「弟の子」「姉の子」「妹の子」のいずれか", "姪": "「兄の子」「弟の子」「姉の子」「妹の子」のいずれか",
	"兄弟": "「兄」または「弟」", "姉妹": "「姉」または「妹」",
	"義兄": "「妻の兄」「夫の兄」「姉の夫」のいずれか", "義姉": "「妻の姉」「夫の姉」「兄の妻」のいずれか",
	"義弟": "「妻の弟」「夫の弟」「妹の夫」のいずれか", "義妹": "「妻の妹」「夫の妹」「弟の妻」のいずれか",
	"本人": "世帯主本人は「世帯主」",
}

// birthOrderRe matches 長男, 二男, 次男, 三女, 末娘 …: since 1995 every child is 子.
var birthOrderRe = regexp.MustCompile(`^(長|次|二|三|四|五|六|七|八|九|十|末|2|3|4|5|6|7|8|9)(男|女|娘|息子)$`)

const hintBirthOrder = "続柄は「子」と記載します（長男・長女などの表記は平成7年3月から住民票で使いません）"

// ParseRelationship reads a 続柄 into a checked path. hint is non-empty when the input was rewritten to the
// standard term (長男 → 子, 孫 → 子の子): show it, it is not an error. Unknown or ambiguous terms and paths that
// are not a 親族 relation written the standard way are errors.
func ParseRelationship(field, text string) (rel Relationship, hint string, err error) {
	field = orDefault(field, "relationship")
	s := compactIdentifier(text)
	s = strings.ReplaceAll(s, "未届け", "未届")
	s = strings.ReplaceAll(s, "→", "の")
	s = strings.ReplaceAll(s, ">", "の")
	if s == "" {
		return Relationship{}, "", invalid(field, ErrFormat, "続柄を入力してください")
	}
	if utf8.RuneCountInString(s) > 40 {
		return Relationship{}, "", invalid(field, ErrFormat, msgRelationshipUnknown)
	}
	switch s {
	case "世帯主":
		return Relationship{Kind: RelationHead}, "", nil
	case "縁故者":
		return Relationship{Kind: RelationOtherKin}, "", nil
	case "同居人":
		return Relationship{Kind: RelationCohabitant}, "", nil
	case "同居者":
		return Relationship{Kind: RelationCohabitant}, "同居者は「同居人」と記載します", nil
	}
	// 内縁の妻 contains の: rewrite it before splitting.
	var hints []string
	for w, std := range map[string]string{"内縁の妻": "妻(未届)", "内縁の夫": "夫(未届)"} {
		if strings.Contains(s, w) {
			hints = append(hints, relationshipSteps[w].hint)
			s = strings.ReplaceAll(s, w, std)
		}
	}
	var path []Kin
	for _, word := range strings.Split(s, "の") {
		step, ok := relationshipSteps[word]
		switch {
		case ok:
		case birthOrderRe.MatchString(word):
			step.path, step.hint = []Kin{KinChild}, hintBirthOrder
		case ambiguousTerms[word] != "":
			return Relationship{}, "", invalid(field, ErrUnknown, "「"+word+"」は"+ambiguousTerms[word]+"と入力してください")
		default:
			return Relationship{}, "", invalid(field, ErrUnknown, msgRelationshipUnknown)
		}
		path = append(path, step.path...)
		if step.hint != "" && !contains(hints, step.hint) {
			hints = append(hints, step.hint)
		}
	}
	if err := validPath(field, path); err != nil {
		return Relationship{}, "", err
	}
	return Relationship{Kind: RelationFamily, Path: path}, strings.Join(hints, "。"), nil
}

// validPath is the whitelist of compound 続柄 [推定], built from 民法725条 (親族 = 6親等内の血族, 配偶者,
// 3親等内の姻族) and the writing rules of the 事務処理要領:
//   - a spouse step may only open the path (妻の父: the spouse's blood relative) or close it (子の妻: a blood
//     relative's spouse), and at most once: 妻の兄の妻 is no 親族;
//   - 未届 only on the 世帯主's own partner (妻（未届）, 妻（未届）の子);
//   - a step may not undo or restate the previous one: 父の子 is 兄/姉/弟/妹, 子の父 is the 世帯主 or 妻, 兄の弟 is
//     兄/弟, 兄の父 is 父, 子の兄 is 子;
//   - a spouse after a blood relative matches that relative's sex (父の妻, 母の夫, 兄の妻, 姉の夫);
//   - blood degree (parent/child 1, sibling 2) at most 6, and at most 3 once a spouse is in the path.
func validPath(field string, path []Kin) error {
	if len(path) == 0 {
		return invalid(field, ErrFormat, msgRelationshipUnknown)
	}
	degree, spouses := 0, 0
	for i, k := range path {
		c := k.class()
		if (k == KinWifeUnregistered || k == KinHusbandUnregistered) && i != 0 {
			return invalid(field, ErrUnknown, "（未届）は世帯主の妻・夫にだけ付けます（例: 妻（未届）、妻（未届）の子）")
		}
		switch c {
		case classSpouse:
			spouses++
			if spouses > 1 || (i != 0 && i != len(path)-1) {
				return invalid(field, ErrUnknown, "配偶者の親族の配偶者などは親族に当たらないため、続柄は「縁故者」または「同居人」です")
			}
		case classChild, classParent:
			degree++
		case classSibling:
			degree += 2
		}
		if i == 0 {
			continue
		}
		prev := path[i-1]
		pc := prev.class()
		switch {
		case pc == classParent && c == classChild:
			return invalid(field, ErrUnknown, "「"+prev.String()+"の子」ではなく「兄」「姉」「弟」「妹」で入力してください")
		case pc == classChild && c == classParent:
			return invalid(field, ErrUnknown, "「子の"+k.String()+"」は続柄になりません（世帯主本人または妻・夫です）")
		case pc == classSibling && c == classSibling:
			return invalid(field, ErrUnknown, "兄弟姉妹の兄弟姉妹は「兄」「姉」「弟」「妹」で入力してください")
		case pc == classSibling && c == classParent:
			return invalid(field, ErrUnknown, "兄弟姉妹の親は「父」「母」で入力してください")
		case pc == classChild && c == classSibling:
			return invalid(field, ErrUnknown, "子の兄弟姉妹は「子」で入力してください")
		case c == classSpouse && prev.sex() != "" && prev.sex() == k.sex():
			return invalid(field, ErrUnknown, "「"+prev.String()+"の"+k.String()+"」は続柄になりません")
		}
	}
	if degree > 6 || (spouses > 0 && degree > 3) {
		return invalid(field, ErrOutOfRange, "親族の範囲（6親等内の血族・3親等内の姻族、民法725条）を超えるため、続柄は「縁故者」です")
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
