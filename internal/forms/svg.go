package forms

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// pageGap is the space between stacked pages in the SVG, in mm.
const pageGap = 6.0

// RenderSVG draws the form for the console (K-d): the same geometry as RenderPDF, pages stacked top to bottom
// in one <svg> whose user unit is the millimetre. Every item is a <g class="field" data-field="persons.0.familyName">
// that can take focus (tabindex) and be clicked; the console moves the cursor to the input with that path.
// Text is real <text>, so it can be selected and copied. Masked items are black boxes with no text.
func RenderSVG(l *Layout, d Data, opts Options) (string, error) {
	m, err := svgMetrics(opts)
	if err != nil {
		return "", err
	}
	pl, err := buildPlan(l, d, opts, m)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	n := len(pl.pages)
	totalH := float64(n)*pl.height + float64(n-1)*pageGap
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="kakanai-form" viewBox="0 0 %s %s" width="%smm" height="%smm"`,
		num(pl.width), num(totalH), num(pl.width), num(totalH))
	fmt.Fprintf(&b, ` data-layout="%s" data-layout-version="%d" data-pages="%d" role="group" aria-label="%s"`,
		attr(l.ID), l.Version, n, attr(l.Name))
	if opts.Mask != nil {
		fmt.Fprintf(&b, ` data-mask="%s"`, attr(orDefault(opts.Mask.ID, opts.Mask.Name)))
	}
	b.WriteString(">\n")
	b.WriteString(svgStyle)
	for i, pg := range pl.pages {
		y := float64(i) * (pl.height + pageGap)
		fmt.Fprintf(&b, `<g class="page" data-page="%d" transform="translate(0 %s)">`+"\n", i+1, num(y))
		fmt.Fprintf(&b, `<rect class="paper" x="0" y="0" width="%s" height="%s"/>`+"\n", num(pl.width), num(pl.height))
		writeSVGPage(&b, pg)
		b.WriteString("</g>\n")
	}
	b.WriteString("</svg>\n")
	return b.String(), nil
}

// svgMetrics returns the font, or approximate widths when IPAmj明朝 is not installed.
func svgMetrics(opts Options) (metrics, error) {
	if opts.Font != nil {
		return opts.Font, nil
	}
	f, err := DefaultFont()
	if errors.Is(err, ErrFontNotFound) {
		return approxMetrics{}, nil
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// The console's own stylesheet may override these; they make the SVG usable on its own.
const svgStyle = `<style>
.kakanai-form{font-family:"IPAmj明朝","IPAmjMincho",serif;font-kerning:none}
.kakanai-form text{fill:#000;white-space:pre;user-select:text;-webkit-user-select:text}
.kakanai-form .paper{fill:#fff}
.kakanai-form .rule{fill:none;stroke:#000}
.kakanai-form .mask{fill:#000}
.kakanai-form .field{cursor:pointer}
.kakanai-form .field .hit{fill:transparent;stroke:none}
.kakanai-form .field:hover .hit,.kakanai-form .field:focus .hit{fill:rgba(0,65,204,.12);stroke:#0041cc;stroke-width:.4}
.kakanai-form .field:focus{outline:none}
.kakanai-form .strike{stroke:#000;stroke-width:.15}
.kakanai-form .field[data-inapplicable] .hit{fill:rgba(0,0,0,.05)}
.kakanai-form .field[data-inapplicable]{cursor:not-allowed}
</style>
`

func writeSVGPage(b *strings.Builder, pg page) {
	for _, f := range pg.fills {
		g := int(f.gray*255 + 0.5)
		fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s" fill="rgb(%d,%d,%d)"/>`+"\n", num(f.X), num(f.Y), num(f.W), num(f.H), g, g, g)
	}
	for _, r := range pg.rects {
		fmt.Fprintf(b, `<rect class="rule" x="%s" y="%s" width="%s" height="%s" stroke-width="%s"%s/>`+"\n",
			num(r.X), num(r.Y), num(r.W), num(r.H), num(r.width), dashAttr(r.dash))
	}
	for _, l := range pg.lines {
		fmt.Fprintf(b, `<line class="rule" x1="%s" y1="%s" x2="%s" y2="%s" stroke-width="%s"%s/>`+"\n",
			num(l.x1), num(l.y1), num(l.x2), num(l.y2), num(l.width), dashAttr(l.dash))
	}
	for _, runs := range pg.labels {
		if len(runs) > 0 {
			b.WriteString(`<g class="label">`)
			writeRuns(b, runs)
			b.WriteString("</g>\n")
		}
	}
	for _, f := range pg.fields {
		fmt.Fprintf(b, `<g class="field" data-field="%s" tabindex="0" role="button" aria-label="%s"`, attr(f.key), attr(f.label))
		if f.person >= 0 {
			fmt.Fprintf(b, ` data-person="%d"`, f.person)
			if !f.present {
				b.WriteString(` data-empty-row="true"`)
			}
		}
		if f.masked {
			b.WriteString(` data-masked="true"`)
		}
		if f.inapplicable {
			b.WriteString(` data-inapplicable="true" aria-disabled="true"`)
		}
		b.WriteString(">")
		fmt.Fprintf(b, `<rect class="hit" x="%s" y="%s" width="%s" height="%s"/>`, num(f.X), num(f.Y), num(f.W), num(f.H))
		switch {
		case f.masked:
			fmt.Fprintf(b, `<rect class="mask" x="%s" y="%s" width="%s" height="%s"/>`, num(f.X), num(f.Y), num(f.W), num(f.H))
		case f.strike:
			fmt.Fprintf(b, `<line class="strike" x1="%s" y1="%s" x2="%s" y2="%s"/>`, num(f.X), num(f.Y+f.H), num(f.X+f.W), num(f.Y))
		default:
			writeRuns(b, f.runs)
		}
		b.WriteString("</g>\n")
	}
}

// writeRuns writes text lines. textLength pins each line to the width measured with IPAmj明朝, so that the
// browser's font, whatever it is, cannot push text out of its box.
func writeRuns(b *strings.Builder, runs []textRun) {
	for _, r := range runs {
		fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%s"`, num(r.x), num(r.y), num(r.size*ptToMM))
		if utf8.RuneCountInString(r.text) > 1 && r.width > 0 {
			fmt.Fprintf(b, ` textLength="%s"`, num(r.width))
		}
		b.WriteString(">")
		b.WriteString(xmlText(r.text))
		b.WriteString("</text>")
	}
}

func dashAttr(dash bool) string {
	if dash {
		return ` stroke-dasharray="1.5 1"`
	}
	return ""
}

// num prints a coordinate in mm with 0.01 mm precision.
func num(x float64) string {
	s := strconv.FormatFloat(x, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

var (
	attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")
	textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
)

func attr(s string) string { return attrEscaper.Replace(s) }

// xmlText escapes character data; characters XML 1.0 forbids (control codes) are dropped.
func xmlText(s string) string {
	clean := strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' || r == 0xFFFE || r == 0xFFFF {
			return -1
		}
		return r
	}, s)
	return textEscaper.Replace(clean)
}
