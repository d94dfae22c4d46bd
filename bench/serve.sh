#!/usr/bin/env bash
# The HTTP server under load: wrk drives `lectern serve` on a generated collection with searches
# (snippets and facets), suggestions and review fetches, and prints requests/s and latency
# percentiles; the baseline is the same kind of searches run in-process (bench/search_latency),
# in the same run on the same machine.
#
# Usage: bench/serve.sh [N_REVIEWS] [SECONDS] [BUILD_DIR]   (defaults: 20000, 10, build/release)
#   LECTERN_BENCH_DB=DIR reuses an index already built from bench/generate_reviews.py's output
#   (N_REVIEWS is then only the label) instead of generating and indexing a new collection.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/start_server.sh
count=${1:-20000}
seconds=${2:-10}
build=${3:-build/release}
command -v wrk >/dev/null || { echo "serve: wrk is missing: run scripts/install-bench-deps.sh" >&2; exit 2; }
[[ -x $build/app/lectern && -x $build/bench/search_latency ]] || {
  echo "serve: build first: cmake --preset release && cmake --build --preset release" >&2
  exit 2
}
work=$(mktemp -d)
server=
cleanup() { [[ -n $server ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

db=${LECTERN_BENCH_DB:-$work/db}
if [[ -z ${LECTERN_BENCH_DB:-} ]]; then
  python3 bench/generate_reviews.py "$work/reviews" "$count" >/dev/null
  "$build/app/lectern" --quiet index "$work/reviews" --db "$db"
fi

echo "$count reviews; in-process baseline, the searches of the HTTP mix (bench/search_latency, 400 queries, top 10):"
"$build/bench/search_latency" "$db" 400 --mix http --words bench/query_words.txt | sed 's/^/  /'

# Searches and suggestions twice: every answer computed (--cache-entries 0), then with the
# answer cache (the default), where a repeated request is a copy of its answer. The mix repeats
# its one-word queries and its prefixes often, its longer queries rarely.
printf '\n%-34s %10s %9s %9s %9s\n' "HTTP, wrk -t2 -c8, ${seconds}s" "requests/s" "p50 ms" "p90 ms" "p99 ms"
for config in nocache cache; do
  if [[ $config == nocache ]]; then start_server "$build" "$db" "$work" --cache-entries 0; else start_server "$build" "$db" "$work"; fi
  DOC_IDS=$(review_ids "$url" 100)
  export DOC_IDS
  modes=(search suggest)
  [[ $config == cache ]] && modes=(search suggest doc)
  for mode in "${modes[@]}"; do
    out=$(MODE=$mode wrk -t2 -c8 -d"${seconds}s" --latency -s bench/serve_mix.lua "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    ms() {  # percentile label -> milliseconds
      awk -v p="$1" '$1 == p {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' <<<"$out"
    }
    errors=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    label=$mode
    [[ $mode != doc ]] && label="$mode ($([[ $config == cache ]] && echo "answer cache" || echo "no cache"))"
    printf '%-34s %10s %9s %9s %9s %s\n' "$label" "$rps" "$(ms 50%)" "$(ms 90%)" "$(ms 99%)" "${errors:+($errors non-2xx)}"
  done
  if [[ $config == cache ]]; then
    curl -s "$url/metrics" | grep -E '^lectern_cache_(hits|misses)_total' | sed 's/^/  /'
  fi
  kill "$server" 2>/dev/null
  wait "$server" 2>/dev/null || true
  server=
done
