package ocr

import (
	"context"
	"time"

	"fmt"
	"github.com/otiai10/gosseract/v2"
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/kakanai/kakanai/internal/juki"
)

// interpret turns the raw text of a field into normalised values with confidences (issue 5 item 5 forms).
func (e *Engine) interpret(ctx context.Context, fr *fieldRead) {
	def := fr.job.def
	raw := fr.raw
	tc := tessConfidence(fr.syms)
	fr.values = map[string]Field{}
	checked := false // the value passed a check beyond Tesseract's own confidence
	defer func() {
		switch {
		case len(fr.values) == 0:
			fr.level = 0
		case checked:
			fr.level = 2
		default:
			fr.level = 1
		}
	}()
	set := func(key, v string, c float64) {
		if v == "" {
			return
		}
		fr.values[key] = Field{Value: v, Confidence: round3(clamp01(c)), Box: fr.box}
	}
	switch def.Kind {
	case KindName:
		v := normaliseName(raw)
		c := tc
		if !e.opts.DisableVariants && e.glyph != nil && fr.line.img != nil && !hasLatin(raw) {
			fr.openHold = nil
			v, c = e.glyph.verifyName(fr, v)
		}
		if hasLatin(v) && !hasCJK(v) {
			v = normaliseRoman(v)
		}
		if notAName(v) {
			c = math.Min(c, 0.5)
		}
		if strings.ContainsAny(raw, strokeMarks) {
			// 三 read as "=" at 0.97 and left out: 浦　康弘 for 三浦　康弘.
			c = math.Min(c, reviewCap)
		}
		checked = c >= 0.85
		set(def.Key, v, c)
	case KindKana:
		v, c := normaliseKana(raw), tc
		if !e.opts.DisableVariants && fr.line.img != nil {
			v, c = e.glyph.verifyKana(fr, v)
		}
		if droppedCharacter(raw) {
			// A kanji or digit in a フリガナ stood for kana that are not in the value (ワタ名べ: ワタベ for ワタナベ).
			c = math.Min(c, reviewCap)
		}
		checked = c >= 0.85
		set(def.Key, v, c)
	case KindRoman:
		checked = tc >= 0.85
		set(def.Key, normaliseRoman(raw), tc)
	case KindDate:
		d, ok, repaired := repairDateText(raw, plausibleFor(def.Key))
		verdict, byGlyph := checkDateGlyphs(fr.line, raw, def.Font)
		if gd, gok, grep := repairDateText(byGlyph, plausibleFor(def.Key)); byGlyph != "" && gok && !grep &&
			(!ok || repaired || verdict == dateGlyphDisagrees) {
			// The digits as the glyphs read them make a date as printed: better than a repair or an impossible
			// reading, still held for review.
			d, ok, repaired = gd, true, true
		}
		switch {
		case ok && (repaired || verdict == dateGlyphDisagrees):
			// A guess, or a digit dropped or confused: read again from the other preparations, held for review.
			set(def.Key, d.ISO(), math.Min(dateConfidence(tc, fr.syms), reviewCap))
		case ok:
			checked = true
			set(def.Key, d.ISO(), dateConfidence(tc, fr.syms))
		default:
			if d, ok := e.dateFromDigits(ctx, fr); ok {
				set(def.Key, d.ISO(), 0.8)
			} else {
				set(def.Key, compactText(raw), tc*0.4)
			}
		}
	case KindAddress:
		v := normaliseAddress(raw)
		fixed, dc := e.opts.Addresses.CorrectAddress(v)
		c := addressConfidence(tc, dc, fr.syms)
		if alt, odd := oddAddressEnding(fixed); odd {
			// 号 after a room number read as a character no address ends with (３０８是, １０呈): 号 where the
			// glyphs find it there, held for review either way.
			c = math.Min(c, reviewCap)
			if verdict, _ := checkTrailingNumber(fr.line, alt, def.Font); verdict != dateGlyphUnknown {
				fixed = alt
			}
		}
		if verdict, byGlyph := checkTrailingNumber(fr.line, fixed, def.Font); verdict == dateGlyphDisagrees {
			// A digit added to or lost from the number before 号: the glyphs' count, held for review.
			if byGlyph != "" {
				fixed = byGlyph
			}
			c = math.Min(c, reviewCap)
		}
		if v, changed := smallPrintAddress(fr.line, fixed, def.Font); changed {
			// Characters the print at its few pixels shows differently: held for review.
			fixed, c = v, math.Min(c, reviewCap)
		}
		if v, changed := buildingWordAddress(fr.line, fr.syms, fixed, def.Font); changed {
			// A building word the print confirms where the recogniser slipped on a kana: held for review.
			fixed, c = v, math.Min(c, reviewCap)
		} else if markAwayFromBuildingWord(fixed) {
			// コーボ松原 at 0.97 for コーポ松原 (200 dpi), not confirmed either way by the print: held.
			c = math.Min(c, reviewCap)
		}
		checked = dc >= 0.85
		set(def.Key, fixed, c)
	case KindDigits:
		v, c, w := e.readIdentifier(ctx, fr, def.Key)
		fr.warning = w
		checked = c >= 0.9
		set(def.Key, v, c)
	case KindCardNumber:
		if fixed, moved := reorderBySymbolBoxes(fr.syms); moved {
			raw = fixed
		}
		v, ok := fixCardNumber(raw)
		c := tc
		// Each character checked against its glyph: the number has no check digit, and at low resolution the
		// line recogniser swaps neighbours (AB12435678CD).
		letters := []rune("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		gv, margin, gok := classifyCells(fr.line, 12, func(i int) []rune {
			if i < 2 || i >= 10 {
				return letters
			}
			return digitRunes
		}, "mincho")
		if gok {
			switch {
			case gv == v:
				c = math.Max(c, 0.95)
			case margin >= 0.05:
				v, ok, c = gv, true, 0.8
			default:
				c = math.Min(c, 0.7)
			}
		} else {
			// Unconfirmed by the glyphs (too small to cut into cells): the recogniser's own confidence is no
			// check, and a swapped pair reads at 0.97 — never accept such a number without a look.
			c = math.Min(c, 0.85)
		}
		if !ok {
			c *= 0.5
		}
		checked = ok && tc >= 0.8
		set(def.Key, v, c)
	case KindSex:
		v, c := snapSex(raw)
		gv, gs, gm := classifyVocab(fr.line, sexVocab, def.Font)
		switch {
		case gv != "" && gv == v:
			c = math.Max(c, 0.97)
		case gv != "" && gs >= 0.6 && gm >= 0.1:
			v, c = gv, 0.85
		default:
			c *= tcOr1(tc)
		}
		checked = c >= 0.95
		set(def.Key, v, c)
	case KindRelationship:
		vocab := relationshipVocab
		if def.Label == "父母との続柄" {
			vocab = kosekiRelationshipVocab
		}
		v, c := snap(compactKeepParens(raw), vocab)
		c *= tcOr1(tc)
		if c < 0.95 || len([]rune(v)) <= 2 {
			gv, gs, gm := classifyVocab(fr.line, vocab, def.Font)
			switch {
			case gv != "" && gv == v:
				c = math.Max(c, 0.95)
			case gv != "" && gs >= 0.6 && gm >= 0.08:
				v, c = gv, math.Min(0.9, 0.7+gm)
			}
		}
		checked = c >= 0.9
		set(def.Key, v, c)
	case KindNationality:
		v, c := snap(compactText(stripLatin(raw)), nationalityVocab)
		v, c = vocabByGlyph(fr, v, c*tcOr1(tc), nationalityVocab)
		checked = c >= 0.9
		set(def.Key, v, c)
	case KindResidenceStatus:
		v, c := snapStatus(stripLatin(raw))
		v, c = vocabByGlyph(fr, v, c*tcOr1(tc), residenceStatusVocab)
		checked = c >= 0.9
		set(def.Key, v, c)
	case KindWorkRestriction:
		v, c := snap(compactText(stripLatin(raw)), workRestrictionVocab)
		v, c = phraseByGlyph(fr, v, c*tcOr1(tc), workRestrictionVocab)
		checked = c >= 0.85
		set(def.Key, v, c)
	case KindPeriod:
		p, doubt, err := repairPeriod(fixPeriodText(raw))
		if err == nil && !p.IsZero() && doubt {
			set(def.Key, p.Code(), math.Min(tc, reviewCap))
		} else if err == nil && !p.IsZero() {
			checked = true
			set(def.Key, p.Code(), tc)
		} else if err == nil {
			set(def.Key, "0000000", tc*0.8)
		}
	case KindCardPeriod:
		cp, err := parseCardPeriod(raw)
		if err == nil {
			checked = true
			pc := tc
			if p, doubt := checkPeriod(cp.Period); doubt {
				cp.Period, pc, checked = p, math.Min(tc, reviewCap), false
			}
			if !cp.Period.IsZero() {
				set(KeyPeriodOfStay, cp.Period.Code(), pc)
			}
			if !cp.Expiry.IsZero() {
				set(KeyPeriodExpiry, cp.Expiry.ISO(), dateConfidence(tc, fr.syms))
			}
		} else {
			fr.warning = "在留期間（満了日）を読み取れませんでした"
		}
	case KindExpiry:
		if d, ok := findDate(raw); ok {
			checked = true
			set(def.Key, d.ISO(), dateConfidence(tc, fr.syms))
		} else if d, ok := e.dateFromDigits(ctx, fr); ok {
			set(def.Key, d.ISO(), 0.8)
		}
	case KindNote:
		if d, addr, ok := parseNote(raw); ok {
			fixed, dc := e.opts.Addresses.CorrectAddress(addr)
			c := addressConfidence(tc, dc, fr.syms) * 0.95
			if v, changed := buildingWordAddress(fr.line, fr.syms, fixed, def.Font); changed || markAwayFromBuildingWord(fixed) {
				fixed, c = v, math.Min(c, reviewCap)
			}
			set(KeyAddress, fixed, c)
			_ = d
		} else if len([]rune(compactText(raw))) >= unreadNoteMinChars && !strings.Contains(raw, "本籍") &&
			!strings.Contains(raw, "氏名") {
			// A 備考 line with text but no address made out (and no change of 本籍 or 氏名): if it is the newest
			// change of address, the address above it is out of date (see assemble).
			fr.unreadNote = true
		}
	case KindIssuer, KindText:
		set(def.Key, strings.TrimSpace(raw), tc)
	}
}

