package ocr

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"regexp"
	"sort"
	"sync"
	"testing"

	"github.com/otiai10/gosseract/v2"
	"golang.org/x/text/encoding/japanese"

	"github.com/kakanai/kakanai/internal/ocr/fonts"
)

// TestMeasureConfusions measures what Debian's fast jpn model returns for the kanji usable in names (常用 and
// 人名用, kanjidic2), the variant kanji (three name contexts each) and the rest of JIS X 0208 levels 1 and 2
// (one context), printed in IPAmj明朝 and IPAゴシック, and writes
// data/confusions.json: for each character Tesseract returned, the characters it was returned for. Run it after
// a Tesseract or model upgrade: KAKANAI_MEASURE_CONFUSIONS=1 go test ./internal/ocr -run TestMeasureConfusions
// (about five minutes on two cores).
func TestMeasureConfusions(t *testing.T) {
	if os.Getenv("KAKANAI_MEASURE_CONFUSIONS") == "" {
		t.Skip("set KAKANAI_MEASURE_CONFUSIONS=1 to re-measure data/confusions.json")
	}
	names := nameKanji()
	isName := map[rune]bool{}
	for _, c := range names {
		isName[c] = true
	}
	chars := append([]rune(nil), names...)
	for _, c := range jisKanji() {
		if !isName[c] {
			chars = append(chars, c)
		}
	}
	for _, fam := range variantFamilies {
		for _, c := range fam {
			isName[c] = true
			chars = append(chars, c)
		}
	}
	pool := newTessPool(2)
	defer pool.close()
	type obs struct{ got, want rune }
	var mu sync.Mutex
	counts := map[rune]map[rune]int{}
	work := make(chan rune)
	var wg sync.WaitGroup
	for w := 0; w < 2; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for c := range work {
				for _, f := range []fonts.Family{fonts.MJMincho, fonts.Gothic} {
					if !fonts.Has(f, c) {
						continue
					}
					// Three contexts: inside a name, after the 氏/名 space, and first.
					contexts := []struct{ pre, post string }{{"田", "子"}, {"山田　", ""}, {"", "田"}}
					if !isName[c] {
						contexts = contexts[:1] // JIS characters outside the name sets: one context
					}
					for _, ctx := range contexts {
						img := renderText(ctx.pre+string(c)+ctx.post, f, 44)
						li := prepareLine(img, 0)
						if li.empty {
							continue
						}
						syms, err := pool.recognize(context.Background(), li.img, LangJpn, gosseract.PSM_SINGLE_LINE, "")
						if err != nil {
							t.Error(err)
							return
						}
						got := []rune(compactText(joinSymbols(syms, false, 0)))
						pre, post := []rune(compactText(ctx.pre)), []rune(ctx.post)
						if len(got) != len(pre)+1+len(post) || string(got[:len(pre)]) != string(pre) || string(got[len(pre)+1:]) != string(post) {
							continue
						}
						g := got[len(pre)]
						if g == c {
							continue
						}
						mu.Lock()
						if counts[g] == nil {
							counts[g] = map[rune]int{}
						}
						counts[g][c]++
						mu.Unlock()
					}
				}
			}
		}()
	}
	for _, c := range chars {
		work <- c
	}
	close(work)
	wg.Wait()
	out := map[string]string{}
	for got, m := range counts {
		var ws []rune
		for w := range m {
			ws = append(ws, w)
		}
		sort.Slice(ws, func(a, b int) bool { return ws[a] < ws[b] })
		out[string(got)] = string(ws)
	}
	b, _ := json.MarshalIndent(out, "", " ")
	if err := os.WriteFile("data/confusions.json", append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d characters measured, %d confusable outputs", len(chars), len(out))
}

// nameKanji lists the kanji usable in names: 常用漢字 and 人名用漢字 (kanjidic2 grades 1–10, Debian
// kanjidic-xml); empty when kanjidic2 is not installed.
func nameKanji() []rune {
	f, err := os.Open("/usr/share/edict/kanjidic2.xml.gz")
	if err != nil {
		return nil
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil
	}
	re := regexp.MustCompile(`(?s)<literal>(.)</literal>.*?</character>`)
	gr := regexp.MustCompile(`<grade>(\d+)</grade>`)
	var out []rune
	for _, m := range re.FindAllSubmatch(b, -1) {
		if g := gr.FindSubmatch(m[0]); g != nil {
			out = append(out, []rune(string(m[1]))[0])
		}
	}
	return out
}

// jisKanji lists the kanji of JIS X 0208 rows 16–84 (level 1 and level 2).
func jisKanji() []rune {
	dec := japanese.EUCJP.NewDecoder()
	var out []rune
	for row := 16; row <= 84; row++ {
		for cell := 1; cell <= 94; cell++ {
			b := []byte{byte(0xA0 + row), byte(0xA0 + cell)}
			s, err := dec.Bytes(b)
			if err != nil {
				continue
			}
			rs := []rune(string(s))
			if len(rs) == 1 && rs[0] != '\uFFFD' {
				out = append(out, rs[0])
			}
		}
	}
	return out
}
