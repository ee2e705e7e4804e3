package main

import (
	"encoding/binary"
	"fmt"
	"os"
	"strings"
)

// ipamjCmap is what the IPAmj明朝 font maps: code points (cmap format 12) and Ideographic Variation Sequences
// (cmap format 14) to glyph names, which are MJ numbers (mj028902).
type ipamjCmap struct {
	plain map[rune]string
	ivs   map[string]string // base + selector → glyph name
}

// readIPAmj parses just enough of the TrueType file: the table directory, 'post' (format 2 glyph names) and the
// format 12 and 14 subtables of 'cmap'.
func readIPAmj(path string) (*ipamjCmap, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 12 {
		return nil, fmt.Errorf("%s: not a font", path)
	}
	tables := map[string][]byte{}
	n := int(binary.BigEndian.Uint16(b[4:]))
	for i := 0; i < n; i++ {
		rec := b[12+16*i:]
		tag := string(rec[:4])
		off, length := binary.BigEndian.Uint32(rec[8:]), binary.BigEndian.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(b)) {
			return nil, fmt.Errorf("%s: table %s out of range", path, tag)
		}
		tables[tag] = b[off : off+length]
	}
	names, err := postNames(tables["post"])
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	glyph := func(id uint32) string {
		if int(id) < len(names) {
			return names[id]
		}
		return ""
	}
	c := &ipamjCmap{plain: map[rune]string{}, ivs: map[string]string{}}
	cmap := tables["cmap"]
	if cmap == nil {
		return nil, fmt.Errorf("%s: no cmap", path)
	}
	var f12, f14 []byte
	for i := 0; i < int(binary.BigEndian.Uint16(cmap[2:])); i++ {
		rec := cmap[4+8*i:]
		sub := cmap[binary.BigEndian.Uint32(rec[4:]):]
		switch binary.BigEndian.Uint16(sub) {
		case 12:
			f12 = sub
		case 14:
			f14 = sub
		}
	}
	if f12 == nil || f14 == nil {
		return nil, fmt.Errorf("%s: cmap formats 12 and 14 expected", path)
	}
	groups := binary.BigEndian.Uint32(f12[12:])
	for g := uint32(0); g < groups; g++ {
		rec := f12[16+12*g:]
		start, end, gid := binary.BigEndian.Uint32(rec), binary.BigEndian.Uint32(rec[4:]), binary.BigEndian.Uint32(rec[8:])
		for cp := start; cp <= end; cp++ {
			c.plain[rune(cp)] = glyph(gid + cp - start)
		}
	}
	records := binary.BigEndian.Uint32(f14[6:])
	for i := uint32(0); i < records; i++ {
		rec := f14[10+11*i:]
		vs := rune(uint32(rec[0])<<16 | uint32(rec[1])<<8 | uint32(rec[2]))
		defOff, nonDefOff := binary.BigEndian.Uint32(rec[3:]), binary.BigEndian.Uint32(rec[7:])
		if defOff != 0 {
			// Default UVS: the sequence shows the base character's own glyph.
			d := f14[defOff:]
			for r := uint32(0); r < binary.BigEndian.Uint32(d); r++ {
				rr := d[4+4*r:]
				start := rune(uint32(rr[0])<<16 | uint32(rr[1])<<8 | uint32(rr[2]))
				for k := rune(0); k <= rune(rr[3]); k++ {
					c.ivs[string([]rune{start + k, vs})] = c.plain[start+k]
				}
			}
		}
		if nonDefOff != 0 {
			d := f14[nonDefOff:]
			for m := uint32(0); m < binary.BigEndian.Uint32(d); m++ {
				mr := d[4+5*m:]
				u := rune(uint32(mr[0])<<16 | uint32(mr[1])<<8 | uint32(mr[2]))
				c.ivs[string([]rune{u, vs})] = glyph(uint32(binary.BigEndian.Uint16(mr[3:])))
			}
		}
	}
	return c, nil
}

// postNames reads the glyph names of a 'post' table of format 2.0.
func postNames(post []byte) ([]string, error) {
	if len(post) < 34 || binary.BigEndian.Uint32(post) != 0x00020000 {
		return nil, fmt.Errorf("post table of format 2.0 expected")
	}
	num := int(binary.BigEndian.Uint16(post[32:]))
	idx := make([]uint16, num)
	for i := range idx {
		idx[i] = binary.BigEndian.Uint16(post[34+2*i:])
	}
	var custom []string
	for p := 34 + 2*num; p < len(post); {
		l := int(post[p])
		custom = append(custom, string(post[p+1:p+1+l]))
		p += 1 + l
	}
	names := make([]string, num)
	for i, x := range idx {
		if x >= 258 && int(x-258) < len(custom) {
			names[i] = custom[x-258]
		}
	}
	return names, nil
}

// mjOfGlyph turns a glyph name into an MJ number: mj028902 → MJ028902; other names → "".
func mjOfGlyph(name string) string {
	if len(name) == 8 && strings.HasPrefix(name, "mj") {
		return "MJ" + name[2:]
	}
	return ""
}