func round3(v float64) float64 { return float64(int(v*1000+0.5)) / 1000 }

func clamp01(v float64) float64 {
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

func tcOr1(c float64) float64 {
	if c <= 0 {
		return 1
	}
	return 0.5 + c/2
}

// tessConfidence combines Tesseract's symbol confidences: the mean pulled towards the weakest symbol, because
// one wrong character makes the whole field wrong.
func tessConfidence(syms []symbol) float64 {
	if len(syms) == 0 {
		return 0
	}
	sum, lo := 0.0, 100.0
	for _, s := range syms {
		sum += s.Conf
		lo = min(lo, s.Conf)
	}
	mean := sum / float64(len(syms))
	return (0.4*mean + 0.6*lo) / 100
}

func dateConfidence(tc float64, syms []symbol) float64 {
	// A parsed date is a strong check of its shape; the digits still need Tesseract to be sure of them.
	lo := 100.0
	for _, s := range syms {
		if isDigitRune([]rune(s.Text)[0]) {
			lo = min(lo, s.Conf)
		}
	}
	return clamp01(0.55 + 0.45*lo/100)
}

func addressConfidence(tc, dict float64, syms []symbol) float64 {
	return clamp01(tc*0.7 + dict*0.3)
}

func isDigitRune(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

func hasLatin(s string) bool {
	for _, r := range s {
		if (r >= 'A' && r <= 'Z') || (r >= 'a' && r <= 'z') {
			return true
		}
	}
	return false
}

func hasCJK(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// foldASCII folds full-width ASCII to half-width and the ideographic space to a space.
func foldASCII(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFEE0
		case r == '\u3000':
			return ' '
		}
		return r
	}, s)
}

