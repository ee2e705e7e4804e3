// Command kakanai is the 書かない窓口 service and its tools; see internal/cli.
package main

import (
	"context"
	"os"

	"github.com/kakanai/kakanai/internal/cli"
)

func main() {
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}
