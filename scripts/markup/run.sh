#!/usr/bin/env bash
# Markup-independence check: the shared gov pages read again with their
# markup changed the way other CMSs differ (class and id names renamed or
# stripped, the portal's meta tags removed, <p> written as <div>), scored
# against the same gold. A rule that leans on one CMS's names shows here.
#
# Usage: scripts/markup/run.sh   (needs ../shared beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
shared="$root/../shared"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$root" && go build -o "$work/govreader" ./cmd/govreader)
for mode in orig rename strip nometa divp; do
  pages="$shared/corpus/gov/pages"
  if [[ $mode != orig ]]; then
    python3 "$root/scripts/markup/mutate.py" "$mode" "$pages" "$work/$mode"
    pages="$work/$mode"
  fi
  mkdir -p "$work/pred-$mode"
  "$work/govreader" extract -format json -o "$work/pred-$mode" "$pages"/*.html >/dev/null 2>&1 || true
  printf '%-7s ' "$mode"
  python3 "$shared/eval/score.py" "$shared/corpus/gov/gold" "$work/pred-$mode" | grep '^{'
done
