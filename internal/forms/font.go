package forms

import (
	"errors"
	"fmt"
	"os"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/kakanai/kakanai/third_party/gopdf"
)

// FontEnv names the environment variable that points at ipamjm.ttf when it is not where Debian's
// fonts-ipamj-mincho puts it.
const FontEnv = "KAKANAI_MJ_FONT"

// FontPaths are the places looked at, in order, after FontEnv.
var FontPaths = []string{
	"/usr/share/fonts/truetype/ipamj/ipamjm.ttf", // Debian, Ubuntu: fonts-ipamj-mincho
	"/usr/share/fonts/ipamj-mincho/ipamjm.ttf",   // Fedora
	"/usr/local/share/fonts/ipamjm.ttf",          // installed by hand
	"/Library/Fonts/ipamjm.ttf",                  // macOS
	"C:\\Windows\\Fonts\\ipamjm.ttf",             // Windows counter PCs
	"./fonts/ipamjm.ttf",                         // next to the binary's working directory
}

// ErrFontNotFound means IPAmj明朝 is not installed; RenderPDF cannot work without it (H1).
var ErrFontNotFound = errors.New("forms: IPAmj明朝 (ipamjm.ttf) not found: install fonts-ipamj-mincho or set " + FontEnv)

// fontFamily is the name the PDF gives the embedded subset (…+IPAmjMincho).
const fontFamily = "IPAmjMincho"

// Font is IPAmj明朝, parsed once (≈130–200 ms and ≈50 MB for a 46 MB font) and shared by every render.
type Font struct {
	Path      string
	container gopdf.FontContainer
	widths    sync.Map // cluster → advance in em (float64)
}

// LoadFont parses the TrueType font at path.
func LoadFont(path string) (*Font, error) {
	f := &Font{Path: path}
	if err := f.container.AddTTFFont(fontFamily, path); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%w (%s)", ErrFontNotFound, path)
		}
		return nil, fmt.Errorf("forms: reading font %s: %w", path, err)
	}
	return f, nil
}

// FindFont returns the path of ipamjm.ttf: FontEnv if set, else the first of FontPaths that exists.
func FindFont(getenv func(string) string) (string, error) {
	if getenv == nil {
		getenv = os.Getenv
	}
	if p := getenv(FontEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%w: %s=%s: %v", ErrFontNotFound, FontEnv, p, err)
		}
		return p, nil
	}
	for _, p := range FontPaths {
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
	}
	return "", ErrFontNotFound
}

var defaultFont struct {
	once sync.Once
	font *Font
	err  error
}

// DefaultFont returns the process-wide IPAmj明朝, loading it on first use.
func DefaultFont() (*Font, error) {
	defaultFont.once.Do(func() {
		path, err := FindFont(nil)
		if err != nil {
			defaultFont.err = err
			return
		}
		defaultFont.font, defaultFont.err = LoadFont(path)
	})
	return defaultFont.font, defaultFont.err
}

// metrics measures text for layout.
type metrics interface {
	// advance returns the advance width of one cluster (a character with its variation selector) in em.
	advance(cluster string) float64
}

func (f *Font) advance(cluster string) float64 {
	if w, ok := f.widths.Load(cluster); ok {
		return w.(float64)
	}
	base, n := utf8.DecodeRuneInString(cluster)
	var vs rune
	if rest := cluster[n:]; rest != "" {
		if r, _ := utf8.DecodeRuneInString(rest); gopdf.IsVariationSelector(r) {
			vs = r
		}
	}
	units, ok := f.container.GlyphWidth(fontFamily, base, vs)
	if !ok {
		// The PDF draws a space for a character the font lacks (gopdf's substitute).
		units, _ = f.container.GlyphWidth(fontFamily, ' ', 0)
	}
	w := float64(units) / 1000
	f.widths.Store(cluster, w)
	return w
}

// approxMetrics stands in for the font when it is absent (an SVG for a console on a machine without
// fonts-ipamj-mincho): full width for East Asian wide characters, half otherwise, as IPAmj明朝 draws them.
type approxMetrics struct{}

func (approxMetrics) advance(cluster string) float64 {
	r, _ := utf8.DecodeRuneInString(cluster)
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
		return 1
	}
	if unicode.Is(unicode.Han, r) {
		return 1 // CJK Extension B and beyond
	}
	return 0.5
}
