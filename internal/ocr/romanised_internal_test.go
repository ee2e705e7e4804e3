package ocr

import "testing"

func TestSurnameKanji(t *testing.T) {
	for roman, want := range map[string]string{
		"JEONG HYEJIN": "鄭丁", "CHOI, JIWON": "崔", "KIM YONGNAM": "金", "WANG WEI": "王汪",
		"NGUYEN VAN AN": "", "": "", "SMITH JAMES": "",
	} {
		if got := string(surnameKanji(roman)); got != want {
			t.Errorf("surnameKanji(%q) = %q, want %q", roman, got, want)
		}
	}
}

func TestOneKanjiSurname(t *testing.T) {
	for name, want := range map[string]rune{
		"鄭　恵珍": '鄭', "卿　恵珍": '卿', "田中　蓮": 0, "鄭恵珍": 0, "ア　イ": 0, "": 0,
	} {
		if got := oneKanjiSurname(name); got != want {
			t.Errorf("oneKanjiSurname(%q) = %q, want %q", name, got, want)
		}
	}
}
