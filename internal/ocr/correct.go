package ocr

import (
	"math"
	"slices"
	"strings"
	"unicode"
)

// AddressCorrector corrects an address read by OCR against a dictionary. The default (NewAddressCorrector)
// uses internal/address: the nationwide municipalities and 町域 from the postal data.
type AddressCorrector interface {
	// CorrectAddress returns the address with dictionary names fixed and a score in [0, 1] of how much of it
	// the dictionary confirmed (1: prefecture, municipality and 町域 all found).
	CorrectAddress(text string) (string, float64)
}

// NameReadings gives the readings of names (internal/moji's: ENAMDICT and mecab-ipadic).
type NameReadings interface {
	// Readings returns the katakana readings the dictionary lists for a surname or given name written in kanji
	// (variant forms folded: 髙橋 is read as 高橋); none when it does not know the name. Readings composed from
	// the characters are not readings here: they fit any misread.
	Readings(part string) []string
}

// reviewCap is the confidence a value is held to when a cross-check gives a reason to look at it: below
// AutoAcceptThreshold, so the review screen shows it.
const reviewCap = 0.85

// crossCheck compares fields with each other: the 戸籍's persons get their 氏 from the 筆頭者, sex follows a
// 戸籍 続柄 (長男 → 男), and a name that disagrees with its フリガナ gets a warning.
func (e *Engine) crossCheck(res *Result) {
	if res.DocumentType == KosekiCertificate || res.DocumentType == KosekiFuhyo {
		family, familyConf := "", 0.0
		if h, ok := res.Fields[KeyDomicileHead]; ok {
			family, _, _ = strings.Cut(h.Value, "　")
			familyConf = h.Confidence
		}
		for _, p := range res.Persons {
			if f, ok := p[KeyFullName]; ok && family != "" && !strings.Contains(f.Value, "　") {
				// The 氏 is as sure as the 筆頭者 it was read in (𠮷村 held there as 吉村 is held here too).
				f.Value, f.Confidence = family+"　"+f.Value, math.Min(f.Confidence, familyConf)
				p[KeyFullName] = f
			}
			if r, ok := p[KeyRelationship]; ok {
				if _, has := p[KeySex]; !has {
					switch {
					case strings.HasSuffix(r.Value, "男"):
						p[KeySex] = Field{Value: "男", Confidence: r.Confidence, Box: r.Box}
					case strings.HasSuffix(r.Value, "女"):
						p[KeySex] = Field{Value: "女", Confidence: r.Confidence, Box: r.Box}
					}
				}
			}
		}
	}
	shapeCheck(res)
	if e.opts.Names == nil {
		return
	}
	// A kanji name the name dictionary does not know is a rare name or a misread one: the fast model turns 隆
	// into 職 or 降 and 邉 into 店 with high confidence, and neither the glyph check nor a フリガナ can tell (a
	// 筆頭者 has none). Measured on the benchmark: these were most of the wrong values accepted at ≥ 0.9.
	for _, k := range []string{KeyHeadOfHousehold, KeyDomicileHead} {
		if f, ok := res.Fields[k]; ok && !e.knownName(f.Value) {
			res.Fields[k] = capped(f)
		}
	}
	for i, p := range res.Persons {
		n, ok1 := p[KeyFullName]
		if ok1 && !e.knownName(n.Value) {
			p[KeyFullName] = capped(n)
		}
		k, ok2 := p[KeyFullNameKana]
		if !ok1 || !ok2 {
			continue
		}
		switch e.checkKana(n.Value, k.Value) {
		case kanaMisread:
			p[KeyFullNameKana] = capped(k)
		case nameOrKanaMisread:
			p[KeyFullName], p[KeyFullNameKana] = capped(p[KeyFullName]), capped(k)
		default:
			continue
		}
		res.Warnings = append(res.Warnings, "氏名とフリガナが一致しない可能性があります（"+itoa(i+1)+"人目）")
	}
}

type kanaVerdict int

const (
	kanaFits          kanaVerdict = iota // a reading of the name, or nothing known to compare with
	kanaMisread                          // a known name and a フリガナ a mora or two away from one of its readings
	nameOrKanaMisread                    // a known name that cannot be read so: either may be wrong
)

