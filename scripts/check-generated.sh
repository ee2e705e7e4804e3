#!/usr/bin/env bash
# Regenerates ent, gqlgen and graphql-codegen output in a scratch copy of the working tree and compares it with
# the committed files, so that a schema change without `make generate` fails the tests.
set -euo pipefail
root=$(git rev-parse --show-toplevel)
scratch=$(mktemp -d /tmp/kakanai-gen.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
cd "$root"
tar --exclude=./node_modules --exclude=./bin --exclude=./data --exclude=./.git --exclude='./clients/*/node_modules' \
  --exclude='./clients/*/dist' -cf - . | tar -xf - -C "$scratch"
ln -s "$root/node_modules" "$scratch/node_modules"
cd "$scratch"
mkdir -p clients/console/dist clients/citizen/dist && touch clients/console/dist/.gitkeep clients/citizen/dist/.gitkeep
go run ./ent/entc.go
go tool gqlgen generate
npm run codegen --silent -w clients/console >/dev/null
status=0
# Only what generation writes: the resolvers too, since gqlgen rewrites their signatures.
for path in ent graph/generated graph/model graph/ent.graphqls clients/console/src/gql $(cd "$root" && ls graph/*.resolvers.go); do
  if ! diff -r -q "$root/$path" "$scratch/$path" >/dev/null; then
    echo "generated code in $path is stale: run 'make generate' and commit the result" >&2
    diff -r "$root/$path" "$scratch/$path" | head -40 >&2 || true
    status=1
  fi
done
[ $status -eq 0 ] && echo "generated code is fresh"
exit $status