// normaliseName keeps CJK and kana, makes the largest gap the one full-width space between 氏 and 名.
func normaliseName(raw string) string {
	if hasLatin(raw) && !hasCJK(raw) {
		return normaliseRoman(raw)
	}
	parts := strings.FieldsFunc(raw, func(r rune) bool { return unicode.IsSpace(r) })
	clean := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) || r == 'ー' || r == '々' || r == 'ヶ' {
				return r
			}
			return -1
		}, s)
	}
	var kept []string
	for _, p := range parts {
		if c := clean(p); c != "" {
			kept = append(kept, kanjiLookalikes(c))
		}
	}
	switch len(kept) {
	case 0:
		return ""
	case 1:
		return kept[0]
	}
	// More than one gap: the first one separates 氏 and 名 in every layout we print.
	return kept[0] + "　" + strings.Join(kept[1:], "")
}

// katakanaAsKanji maps katakana that look like kanji (江ロ for 江口): inside a name part that has kanji, they are.
var katakanaAsKanji = map[rune]rune{'ロ': '口', 'カ': '力', 'ニ': '二', 'エ': '工', 'ト': '卜', 'ハ': '八', 'タ': '夕', 'ヒ': '匕', 'ミ': '三', 'オ': '才'}

func kanjiLookalikes(part string) string {
	rs := []rune(part)
	han := false
	for _, r := range rs {
		if unicode.Is(unicode.Han, r) {
			han = true
		}
	}
	if !han {
		return part
	}
	for i, r := range rs {
		if k, ok := katakanaAsKanji[r]; ok {
			rs[i] = k
		}
	}
	return string(rs)
}

// kanaLookalikes maps what Tesseract returns for katakana in a フリガナ line.
var kanaLookalikes = map[rune]rune{
	'一': 'ー', '－': 'ー', '-': 'ー', '—': 'ー', '‐': 'ー', '―': 'ー', '口': 'ロ', '二': 'ニ', '八': 'ハ', '力': 'カ',
	'夕': 'タ', '工': 'エ', '才': 'オ', '卜': 'ト', '匕': 'ヒ', '入': 'ス', '千': 'チ', '三': 'ミ', 'ﾛ': 'ロ',
}

// normaliseKana returns katakana with the one full-width space: hiragana look-alikes (へ/ヘ, べ/ベ, り/リ) become
// katakana, kanji look-alikes (口→ロ, 二→ニ, 力→カ) too.
func normaliseKana(raw string) string {
	parts := strings.FieldsFunc(raw, unicode.IsSpace)
	var kept []string
	for _, p := range parts {
		var b strings.Builder
		for _, r := range p {
			if m, ok := kanaLookalikes[r]; ok {
				r = m
			}
			if r >= 'ぁ' && r <= 'ゖ' {
				r += 'ァ' - 'ぁ'
			}
			if unicode.In(r, unicode.Katakana) || r == 'ー' {
				b.WriteRune(r)
			}
		}
		if b.Len() > 0 {
			kept = append(kept, largeInitialKana(b.String()))
		}
	}
	if len(kept) == 0 {
		return ""
	}
	if len(kept) == 1 {
		return kept[0]
	}
	return kept[0] + "　" + strings.Join(kept[1:], "")
}

// strokeMarks are marks no name is written with that a horizontal stroke is read as (三 as =, 一 as -);
// normaliseName leaves them out.
const strokeMarks = "=＝-－_＿—―‐~〜"

// droppedCharacter reports whether a フリガナ as read holds a kanji or a digit, which normaliseKana leaves out.
func droppedCharacter(raw string) bool {
	return strings.ContainsFunc(raw, func(r rune) bool {
		if m, ok := kanaLookalikes[r]; ok {
			r = m
		}
		return unicode.Is(unicode.Han, r) || unicode.IsDigit(r)
	})
}

// smallKana maps the small kana to their full-size forms.
var smallKana = map[rune]rune{'ァ': 'ア', 'ィ': 'イ', 'ゥ': 'ウ', 'ェ': 'エ', 'ォ': 'オ', 'ッ': 'ツ', 'ャ': 'ヤ', 'ュ': 'ユ', 'ョ': 'ヨ', 'ヮ': 'ワ'}

// largeInitialKana makes the first kana of a name part full size: no reading starts with a small kana, and on a
// blurred or photographed line the recogniser (and the glyph check, which compares shapes scaled to the cell)
// tells オ from ォ by size alone.
func largeInitialKana(part string) string {
	r := []rune(part)
	if big, ok := smallKana[r[0]]; ok {
		r[0] = big
	}
	return string(r)
}

