package forms

import (
	"encoding/xml"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// svgField is a <g class="field"> of the SVG.
type svgField struct {
	key, tabindex, role, label string
	inapplicable, masked       bool
	texts                      []svgText
}

type svgText struct {
	x, y, size float64
	text       string
}

// parseSVG reads the SVG as XML and returns its fields in document order.
func parseSVG(t *testing.T, svg string) []svgField {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(svg))
	var fields []svgField
	var cur *svgField
	var text *svgText
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			if err.Error() == "EOF" {
				break
			}
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			depth++
			attrs := map[string]string{}
			for _, a := range e.Attr {
				attrs[a.Name.Local] = a.Value
			}
			switch {
			case e.Name.Local == "g" && attrs["class"] == "field":
				fields = append(fields, svgField{key: attrs["data-field"], tabindex: attrs["tabindex"], role: attrs["role"],
					label: attrs["aria-label"], inapplicable: attrs["data-inapplicable"] == "true", masked: attrs["data-masked"] == "true"})
				cur = &fields[len(fields)-1]
			case e.Name.Local == "text" && cur != nil:
				x, _ := strconv.ParseFloat(attrs["x"], 64)
				y, _ := strconv.ParseFloat(attrs["y"], 64)
				s, _ := strconv.ParseFloat(attrs["font-size"], 64)
				text = &svgText{x: x, y: y, size: s}
			}
		case xml.CharData:
			if text != nil {
				text.text += string(e)
			}
		case xml.EndElement:
			depth--
			switch e.Name.Local {
			case "text":
				if text != nil && cur != nil {
					cur.texts = append(cur.texts, *text)
				}
				text = nil
			case "g":
				cur = nil
			}
		}
	}
	return fields
}

