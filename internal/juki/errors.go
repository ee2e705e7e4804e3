package juki

import (
	"errors"

	"github.com/kakanai/kakanai"
)

// Causes carried in kakanai.Error.Err, so callers (Validate, the GraphQL presenter) can tell a malformed input
// from a wrong check digit with errors.Is while the user sees only the Japanese Message.
var (
	ErrFormat     = errors.New("juki: malformed input")
	ErrCheckDigit = errors.New("juki: check digit mismatch")
	ErrOutOfRange = errors.New("juki: value out of range")
	ErrUnknown    = errors.New("juki: unknown term")
)

// invalid builds the project's validation error with a cause from the list above.
func invalid(field string, cause error, msg string) *kakanai.Error {
	return &kakanai.Error{Code: kakanai.EINVALID, Field: field, Message: msg, Err: cause}
}

// orDefault returns field, or def when the caller passed none.
func orDefault(field, def string) string {
	if field == "" {
		return def
	}
	return field
}