// normaliseRoman returns upper-case Latin words separated by single spaces.
func normaliseRoman(raw string) string {
	s := strings.ToUpper(foldASCII(raw))
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z', r == ' ', r == ',', r == '-', r == '\'':
			return r
		case r == '0':
			return 'O'
		case r == '1':
			return 'I'
		case r == '5':
			return 'S'
		case r == '8':
			return 'B'
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

var (
	eraFix = []struct{ from, to string }{
		{"召和", "昭和"}, {"照和", "昭和"}, {"昭利", "昭和"}, {"明和", "昭和"}, {"昭私", "昭和"}, {"晴和", "昭和"},
		{"平戌", "平成"}, {"平感", "平成"}, {"半成", "平成"}, {"乎成", "平成"},
		{"合和", "令和"}, {"今和", "令和"}, {"令利", "令和"}, {"会和", "令和"},
		{"大止", "大正"}, {"明冶", "明治"},
	}
	dateFindRe = regexp.MustCompile(`((?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日|\d{4}[./-]\d{1,2}[./-]\d{1,2})`)
)

// cleanDateText folds widths, removes spaces, fixes era misreads and the usual digit confusions in dates.
func cleanDateText(raw string) string {
	s := foldASCII(raw)
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\t':
			return -1
		case 'O', 'o', 'D':
			return '0'
		case 'l', 'I', '|', ']', '[':
			return '1'
		case 'S':
			return '5'
		case '曰', '目', '昌', '白', '臼':
			return '日'
		case '什':
			return '年'
		}
		return r
	}, s)
	for _, f := range eraFix {
		s = strings.ReplaceAll(s, f.from, f.to)
	}
	// A final 日 read as a Latin letter at low resolution (5月26E).
	return dayEndRe.ReplaceAllString(s, "${1}日")
}

var dayEndRe = regexp.MustCompile(`(\d)[EBHＥ]$`)

// parseDateText reads a printed date: 和暦, 西暦, with a trailing 生 (免許証) or まで有効. A date that does not
// exist (昭和51年97月31日) is repaired when exactly one usual digit confusion makes it valid; an era name with
// one character misread (信和7年) is tried as each era sharing the other character.
func parseDateText(raw string, plausible ...func(juki.Date) bool) (juki.Date, bool) {
	d, ok, _ := repairDateText(raw, plausible...)
	return d, ok
}

// repairDateText is parseDateText that also reports (third result) whether the date was repaired rather than
// read as printed: a repair is a guess (平成91年 is 平成19年 swapped or 平成01年 with 0 read as 9), never accepted without a look.
func repairDateText(raw string, plausible ...func(juki.Date) bool) (juki.Date, bool, bool) {
	ok := plausibleDate
	if len(plausible) > 0 {
		ok = plausible[0]
	}
	s := cleanDateText(raw)
	if d, parsed := parseCleanDate(s); parsed && ok(d) {
		return d, true, false
	}
	if m := eraGuessRe.FindStringSubmatchIndex(s); m != nil && eraIn(s) == "" {
		tok := []rune(s[m[2]:m[3]])
		var found []juki.Date
		for _, e := range []string{"明治", "大正", "昭和", "平成", "令和"} {
			er := []rune(e)
			if er[0] == tok[0] || er[1] == tok[1] {
				if d, parsed := parseCleanDate(s[:m[2]] + e + s[m[3]:]); parsed && ok(d) {
					found = append(found, d)
				}
			}
		}
		if len(found) == 1 {
			return found[0], true, true
		}
	}
	rs := []rune(s)
	var found []juki.Date
	try := func(alt []rune) {
		if d, parsed := parseCleanDate(string(alt)); parsed && ok(d) {
			for _, f := range found {
				if f == d {
					return
				}
			}
			found = append(found, d)
		}
	}
	isD := func(r rune) bool { return r >= '0' && r <= '9' }
	// Two neighbouring digits swapped first (1895 for 1985: the LSTM reorders at low resolution), then one
	// digit confused.
	for i := 0; i+1 < len(rs); i++ {
		if isD(rs[i]) && isD(rs[i+1]) && rs[i] != rs[i+1] {
			alt := append([]rune(nil), rs...)
			alt[i], alt[i+1] = alt[i+1], alt[i]
			try(alt)
		}
	}
	if len(found) == 1 {
		return found[0], true, true
	}
	found = found[:0]
	for i, r := range rs {
		if !isD(r) {
			continue
		}
		for _, c := range digitConfusions[byte(r)] {
			alt := append([]rune(nil), rs...)
			alt[i] = rune(c)
			try(alt)
		}
	}
	if len(found) == 1 {
		return found[0], true, true
	}
	return juki.Date{}, false, false
}

func parseCleanDate(s string) (juki.Date, bool) {
	if m := dateFindRe.FindString(s); m != "" {
		if d, err := juki.ParseDate(m); err == nil {
			return d, true
		}
	}
	d, err := juki.ParseDate(s)
	return d, err == nil
}

// eraGuessRe finds a two-character token before a year: a misread era name.
var eraGuessRe = regexp.MustCompile(`(\p{Han}\p{Han})(?:\d{1,2}|元)年`)

// clock is the time plausibility windows are relative to (tests fix it).
var clock = time.Now

// plausibleFor returns the range of dates a key can hold, relative to today: a 転出予定年月日 is within a few
// years of today, a birth or an address date is not in the future and not before 1900 (a printed 1895 is a
// misread 1985).
func plausibleFor(key string) func(juki.Date) bool {
	now := juki.TodayInJapan(clock())
	switch key {
	case KeyMoveOutDate:
		return func(d juki.Date) bool {
			return d.After(now.AddDays(-3*366)) && d.Before(now.AddDays(2*366))
		}
	case KeyBirthDate, KeyAddressSince:
		return func(d juki.Date) bool { return d.Year >= 1900 && !d.After(now.AddDays(366)) }
	case KeyPeriodExpiry, KeyCardExpiry:
		return func(d juki.Date) bool { return d.After(now.AddDays(-15*366)) && d.Before(now.AddDays(15*366)) }
	}
	return plausibleDate
}

// plausibleDate bounds the dates a counter reads: from 1900 to twenty years from now.
func plausibleDate(d juki.Date) bool {
	now := juki.TodayInJapan(clock())
	return d.Year >= 1900 && d.Before(juki.Date{Year: now.Year + 20, Month: 12, Day: 31})
}

