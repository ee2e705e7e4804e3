package schema

import (
	"regexp"

	"github.com/kakanai/kakanai/internal/juki"
)

var lgCodePattern = regexp.MustCompile(`^[0-9]{6}$`)

// validateLgCode checks the 全国地方公共団体コード and its check digit with the 住基 rules.
func validateLgCode(s string) error {
	_, err := juki.ParseLocalGovCode("lgCode", s)
	return err
}
