package store

import (
	"errors"
	"strings"

	"github.com/kakanai/kakanai"
	"github.com/kakanai/kakanai/ent"
	"github.com/kakanai/kakanai/ent/privacy"
)

// Err maps an ent error to an application error. what names the object in Japanese (「ユーザー」). A privacy
// denial reads as not found, so that nobody learns that another tenant's object exists.
func Err(err error, what string) error {
	var (
		ve *ent.ValidationError
		ae *kakanai.Error
	)
	switch {
	case err == nil:
		return nil
	case errors.As(err, &ae):
		return err
	case ent.IsNotFound(err), errors.Is(err, privacy.Deny):
		return kakanai.Errorf(kakanai.ENOTFOUND, "%sが見つかりません。", what)
	case ent.IsConstraintError(err):
		return kakanai.Errorf(kakanai.ECONFLICT, "同じ%sが既に登録されています。", what)
	case errors.As(err, &ve):
		msg := ve.Unwrap().Error()
		if i := strings.LastIndex(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		return &kakanai.Error{Code: kakanai.EINVALID, Field: lowerCamel(ve.Name), Message: msg, Err: err}
	default:
		return kakanai.Internal(err)
	}
}

// lowerCamel turns an ent field name (display_name) into the GraphQL one (displayName).
func lowerCamel(s string) string {
	parts := strings.Split(s, "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}
