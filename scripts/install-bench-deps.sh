#!/usr/bin/env bash
# Installs what `make bench` needs beyond the build: wrk (HTTP load), from Debian.
set -euo pipefail
command -v wrk >/dev/null && exit 0
exec "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" install-bench-deps wrk
