#!/usr/bin/env bash
# Installs the Debian 12 packages Lectern needs to build, test and run, skipping those present.
# Usage: scripts/install-deps.sh            (everything for building and testing)
# Idempotent and quiet when nothing is missing (scripts/apt-install.sh does the installing).
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libxapian-dev xapian-tools
  libstemmer-dev
  libspdlog-dev libfmt-dev
  libgtest-dev libgmock-dev
  libcli11-dev nlohmann-json3-dev libtomlplusplus-dev
  libsimdjson-dev  # reads the stored reviews of every hit (common/src/document_data.cc)
  libmd4c-dev libmd4c-html0-dev libgumbo-dev libyaml-cpp-dev
  libuchardet-dev libicu-dev
  libcld2-dev
  libcpp-httplib-dev
  libjemalloc-dev  # the lectern binary's allocator (app/CMakeLists.txt)
  libbenchmark-dev
  groff-base  # the man page test renders lectern(1)
)

exec "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" install-deps "${packages[@]}"