var yearGlyphRe = regexp.MustCompile(`\((\d{4})[^\d年](\d{1,2})月`)

// licenceExpiryRe matches the 運転免許証 form 令和11年(2029年)06月12日: the Gregorian year in brackets.
var licenceExpiryRe = regexp.MustCompile(`\((\d{4})年\)(\d{1,2})月(\d{1,2})日`)

func findDate(raw string) (juki.Date, bool) {
	s := cleanDateText(raw)
	s = strings.NewReplacer("（", "(", "）", ")").Replace(s)
	if m := licenceExpiryRe.FindStringSubmatch(s); m != nil {
		if d, err := juki.ParseDate(m[1] + "年" + m[2] + "月" + m[3] + "日"); err == nil {
			return d, true
		}
	}
	if m := dateFindRe.FindString(s); m != "" {
		if d, err := juki.ParseDate(m); err == nil {
			return d, true
		}
	}
	return juki.Date{}, false
}

// fixPeriodText folds the period text of a card or certificate: 4年3月（2018年10月20日）.
func fixPeriodText(raw string) string {
	s := cleanDateText(raw)
	s = strings.NewReplacer("（", "(", "）", ")", "〔", "(", "〕", ")", "ケ月", "月", "か月", "月", "カ月", "月").Replace(s)
	// Whatever follows the closing bracket is a box edge or the next label.
	if i := strings.LastIndex(s, ")"); i >= 0 {
		s = s[:i+1]
	}
	// The 年 of the date in brackets misread (2018箇10月): four digits, one character, then the month.
	s = yearGlyphRe.ReplaceAllString(s, "(${1}年${2}月")
	// Drop anything before the first digit (a label read along).
	if i := strings.IndexFunc(s, func(r rune) bool { return r >= '0' && r <= '9' }); i > 0 && !strings.HasPrefix(s, "無期限") {
		s = s[i:]
	}
	return s
}

func compactKeepParens(raw string) string {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, raw)
	return strings.NewReplacer("(", "（", ")", "）").Replace(s)
}

// snap returns the vocabulary entry nearest to s and a confidence from the distance: exact 1, one edit on a
// longer word 0.85, otherwise low; "" when nothing is near.
func snap(s string, vocab []string) (string, float64) {
	if s == "" {
		return "", 0
	}
	best, bestD := "", 1<<30
	rs := []rune(s)
	for _, v := range vocab {
		if v == s {
			return v, 1
		}
		d := EditDistance(rs, []rune(v))
		if d < bestD {
			best, bestD = v, d
		}
	}
	n := len([]rune(best))
	switch {
	case bestD == 1 && n >= 3:
		return best, 0.85
	case bestD <= 2 && n >= 6:
		return best, 0.75
	case bestD*3 <= n:
		return best, 0.6
	}
	return s, 0.3
}

func snapSex(raw string) (string, float64) {
	s := foldASCII(raw)
	switch {
	case strings.ContainsRune(s, '男') && !strings.ContainsRune(s, '女'):
		return "男", 1
	case strings.ContainsRune(s, '女') && !strings.ContainsRune(s, '男'):
		return "女", 1
	case strings.ContainsAny(s, "Mm"):
		return "男", 0.8
	case strings.ContainsAny(s, "Ff"):
		return "女", 0.8
	case strings.ContainsAny(s, "田畀"):
		return "男", 0.6
	case strings.ContainsAny(s, "攵"):
		return "女", 0.6
	}
	return "", 0
}

func snapStatus(raw string) (string, float64) {
	s := compactText(foldASCII(raw))
	s = strings.NewReplacer("･", "", "・", "", "、", "", "，", "", ".", "").Replace(s)
	key := func(v string) string { return strings.NewReplacer("・", "").Replace(v) }
	best, bestD := "", 1<<30
	for _, v := range residenceStatusVocab {
		k := key(v)
		if k == s {
			return v, 1
		}
		if d := EditDistance([]rune(s), []rune(k)); d < bestD {
			best, bestD = v, d
		}
	}
	n := len([]rune(key(best)))
	switch {
	case bestD == 1 && n >= 3:
		return best, 0.85
	case bestD*4 <= n:
		return best, 0.7
	}
	return s, 0.3
}

// fixCardNumber applies the shape AA99999999AA: letters where letters go, digits where digits go.
func fixCardNumber(raw string) (string, bool) {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' {
			return -1
		}
		return unicode.ToUpper(r)
	}, foldASCII(raw))
	if len(s) != 12 {
		return s, false
	}
	toLetter := map[byte]byte{'0': 'O', '1': 'I', '2': 'Z', '5': 'S', '8': 'B', '6': 'G', '4': 'A', '7': 'T'}
	toDigit := map[byte]byte{'O': '0', 'D': '0', 'Q': '0', 'I': '1', 'L': '1', 'T': '7', 'Z': '2', 'S': '5', 'B': '8', 'G': '6', 'A': '4'}
	b := []byte(s)
	for i := range b {
		letter := i < 2 || i >= 10
		if letter {
			if m, ok := toLetter[b[i]]; ok {
				b[i] = m
			}
		} else if m, ok := toDigit[b[i]]; ok {
			b[i] = m
		}
	}
	v, err := juki.ParseResidenceCardNumber("", string(b))
	if err != nil {
		return string(b), false
	}
	return v, true
}

var (
	chomeFixRe  = regexp.MustCompile(`([0-9０-９])[十寸才T丅二ニ]目`)
	chomeFix2Re = regexp.MustCompile(`([0-9０-９])丁[日曰]`)
	banchiRe    = regexp.MustCompile(`([0-9０-９])番[他池好]`)
	gouRe       = regexp.MustCompile(`([0-9０-９])[弓旨]`)
	gouEndRe    = regexp.MustCompile(`([0-9０-９])[二ニ]$`)
)

