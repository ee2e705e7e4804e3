// Package app wires the parts of the service together: database, migrations, first start, services and the
// HTTP handler. `kakanai serve` runs it, and the end-to-end tests reuse it (as WTF's Main type is reused).
package app

import (
	"context"
	"crypto/rand"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"time"

	citizenapp "github.com/kakanai/kakanai/clients/citizen"
	"github.com/kakanai/kakanai/clients/console"
	"github.com/kakanai/kakanai/internal/account"
	"github.com/kakanai/kakanai/internal/audit"
	"github.com/kakanai/kakanai/internal/auth"
	"github.com/kakanai/kakanai/internal/citizen"
	"github.com/kakanai/kakanai/internal/citymaster"
	"github.com/kakanai/kakanai/internal/config"
	"github.com/kakanai/kakanai/internal/filing"
	"github.com/kakanai/kakanai/internal/forms"
	"github.com/kakanai/kakanai/internal/jobs"
	"github.com/kakanai/kakanai/internal/ocr"
	"github.com/kakanai/kakanai/internal/scan"
	"github.com/kakanai/kakanai/internal/secret"
	"github.com/kakanai/kakanai/internal/storage"
	"github.com/kakanai/kakanai/internal/store"
	"github.com/kakanai/kakanai/server"
)

// App is a running service's parts.
type App struct {
	Config   config.Config
	DB       *store.DB
	Audit    *audit.Log
	Auth     *auth.Service
	Accounts *account.Service
	Filing   *filing.Service
	DataKey  *secret.Box
	Files    *storage.Store
	Scan     *scan.Service
	Citizen  *citizen.Service
	OCR      *ocr.Engine
	Jobs     *jobs.Queue
	Handler  http.Handler
	Logger   *slog.Logger
}

// Open connects to the database, applies the migrations, prepares a fresh installation and builds the handler.
// notice receives the one-time message with a generated administrator password.
func Open(ctx context.Context, cfg config.Config, logger *slog.Logger, notice io.Writer) (*App, error) {
	db, err := store.Open(ctx, cfg.DatabaseURL, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	a := &App{Config: cfg, DB: db, Logger: logger}
	if err := a.init(ctx, notice); err != nil {
		db.Close()
		return nil, err
	}
	return a, nil
}

func (a *App) init(ctx context.Context, notice io.Writer) error {
	n, err := a.DB.Migrate(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		a.Logger.Info("applied migrations", "count", n, "dialect", a.DB.Dialect)
	}
	if err := a.DB.Optimize(ctx); err != nil {
		a.Logger.Warn("refreshing planner statistics", "err", err)
	}
	if a.DataKey, err = secret.LoadOrCreateKey(a.Config.DataKey, a.Config.DataDir); err != nil {
		return err
	}
	a.Audit = audit.New(a.DB.Client, a.DB.Dialect, a.Logger)
	audit.Install(a.DB.Client)
	if a.Auth, err = auth.NewService(a.DB.Client, a.Audit, a.Config.SessionIdle); err != nil {
		return err
	}
	a.Accounts = account.NewService(a.DB.Client, a.Audit)
	a.Filing = filing.NewService(a.DB.Client, a.Audit, a.DataKey)
	if a.Files, err = storage.Open(ctx, a.Config.BlobURL, a.Config.BlobDir()); err != nil {
		return err
	}
	// Without the IPAmj明朝 font (Debian fonts-ipamj-mincho) 届出 are still completed, but nothing is archived:
	// the warning says why.
	var renderer filing.Renderer
	if font, err := forms.DefaultFont(); err == nil {
		renderer = formsRenderer{font: font, filing: a.Filing}
	} else {
		a.Logger.Warn("IPAmj明朝 not found: completed 届出 will not be archived as PDF", "err", err)
	}
	a.Filing.UseFiles(a.Files, renderer)
	if a.OCR, err = ocr.New(ocr.Options{Logger: a.Logger}); err != nil {
		return err
	}
	a.Scan = scan.NewService(a.DB.Client, a.Files, a.Audit, a.OCR)
	a.Scan.UseTemplates(a.OCR)
	a.Scan.UseDataKey(a.DataKey)
	if a.Jobs, err = jobs.Open(ctx, a.DB, a.Config.DatabaseURL, jobs.Config{OCRWorkers: a.Config.OCRWorkers, Logger: a.Logger}, a.Scan.Process); err != nil {
		return err
	}
	a.Scan.UseQueue(a.Jobs)
	if err := a.Jobs.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("starting the job queue: %w", err)
	}
	if err := a.bootstrap(ctx, notice); err != nil {
		return err
	}
	dist, err := fs.Sub(console.Dist, "dist")
	if err != nil {
		return err
	}
	if a.Config.ConsoleDir != "" {
		dist = os.DirFS(a.Config.ConsoleDir)
	}
	citizenDist, err := fs.Sub(citizenapp.Dist, "dist")
	if err != nil {
		return err
	}
	if a.Config.CitizenDir != "" {
		citizenDist = os.DirFS(a.Config.CitizenDir)
	}
	a.Citizen = citizen.NewService(a.DB.Client, a.DataKey, a.Audit, a.Filing)
	a.Citizen.Line = citizen.DefaultLineFactory(a.Config.LineAPIURL, a.Config.LineDataAPIURL)
	a.Handler = server.New(server.Deps{
		Client: a.DB.Client, Ping: a.DB.SQL.PingContext, Auth: a.Auth, Accounts: a.Accounts, Audit: a.Audit, Filing: a.Filing, Scan: a.Scan, Masters: citymaster.NewService(a.DB.Client),
		Citizen: a.Citizen, CitizenApp: server.CitizenHandler(citizenDist), PublicURL: a.Config.PublicURL,
		Logger: a.Logger, Development: a.Config.Development(), Console: server.ConsoleHandler(dist),
	})
	return nil
}

