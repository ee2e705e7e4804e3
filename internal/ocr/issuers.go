package ocr

import (
	"encoding/json"
	"strings"
	"unicode"
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
	s := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text)
	if s == "" {
		return Municipality{}, false
	}
	var best Municipality
	bestScore := 0.0
	for _, m := range l.Municipalities() {
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
			if score > bestScore {
				best, bestScore = m, score
			}
		}
	}
	return best, bestScore > 1.5
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
