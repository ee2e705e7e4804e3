package forms

import (
	"fmt"
	"slices"
	"strings"

	"github.com/kakanai/kakanai"
)

// MaskProfile says which items a masked copy blacks out (K-u). Fields are key patterns: a path where "*" stands
// for one segment (persons.*.myNumber); a pattern also covers the keys below it (newAddress covers
// newAddress.line). A masked item's box is filled black and its text is not written to the file at all, so
// neither copying text nor removing the black box can recover it.
type MaskProfile struct {
	ID     string   `json:"id"`
	Name   string   `json:"name"`
	Fields []string `json:"fields"`
}

// Built-in mask profile IDs. A tenant may define more.
const (
	MaskMyNumber         = "mynumber"          // 個人番号マスク
	MaskDomicileMyNumber = "domicile-mynumber" // 本籍・個人番号マスク
	MaskPublic           = "public"            // 公開用
)

// BuiltinMaskProfiles returns the profiles every tenant starts with.
func BuiltinMaskProfiles() []MaskProfile {
	return []MaskProfile{
		{ID: MaskMyNumber, Name: "個人番号マスク", Fields: []string{"persons.*.myNumber"}},
		{ID: MaskDomicileMyNumber, Name: "本籍・個人番号マスク", Fields: []string{
			"persons.*.myNumber", "persons.*.domicile", "persons.*.domicileHead"}},
		// 公開用: for copies that leave the 住民記録 section (情報公開, other departments): every identifier and
		// the 本籍 go, names and addresses stay so the copy still says whose 届出 it is.
		{ID: MaskPublic, Name: "公開用", Fields: []string{
			"persons.*.myNumber", "persons.*.residentCode", "persons.*.domicile", "persons.*.domicileHead",
			"persons.*.cardNumber", "persons.*.birthDate", KeyNotifierPhone}},
	}
}

// BuiltinMaskProfile returns the built-in profile with id.
func BuiltinMaskProfile(id string) (MaskProfile, bool) {
	for _, p := range BuiltinMaskProfiles() {
		if p.ID == id || p.Name == id {
			return p, true
		}
	}
	return MaskProfile{}, false
}

// Validate checks the profile's patterns.
func (p MaskProfile) Validate() error {
	if strings.TrimSpace(p.Name) == "" {
		return kakanai.Invalid("name", "マスクの名前がありません")
	}
	if len(p.Fields) == 0 {
		return kakanai.Invalid("fields", "マスク「%s」: 隠す項目がありません", p.Name)
	}
	for i, f := range p.Fields {
		for _, seg := range strings.Split(f, ".") {
			if seg == "" || (seg != "*" && !keyRe.MatchString(seg)) {
				return kakanai.Invalid(fmt.Sprintf("fields[%d]", i), "マスク「%s」: 項目の指定「%s」は使えません（例: persons.*.myNumber）", p.Name, f)
			}
		}
	}
	return nil
}

// Masks reports whether the profile blacks out the item at key.
func (p *MaskProfile) Masks(key string) bool {
	if p == nil {
		return false
	}
	return slices.ContainsFunc(p.Fields, func(pattern string) bool { return matchKey(pattern, key) })
}

// matchKey matches a dotted key against a pattern segment by segment; the pattern may be a prefix of the key.
func matchKey(pattern, key string) bool {
	ps, ks := strings.Split(pattern, "."), strings.Split(key, ".")
	if len(ps) > len(ks) {
		return false
	}
	for i, p := range ps {
		if p != "*" && p != ks[i] {
			return false
		}
	}
	return true
}
