#!/usr/bin/env bash
# Runs every test of the project: Go vet and unit/golden tests (among them
# the check that extension/contract.js is what core's types generate), the
# type check of the extension's JavaScript, then (when the extension is
# present) the browser end-to-end tests. Installs what the tests need on a
# fresh machine. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== go vet"
go vet ./...
unformatted=$(gofmt -l core cmd wasm 2>/dev/null || true)
if [[ -n $unformatted ]]; then echo "gofmt needed: $unformatted"; exit 1; fi

echo "== go test"
go test -count=1 ./...

# No stage file of core may reach another stage's files but through
# run(): a cycle between them fails here (docs/ARCHITECTURE.md).
echo "== stage cycles"
(cd scripts/stagecycles && go run . ../../core)

# TypeScript reads the JSDoc types of extension/ (tsconfig.json: the
# extension's code, browser and chrome.* types; tsconfig.tests.json: its
# unit tests, with Node's) and fails on a type error. npm ci once, then
# offline: a few seconds.
echo "== type check (tsc over extension/)"
if [[ ! -x node_modules/.bin/tsc || ! -d node_modules/@types/chrome || ! -d node_modules/@types/node ]]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error
fi
node_modules/.bin/tsc -p tsconfig.json
node_modules/.bin/tsc -p tsconfig.tests.json

if [[ -x scripts/e2e/run.sh ]]; then
  echo "== browser tests"
  scripts/e2e/run.sh
fi
