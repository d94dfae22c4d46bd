#!/usr/bin/env bash
# Installs what `make bench` needs beyond the build: wrk (HTTP load), from Debian.
set -euo pipefail
command -v wrk >/dev/null && exit 0
sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-bench-deps: need root or sudo to install wrk" >&2; exit 1; }
  sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends wrk >/dev/null
