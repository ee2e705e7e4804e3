package ocr

// A 転出証明書 prints its 世帯主 and 筆頭者 once more in their own boxes, and they are nearly always persons it
// lists: those two boxes were a sixth of Tesseract's time on a page. They are read after the persons, and a box
// whose every character matches, cell by cell, a person's name that was read and accepted is that name, read
// without Tesseract. A box that differs (a 筆頭者 who is not moving, a variant form, a smudge) goes to the
// line recogniser as before, and agreeNames then compares the two readings as it always has.

// pageNameMargin: by how much a character of the name must match its cell better than any character it is
// confused with or any variant of it (髙 for 高), and better than another listed name puts there. Below
// byMargin's 0.05 the variant check would not accept a character without a look either.
const pageNameMargin = 0.05

// nameFromPage returns the one accepted person's name that every cell of the line matches clearly.
func (e *Engine) nameFromPage(li lineImage, names []Field, hint string) (Field, bool) {
	if e.glyph == nil || li.src == nil || li.empty || len(names) == 0 {
		return Field{}, false
	}
	h := float64(li.band.Dy())
	if h < 14 {
		return Field{}, false
	}
	cells := segmentChars(li.src, li.band)
	if len(cells) < 2 {
		return Field{}, false
	}
	slots, ok := gridSlots(cells, h, true)
	if !ok {
		return Field{}, false
	}
	obs, ok := slotVecs(li, slots)
	if !ok {
		return Field{}, false
	}
	score := newCellScores(obs, fontsFor(hint)...).score
	letters := func(v string) []rune { return []rune(compactText(v)) }
	var match *Field
	var matched []rune
	for k, n := range names {
		rs := letters(n.Value)
		if len(rs) != len(slots) || n.Confidence < AutoAcceptThreshold {
			continue
		}
		ok := true
		for i, r := range rs {
			if score(i, r) < addressGlyphScore {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if match != nil && string(matched) != string(rs) {
			return Field{}, false // two names fit
		}
		match, matched = &names[k], rs
	}
	if match == nil {
		return Field{}, false
	}
	for i, r := range matched {
		s := score(i, r)
		for _, c := range e.glyph.candidates(r) {
			if c != r && s-score(i, c) < pageNameMargin {
				return Field{}, false
			}
		}
		for _, n := range names {
			if rs := letters(n.Value); len(rs) == len(matched) && rs[i] != r && s-score(i, rs[i]) < pageNameMargin {
				return Field{}, false
			}
		}
	}
	return *match, true
}
