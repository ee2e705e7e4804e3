package forms

import (
	"compress/zlib"
	"fmt"

	"github.com/kakanai/kakanai/third_party/gopdf"
)

const mmToPt = 72 / 25.4

// compressLevel for every stream, the embedded font included. Measured on the sample page (2 vCPU Xeon):
// zlib's default level 14.5 ms and 136 KB, BestSpeed 7.6 ms and 150 KB. Deflating the font program (which keeps
// the whole loca and hmtx tables of the 61,179-glyph font) is most of the work.
var compressLevel = zlib.BestSpeed

// RenderPDF prints the form as PDF with IPAmj明朝 embedded as a subset (K-e, H1, E1). 𠮷 and IVS sequences
// (葛 + U+E0102) draw their MJ glyphs and extract back as the same text. With opts.Mask the masked items are
// black boxes and their text is nowhere in the file.
func RenderPDF(l *Layout, d Data, opts Options) ([]byte, error) {
	font := opts.Font
	if font == nil {
		f, err := DefaultFont()
		if err != nil {
			return nil, err
		}
		font = f
	}
	pl, err := buildPlan(l, d, opts, font)
	if err != nil {
		return nil, err
	}
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{Unit: gopdf.UnitPT, PageSize: gopdf.Rect{W: pl.width * mmToPt, H: pl.height * mmToPt}})
	pdf.SetCompressLevel(compressLevel)
	title := l.Name
	if opts.Mask != nil {
		title += "（" + opts.Mask.Name + "）"
	}
	pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "Kakanai 書かない窓口", Producer: "Kakanai forms (gopdf, patched)", CreationDate: opts.CreatedAt})
	if err := pdf.AddTTFFontFromFontContainer(fontFamily, &font.container); err != nil {
		return nil, fmt.Errorf("forms: embedding IPAmj明朝: %w", err)
	}
	for _, pg := range pl.pages {
		pdf.AddPage()
		if err := drawPage(pdf, pg); err != nil {
			return nil, err
		}
	}
	return pdf.GetBytesPdfReturnErr()
}

func drawPage(pdf *gopdf.GoPdf, pg page) error {
	for _, f := range pg.fills {
		g := uint8(f.gray*255 + 0.5)
		pdf.SetFillColor(g, g, g)
		pdf.RectFromUpperLeftWithStyle(f.X*mmToPt, f.Y*mmToPt, f.W*mmToPt, f.H*mmToPt, "F")
	}
	pdf.SetStrokeColor(0, 0, 0)
	dashed := false
	setLine := func(width float64, dash bool) {
		pdf.SetLineWidth(width * mmToPt)
		if dash != dashed {
			if dash {
				pdf.SetCustomLineType([]float64{1.5 * mmToPt, 1 * mmToPt}, 0)
			} else {
				pdf.SetLineType("")
			}
			dashed = dash
		}
	}
	for _, r := range pg.rects {
		setLine(r.width, r.dash)
		pdf.RectFromUpperLeftWithStyle(r.X*mmToPt, r.Y*mmToPt, r.W*mmToPt, r.H*mmToPt, "D")
	}
	for _, l := range pg.lines {
		setLine(l.width, l.dash)
		pdf.Line(l.x1*mmToPt, l.y1*mmToPt, l.x2*mmToPt, l.y2*mmToPt)
	}
	setLine(0.15, false)
	for _, f := range pg.fields {
		if f.strike {
			pdf.Line(f.X*mmToPt, (f.Y+f.H)*mmToPt, (f.X+f.W)*mmToPt, f.Y*mmToPt)
		}
	}

	pdf.SetTextColor(0, 0, 0)
	size := 0.0
	text := func(runs []textRun) error {
		for _, r := range runs {
			if r.size != size {
				if err := pdf.SetFont(fontFamily, "", r.size); err != nil {
					return err
				}
				size = r.size
			}
			pdf.SetXY(r.x*mmToPt, r.y*mmToPt)
			if err := pdf.Text(r.text); err != nil {
				return err
			}
		}
		return nil
	}
	for _, runs := range pg.labels {
		if err := text(runs); err != nil {
			return err
		}
	}
	for _, f := range pg.fields {
		if err := text(f.runs); err != nil {
			return err
		}
	}
	// Masks last, over the rules: the masked text itself was never added above.
	pdf.SetFillColor(0, 0, 0)
	for _, f := range pg.fields {
		if f.masked {
			pdf.RectFromUpperLeftWithStyle(f.X*mmToPt, f.Y*mmToPt, f.W*mmToPt, f.H*mmToPt, "F")
		}
	}
	return nil
}
