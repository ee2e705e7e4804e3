// Package cli is the kakanai command: `kakanai serve`, `kakanai migrate`, `kakanai audit verify`,
// `kakanai version`. main only calls Run.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/kakanai/kakanai/internal/app"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/config"
	"github.com/kakanai/kakanai/internal/store"
)

// Version is set at build time (-ldflags "-X github.com/kakanai/kakanai/internal/cli.Version=…").
var Version = "dev"

const usage = `kakanai — 書かない窓口

Usage:
  kakanai serve [--addr 127.0.0.1:8080] [--data ./data] [--database-url postgres://…]   run the service
  kakanai migrate [--data DIR] [--database-url URL]        apply database migrations and print their status
  kakanai audit verify [--data DIR] [--database-url URL]   check the audit log's hash chain
  kakanai dict postal|towns|kanji|convert|incity …         look up the dictionaries (JSON)
  kakanai ocr [--json] FILE…                               read scanned documents (JPEG, PNG, TIFF, PDF)
  kakanai bench ocr [--quick]                              recognition rates and speed on a generated corpus
  kakanai render --sample OUT.pdf [--svg OUT.svg] [--mask PROFILE]   write a sample 異動届 to look at
  kakanai bench search [--n 1000000] [--postgres URL]      seed synthetic 届出 and time typical searches
  kakanai line richmenu --liff-url URL [--image PNG]       set up the LINE official account's menu
  kakanai line richmenu-image --out menu.png               write the generated menu image to edit
  kakanai version                                          print the version

Settings come from KAKANAI_* environment variables (see README); flags override them.
`

// Run executes the command line and returns the exit code.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "serve":
		err = serve(ctx, args[1:], stdout, stderr, getenv)
	case "migrate":
		err = migrate(ctx, args[1:], stdout, stderr, getenv)
	case "audit":
		if len(args) < 2 || args[1] != "verify" {
			fmt.Fprint(stderr, "usage: kakanai audit verify [--data DIR] [--database-url URL]\n")
			return 2
		}
		var ok bool
		ok, err = verifyAudit(ctx, args[2:], stdout, stderr, getenv)
		if err == nil && !ok {
			return 1
		}
	case "dict":
		err = dictCommand(ctx, args[1:], stdout, stderr)
	case "ocr":
		err = ocrCommand(ctx, args[1:], stdout, stderr)
	case "render":
		err = renderCommand(ctx, args[1:], stdout, stderr)
	case "bench":
		err = bench(ctx, args[1:], stdout, stderr)
	case "line":
		err = lineCommand(ctx, args[1:], stdout, stderr, getenv)
	case "version", "--version":
		fmt.Fprintln(stdout, "kakanai", Version)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "kakanai: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "kakanai:", err)
		return 1
	}
	return 0
}

func newLogger(cfg config.Config, w io.Writer) *slog.Logger {
	var level slog.Level
	_ = level.UnmarshalText([]byte(cfg.LogLevel))
	opts := &slog.HandlerOptions{Level: level}
	if cfg.Development() {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

func serve(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) error {
	cfg, err := config.Load("serve", args, getenv)
	if err != nil {
		return err
	}
	logger := newLogger(cfg, stderr)
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()

	a, err := app.Open(ctx, cfg, logger, stdout)
	if err != nil {
		return err
	}
	defer a.Close()

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           a.Handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute, // scanner uploads over a slow counter network
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("serving", "addr", "http://"+ln.Addr().String(), "env", cfg.Env, "database", a.DB.Dialect, "version", Version)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down: finishing requests in flight")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	logger.Info("stopped")
	return nil
}

func openDB(ctx context.Context, name string, args []string, getenv func(string) string) (*store.DB, error) {
	cfg, err := config.Load(name, args, getenv)
	if err != nil {
		return nil, err
	}
	return store.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
}

func migrate(ctx context.Context, args []string, stdout, _ io.Writer, getenv func(string) string) error {
	db, err := openDB(ctx, "migrate", args, getenv)
	if err != nil {
		return err
	}
	defer db.Close()
	n, err := db.Migrate(ctx)
	if err != nil {
		return err
	}
	status, err := db.MigrationStatus(ctx)
	if err != nil {
		return err
	}
	for _, s := range status {
		fmt.Fprintf(stdout, "%-8s %s\n", s.State, s.Source.Path)
	}
	fmt.Fprintf(stdout, "applied %d migration(s) on %s\n", n, db.Dialect)
	return nil
}

func verifyAudit(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) (bool, error) {
	db, err := openDB(ctx, "audit verify", args, getenv)
	if err != nil {
		return false, err
	}
	defer db.Close()
	res, err := audit.New(db.Client, db.Dialect, slog.New(slog.NewTextHandler(stderr, nil))).Verify(ctx)
	if err != nil {
		return false, err
	}
	if res.OK {
		fmt.Fprintf(stdout, "OK: %d audit records, hash chain intact\n", res.Checked)
		return true, nil
	}
	fmt.Fprintf(stdout, "BROKEN: audit record seq=%d: %s (%d records before it are intact)\n", res.BrokenSeq, res.Reason, res.Checked)
	return false, nil
}

func bench(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: kakanai bench search [--n N] [--runs N] [--postgres URL] | kakanai bench ocr [--quick]")
	}
	switch args[0] {
	case "search":
		return benchSearch(ctx, args[1:], stdout, stderr)
	case "ocr":
		return benchCommand(ctx, args, stdout, stderr)
	}
	return fmt.Errorf("kakanai bench: unknown benchmark %q", args[0])
}
