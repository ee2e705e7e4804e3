package ocr

import (
	"context"
	"errors"
	"image"
	"log/slog"
	"sync"

	kakanai "github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/address"
	"github.com/kakanai/kakanai/internal/moji"
)

// Options configure an Engine.
type Options struct {
	// Library holds the templates and issuers; nil loads the built-in library.
	Library *Library
	// Workers is the number of Tesseract calls run at once (one reused client each); 0 means GOMAXPROCS or
	// KAKANAI_OCR_WORKERS.
	Workers int
	// Addresses corrects addresses against a dictionary; nil uses internal/address.
	Addresses AddressCorrector
	// Names checks a name against its フリガナ; nil uses internal/moji's readings.
	Names NameReadings
	// Variants gives the 異体字 family of a character; nil uses internal/moji's MJ variants and a built-in list.
	Variants VariantSource
	// DisableVariants turns off the variant-kanji verification (for the benchmark's comparison).
	DisableVariants bool
	// DisableAddressGlyphs sends every address line whole to Tesseract (for the benchmark's comparison).
	DisableAddressGlyphs bool
	// DisableAddressHeads sends an address line whose head alone the glyphs read whole to Tesseract (for the
	// benchmark's comparison).
	DisableAddressHeads bool
	// DisableIssuerGlyphs sends every issuer line to Tesseract (for the benchmark's comparison).
	DisableIssuerGlyphs bool
	// DisableTitleGlyphs has Tesseract read every title box when choosing a template (for the benchmark's
	// comparison).
	DisableTitleGlyphs bool
	// DisablePageNames has Tesseract read the 世帯主 and 筆頭者 boxes even where they repeat a person's name (for
	// the benchmark's comparison).
	DisablePageNames bool
	// DisableKanaNames has Tesseract read every person's name box, its フリガナ known or not (for the benchmark's
	// comparison).
	DisableKanaNames bool
	Logger           *slog.Logger
}

// ReadOptions are per document.
type ReadOptions struct {
	Tenant       string       // whose templates apply, besides the shared library
	Template     string       // "id@version" to skip template matching
	DocumentType DocumentType // a hint from the counter ("" = classify)
	// NoTemplates reads by labels only (the template-free path), for tests and the benchmark.
	NoTemplates bool
}

// Engine reads documents. It is safe for concurrent use; create one per process and Close it at shutdown.
type Engine struct {
	lib   *Library
	pool  *tessPool
	opts  Options
	log   *slog.Logger
	once  sync.Once
	glyph *glyphVerifier
	// addresses reads address lines by their glyphs (nil where the corrector is not the dictionary's).
	addresses *addressLexicon
	// issuers reads issuer lines by their glyphs (nil likewise).
	issuers *addressLexicon
}

// New creates an engine. Tesseract clients are created lazily, one per worker and language.
func New(o Options) (*Engine, error) {
	if o.Library == nil {
		lib, err := BuiltinLibrary()
		if err != nil {
			return nil, kakanai.Internal(err)
		}
		o.Library = lib
	}
	if o.Workers <= 0 {
		o.Workers = workersDefault()
	}
	if o.Addresses == nil {
		o.Addresses = NewAddressCorrector(address.Default())
	}
	if o.Names == nil {
		o.Names = NewNameReadings(moji.Default())
	}
	if o.Variants == nil {
		o.Variants = mojiVariants{moji.Default()}
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if !ThreadLimitSet() {
		o.Logger.Warn("OMP_THREAD_LIMIT=1 is not set: Tesseract's OpenMP threads will slow OCR down; set it in the environment of the process")
	}
	e := &Engine{lib: o.Library, pool: newTessPool(o.Workers), opts: o, log: o.Logger}
	e.glyph = &glyphVerifier{families: o.Variants}
	if d, ok := o.Addresses.(*dictAddresses); ok {
		lex := &addressLexicon{a: d}
		if !o.DisableAddressGlyphs {
			e.addresses = lex
		}
		if !o.DisableIssuerGlyphs {
			e.issuers = lex
		}
	}
	return e, nil
}

// Library returns the engine's template library (to add tenant templates).
func (e *Engine) Library() *Library { return e.lib }

// Close frees the Tesseract clients.
func (e *Engine) Close() error {
	e.pool.close()
	return nil
}

// Read reads one uploaded file: JPEG, PNG, TIFF or PDF (every page). Pages are read in parallel; the result
// merges them (persons in page order, the first value of a document-level field wins). The error is a
// *kakanai.Error with code invalid when the file cannot be decoded; a page that cannot be classified gives a
// result with documentType "unknown" and a warning, not an error, so that the image is still kept and reviewed.
func (e *Engine) Read(ctx context.Context, data []byte, o ReadOptions) (*Result, error) {
	pages, err := decodePages(ctx, data)
	if err != nil {
		return nil, err
	}
	return e.ReadImages(ctx, pages, o)
}

// ReadImages reads already decoded pages.
func (e *Engine) ReadImages(ctx context.Context, pages []image.Image, o ReadOptions) (*Result, error) {
	if len(pages) == 0 {
		return nil, kakanai.Invalid("file", "ページがありません")
	}
	results := make([]*Result, len(pages))
	errs := make([]error, len(pages))
	var wg sync.WaitGroup
	for i, img := range pages {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = e.readPage(ctx, i, img, o)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, kakanai.Internal(err)
	}
	return mergePages(results), nil
}

// mergePages joins the results of the pages of one file. The sides of one card (運転免許証 front and back)
// describe one person: their fields merge, the later side winning (the 備考 on the back holds the newer
// address).
func mergePages(rs []*Result) *Result {
	out := rs[0]
	for _, r := range rs[1:] {
		if isCard(out.DocumentType) && r.DocumentType == out.DocumentType && len(out.Persons) == 1 && len(r.Persons) == 1 {
			for k, v := range r.Persons[0] {
				out.Persons[0][k] = v
			}
			for k, v := range r.Fields {
				if _, ok := out.Fields[k]; !ok {
					out.Fields[k] = v
				}
			}
			if out.IssuerLgCode == "" {
				out.IssuerLgCode, out.IssuerConfidence = r.IssuerLgCode, r.IssuerConfidence
			}
			out.Warnings = append(out.Warnings, r.Warnings...)
			continue
		}
		if out.DocumentType == Unknown && r.DocumentType != Unknown {
			out.DocumentType, out.Template = r.DocumentType, r.Template
		}
		if out.IssuerLgCode == "" {
			out.IssuerLgCode, out.IssuerConfidence = r.IssuerLgCode, r.IssuerConfidence
		}
		for k, v := range r.Fields {
			if _, ok := out.Fields[k]; !ok {
				out.Fields[k] = v
			}
		}
		out.Persons = append(out.Persons, r.Persons...)
		out.Warnings = append(out.Warnings, r.Warnings...)
	}
	return out
}

func isCard(d DocumentType) bool {
	switch d {
	case ResidenceCard, SpecialPermanentResidentCertificate, DriversLicense, MyNumberCard:
		return true
	}
	return false
}
