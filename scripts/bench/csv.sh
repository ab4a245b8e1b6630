#!/usr/bin/env bash
# CSV inspect benchmark: FeatureDesk against pandas read_csv and DuckDB read_csv on the same files,
# in one run, warm cache. See BENCHMARKS.md for the method and the figures.
#
# Usage: scripts/bench/csv.sh [--runs N] [--narrow-mb MB] [--skip-build]
#   --runs N        timed runs per measurement after one warm-up (default 3; the median is shown)
#   --narrow-mb MB  size of the narrow file (default 1024)
# Environment: FEATUREDESK_BUILD_DIR (default build/), PYTHON (default /usr/bin/python3, Debian's
# python3-pandas), CSV_BENCH_BIN (a bin/ folder with featuredesk-cli and bench_csv, to bench a
# build made elsewhere), CSV_BENCH_DATA (the data folder, default build/bench-data).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/bench/common.sh"
build=${FEATUREDESK_BUILD_DIR:-$root/build}
bin=${CSV_BENCH_BIN:-$build/bin}
python=${PYTHON:-/usr/bin/python3}
data=${CSV_BENCH_DATA:-$build/bench-data}
node_dir=$build/bench-node
runs=3
narrow_mb=1024
skip_build=0
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --narrow-mb) narrow_mb=$2; shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    *) echo "usage: $0 [--runs N] [--narrow-mb MB] [--skip-build]" >&2; exit 2 ;;
  esac
done
# 0. Only what is missing, as scripts/install-deps.sh does: GNU time (peak RSS), Debian's pandas (and
# numpy, which gen_csv.py uses), Node.js and npm for DuckDB's client.
missing=()
[ -x /usr/bin/time ] || missing+=(time)
"$python" -c 'import pandas' 2>/dev/null || missing+=(python3-pandas)
command -v npm >/dev/null || missing+=(nodejs npm)
bench_install "${missing[@]}"

# 1. The files, written once (gen_csv.py keeps files it already wrote).
"$python" "$root/scripts/bench/gen_csv.py" "$data" --narrow-mb "$narrow_mb"

# 2. DuckDB's Node client, installed under the build folder, never committed.
if [ ! -d "$node_dir/node_modules/@duckdb/node-api" ]; then
  mkdir -p "$node_dir"
  cp "$root/scripts/bench/package.json" "$node_dir/"
  (cd "$node_dir" && npm install --no-audit --no-fund --silent)
fi
cp "$root/scripts/bench/csv_duckdb.mjs" "$node_dir/"

# 3. Our two targets (never more than -j2 on this machine).
if [ "$skip_build" = 0 ]; then
  cmake --build "$build" -j2 --target featuredesk-cli bench_csv
fi

results=$(mktemp)
trap 'rm -f "$results" "$results".*' EXIT

# Runs a command that prints "name median_ms min_ms runs detail" lines, under GNU time for its peak
# resident memory; appends "file name median min runs rss_kb detail" to the results.
measure_tool() {
  local file=$1; shift
  /usr/bin/time -f "%M" -o "$results.rss" "$@" > "$results.out"
  local rss tool median min n detail
  rss=$(tail -1 "$results.rss")
  while read -r tool median min n detail; do
    echo "$file $tool $median $min $n $rss $detail" >> "$results"
  done < "$results.out"
}

# Times a whole featuredesk-cli process (start included) runs times after a warm-up: the median
# wall time and the largest peak resident memory.
measure_cli() {
  local file=$1 name=$2; shift 2
  "$@" > /dev/null
  local times=() rss=0 start end kb
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o "$results.rss" "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000 )))
    kb=$(tail -1 "$results.rss")
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  local sorted median min
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  median=${sorted[$(( ${#sorted[@]} / 2 ))]}
  min=${sorted[0]}
  echo "$file $name $(awk "BEGIN{printf \"%.2f\", $median/1000}") $(awk "BEGIN{printf \"%.2f\", $min/1000}") $runs $rss process" >> "$results"
}

for base in narrow wide header60k; do
  file=$data/$base.csv
  cat "$file" > /dev/null # warm the page cache
  echo "csv.sh: $base.csv ($(du -h "$file" | cut -f1))" >&2
  if [ "$base" = header60k ]; then
    measure_cli "$base" cli_preview_rows0 "$bin/featuredesk-cli" preview "$file" --rows 0 --json
    measure_tool "$base" "$bin/bench_csv" header "$file" "$runs"
    measure_tool "$base" "$python" "$root/scripts/bench/csv_pandas.py" header "$file" "$runs"
    measure_tool "$base" node "$node_dir/csv_duckdb.mjs" header "$file" "$runs"
  else
    measure_cli "$base" cli_inspect "$bin/featuredesk-cli" inspect "$file" --json
    measure_tool "$base" "$bin/bench_csv" inspect "$file" "$runs"
    measure_tool "$base" "$python" "$root/scripts/bench/csv_pandas.py" inspect "$file" "$runs"
    measure_tool "$base" node "$node_dir/csv_duckdb.mjs" inspect "$file" "$runs"
  fi
done

# The table: median wall time, throughput, peak resident memory of the process that measured it.
{
  echo "| file | measurement | median ms | min ms | runs | MB/s | peak RSS MB | detail |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |"
  while read -r base tool median min n rss detail; do
    bytes=$(stat -c %s "$data/$base.csv")
    echo "| $base.csv | $tool | $median | $min | $n | $(awk "BEGIN{printf \"%.0f\", $bytes/1048576/($median/1000)}") | $(awk "BEGIN{printf \"%.0f\", $rss/1024}") | $detail |"
  done < "$results"
} | tee "$build/bench-csv-results.md"
echo >&2
echo "csv.sh: machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "csv.sh: pandas $("$python" -c 'import pandas; print(pandas.__version__)'), DuckDB $(node -e "import('$node_dir/node_modules/@duckdb/node-api/package.json', {with: {type: 'json'}}).then(m => console.log(m.default.version))" 2>/dev/null || echo '?'), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')" >&2
