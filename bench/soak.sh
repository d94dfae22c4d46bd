#!/usr/bin/env bash
# Soak test: `lectern serve` under wrk for several minutes while an indexer keeps adding,
# rewriting and removing reviews and re-indexing. Passes when no request failed (no socket
# error, no non-2xx answer), every re-index succeeded, and the server's memory stayed under
# the bound; prints the latency and the memory curve for docs/operations.md.
#
# Usage: bench/soak.sh [SECONDS] [N_REVIEWS] [BUILD_DIR]   (defaults: 300, 5000, build/release)
#        MAX_RSS_MB (default 400): the server's memory bound.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/start_server.sh
seconds=${1:-300}
count=${2:-5000}
build=${3:-build/release}
max_rss_mb=${MAX_RSS_MB:-400}
command -v wrk >/dev/null || { echo "soak: wrk is missing: run scripts/install-bench-deps.sh" >&2; exit 2; }
[[ -x $build/app/lectern ]] || { echo "soak: build first: cmake --build --preset release" >&2; exit 2; }
work=$(mktemp -d)
server=
writer=
cleanup() {
  [[ -n $writer ]] && kill "$writer" 2>/dev/null && wait "$writer" 2>/dev/null
  [[ -n $server ]] && kill "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

python3 bench/generate_reviews.py "$work/reviews" "$count" >/dev/null
"$build/app/lectern" --quiet index "$work/reviews" --db "$work/db"
start_server "$build" "$work/db" "$work"
DOC_IDS=$(review_ids "$url" 20)
export DOC_IDS

# The writer: every few seconds add a batch, rewrite some, remove some, and re-index.
python3 bench/generate_reviews.py "$work/extra" 2000 >/dev/null
(
  round=0
  mapfile -t extra < <(find "$work/extra" -type f | sort)
  while true; do
    round=$((round + 1))
    for k in $(seq 0 19); do
      i=$(((round * 20 + k) % ${#extra[@]}))
      cp "${extra[$i]}" "$work/reviews/soak-$round-$k.${extra[$i]##*.}" 2>/dev/null || true
    done
    find "$work/reviews" -name "soak-$((round - 5))-*" -delete
    for file in $(find "$work/reviews" -name '*.txt' | shuf -n 5); do echo "Rewritten in round $round." >>"$file"; done
    if ! "$build/app/lectern" --quiet index "$work/reviews" --db "$work/db" 2>>"$work/index-errors.log"; then
      echo "round $round failed" >>"$work/index-errors.log"
    fi
    echo "$round" >"$work/rounds"
    sleep 2
  done
) &
writer=$!

# The server's memory every 10 seconds while wrk runs.
(
  while kill -0 "$server" 2>/dev/null; do
    awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$server/status" >>"$work/rss"
    sleep 10
  done
) &
sampler=$!

out=$(MODE=mixed wrk -t2 -c8 -d"${seconds}s" --latency --timeout 5s -s bench/serve_mix.lua "$url")
kill "$writer" 2>/dev/null || true
wait "$writer" 2>/dev/null || true
writer=
kill "$sampler" 2>/dev/null || true

echo "$out"
rounds=$(cat "$work/rounds" 2>/dev/null || echo 0)
socket_errors=$(awk '/Socket errors/ {s=0; for (i=3;i<=NF;i+=2) {gsub(",","",$(i+1)); s+=$(i+1)}; print s}' <<<"$out")
non_2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
peak_rss=$(sort -n "$work/rss" | tail -1)
first_rss=$(head -1 "$work/rss")
echo
echo "soak: ${seconds}s, $count reviews to start, $rounds re-index rounds (20 added, 20 removed, 5 rewritten each)"
echo "soak: server memory $first_rss MB at start, peak $peak_rss MB (bound $max_rss_mb MB); samples: $(tr '\n' ' ' <"$work/rss")"
failed=0
if [[ -s $work/index-errors.log ]]; then echo "soak: FAIL: re-index errors:"; cat "$work/index-errors.log"; failed=1; fi
if [[ -n ${socket_errors:-} && $socket_errors != 0 ]]; then echo "soak: FAIL: $socket_errors socket errors"; failed=1; fi
if [[ -n ${non_2xx:-} && $non_2xx != 0 ]]; then echo "soak: FAIL: $non_2xx non-2xx answers"; failed=1; fi
if ((peak_rss > max_rss_mb)); then echo "soak: FAIL: memory over the bound"; failed=1; fi
((rounds > 0)) || { echo "soak: FAIL: the writer never finished a round"; failed=1; }
((failed == 0)) && echo "soak: PASS"
exit $failed
