package moji

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/internal/moji/kana"
)

// Conversion targets.
const (
	TargetUnicode  = "unicode"  // MJ/IVS → plain Unicode: selectors dropped, compatibility ideographs kept
	TargetJISX0208 = "jisx0208" // JIS X 0208 (the 住基 core set of many systems)
	TargetJISX0213 = "jisx0213" // JIS X 0213:2004
)

// Geta (〓) stands in the output for a character that cannot be converted; the Change says which it was.
const Geta = "〓"

// Change reports one character that conversion changed or could not convert.
type Change struct {
	Index          int    `json:"index"` // position in characters (a base with its selector counts once)
	From           string `json:"from"`
	FromCodePoints string `json:"fromCodePoints"`
	MJ             string `json:"mj,omitempty"`
	To             string `json:"to"`
	// Kind: "selector" (the IVS selector was dropped), "shukutai" (MJ縮退マップ), "gaiji" (the tenant's 外字 table),
	// "width" (half-width kana), "variant" (variant table), "unconvertible" (replaced by 〓).
	Kind string `json:"kind"`
	// Rule names the table a shukutai step used (JIS包摂規準UCS統合規則, 戸籍統一文字情報_親字正字 …).
	Rule         string   `json:"rule,omitempty"`
	Alternatives []string `json:"alternatives,omitempty"`
	Warning      string   `json:"warning,omitempty"` // Japanese, for the screen
}

// Conversion is the result of Convert.
type Conversion struct {
	Input   string   `json:"input"`
	Output  string   `json:"output"`
	Target  string   `json:"target"`
	OK      bool     `json:"ok"` // every character could be converted
	Changes []Change `json:"changes"`
}

// Unconvertible lists the characters that could not be converted (the report of I1).
func (c Conversion) Unconvertible() []Change {
	var out []Change
	for _, ch := range c.Changes {
		if ch.Kind == "unconvertible" {
			out = append(out, ch)
		}
	}
	return out
}

// ConvertOptions chooses the target set and, optionally, the tenant's 外字 table, which wins over the 縮退マップ for
// the MJ characters it lists.
type ConvertOptions struct {
	Target string      `json:"target"`
	Gaiji  *GaijiTable `json:"-"`
}

// Convert rewrites text for a system that stores only the target set (I1):
//
//   - a character with a variation selector is first resolved to its MJ文字 (Moji_Joho sequences directly,
//     Adobe-Japan1 sequences through the glyph they share, see ResolveSequence);
//   - a character of the tenant's 外字 table becomes the code the core system uses for it;
//   - a character in the target set is kept (its selector dropped);
//   - otherwise the MJ縮退マップ gives the replacement, its tables tried in order (the JIS 包摂規準 first), the first
//     candidate in the target set taken and the others listed;
//   - what is left becomes 〓 and is reported.
func (d *Dictionary) Convert(s string, opts ConvertOptions) (Conversion, error) {
	target := strings.ToLower(strings.TrimSpace(opts.Target))
	var set map[rune]bool
	switch target {
	case TargetJISX0208:
		set = d.jis208
	case TargetJISX0213:
		set = d.jis213
	case TargetUnicode, "":
		target = TargetUnicode
	default:
		return Conversion{}, kakanai.Invalid("target", "変換先は unicode, jisx0208, jisx0213 のどれかです。")
	}
	res := Conversion{Input: s, Target: target, OK: true, Changes: []Change{}}
	var out strings.Builder
	for i, seq := range splitSequences(s) {
		to, ch := d.convertOne(seq, target, set, opts.Gaiji)
		out.WriteString(to)
		if ch != nil {
			ch.Index = i
			ch.From, ch.FromCodePoints, ch.To = seq, codePoints(seq), to
			if ch.Kind == "unconvertible" {
				res.OK = false
			}
			res.Changes = append(res.Changes, *ch)
		}
	}
	res.Output = out.String()
	return res, nil
}

