#!/usr/bin/env bash
# Installs what `make bench` needs beyond the build, from Debian: wrk (HTTP load), omindex
# (xapian-omega) and the sqlite3 shell, the indexers Lectern is measured against.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" install-bench-deps wrk xapian-omega sqlite3
