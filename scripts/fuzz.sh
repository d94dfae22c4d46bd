#!/usr/bin/env bash
# Builds the libFuzzer targets (preset fuzz, clang) and runs each for SECONDS (default 60) on
# seeds made from corpus/ and the data files. A crash, a leak, a timeout (10 s for one input)
# or an input using over 1 GB stops the run with the input saved in build/fuzz/findings/.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"
out=build/fuzz
seeds=$out/seeds
findings=$out/findings
mkdir -p "$findings"

# extract_fuzzer: the first byte picks the format, in extract_fuzzer.cc's order.
rm -rf "$seeds" && mkdir -p "$seeds"/{extract,gazetteer,query}
formats=(txt md html json jsonl csv rst)
for i in "${!formats[@]}"; do
  find corpus -name "*.${formats[$i]}" -size -64k | while read -r file; do
    { printf "\\$(printf '%03o' "$i")"; cat "$file"; } >"$seeds/extract/$(basename "$file").$i"
  done
done
cp common/data/eras.tsv common/data/people.tsv "$seeds/gazetteer/"
find corpus -name '*.txt' | head -20 | xargs -I{} cp {} "$seeds/gazetteer/"
n=0
while IFS= read -r query; do
  [[ -z $query ]] && continue
  printf '%s' "$query" >"$seeds/query/q$((n++))"
done <<'QUERIES'
siege of leningrad
"siege of leningrad"
author:dunmore period:1940..1950
period:"Second World War" tag:russia
title:wolf* OR (stalin AND NOT purge)
rating:4.. date:2012-05..2013 decade:1930s..1950s
period:44BC..AD14 work:"the betrayal"
lang:de reviewer:"ann lee" +winter -summer
QUERIES

status=0
for target in extract gazetteer query; do
  echo "== ${target}_fuzzer, ${seconds}s"
  "$out/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=1024 -max_len=65536 \
    -artifact_prefix="$findings/${target}-" -print_final_stats=1 "$seeds/$target" 2>&1 |
    grep -E "^#[0-9]+ *(DONE|INITED)|stat::number_of_executed_units|ERROR|SUMMARY|Test unit written" || status=1
done
ls "$findings" | head
exit $status
