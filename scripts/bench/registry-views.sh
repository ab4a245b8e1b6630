#!/usr/bin/env bash
# Benchmark for the issue "a million artifacts must open instantly": builds bench_registryviews,
# runs it on a fresh SQLite registry and on PostgreSQL, then times what a user would otherwise do
# with the same SQLite file (the sqlite3 shell, pandas). See BENCHMARKS.md.
#
#   scripts/bench/registry-views.sh [ARTIFACTS [REPEAT]]      defaults: 1000000 5
#
# PostgreSQL: FEATUREDESK_BENCH_PG=postgresql://user@host:port[/database] names a server (the
# database, default featuredesk_bench_<pid>, must be empty or missing); without it the script starts
# a throw-away server with scripts/pg-server.sh, and skips PostgreSQL if it cannot.
# Results (JSON and the printed report) go to $FEATUREDESK_BENCH_OUT, default build/bench/registry-views.
# FEATUREDESK_BENCH_KEEP=1 keeps the SQLite registry there too (about 400 MB), for EXPLAIN QUERY PLAN.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/bench/common.sh"
build=${FEATUREDESK_BUILD_DIR:-$root/build}
artifacts=${1:-1000000}
repeat=${2:-5}
out=${FEATUREDESK_BENCH_OUT:-$build/bench/registry-views}
python=/usr/bin/python3 # Debian's, which has python3-pandas; a pyenv python3 may shadow it

# Only what is missing, as scripts/install-deps.sh does.
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
"$python" -c 'import pandas' 2>/dev/null || missing+=(python3-pandas)
bench_install "${missing[@]}"

cmake --build "$build" --target bench_registryviews -j2
bench=$build/bin/bench_registryviews

bench_workdir
mkdir -p "$out"

echo "== FeatureDesk on SQLite ($artifacts artifacts)"
"$bench" --registry "$work/registry.sqlite" --artifacts "$artifacts" --repeat "$repeat" --json \
  >"$out/sqlite.json" 2> >(tee "$out/sqlite.log" >&2)
reports=("$out/sqlite.json")

bench_pg
if [ -n "$pg_url" ]; then
  # A URL without a database gets a fresh one of ours.
  if [[ ! "$pg_url" =~ ^postgres(ql)?://[^/]+/[^/?]+ ]]; then
    pg_url="${pg_url%/}/featuredesk_bench_$$"
  fi
  echo "== FeatureDesk on PostgreSQL ($artifacts artifacts)"
  "$bench" --registry "$pg_url" --artifacts "$artifacts" --repeat "$repeat" --json \
    >"$out/postgresql.json" 2> >(tee "$out/postgresql.log" >&2)
  reports+=("$out/postgresql.json")
fi

echo "== The same SQLite file without FeatureDesk: sqlite3 shell and pandas"
"$python" "$root/scripts/bench/registry_views_compare.py" --sqlite "$work/registry.sqlite" \
  --repeat "$repeat" --out "$out" "${reports[@]}" | tee "$out/compare.txt"

echo
for report in "${reports[@]}"; do
  "$python" - "$report" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"{r['backend']} {r['server_version']}: insert {r.get('insert_ms', {}).get('total', 0) / 1000:.1f} s"
      + (f", file {r['file_bytes']['database'] / 2**20:,.0f} MiB + {r['file_bytes']['wal'] / 2**20:,.0f} MiB WAL"
         if 'file_bytes' in r else ""))
PY
done
if [ "${FEATUREDESK_BENCH_KEEP:-0}" = 1 ]; then
  mv "$work/registry.sqlite" "$out/registry.sqlite"
  echo "Registry kept: $out/registry.sqlite"
fi
echo "Results: $out"
