#!/usr/bin/env bash
# Profile-guided build: profiles core.Extract over the shared gov corpus
# and writes the profile where `go build` picks it up by default for the
# native command-line tool (cmd/govreader/default.pgo). The speed bench
# (scripts/bench.sh), which times the core as that tool runs it, builds
# with the same file.
# The WebAssembly build takes no profile: inlining grows core.wasm.
# Usage: scripts/pgo.sh   (needs ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
prof="$(mktemp)"
trap 'rm -f "$prof"' EXIT
go test ./core -run '^$' -bench '^BenchmarkGovCorpus$' -benchtime 40x -cpuprofile "$prof" >/dev/null
cp "$prof" cmd/govreader/default.pgo
echo "pgo: wrote cmd/govreader/default.pgo ($(wc -c <"$prof") bytes)"
