# Sourced by bench/serve.sh and bench/soak.sh: starts `lectern serve` on a free port.
# start_server BUILD_DIR DB WORK_DIR [SERVE OPTION]...: sets $server (its pid) and $url, or exits
# with the log.
start_server() {
  local build=$1 db=$2 work=$3 port=
  shift 3
  "$build/app/lectern" serve --db "$db" --port 0 --no-access-log "$@" >"$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 100); do
    port=$(grep -o '127\.0\.0\.1:[0-9]*' "$work/serve.log" | head -1 | cut -d: -f2 || true)
    [[ -n $port ]] && break
    sleep 0.1
  done
  [[ -n $port ]] || { echo "$(basename "$0"): the server did not start: $(cat "$work/serve.log")" >&2; exit 1; }
  url="http://127.0.0.1:$port"
}

# review_ids URL N: N review ids that a search for "war" finds, URL-encoded, one per line.
review_ids() {
  curl -s "$1/api/search?q=war&limit=$2" |
    python3 -c 'import json,sys,urllib.parse; print("\n".join(urllib.parse.quote(h["id"], safe="") for h in json.load(sys.stdin)["hits"]))'
}
