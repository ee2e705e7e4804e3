package ocr

import (
	"testing"

	"github.com/kakanai/kakanai/internal/moji"
)

func namesEngine() *Engine {
	return &Engine{opts: Options{Names: NewNameReadings(moji.Default())}}
}

// The fast model turns 隆 into 職 or 降 at ≥ 0.9; a 筆頭者 has no フリガナ to check it with, so a kanji name the
// name dictionary does not know goes to review.
func TestCrossCheck_A3_unknownKanjiNameIsNotAutoAccepted(t *testing.T) {
	e := namesEngine()
	for _, c := range []struct {
		name   string
		accept bool
	}{
		{"渡辺　隆", true}, {"渡辺　職", false}, {"渡辺　降", false}, {"田店　拓也", false},
		{"田邉　拓也", true}, {"𠮷田　蓮", true}, {"今村　次郎", true},
		{"渡辺　さくら", true}, // a part with kana is not judged
	} {
		res := &Result{DocumentType: KosekiFuhyo, Fields: map[string]Field{KeyDomicileHead: {Value: c.name, Confidence: 0.95}}}
		e.crossCheck(res)
		if got := res.Fields[KeyDomicileHead].Confidence >= AutoAcceptThreshold; got != c.accept {
			t.Errorf("%s: auto-accepted %v, want %v", c.name, got, c.accept)
		}
	}
}

// A known name whose フリガナ is none of its readings: one mora off or doubled, the フリガナ is held for review;
// farther off, either may be misread and both are.
func TestCrossCheck_A1_nameAgainstFurigana(t *testing.T) {
	e := namesEngine()
	for _, c := range []struct {
		name, kana             string
		acceptName, acceptKana bool
	}{
		{"渡辺　隆", "ワタナベ　タカシ", true, true},
		{"渡辺　職", "ワタナベ　タカシ", false, true}, // 職 is no name: only the name is held
		{"渡辺　隆", "ワタナベ　タタカシ", true, false},
		{"田邉　友子", "タタナベベ　トトモコ", true, false},
		{"加藤　結衣", "カトウ　コイ", true, false},
		{"岡本　信也", "オカモト　シン", true, false},
		{"渡辺　和子", "ワタナベ　トモコ", false, false},
		{"加藤　京子", "カトウ　キヨウコ", true, true}, // large kana for small ones, as older certificates print
		{"今村　菜々", "イマムラ　ナナ", true, true},
	} {
		res := &Result{DocumentType: MoveOutCertificate, Persons: []map[string]Field{{
			KeyFullName: {Value: c.name, Confidence: 0.95}, KeyFullNameKana: {Value: c.kana, Confidence: 0.95},
		}}}
		e.crossCheck(res)
		p := res.Persons[0]
		if got := p[KeyFullName].Confidence >= AutoAcceptThreshold; got != c.acceptName {
			t.Errorf("%s / %s: name auto-accepted %v, want %v", c.name, c.kana, got, c.acceptName)
		}
		if got := p[KeyFullNameKana].Confidence >= AutoAcceptThreshold; got != c.acceptKana {
			t.Errorf("%s / %s: kana auto-accepted %v, want %v", c.name, c.kana, got, c.acceptKana)
		}
		if warned := len(res.Warnings) > 0; warned != !c.acceptKana {
			t.Errorf("%s / %s: warnings %v", c.name, c.kana, res.Warnings)
		}
	}
}
