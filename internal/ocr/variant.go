package ocr

import (
	"image"
	"math"
	"sort"
	"strings"
	"unicode"

	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// Variant kanji in names: recognise, then verify. Debian's fast jpn model knows 2,380 kanji and none of
// 髙 﨑 𠮷 濵 德 栁 邉 齊 與; it reads 髙 as 高 and 琢 as something else. For every character of a name the
// verifier builds candidates: the character, its variant family (異体字, the MJ縮退マップ direction reversed)
// and the characters the model is measured to misread as it (confusions.go), then renders each candidate in
// IPAmj明朝 (and IPAゴシック) and keeps the one whose appearance correlates best with the printed glyph. A
// candidate replaces what Tesseract read only when it wins by a margin, so a clean common name is not changed by
// noise. Measured on the benchmark (see README): names with variants went from ~0 % to the rate reported there.

// variantMargin is how much better (correlation units) a candidate must match than the character Tesseract
// returned. Chosen on the benchmark: lower replaced correct characters on degraded scans, higher missed 髙.
const variantMargin = 0.06

type glyphVerifier struct {
	families VariantSource
}

// VariantSource gives the variant family of a character (internal/moji's MJ tables once they exist).
type VariantSource interface {
	Variants(r rune) []rune
}

// candidates returns the characters r may stand for.
func (g *glyphVerifier) candidates(r rune) []rune {
	seen := map[rune]bool{r: true}
	out := []rune{r}
	add := func(c rune) {
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	for _, c := range g.families.Variants(r) {
		add(c)
	}
	for _, c := range confusedWith[r] {
		add(c)
		for _, v := range g.families.Variants(c) {
			add(v)
		}
	}
	return out
}

// verifyName replaces characters of a name by better-matching candidates. It edits fr.syms and returns a
// confidence for the name. A character Tesseract was unsure of (confidence < lowConf) is also compared with
// every variant form the model cannot emit: what it returns for those depends on the context (邉 came back as
// 中, 店, 違 or 邊), so no table lists them all.
func (g *glyphVerifier) verifyName(fr *fieldRead, name string) (string, float64) {
	return g.verify(fr, name, g.candidates, KindName)
}

// closeCall is how near a variant's glyph score may come to the kept common form's before the name is
// not accepted without a look.
const closeCall = 0.03

// confirmedGlyph is the glyph score from which a character kept over its candidates counts as confirmed.
const confirmedGlyph = 0.8

// byMargin is the confidence of a character decided by the glyph: 0.8 plus twice its margin over the runner-up,
// so a margin under 0.05 stays below AutoAcceptThreshold.
func byMargin(m float64) float64 { return 0.8 + math.Min(0.19, 2*m) }

// openConf is the Tesseract symbol confidence under which a name character is compared with every name kanji.
const openConf = 80

// contradictedGlyph is the glyph score under which a character's own rendering is taken to contradict its cell.
const contradictedGlyph = 0.5

// wholeCell is the width, against the line height, from which a cell is taken to hold a whole character (川 cut
// into its strokes gives cells of about half a height, which match nothing).
const wholeCell = 0.75

// lowConf is the Tesseract symbol confidence under which a name character is compared with all variant forms.
const lowConf = 90

// unemittable are the variant forms of variantFamilies (every member but the first): the characters Debian's
// fast jpn model has no output for.
var unemittable = func() []rune {
	var out []rune
	for _, fam := range variantFamilies {
		for _, r := range fam[1:] {
			if !containsRune(out, r) && !containsRune(baseForms, r) {
				out = append(out, r)
			}
		}
	}
	return out
}()

var baseForms = func() []rune {
	var out []rune
	for _, fam := range variantFamilies {
		out = append(out, fam[0])
	}
	return out
}()

// verifyKana does the same for a フリガナ with the kana confusions (シ/ン, ボ/ポ, ヤ/ャ …).
func (g *glyphVerifier) verifyKana(fr *fieldRead, kana string) (string, float64) {
	return g.verify(fr, kana, kanaCandidates, KindKana)
}

func kanaCandidates(r rune) []rune {
	out := []rune{r}
	for _, c := range kanaIndex[r] {
		out = append(out, c)
	}
	return out
}

var kanaGroups = []string{
	"シンツソ", "ハバパ", "ヒビピ", "フブプ", "ヘベペ", "ホボポ", "カガ力", "キギ", "クグ", "ケゲ", "コゴ", "サザ", "スズヌ",
	"セゼ", "ソゾ", "タダ夕", "チヂ", "テデ", "トド", "ウヴ", "ヤャ", "ユュ", "ヨョ", "ツッ", "アァマ", "イィ", "エェ",
	"オォ", "ワヮ", "ロ口", "ニ二", "ー一", "ルレ", "リソ", "ラフ", "ミ三", "ノメ",
}

var kanaIndex = func() map[rune][]rune {
	m := map[rune][]rune{}
	for _, g := range kanaGroups {
		rs := []rune(g)
		for _, a := range rs {
			for _, b := range rs {
				if a != b && !containsRune(m[a], b) {
					m[a] = append(m[a], b)
				}
			}
		}
	}
	return m
}()

func (g *glyphVerifier) verify(fr *fieldRead, text string, candidates func(rune) []rune, kind FieldKind) (string, float64) {
	li := fr.line
	conf := tessConfidence(fr.syms)
	if li.src == nil {
		if kind == KindName && strings.ContainsFunc(text, func(r rune) bool { return containsRune(baseForms, r) }) {
			conf = math.Min(conf, 0.85) // a common form with variants, not compared with them
		}
		return text, conf
	}
	sort.SliceStable(fr.syms, func(a, b int) bool { return fr.syms[a].Box.Min.X < fr.syms[b].Box.Min.X })
	// limit caps the result; sure is each symbol's confidence, raised where the glyph confirms the character.
	limit := 1.0
	// openRunes: characters found by the open comparison alone and put in; the name is held (openHold).
	var openRunes []rune
	sure := make([]symbol, len(fr.syms))
	copy(sure, fr.syms)
	hint := fr.job.def.Font
	changed := false
	cells := segmentChars(li.src, li.band)
	h := float64(li.band.Dy())
	if len(cells) > len(fr.syms) {
		cells = mergeToCount(cells, len(fr.syms), li.band.Dy())
	}
	for i, s := range fr.syms {
		rs := []rune(s.Text)
		if len(rs) != 1 {
			continue
		}
		cands := candidates(rs[0])
		if kind == KindName && s.Conf < lowConf && unicode.Is(unicode.Han, rs[0]) {
			for _, u := range unemittable {
				if !containsRune(cands, u) {
					cands = append(cands, u)
				}
			}
		}
		// A name kanji with nothing to be confused with is still looked at: its cell may hold a character the
		// model has no output for at all (濵 read as 六 at 94).
		openName := kind == KindName && unicode.Is(unicode.Han, rs[0])
		if len(cands) == 1 && !openName {
			continue
		}
		// A common form with variants (吉 of 𠮷) that cannot be compared with them below is not accepted unseen.
		unchecked := func() {
			if kind == KindName && containsRune(baseForms, rs[0]) {
				limit = math.Min(limit, 0.85)
			}
		}
		sb := li.toCrop(s.Box)
		cx := float64(sb.Min.X+sb.Max.X) / 2
		// Tesseract's symbol boxes are loose (the first one often spans two characters): when segmentation
		// finds as many cells as symbols, take them in order.
		box, ok := image.Rectangle{}, false
		if len(cells) == len(fr.syms) {
			box, ok = cells[i], true
		} else {
			box, ok = nearestCell(cells, cx, h)
		}
		if !ok {
			unchecked()
			continue
		}
		tb := tighten(li.src, box)
		obs := vecOf(imaging.Crop(li.src, tb), inkThreshold)
		if obs == nil {
			unchecked()
			continue
		}
		obs.height = float64(tb.Dy()) / h
		base := bestRender(obs, string(rs[0]), hint)
		best, bestScore := rs[0], base
		rival := -2.0
		for _, c := range cands[1:] {
			sc := bestRender(obs, string(c), hint)
			rival = math.Max(rival, sc)
			if sc > bestScore {
				best, bestScore = c, sc
			}
		}
		// A common form kept (吉, 高, 崎 …) whose variant (𠮷, 髙, 﨑) matched the glyph almost as well: the two
		// differ by a stroke a blurred photo loses, so the name needs a look.
		if kind == KindName && best == rs[0] && containsRune(baseForms, rs[0]) && rival >= base-closeCall {
			limit = math.Min(limit, 0.85)
		}
		// A character Tesseract gave up on (confidence < openConf) and that no candidate explains is compared
		// with every name kanji. So is one it was sure of whose own rendering matches nothing of a whole
		// character's cell: the model's confidence says nothing about characters it cannot emit (濵 came back
		// as 六 at 94, its glyph scoring 0.02 against the cell and 濵's 0.95); what is found there goes in, held.
		// opened: best was found by the open comparison, and is put in as sure as the least margin that
		// replaces a character.
		opened, held := false, false
		if openName && bestScore < 0.8 {
			switch {
			case s.Conf < openConf:
				r, sc, margin, ok := classifyOpen(imaging.Crop(li.src, tb), obs, hint)
				if ok && sc >= 0.75 && margin >= 0.04 && sc-base >= 0.1 {
					best, bestScore, opened = r, sc, true
				}
			case base < contradictedGlyph && float64(tb.Dx()) >= wholeCell*h:
				r, sc, margin, ok := classifyOpen(imaging.Crop(li.src, tb), obs, hint)
				if ok && sc >= confirmedGlyph && margin >= 0.1 && sc-base >= 0.4 {
					best, bestScore, opened, held = r, sc, true, true
				}
			}
		}
		if opened {
			base = bestScore - variantMargin
		}
		if best != rs[0] && (opened || bestScore-base >= variantMargin && bestScore >= 0.55) {
			if kind == KindKana && voiced(string(best)) != voiced(string(rs[0])) && !markLike(string(best)) &&
				hasVoicingMark(li.src, markRegion(li, box)) != voiced(string(best)) {
				// The glyphs would add or take away a voicing mark the cell says otherwise about (a thin ザ
				// matches サ better as a whole): the recogniser's kana stays, for a look.
				limit = math.Min(limit, 0.85)
				continue
			}
			fr.syms[i].Text = string(best)
			changed = true
			// A replaced character is as sure as its margin.
			limit = math.Min(limit, byMargin(bestScore-base))
			if held {
				openRunes = append(openRunes, best)
			}
			continue
		}
		if kind == KindKana {
			// A kana without a voicing mark whose cell has one (a thin ザ read as サ): held for a look. Not
			// mended: a speck in the corner looks the same.
			if voicingMissed(li, box, rs[0]) {
				limit = math.Min(limit, 0.85)
			}
			continue
		}
		if kind != KindName {
			continue
		}
		switch {
		case bestScore < 0.55:
			// Nothing matched the glyph (a cell cut wrong, 川 split into strokes): the check says nothing, and a
			// common form with variants stays unchecked.
			unchecked()
		case best != rs[0]:
			// A candidate matched the glyph better but not by enough to replace the character (𠮷 against 吉 on a
			// phone photo, where the stroke that tells them apart is lost): the name needs a look.
			limit = math.Min(limit, 0.85)
		case base >= confirmedGlyph && len(cands) > 1:
			// A kept character that matches its own rendering well and beats every candidate is as sure as its
			// margin, like a replaced one: Tesseract's low confidence on 蓮 or 郎 in a blurred line is not kept
			// against the glyph's evidence.
			sure[i].Conf = math.Max(sure[i].Conf, 100*byMargin(base-rival))
		}
	}
	conf = math.Min(tessConfidence(sure), limit)
	if len(openRunes) > 0 {
		fr.openHold = &openHold{runes: openRunes, unheld: conf, held: math.Min(conf, reviewCap)}
		conf = fr.openHold.held
	}
	if changed {
		joined := splitByCells(joinSymbols(fr.syms, false, gapFor(kind)), fr.syms, li)
		if kind == KindKana {
			return normaliseKana(joined), conf
		}
		return normaliseName(joined), conf
	}
	return text, conf
}

// segmentChars cuts a line of CJK text into character cells: runs of inked columns are merged while the cell
// stays narrower than the line height (偏 and 旁 of 郎 are separate runs), and a gap after at least half a
// height closes a cell.
func segmentChars(g *image.Gray, band image.Rectangle) []image.Rectangle {
	h := band.Dy()
	band = growToInk(g, band, h/4)
	var cols []int
	for x := band.Min.X; x < band.Max.X; x++ {
		n := 0
		for y := band.Min.Y; y < band.Max.Y; y++ {
			if g.Pix[y*g.Stride+x] < inkThreshold {
				n++
			}
		}
		cols = append(cols, n)
	}
	type run struct{ x0, x1 int }
	var runs []run
	for x := 0; x < len(cols); {
		if cols[x] == 0 {
			x++
			continue
		}
		r := run{x0: x}
		for x < len(cols) && cols[x] > 0 {
			x++
		}
		r.x1 = x
		runs = append(runs, r)
	}
	var cells []image.Rectangle
	for i := 0; i < len(runs); {
		c := runs[i]
		i++
		for i < len(runs) {
			next := runs[i]
			width := next.x1 - c.x0
			gap := next.x0 - c.x1
			if width > h*11/10 || (c.x1-c.x0 >= h/2 && gap*6 >= h) {
				break
			}
			c.x1 = next.x1
			i++
		}
		cells = append(cells, image.Rect(band.Min.X+c.x0, band.Min.Y, band.Min.X+c.x1, band.Max.Y))
	}
	return cells
}

// growToInk widens band by up to limit columns on either side while the next column holds ink. The band was
// found with the line finder's darker ink level (lineInk); the pale tip of a sweeping stroke beyond it (the 丿
// of 尹 on a phone photo) is ink to the glyph comparison, and a cell cut through it matched its own character
// at 0.37 instead of 0.76.
func growToInk(g *image.Gray, band image.Rectangle, limit int) image.Rectangle {
	inked := func(x int) bool {
		for y := band.Min.Y; y < band.Max.Y; y++ {
			if g.Pix[(y-g.Rect.Min.Y)*g.Stride+x-g.Rect.Min.X] < inkThreshold {
				return true
			}
		}
		return false
	}
	for n := 0; n < limit && band.Min.X > g.Rect.Min.X && inked(band.Min.X-1); n++ {
		band.Min.X--
	}
	for n := 0; n < limit && band.Max.X < g.Rect.Max.X && inked(band.Max.X); n++ {
		band.Max.X++
	}
	return band
}

// mergeToCount joins the cells of a character segmentation split in two (與, whose halves stand apart, made
// five cells of 與田 美咲) until there are n: each time the two neighbours with the narrowest gap between them,
// while together they stay within a character's width (1.2 line heights). It returns cells unchanged when that
// does not reach n: the symbols are then matched to cells by position.
func mergeToCount(cells []image.Rectangle, n, h int) []image.Rectangle {
	out := append([]image.Rectangle(nil), cells...)
	for len(out) > n {
		best := -1
		for i := 0; i+1 < len(out); i++ {
			if out[i+1].Max.X-out[i].Min.X > h*6/5 {
				continue
			}
			if best < 0 || out[i+1].Min.X-out[i].Max.X < out[best+1].Min.X-out[best].Max.X {
				best = i
			}
		}
		if best < 0 {
			return cells
		}
		out[best] = out[best].Union(out[best+1])
		out = append(out[:best+1], out[best+2:]...)
	}
	return out
}

// nearestCell returns the cell whose centre is nearest to x, if within 0.45 line heights.
func nearestCell(cells []image.Rectangle, x, h float64) (image.Rectangle, bool) {
	best, bestD := image.Rectangle{}, math.Inf(1)
	for _, c := range cells {
		d := math.Abs(float64(c.Min.X+c.Max.X)/2 - x)
		if d < bestD {
			best, bestD = c, d
		}
	}
	return best, bestD <= 0.45*h
}

// tighten shrinks r to the ink inside it.
func tighten(g *image.Gray, r image.Rectangle) image.Rectangle {
	c := imaging.Crop(g, r)
	b := imaging.InkBounds(c, inkThreshold)
	if b.Empty() {
		return r
	}
	return b.Add(r.Min)
}

// BuiltinVariants is a VariantSource with the built-in families of 異体字 seen in names only (both directions: a
// family is a set), for callers that do not want internal/moji.
type BuiltinVariants struct{}

var variantFamilies = [][]rune{
	[]rune("高髙"), []rune("崎﨑嵜碕"), []rune("吉𠮷"), []rune("浜濵濱"), []rune("徳德"), []rune("柳栁"),
	[]rune("辺邉邊"), []rune("斉齊斎齋"), []rune("与與"), []rune("沢澤"), []rune("島嶋嶌"), []rune("桑桒"),
	[]rune("寛寬"), []rune("恵惠"), []rune("栄榮"), []rune("広廣"), []rune("国國"), []rune("円圓"),
	[]rune("竜龍"), []rune("滝瀧"), []rune("蔵藏"), []rune("富冨"), []rune("槙槇"), []rune("曽曾"),
	[]rune("穂穗"), []rune("覚覺"), []rune("館舘"), []rune("実實"), []rune("真眞"), []rune("黒黑"),
	[]rune("桜櫻"), []rune("渋澁"), []rune("浅淺"), []rune("条條"), []rune("壮壯"), []rune("亀龜"),
	[]rune("徹徹"), []rune("隆隆"), []rune("塚塚"), []rune("琢琢"), []rune("祐祐"), []rune("禎禎"),
	[]rune("福福"), []rune("神神"), []rune("祥祥"), []rune("礼禮"), []rune("芸藝"), []rune("薗園"),
	[]rune("籠篭"), []rune("峯峰"), []rune("嶺領"), []rune("廣広"), []rune("萩荻"), []rune("邨村"),
	[]rune("冶治"), []rune("檜桧"), []rune("槻槻"), []rune("煕熙"), []rune("﨑崎"), []rune("𠮷吉"),
}

var variantIndex = func() map[rune][]rune {
	m := map[rune][]rune{}
	for _, fam := range variantFamilies {
		for _, a := range fam {
			for _, b := range fam {
				if a != b && !containsRune(m[a], b) {
					m[a] = append(m[a], b)
				}
			}
		}
	}
	return m
}()

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// Variants implements VariantSource.
func (BuiltinVariants) Variants(r rune) []rune { return variantIndex[r] }
