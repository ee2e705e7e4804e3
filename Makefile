# Kakanai (書かない窓口). `make help` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

export PATH := /usr/local/go/bin:$(PATH)
# Tesseract's OpenMP threads fight the OCR worker pool; one thread each is faster (see internal/ocr).
export OMP_THREAD_LIMIT ?= 1
GO       ?= go
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -s -w -X github.com/kakanai/kakanai/internal/cli.Version=$(VERSION)
BIN      := bin/kakanai
CONSOLE_SOURCES := $(shell find clients/console/src clients/console/public -type f 2>/dev/null) \
	clients/console/index.html clients/console/vite.config.ts clients/console/package.json
CITIZEN_SOURCES := $(shell find clients/citizen/src clients/citizen/public clients/citizen/scripts -type f 2>/dev/null) \
	clients/citizen/index.html clients/citizen/vite.config.ts clients/citizen/package.json

.PHONY: help
help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[36m%-14s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

.PHONY: deps deps-test
deps: ## Install the missing Debian packages the service needs (idempotent)
	@scripts/install-deps.sh run
deps-test: ## Install the missing Debian packages the tests also need (idempotent)
	@scripts/install-deps.sh test

node_modules/.package-lock.json: package-lock.json package.json clients/console/package.json clients/citizen/package.json clients/e2e/package.json
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
	@touch $@

clients/console/dist/index.html: node_modules/.package-lock.json $(CONSOLE_SOURCES)
	npm run build --silent -w clients/console
	@touch clients/console/dist/.gitkeep

.PHONY: console
console: clients/console/dist/index.html ## Build the staff console (embedded into the binary)

clients/citizen/dist/index.html: node_modules/.package-lock.json $(CITIZEN_SOURCES)
	npm run build --silent -w clients/citizen
	@touch clients/citizen/dist/.gitkeep

.PHONY: citizen
citizen: clients/citizen/dist/index.html ## Build the citizen app (手続きナビ, embedded into the binary; prints its size)

.PHONY: build
build: console citizen ## Build bin/kakanai with the console and the citizen app embedded
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/kakanai

.PHONY: run
run: deps build ## Install what is missing, build, and serve on http://127.0.0.1:8080 (SQLite and files in ./data)
	KAKANAI_ADDR=$${KAKANAI_ADDR:-127.0.0.1:8080} KAKANAI_DATA_DIR=$${KAKANAI_DATA_DIR:-./data} $(BIN) serve

.PHONY: test
test: deps-test build ## Run the whole suite: generated code, vet, Go tests on SQLite and PostgreSQL, browser tests
	@scripts/test.sh

.PHONY: test-go
test-go: ## Go tests only (PostgreSQL half needs KAKANAI_TEST_POSTGRES_URL)
	$(GO) test $$($(GO) list ./... | grep -v /node_modules/)

.PHONY: e2e
e2e: build ## Browser tests only (Playwright with Debian's Chromium headless shell)
	KAKANAI_BIN=$(CURDIR)/$(BIN) npm run e2e --silent

.PHONY: generate
generate: node_modules/.package-lock.json ## Regenerate ent, gqlgen and graphql-codegen output (committed)
	$(GO) run ./ent/entc.go
	$(GO) tool gqlgen generate
	npm run codegen --silent -w clients/console

.PHONY: check-generated
check-generated: ## Fail when committed generated code differs from what `make generate` produces
	@scripts/check-generated.sh

.PHONY: migration
migration: ## Write the next migration for both dialects from the ent schema: make migration NAME=add_x
	@test -n "$(NAME)" || { echo "usage: make migration NAME=what_changed"; exit 1; }
	@dir=$$(mktemp -d /tmp/kakanai-pg.XXXXXX); chmod 755 $$dir; \
	url=$$(scripts/test-postgres.sh start $$dir/pg 55433) && \
	KAKANAI_DEV_POSTGRES_URL=$$url $(GO) run ./internal/store/migrationgen $(NAME); \
	status=$$?; scripts/test-postgres.sh stop $$dir/pg; rm -rf $$dir; exit $$status

FUZZTIME ?= 60s
.PHONY: fuzz
fuzz: ## Run every Go fuzz target for FUZZTIME each (default 60s)
	@# -fuzzminimizetime: minimising every new input for the default 60 s stalls the date parsers (13k runs a
	@# minute instead of 1.8M).
	@for pkg in $$($(GO) list ./internal/...); do \
	  for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz'); do \
	    echo "== $$pkg $$target"; \
	    $(GO) test $$pkg -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 5s || exit 1; \
	  done; \
	done

.PHONY: fmt vet
fmt: ## gofmt the hand-written Go code
	gofmt -w $$(git ls-files '*.go' | grep -v '^ent/\|^graph/generated/\|_gen.go$$')
vet: ## go vet
	$(GO) vet $$($(GO) list ./... | grep -v /node_modules/)

.PHONY: clean
clean: ## Remove build output (keeps ./data)
	rm -rf bin clients/console/dist/assets clients/console/dist/index.html
	find clients/citizen/dist -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true
