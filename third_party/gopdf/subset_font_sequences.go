package gopdf

// kakanai patch: variation sequences, one CID per text, and a tagged subset name.
//
// Upstream keys the subset by rune and uses the glyph id as CID. That cannot express an Ideographic Variation
// Sequence (葛 + U+E0102 is one glyph, two code points), and two texts drawn with the same glyph (葛 and
// 葛 + U+E0103 in IPAmj明朝) would share one ToUnicode entry. This file keeps upstream's rune-keyed map and adds:
//
//   - a private key per sequence, taken from the top of plane 16 (U+10F000..U+10FFFD); AddChars hands these out
//     and refuses them in input, so they never collide with text;
//   - CIDs: a key gets CID = glyph id unless another key already holds that CID, in which case it gets a fresh
//     CID above the font's glyph count and the CIDFont carries a CIDToGIDMap stream (cid_to_gid_map_obj.go);
//   - the text of each key for the ToUnicode map (unicode_map.go), written as UTF-16BE.

import (
	"hash/fnv"
	"sort"

	"github.com/kakanai/kakanai/third_party/gopdf/fontmaker/core"
)

const (
	firstSequenceKey rune = 0x10F000
	lastSequenceKey  rune = 0x10FFFD
)

func isSequenceKey(r rune) bool { return r >= firstSequenceKey && r <= lastSequenceKey }

// IsVariationSelector reports whether r is a variation selector (U+FE00..U+FE0F, U+E0100..U+E01EF).
func IsVariationSelector(r rune) bool { return core.IsVariationSelector(r) }

// sequenceState is per document: which key stands for which sequence and which CID is whose.
type sequenceState struct {
	keyOf    map[string]rune // "葛\U000E0102" → private key
	textOf   map[rune]string // private key → "葛\U000E0102"
	nextKey  rune
	owner    map[uint]rune // CID → key that holds it
	cidToGID map[uint]uint // CIDs that differ from their glyph id
	nextCID  uint
}

// addSequence registers base+selector and returns its private key. ok is false when the font has no glyph for
// the base at all; the caller then treats the base as a lone character (and the selector is lost with it).
// A sequence the font does not list (e.g. an Adobe-Japan1 selector on an MJ font) draws the base glyph but keeps
// its own text in the ToUnicode map.
func (s *SubsetFontObj) addSequence(base, selector rune) (rune, bool) {
	text := string([]rune{base, selector})
	if key, ok := s.seq.keyOf[text]; ok {
		return key, true
	}
	glyph, isDefault, listed := s.ttfp.VariationGlyph(base, selector)
	if !listed || isDefault {
		g, err := s.CharCodeToGlyphIndex(base)
		if err != nil || g == 0 {
			return 0, false
		}
		glyph = g
	}
	if s.seq.nextKey == 0 {
		s.seq.nextKey = firstSequenceKey
	}
	if s.seq.nextKey > lastSequenceKey {
		return 0, false // 4,093 distinct sequences in one document: draw the base glyph
	}
	key := s.seq.nextKey
	s.seq.nextKey++
	if s.seq.keyOf == nil {
		s.seq.keyOf = map[string]rune{}
		s.seq.textOf = map[rune]string{}
	}
	s.seq.keyOf[text] = key
	s.seq.textOf[key] = text
	s.register(key, glyph)
	return key, true
}

// register maps key to a CID that no other key uses, falling back to sharing only when the 16-bit CID space is
// exhausted.
func (s *SubsetFontObj) register(key rune, glyph uint) {
	if s.seq.owner == nil {
		s.seq.owner = map[uint]rune{}
		s.seq.cidToGID = map[uint]uint{}
	}
	cid := glyph
	if other, taken := s.seq.owner[cid]; taken && other != key {
		if s.seq.nextCID == 0 {
			s.seq.nextCID = s.ttfp.NumGlyphs()
		}
		if s.seq.nextCID <= 0xFFFF {
			cid = s.seq.nextCID
			s.seq.nextCID++
			s.seq.cidToGID[cid] = glyph
		}
	}
	if _, taken := s.seq.owner[cid]; !taken {
		s.seq.owner[cid] = key
	}
	s.CharacterToGlyphIndex.Set(key, cid)
}

// gidOf returns the glyph id drawn for a CID.
func (s *SubsetFontObj) gidOf(cid uint) uint {
	if g, ok := s.seq.cidToGID[cid]; ok {
		return g
	}
	return cid
}

// textOf returns the text a key stands for.
func (s *SubsetFontObj) textOf(key rune) string {
	if t, ok := s.seq.textOf[key]; ok {
		return t
	}
	return string(key)
}

// glyphIDs returns the glyph ids the document uses, sorted and distinct.
func (s *SubsetFontObj) glyphIDs() []uint {
	seen := map[uint]bool{}
	var out []uint
	for _, cid := range s.CharacterToGlyphIndex.AllVals() {
		g := s.gidOf(cid)
		if !seen[g] {
			seen[g] = true
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// subsetFontName returns "ABCDEF+Family": PDF 32000-1 §9.6.4 names an embedded subset with a tag of six capital
// letters, which is how readers (and pdffonts) know it is a subset. The tag is derived from the glyph set, so
// the same text gives the same bytes.
func (s *SubsetFontObj) subsetFontName() string {
	h := fnv.New64a()
	for _, g := range s.glyphIDs() {
		h.Write([]byte{byte(g >> 8), byte(g)})
	}
	sum := h.Sum64()
	tag := make([]byte, 6)
	for i := range tag {
		tag[i] = byte('A' + sum%26)
		sum /= 26
	}
	return string(tag) + "+" + CreateEmbeddedFontSubsetName(s.Family)
}

// GlyphWidth reports the advance width, in thousandths of an em, that the font registered as family gives the
// character r followed by the variation selector vs (0 for none): the width AddChars will draw with. ok is false
// when the font has no glyph for it. It lets a caller lay text out (line breaks, shrink to fit) once for several
// outputs without creating a document.
func (fc *FontContainer) GlyphWidth(family string, r, vs rune) (width uint, ok bool) {
	v, found := fc.fonts.Load(family)
	if !found {
		return 0, false
	}
	s := v.(SubsetFontObj)
	var glyph uint
	if vs != 0 {
		g, isDefault, listed := s.ttfp.VariationGlyph(r, vs)
		if listed && !isDefault {
			glyph = g
		}
	}
	if glyph == 0 {
		g, err := s.CharCodeToGlyphIndex(r)
		if err != nil || g == 0 {
			return 0, false
		}
		glyph = g
	}
	return s.GlyphIndexToPdfWidth(glyph), true
}
