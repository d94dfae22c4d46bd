#!/usr/bin/env bash
# How Lectern scales with the size of a collection: for each size, a generated collection of
# mixed formats (bench/generate_reviews.py, made on the fly and deleted after), then indexing
# time, peak memory and index size, and query latency with snippets and facets
# (bench/search_latency). Not part of `make test`; needs disk for the largest size (1,000,000
# reviews: about 6 GB of text and 5 GB of index).
#
# Usage: bench/scaling.sh [SIZE...] [--build DIR]   (default sizes: 10000 100000 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=build/release
sizes=()
while (($#)); do
  case $1 in
    --build) build=$2; shift 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
((${#sizes[@]})) || sizes=(10000 100000 1000000)
[[ -x $build/app/lectern && -x $build/bench/search_latency ]] || {
  echo "scaling: build first: cmake --preset release && cmake --build --preset release" >&2
  exit 2
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rows=()
for count in "${sizes[@]}"; do
  echo "== $count reviews" >&2
  python3 bench/generate_reviews.py "$work/reviews" "$count" >/dev/null
  megabytes=$(du -sm "$work/reviews" | cut -f1)
  /usr/bin/time -f "%e %M" -o "$work/time" "$build/app/lectern" --quiet index "$work/reviews" --db "$work/db"
  read -r seconds peak <"$work/time"
  index_mb=$(du -sm "$work/db" | cut -f1)
  queries=$((count >= 1000000 ? 100 : 300))
  latency=$("$build/bench/search_latency" "$work/db" "$queries")
  echo "$latency" >&2
  # p50 and p99 of "search + highlighted snippets" and of "+ facets".
  snippets=$(awk '/^search \+ highlighted snippets/ {print $(NF-2), $NF}' <<<"$latency")
  facets=$(awk '/^search \+ snippets \+ author/ {print $(NF-2), $NF}' <<<"$latency")
  rows+=("$count $megabytes $seconds $peak $index_mb $snippets $facets")
  rm -rf "$work/reviews" "$work/db"
done

printf '\n%10s %8s %9s %8s %9s %9s %9s %9s %9s\n' "reviews" "text MB" "index s" "docs/s" "peak MB" "index MB" \
  "snip p50" "snip p99" "facet p50"
for row in "${rows[@]}"; do
  read -r count megabytes seconds peak index_mb s50 s99 f50 f99 <<<"$row"
  printf '%10d %8d %9.1f %8.0f %9.0f %9d %9s %9s %9s\n' "$count" "$megabytes" "$seconds" \
    "$(echo "$count / $seconds" | bc -l)" "$(echo "$peak / 1024" | bc -l)" "$index_mb" "$s50" "$s99" "$f50"
done
