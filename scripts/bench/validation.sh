#!/usr/bin/env bash
# Benchmark for issue 6 (validating gene symbols, and the review view): builds bench_validation,
# runs it on the 77,614 human genes in ../shared/data (index load, 20,000 symbols, a 60,000-row
# review on the offscreen platform), then checks the very same values in Python as bionty does it
# (pandas isin + synonyms map), with plain dicts, and with difflib for "did you mean". Prints a
# Markdown table of both. See BENCHMARKS.md.
#
#   scripts/bench/validation.sh [REPEAT [DIFFLIB_SAMPLE]]     defaults: 5 40
#
# Builds into $FEATUREDESK_BUILD_DIR (default build/; configured RelWithDebInfo if new). Results
# (JSON, the values checked, the Markdown table) go to $FEATUREDESK_BENCH_OUT, default
# $FEATUREDESK_BUILD_DIR/bench/validation.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FEATUREDESK_BUILD_DIR:-$root/build}
repeat=${1:-5}
difflib_sample=${2:-40}
out=${FEATUREDESK_BENCH_OUT:-$build/bench/validation}
shared=${FEATUREDESK_SHARED_DATA:-$root/../shared/data}
genes=$shared/genes/Homo_sapiens.gene_info.tsv
python=/usr/bin/python3 # Debian's, which has python3-pandas; a pyenv python3 may shadow it

# Only what is missing, as scripts/install-deps.sh does.
if ! "$python" -c 'import pandas' 2>/dev/null; then
  echo "Installing missing package: python3-pandas"
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq python3-pandas
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build "$build" --target bench_validation -j "${FEATUREDESK_JOBS:-2}"
mkdir -p "$out"

echo "== FeatureDesk (bench_validation, $repeat repeats; progress on stderr)"
QT_QPA_PLATFORM=offscreen "$build/bin/bench_validation" --file "$genes" --repeat "$repeat" \
  --write-values "$out/values.tsv" --json >"$out/featuredesk.json" 2> >(tee "$out/featuredesk.log" >&2)

echo "== The same values in Python: pandas as bionty does it, plain dicts, difflib"
"$python" "$root/scripts/bench/validation_compare.py" --genes "$genes" --values "$out/values.tsv" \
  --repeat "$repeat" --difflib-sample "$difflib_sample" --json "$out/python.json" | tee "$out/python.txt"

echo
"$python" - "$out/featuredesk.json" "$out/python.json" <<'PY' | tee "$out/compare.md"
import json, sys
fd = json.load(open(sys.argv[1]))
py = json.load(open(sys.argv[2]))
f = {x["id"]: x for x in fd["figures"]}
p = py["figures"]

def ms(x):
    return "-" if x is None or x < 0 else f"{x:,.0f}" if x >= 100 else f"{x:.1f}"

def mmm(x):
    return "-" if x is None else f"{ms(x['median_ms'])} / {ms(x['min_ms'])} / {ms(x['max_ms'])}"

def counts(c):
    return ", ".join(f"{k} {v:,}" for k, v in c.items() if v)

n = f["validate"]["rows"]
nv = f["validate_not_validated"]["rows"]
diff = p.get("difflib_per_value")
print(f"Validation, gene.symbol human ({fd['genes']:,} genes), ms: median / min / max of {fd['repeat']}")
print()
print("| step | FeatureDesk | pandas (as bionty) | plain Python dicts | target |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| load the index | {mmm(f['index_load'])} | {mmm(p['pandas_load'])} | {mmm(p['python_load'])} | < 500 |")
print(f"| … of which NameIndex, in memory (hashes, trigrams, deletions) | {mmm(f['index_load_names'])} | | | |")
print(f"| validate {n:,} symbols | {mmm(f['validate'])} | {mmm(p['pandas_validate'])} | {mmm(p['python_validate'])} | < 20 |")
print(f"| … the {f['validate_found']['rows']:,} found | {mmm(f['validate_found'])} "
      f"| {mmm(p['pandas_isin'])} (the two `isin`, no synonyms) | | |")
print(f"| … the {nv:,} not validated, with did-you-mean | {mmm(f['validate_not_validated'])} | | "
      + (f"difflib ≈ {ms(diff['extrapolated_all_ms'])} (extrapolated from {diff['rows']}) |" if diff else "- |") + " |")
print(f"| split: NameIndex::find × {n:,} | {mmm(f['split_find'])} | | | |")
print(f"| split: did-you-mean × {nv:,} | {mmm(f['split_suggest'])} | | "
      + (f"difflib {ms(diff['median_ms'])} per value |" if diff else "- |") + " |")
print()
print(f"Mix: {counts(fd['mix'])}. FeatureDesk: {counts(fd['statuses'])}. "
      f"Plain Python: {counts(p['python_validate']['counts'])}. "
      f"pandas/bionty: {counts(p['pandas_validate']['counts'])}.")
print()
print(f"Review view: {f['set_report']['total']:,} rows ({counts(fd['review_statuses'])}); "
      "a step is the call + one event-loop turn + a repaint; ms median / min / max")
print()
print("| step | rows shown | whole step | the call alone (median) | no view: model + proxy (median) |")
print("| --- | ---: | ---: | ---: | ---: |")
for x in fd["figures"]:
    if x["id"].endswith(("_call", "_proxy")) or x["total"] is None or x["total"] < 0:
        continue
    call = f.get(x["id"] + "_call")
    alone = f.get(x["id"] + "_proxy")
    print(f"| {x['label']} | {x['rows']:,} | {mmm(x)} | {ms(call['median_ms']) if call else '-'} "
          f"| {ms(alone['median_ms']) if alone else '-'} |")
print()
worst = fd["worst_view_step_ms"]
print(f"Worst single step: {worst:.0f} ms ({fd['worst_view_step']}): "
      + ("a visible stall (> 100 ms)." if worst > 100 else "no visible stall (≤ 100 ms)."))
PY
echo "Results: $out"
