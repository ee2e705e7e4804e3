package cli

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/kakanai/kakanai/internal/forms"
)

const renderUsage = `Usage:
  kakanai render --sample OUT.pdf [--svg OUT.svg] [--mask PROFILE] [--layout ID|FILE.json]
      print the sample 住民異動届 (a synthetic 4-person household with 𠮷, 髙 and an IVS 葛󠄂) to look at;
      --svg also writes the console's clickable view, --mask a masked copy (PROFILE: mynumber,
      domicile-mynumber, public, or the Japanese name), --layout another layout (juki-ido, juki-shokken
      or a JSON file)
  kakanai render --print-layout ID
      print a built-in layout as JSON: the starting point for a municipality's own form (K-k)
IPAmj明朝 is read from /usr/share/fonts/truetype/ipamj/ipamjm.ttf or KAKANAI_MJ_FONT.
`

// renderCommand runs `kakanai render`: the sample 異動届 as PDF (and SVG), or a built-in layout as JSON.
func renderCommand(_ context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, renderUsage) }
	sample := fs.String("sample", "", "write the sample 異動届 as PDF to this file")
	svgOut := fs.String("svg", "", "also write the SVG view to this file")
	maskID := fs.String("mask", "", "mask profile")
	layoutArg := fs.String("layout", forms.LayoutNotification, "layout: a built-in ID or a JSON file")
	printLayout := fs.String("print-layout", "", "print the built-in layout with this ID as JSON")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("render: unexpected argument %q\n%s", fs.Arg(0), renderUsage)
	}

	if *printLayout != "" {
		l, ok := forms.BuiltinLayout(*printLayout)
		if !ok {
			return fmt.Errorf("render: no built-in layout %q (juki-ido, juki-shokken)", *printLayout)
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(l)
	}
	if *sample == "" {
		fmt.Fprint(stderr, renderUsage)
		return flag.ErrHelp
	}

	layout, err := loadLayout(*layoutArg)
	if err != nil {
		return err
	}
	var opts forms.Options
	if *maskID != "" {
		p, ok := forms.BuiltinMaskProfile(*maskID)
		if !ok {
			return fmt.Errorf("render: no mask profile %q (mynumber, domicile-mynumber, public)", *maskID)
		}
		opts.Mask = &p
	}
	n, extras := forms.SampleNotification()
	data := forms.DataFromNotification(n, extras)

	start := time.Now()
	font, err := forms.DefaultFont()
	if err != nil {
		return err
	}
	loaded := time.Since(start)
	opts.Font = font
	start = time.Now()
	pdf, err := forms.RenderPDF(layout, data, opts)
	if err != nil {
		return err
	}
	rendered := time.Since(start)
	if err := os.WriteFile(*sample, pdf, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s: %s, %d page(s), %d bytes (font %s loaded in %v, rendered in %v)\n",
		*sample, layout.Name, layout.PageCount(data.PersonCount()), len(pdf), font.Path, loaded.Round(time.Millisecond), rendered.Round(time.Millisecond))
	if *svgOut != "" {
		svg, err := forms.RenderSVG(layout, data, opts)
		if err != nil {
			return err
		}
		if err := os.WriteFile(*svgOut, []byte(svg), 0o644); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s\n", *svgOut)
	}
	return nil
}

// loadLayout returns a built-in layout by ID or reads a layout JSON file.
func loadLayout(arg string) (*forms.Layout, error) {
	if l, ok := forms.BuiltinLayout(arg); ok {
		return l, nil
	}
	b, err := os.ReadFile(arg)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("render: --layout %q is neither a built-in layout (juki-ido, juki-shokken) nor a file", arg)
	}
	if err != nil {
		return nil, err
	}
	return forms.ParseLayout(b)
}
