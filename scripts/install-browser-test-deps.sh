#!/usr/bin/env bash
# Installs what the browser tests need (tests/browser): Debian's chromium, Node.js and npm when
# missing, and playwright-core from the npm registry at the version package-lock.json pins.
# Idempotent and quiet when everything is present.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
"$root/scripts/apt-install.sh" install-browser-test-deps "${missing[@]}"

browser="$root/tests/browser"
if [[ ! -f $browser/node_modules/playwright-core/package.json ]]; then
  echo "install-browser-test-deps: npm ci in tests/browser"
  (cd "$browser" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
