#!/usr/bin/env bash
# Score Lectern on the real-world development set (see score.py's docstring and RULES.md).
# Usage: eval/realworld/score.sh MIRROR_DIR [--lectern BIN] [--collection NAME] [--json OUT]
#                                [--failures] [--no-snippets] [--keep]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ $# -lt 1 || $1 == -* && $1 != -h && $1 != --help ]]; then
  echo "usage: $0 MIRROR_DIR [--lectern BIN] [--collection NAME] [--json OUT] [--failures]" >&2
  exit 2
fi
exec python3 "$here/score.py" "$@"
