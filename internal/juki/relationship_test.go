package juki

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestRelationship_vocabularyOfDomain(t *testing.T) {
	for _, s := range []string{"妻", "夫", "子", "父", "母", "兄", "姉", "弟", "妹", "子の妻", "子の夫", "子の子", "妻の父", "妻の母",
		"夫の父", "夫の母", "父の父", "母の母", "妻の子", "夫の子", "兄の子", "父の兄", "父の妻", "母の夫", "子の子の子", "妻の兄", "兄の妻",
		"父の父の兄の子の子" /* 6親等 */} {
		r, hint, err := ParseRelationship("", s)
		if err != nil || hint != "" || r.String() != s || r.Kind != RelationFamily {
			t.Errorf("ParseRelationship(%q) = %v %q %v", s, r, hint, err)
		}
	}
}

func TestRelationship_compoundIsAPath(t *testing.T) {
	for in, want := range map[string][]Kin{
		"妻の子": {KinWife, KinChild}, "妻→子": {KinWife, KinChild}, "妻（未届）の子": {KinWifeUnregistered, KinChild},
		"子の妻": {KinChild, KinWife},
	} {
		r, _, err := ParseRelationship("", in)
		if err != nil || !reflect.DeepEqual(r.Path, want) {
			t.Errorf("ParseRelationship(%q).Path = %v, %v; want %v", in, r.Path, err, want)
		}
	}
}

func TestRelationship_unregisteredHeadAndOthers(t *testing.T) {
	cases := map[string]string{
		"世帯主": "世帯主", "縁故者": "縁故者", "同居人": "同居人",
		"夫（未届）": "夫（未届）", "妻（未届）": "妻（未届）", "妻(未届)": "妻（未届）", "妻（未届け）": "妻（未届）",
		"妻（未届）の子": "妻（未届）の子", "妻 (未届) の 子": "妻（未届）の子",
	}
	for in, want := range cases {
		r, _, err := ParseRelationship("", in)
		if err != nil || r.String() != want {
			t.Errorf("ParseRelationship(%q) = %q, %v; want %q", in, r.String(), err, want)
		}
	}
}

func TestRelationship_birthOrderBecomesChildWithHint(t *testing.T) {
	for _, in := range []string{"長男", "長女", "二男", "次男", "三女", "次女", "養子"} {
		r, hint, err := ParseRelationship("", in)
		if err != nil || r.String() != "子" || hint == "" {
			t.Errorf("ParseRelationship(%q) = %q, %q, %v; want 子 with a hint", in, r.String(), hint, err)
		}
	}
	for in, want := range map[string]string{"長男の妻": "子の妻", "孫": "子の子", "嫁": "子の妻", "継母": "父の妻", "内縁の妻": "妻（未届）", "内縁の妻の子": "妻（未届）の子", "同居者": "同居人"} {
		r, hint, err := ParseRelationship("", in)
		if err != nil || r.String() != want || hint == "" {
			t.Errorf("ParseRelationship(%q) = %q, %q, %v; want %q with a hint", in, r.String(), hint, err, want)
		}
	}
}

func TestRelationship_rejectsUnknownAmbiguousAndNonStandard(t *testing.T) {
	cases := map[string]string{
		"友人":      msgRelationshipUnknown,
		"":        "続柄を入力してください",
		"祖父":      "「祖父」は「父の父」または「母の父」と入力してください",
		"配偶者":     "「配偶者」は「妻」または「夫」と入力してください",
		"父の子":     "「父の子」ではなく「兄」「姉」「弟」「妹」で入力してください",
		"子の父":     "「子の父」は続柄になりません（世帯主本人または妻・夫です）",
		"兄の弟":     "兄弟姉妹の兄弟姉妹は「兄」「姉」「弟」「妹」で入力してください",
		"子の兄":     "子の兄弟姉妹は「子」で入力してください",
		"兄の父":     "兄弟姉妹の親は「父」「母」で入力してください",
		"妻の夫":     "配偶者の親族の配偶者などは親族に当たらないため、続柄は「縁故者」または「同居人」です",
		"妻の兄の妻":   "配偶者の親族の配偶者などは親族に当たらないため、続柄は「縁故者」または「同居人」です",
		"子の妻（未届）": "（未届）は世帯主の妻・夫にだけ付けます（例: 妻（未届）、妻（未届）の子）",
		"父の夫":     "「父の夫」は続柄になりません",
		"子の子の子の子の子の子の子": "親族の範囲（6親等内の血族・3親等内の姻族、民法725条）を超えるため、続柄は「縁故者」です",
		"妻の父の父の兄":       "親族の範囲（6親等内の血族・3親等内の姻族、民法725条）を超えるため、続柄は「縁故者」です",
		"妻の":            msgRelationshipUnknown,
		"世帯主の妻":         msgRelationshipUnknown,
	}
	for in, msg := range cases {
		_, _, err := ParseRelationship("persons.2.relationship", in)
		assertInvalid(t, err, "persons.2.relationship", nil, msg)
	}
}

func TestRelationship_sexOfTheTerm(t *testing.T) {
	for in, want := range map[string]string{"妻": SexFemale, "子の夫": SexMale, "子": "", "妻の母": SexFemale, "同居人": ""} {
		r, _, _ := ParseRelationship("", in)
		if r.Sex() != want {
			t.Errorf("%s.Sex() = %q, want %q", in, r.Sex(), want)
		}
	}
}

func TestRelationship_JSON(t *testing.T) {
	r, _, _ := ParseRelationship("", "妻（未届）の子")
	b, err := json.Marshal(r)
	if err != nil || string(b) != `{"kind":"family","path":["妻（未届）","子"]}` {
		t.Fatalf("marshal = %s, %v", b, err)
	}
	var back Relationship
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
		t.Errorf("unmarshal = %v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"kind":"family","path":["叔父"]}`), &back); err == nil {
		t.Error("unknown kin must not unmarshal")
	}
}
