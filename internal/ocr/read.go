package ocr

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/png"
	"log/slog"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/otiai10/gosseract/v2"

	"github.com/kakanai/kakanai/internal/juki"
	"github.com/kakanai/kakanai/internal/ocr/imaging"
)

// minTemplateScore is the ruling-signature score from which a page template is considered at all; the title
// then decides.
const minTemplateScore = 0.5

// readPage classifies one page, registers it to a template and reads every field.
func (e *Engine) readPage(ctx context.Context, index int, img image.Image, o ReadOptions) (*Result, error) {
	p := analyse(index, img)
	if e.log.Enabled(ctx, slog.LevelDebug) {
		e.log.Debug("page", "index", index, "media", p.media, "skew", p.skew, "photo", p.photo, "region", p.region, "size", p.work.Rect.Size(), "rulings", [2]int{len(p.hs), len(p.vs)})
	}
	res := &Result{DocumentType: Unknown, Fields: map[string]Field{}, Persons: []map[string]Field{}, Warnings: []string{}}
	if !ThreadLimitSet() {
		// Not a warning for the person reviewing: it concerns the operator. Logged once by New.
		_ = 0
	}
	var reg *registration
	if !o.NoTemplates {
		var err error
		reg, err = e.chooseTemplate(ctx, p, o)
		if err != nil {
			return nil, err
		}
		if reg == nil && p.ambiguous && o.Template == "" {
			// No template of the media its proportions suggested: read the photo as the other one.
			q := p.otherMedia()
			e.log.Debug("page", "index", index, "media", q.media, "retry", true)
			if reg, err = e.chooseTemplate(ctx, q, o); err != nil {
				return nil, err
			}
			if reg != nil {
				p = q
			}
		}
	}
	if reg == nil {
		return e.readByLabels(ctx, p, o, res)
	}
	res.DocumentType = reg.tpl.DocumentType
	res.Template = reg.tpl.Ref()
	if err := e.readTemplate(ctx, p, *reg, res); err != nil {
		return nil, err
	}
	return res, nil
}

// chooseTemplate returns the registration of the best template, or nil when none fits.
func (e *Engine) chooseTemplate(ctx context.Context, p *pageWork, o ReadOptions) (*registration, error) {
	if o.Template != "" {
		t, ok := e.lib.Lookup(o.Tenant, o.Template)
		if !ok {
			return nil, fmt.Errorf("template %q not found", o.Template)
		}
		r := p.register(t)
		return &r, nil
	}
	var regs []registration
	for _, t := range e.lib.Candidates(o.Tenant, p.media) {
		if o.DocumentType != "" && o.DocumentType != Unknown && t.DocumentType != o.DocumentType {
			continue
		}
		r := p.register(t)
		e.log.Debug("register", "template", t.ID, "score", r.score, "shift", r.shift)
		if p.media == MediaPage && r.score < minTemplateScore {
			continue
		}
		regs = append(regs, r)
	}
	sort.SliceStable(regs, func(a, b int) bool { return regs[a].score > regs[b].score })
	if len(regs) > 4 && p.media == MediaPage {
		regs = regs[:4]
	}
	var best *registration
	bestSim := 0.0
	// The highest title similarity and the one after it, for a card no title reads well enough.
	top, next, topAt := -1.0, -1.0, -1
	for i := range regs {
		r := regs[i]
		sim, err := e.titleSimilarity(ctx, p, r)
		if err != nil {
			return nil, err
		}
		if sim > top {
			top, next, topAt = sim, top, i
		} else if sim > next {
			next = sim
		}
		combined := sim + r.score*0.25
		if sim >= 0.6 && combined > bestSim {
			best, bestSim = &regs[i], combined
			if p.media == MediaPage && sim >= 0.95 {
				break
			}
		}
	}
	if best == nil && p.media == MediaCard && topAt >= 0 && top >= 0.45 && top-max(next, 0) >= 0.3 {
		// A card is one of the card layouts, and the template-free reader does poorly on one. A small bold title
		// at 200 dpi (個人番号 read as 個人秋呈) reaches no 0.6, but when one title is half-read and no other
		// at all, that one is the card.
		best = &regs[topAt]
	}
	return best, nil
}

// titleSimilarity reads the template's title box and compares it with the title text.
func (e *Engine) titleSimilarity(ctx context.Context, p *pageWork, r registration) (float64, error) {
	t := r.tpl.Title
	if t.Text == "" {
		return 0, nil
	}
	k := math.Max(4, math.Min(r.sx, 16))
	crop, _ := sampleBox(p.work, r, t.Box, 0.3, k)
	li := prepareLine(crop, 0, int(0.3*k))
	dumpLine("title-"+r.tpl.ID, li.img)
	if li.empty {
		return 0, nil
	}
	if !e.opts.DisableTitleGlyphs && titleByGlyphs(li, t.Text) {
		return 1, nil
	}
	// Titles are letter-spaced (転　出　証　明　書) and Tesseract's time grows with a line's width: the blank
	// between characters is closed up first (674 → 398 px, 17.8 → 14.1 ms a title on the 転出証明書 pages).
	syms, err := e.pool.recognize(ctx, closeGaps(li.img, targetHeight/4), LangJpn, gosseract.PSM_SINGLE_LINE, "")
	if err != nil {
		return 0, err
	}
	got := compactText(joinSymbols(syms, false, 0))
	sim := textSimilarity(got, compactText(t.Text))
	if sim < 0.6 {
		// A title Tesseract cannot read (a blurred 2× upscale, JPEG blocks on a coloured band) is compared as
		// an image with the title rendered in the fonts.
		if _, gs, _ := classifyVocab(li, []string{t.Text}, "gothic"); gs >= 0.62 {
			sim = math.Max(sim, math.Min(0.9, gs))
		}
		// Small print (a card at 200 dpi) correlates poorly as a whole: character by character instead.
		if obs, ok := charGlyphs(li); ok {
			if cs, ok := charsScore(obs, compactText(t.Text), "gothic"); ok && cs >= 0.62 {
				sim = math.Max(sim, math.Min(0.9, cs))
			}
		}
	}
	e.log.Debug("title", "template", r.tpl.ID, "got", got, "want", t.Text, "sim", sim)
	return sim, nil
}