// checkKana compares a フリガナ with the dictionary readings of the name, part by part (氏, 名). A part the
// dictionary does not know is not judged: rare names and rare readings are many. When the フリガナ is one kana
// from a reading, or is one with moras doubled (the LSTM emits タタナベベ for タナベ), the フリガナ is what was
// misread; a misread kanji that is still a name (和子 for 知子) reads differently altogether.
func (e *Engine) checkKana(name, kana string) kanaVerdict {
	n := strings.Split(name, "　")
	k := strings.Split(kana, "　")
	if len(n) == 1 && len(k) == 2 && allKanji(name) {
		// 氏 and 名 run together (後藤真由美, held for that): judged at the split whose parts the dictionary
		// knows and the フリガナ fits best. ゴトウ マコユミ had passed unjudged at 0.98.
		rs := []rune(name)
		v, judged := nameOrKanaMisread, false
		for i := 1; i < len(rs); i++ {
			family, given := string(rs[:i]), string(rs[i:])
			if len(e.opts.Names.Readings(family)) == 0 || len(e.opts.Names.Readings(given)) == 0 {
				continue
			}
			v, judged = min(v, e.checkKana(family+"　"+given, kana)), true
		}
		if !judged {
			return kanaFits
		}
		return v
	}
	if len(n) != 2 || len(k) != 2 {
		return kanaFits
	}
	v := kanaFits
	for i := range n {
		if !allKanji(n[i]) {
			continue
		}
		rs := e.opts.Names.Readings(n[i])
		if len(rs) == 0 {
			continue
		}
		got := []rune(foldKana(k[i]))
		single := collapseRepeats(got)
		best := len(got) + 8
		for _, r := range rs {
			fr := []rune(foldKana(r))
			best = min(best, EditDistance(fr, got), 1+EditDistance(fr, single))
		}
		switch {
		case best == 0:
		case best <= 1:
			v = max(v, kanaMisread)
		default:
			v = nameOrKanaMisread
		}
	}
	return v
}

// collapseRepeats drops a kana repeating the one before it.
func collapseRepeats(rs []rune) []rune {
	var out []rune
	for i, r := range rs {
		if i == 0 || r != rs[i-1] {
			out = append(out, r)
		}
	}
	return out
}

// knownName reports whether every part of a kanji name (氏, 名) written in kanji only is in the name
// dictionary; parts with kana or Latin letters are not judged.
func (e *Engine) knownName(name string) bool {
	for _, part := range strings.Split(name, "　") {
		if part == "" || !allKanji(part) {
			continue
		}
		if len(e.opts.Names.Readings(part)) == 0 {
			return false
		}
	}
	return true
}

func allKanji(s string) bool {
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) && r != '々' {
			return false
		}
	}
	return true
}

