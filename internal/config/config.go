// Package config reads the service's settings from the environment with typed defaults (as miniflux does);
// command-line flags mirror the variables and win over them. A secret can come from a file: VAR_FILE.
package config

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Environments.
const (
	EnvDevelopment = "development"
	EnvProduction  = "production"
)

// Config is every setting of `kakanai serve` and the other subcommands.
type Config struct {
	Addr        string        // KAKANAI_ADDR
	DataDir     string        // KAKANAI_DATA_DIR: SQLite database, files, generated keys
	DatabaseURL string        // KAKANAI_DATABASE_URL: empty = SQLite in DataDir; postgres://… = PostgreSQL
	BlobURL     string        // KAKANAI_BLOB_URL: empty = file:// under DataDir/blobs
	DataKey     string        // KAKANAI_DATA_KEY: key for personal data at rest (base64, 32 bytes)
	Env         string        // KAKANAI_ENV: development | production
	SessionIdle time.Duration // KAKANAI_SESSION_IDLE
	LogLevel    string        // KAKANAI_LOG_LEVEL: debug | info | warn | error
	OCRWorkers  int           // KAKANAI_OCR_WORKERS: OCR jobs worked at once in this process; 0 = none (API only)
	// ConsoleDir serves the staff console from this built directory instead of the copy embedded in the binary
	// (KAKANAI_CONSOLE_DIR): for console development and browser tests of a console built elsewhere.
	ConsoleDir string
	// CitizenDir serves the citizen app from this built directory instead of the embedded copy (KAKANAI_CITIZEN_DIR).
	CitizenDir string
	// PublicURL is how residents' phones and LINE reach this server, e.g. https://navi.example.lg.jp
	// (KAKANAI_PUBLIC_URL): LINE fetches the QR picture from it. Empty: the request's own host.
	PublicURL string
	// LineAPIURL and LineDataAPIURL point the LINE client elsewhere than LINE's public endpoints (a local fake in
	// tests; KAKANAI_LINE_API_URL, KAKANAI_LINE_DATA_API_URL).
	LineAPIURL     string
	LineDataAPIURL string
	// BootstrapAdminPassword is the first `admin` password on an empty database (KAKANAI_BOOTSTRAP_ADMIN_PASSWORD);
	// generated and printed once when empty.
	BootstrapAdminPassword string
}

// Defaults returns the settings before the environment and flags are read.
func Defaults() Config {
	return Config{
		Addr:        "127.0.0.1:8080",
		DataDir:     "./data",
		Env:         EnvProduction,
		SessionIdle: 30 * time.Minute,
		LogLevel:    "info",
		OCRWorkers:  1,
	}
}

// Development reports whether development conveniences (GraphQL introspection, text logs) are on.
func (c Config) Development() bool { return c.Env == EnvDevelopment }

// BlobDir is where files live when KAKANAI_BLOB_URL is not set.
func (c Config) BlobDir() string { return filepath.Join(c.DataDir, "blobs") }

