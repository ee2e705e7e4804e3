#!/usr/bin/env bash
# Regenerates the address data into a temporary folder and fails when it differs from the committed files, i.e.
# checks that `go run ./internal/address/gen` reproduces them byte for byte. Needs npm (the registry) or, with
# KAKANAI_DICT_SRC, a folder already holding the pinned tarballs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=${KAKANAI_DICT_SRC:-$tmp/src}
mkdir -p "$src"
go run ./internal/address/gen -src "$src" -out "$tmp/data" -holidays "$tmp/holiday"
status=0
for f in municipalities.tsv postal.tsv.gz; do
  cmp "$tmp/data/$f" "internal/address/data/$f" || status=1
done
cmp "$tmp/holiday/holidays.tsv" internal/address/holiday/data/holidays.tsv || status=1
[ $status -eq 0 ] && echo "address data: reproduced byte for byte"
exit $status
