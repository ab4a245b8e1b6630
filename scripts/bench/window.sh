#!/usr/bin/env bash
# Benchmark for issue 22, "the window never waits for the database": builds bench_window and runs
# the scripted session on the real main window (offscreen) on SQLite and on PostgreSQL, the latter
# directly and behind 10 and 50 ms of added round trip. See BENCHMARKS.md.
#
#   scripts/bench/window.sh [SQLITE_ARTIFACTS [PG_ARTIFACTS]]     defaults: 1000000 200000
#
# SQLite: a registry cached in the temporary folder (featuredesk-bench/window-N.sqlite), filled on
# the first run only. PostgreSQL: FEATUREDESK_BENCH_PG=postgresql://user@host:port names a server
# (the database featuredesk_window_N is made and filled there once); without it the script starts
# a throw-away server with scripts/pg-server.sh (filled on every run), and skips PostgreSQL if it
# cannot. Added latency goes through scripts/latency-relay.py when it is there; without it those
# runs are skipped, and said so.
# FEATUREDESK_BENCH_ACTIONS=open,sort,... runs a subset (see bench_window --help).
# Results (JSON and the printed tables) go to $FEATUREDESK_BENCH_OUT, default build/bench/window.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/bench/common.sh"
build=${FEATUREDESK_BUILD_DIR:-$root/build}
sqlite_artifacts=${1:-1000000}
pg_artifacts=${2:-200000}
out=${FEATUREDESK_BENCH_OUT:-$build/bench/window}
relay=$root/scripts/latency-relay.py
latencies=(10 50)
export QT_QPA_PLATFORM=offscreen
export FEATUREDESK_SHARED_DATA=${FEATUREDESK_SHARED_DATA:-$root/../shared/data}

actions=()
if [ -n "${FEATUREDESK_BENCH_ACTIONS:-}" ]; then
  actions=(--actions "$FEATUREDESK_BENCH_ACTIONS")
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target bench_window -j "${FEATUREDESK_JOBS:-2}"
bench=$build/bin/bench_window

relay_pid=""
stop_relay() {
  if [ -n "$relay_pid" ]; then
    kill "$relay_pid" 2>/dev/null || true
    wait "$relay_pid" 2>/dev/null || true
    relay_pid=""
  fi
}
bench_cleanup_more() { stop_relay; }
bench_workdir
mkdir -p "$out"
reports=()

# run NAME LABEL ARGS...: one session, its JSON in $out/NAME.json and its table in $out/NAME.log.
run() {
  local name=$1 label=$2
  shift 2
  echo "== $label"
  "$bench" --label "$label" --json "${actions[@]}" "$@" >"$out/$name.json" \
    2> >(tee "$out/$name.log" >&2)
  reports+=("$out/$name.json")
}

run sqlite "SQLite, $sqlite_artifacts artifacts" --artifacts "$sqlite_artifacts"

bench_pg
if [ -n "$pg_url" ]; then
  pg_url=${pg_url%/}
  database=featuredesk_window_$pg_artifacts
  # Filled (once per server) by a run of its own, then vacuumed and analysed, as a lab's server
  # long since is: a server filled a moment before, on this machine's two cores, measures its own
  # autovacuum beside the window (opening 68 ms once, a review 472 ms once, neither again).
  "$bench" --registry "$pg_url/$database" --artifacts "$pg_artifacts" --reuse --actions open \
    >/dev/null 2>"$work/pg-fill.log" || { cat "$work/pg-fill.log" >&2; exit 1; }
  psql "$pg_url/$database" -qc "VACUUM ANALYZE" >/dev/null
  run postgresql "PostgreSQL, $pg_artifacts artifacts" \
    --registry "$pg_url/$database" --artifacts "$pg_artifacts" --reuse

  if [ -f "$relay" ]; then
    # postgresql://user@host:port → host:port, and the URL through the relay.
    server=${pg_url#*://}
    server=${server#*@}
    server=${server%%/*}
    for rtt in "${latencies[@]}"; do
      /usr/bin/python3 "$relay" --listen 0 --target "$server" --rtt "$rtt" >"$work/relay-$rtt.out" \
        2>"$work/relay-$rtt.log" &
      relay_pid=$!
      port=""
      for _ in $(seq 1 100); do
        port=$(grep -Eom1 '[0-9]+' "$work/relay-$rtt.out" 2>/dev/null || true)
        [ -n "$port" ] && break
        sleep 0.1
      done
      if [ -z "$port" ]; then
        echo "== PostgreSQL +$rtt ms skipped: the relay did not say its port" >&2
        cat "$work/relay-$rtt.log" >&2
        stop_relay
        continue
      fi
      relayed=${pg_url/$server/127.0.0.1:$port}
      run "postgresql-$rtt" "PostgreSQL +$rtt ms, $pg_artifacts artifacts" \
        --registry "$relayed/$database" --artifacts "$pg_artifacts" --reuse
      stop_relay
    done
  else
    echo "== PostgreSQL +${latencies[*]} ms skipped: scripts/latency-relay.py is not there" >&2
  fi
fi

echo
/usr/bin/python3 - "${reports[@]}" <<'PY'
import json, sys
runs = [json.load(open(path)) for path in sys.argv[1:]]
ids = []
for run in runs:
    for action in run["actions"]:
        if action["id"] not in ids:
            ids.append(action["id"])
print("longest stall / p99 / complete, ms")
print("action".ljust(24) + "".join(run["label"][:30].rjust(32) for run in runs))
for id in ids:
    cells = []
    for run in runs:
        found = [a for a in run["actions"] if a["id"] == id]
        if not found:
            cells.append("-".rjust(32))
            continue
        a = found[0]
        done = f'{a["complete_ms"]:.0f}' if a["complete_ms"] >= 0 else "timeout"
        cells.append(f'{a["longest_stall_ms"]:.0f} / {a["p99_stall_ms"]:.0f} / {done}'.rjust(32))
    print(id.ljust(24) + "".join(cells))
PY
echo "Results: $out"
