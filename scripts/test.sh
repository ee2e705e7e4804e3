#!/usr/bin/env bash
# The whole suite, as `make test` runs it. Data-layer tests run on SQLite and PostgreSQL: PostgreSQL from
# KAKANAI_TEST_POSTGRES_URL when set, otherwise a throwaway cluster started here.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
start=$(date +%s)

if [ -z "${KAKANAI_TEST_POSTGRES_URL:-}" ]; then
  pgdir=$(mktemp -d /tmp/kakanai-pg.XXXXXX)
  chmod 755 "$pgdir"
  trap 'scripts/test-postgres.sh stop "$pgdir/pg"; rm -rf "$pgdir"' EXIT
  KAKANAI_TEST_POSTGRES_URL=$(scripts/test-postgres.sh start "$pgdir/pg" 55432)
  echo "throwaway PostgreSQL at $KAKANAI_TEST_POSTGRES_URL"
fi
export KAKANAI_TEST_POSTGRES_URL
export OMP_THREAD_LIMIT=1

echo "== generated code"
scripts/check-generated.sh

# node_modules holds a stray Go package (flatted); it is not ours to vet or test.
pkgs=$(go list ./... | grep -v /node_modules/)

echo "== go vet"
go vet $pkgs

echo "== go test (SQLite and PostgreSQL)"
go test -count=1 $pkgs

echo "== console typecheck"
npm run typecheck --silent

echo "== browser tests (Playwright, Debian's Chromium headless shell)"
KAKANAI_BIN="$PWD/bin/kakanai" npm run e2e --silent

echo "== suite finished in $(( $(date +%s) - start )) s"
