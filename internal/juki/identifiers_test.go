package juki

import (
	"errors"
	"testing"

	"github.com/kakanai/kakanai"
)

// assertInvalid checks that err is the project's validation error with the given field, cause and message.
func assertInvalid(t *testing.T, err error, field string, cause error, msg string) {
	t.Helper()
	var e *kakanai.Error
	if !errors.As(err, &e) {
		t.Fatalf("error = %v, want *kakanai.Error", err)
	}
	if e.Code != kakanai.EINVALID {
		t.Errorf("code = %q, want %q", e.Code, kakanai.EINVALID)
	}
	if field != "" && e.Field != field {
		t.Errorf("field = %q, want %q", e.Field, field)
	}
	if cause != nil && !errors.Is(err, cause) {
		t.Errorf("cause = %v, want %v", e.Err, cause)
	}
	if msg != "" && e.Message != msg {
		t.Errorf("message = %q, want %q", e.Message, msg)
	}
}

func TestMyNumber_K_a_checkDigit(t *testing.T) {
	for _, s := range []string{"123456789018", "983205673214", "202604010006", "987654321000"} {
		got, err := ParseMyNumber("", s)
		if err != nil || got != s {
			t.Errorf("ParseMyNumber(%q) = %q, %v; want valid", s, got, err)
		}
	}
	for _, s := range []string{"123456789019", "983205673210"} {
		_, err := ParseMyNumber("persons.0.myNumber", s)
		assertInvalid(t, err, "persons.0.myNumber", ErrCheckDigit, "個人番号のチェックデジットが一致しません")
	}
}

func TestMyNumber_K_a_checkDigitOfEveryPrefixIsTheOnlyOne(t *testing.T) {
	// Exactly one of the ten last digits is valid for any 11-digit prefix.
	for _, prefix := range []string{"12345678901", "00000000000", "99999999999", "98320567321"} {
		valid := 0
		for d := '0'; d <= '9'; d++ {
			if _, err := ParseMyNumber("", prefix+string(d)); err == nil {
				valid++
			}
		}
		if valid != 1 {
			t.Errorf("prefix %s: %d valid check digits, want 1", prefix, valid)
		}
	}
}

func TestMyNumber_K_a_normalisesWidthSpacesAndHyphens(t *testing.T) {
	for _, s := range []string{"1234 5678 9018", "１２３４５６７８９０１８", "1234-5678-9018", "１２３４　５６７８　９０１８", "1234－5678－9018", " 123456789018 "} {
		got, err := ParseMyNumber("", s)
		if err != nil || got != "123456789018" {
			t.Errorf("ParseMyNumber(%q) = %q, %v", s, got, err)
		}
	}
}

func TestMyNumber_K_a_wrongLength(t *testing.T) {
	for _, s := range []string{"", "12345678901", "1234567890180", "12345678901A", "個人番号"} {
		_, err := ParseMyNumber("", s)
		assertInvalid(t, err, "myNumber", ErrFormat, "個人番号は12桁の数字で入力してください")
	}
}

func TestResidentCode_K_a_checkDigit(t *testing.T) {
	for _, s := range []string{"12345678903", "00000000019", "24727059608", "24846016224", "25208017643"} {
		got, warn, err := ParseResidentCode("", s)
		if err != nil || got != s || warn != "" {
			t.Errorf("ParseResidentCode(%q) = %q, %q, %v; want valid without warning", s, got, warn, err)
		}
	}
	for _, s := range []string{"25208017644", "12345678901"} {
		_, _, err := ParseResidentCode("persons.1.residentCode", s)
		assertInvalid(t, err, "persons.1.residentCode", ErrCheckDigit, "住民票コードのチェックデジットが一致しません")
	}
	_, _, err := ParseResidentCode("", "1234567890")
	assertInvalid(t, err, "residentCode", ErrFormat, "住民票コードは11桁の数字で入力してください")
}