func (a *App) bootstrap(ctx context.Context, notice io.Writer) error {
	password, generated := a.Config.BootstrapAdminPassword, false
	if password == "" {
		password, generated = generatePassword(), true
	}
	created, err := a.Accounts.Bootstrap(ctx, password)
	if err != nil {
		return fmt.Errorf("first start: %w", err)
	}
	if !created {
		return nil
	}
	a.Logger.Info("first start: created the default tenant and the admin account", "tenant", account.DefaultTenantLgCode, "login", account.BootstrapAdminLogin)
	if generated {
		// Printed once, outside the structured log, so that it never lands in a log archive.
		fmt.Fprintf(notice, "\n初回起動: 自治体 %s（%s）と管理者アカウントを作成しました。\n  ログインID: %s\n  パスワード: %s\nこのパスワードは一度だけ表示されます。ログイン後に変更してください。\n\n",
			account.DefaultTenantName, account.DefaultTenantLgCode, account.BootstrapAdminLogin, password)
	}
	return nil
}

// generatePassword returns 20 characters from an alphabet without look-alikes (0/O, 1/l/I), easy to type from
// a printed notice.
func generatePassword() string {
	const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-"
	b := make([]byte, 20)
	for i := range b {
		n, err := rand.Int(rand.Reader, big.NewInt(int64(len(alphabet))))
		if err != nil {
			panic(err)
		}
		b[i] = alphabet[n.Int64()]
	}
	// Guarantee two character classes for the password policy.
	b[4], b[11] = '7', 'k'
	return string(b)
}

// Close lets running jobs finish, then releases the OCR engine, the file store and the database.
func (a *App) Close() error {
	if a.Jobs != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := a.Jobs.Stop(ctx); err != nil {
			a.Logger.Warn("stopping the job queue", "err", err)
		}
	}
	if a.OCR != nil {
		a.OCR.Close()
	}
	if a.Files != nil {
		a.Files.Close()
	}
	return a.DB.Close()
}
