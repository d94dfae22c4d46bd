#!/usr/bin/env bash
# Indexing speed and memory of Lectern against a bare Xapian indexer of the same files, omindex
# (xapian-omega) and SQLite FTS5, in the same run on the same machine. Reports wall time,
# documents per second, MB of text per second, peak memory and index size for each, Lectern's
# ratios to the tuned bare loop (the baseline), and query latency with snippets for Lectern
# and FTS5 on the same queries.
#
# Usage: bench/index_benchmark.sh [N_REVIEWS] [BUILD_DIR]   (defaults: 5000, build/release)
# omindex and sqlite3 rows are left out, with a note, when those tools are not installed
# (scripts/install-bench-deps.sh installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
build=${2:-build/release}
[[ -x $build/app/lectern && -x $build/bench/bare_xapian_index ]] || {
  echo "index_benchmark: build first: cmake --preset release && cmake --build --preset release" >&2
  exit 2
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Plain text: the files every indexer here reads alike (bench/scaling.sh uses the mixed formats).
python3 bench/generate_reviews.py "$work/reviews" "$count" 1 --plain >/dev/null
megabytes=$(du -sm "$work/reviews" | cut -f1)

measure() {  # name, command...: prints "name seconds peak_kb"
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
  echo "$name $(cat "$work/time")"
}

baseline=$(measure bare "$build/bench/bare_xapian_index" "$work/reviews" "$work/bare-db")
tuned=$(measure tuned "$build/bench/bare_xapian_index" --tuned "$work/reviews" "$work/tuned-db")
lectern=$(measure lectern "$build/app/lectern" --quiet index "$work/reviews" --db "$work/lectern-db")
unchanged=$(measure rerun "$build/app/lectern" --quiet index "$work/reviews" --db "$work/lectern-db")
single=$(measure single "$build/app/lectern" --quiet index --jobs 1 "$work/reviews" --db "$work/single-db")
sharded=$(measure sharded "$build/app/lectern" --quiet index --shards 2 "$work/reviews" --db "$work/sharded-db")
others=()
if command -v omindex >/dev/null; then
  others+=("$(measure omindex omindex --db "$work/omindex-db" --url / "$work/reviews")")
else
  echo "(omindex not installed: scripts/install-bench-deps.sh)" >&2
fi
if command -v sqlite3 >/dev/null; then
  others+=("$(measure fts5 python3 bench/fts5_baseline.py index "$work/reviews" "$work/fts5.db")")
else
  echo "(sqlite3 not installed: scripts/install-bench-deps.sh)" >&2
fi

printf '%d reviews, %d MB of text\n' "$count" "$megabytes"
printf '%-32s %8s %10s %8s %10s %10s\n' "indexer" "wall s" "docs/s" "MB/s" "peak MB" "index MB"
for row in "$baseline" "$tuned" "$single" "$lectern" "$sharded" "$unchanged" "${others[@]}"; do
  read -r name seconds peak <<<"$row"
  case $name in
    bare) db=$work/bare-db; label="bare Xapian, defaults" ;;
    tuned) db=$work/tuned-db; label="bare Xapian, tuned (baseline)" ;;
    single) db=$work/single-db; label="lectern index --jobs 1" ;;
    lectern) db=$work/lectern-db; label="lectern index" ;;
    sharded) db=$work/sharded-db; label="lectern index --shards 2" ;;
    rerun) db=$work/lectern-db; label="lectern index (unchanged)" ;;
    omindex) db=$work/omindex-db; label="omindex (xapian-omega)" ;;
    fts5) db=$work/fts5.db; label="SQLite FTS5 (porter, one txn)" ;;
  esac
  printf '%-32s %8.2f %10.0f %8.1f %10.0f %10d\n' "$label" "$seconds" "$(echo "$count / $seconds" | bc -l)" \
    "$(echo "$megabytes / $seconds" | bc -l)" "$(echo "$peak / 1024" | bc -l)" "$(du -sm "$db" | cut -f1)"
done
read -r _ base_s base_kb <<<"$tuned"
for row in "$single" "$lectern" "$sharded"; do
  read -r name lect_s lect_kb <<<"$row"
  printf '%-8s / tuned bare Xapian: wall time %.2fx, peak memory %.2fx\n' "$name" "$(echo "$lect_s / $base_s" | bc -l)" \
    "$(echo "$lect_kb / $base_kb" | bc -l)"
done
for row in "${others[@]}"; do
  read -r name other_s _ <<<"$row"
  read -r _ lect_s _ <<<"$lectern"
  printf 'lectern / %-8s: wall time %.2fx\n' "$name" "$(echo "$lect_s / $other_s" | bc -l)"
done

echo
echo "Query latency, the same 300 queries (words, pairs, triples, phrases, author: fields), top 10:"
"$build/bench/search_latency" "$work/lectern-db" 300 --queries-out "$work/queries.txt"
if [[ -f $work/fts5.db ]]; then
  python3 bench/fts5_baseline.py query "$work/fts5.db" "$work/queries.txt"
fi