// Every field of the layout is in the SVG with its data-field path, focusable and clickable, on every row of
// every page, so the console can move the cursor to the input (K-d).
func TestRenderSVG_K_d_everyFieldHasDataField(t *testing.T) {
	l := NotificationLayout()
	d := sampleData(fifthPerson)
	svg, err := RenderSVG(l, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	fields := parseSVG(t, svg)
	got := map[string]svgField{}
	for _, f := range fields {
		if _, dup := got[f.key]; dup && strings.HasPrefix(f.key, "persons.") {
			t.Errorf("data-field %s appears twice", f.key) // header items repeat on each page; rows never
		}
		got[f.key] = f
		if f.tabindex != "0" || f.role != "button" || f.label == "" {
			t.Errorf("field %s: tabindex %q role %q aria-label %q", f.key, f.tabindex, f.role, f.label)
		}
	}
	var want []string
	for _, f := range l.Fields {
		want = append(want, f.Key)
	}
	rows := l.Persons.Count + l.Persons.Continuation.Count // 2 pages
	for i := 0; i < rows; i++ {
		for _, f := range l.Persons.Row.Fields {
			want = append(want, fmt.Sprintf("persons.%d.%s", i, f.Key))
		}
	}
	for _, k := range want {
		if _, ok := got[k]; !ok {
			t.Errorf("no data-field %q", k)
		}
	}
	if len(got) != len(want) {
		t.Errorf("%d data-fields, want %d", len(got), len(want))
	}
	// The values are there as selectable text, IVS included.
	if f := got["persons.3.givenName"]; len(f.texts) != 1 || f.texts[0].text != SampleKuzuIVS+"枝" || f.label != "名（4人目）" {
		t.Errorf("persons.3.givenName = %+v", f)
	}
	if f := got["persons.1.domicile"]; !f.inapplicable || len(f.texts) != 0 {
		t.Errorf("the foreign spouse's 本籍 is not marked inapplicable: %+v", f)
	}
	if f := got["persons.0.nationality"]; !f.inapplicable {
		t.Errorf("the Japanese head's 国籍 is not marked inapplicable: %+v", f)
	}
	if !strings.Contains(svg, `data-page="2"`) || !strings.Contains(svg, `aria-label="住民異動届"`) {
		t.Error("pages or the form's name missing")
	}
}

// The SVG and the PDF share one geometry: a name sits at the same place, the same size, in both (K-d, K-e).
func TestRenderSVG_K_d_sameGeometryAsPDF(t *testing.T) {
	font := requireFont(t)
	l, d := NotificationLayout(), sampleData()
	svg, err := RenderSVG(l, d, Options{Font: font})
	if err != nil {
		t.Fatal(err)
	}
	var svgName svgText
	for _, f := range parseSVG(t, svg) {
		if f.key == "persons.3.familyName" {
			svgName = f.texts[0]
		}
	}
	pdf := renderSample(t, l, d, Options{Font: font})
	bbox := poppler(t, pdf, "pdftotext", "-bbox")
	m := regexp.MustCompile(`<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">` + SampleTaka + `橋</word>`).FindStringSubmatch(bbox)
	if m == nil {
		t.Fatalf("髙橋 not found in pdftotext -bbox output")
	}
	xMin, _ := strconv.ParseFloat(m[1], 64)
	yMin, _ := strconv.ParseFloat(m[2], 64)
	yMax, _ := strconv.ParseFloat(m[4], 64)
	const ptmm = 25.4 / 72
	if math.Abs(xMin*ptmm-svgName.x) > 0.2 {
		t.Errorf("x: PDF %.2f mm, SVG %.2f mm", xMin*ptmm, svgName.x)
	}
	// poppler's box spans ascent + descent of the font; the SVG y is the baseline inside it.
	if base := svgName.y; base < yMin*ptmm || base > yMax*ptmm {
		t.Errorf("baseline %.2f mm outside the PDF word box %.2f–%.2f mm", base, yMin*ptmm, yMax*ptmm)
	}
	if math.Abs((yMax-yMin)*ptmm-svgName.size) > 0.3*svgName.size {
		t.Errorf("size: PDF box %.2f mm high, SVG font-size %.2f mm", (yMax-yMin)*ptmm, svgName.size)
	}
}

// Without IPAmj明朝 the SVG still renders (approximate widths), so a console host without the font works.
func TestRenderSVG_withoutFontUsesApproximateWidths(t *testing.T) {
	d := sampleData()
	pl, err := buildPlan(NotificationLayout(), d, Options{}, approxMetrics{})
	if err != nil {
		t.Fatal(err)
	}
	if len(pl.pages) != 1 || len(pl.pages[0].fields) == 0 {
		t.Fatal("empty plan")
	}
}

// Text is escaped: a value cannot inject markup into the console.
func TestRenderSVG_escapesValues(t *testing.T) {
	d := sampleData()
	d.Fields[KeyRemarks] = `<script>alert("x")</script> & "quotes"`
	svg, err := RenderSVG(NotificationLayout(), d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(svg, "<script>") || !strings.Contains(svg, "&lt;script&gt;") {
		t.Error("remarks not escaped")
	}
	parseSVG(t, svg)
}

// Layout options: a vertical (縦書き) caption stacks its characters; Strike crosses out inapplicable boxes.
func TestRenderSVG_verticalLabelAndStrike(t *testing.T) {
	l := NotificationLayout()
	l.Labels = append(l.Labels, Label{Rect: Rect{X: 280, Y: 100, W: 8, H: 40}, Text: "事務処理欄", Size: 9, Vertical: true})
	l.Fields = nil // make room: only the label and the rows matter here
	l.Persons.Strike = true
	svg, err := RenderSVG(l, sampleData(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	ys := map[string]float64{}
	for _, m := range regexp.MustCompile(`<text x="[\d.]+" y="([\d.]+)" font-size="[\d.]+">(事|務|処|理|欄)</text>`).FindAllStringSubmatch(svg, -1) {
		ys[m[2]], _ = strconv.ParseFloat(m[1], 64)
	}
	if len(ys) != 5 || !(ys["事"] < ys["務"] && ys["務"] < ys["処"] && ys["理"] < ys["欄"]) {
		t.Errorf("vertical caption not stacked top to bottom: %v", ys)
	}
	// 3 Japanese rows × 8 foreign items + the spouse's 本籍 and 筆頭者.
	if n := strings.Count(svg, `class="strike"`); n != 3*8+2 {
		t.Errorf("%d struck-through boxes, want 26", n)
	}
}
