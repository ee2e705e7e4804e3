package kana_test

import (
	"testing"

	"github.com/kakanai/kakanai/internal/moji/kana"
)

func TestHalfToFull_composesSoundMarks(t *testing.T) {
	for in, want := range map[string]string{
		"ｵｺﾞｵﾘ": "オゴオリ", "ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ": "パピプペポ", "ﾂﾞﾃﾞﾄﾞ": "ヅデド", "ｳﾞ": "ヴ", "ﾒｲｴｷ(ｺｳｿｳﾄｳ)1ｶｲ": "メイエキ（コウソウトウ）1カイ",
		"漢字": "漢字",
	} {
		if got := kana.HalfToFull(in); got != want {
			t.Errorf("%s → %s, want %s", in, got, want)
		}
	}
}

func TestScripts(t *testing.T) {
	if got := kana.ToHiragana("オゴオリシ"); got != "おごおりし" {
		t.Error(got)
	}
	if got := kana.ToKatakana("おごおり"); got != "オゴオリ" {
		t.Error(got)
	}
	if r, _ := kana.Initial("ッタ"); r != 'つ' {
		t.Errorf("initial %c", r)
	}
	if kana.Unvoiced('ぶ') != 'ふ' || kana.Unvoiced('ぱ') != 'は' || kana.Unvoiced('ど') != 'と' || kana.Unvoiced('か') != 'か' {
		t.Error("Unvoiced")
	}
}

func TestFromRomaji(t *testing.T) {
	for in, want := range map[string]string{
		"taka": "たか", "shinbashi": "しんばし", "shimbashi": "しんばし", "kitte": "きって", "matcha": "まっちゃ",
		"Ogōri": "おごうり", "fukuoka": "ふくおか", "kon'ya": "こんや", "tsu": "つ", "jyo": "じょ", "hu": "ふ",
	} {
		got, ok := kana.FromRomaji(in)
		if !ok || got != want {
			t.Errorf("%s → %s (%v), want %s", in, got, ok, want)
		}
	}
	if _, ok := kana.FromRomaji("qqq1"); ok {
		t.Error("nonsense accepted")
	}
}
