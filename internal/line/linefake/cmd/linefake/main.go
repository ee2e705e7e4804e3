// Command linefake runs the fake LINE API for the browser tests: it prints its URL on the first line of standard
// output and serves until it is stopped. Never part of the product; clients/e2e starts it in its global set-up.
package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/kakanai/kakanai/internal/line/linefake"
)

func main() {
	f := linefake.New()
	defer f.Close()
	fmt.Println(f.URL)
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)
	<-stop
}
