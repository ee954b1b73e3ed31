#!/usr/bin/env bash
# Builds the browser extension in place so that the repository root loads
# unpacked (manifest.json is at the root), then packs store zips:
#   extension/core.wasm, extension/wasm_exec.js   (git-ignored)
#   extension/script.wasm                          (git-ignored; the 简/繁
#     switch, a module of its own that the reader loads on first use)
#   dist/govreader-chrome.zip                      (Chrome and Edge)
#   dist/govreader-firefox.zip                     (Firefox: gecko id, background.scripts)
# Usage: scripts/build.sh [--no-zip]
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(node -p 'require("./manifest.json").version' 2>/dev/null || echo dev)
rev=$(git describe --always --dirty 2>/dev/null || echo unknown)

# The static CSS reader and its tokenizer are compiled without inlining
# (13 KB gzip less): in the browser the content script judges what the
# page paints from the computed styles, and the core reads style sheets
# only for ::before content and a page read without its live DOM. So is
# cascadia (8 KB): it matches the few CMS container selectors a page's
# class index lets through, once per page.
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w -X main.version=$version+$rev" \
  -gcflags=github.com/govreader/govreader/core/internal/css=-l -gcflags=github.com/tdewolff/parse/v2/css=-l \
  -gcflags=github.com/andybalholm/cascadia=-l \
  -o extension/core.wasm ./wasm
# The OpenCC dictionaries add ~0.55 MB gzip; outside core.wasm they cost
# nothing until a reader presses 简/繁.
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w -X main.version=$version+$rev" \
  -o extension/script.wasm ./wasm/script
cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" extension/wasm_exec.js
# The linker spells the data section as tens of thousands of segments
# whose headers cost gzip more than the zeros between them; packdata
# joins them (the same memory, checked byte for byte before the file is
# replaced) and fails the build on a module it does not fully understand.
go run ./wasm/internal/packdata extension/core.wasm extension/script.wasm

for w in core script; do
  raw=$(wc -c < "extension/$w.wasm")
  gz=$(gzip -9 -c "extension/$w.wasm" | wc -c)
  echo "$w.wasm: $raw bytes raw, $gz bytes gzip"
done
# core.wasm is what every reader downloads and every first click waits
# for; its budget is 2.0 MB gzip (2,000,000 bytes). Over it the build
# fails, rather than the module growing unnoticed: docs/ARCHITECTURE.md
# ("Size in the browser") says where the bytes go and how to measure.
budget=2000000
gz=$(gzip -9 -c extension/core.wasm | wc -c)
if (( gz > budget )); then
  echo "build.sh: core.wasm is $gz bytes gzip -9, over its budget of $budget" >&2
  exit 1
fi

[[ ${1:-} == --no-zip ]] && exit 0
command -v zip >/dev/null || { echo "build.sh: zip not found; skipping store zips" >&2; exit 0; }

rm -rf dist && mkdir -p dist/chrome dist/firefox
for d in dist/chrome dist/firefox; do
  cp -r manifest.json _locales "$d/"
  mkdir -p "$d/extension"
  # Only what the extension loads at run time; tests, the type check's
  # declarations (wasm_exec.d.ts) and docs stay out.
  (cd extension && find . -type f ! -name '*.test.mjs' ! -name '*.d.ts' -print0 | xargs -0 cp --parents -t "../$d/extension")
done
# Firefox: background page instead of the service worker, gecko id
# (scripts/firefox-manifest.mjs, which the Firefox test loads too).
node scripts/firefox-manifest.mjs dist/firefox/manifest.json
(cd dist/chrome && zip -qr -9 ../govreader-chrome.zip .)
(cd dist/firefox && zip -qr -9 ../govreader-firefox.zip .)
ls -l dist/*.zip