// Convert is Default().Convert with a target and no 外字 table.
func Convert(s, target string) (Conversion, error) {
	return Default().Convert(s, ConvertOptions{Target: target})
}

func (d *Dictionary) convertOne(seq, target string, set map[rune]bool, gaiji *GaijiTable) (string, *Change) {
	res := d.ResolveSequence(seq)
	base := firstRune(seq)
	hasSelector := len(seq) > utf8.RuneLen(base) && isSelector(firstRune(seq[utf8.RuneLen(base):]))
	if gaiji != nil && res.MJ != "" {
		if code, ok := gaiji.lookup(res.MJ); ok {
			return code, &Change{MJ: res.MJ, Kind: "gaiji", Warning: res.Warning}
		}
	}
	if target == TargetUnicode {
		if !hasSelector {
			return seq, nil
		}
		return string(base), &Change{MJ: res.MJ, Kind: "selector", Warning: res.Warning}
	}
	if base < 0x80 || set[base] {
		if !hasSelector {
			return seq, nil
		}
		return string(base), &Change{MJ: res.MJ, Kind: "selector", Warning: res.Warning}
	}
	if base >= 0xFF61 && base <= 0xFF9F {
		full := kana.HalfToFull(seq)
		if allIn(full, set) {
			return full, &Change{Kind: "width"}
		}
	}
	if res.MJ != "" {
		e := &d.mjs[d.byMJ[res.MJ]]
		var to, rule string
		var alts []string
		for _, c := range e.shukutai {
			if !allIn(c.to, set) || c.to == to {
				continue
			}
			if to == "" {
				to, rule = c.to, shukutaiCodes[c.table]
			} else if !containsString(alts, c.to) {
				alts = append(alts, c.to)
			}
		}
		if to != "" {
			ch := &Change{MJ: res.MJ, Kind: "shukutai", Rule: rule, Alternatives: alts, Warning: res.Warning}
			if e.x0213Kubun == 2 && target == TargetJISX0213 {
				ch.Warning = joinWarnings(ch.Warning, fmt.Sprintf("JIS X 0213 では %s（%s）に包摂され、区別できません。", e.x0213, to))
			}
			return to, ch
		}
	}
	if k, ok := d.fold[base]; ok && set[k] {
		return string(k), &Change{MJ: res.MJ, Kind: "variant", Warning: res.Warning}
	}
	return Geta, &Change{MJ: res.MJ, Kind: "unconvertible",
		Warning: joinWarnings(res.Warning, fmt.Sprintf("「%s」は%sに変換できません。外字表に登録してください。", seq, targetName(target)))}
}

func targetName(t string) string {
	switch t {
	case TargetJISX0208:
		return "JIS X 0208"
	case TargetJISX0213:
		return "JIS X 0213"
	}
	return t
}

func joinWarnings(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + " " + b
}

