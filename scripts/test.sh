#!/usr/bin/env bash
# Runs every test of the project: Go vet and unit/golden tests, then (when
# the extension is present) the browser end-to-end tests. Installs what the
# tests need on a fresh machine. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== go vet"
go vet ./...
unformatted=$(gofmt -l core cmd wasm 2>/dev/null || true)
if [[ -n $unformatted ]]; then echo "gofmt needed: $unformatted"; exit 1; fi

echo "== go test"
go test -count=1 ./...

if [[ -x scripts/e2e/run.sh ]]; then
  echo "== browser tests"
  scripts/e2e/run.sh
fi
