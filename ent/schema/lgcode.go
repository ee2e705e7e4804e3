package schema

import (
	"errors"
	"regexp"
)

var lgCodePattern = regexp.MustCompile(`^[0-9]{6}$`)

// validateLgCode checks the 全国地方公共団体コード check digit: weights 6,5,4,3,2 over the first five digits,
// CD = (11 − S mod 11) mod 10 (昭和43年自治省告示; vectors in shared/DOMAIN.md).
func validateLgCode(s string) error {
	if !lgCodePattern.MatchString(s) {
		return errors.New("全国地方公共団体コードは6桁の数字で入力してください")
	}
	sum := 0
	for i, w := range []int{6, 5, 4, 3, 2} {
		sum += int(s[i]-'0') * w
	}
	if int(s[5]-'0') != (11-sum%11)%10 {
		return errors.New("全国地方公共団体コードのチェックデジットが一致しません")
	}
	return nil
}
