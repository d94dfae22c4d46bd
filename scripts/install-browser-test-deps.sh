#!/usr/bin/env bash
# Installs what the browser tests need (tests/browser): Debian's chromium, Node.js and npm when
# missing, and playwright-core from the npm registry at the version package-lock.json pins.
# Idempotent and quiet when everything is present. Runs apt-get through sudo when not root.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]} > 0)); then
  sudo=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-browser-test-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  echo "install-browser-test-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

browser="$root/tests/browser"
if [[ ! -f $browser/node_modules/playwright-core/package.json ]]; then
  echo "install-browser-test-deps: npm ci in tests/browser"
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
