package ocr

import (
	"context"
	"encoding/binary"
	"image"
	"os"
	"strconv"
	"sync"
	"syscall"

	"github.com/otiai10/gosseract/v2"
)

// Tesseract runs through gosseract with one TessBaseAPI per worker, created once and reused: loading the jpn
// model costs ~0.2 s, and a process per field is 8× slower than a reused handle (measured, issue 5). Each client
// is used by one goroutine at a time.

// Lang is a Tesseract language configuration.
type Lang string

const (
	LangJpn Lang = "jpn" // Japanese (Debian's fast model: 2,380 kanji, no variant kanji)
	LangEng Lang = "eng" // Latin letters and digits: romaji names, card numbers, identifiers
)

type tessPool struct {
	mu    sync.Mutex
	idle  map[Lang][]*gosseract.Client
	slots chan struct{}
	all   []*gosseract.Client
}

func newTessPool(workers int) *tessPool {
	p := &tessPool{idle: map[Lang][]*gosseract.Client{}, slots: make(chan struct{}, workers)}
	return p
}

// acquire waits for a worker slot and returns a client for lang.
func (p *tessPool) acquire(ctx context.Context, lang Lang) (*gosseract.Client, error) {
	select {
	case p.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	p.mu.Lock()
	if cs := p.idle[lang]; len(cs) > 0 {
		c := cs[len(cs)-1]
		p.idle[lang] = cs[:len(cs)-1]
		p.mu.Unlock()
		return c, nil
	}
	p.mu.Unlock()
	c := gosseract.NewClient()
	if err := c.SetLanguage(string(lang)); err != nil {
		c.Close()
		<-p.slots
		return nil, err
	}
	_ = c.DisableOutput()
	p.mu.Lock()
	p.all = append(p.all, c)
	p.mu.Unlock()
	return c, nil
}

func (p *tessPool) release(lang Lang, c *gosseract.Client) {
	p.mu.Lock()
	p.idle[lang] = append(p.idle[lang], c)
	p.mu.Unlock()
	<-p.slots
}

func (p *tessPool) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.all {
		c.Close()
	}
	p.all, p.idle = nil, map[Lang][]*gosseract.Client{}
}

// symbol is one recognised character with its box in the image given to Tesseract.
type symbol struct {
	Text string
	Box  image.Rectangle
	Conf float64 // 0–100
}

// recognize runs Tesseract on one prepared line image (psm 7 for a field) and returns its symbols.
func (p *tessPool) recognize(ctx context.Context, img *image.Gray, lang Lang, psm gosseract.PageSegMode, whitelist string) ([]symbol, error) {
	c, err := p.acquire(ctx, lang)
	if err != nil {
		return nil, err
	}
	defer p.release(lang, c)
	if err := c.SetPageSegMode(psm); err != nil {
		return nil, err
	}
	if err := c.SetWhitelist(whitelist); err != nil {
		return nil, err
	}
	if err := c.SetImageFromBytes(encodeSpix(img)); err != nil {
		return nil, err
	}
	boxes, err := c.GetBoundingBoxes(gosseract.RIL_SYMBOL)
	if err != nil {
		return nil, err
	}
	out := make([]symbol, 0, len(boxes))
	for _, b := range boxes {
		if b.Word == "" {
			continue
		}
		s := symbol{Text: b.Word, Box: b.Box, Conf: b.Confidence}
		// The LSTM sometimes emits a character twice over the same pixels (タナベベ): drop the repeat.
		if n := len(out); n > 0 && out[n-1].Text == s.Text && s.Text[0] >= 0x80 && overlap(out[n-1].Box, s.Box) > 0.5 {
			continue
		}
		out = append(out, s)
	}
	return out, nil
}

// words runs Tesseract and returns its words with boxes (psm 7 for a Latin line, 3/6/11 for a region).
func (p *tessPool) words(ctx context.Context, img *image.Gray, lang Lang, psm gosseract.PageSegMode, whitelist string) ([]gosseract.BoundingBox, error) {
	c, err := p.acquire(ctx, lang)
	if err != nil {
		return nil, err
	}
	defer p.release(lang, c)
	if err := c.SetPageSegMode(psm); err != nil {
		return nil, err
	}
	if err := c.SetWhitelist(whitelist); err != nil {
		return nil, err
	}
	if err := c.SetImageFromBytes(encodeSpix(img)); err != nil {
		return nil, err
	}
	return c.GetBoundingBoxesVerbose()
}

// encodeSpix writes leptonica's own serialised form of an 8-bit image ("spix": a header, then the raster as
// leptonica holds it in memory), which pixReadMem turns into a Pix with one copy. A PGM, which this replaced,
// goes through leptonica's stream reader one fread per pixel: 0.8 ms a line, ~10 ms a 転出証明書 page.
func encodeSpix(g *image.Gray) []byte {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	wpl := (w + 3) / 4
	const header = 7 * 4
	out := make([]byte, header+4*wpl*h)
	copy(out, "spix")
	for i, v := range []int{w, h, 8, wpl, 0, 4 * wpl * h} {
		binary.NativeEndian.PutUint32(out[4+4*i:], uint32(v))
	}
	raster := out[header:]
	for i := range raster {
		raster[i] = 0xff // a row's padding white, like the page
	}
	for y := 0; y < h; y++ {
		row := raster[4*wpl*y:]
		for x, v := range g.Pix[y*g.Stride : y*g.Stride+w] {
			row[x^spixSwap] = v
		}
	}
	return out
}

// spixSwap places a pixel in leptonica's raster, which keeps a row as 32-bit words of four pixels, the first in
// the most significant byte: on a little-endian machine that is the word's last byte in memory.
var spixSwap = func() int {
	if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
		return 3
	}
	return 0
}()

// ThreadLimitSet reports whether OMP_THREAD_LIMIT=1 was in the environment when the process started. Debian's
// libtesseract uses OpenMP, which reads the variable once when the library loads: setting it later has no effect,
// and without it every line spawns threads that cost more than they save on a busy worker.
func ThreadLimitSet() bool { return os.Getenv("OMP_THREAD_LIMIT") == "1" }

// ReexecWithThreadLimit re-executes the running program with OMP_THREAD_LIMIT=1 when it is not set (Linux);
// it returns only when no re-exec was needed or it failed. Call it first thing in main-like entry points
// (`kakanai ocr`, `kakanai bench`, a worker, a test binary's TestMain).
func ReexecWithThreadLimit() error {
	if ThreadLimitSet() || os.Getenv("KAKANAI_NO_REEXEC") != "" {
		return nil
	}
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	env := append(os.Environ(), "OMP_THREAD_LIMIT=1", "KAKANAI_NO_REEXEC=1")
	return syscall.Exec(exe, os.Args, env)
}

// workersDefault is the number of concurrent Tesseract calls: one per CPU unless KAKANAI_OCR_WORKERS says so.
func workersDefault() int {
	if n, err := strconv.Atoi(os.Getenv("KAKANAI_OCR_WORKERS")); err == nil && n > 0 {
		return n
	}
	return maxProcs()
}

// overlap is the share of the narrower box's width that the two boxes have in common.
func overlap(a, b image.Rectangle) float64 {
	w := min(a.Max.X, b.Max.X) - max(a.Min.X, b.Min.X)
	if w <= 0 {
		return 0
	}
	return float64(w) / float64(max(1, min(a.Dx(), b.Dx())))
}

// TesseractVersion returns the version of the linked libtesseract.
func TesseractVersion() string { return gosseract.Version() }
