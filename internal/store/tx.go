package store

import (
	"context"
	"fmt"

	"github.com/kakanai/kakanai/ent"
)

// WithTx runs f in a transaction, committing when it returns nil and rolling back otherwise.
func WithTx(ctx context.Context, client *ent.Client, f func(tx *ent.Tx) error) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return Err(err, "")
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := f(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil {
			return fmt.Errorf("%w (rollback: %v)", err, rerr)
		}
		return err
	}
	return Err(tx.Commit(), "")
}