func allIn(s string, set map[rune]bool) bool {
	for _, r := range s {
		if r >= 0x80 && !set[r] {
			return false
		}
	}
	return s != ""
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isSelector reports variation selectors: VS1–16 (U+FE00–FE0F) and VS17–256 (U+E0100–E01EF).
func isSelector(r rune) bool {
	return (r >= 0xFE00 && r <= 0xFE0F) || (r >= 0xE0100 && r <= 0xE01EF)
}

// splitSequences splits text into characters, keeping a base and its variation selector together: a line is
// never broken between them, and a selector is never dropped on its own.
func splitSequences(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		for j < len(s) {
			r, m := utf8.DecodeRuneInString(s[j:])
			// Half-width sound marks (ｺﾞ) belong to their kana like a selector to its base.
			if !isSelector(r) && r != 0xFF9E && r != 0xFF9F {
				break
			}
			j += m
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}

// Resolution says which MJ文字 a character or sequence is.
type Resolution struct {
	Input string `json:"input"`
	MJ    string `json:"mj,omitempty"`
	// Collection of the selector: Moji_Joho, Adobe-Japan1, or "" for a plain character. Hanyo-Denshi sequences
	// are the same as Moji_Joho's where both exist.
	Collection string `json:"collection,omitempty"`
	// Rule for an Adobe-Japan1 sequence: default (the standard glyph), jis90 (the JIS X 0208:1990 glyph), jis2004.
	Rule string `json:"rule,omitempty"`
	// Char is the text that draws the MJ character in IPAmj明朝 (a plain code point or a Moji_Joho sequence); the
	// base character when no MJ character was found.
	Char    string `json:"char"`
	Warning string `json:"warning,omitempty"`
}

// ResolveSequence finds the MJ文字 of one character: a plain code point, a Moji_Joho IVS, or an Adobe-Japan1 IVS
// (葛 + U+E0100, the JIS90 glyph CID+1481) resolved to the MJ character of the same shape (MJ022335). An
// Adobe-Japan1 sequence with no such MJ character, or an unknown selector, resolves to the base character with a
// warning: the selector is never dropped silently.
func (d *Dictionary) ResolveSequence(seq string) Resolution {
	res := Resolution{Input: seq}
	base := firstRune(seq)
	if len(seq) == utf8.RuneLen(base) || !isSelector(firstRune(seq[utf8.RuneLen(base):])) {
		res.Char = seq
		if i, ok := d.byUCS[base]; ok {
			res.MJ = d.mjs[i].mj
		}
		return res
	}
	if i, ok := d.byIVS[seq]; ok {
		res.MJ, res.Collection, res.Char = d.mjs[i].mj, "Moji_Joho", seq
		return res
	}
	if a, ok := d.aj1[seq]; ok {
		res.Collection, res.Rule = "Adobe-Japan1", a.rule
		if a.mj != "" {
			e := &d.mjs[d.byMJ[a.mj]]
			res.MJ, res.Char = e.mj, e.ucs
			if res.Char == "" {
				res.Char = e.ivs
			}
			return res
		}
		res.Char = string(base)
		if i, ok := d.byUCS[base]; ok {
			res.MJ = d.mjs[i].mj
		}
		res.Warning = fmt.Sprintf("Adobe-Japan1 の異体字（CID+%d）に同じ字形のMJ文字が見つからないため、基底文字「%c」として扱いました。", a.cid, base)
		return res
	}
	res.Char = string(base)
	if i, ok := d.byUCS[base]; ok {
		res.MJ = d.mjs[i].mj
	}
	res.Warning = fmt.Sprintf("未知の異体字セレクタ（%s）のため、基底文字「%c」として扱いました。", codePoints(seq[utf8.RuneLen(base):]), base)
	return res
}

// ResolveSequence is Default().ResolveSequence.
func ResolveSequence(seq string) Resolution { return Default().ResolveSequence(seq) }

// MJ returns an MJ文字 by its number (MJ028902, 028902 or 28902).
func (d *Dictionary) MJ(number string) (MJChar, bool) {
	n := strings.TrimPrefix(strings.ToUpper(strings.TrimSpace(number)), "MJ")
	for len(n) < 6 {
		n = "0" + n
	}
	i, ok := d.byMJ["MJ"+n]
	if !ok {
		return MJChar{}, false
	}
	return d.mjChar(i), true
}

func (d *Dictionary) foldRune(r rune) rune {
	if k, ok := d.fold[r]; ok {
		return k
	}
	return r
}

// MatchKey is the variant-insensitive form of a text for search: selectors dropped, every character folded to
// its key (髙 → 高, 﨑 → 崎, 國 → 国, 邉 → 辺), half-width kana to full-width. Two names match when their keys are
// equal; the key is never shown.
func (d *Dictionary) MatchKey(s string) string {
	var b strings.Builder
	for _, r := range kana.HalfToFull(s) {
		if isSelector(r) {
			continue
		}
		b.WriteRune(d.foldRune(r))
	}
	return b.String()
}

// MatchKey is Default().MatchKey.
func MatchKey(s string) string { return Default().MatchKey(s) }
