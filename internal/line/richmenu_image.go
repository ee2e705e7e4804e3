package line

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/kakanai/kakanai/internal/forms"
)

// Colours of the generated menu: white on deep blue is above 10:1, well past WCAG AAA's 7:1, for a menu read on a
// small phone in daylight.
var (
	menuBlue  = color.RGBA{0x00, 0x17, 0xC1, 0xff} // デジタル庁デザインシステム Blue-900
	menuWhite = color.RGBA{0xff, 0xff, 0xff, 0xff}
	menuPale  = color.RGBA{0xE8, 0xF1, 0xFE, 0xff} // Blue-50, the FAQ panel
)

// DefaultRichMenuImage returns the menu image RichMenuSpec uses without an image of its own: 2500×843 PNG, one
// big button 手続きナビを開く, drawn in IPAmj明朝 (found as internal/forms finds it; forms.ErrFontNotFound when absent).
func DefaultRichMenuImage() ([]byte, error) { return RichMenuImage(false) }

// RichMenuImage draws the menu; withFAQ adds a よくある質問 button on the right third (RichMenuSpec.FAQURL).
func RichMenuImage(withFAQ bool) ([]byte, error) {
	path, err := forms.FindFont(nil)
	if err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("line: reading %s: %w", path, err)
	}
	f, err := opentype.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("line: parsing %s: %w", path, err)
	}
	p := &painter{img: image.NewRGBA(image.Rect(0, 0, RichMenuWidth, RichMenuHeight)), font: f}
	draw.Draw(p.img, p.img.Bounds(), image.NewUniform(menuBlue), image.Point{}, draw.Src)

	main := image.Rect(0, 0, RichMenuWidth, RichMenuHeight)
	if withFAQ {
		main.Max.X = RichMenuWidth * 2 / 3
		faq := image.Rect(main.Max.X, 0, RichMenuWidth, RichMenuHeight)
		p.roundedRect(faq.Inset(40), 48, menuPale)
		mid := (faq.Min.X + faq.Max.X) / 2
		if err := p.text("よくある質問", mid, 390, 150, faq.Dx()-160, menuBlue); err != nil {
			return nil, err
		}
		if err := p.text("FAQ", mid, 580, 90, faq.Dx()-160, menuBlue); err != nil {
			return nil, err
		}
	}
	mid := (main.Min.X + main.Max.X) / 2
	if err := p.text("引っ越し・出生・結婚などの届出の手続きと持ち物がわかります", mid, 125, 70, main.Dx()-160, menuWhite); err != nil {
		return nil, err
	}
	button := image.Rect(main.Min.X+80, 200, main.Max.X-80, 650)
	p.roundedRect(button, 64, menuWhite)
	// The label and an arrow, centred together inside the button.
	size, err := p.fit("手続きナビを開く", 210, button.Dx()-320)
	if err != nil {
		return nil, err
	}
	labelWidth := p.width("手続きナビを開く", size)
	arrow := size * 2 / 3
	gap, arrowLength := arrow/3, arrow*3/4
	left := mid - (labelWidth+gap+arrowLength)/2
	cy := (button.Min.Y + button.Max.Y) / 2
	if err := p.text("手続きナビを開く", left+labelWidth/2, cy, size, button.Dx(), menuBlue); err != nil {
		return nil, err
	}
	p.arrow(left+labelWidth+gap+arrowLength/2, cy, arrow, menuBlue)
	if err := p.text("Procedure guide (English available): tap to open", mid, 750, 64, main.Dx()-160, menuWhite); err != nil {
		return nil, err
	}

	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, p.img); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type painter struct {
	img  *image.RGBA
	font *opentype.Font
}

func (p *painter) face(size int) (font.Face, error) {
	return opentype.NewFace(p.font, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingNone})
}

func (p *painter) width(s string, size int) int {
	face, err := p.face(size)
	if err != nil {
		return 0
	}
	defer face.Close()
	return font.MeasureString(face, s).Ceil()
}

// fit returns the largest size up to max at which s is at most maxWidth wide.
func (p *painter) fit(s string, max, maxWidth int) (int, error) {
	for size := max; size > 8; size -= 4 {
		face, err := p.face(size)
		if err != nil {
			return 0, err
		}
		w := font.MeasureString(face, s).Ceil()
		face.Close()
		if w <= maxWidth {
			return size, nil
		}
	}
	return 8, nil
}

// text draws s centred on (cx, cy), as large as size allows within maxWidth. 明朝's hairlines are thin at a
// distance, so each glyph is drawn a few times around its position: a heavier stroke without a bold font.
func (p *painter) text(s string, cx, cy, size, maxWidth int, c color.Color) error {
	size, err := p.fit(s, size, maxWidth)
	if err != nil {
		return err
	}
	face, err := p.face(size)
	if err != nil {
		return err
	}
	defer face.Close()
	m := face.Metrics()
	w := font.MeasureString(face, s)
	x := fixed.I(cx) - w/2
	y := fixed.I(cy) + (m.Ascent-m.Descent)/2
	d := &font.Drawer{Dst: p.img, Src: image.NewUniform(c), Face: face}
	r := size / 36
	for dx := -r; dx <= r; dx++ {
		for dy := -r; dy <= r; dy++ {
			if dx*dx+dy*dy > r*r {
				continue
			}
			d.Dot = fixed.Point26_6{X: x + fixed.I(dx), Y: y + fixed.I(dy)}
			d.DrawString(s)
		}
	}
	return nil
}

func (p *painter) roundedRect(r image.Rectangle, radius int, c color.RGBA) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			cx, cy := x, y
			switch {
			case x < r.Min.X+radius:
				cx = r.Min.X + radius
			case x >= r.Max.X-radius:
				cx = r.Max.X - radius - 1
			}
			switch {
			case y < r.Min.Y+radius:
				cy = r.Min.Y + radius
			case y >= r.Max.Y-radius:
				cy = r.Max.Y - radius - 1
			}
			if (x-cx)*(x-cx)+(y-cy)*(y-cy) <= radius*radius {
				p.img.SetRGBA(x, y, c)
			}
		}
	}
}

// arrow draws a right-pointing triangle of the given height centred on (cx, cy).
func (p *painter) arrow(cx, cy, height int, c color.RGBA) {
	half := height / 2
	length := height * 3 / 4
	x0 := cx - length/2
	for x := 0; x < length; x++ {
		span := half * (length - x) / length
		for y := cy - span; y <= cy+span; y++ {
			p.img.SetRGBA(x0+x, y, c)
		}
	}
}
