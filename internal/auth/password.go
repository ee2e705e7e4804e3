package auth

import (
	"strings"
	"unicode"

	"github.com/alexedwards/argon2id"

	"github.com/kakanai/kakanai"
)

// HashParams are the argon2id parameters. The defaults follow RFC 9106's second recommendation scaled to a
// counter PC server (64 MiB, 1 pass, 2 lanes): about 50 ms a login. Tests lower them.
var HashParams = argon2id.DefaultParams

// HashPassword returns the argon2id PHC string of the password.
func HashPassword(pw string) (string, error) {
	h, err := argon2id.CreateHash(pw, HashParams)
	if err != nil {
		return "", kakanai.Internal(err)
	}
	return h, nil
}

// checkPassword compares in constant time.
func checkPassword(pw, hash string) bool {
	ok, err := argon2id.ComparePasswordAndHash(pw, hash)
	return err == nil && ok
}

// MinPasswordLength follows NIST SP 800-63B's advice for passwords chosen by people: length over composition
// rules, checked against guessable values.
const MinPasswordLength = 12

// common passwords and keyboard walks a city's staff would otherwise try first.
var commonPasswords = []string{"password", "passw0rd", "123456789012", "qwertyuiop", "asdfghjkl", "iloveyou", "kakanai", "admin", "ogori", "letmein", "welcome"}

// ValidatePassword applies the password policy; field names the input the message is about.
func ValidatePassword(field, pw, loginID string) error {
	n := len([]rune(pw))
	switch {
	case n < MinPasswordLength:
		return kakanai.Invalid(field, "パスワードは%d文字以上にしてください。", MinPasswordLength)
	case n > 128:
		return kakanai.Invalid(field, "パスワードは128文字以内にしてください。")
	}
	lower := strings.ToLower(pw)
	if loginID != "" && strings.Contains(lower, strings.ToLower(loginID)) {
		return kakanai.Invalid(field, "パスワードにログインIDを含めないでください。")
	}
	for _, c := range commonPasswords {
		if strings.Contains(lower, c) {
			return kakanai.Invalid(field, "推測されやすい文字列（%s など）を含むパスワードは使えません。", c)
		}
	}
	var letters, digits, others bool
	distinct := map[rune]bool{}
	for _, r := range pw {
		distinct[r] = true
		switch {
		case unicode.IsLetter(r):
			letters = true
		case unicode.IsDigit(r):
			digits = true
		case unicode.IsControl(r):
			return kakanai.Invalid(field, "パスワードに制御文字は使えません。")
		default:
			others = true
		}
	}
	kinds := 0
	for _, b := range []bool{letters, digits, others} {
		if b {
			kinds++
		}
	}
	if kinds < 2 {
		return kakanai.Invalid(field, "パスワードには英字・数字・記号のうち2種類以上を含めてください。")
	}
	if len(distinct) < 6 {
		return kakanai.Invalid(field, "同じ文字の繰り返しが多すぎます。")
	}
	return nil
}
