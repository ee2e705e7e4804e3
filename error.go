// Package kakanai holds what every layer of the system shares: the error type whose codes travel from the domain
// to the API as data (after Ben Johnson's WTF), and nothing that knows about HTTP, GraphQL or a database.
package kakanai

import (
	"errors"
	"fmt"
)

// Error codes. The GraphQL error presenter copies them into extensions.code, so clients branch on the code and
// show the message.
const (
	EINVALID      = "invalid"      // the input is wrong; Field names it
	ENOTFOUND     = "not_found"    // nothing there, or nothing the caller may see (no existence leak)
	ECONFLICT     = "conflict"     // someone else changed it first, or it already exists
	EUNAUTHORIZED = "unauthorized" // not logged in, or the session has expired
	EFORBIDDEN    = "forbidden"    // logged in, but lacking the permission
	EINTERNAL     = "internal"     // our fault; details go to the log, never to the client
)

// Error is an application error. Message is shown to people (Japanese in the UI) and must never carry
// personal data; Field is the input path the message is about, e.g. "persons.0.myNumber".
type Error struct {
	Code    string
	Field   string
	Message string
	Err     error // the cause, for logs only
}

func (e *Error) Error() string {
	msg := e.Message
	if e.Field != "" {
		msg = e.Field + ": " + msg
	}
	if e.Err != nil {
		return fmt.Sprintf("%s (%s): %v", msg, e.Code, e.Err)
	}
	return fmt.Sprintf("%s (%s)", msg, e.Code)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an error with a code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Invalid returns a validation error about one field.
func Invalid(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// Internal wraps an unexpected failure; the client sees only a generic message.
func Internal(err error) *Error {
	return &Error{Code: EINTERNAL, Message: "内部エラーが発生しました。しばらくしてから再度お試しください。", Err: err}
}

// ErrorCode returns the code of an application error, EINTERNAL for any other non-nil error, "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorField returns the field an application error is about, if any.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// ErrorMessage returns the human-readable message of an application error, and a generic one otherwise so that
// internal details never reach a client.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) && e.Code != EINTERNAL {
		return e.Message
	}
	return "内部エラーが発生しました。しばらくしてから再度お試しください。"
}