// addressEndings are the characters an address may end with right after a number: 号, 番 (a 番 without 地), and
// a flat's 階, 室 and 棟.
const addressEndings = "号番階室棟"

// oddAddressEnding reports whether an address ends with a number followed by a kanji no address ends with, or
// by a hiragana, which none does (３０７ぢ), and returns it with 号 in that place.
func oddAddressEnding(addr string) (string, bool) {
	rs := []rune(addr)
	n := len(rs)
	if n < 2 || !isDigitRune(rs[n-2]) || !unicode.In(rs[n-1], unicode.Han, unicode.Hiragana) || strings.ContainsRune(addressEndings, rs[n-1]) {
		return addr, false
	}
	return string(rs[:n-1]) + "号", true
}

// normaliseAddress removes spaces, fixes 丁目/番地 misreads and writes digits full-width as certificates print
// them (３１番地２０, not 3 1番地2 0).
func normaliseAddress(raw string) string {
	s := strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return -1
		case r == 'l' || r == 'I' || r == '|' || r == 'ｌ' || r == '!':
			return '1'
		case r == 'O' || r == 'o':
			return '0'
		case r == '.' || r == ',' || r == '、' || r == '。' || r == '\'' || r == '`':
			return -1
		}
		return r
	}, foldASCII(raw))
	s = chomeFixRe.ReplaceAllString(s, "${1}丁目")
	s = chomeFix2Re.ReplaceAllString(s, "${1}丁目")
	s = banchiRe.ReplaceAllString(s, "${1}番地")
	s = gouRe.ReplaceAllString(s, "${1}号")
	// An address never ends in a numeral after digits: a last 号 read as 二 or ニ.
	s = gouEndRe.ReplaceAllString(s, "${1}号")
	s = strings.Map(func(r rune) rune {
		switch {
		case r >= '0' && r <= '9':
			return r - '0' + '０'
		case r == '-':
			return '－'
		}
		return r
	}, s)
	s = hyphensBetweenDigits(s)
	// Trailing marks are box edges or the seal, never part of an address.
	return strings.TrimRightFunc(s, func(r rune) bool {
		return !(unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana) || isDigitRune(r))
	})
}

// hyphensBetweenDigits writes the dash of a block number (２１４１－１) as the full-width hyphen wherever it stands
// between two digits: the recogniser reads it as the kanji 一 or as ー, at high confidence, and no address
// puts a kanji numeral or a long vowel mark between Arabic digits.
func hyphensBetweenDigits(s string) string {
	rs := []rune(s)
	for i := 1; i+1 < len(rs); i++ {
		if isDigitRune(rs[i-1]) && isDigitRune(rs[i+1]) && strings.ContainsRune("一ー―‐−—ｰ", rs[i]) {
			rs[i] = '－'
		}
	}
	return string(rs)
}

// parseNote reads a 備考 line of a 運転免許証: 令和5年4月1日 住所 福岡県小郡市… (or the address alone).
func parseNote(raw string) (juki.Date, string, bool) {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, raw)
	d, _ := findDate(s)
	addr, ok := afterAddressLabel(s)
	if !ok {
		return d, "", false
	}
	addr = strings.TrimLeft(addr, ":：")
	// The 公安委員会's stamp after the address is not part of it.
	if j := strings.Index(addr, "公安"); j > 0 {
		addr = stampPrefectureRe.ReplaceAllString(addr[:j], "") // 福岡県公安委員会: its 福岡県 too
	}
	return d, normaliseAddress(addr), addr != ""
}

var stampPrefectureRe = regexp.MustCompile(`(北海道|東京都|京都府|大阪府|神奈川県|和歌山県|鹿児島県|\p{Han}{2}県)$`)

// afterAddressLabel returns what follows the 住所 label of a 備考 line. The label is small print on a
// licence and its first or second character is sometimes misread (佳所, 儲所, 住斯): such a label is taken when
// a prefecture's 都, 道, 府 or 県 follows it within four characters, as an address on a licence begins.
func afterAddressLabel(s string) (string, bool) {
	if i := strings.Index(s, "住所"); i >= 0 {
		return s[i+len("住所"):], true
	}
	rs := []rune(s)
	for i := 0; i+2 < len(rs); i++ {
		if rs[i] != '住' && rs[i+1] != '所' {
			continue
		}
		head := string(rs[i+2 : min(len(rs), i+6)])
		if strings.ContainsAny(head, "都道府県") {
			return string(rs[i+2:]), true
		}
	}
	return "", false
}

