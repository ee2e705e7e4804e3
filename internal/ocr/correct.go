package ocr

import (
	"strings"
)

// AddressCorrector corrects an address read by OCR against a dictionary. The default (NewAddressCorrector)
// uses internal/address: the nationwide municipalities and 町域 from the postal data.
type AddressCorrector interface {
	// CorrectAddress returns the address with dictionary names fixed and a score in [0, 1] of how much of it
	// the dictionary confirmed (1: prefecture, municipality and 町域 all found).
	CorrectAddress(text string) (string, float64)
}

// NameReadings tells whether a katakana reading fits a name (internal/moji's readings, enamdict, kagome).
type NameReadings interface {
	// Plausible reports whether kana can be read from name; known is false when the dictionary does not know
	// the name (then nothing is concluded).
	Plausible(name, kana string) (ok, known bool)
}

// crossCheck compares fields with each other: the 戸籍's persons get their 氏 from the 筆頭者, sex follows a
// 戸籍 続柄 (長男 → 男), and a name that disagrees with its フリガナ gets a warning.
func (e *Engine) crossCheck(res *Result) {
	if res.DocumentType == KosekiCertificate || res.DocumentType == KosekiFuhyo {
		family := ""
		if h, ok := res.Fields[KeyDomicileHead]; ok {
			family, _, _ = strings.Cut(h.Value, "　")
		}
		for _, p := range res.Persons {
			if f, ok := p[KeyFullName]; ok && family != "" && !strings.Contains(f.Value, "　") {
				f.Value = family + "　" + f.Value
				p[KeyFullName] = f
			}
			if r, ok := p[KeyRelationship]; ok {
				if _, has := p[KeySex]; !has {
					switch {
					case strings.HasSuffix(r.Value, "男"):
						p[KeySex] = Field{Value: "男", Confidence: r.Confidence, Box: r.Box}
					case strings.HasSuffix(r.Value, "女"):
						p[KeySex] = Field{Value: "女", Confidence: r.Confidence, Box: r.Box}
					}
				}
			}
		}
	}
	if e.opts.Names != nil {
		for i, p := range res.Persons {
			n, ok1 := p[KeyFullName]
			k, ok2 := p[KeyFullNameKana]
			if ok1 && ok2 {
				if ok, known := e.opts.Names.Plausible(n.Value, k.Value); known && !ok {
					res.Warnings = append(res.Warnings, "氏名とフリガナが一致しない可能性があります（"+itoa(i+1)+"人目）")
				}
			}
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