// compactText drops spaces and punctuation for comparisons.
func compactText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			return -1
		}
		return r
	}, s)
}

// textSimilarity is 1 − normalised edit distance, two neighbours swapped counting as one edit (the LSTM swaps
// the characters of a title it reads under uneven light: 公委安員友 for 公安委員会); containing the whole title
// counts as a match.
func textSimilarity(got, want string) float64 {
	if want == "" {
		return 0
	}
	if strings.Contains(got, want) {
		return 1
	}
	a, b := []rune(got), []rune(want)
	d := swapEditDistance(a, b)
	return 1 - float64(d)/float64(max(len(a), len(b)))
}

// swapEditDistance is the optimal string alignment distance: Levenshtein's edits and the swap of two
// neighbours, each costing one.
func swapEditDistance(a, b []rune) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// EditDistance is the Levenshtein distance between two rune strings (the benchmark scores with it too).
func EditDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := prev[j-1]
			if a[i-1] != b[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// joinSymbols rebuilds a line from symbols sorted left to right. With gapFactor > 0 it inserts spaces: for a
// Latin line (latin) at every gap wider than gapFactor × the line height; for a Japanese name or フリガナ only at
// the single widest gap, when it is clearly wider than the others (the full-width space between 氏 and 名:
// katakana like ト and ウ have wide side bearings, so a fixed threshold splits them).
func joinSymbols(syms []symbol, latin bool, gapFactor float64) string {
	sort.SliceStable(syms, func(a, b int) bool { return syms[a].Box.Min.X < syms[b].Box.Min.X })
	h := 0
	for _, s := range syms {
		h = max(h, s.Box.Dy())
	}
	split := -1
	if !latin && gapFactor > 0 && len(syms) >= 2 {
		var gaps []int
		widest, at := -1<<30, -1
		for i := 1; i < len(syms); i++ {
			g := syms[i].Box.Min.X - syms[i-1].Box.Max.X
			gaps = append(gaps, g)
			if g > widest {
				widest, at = g, i
			}
		}
		sorted := append([]int(nil), gaps...)
		sort.Ints(sorted)
		second := -1 << 30
		if len(sorted) >= 2 {
			second = sorted[len(sorted)-2]
		}
		if float64(widest) >= gapFactor*float64(h) && float64(widest) >= 1.6*float64(max(second, 1)) {
			split = at
		}
	}
	var b strings.Builder
	for i, s := range syms {
		if i > 0 {
			gap := s.Box.Min.X - syms[i-1].Box.Max.X
			switch {
			case latin && gapFactor > 0 && float64(gap) > gapFactor*float64(h):
				b.WriteByte(' ')
			case i == split:
				b.WriteRune('　')
			}
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// fieldJob is one box to read.
type fieldJob struct {
	def  FieldDef
	slot int // -1 document, else person slot
	box  Rect
	// pageNames are the persons' names read on the page, for the 世帯主 and 筆頭者 boxes (nameFromPage).
	pageNames []Field
	// kana is the person's フリガナ as read and accepted, for the name box (nameByKana).
	kana string
}

// fieldRead is what reading a box gave.
type fieldRead struct {
	level   int // 2: the value passed its checks (date parsed, check digit, exact vocabulary …), 1: a value, 0: none
	job     fieldJob
	raw     string
	syms    []symbol
	line    lineImage
	box     Box
	empty   bool
	values  map[string]Field
	warning string
	// unreadNote marks a 備考 line with text in which no address was made out.
	unreadNote bool
	// openHold is set where a name's glyph check put in a character found only by comparing its cell with
	// every name kanji (verify).
	openHold *openHold
}

// openHold is a name held for review because characters of it (runes) were found by the open comparison alone:
// held is its confidence as held, unheld what it would have been otherwise (agreeNames lifts the hold where
// another box reads those characters in the same places).
type openHold struct {
	runes        []rune
	held, unheld float64
}

// unreadNoteMinChars: a 備考 line of fewer characters is a speck or a stamp's edge, not an entry.
const unreadNoteMinChars = 8

// readTemplate reads every field of the registered template.
func (e *Engine) readTemplate(ctx context.Context, p *pageWork, r registration, res *Result) error {
	t := r.tpl
	var jobs []fieldJob
	slots := 1
	var dx, dy float64
	if t.Persons != nil {
		slots, dx, dy = max(1, t.Persons.Slots), t.Persons.DX, t.Persons.DY
	}
	anchor := ""
	for _, f := range t.Fields {
		if f.Person >= 0 && (f.Key == KeyFullName || (anchor == "" && f.Key == KeyRomanName)) {
			anchor = f.Key
		}
	}
	for _, f := range t.Fields {
		if f.Person < 0 {
			jobs = append(jobs, fieldJob{def: f, slot: -1, box: f.Box})
		}
	}
	for k := 0; k < slots; k++ {
		off := func(b Rect) Rect { b.X += float64(k) * dx; b.Y += float64(k) * dy; return b }
		// A slot without a name is empty: skip its other fields without calling Tesseract.
		if anchor != "" && k > 0 {
			for _, f := range t.Fields {
				if f.Person >= 0 && f.Key == anchor {
					crop, _ := sampleBox(p.work, r, off(f.Box), 0.3, r.sx)
					if prepareLine(crop, charHeight(f.Box, r.sx)).empty {
						goto nextSlot
					}
				}
			}
		}
		for _, f := range t.Fields {
			if f.Person >= 0 {
				jobs = append(jobs, fieldJob{def: f, slot: k, box: off(f.Box)})
			}
		}
	nextSlot:
	}
	reads := make([]*fieldRead, len(jobs))
	errs := make([]error, len(jobs))
	sem := make(chan struct{}, e.opts.Workers*2)
	readAll := func(which func(fieldJob) bool) error {
		var wg sync.WaitGroup
		for i, j := range jobs {
			if !which(j) {
				continue
			}
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				reads[i], errs[i] = e.readField(ctx, p, r, j)
			}()
		}
		wg.Wait()
		return errors.Join(errs...)
	}
	// A person's name after its フリガナ (nameByKana), the 世帯主 and 筆頭者 boxes (the document's, or a person's
	// 筆頭者) after the persons' names, which they mostly repeat (nameFromPage).
	hasKana := false
	for _, f := range t.Fields {
		hasKana = hasKana || (f.Person >= 0 && f.Key == KeyFullNameKana)
	}
	nameBox := func(j fieldJob) bool {
		return !e.opts.DisableKanaNames && hasKana && j.slot >= 0 && j.def.Key == KeyFullName
	}
	headBox := func(j fieldJob) bool {
		return !e.opts.DisablePageNames && anchor == KeyFullName && j.def.Kind == KindName && j.def.Key != KeyFullName
	}
	if err := readAll(func(j fieldJob) bool { return !nameBox(j) && !headBox(j) }); err != nil {
		return err
	}
	kana := slotValues(reads, KeyFullNameKana)
	for i := range jobs {
		if v, ok := kana[jobs[i].slot]; ok && nameBox(jobs[i]) && v.Confidence >= AutoAcceptThreshold {
			jobs[i].kana = v.Value
		}
	}
	if err := readAll(nameBox); err != nil {
		return err
	}
	var names []Field
	byName := slotValues(reads, KeyFullName)
	for _, slot := range slices.Sorted(maps.Keys(byName)) {
		names = append(names, byName[slot])
	}
	for i := range jobs {
		if headBox(jobs[i]) {
			jobs[i].pageNames = names
		}
	}
	if err := readAll(headBox); err != nil {
		return err
	}
	e.agreeRomanisedSurname(reads)
	e.agreeNames(reads)
	e.assemble(p, r, reads, res)
	return nil
}

// slotValues returns the value each person's slot read for key.
func slotValues(reads []*fieldRead, key string) map[int]Field {
	out := map[int]Field{}
	for _, fr := range reads {
		if fr != nil && fr.job.slot >= 0 && fr.job.def.Key == key {
			if v, ok := fr.values[key]; ok {
				out[fr.job.slot] = v
			}
		}
	}
	return out
}

// charHeight estimates the character height of a one-line box in pixels at k px/mm.
func charHeight(b Rect, k float64) float64 { return math.Min(b.H*0.55, 6) * k }

// readField samples, prepares and recognises one box and interprets the text.
func (e *Engine) readField(ctx context.Context, p *pageWork, r registration, j fieldJob) (*fieldRead, error) {
	fr := &fieldRead{job: j}
	k := r.sx
	if j.def.Kind == KindDateParts {
		return e.readDateParts(ctx, p, r, fr)
	}
	// Cards are registered by their edges only: search a little further for the line.
	pad := 0.4
	crop, m := sampleBox(p.work, r, j.box, pad, k)
	var li lineImage
	if j.def.Kind == KindAddress || j.def.Kind == KindNote {
		li = prepareMarkedLineAt(crop, charHeight(j.box, k), k, int(pad*k))
	} else {
		li = prepareLineAt(crop, charHeight(j.box, k), k, int(pad*k))
	}
	if li.empty {
		fr.empty = true
		return fr, nil
	}
	// A value the glyphs read: checked (level 2), the text as printed in raw.
	byGlyphs := func(v, raw string, c float64) *fieldRead {
		fr.line, fr.box, fr.raw, fr.level = li, p.boxToOrig(m, li.band), raw, 2
		fr.values = map[string]Field{j.def.Key: {Value: v, Confidence: c, Box: fr.box}}
		return fr
	}
	if v, raw, c, ok := readByGlyphsAlone(li, j.def); ok {
		return byGlyphs(v, raw, c), nil
	}
	if j.def.Kind == KindIssuer {
		return e.readIssuer(ctx, p, m, li, j)
	}
	if j.def.Kind == KindName && j.kana != "" {
		if v, ok := e.nameByKana(li, j.kana, j.def.Font); ok {
			return byGlyphs(v, v, nameGlyphConfidence), nil
		}
	}
	if j.def.Kind == KindName && len(j.pageNames) > 0 {
		if f, ok := e.nameFromPage(li, j.pageNames, j.def.Font); ok {
			return byGlyphs(f.Value, f.Value, f.Confidence), nil
		}
	}
	var addressHead addressGlyphRead
	if j.def.Kind == KindAddress && e.addresses != nil {
		if addressHead = e.addresses.addressByGlyphAlone(li, j.def.Font); addressHead.ok {
			return byGlyphs(addressHead.text, addressHead.text, addressGlyphConfidence), nil
		}
	}
	var best *fieldRead
	var err error
	if addressHead.head != "" && !e.opts.DisableAddressHeads {
		best, err = e.readAddressTail(ctx, p, m, li, j, addressHead)
	} else {
		best, err = e.readLine(ctx, p, m, li, j)
	}
	if err != nil {
		return nil, err
	}
	// A value that did not pass its checks is read again from differently prepared images (larger, smaller,
	// binarised): low-resolution card scans and degraded pages often give a checkable reading in one of them.
	if best.level < 2 && retryable(j.def.Kind, best) {
		for _, alt := range alternates(li) {
			fr2, err := e.readLine(ctx, p, m, alt, j)
			if err != nil {
				return nil, err
			}
			if better(fr2, best) {
				best = fr2
			}
			if best.level >= 2 {
				break
			}
		}
	}
	return best, nil
}

// readAddressTail reads an address line whose head (都道府県, municipality, 町域) the glyphs read clearly but not
// the rest (a blurred １, a building named in kanji): Tesseract reads only the part after the head, whose
// time grows with the line's width, and the head's characters stand before its symbols in their own cells.
// They carry the mean confidence of Tesseract's symbols, so the field is as sure as Tesseract's part of it.
// A tail Tesseract finds nothing in is read with the whole line.
func (e *Engine) readAddressTail(ctx context.Context, p *pageWork, m imaging.Affine, li lineImage, j fieldJob, g addressGlyphRead) (*fieldRead, error) {
	cut := (li.toLine(g.headSlots[len(g.headSlots)-1]).Max.X + li.toLine(g.restSlots[0]).Min.X) / 2
	// The tail with a white margin before it, as every prepared line has: the head's last character reaches
	// into the margin's columns when the gap is narrow (its edge read as i, 「 or ]), so they are cleared.
	from := cut - lineBorder
	rest := imaging.Crop(li.img, image.Rect(from, 0, li.img.Rect.Dx(), li.img.Rect.Dy()))
	for y := 0; y < rest.Rect.Dy(); y++ {
		row := rest.Pix[y*rest.Stride:]
		for x := 0; x < lineBorder; x++ {
			row[x] = 255
		}
	}
	lang, wl := recogniserFor(j.def.Kind)
	tail, err := e.pool.recognize(ctx, rest, lang, gosseract.PSM_SINGLE_LINE, wl)
	if err != nil {
		return nil, err
	}
	// The line is printed at one pitch, one character to a cell: a reading with more or fewer characters than
	// the cells after the head lost one or made one up (a 号 cut by the box's edge dropped, read at 0.94), and
	// one that puts another character where a cell's glyph is clearly of the number alphabet misread it without
	// the line's context (３本目 for ３丁目 at 0.97, read right whole). Either way the whole line is read instead,
	// as it would have been.
	var read []rune
	for _, s := range tail {
		read = append(read, []rune(foldASCII(strings.TrimSpace(s.Text)))...)
	}
	if len(read) != len(g.restSlots) {
		return e.readLine(ctx, p, m, li, j)
	}
	for i, r := range read {
		if c := g.restClear[i]; c != 0 && foldASCII(string(c)) != string(r) {
			return e.readLine(ctx, p, m, li, j)
		}
	}
	mean := 0.0
	for i := range tail {
		tail[i].Box = tail[i].Box.Add(image.Pt(from, 0))
		mean += tail[i].Conf
	}
	mean /= float64(len(tail))
	syms := make([]symbol, 0, len(g.headSlots)+len(tail))
	for i, r := range []rune(g.head) {
		syms = append(syms, symbol{Text: string(r), Box: li.toLine(g.headSlots[i]), Conf: mean})
	}
	fr := &fieldRead{job: j, line: li, box: p.boxToOrig(m, li.band), syms: append(syms, tail...)}
	fr.raw = joinSymbols(fr.syms, false, gapFor(j.def.Kind))
	e.interpret(ctx, fr)
	return fr, nil
}

// readIssuer reads an issuer line, 「福岡県久留米市長　原口　新五」, by its part before the first wide space
// when there is one: the mayor's name after it tells nothing about the issuer, and Tesseract's time grows with
// a line's width (measured: 38 → 30 ms a 転出証明書 page, the line 601 → 357 px wide). The whole line is read
// when the part names no municipality unmistakably (letter-spaced print, 「府中市長」 without its 都府県).
func (e *Engine) readIssuer(ctx context.Context, p *pageWork, m imaging.Affine, li lineImage, j fieldJob) (*fieldRead, error) {
	if e.issuers != nil {
		if text, ok := e.issuers.issuerByGlyphAlone(li, j.def.Font); ok {
			if _, conf, ok := e.lib.MatchIssuerConfidence(text + j.def.Label); ok && conf >= issuerExact {
				return &fieldRead{job: j, line: li, box: p.boxToOrig(m, li.band), raw: text, level: 2}, nil
			}
		}
	}
	if head, ok := issuerHead(li); ok {
		fr, err := e.readLine(ctx, p, m, head, j)
		if err != nil {
			return nil, err
		}
		if _, conf, ok := e.lib.MatchIssuerConfidence(fr.raw + j.def.Label); ok && conf >= issuerExact {
			return fr, nil
		}
	}
	return e.readLine(ctx, p, m, li, j)
}

// issuerHead cuts a prepared line at its first blank stretch at least a character wide, when at least three
// characters' worth of text stand before it.
func issuerHead(li lineImage) (lineImage, bool) {
	blank := blankColumns(li.img)
	first := slices.Index(blank, false)
	if first < 0 {
		return li, false
	}
	for x := first; x < len(blank); {
		if !blank[x] {
			x++
			continue
		}
		gap := x
		for x < len(blank) && blank[x] {
			x++
		}
		if x == len(blank) {
			break // the blank after the last character
		}
		if x-gap >= targetHeight && gap-first >= 3*targetHeight {
			head := li
			head.img = imaging.Crop(li.img, image.Rect(0, 0, gap+lineBorder, li.img.Rect.Dy()))
			return head, true
		}
	}
	return li, false
}

// blankColumns reports, for each column of a prepared line, whether it holds no ink.
func blankColumns(g *image.Gray) []bool {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	blank := make([]bool, w)
	for x := range blank {
		blank[x] = true
		for y := 0; y < h; y++ {
			if g.Pix[y*g.Stride+x] < inkThreshold {
				blank[x] = false
				break
			}
		}
	}
	return blank
}

// closeGaps shortens every blank stretch of columns between characters of a prepared line to at most gap
// pixels; the margins stay. The boxes of what is read in it no longer match the line's.
func closeGaps(g *image.Gray, gap int) *image.Gray {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	blank := blankColumns(g)
	first, last := slices.Index(blank, false), -1
	if first < 0 {
		return g
	}
	for x := range blank {
		if !blank[x] {
			last = x
		}
	}
	keep := make([]int, 0, w)
	run := 0
	for x := 0; x < w; x++ {
		if x > first && x < last && blank[x] {
			if run++; run > gap {
				continue
			}
		} else {
			run = 0
		}
		keep = append(keep, x)
	}
	if len(keep) == w {
		return g
	}
	out := image.NewGray(image.Rect(0, 0, len(keep), h))
	for y := 0; y < h; y++ {
		src, dst := g.Pix[y*g.Stride:], out.Pix[y*out.Stride:]
		for i, x := range keep {
			dst[i] = src[x]
		}
	}
	return out
}

// readByGlyphsAlone reads a box by glyph matching, without Tesseract, where the glyphs are sure on their own:
// a 性別 or 続柄 from its vocabulary, a date every cell of which is clear, a number its check digit confirms. It
// returns the value, the text as printed and the confidence; false sends the box to the line recogniser.
func readByGlyphsAlone(li lineImage, def FieldDef) (value, raw string, conf float64, ok bool) {
	switch def.Kind {
	case KindDate:
		value, raw, ok = dateByGlyphAlone(li, def)
		return value, raw, 0.95, ok
	case KindDigits:
		value, ok = identifierByGlyphAlone(li, def)
		return value, value, 0.97, ok
	case KindKana:
		value, ok = kanaByGlyphAlone(li, def)
		return value, value, 0.95, ok
	}
	value, conf, ok = byGlyphAlone(li, def)
	return value, value, conf, ok
}

// byGlyphAlone reads a 性別 or 続柄 box by comparing the whole box with its vocabulary rendered in the fonts,
// without Tesseract, when one entry matches clearly: two to six of a page's ~23 line reads, at ~20 ms each,
// for words the line recogniser reads less reliably than the glyphs do (男 as 固). Anything less clear goes
// through the recogniser and the usual checks.
func byGlyphAlone(li lineImage, def FieldDef) (string, float64, bool) {
	var vocab []string
	switch {
	case def.Kind == KindSex:
		vocab = sexVocab
	case def.Kind == KindRelationship && def.Label == "父母との続柄":
		vocab = kosekiRelationshipVocab
	case def.Kind == KindRelationship:
		vocab = relationshipVocab
	default:
		return "", 0, false
	}
	v, score, margin := classifyVocab(li, vocab, def.Font)
	if v == "" || score < glyphAloneScore || margin < glyphAloneMargin {
		return "", 0, false
	}
	return v, 0.95, true
}

// dateByGlyphAlone reads a date box by its glyphs alone (readDateByGlyphs) when the date it gives exists as
// printed and is plausible for its field; it returns the date as YYYY-MM-DD and as printed.
func dateByGlyphAlone(li lineImage, def FieldDef) (string, string, bool) {
	text, ok := readDateByGlyphs(li, def.Font)
	if !ok {
		return "", "", false
	}
	d, parsed, repaired := repairDateText(text, plausibleFor(def.Key))
	if !parsed || repaired {
		return "", "", false
	}
	return d.ISO(), text, true
}

// identifierByGlyphAlone reads a 住民票コード, 個人番号 or 免許証番号 box digit by digit by glyph matching, without
// Tesseract, when the line cuts into exactly its number of digits, each digit matches clearly, and the whole
// passes the number's check digit. A check digit catches every single wrong digit and almost every swap, so
// what passes is as sure as the recogniser's own checked reading; anything less goes through the recogniser.
func identifierByGlyphAlone(li lineImage, def FieldDef) (string, bool) {
	check, n := identifierCheck(def.Key)
	if check == nil {
		return "", false
	}
	cells := identifierCells(li)
	if len(cells) != n {
		return "", false
	}
	v, margin, ok := classifyCellRects(li, cells, func(int) []rune { return digitRunes }, def.Font)
	if !ok || margin < identifierGlyphMargin || !check(v) {
		return "", false
	}
	return v, true
}

// identifierCells cuts an identifier line at its empty columns and leaves out the separators printed between
// groups of digits (1584-6643-0415): a cell whose ink is under half the band's height. Read as digits, the two
// hyphens of a 個人番号 had made up for a leading 1 and a digit lost in a split, and the twelve "digits" passed
// the check digit, as one wrong number in eleven does: 584466434045 was accepted at 0.97.
func identifierCells(li lineImage) []image.Rectangle {
	var out []image.Rectangle
	for _, c := range segmentNarrow(li.src, li.band) {
		if ink := tighten(li.src, c); ink.Dy()*2 >= li.band.Dy() {
			out = append(out, c)
		}
	}
	return out
}

// identifierGlyphMargin: how much better than the runner-up every digit's glyph must match.
const identifierGlyphMargin = 0.05

// glyphAloneScore and glyphAloneMargin: how well, and by how much more than the runner-up, a vocabulary entry
// must match for the recogniser to be skipped.
const (
	glyphAloneScore  = 0.8
	glyphAloneMargin = 0.15
)

// retryable reports whether another reading may help a field.
func retryable(k FieldKind, fr *fieldRead) bool {
	switch k {
	case KindName, KindKana, KindRoman:
		return fieldConf(fr) < 0.7
	case KindIssuer, KindText, KindNote:
		return false
	}
	return true
}

func fieldConf(fr *fieldRead) float64 {
	c := 0.0
	for _, v := range fr.values {
		c = math.Max(c, v.Confidence)
	}
	return c
}

// better orders readings by their check level, then by confidence.
func better(a, b *fieldRead) bool {
	if a.level != b.level {
		return a.level > b.level
	}
	return fieldConf(a) > fieldConf(b)+0.02
}

// alternates are other preparations of a line: 1.3× and 0.8× the size, and Otsu-binarised.
func alternates(li lineImage) []lineImage {
	var out []lineImage
	for _, f := range []float64{1.3, 0.8} {
		a := li
		a.img = imaging.Scale(li.img, f)
		a.scale = li.scale * f
		a.alt = f
		out = append(out, a)
	}
	b := li
	b.img = imaging.Threshold(li.img, imaging.Otsu(li.img)).Gray()
	out = append(out, b)
	return out
}

// readLine recognises one prepared line and interprets it.
func (e *Engine) readLine(ctx context.Context, p *pageWork, m imaging.Affine, li lineImage, j fieldJob) (*fieldRead, error) {
	fr := &fieldRead{job: j, line: li}
	dumpLine(fmt.Sprintf("p%d-%s-%d", p.index, j.def.Key, j.slot), li.img)
	lang, wl := recogniserFor(j.def.Kind)
	syms, err := e.pool.recognize(ctx, li.img, lang, gosseract.PSM_SINGLE_LINE, wl)
	if err != nil {
		return nil, err
	}
	unscale := func(ss []symbol, f float64) {
		for i := range ss {
			ss[i].Box = scaleRect(ss[i].Box, 1/f)
		}
	}
	// Tesseract sometimes returns nothing for a clean line (seen on short names with a wide gap, 渡辺　隆 at
	// 200 dpi): its single-line mode still runs the page layout analysis, which can drop the line. The raw-line
	// mode skips it; it is not the default because its symbol boxes and spaces are worse (names 95 → 74 %
	// exact on the benchmark). Failing that, read it again a little larger.
	if len(syms) == 0 {
		if syms, err = e.pool.recognize(ctx, li.img, lang, gosseract.PSM_RAW_LINE, wl); err != nil {
			return nil, err
		}
	}
	if len(syms) == 0 && li.alt == 0 {
		bigger := imaging.Scale(li.img, 1.3)
		if syms, err = e.pool.recognize(ctx, bigger, lang, gosseract.PSM_SINGLE_LINE, wl); err != nil {
			return nil, err
		}
		unscale(syms, 1.3)
	}
	if li.alt != 0 {
		// Boxes back into the coordinates of the first preparation, which glyph matching and boxes use.
		unscale(syms, li.alt)
		li.img = imaging.Scale(li.img, 1/li.alt)
		li.scale /= li.alt
		li.alt = 0
		fr.line = li
	}
	kind := j.def.Kind
	fr.box = p.boxToOrig(m, li.band)
	latinWords := func() bool {
		ws, err := e.pool.words(ctx, li.img, LangEng, gosseract.PSM_SINGLE_LINE, "ABCDEFGHIJKLMNOPQRSTUVWXYZ,.-' ")
		if err != nil || len(ws) == 0 {
			return false
		}
		var alt []symbol
		for _, w := range ws {
			alt = append(alt, symbol{Text: w.Word, Box: w.Box, Conf: w.Confidence})
		}
		fr.syms, fr.raw = alt, joinWords(alt)
		return true
	}
	switch {
	case kind == KindRoman && latinWords():
		// Word boxes carry Tesseract's own word spacing, more reliable for Latin names than symbol gaps.
		e.interpret(ctx, fr)
		return fr, nil
	case kind == KindName && isLatinLine(syms) && latinWords():
		// A name printed in Latin letters (a foreigner on a 転出証明書) is read again with the Latin model.
		fr.values = map[string]Field{}
		if v := normaliseRoman(fr.raw); v != "" {
			fr.values[j.def.Key] = Field{Value: v, Confidence: round3(tessConfidence(fr.syms)), Box: fr.box}
			fr.level = 1
			if tessConfidence(fr.syms) >= 0.85 {
				fr.level = 2
			}
		}
		return fr, nil
	}
	fr.syms = syms
	fr.raw = joinSymbols(syms, lang == LangEng, gapFor(kind))
	if kind == KindName || kind == KindKana {
		fr.raw = splitByCells(fr.raw, syms, li)
	}
	e.interpret(ctx, fr)
	if e.log.Enabled(ctx, slog.LevelDebug) {
		var confs []int
		for _, s := range syms {
			confs = append(confs, int(s.Conf))
		}
		e.log.Debug("field", "key", j.def.Key, "slot", j.slot, "raw", fr.raw, "conf", confs, "bandH", li.bandH, "level", fr.level)
	}
	return fr, nil
}

// joinWords joins word texts with single spaces, left to right.
func joinWords(ws []symbol) string {
	sort.SliceStable(ws, func(a, b int) bool { return ws[a].Box.Min.X < ws[b].Box.Min.X })
	parts := make([]string, 0, len(ws))
	for _, w := range ws {
		parts = append(parts, w.Text)
	}
	return strings.Join(parts, " ")
}

// readDateParts reads the year, month and day boxes of a KindDateParts field with the digit model.
func (e *Engine) readDateParts(ctx context.Context, p *pageWork, r registration, fr *fieldRead) (*fieldRead, error) {
	j := fr.job
	fr.values = map[string]Field{}
	if len(j.def.Parts) != 3 {
		fr.empty = true
		return fr, nil
	}
	var nums []string
	conf := 1.0
	var box image.Rectangle
	for _, part := range j.def.Parts {
		crop, m := sampleBox(p.work, r, part, 0.2, r.sx)
		li := prepareLineAt(crop, charHeight(part, r.sx), r.sx, int(0.2*r.sx))
		if li.empty {
			fr.empty = true
			return fr, nil
		}
		syms, err := e.pool.recognize(ctx, li.img, LangEng, gosseract.PSM_SINGLE_LINE, "0123456789")
		if err != nil {
			return nil, err
		}
		n := joinSymbols(syms, true, 0)
		// A bracket or a stroke of the pre-printed 年 read as 1: keep the digits the part holds.
		if want := []int{4, 2, 2}[len(nums)]; len(n) > want {
			n = n[len(n)-want:]
		}
		nums = append(nums, n)
		conf = math.Min(conf, tessConfidence(syms))
		b := p.boxToOrig(m, li.band)
		box = box.Union(image.Rect(b.X, b.Y, b.X+b.W, b.Y+b.H))
	}
	fr.raw = strings.Join(nums, "-")
	e.log.Debug("field", "key", j.def.Key, "parts", fr.raw)
	fr.box = Box{Page: p.index, X: box.Min.X, Y: box.Min.Y, W: box.Dx(), H: box.Dy()}
	if d, err := juki.ParseDate(nums[0] + "年" + nums[1] + "月" + nums[2] + "日"); err == nil && len(nums[0]) == 4 {
		fr.values[j.def.Key] = Field{Value: d.ISO(), Confidence: round3(clamp01(0.55 + 0.45*conf)), Box: fr.box}
	}
	return fr, nil
}

// splitByCells places the 氏/名 space of a Japanese name from the character cells found by segmentation
// when they agree with the symbols in number (Tesseract's own boxes are too loose for it).
func splitByCells(raw string, syms []symbol, li lineImage) string {
	if li.src == nil || len(syms) < 2 {
		return raw
	}
	cells := segmentChars(li.src, li.band)
	sorted := append([]symbol(nil), syms...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].Box.Min.X < sorted[b].Box.Min.X })
	// One symbol more than cells with two equal neighbours: the LSTM repeated a character (タナベベ).
	if len(cells) == len(sorted)-1 {
		for i := 1; i < len(sorted); i++ {
			if sorted[i].Text == sorted[i-1].Text && sorted[i].Text[0] >= 0x80 {
				sorted = append(sorted[:i:i], sorted[i+1:]...)
				raw = joinSymbols(append([]symbol(nil), sorted...), false, 0)
				break
			}
		}
	}
	if len(cells) != len(sorted) {
		return raw
	}
	at := nameGapAt(cells, li.band.Dy())
	var b strings.Builder
	for i, s := range sorted {
		if i == at {
			b.WriteRune('　')
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// nameGapAt returns the index of the cell after the gap between 氏 and 名: the widest gap, when it is at least
// 0.4 line heights and 1.6 times the next widest; -1 when no gap stands out.
func nameGapAt(cells []image.Rectangle, h int) int {
	widest, at := -1, -1
	var gaps []int
	for i := 1; i < len(cells); i++ {
		g := cells[i].Min.X - cells[i-1].Max.X
		gaps = append(gaps, g)
		if g > widest {
			widest, at = g, i
		}
	}
	sort.Ints(gaps)
	second := 1
	if len(gaps) >= 2 {
		second = max(1, gaps[len(gaps)-2])
	}
	if at >= 0 && widest*10 >= h*4 && widest*10 >= second*16 {
		return at
	}
	return -1
}

func scaleRect(r image.Rectangle, f float64) image.Rectangle {
	return image.Rect(int(float64(r.Min.X)*f), int(float64(r.Min.Y)*f), int(math.Ceil(float64(r.Max.X)*f)), int(math.Ceil(float64(r.Max.Y)*f)))
}

// isLatinLine reports whether most symbols are Latin letters.
func isLatinLine(syms []symbol) bool {
	latin := 0
	for _, s := range syms {
		if hasLatin(s.Text) {
			latin++
		}
	}
	return len(syms) >= 3 && latin*3 >= len(syms)*2
}

// gapFor is the gap (× line height) that makes a space: a name's 氏　名 gap is about one character.
func gapFor(k FieldKind) float64 {
	switch k {
	case KindRoman, KindCardNumber:
		return 0.5
	case KindName, KindKana:
		return 0.45
	}
	return 0
}

// recogniserFor returns the language and whitelist of a field kind.
func recogniserFor(k FieldKind) (Lang, string) {
	switch k {
	case KindDigits:
		return LangEng, "0123456789"
	case KindCardNumber:
		return LangEng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	case KindRoman:
		return LangEng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ,.-' "
	}
	return LangJpn, ""
}

// boxToOrig maps a rectangle of crop pixels to a Box in the original page.
func (p *pageWork) boxToOrig(m imaging.Affine, r image.Rectangle) Box {
	pts := []imaging.Point{{X: float64(r.Min.X), Y: float64(r.Min.Y)}, {X: float64(r.Max.X), Y: float64(r.Min.Y)},
		{X: float64(r.Max.X), Y: float64(r.Max.Y)}, {X: float64(r.Min.X), Y: float64(r.Max.Y)}}
	x0, y0, x1, y1 := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, q := range pts {
		o := p.toOrig(m.Apply(q))
		x0, y0 = math.Min(x0, o.X), math.Min(y0, o.Y)
		x1, y1 = math.Max(x1, o.X), math.Max(y1, o.Y)
	}
	return Box{Page: p.index, X: int(math.Floor(x0)), Y: int(math.Floor(y0)), W: int(math.Ceil(x1 - x0)), H: int(math.Ceil(y1 - y0))}
}

// assemble puts the interpreted fields into the result: document fields, persons by slot (a slot with no value
// is dropped), the issuer, and warnings.
func (e *Engine) assemble(p *pageWork, r registration, reads []*fieldRead, res *Result) {
	persons := map[int]map[string]Field{}
	unreadBelow := map[int]int{} // per slot, the lowest 備考 line read without an address
	for _, fr := range reads {
		if y, seen := unreadBelow[fr.job.slot]; fr.unreadNote && (!seen || fr.box.Y > y) {
			unreadBelow[fr.job.slot] = fr.box.Y
		}
		if fr.warning != "" {
			res.Warnings = append(res.Warnings, fr.warning)
		}
		if fr.empty {
			continue
		}
		if fr.job.def.Kind == KindIssuer {
			if m, conf, ok := e.lib.MatchIssuerConfidence(fr.raw + fr.job.def.Label); ok {
				res.IssuerLgCode, res.IssuerConfidence = m.LgCode, conf
			}
			continue
		}
		for k, v := range fr.values {
			if fr.job.slot < 0 {
				res.Fields[k] = v
				continue
			}
			if persons[fr.job.slot] == nil {
				persons[fr.job.slot] = map[string]Field{}
			}
			// A key read twice in a slot (an address history) keeps the later box.
			if old, ok := persons[fr.job.slot][k]; ok && old.Box.Y > v.Box.Y {
				continue
			}
			persons[fr.job.slot][k] = v
		}
	}
	for slot, y := range unreadBelow {
		// The newest 備考 entry could not be read: the address of an older one is not the current one for sure.
		if a, ok := persons[slot][KeyAddress]; ok && a.Box.Y < y && a.Confidence > reviewCap {
			a.Confidence = reviewCap
			persons[slot][KeyAddress] = a
			res.Warnings = append(res.Warnings, "備考欄の新しい記載を読み取れませんでした。住所を確認してください")
		}
	}
	var slots []int
	for k := range persons {
		slots = append(slots, k)
	}
	sort.Ints(slots)
	for _, k := range slots {
		if !personRead(persons[k]) {
			// Specks in an empty row of the persons' table ("|", "ー", "I") are not a person.
			continue
		}
		res.Persons = append(res.Persons, persons[k])
	}
	e.crossCheck(res)
}

// personRead reports whether a slot holds a person: a value with legible text, or a 続柄 or 性別 its vocabulary
// confirms.
func personRead(fields map[string]Field) bool {
	for k, f := range fields {
		if legible(f.Value) || (k == KeyRelationship || k == KeySex) && f.Confidence >= AutoAcceptThreshold {
			return true
		}
	}
	return false
}

// legible reports whether a value holds two characters a document writes: kanji, kana other than ー, digits or
// Latin letters (every value of a person has two but a 続柄 or 性別, which are read from their vocabulary).
func legible(v string) bool {
	n := 0
	for _, r := range v {
		if writtenLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n >= 2
}

// writtenLetter reports a letter documents write names and values with: a kanji, a kana other than ー (a speck
// reads as one), a Latin letter.
func writtenLetter(r rune) bool {
	return r != 'ー' && (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) || unicode.Is(unicode.Latin, r))
}

// dumpLine writes a prepared line to $KAKANAI_DEBUG_DUMP (development aid).
var dumpSeq atomic.Int64

func dumpLine(name string, img *image.Gray) {
	dir := os.Getenv("KAKANAI_DEBUG_DUMP")
	if dir == "" || img == nil {
		return
	}
	f, err := os.Create(filepath.Join(dir, fmt.Sprintf("%s-%05d.png", name, dumpSeq.Add(1))))
	if err != nil {
		return
	}
	defer f.Close()
	_ = png.Encode(f, img)
}