// readIdentifier reads a 住民票コード, 個人番号 or 免許証番号 and checks its check digit; when the check fails it
// tries the usual digit confusions at the least certain positions and accepts a single passing candidate at a
// confidence that sends it to review.
func (e *Engine) readIdentifier(ctx context.Context, fr *fieldRead, key string) (string, float64, string) {
	digits := strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		if r >= '０' && r <= '９' {
			return r - '０' + '0'
		}
		return -1
	}, fr.raw)
	tc := tessConfidence(fr.syms)
	check, n := identifierCheck(key)
	if check == nil {
		return digits, tc, ""
	}
	if len(digits) == n && check(digits) {
		if glyphsDisagree(fr, digits, n) {
			return digits, math.Min(tc, 0.8), ""
		}
		return digits, clamp01(0.9 + tc*0.1), ""
	}
	if len(digits) == n {
		if alt, ok := repairDigits(digits, fr.syms, check); ok {
			return alt, 0.75, ""
		}
	}
	// Specks read as extra digits: a unique run of n digits inside that passes the check.
	if len(digits) > n+1 {
		var found []string
		for i := 0; i+n <= len(digits); i++ {
			if c := digits[i : i+n]; check(c) && !containsString(found, c) {
				found = append(found, c)
			}
		}
		if len(found) == 1 {
			return found[0], 0.7, ""
		}
	}
	// One digit read twice, or one lost: a unique deletion or insertion that passes the check.
	if len(digits) == n+1 || len(digits) == n-1 {
		var found []string
		seen := map[string]bool{}
		for i := 0; i <= len(digits); i++ {
			var cands []string
			if len(digits) == n+1 && i < len(digits) {
				cands = append(cands, digits[:i]+digits[i+1:])
			}
			if len(digits) == n-1 {
				for d := '0'; d <= '9'; d++ {
					cands = append(cands, digits[:i]+string(d)+digits[i:])
				}
			}
			for _, c := range cands {
				if !seen[c] && check(c) {
					seen[c] = true
					found = append(found, c)
				}
			}
		}
		if len(found) == 1 && len(digits) == n+1 {
			return found[0], 0.7, ""
		}
	}
	label := map[string]string{KeyResidentCode: "住民票コード", KeyMyNumber: "個人番号", KeyLicenseNumber: "免許証番号"}[key]
	return digits, tc * 0.3, fmt.Sprintf("%sのチェックデジットが一致しません（読み取り: %d桁）", label, len(digits))
}

// glyphsDisagree reports whether the line, cut into exactly n digit cells, reads by its glyphs as a number that
// differs from the recogniser's in two places or more. The check digit catches any one wrong digit but passes one
// number in eleven with several wrong (a digit dropped and one added). One differing digit is the glyphs' slip:
// the recogniser's number passed the check, which one changed digit cannot.
func glyphsDisagree(fr *fieldRead, digits string, n int) bool {
	if fr.line.src == nil {
		return false
	}
	cells := identifierCells(fr.line)
	if len(cells) != n {
		return false
	}
	gv, _, ok := classifyCellRects(fr.line, cells, func(int) []rune { return digitRunes }, fr.job.def.Font)
	if !ok || len(gv) != len(digits) {
		return false
	}
	diff := 0
	for i := range gv {
		if gv[i] != digits[i] {
			diff++
		}
	}
	return diff >= 2
}

func identifierCheck(key string) (func(string) bool, int) {
	switch key {
	case KeyResidentCode:
		return func(s string) bool { _, _, err := juki.ParseResidentCode("", s); return err == nil }, 11
	case KeyMyNumber:
		return func(s string) bool { _, err := juki.ParseMyNumber("", s); return err == nil }, 12
	case KeyLicenseNumber:
		return func(s string) bool { _, err := juki.ParseDriversLicenseNumber("", s); return err == nil }, 12
	}
	return nil, 0
}

// digitConfusions are the pairs a line-level LSTM swaps on low-quality digits.
var digitConfusions = map[byte]string{
	'0': "869", '1': "74", '2': "7", '3': "859", '4': "19", '5': "63", '6': "508", '7': "12", '8': "3690", '9': "8430",
}

// repairDigits tries single substitutions at the three least confident positions; exactly one passing
// candidate is accepted.
func repairDigits(s string, syms []symbol, check func(string) bool) (string, bool) {
	type pos struct {
		i    int
		conf float64
	}
	var ps []pos
	j := 0
	for _, sy := range syms {
		for _, r := range sy.Text {
			if r >= '0' && r <= '9' && j < len(s) {
				ps = append(ps, pos{j, sy.Conf})
				j++
			}
		}
	}
	if len(ps) != len(s) {
		ps = ps[:0]
		for i := range s {
			ps = append(ps, pos{i, 50})
		}
	}
	for a := 0; a < len(ps); a++ {
		for b := a + 1; b < len(ps); b++ {
			if ps[b].conf < ps[a].conf {
				ps[a], ps[b] = ps[b], ps[a]
			}
		}
	}
	found := ""
	count := 0
	for _, p := range ps[:min(3, len(ps))] {
		for _, c := range []byte(digitConfusions[s[p.i]]) {
			cand := s[:p.i] + string(c) + s[p.i+1:]
			if check(cand) {
				found = cand
				count++
			}
		}
	}
	return found, count == 1
}

// dateFromDigits reads a date whose 年/月/日 were lost (cards print them small beside large digits): the line
// is read again with the digit model, and a Gregorian YYYYMMDD inside the digits (運転免許証: 令和11年(2029年)
// 06月12日 gives 11 2029 06 12) or an era year + MMDD after an era name is accepted when it is the only one.
func (e *Engine) dateFromDigits(ctx context.Context, fr *fieldRead) (juki.Date, bool) {
	digitsOf := func(s string) string {
		return strings.Map(func(r rune) rune {
			switch {
			case r >= '0' && r <= '9':
				return r
			case r >= '０' && r <= '９':
				return r - '０' + '0'
			}
			return -1
		}, s)
	}
	try := func(ds string) (juki.Date, bool) {
		var found []juki.Date
		for i := 0; i+8 <= len(ds); i++ {
			y := atoiASCII(ds[i : i+4])
			if y < 1900 || y > 2100 {
				continue
			}
			if d, err := juki.ParseDate(fmt.Sprintf("%d年%s月%s日", y, ds[i+4:i+6], ds[i+6:i+8])); err == nil {
				found = append(found, d)
			}
		}
		if len(found) == 1 {
			return found[0], true
		}
		// An era name and six digits: 昭和 43 11 02.
		if era := eraIn(cleanDateText(fr.raw)); era != "" && len(ds) == 6 {
			if d, err := juki.ParseDate(era + ds[0:2] + "年" + ds[2:4] + "月" + ds[4:6] + "日"); err == nil {
				return d, true
			}
		}
		return juki.Date{}, false
	}
	if d, ok := try(digitsOf(fr.raw)); ok {
		return d, true
	}
	if fr.line.img == nil {
		return juki.Date{}, false
	}
	syms, err := e.pool.recognize(ctx, fr.line.img, LangEng, gosseract.PSM_SINGLE_LINE, "0123456789")
	if err != nil {
		return juki.Date{}, false
	}
	return try(digitsOf(joinSymbols(syms, true, 0)))
}

