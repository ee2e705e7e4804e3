package gopdf

// kakanai patch: the CIDToGIDMap stream of a CIDFontType2 (PDF 32000-1 §9.7.4.2): two bytes per CID, big-endian,
// the glyph id to draw. Written only for CIDs that are used; the rest stay 0 (.notdef), so the stream deflates
// to a few hundred bytes. When every CID equals its glyph id the CIDFont says /Identity and this object is a
// two-byte stream that nothing refers to.

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
)

type cidToGIDMapObj struct {
	ptrToSubsetFontObj *SubsetFontObj
	pdfProtection      *PDFProtection
}

func (c *cidToGIDMapObj) init(func() *GoPdf) {}

func (c *cidToGIDMapObj) getType() string { return "CIDToGIDMap" }

func (c *cidToGIDMapObj) setProtection(p *PDFProtection) { c.pdfProtection = p }

func (c *cidToGIDMapObj) write(w io.Writer, objID int) error {
	s := c.ptrToSubsetFontObj
	var raw []byte
	if len(s.seq.cidToGID) == 0 {
		raw = []byte{0, 0}
	} else {
		maxCID := uint(0)
		cids := s.CharacterToGlyphIndex.AllVals()
		for _, cid := range cids {
			maxCID = max(maxCID, cid)
		}
		raw = make([]byte, 2*(maxCID+1))
		for _, cid := range cids {
			g := s.gidOf(cid)
			raw[2*cid], raw[2*cid+1] = byte(g>>8), byte(g)
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	if _, err := zw.Write(raw); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	data := z.Bytes()
	if c.pdfProtection != nil {
		enc, err := rc4Cip(c.pdfProtection.objectkey(objID), data)
		if err != nil {
			return err
		}
		data = enc
	}
	fmt.Fprintf(w, "<<\n/Length %d\n/Filter /FlateDecode\n>>\nstream\n", len(data))
	if _, err := w.Write(data); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\nendstream\n")
	return err
}
