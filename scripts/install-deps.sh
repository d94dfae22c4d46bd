#!/usr/bin/env bash
# Installs the Debian 12 packages Lectern needs to build, test and run, skipping those present.
# Usage: scripts/install-deps.sh            (everything for building and testing)
# Runs apt-get through sudo when not root. Idempotent and quiet when nothing is missing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools
  libstemmer-dev
  libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev
  libcli11-dev nlohmann-json3-dev
  libmd4c-dev libmd4c-html0-dev libgumbo-dev libyaml-cpp-dev
  libuchardet-dev libicu-dev
  libcld2-dev
  libcpp-httplib-dev
  libbenchmark-dev
)

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
  exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
