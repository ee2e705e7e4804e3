// Package jobs runs background work on River: OCR readings now; PDF rendering, backups, reports and LINE
// pushes later. River keeps its jobs in the service's own database (riversqlite on SQLite, riverpgxv5 on
// PostgreSQL), so a job queued survives a restart and several replicas share the work.
package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/kakanai/kakanai/internal/store"
)

// OCRArgs queue the reading of one source document.
type OCRArgs struct {
	SourceDocumentID int `json:"sourceDocumentId"`
}

// Kind names the job in River's table.
func (OCRArgs) Kind() string { return "ocr" }

// InsertOpts: a reading is worth three tries (a storage hiccup); a document that cannot be read is not an
// error of the job (the scan service marks it failed for manual entry).
func (OCRArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 3, Queue: "ocr"} }

type ocrWorker struct {
	river.WorkerDefaults[OCRArgs]
	process func(ctx context.Context, id int) error
}

func (w *ocrWorker) Work(ctx context.Context, job *river.Job[OCRArgs]) error {
	return w.process(store.SystemContext(ctx), job.Args.SourceDocumentID)
}

// Timeout bounds one reading: a multi-page PDF on a slow machine, not a stuck Tesseract.
func (w *ocrWorker) Timeout(*river.Job[OCRArgs]) time.Duration { return 5 * time.Minute }

// Queue is the running job client.
type Queue struct {
	insert func(ctx context.Context, args river.JobArgs) error
	start  func(ctx context.Context) error
	stop   func(ctx context.Context) error
	close  func()
}

// Config says how much work runs at once in this process.
type Config struct {
	OCRWorkers int // 0: do not work OCR jobs here (an API-only replica)
	Logger     *slog.Logger
}

// Open migrates River's tables and returns a queue whose OCR jobs call process.
func Open(ctx context.Context, db *store.DB, databaseURL string, cfg Config, process func(context.Context, int) error) (*Queue, error) {
	workers := river.NewWorkers()
	river.AddWorker(workers, &ocrWorker{process: process})
	rc := &river.Config{Workers: workers, Logger: cfg.Logger}
	if cfg.OCRWorkers > 0 {
		rc.Queues = map[string]river.QueueConfig{"ocr": {MaxWorkers: cfg.OCRWorkers}}
	}
	if db.Dialect == "postgres" {
		pool, err := pgxpool.New(ctx, databaseURL)
		if err != nil {
			return nil, fmt.Errorf("job queue: %w", err)
		}
		q, err := open(ctx, riverpgxv5.New(pool), rc)
		if err != nil {
			pool.Close()
			return nil, err
		}
		q.close = pool.Close
		return q, nil
	}
	return open[*sql.Tx](ctx, riversqlite.New(db.SQL), rc)
}

func open[TTx any](ctx context.Context, driver riverdriver.Driver[TTx], rc *river.Config) (*Queue, error) {
	m, err := rivermigrate.New(driver, nil)
	if err != nil {
		return nil, fmt.Errorf("job queue migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return nil, fmt.Errorf("job queue migrations: %w", err)
	}
	client, err := river.NewClient(driver, rc)
	if err != nil {
		return nil, fmt.Errorf("job queue: %w", err)
	}
	return &Queue{
		insert: func(ctx context.Context, args river.JobArgs) error {
			_, err := client.Insert(ctx, args, nil)
			return err
		},
		start: func(ctx context.Context) error {
			if len(rc.Queues) == 0 {
				return nil
			}
			return client.Start(ctx)
		},
		stop: func(ctx context.Context) error {
			if len(rc.Queues) == 0 {
				return nil
			}
			return client.Stop(ctx)
		},
		close: func() {},
	}, nil
}

// EnqueueOCR queues the reading of a source document.
func (q *Queue) EnqueueOCR(ctx context.Context, sourceDocumentID int) error {
	return q.insert(ctx, OCRArgs{SourceDocumentID: sourceDocumentID})
}

// Start begins working jobs.
func (q *Queue) Start(ctx context.Context) error { return q.start(ctx) }

// Stop waits for running jobs to finish (graceful shutdown), then releases the connections.
func (q *Queue) Stop(ctx context.Context) error {
	err := q.stop(ctx)
	q.close()
	return err
}

var _ rivertype.JobArgs = OCRArgs{}
