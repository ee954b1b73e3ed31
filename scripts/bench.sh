#!/usr/bin/env bash
# Speed beside a peer: core.Extract and go-readability over the same pages
# in one process, interleaved, several rounds; prints each engine's median
# ms/page and the ratio govreader/go-readability (issue 2 wants <= 1).
# The peer lives in its own module (scripts/bench) so that the product's
# go.mod never depends on it.
#
# Usage: scripts/bench.sh [-pages DIR] [-rounds N] [-v]
# Default pages: ../shared/corpus/gov/pages beside the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
pages="$root/../shared/corpus/gov/pages"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -pages) pages="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
if [[ ! -d $pages ]]; then
  echo "bench: no pages at $pages (is ../shared present?)" >&2
  exit 2
fi
pages="$(cd "$pages" && pwd)"
cd "$root/scripts/bench"
# -mod=mod: the product's own requirements change under this module's feet;
# let go settle the module graph rather than fail on a stale go.sum.
# The command-line tool's profile (scripts/pgo.sh): the core is timed as
# that tool is built.
GOFLAGS=-mod=mod go build -pgo="$root/cmd/govreader/default.pgo" -o "${TMPDIR:-/tmp}/govreader-bench" .
exec "${TMPDIR:-/tmp}/govreader-bench" -pages "$pages" "${args[@]}"
