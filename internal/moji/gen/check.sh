#!/usr/bin/env bash
# Regenerates the character data into a temporary folder and fails when it differs from the committed files, i.e.
# checks that `go run ./internal/moji/gen` reproduces them byte for byte. Needs npm (or KAKANAI_DICT_SRC holding
# the mojidata tarball) and the Debian packages kanjidic-xml gjiten enamdict mecab-ipadic-utf8 fonts-ipamj-mincho.
set -euo pipefail
cd "$(dirname "$0")/../../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
src=${KAKANAI_DICT_SRC:-$tmp/src}
mkdir -p "$src"
go run ./internal/moji/gen -src "$src" -out "$tmp/data"
status=0
for f in "$tmp"/data/*; do
  cmp "$f" "internal/moji/data/$(basename "$f")" || status=1
done
[ $status -eq 0 ] && echo "moji data: reproduced byte for byte"
exit $status