// Load reads the environment (getenv) and then the flags in args. Unknown flags and bad values are errors that
// name the variable or flag.
func Load(name string, args []string, getenv func(string) string) (Config, error) {
	c := Defaults()
	var errs []error
	str := func(key string, dst *string) {
		if v := getenv(key); v != "" {
			*dst = v
		}
	}
	secret := func(key string, dst *string) {
		str(key, dst)
		if path := getenv(key + "_FILE"); path != "" {
			b, err := os.ReadFile(path)
			if err != nil {
				errs = append(errs, fmt.Errorf("%s_FILE: %w", key, err))
				return
			}
			*dst = strings.TrimRight(string(b), "\r\n")
		}
	}
	str("KAKANAI_ADDR", &c.Addr)
	str("KAKANAI_DATA_DIR", &c.DataDir)
	secret("KAKANAI_DATABASE_URL", &c.DatabaseURL)
	str("KAKANAI_BLOB_URL", &c.BlobURL)
	secret("KAKANAI_DATA_KEY", &c.DataKey)
	str("KAKANAI_ENV", &c.Env)
	str("KAKANAI_CONSOLE_DIR", &c.ConsoleDir)
	str("KAKANAI_CITIZEN_DIR", &c.CitizenDir)
	str("KAKANAI_PUBLIC_URL", &c.PublicURL)
	str("KAKANAI_LINE_API_URL", &c.LineAPIURL)
	str("KAKANAI_LINE_DATA_API_URL", &c.LineDataAPIURL)
	str("KAKANAI_LOG_LEVEL", &c.LogLevel)
	secret("KAKANAI_BOOTSTRAP_ADMIN_PASSWORD", &c.BootstrapAdminPassword)
	if v := getenv("KAKANAI_OCR_WORKERS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 64 {
			errs = append(errs, fmt.Errorf("KAKANAI_OCR_WORKERS: %q must be a number from 0 to 64", v))
		} else {
			c.OCRWorkers = n
		}
	}
	if v := getenv("KAKANAI_SESSION_IDLE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			errs = append(errs, fmt.Errorf("KAKANAI_SESSION_IDLE: %q is not a duration such as 30m", v))
		} else {
			c.SessionIdle = d
		}
	}

	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.StringVar(&c.Addr, "addr", c.Addr, "listen address (KAKANAI_ADDR)")
	fs.StringVar(&c.DataDir, "data", c.DataDir, "data directory (KAKANAI_DATA_DIR)")
	fs.StringVar(&c.DatabaseURL, "database-url", c.DatabaseURL, "postgres://… or empty for SQLite in the data directory (KAKANAI_DATABASE_URL)")
	fs.StringVar(&c.BlobURL, "blob-url", c.BlobURL, "file storage URL (KAKANAI_BLOB_URL)")
	fs.StringVar(&c.Env, "env", c.Env, "development or production (KAKANAI_ENV)")
	fs.StringVar(&c.ConsoleDir, "console-dir", c.ConsoleDir, "serve the console from this directory, not the embedded build (KAKANAI_CONSOLE_DIR)")
	fs.StringVar(&c.CitizenDir, "citizen-dir", c.CitizenDir, "serve the citizen app from this directory, not the embedded build (KAKANAI_CITIZEN_DIR)")
	fs.StringVar(&c.PublicURL, "public-url", c.PublicURL, "URL residents and LINE reach this server at (KAKANAI_PUBLIC_URL)")
	fs.DurationVar(&c.SessionIdle, "session-idle", c.SessionIdle, "idle time that ends a session (KAKANAI_SESSION_IDLE)")
	fs.IntVar(&c.OCRWorkers, "ocr-workers", c.OCRWorkers, "OCR jobs worked at once here; 0 for an API-only replica (KAKANAI_OCR_WORKERS)")
	fs.StringVar(&c.LogLevel, "log-level", c.LogLevel, "debug, info, warn or error (KAKANAI_LOG_LEVEL)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		errs = append(errs, fmt.Errorf("unexpected arguments: %s", strings.Join(fs.Args(), " ")))
	}
	errs = append(errs, c.validate())
	return c, errors.Join(errs...)
}

func (c Config) validate() error {
	var errs []error
	if c.Env != EnvDevelopment && c.Env != EnvProduction {
		errs = append(errs, fmt.Errorf("KAKANAI_ENV: %q must be development or production", c.Env))
	}
	if c.SessionIdle < time.Minute || c.SessionIdle > 24*time.Hour {
		errs = append(errs, fmt.Errorf("KAKANAI_SESSION_IDLE: %s must be between 1m and 24h", c.SessionIdle))
	}
	switch c.LogLevel {
	case "debug", "info", "warn", "error":
	default:
		errs = append(errs, fmt.Errorf("KAKANAI_LOG_LEVEL: %q must be debug, info, warn or error", c.LogLevel))
	}
	if c.PublicURL != "" && !strings.HasPrefix(c.PublicURL, "https://") && !strings.HasPrefix(c.PublicURL, "http://") {
		errs = append(errs, fmt.Errorf("KAKANAI_PUBLIC_URL: %q must start with https://", c.PublicURL))
	}
	if c.DataDir == "" {
		errs = append(errs, errors.New("KAKANAI_DATA_DIR: must not be empty"))
	}
	return errors.Join(errs...)
}