func eraIn(s string) string {
	for _, e := range []string{"明治", "大正", "昭和", "平成", "令和"} {
		if strings.Contains(s, e) {
			return e
		}
	}
	return ""
}

func atoiASCII(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// vocabByGlyph settles a vocabulary field that did not snap exactly by comparing the printed words with the
// vocabulary rendered in the fonts (米国 read as 集国 is one edit from 米国, 中国 and 韓国 alike).
func vocabByGlyph(fr *fieldRead, v string, c float64, vocab []string) (string, float64) {
	if c >= 0.95 || fr.line.src == nil {
		return v, c
	}
	gv, gs, gm := classifyVocab(fr.line, vocab, fr.job.def.Font)
	switch {
	case gv == "":
		return v, c
	case gv == v:
		return v, math.Max(c, 0.9)
	case gs >= 0.6 && gm >= 0.06:
		return gv, math.Min(0.88, 0.7+gm)
	}
	return v, c
}

// phraseByGlyph settles a field printed with one of a few long phrases (就労制限の有無) by comparing the line with
// each phrase slice by slice (classifyPhrase). Tesseract returns little but noise for the longest, squeezed into
// a card's 21-mm box (有人 for 24 characters, even on a clean scan), while the slices tell the phrases apart by a
// wide margin (0.5 clean, 0.15–0.3 blurred or at 200 dpi, where every other phrase scores near zero). A phrase the
// slices choose by a clean scan's margin is accepted; by less, it is held for review.
func phraseByGlyph(fr *fieldRead, v string, c float64, vocab []string) (string, float64) {
	pv, ps, pm := classifyPhrase(fr.line, vocab, fr.job.def.Font)
	switch {
	case pv == "" || ps < 0.1 || pm < 0.06:
		return v, c
	case pv == v:
		return v, math.Max(c, 0.9)
	case ps >= 0.5 && pm >= 0.35 && c < 0.85:
		return pv, 0.9
	}
	return pv, math.Min(0.85, 0.6+pm)
}

// stripLatin drops ASCII letters and punctuation (the end of a label or a box edge read along) from a Japanese
// vocabulary field, keeping digits (特定技能1号).
func stripLatin(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x80 && !(r >= '0' && r <= '9') {
			return -1
		}
		return r
	}, foldASCII(s))
}

// cardPeriodRe splits 4年3月(2018年10月20日) into the period and the date.
var cardPeriodRe = regexp.MustCompile(`^(.*?)\((.+)\)$`)

// parseCardPeriod reads the 在留期間（満了日） box; when the date does not exist (2018年19月20日) it is repaired
// like any other date (one usual digit confusion).
func parseCardPeriod(raw string) (juki.CardPeriod, error) {
	s := fixPeriodText(raw)
	cp, err := juki.ParseCardPeriod(s)
	if err == nil {
		return cp, nil
	}
	m := cardPeriodRe.FindStringSubmatch(s)
	if m == nil {
		return cp, err
	}
	p, perr := juki.ParsePeriodOfStayText(m[1])
	d, ok := parseDateText(m[2])
	if perr != nil || !ok {
		return cp, err
	}
	return juki.CardPeriod{Period: p, Expiry: d}, nil
}

// repairPeriod reads a 在留期間 and reports whether it is in doubt: a period longer than five years does not exist
// (入管法施行規則別表第二), so 9年 is a misread 3年 or 4年 — repaired when exactly one digit confusion gives a valid
// period, held for review either way.
func repairPeriod(s string) (juki.PeriodOfStay, bool, error) {
	p, err := juki.ParsePeriodOfStayText(s)
	if err == nil && p.Years <= 5 {
		return p, false, nil
	}
	rs := []rune(s)
	var found []juki.PeriodOfStay
	for i, r := range rs {
		if r < '0' || r > '9' {
			continue
		}
		for _, c := range digitConfusions[byte(r)] {
			alt := append([]rune(nil), rs...)
			alt[i] = rune(c)
			if q, e := juki.ParsePeriodOfStayText(string(alt)); e == nil && !q.IsZero() && q.Years <= 5 {
				found = append(found, q)
			}
		}
	}
	if len(found) == 1 {
		return found[0], true, nil
	}
	return p, true, err
}

// checkPeriod checks a 在留期間 read from a card: none exceeds five years (入管法施行規則別表第二), so 8年 is a
// misread digit (3年 under uneven light had been accepted at 0.98), repaired where one usual confusion gives a
// period that exists; doubt says to hold it for review.
func checkPeriod(p juki.PeriodOfStay) (juki.PeriodOfStay, bool) {
	if p.Years <= 5 {
		return p, false
	}
	if q, _, err := repairPeriod(p.Japanese()); err == nil && q.Years <= 5 {
		return q, true
	}
	return p, true
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// notAName reports text no name contains — digits, address and date words, or no letter at all (a speck read
// as ー) — which is what a field box shows when registration slipped onto a neighbouring line (「渡辺　烏栖市宿町番地」,
// 「月日　昭和年月日」) or holds only specks.
func notAName(v string) bool {
	if !strings.ContainsFunc(v, writtenLetter) {
		return true // a speck read as ー or |
	}
	for _, r := range v {
		if unicode.IsDigit(r) {
			return true
		}
	}
	for _, w := range []string{"番地", "丁目", "号", "県", "昭和", "平成", "令和", "大正", "明治", "年月", "月日"} {
		if strings.Contains(v, w) {
			return true
		}
	}
	return false
}
