package ocr

import (
	"testing"
	"time"
)

func TestParseDateText_repairsWhatOCRGetsWrong(t *testing.T) {
	clock = func() time.Time { return time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC) }
	defer func() { clock = time.Now }()
	for _, c := range []struct{ raw, key, want string }{
		{"昭和６０年４月１２日", KeyBirthDate, "1985-04-12"},
		{"昭和51年97月31日", KeyBirthDate, "1976-07-31"},  // 0 read as 9: the only plausible repair
		{"1895年12月31日", KeyBirthDate, "1985-12-31"},  // neighbours swapped at low resolution
		{"令和7年5月26E", KeyMoveOutDate, "2025-05-26"},  // 日 read as E
		{"|信和7年5月16日", KeyMoveOutDate, "2025-05-16"}, // 令和 misread; only 令和7 is near today
		{"昭和43年1102", KeyBirthDate, ""},              // no 月/日: not a date here
	} {
		d, ok := parseDateText(c.raw, plausibleFor(c.key))
		got := ""
		if ok {
			got = d.ISO()
		}
		if got != c.want {
			t.Errorf("parseDateText(%q) = %q, want %q", c.raw, got, c.want)
		}
	}
}

// A repaired date is a guess: 平成91年 is 平成19年 with two digits swapped or 平成01年 with 0 read as 9.
func TestRepairDateText_A3_aRepairIsReported(t *testing.T) {
	clock = func() time.Time { return time.Date(2025, 6, 2, 12, 0, 0, 0, time.UTC) }
	defer func() { clock = time.Now }()
	for _, c := range []struct {
		raw      string
		repaired bool
	}{
		{"平成01年01月29日", false},
		{"平成91年01月29日", true},
		{"昭和51年97月31日", true},
		{"1895年12月31日", true},
	} {
		_, ok, repaired := repairDateText(c.raw, plausibleFor(KeyBirthDate))
		if !ok || repaired != c.repaired {
			t.Errorf("repairDateText(%q): ok %v repaired %v, want repaired %v", c.raw, ok, repaired, c.repaired)
		}
	}
}

func TestRepairPeriod_A3_noPeriodOverFiveYears(t *testing.T) {
	for _, c := range []struct {
		raw, want string
		doubt     bool
	}{
		{"3年", "0300000", false},
		{"4年3月", "0403000", false},
		{"9年", "0900000", true}, // 3年 and 4年 are both one confusion away: kept as read, held
	} {
		p, doubt, err := repairPeriod(c.raw)
		if err != nil || p.Code() != c.want || doubt != c.doubt {
			t.Errorf("repairPeriod(%q) = %s doubt %v err %v, want %s doubt %v", c.raw, p.Code(), doubt, err, c.want, c.doubt)
		}
	}
}

func TestParseCardPeriod_readsTheResidenceCardBox(t *testing.T) {
	for _, c := range []struct{ raw, code, expiry string }{
		{"4年3月（2018年10月20日）", "0403000", "2018-10-20"},
		{"4年3月(2018年10月20昌)|", "0403000", "2018-10-20"},
		{"4年3月(2018箇10月20日)", "0403000", "2018-10-20"},
		{"4年3月(2018年19月20日)", "0403000", "2018-10-20"},
	} {
		cp, err := parseCardPeriod(c.raw)
		if err != nil || cp.Period.Code() != c.code || cp.Expiry.ISO() != c.expiry {
			t.Errorf("parseCardPeriod(%q) = %v %v", c.raw, cp, err)
		}
	}
}

// The address's own words misread in a way no address is written (十目, 番好, a digit then 旨, 一 between
// digits) are put back (A3).
func TestNormaliseAddress_A3_fixesChomeAndDigits(t *testing.T) {
	for raw, want := range map[string]string{
		"福岡県小郡市三国が丘3十目1番2 0号":   "福岡県小郡市三国が丘３丁目１番２０号",
		"東京都千代田区霞が関1丁目1番1号202二": "東京都千代田区霞が関１丁目１番１号２０２号",
		"福岡県久留米市東町 3 1番地2 0":    "福岡県久留米市東町３１番地２０",
		// 地 and 号 as 好 and 旨 on a 運転免許証 under uneven light.
		"福岡県久留米市野中町1050番好10":           "福岡県久留米市野中町１０５０番地１０",
		"佐賀県鳥栖市弥生が丘3丁目15番14号コーポ松原503旨": "佐賀県鳥栖市弥生が丘３丁目１５番１４号コーポ松原５０３号",
		// 丁 as 二 on a マイナンバーカード under uneven light (accepted at 0.93 before).
		"福岡県太宰府市観世音寺5二目23番20号": "福岡県太宰府市観世音寺５丁目２３番２０号",
		// A block number's dash as 一 and ー (２１４１一１ was accepted at 0.98).
		"福岡県久留米市国分町2141一1":  "福岡県久留米市国分町２１４１－１",
		"福岡県小郡市小郡1ー2ー3":     "福岡県小郡市小郡１－２－３",
		"福岡県小郡市小郡１２３ーハイツ一２": "福岡県小郡市小郡１２３ーハイツ一２",
	} {
		if got := normaliseAddress(raw); got != want {
			t.Errorf("normaliseAddress(%q) = %q, want %q", raw, got, want)
		}
	}
}

func TestFixCardNumber_appliesTheShape(t *testing.T) {
	if got, ok := fixCardNumber("A8I2345678CO"); !ok || got != "AB12345678CO" {
		t.Errorf("fixCardNumber = %q %v", got, ok)
	}
	if _, ok := fixCardNumber("AB1234567CD"); ok {
		t.Error("11 characters accepted")
	}
}

func TestSnap_vocabularies(t *testing.T) {
	if v, c := snap("就労不可", workRestrictionVocab); v != "就労不可" || c != 1 {
		t.Errorf("exact: %q %.2f", v, c)
	}
	if v, c := snap("式労不可", workRestrictionVocab); v != "就労不可" || c < 0.8 {
		t.Errorf("one edit: %q %.2f", v, c)
	}
	if v, _ := snapStatus("技術人文知識国際業務"); v != "技術・人文知識・国際業務" {
		t.Errorf("status: %q", v)
	}
}

func TestJoinSymbols_splitsNameAtTheWidestGap(t *testing.T) {
	sym := func(s string, x0, x1 int) symbol { return symbol{Text: s, Box: rect(x0, x1)} }
	syms := []symbol{sym("サ", 0, 30), sym("イ", 36, 66), sym("ト", 80, 100), sym("ウ", 110, 138), sym("ジ", 180, 210), sym("ロ", 216, 246), sym("ウ", 252, 280)}
	if got := joinSymbols(syms, false, gapFor(KindKana)); got != "サイトウ　ジロウ" {
		t.Errorf("joinSymbols = %q", got)
	}
}
