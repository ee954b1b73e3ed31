#!/usr/bin/env bash
# Browser end-to-end tests of the extension in headless Chromium, and of
# the Firefox build in headless Firefox ESR (firefox.test.mjs). Self-
# sufficient: builds the wasm, installs Chromium, Firefox ESR, their Chinese
# locales, CJK fonts, playwright-core and puppeteer-core when missing, then
# runs node's test runner over the extension's unit tests and
# scripts/e2e/*.test.mjs.
# Usage: scripts/e2e/run.sh [node --test args...]
set -euo pipefail
cd "$(dirname "$0")/../.."

echo "== wasm bridge (GOOS=js under node)"
GOOS=js GOARCH=wasm go vet ./wasm/...
GOOS=js GOARCH=wasm go test -count=1 -exec="$(go env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/...

echo "== build"
scripts/build.sh --no-zip

need=()
[[ -x /usr/bin/chromium ]] || need+=(chromium)
# Chromium ships only en-US without its l10n package; the reader is tested
# (and screenshotted) in Chinese.
[[ -e /usr/lib/chromium/locales/zh-CN.pak ]] || need+=(chromium-l10n)
fc-list 2>/dev/null | grep -qi 'wenquanyi\|wqy' || need+=(fonts-wqy-zenhei)
# The library's zip export is read back by Info-ZIP and Python's zipfile.
command -v unzip >/dev/null || need+=(unzip)
command -v python3 >/dev/null || need+=(python3)
# Firefox (firefox.test.mjs) is optional: without it that test skips.
ff=()
if [[ -z ${FIREFOX:-} ]]; then
  [[ -x /usr/bin/firefox-esr ]] || ff+=(firefox-esr)
  compgen -G '/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@*' >/dev/null || ff+=(firefox-esr-l10n-zh-cn)
fi
if (( ${#need[@]} + ${#ff[@]} )); then
  echo "== installing ${need[*]} ${ff[*]}"
  sudo=(); [[ $(id -u) == 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  if (( ${#need[@]} )); then
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
  fi
  if (( ${#ff[@]} )); then
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${ff[@]}" >/dev/null ||
      echo "== could not install ${ff[*]}; the Firefox test will skip" >&2
  fi
fi

if [[ ! -d node_modules/playwright-core || ! -d node_modules/puppeteer-core ]]; then
  echo "== npm ci"
  npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error
fi

# One test file at a time: each starts its own browser, and the machine
# is small.
node --test --test-concurrency=1 extension/*.test.mjs scripts/e2e/*.test.mjs "$@"
