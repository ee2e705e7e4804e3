package ocr

import (
	"encoding/json"
	"strings"
	"sync"
	"unicode"

	"github.com/kakanai/kakanai/internal/address"
)

// Municipality is an issuer of certificates, with the templates its documents are known to use (seed data for
// B1; a tenant's own mapping overrides it once persisted by the service).
type Municipality struct {
	LgCode     string            `json:"lgCode"`     // 全国地方公共団体コード, 6 digits
	Prefecture string            `json:"prefecture"` // 福岡県
	Name       string            `json:"name"`       // 久留米市, 福岡市博多区; "" for the prefecture itself
	Kana       string            `json:"kana"`
	Templates  map[string]string `json:"templates,omitempty"` // documentType → template ID
	Note       string            `json:"note,omitempty"`
}

// FullName returns 福岡県久留米市.
func (m Municipality) FullName() string { return m.Prefecture + m.Name }

// SeedMunicipalities is the B1 seed file: 小郡市's main source municipalities.
type SeedMunicipalities struct {
	About          string         `json:"about"`
	Tenant         string         `json:"tenant"`
	Municipalities []Municipality `json:"municipalities"`
}

// ParseSeedMunicipalities reads a seed file.
func ParseSeedMunicipalities(b []byte) (*SeedMunicipalities, error) {
	var s SeedMunicipalities
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, err
	}
	return &s, nil
}

// AddMunicipality registers an issuer.
func (l *Library) AddMunicipality(m Municipality) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.issuers[m.LgCode] = m
}

// Municipality returns the issuer with the code.
func (l *Library) Municipality(lgCode string) (Municipality, bool) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	m, ok := l.issuers[lgCode]
	return m, ok
}

// Municipalities returns every registered issuer.
func (l *Library) Municipalities() []Municipality {
	l.mu.RLock()
	defer l.mu.RUnlock()
	out := make([]Municipality, 0, len(l.issuers))
	for _, m := range l.issuers {
		out = append(out, m)
	}
	return out
}

// MatchIssuer finds the municipality named in an issuer line such as 「福岡県久留米市長　山田　一郎」 or
// 「福岡県公安委員会」, tolerating OCR noise: the longest known name found in the text wins, with an edit
// distance of one character allowed for names of three or more characters.
func (l *Library) MatchIssuer(text string) (Municipality, bool) {
	m, _, ok := l.MatchIssuerConfidence(text)
	return m, ok
}

// Issuer confidences: a name found exactly, with its prefecture, and no other municipality as likely, is as sure
// as a check digit; a name found only approximately, or one that two municipalities share (府中市 without its
// 都府県), is shown for confirmation.
const (
	issuerExact     = 0.95
	issuerUncertain = 0.6
)

// MatchIssuerConfidence is MatchIssuer with a confidence in [0, 1] for the match.
func (l *Library) MatchIssuerConfidence(text string) (Municipality, float64, bool) {
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text)
	if s == "" {
		return Municipality{}, 0, false
	}
	var best Municipality
	bestScore, secondScore := 0.0, 0.0
	bestExactFull := false
	for _, m := range l.Municipalities() {
		mScore, exact := 0.0, false
		for _, name := range []string{m.FullName(), m.Name} {
			if name == "" || (m.Name == "" && !strings.Contains(s, "公安委員会") && !strings.Contains(s, "知事")) {
				continue
			}
			n := []rune(name)
			score := 0.0
			if strings.Contains(s, name) {
				score = float64(len(n)) + 0.5
			} else if len(n) >= 4 && fuzzyContains([]rune(s), n) {
				score = float64(len(n)) - 1
			}
			// A municipality beats its prefecture; a ward beats its city.
			if m.Name != "" {
				score += 0.25
			}
			if score > mScore {
				// Exact and unmistakable: the name with its prefecture, or a name no other municipality in Japan
				// bears (マイナンバーカード print 「○○市長」 alone).
				mScore = score
				exact = strings.Contains(s, name) && (name == m.FullName() || (m.Name != "" && uniqueMunicipalityName(name)))
			}
		}
		switch {
		case mScore > bestScore:
			secondScore = bestScore
			best, bestScore, bestExactFull = m, mScore, exact
		case mScore > secondScore:
			secondScore = mScore
		}
	}
	if bestScore <= 1.5 {
		return Municipality{}, 0, false
	}
	// A rival as likely (the same name elsewhere) or a name found only approximately: confirm by eye.
	conf := issuerUncertain
	if bestExactFull && bestScore-secondScore >= 1 {
		conf = issuerExact
	}
	return best, conf, true
}

// fuzzyContains reports whether some substring of s is within one substitution of n.
func fuzzyContains(s, n []rune) bool {
	for i := 0; i+len(n) <= len(s); i++ {
		diff := 0
		for j := range n {
			if s[i+j] != n[j] {
				diff++
			}
		}
		if diff <= 1 {
			return true
		}
	}
	return false
}

var (
	municipalityNamesOnce sync.Once
	municipalityNames     []string // 市区町村 as written after the 都道府県, nationwide (三井郡大刀洗町, 福岡市博多区)
)

// uniqueMunicipalityName reports whether exactly one municipality in Japan bears name, after its 郡 or its 政令市
// (大刀洗町, 博多区, 久留米市 — 東久留米市 is another name — yes; 中央区, 府中市 no), from the address dictionary.
func uniqueMunicipalityName(name string) bool {
	municipalityNamesOnce.Do(func() {
		d := address.Default()
		for _, p := range d.Prefectures() {
			ms, err := d.Municipalities(p.LGCode)
			if err != nil {
				continue
			}
			for _, m := range ms {
				municipalityNames = append(municipalityNames, m.City)
			}
		}
	})
	n := 0
	for _, c := range municipalityNames {
		if c == name || strings.HasSuffix(c, "郡"+name) || strings.HasSuffix(c, "市"+name) {
			n++
		}
	}
	return n == 1
}