func capped(f Field) Field {
	f.Confidence = math.Min(f.Confidence, reviewCap)
	return f
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// agreeNames compares the names a document prints more than once: a 転出証明書 names its 世帯主 and 筆頭者 and lists
// them among its persons. Where one reading is a name the dictionary does not know and another, of the same
// length, is a known name differing from it in one or two characters, those characters are compared by their
// glyphs with the known reading's, as a variant form is (verify), and the unknown reading takes the known one
// only where its own glyphs say so. 優斗 came back as 優半 in one box and right in the next: 半 for 斗 is no
// confusion the table measured on clean prints, so nothing else offered 斗 for that glyph.
func (e *Engine) agreeNames(reads []*fieldRead) {
	if e.opts.DisableVariants || e.glyph == nil || e.opts.Names == nil {
		return
	}
	var names []*fieldRead
	known := map[*fieldRead]bool{}
	for _, fr := range reads {
		if fr == nil || fr.empty || fr.job.def.Kind != KindName || fr.line.src == nil {
			continue
		}
		if v, ok := fr.values[fr.job.def.Key]; ok {
			names = append(names, fr)
			known[fr] = e.knownName(v.Value)
		}
	}
	for _, fr := range names {
		if known[fr] {
			continue
		}
		v := fr.values[fr.job.def.Key]
		for _, sib := range names {
			if !known[sib] {
				continue
			}
			w := sib.values[sib.job.def.Key].Value
			instead, ok := differingKanji(v.Value, w)
			if !ok {
				continue
			}
			got, c, undo := e.verifyOffering(fr, v.Value, instead)
			if got == w {
				fr.values[fr.job.def.Key] = Field{Value: w, Confidence: round3(clamp01(c)), Box: v.Box}
				break
			}
			undo()
		}
	}
	// A name held because the open comparison alone put a character in (濵田 read 六田, 優斗 read 優半) whose
	// every such character another box reads in the same place, by other means and accepted (濵田　舞, its
	// 濵 from Tesseract's 濱 and the variant check): two readers agree, the hold is lifted.
	for _, fr := range names {
		key := fr.job.def.Key
		v := fr.values[key]
		if fr.openHold == nil || v.Confidence != round3(clamp01(fr.openHold.held)) {
			continue
		}
		for _, sib := range names {
			w := sib.values[sib.job.def.Key]
			if sib != fr && sib.openHold == nil && w.Confidence >= AutoAcceptThreshold &&
				samePlaces(v.Value, w.Value, fr.openHold.runes) {
				v.Confidence = round3(clamp01(math.Min(fr.openHold.unheld, w.Confidence)))
				fr.values[key] = v
				break
			}
		}
	}
	e.agreeOnePerson(reads, names)
}

// agreeOnePerson settles two boxes that name one person differently: the same given name with surnames one kanji
// apart (世帯主 and person 與田　康弘, 筆頭者 興田　康弘), or the 世帯主 box against the person listed with 続柄
// 世帯主, one or two kanji apart (山口　清二 and 山口　浩二). One box is misread, and the dictionary, which knows
// both readings, cannot say which. The glyphs are asked again with the other box's kanji offered; where the boxes
// still disagree, the one fewer boxes agree with is held for review (both, one against one). Other pairs are left
// alone: 花子 and 桃子, or 山田 and 山口 with other given names, are a family or a household.
func (e *Engine) agreeOnePerson(reads, names []*fieldRead) {
	value := func(fr *fieldRead) Field { return fr.values[fr.job.def.Key] }
	support := func(v string) int {
		n := 0
		for _, o := range names {
			if value(o).Value == v {
				n++
			}
		}
		return n
	}
	head := listedHead(reads, names)
	onePerson := func(a, b *fieldRead) (map[rune]rune, bool) {
		va, vb := value(a).Value, value(b).Value
		if m, ok := surnameOneKanjiApart(va, vb); ok {
			return m, true
		}
		if head != nil && (a == head && b.job.def.Key == KeyHeadOfHousehold || b == head && a.job.def.Key == KeyHeadOfHousehold) {
			return differingKanji(va, vb)
		}
		return nil, false
	}
	held := map[*fieldRead]bool{}
	for _, fr := range names {
		for _, sib := range names {
			if sib == fr {
				continue
			}
			v, w := value(fr), value(sib)
			instead, ok := onePerson(fr, sib)
			if !ok {
				continue
			}
			got, c, undo := e.verifyOffering(fr, v.Value, instead)
			if got == w.Value {
				fr.values[fr.job.def.Key] = Field{Value: w.Value, Confidence: round3(clamp01(math.Min(c, w.Confidence))), Box: v.Box}
				delete(held, fr)
				break
			}
			undo()
			if support(v.Value) <= support(w.Value) {
				held[fr] = true
			}
		}
	}
	for fr := range held {
		v := value(fr)
		v.Confidence = math.Min(v.Confidence, reviewCap)
		fr.values[fr.job.def.Key] = v
	}
}

// listedHead is the 氏名 box of the one person whose 続柄 reads 世帯主 for sure, or nil.
func listedHead(reads, names []*fieldRead) *fieldRead {
	slot := -1
	for _, fr := range reads {
		if fr == nil || fr.job.slot < 0 || fr.job.def.Key != KeyRelationship {
			continue
		}
		if v, ok := fr.values[KeyRelationship]; ok && v.Value == "世帯主" && v.Confidence >= AutoAcceptThreshold {
			if slot >= 0 {
				return nil // two 世帯主: which one the box names is not known
			}
			slot = fr.job.slot
		}
	}
	for _, fr := range names {
		if slot >= 0 && fr.job.slot == slot && fr.job.def.Key == KeyFullName {
			return fr
		}
	}
	return nil
}

// surnameOneKanjiApart maps the one kanji by which a's surname differs from b's to b's, when the two names have
// the same given name (after the full-width space) and surnames of one length.
func surnameOneKanjiApart(a, b string) (map[rune]rune, bool) {
	sa, ga, okA := strings.Cut(a, "　")
	sb, gb, okB := strings.Cut(b, "　")
	if !okA || !okB || ga == "" || ga != gb {
		return nil, false
	}
	m, ok := differingKanji(sa, sb)
	return m, ok && len(m) == 1
}

// samePlaces reports whether each of rs stands in b where it first stands in a.
func samePlaces(a, b string, rs []rune) bool {
	ra, rb := []rune(a), []rune(b)
	for _, r := range rs {
		i := slices.Index(ra, r)
		if i < 0 || i >= len(rb) || rb[i] != r {
			return false
		}
	}
	return true
}

// verifyNameWith checks a name's glyphs as verifyName does, offering extra(r) as further candidates for a
// character r; undo puts the symbols back when the caller does not take the result.
func (e *Engine) verifyNameWith(fr *fieldRead, name string, extra func(r rune) []rune) (string, float64, func()) {
	syms, hold := append([]symbol(nil), fr.syms...), fr.openHold
	got, c := e.glyph.verify(fr, name, func(r rune) []rune {
		cands := e.glyph.candidates(r)
		for _, x := range extra(r) {
			if !containsRune(cands, x) {
				cands = append(cands, x)
			}
		}
		return cands
	}, KindName)
	return got, c, func() { fr.syms, fr.openHold = syms, hold }
}

// verifyOffering is verifyNameWith offering, for each character of instead, the character another box reads there.
func (e *Engine) verifyOffering(fr *fieldRead, name string, instead map[rune]rune) (string, float64, func()) {
	return e.verifyNameWith(fr, name, func(r rune) []rune {
		if alt, ok := instead[r]; ok {
			return []rune{alt}
		}
		return nil
	})
}

// differingKanji maps each kanji of a that differs from b at the same place to b's; false unless a and b are
// equally long and differ in one or two places, each a kanji for a kanji, and in no repeated character.
func differingKanji(a, b string) (map[rune]rune, bool) {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || a == b {
		return nil, false
	}
	m := map[rune]rune{}
	for i := range ra {
		if ra[i] == rb[i] {
			continue
		}
		if !unicode.Is(unicode.Han, ra[i]) || !unicode.Is(unicode.Han, rb[i]) {
			return nil, false
		}
		if prev, seen := m[ra[i]]; seen && prev != rb[i] {
			return nil, false
		}
		m[ra[i]] = rb[i]
	}
	return m, len(m) <= 2
}