func TestResidentCode_K_a_remainderZeroAlsoAcceptsOneWithWarning(t *testing.T) {
	// 0000000001 + weights: 1·2 = 2 → r = 2. Find a prefix with remainder 0: 0000000000 (S = 0).
	prefix := "0000000000"
	if r := weightedSum(prefix, residentCodeWeights[:]) % 11; r != 0 {
		t.Fatalf("remainder = %d, want 0", r)
	}
	if code, warn, err := ParseResidentCode("", prefix+"0"); err != nil || warn != "" || code != prefix+"0" {
		t.Errorf("standard check digit 0: %q %q %v", code, warn, err)
	}
	code, warn, err := ParseResidentCode("", prefix+"1")
	if err != nil || code != prefix+"1" || warn != residentCodeAltWarning {
		t.Errorf("alternative check digit 1: %q %q %v; want accepted with warning", code, warn, err)
	}
	// Remainder 1 gives 0 only; 1 is not accepted there. 0000000006: 6·2 = 12 → r = 1.
	if r := weightedSum("0000000006", residentCodeWeights[:]) % 11; r != 1 {
		t.Fatalf("remainder = %d, want 1", r)
	}
	if _, _, err := ParseResidentCode("", "00000000061"); !errors.Is(err, ErrCheckDigit) {
		t.Errorf("remainder 1 with check digit 1: err = %v, want check digit error", err)
	}
}

func TestLocalGovCode_checkDigit(t *testing.T) {
	for five, six := range map[string]string{"40216": "402168", "01101": "011011", "13000": "130001", "01100": "011002", "47215": "472158"} {
		cd, err := LocalGovCodeCheckDigit(five)
		if err != nil || five+string(rune('0'+cd)) != six {
			t.Errorf("LocalGovCodeCheckDigit(%s) = %d, %v; want %s", five, cd, err, six)
		}
		if got, err := ParseLocalGovCode("", six); err != nil || got != six {
			t.Errorf("ParseLocalGovCode(%s) = %q, %v", six, got, err)
		}
	}
	_, err := ParseLocalGovCode("", "402169")
	assertInvalid(t, err, "localGovCode", ErrCheckDigit, "全国地方公共団体コードのチェックデジットが一致しません")
	_, err = ParseLocalGovCode("", "40216")
	assertInvalid(t, err, "localGovCode", ErrFormat, "")
	if got, err := ParseLocalGovCode("", "４０２１６８"); err != nil || got != "402168" {
		t.Errorf("full width: %q %v", got, err)
	}
}

func TestDriversLicense_checkDigitIsEleventhDigit(t *testing.T) {
	cd, err := DriversLicenseCheckDigit("4598033587")
	if err != nil || cd != 2 {
		t.Fatalf("DriversLicenseCheckDigit = %d, %v; want 2", cd, err)
	}
	// The 12th digit is the 再交付回数 and does not take part in the check.
	for _, s := range []string{"459803358720", "459803358729", "4598 0335 8720"} {
		if _, err := ParseDriversLicenseNumber("", s); err != nil {
			t.Errorf("ParseDriversLicenseNumber(%q): %v", s, err)
		}
	}
	_, err = ParseDriversLicenseNumber("", "459803358730")
	assertInvalid(t, err, "driversLicenseNumber", ErrCheckDigit, "運転免許証番号のチェックデジットが一致しません")
	_, err = ParseDriversLicenseNumber("", "45980335872")
	assertInvalid(t, err, "driversLicenseNumber", ErrFormat, "運転免許証番号は12桁の数字で入力してください")
}

func TestResidenceCardNumber_shape(t *testing.T) {
	for in, want := range map[string]string{"AB12345678CD": "AB12345678CD", "ab12345678cd": "AB12345678CD", "ＡＢ１２３４５６７８ＣＤ": "AB12345678CD", "AB 1234 5678 CD": "AB12345678CD"} {
		if got, err := ParseResidenceCardNumber("", in); err != nil || got != want {
			t.Errorf("ParseResidenceCardNumber(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, s := range []string{"", "A12345678CD", "AB1234567CD", "AB12345678C1", "1B12345678CD", "AB12345678CDE"} {
		_, err := ParseResidenceCardNumber("persons.0.cardNumber", s)
		assertInvalid(t, err, "persons.0.cardNumber", ErrFormat, "")
	}
}
