package ocr

import (
	"strings"
	"unicode"
)

// A 特別永住者証明書 prints the holder's name twice: romanised and in kanji (漢字氏名). Most holders are Korean, and
// their surnames are kanji Debian's fast jpn model has no output for (崔, 姜, 尹, 裴 …) or misreads in a blurred or
// low-resolution print (鄭 came back as 卿, 郷 and 引 on the benchmark). The romanisation names the surname: JEONG
// is 鄭 or 丁, never 卿. So the surname's glyph is compared with the kanji its romanisation stands for, and one of
// them replaces the reading only where the glyph says so, as with a variant form (verify).

// romanisedSurnames maps a surname as passports and residence cards romanise it to the kanji it is written with
// in Japan: Korean surnames in Revised Romanisation and the older spellings still common on passports, and Chinese
// surnames in pinyin, each with its Japanese character form (鄭 not 郑). Compiled from general knowledge of the
// most common surnames (the Korean ones listed cover most of the population); a surname missing here is read as
// before.
var romanisedSurnames = map[string]string{
	// Korean
	"KIM": "金", "GIM": "金", "LEE": "李", "RHEE": "李", "YI": "李", "RI": "李", "PARK": "朴", "PAK": "朴", "BAK": "朴",
	"CHOI": "崔", "CHOE": "崔", "JEONG": "鄭丁", "JUNG": "鄭丁", "CHUNG": "鄭丁", "CHONG": "鄭丁",
	"KANG": "姜康", "GANG": "姜康", "CHO": "趙曺", "JO": "趙曺", "YOON": "尹", "YUN": "尹", "JANG": "張",
	"CHANG": "張", "LIM": "林任", "IM": "林任", "HAN": "韓", "OH": "呉", "SEO": "徐", "SUH": "徐", "SHIN": "申辛",
	"SIN": "申辛", "KWON": "権", "GWON": "権", "HWANG": "黄", "AHN": "安", "AN": "安", "SONG": "宋",
	"JEON": "全田", "CHUN": "全千", "JUN": "全", "HONG": "洪", "YOO": "柳兪劉", "YU": "柳兪劉余于", "RYU": "柳",
	"KO": "高", "KOH": "高", "GO": "高", "MOON": "文", "MUN": "文", "YANG": "梁楊", "SON": "孫", "SOHN": "孫",
	"BAE": "裴", "PAE": "裴", "BAEK": "白", "PAIK": "白", "HEO": "許", "HUH": "許", "NAM": "南", "SHIM": "沈",
	"SIM": "沈", "NOH": "盧", "ROH": "盧", "HA": "河", "KWAK": "郭", "GWAK": "郭", "SUNG": "成", "SEONG": "成",
	"CHA": "車", "KOO": "具", "KU": "具", "GU": "具", "WOO": "禹", "WU": "禹呉", "JOO": "朱周", "JU": "朱周",
	"NA": "羅", "RA": "羅", "MIN": "閔", "JIN": "陳秦", "JI": "池", "CHI": "池", "EOM": "厳", "UM": "厳",
	"WON": "元", "CHAE": "蔡", "CHEON": "千", "BANG": "方", "YEOM": "廉", "BYUN": "卞", "BYEON": "卞",
	"YEO": "呂", "CHOO": "秋", "DO": "都", "SEOK": "石", "PYO": "表", "GIL": "吉", "KIL": "吉",
	// Chinese (pinyin)
	"WANG": "王汪", "LI": "李黎", "ZHANG": "張章", "LIU": "劉柳", "CHEN": "陳", "HUANG": "黄", "ZHAO": "趙",
	"ZHOU": "周", "XU": "徐許", "SUN": "孫", "MA": "馬", "ZHU": "朱", "HU": "胡", "GUO": "郭", "HE": "何",
	"LIN": "林", "LUO": "羅", "GAO": "高", "ZHENG": "鄭", "LIANG": "梁", "XIE": "謝", "TANG": "唐",
	"FENG": "馮", "DENG": "鄧", "CAO": "曹", "PENG": "彭", "ZENG": "曾", "XIAO": "蕭肖", "TIAN": "田",
	"DONG": "董", "PAN": "潘", "YUAN": "袁", "CAI": "蔡", "JIANG": "蒋江姜", "DU": "杜", "YE": "葉",
	"CHENG": "程", "WEI": "魏", "SU": "蘇", "LU": "呂盧陸", "DING": "丁", "REN": "任", "SHEN": "沈",
	"YAO": "姚", "CUI": "崔",
}

// surnameKanji returns the kanji a romanised name's surname (its first word) is written with, or nil.
func surnameKanji(roman string) []rune {
	first, _, _ := strings.Cut(strings.TrimSpace(strings.ReplaceAll(roman, ",", " ")), " ")
	return []rune(romanisedSurnames[first])
}

// agreeRomanisedSurname compares, in each person slot that holds both a romanised name and a kanji name whose
// surname is one character, that character's glyph with the kanji the romanised surname stands for; the best of
// them replaces the reading where the glyph says so by verify's margin. A surname that already is one of them is
// left as read.
func (e *Engine) agreeRomanisedSurname(reads []*fieldRead) {
	if e.opts.DisableVariants || e.glyph == nil {
		return
	}
	roman := map[int]string{}
	for _, fr := range reads {
		if fr == nil || fr.empty || fr.job.def.Key != KeyRomanName || fr.job.slot < 0 {
			continue
		}
		if v, ok := fr.values[KeyRomanName]; ok {
			roman[fr.job.slot] = v.Value
		}
	}
	for _, fr := range reads {
		if fr == nil || fr.empty || fr.job.def.Key != KeyFullName || fr.line.src == nil {
			continue
		}
		v, ok := fr.values[KeyFullName]
		if !ok {
			continue
		}
		want := surnameKanji(roman[fr.job.slot])
		if rs := []rune(v.Value); len(want) > 0 && len(rs) >= 2 && !strings.Contains(v.Value, "　") &&
			containsRune(want, rs[0]) && strings.Contains(strings.TrimSpace(roman[fr.job.slot]), " ") {
			// 尹美恵: the gap after a one-kanji surname was too narrow to read as one; the romanised name says
			// where the surname ends.
			v.Value = string(rs[0]) + "　" + string(rs[1:])
			fr.values[KeyFullName] = v
		}
		read := oneKanjiSurname(v.Value)
		if len(want) == 0 || read == 0 || containsRune(want, read) {
			continue
		}
		got, c, undo := e.verifyNameWith(fr, v.Value, func(r rune) []rune {
			if r == read {
				return want
			}
			return nil
		})
		if containsRune(want, oneKanjiSurname(got)) {
			fr.values[KeyFullName] = Field{Value: got, Confidence: round3(clamp01(c)), Box: v.Box}
			continue
		}
		undo()
	}
}

// oneKanjiSurname returns the surname of a kanji name written 「姓　名」 when it is a single kanji, or 0.
func oneKanjiSurname(name string) rune {
	family, _, ok := strings.Cut(name, "　")
	rs := []rune(family)
	if !ok || len(rs) != 1 || !unicode.Is(unicode.Han, rs[0]) {
		return 0
	}
	return rs[0]
}
