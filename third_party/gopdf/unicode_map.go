package gopdf

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf16"
)

// UnicodeMap unicode map
type UnicodeMap struct {
	PtrToSubsetFontObj *SubsetFontObj
	//getRoot            func() *GoPdf
	pdfProtection *PDFProtection
}

func (u *UnicodeMap) init(funcGetRoot func() *GoPdf) {
	//u.getRoot = funcGetRoot
}

func (u *UnicodeMap) setProtection(p *PDFProtection) {
	u.pdfProtection = p
}

func (u *UnicodeMap) protection() *PDFProtection {
	return u.pdfProtection
}

// SetPtrToSubsetFontObj set pointer to SubsetFontObj
func (u *UnicodeMap) SetPtrToSubsetFontObj(ptr *SubsetFontObj) {
	u.PtrToSubsetFontObj = ptr
}

func (u *UnicodeMap) getType() string {
	return "Unicode"
}

func (u *UnicodeMap) write(w io.Writer, objID int) error {
	//stream
	//characterToGlyphIndex := u.PtrToSubsetFontObj.CharacterToGlyphIndex
	prefix :=
		"/CIDInit /ProcSet findresource begin\n" +
			"12 dict begin\n" +
			"begincmap\n" +
			"/CIDSystemInfo << /Registry (Adobe)/Ordering (UCS)/Supplement 0>> def\n" +
			"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
	suffix := "endcmap CMapName currentdict /CMap defineresource pop end end"

	// kakanai patch: one bfchar entry per CID with the key's whole text as UTF-16BE (surrogate pairs above
	// U+FFFF, base + selector for a variation sequence). Upstream wrote "%04X" of the rune, which is five or six
	// hex digits above U+FFFF and not UTF-16, so 𠮷 came back as garbage. The codespace is the whole 2-byte range
	// of Identity-H.
	type entry struct {
		cid  uint
		text string
	}
	keys := u.PtrToSubsetFontObj.CharacterToGlyphIndex.AllKeys()
	entries := make([]entry, 0, len(keys))
	seen := map[uint]bool{}
	for _, k := range keys {
		cid, _ := u.PtrToSubsetFontObj.CharacterToGlyphIndex.Val(k)
		if seen[cid] {
			continue // CID space exhausted and shared: the first text wins
		}
		seen[cid] = true
		entries = append(entries, entry{cid, u.PtrToSubsetFontObj.textOf(k)})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].cid < entries[j].cid })

	buff := GetBuffer()
	defer PutBuffer(buff)

	buff.WriteString(prefix)
	buff.WriteString("1 begincodespacerange\n")
	buff.WriteString("<0000><FFFF>\n")
	buff.WriteString("endcodespacerange\n")
	for start := 0; start < len(entries); start += 100 { // at most 100 entries per block (PDF 32000-1 §9.10.3)
		end := min(start+100, len(entries))
		fmt.Fprintf(buff, "%d beginbfchar\n", end-start)
		for _, e := range entries[start:end] {
			fmt.Fprintf(buff, "<%04X><%s>\n", e.cid, utf16Hex(e.text))
		}
		buff.WriteString("endbfchar\n")
	}
	buff.WriteString(suffix)
	buff.WriteString("\n")

	io.WriteString(w, "<<\n")
	fmt.Fprintf(w, "/Length %d\n", buff.Len())
	io.WriteString(w, ">>\n")
	io.WriteString(w, "stream\n")
	if u.protection() != nil {
		tmp, err := rc4Cip(u.protection().objectkey(objID), buff.Bytes())
		if err != nil {
			return err
		}
		w.Write(tmp)
		//streambuff.WriteString("\n")
	} else {
		buff.WriteTo(w)
	}
	io.WriteString(w, "endstream\n")

	return nil
}

type mapGlyphIndexToCharacter struct {
	runes  []rune
	indexs []int
}

func newMapGlyphIndexToCharacter() *mapGlyphIndexToCharacter {
	var m mapGlyphIndexToCharacter
	return &m
}

func (m *mapGlyphIndexToCharacter) set(index int, r rune) {
	m.runes = append(m.runes, r)
	m.indexs = append(m.indexs, index)
}

func (m *mapGlyphIndexToCharacter) size() int {
	return len(m.indexs)
}

func (m *mapGlyphIndexToCharacter) allIndexs() []int {
	return m.indexs
}

func (m *mapGlyphIndexToCharacter) runeByIndex(index int) (rune, bool) {
	var r rune
	ok := false
	for i, idx := range m.indexs {
		if idx == index {
			r = m.runes[i]
			ok = true
			break
		}
	}
	return r, ok
}

// utf16Hex returns text as hex UTF-16BE code units (kakanai patch).
func utf16Hex(text string) string {
	var b strings.Builder
	for _, unit := range utf16.Encode([]rune(text)) {
		fmt.Fprintf(&b, "%04X", unit)
	}
	return b.String()
}
