// Command kakanai is the 書かない窓口 service and its tools; see internal/cli.
package main

import (
	"context"
	"os"
	"syscall"

	"github.com/kakanai/kakanai/internal/cli"
)

func main() {
	ensureSingleThreadedOpenMP()
	os.Exit(cli.Run(context.Background(), os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

// ensureSingleThreadedOpenMP restarts the process with OMP_THREAD_LIMIT=1 when it is unset. Tesseract's OpenMP
// threads fight the OCR worker pool for the CPU (measured several times slower on a 2-core machine), and the
// OpenMP runtime reads the variable once, when the library loads at process start: setting it later is too late.
func ensureSingleThreadedOpenMP() {
	if os.Getenv("OMP_THREAD_LIMIT") != "" {
		return
	}
	exe, err := os.Executable()
	if err != nil {
		return
	}
	os.Setenv("OMP_THREAD_LIMIT", "1")
	_ = syscall.Exec(exe, os.Args, os.Environ()) // only returns on failure: carry on without the limit
}
