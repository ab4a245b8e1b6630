#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang, AddressSanitizer and UndefinedBehavior-
# Sanitizer into build-fuzz/, and runs each for the given time on its seeds (tests/fuzz/seeds/*.txt)
# and its dictionary (tests/fuzz/dict/*.dict), one process a target. The corpus grows in
# build-fuzz/corpus/TARGET and is kept for the next run; a crash, leak, hang or out-of-memory input
# is written to build-fuzz/findings/TARGET/ and the script exits non-zero. Prints per target the
# executions, the coverage reached (edges) and the features, as libFuzzer says them.
#
#   scripts/fuzz.sh [TARGET|all] [SECONDS]     defaults: all, 60 (seconds a target)
#
# Targets: csv genefile recipe h5ad registry. A finding is made a regression test by copying its
# input into tests/fuzz/regressions/TARGET/ (the test command replays those); see tests/fuzz/README.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FEATUREDESK_FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${FEATUREDESK_JOBS:-2}
all=(csv genefile recipe h5ad registry)
which=${1:-all}
seconds=${2:-60}

if [ "$which" = all ]; then
  targets=("${all[@]}")
elif [[ " ${all[*]} " == *" $which "* ]]; then
  targets=("$which")
else
  echo "usage: $0 [all|${all[*]// /|}] [SECONDS]" >&2
  exit 2
fi

"$root/scripts/install-deps.sh" fuzz
if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang-14 CXX=clang++-14 cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFEATUREDESK_FUZZ=ON -DFEATUREDESK_SANITIZE=address,undefined \
    -DFEATUREDESK_BUILD_BENCHMARKS=OFF
fi
cmake --build "$build" -j "$jobs" $(printf -- '--target fuzz_%s ' "${targets[@]}")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
status=0
summary=()
for target in "${targets[@]}"; do
  corpus=$build/corpus/$target
  findings=$build/findings/$target
  mkdir -p "$corpus" "$findings"
  # The seeds, as the replay test reads them: folders and files named in the list.
  seeds=()
  while IFS= read -r line; do
    line=${line%%#*}
    line=$(echo "$line" | xargs)
    [ -n "$line" ] && seeds+=("$root/$line")
  done <"$root/tests/fuzz/seeds/$target.txt"
  [ -d "$root/tests/fuzz/regressions/$target" ] && seeds+=("$root/tests/fuzz/regressions/$target")
  dict=()
  [ -f "$root/tests/fuzz/dict/$target.dict" ] && dict=(-dict="$root/tests/fuzz/dict/$target.dict")
  log=$build/fuzz-$target.log
  echo "== fuzz_$target for $seconds s (log: $log)"
  set +e
  # Seed folders come after the corpus: libFuzzer writes new inputs to the first folder only.
  # A seed list may name single files; libFuzzer takes folders, so those go through a folder.
  seeddir=$build/seeds/$target
  rm -rf "$seeddir" && mkdir -p "$seeddir"
  for seed in "${seeds[@]}"; do
    if [ -d "$seed" ]; then cp -p "$seed"/* "$seeddir"/ 2>/dev/null; elif [ -f "$seed" ]; then cp -p "$seed" "$seeddir"/; fi
  done
  "$build/fuzz/fuzz_$target" "$corpus" "$seeddir" "${dict[@]}" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="$findings/" >"$log" 2>&1
  code=$?
  set -e
  done_line=$(grep -E '^#[0-9]+\s+DONE' "$log" | tail -1 || true)
  execs=$(grep -Eo 'stat::number_of_executed_units:\s*[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo "?")
  edges=$(echo "$done_line" | grep -Eo 'cov: [0-9]+' | grep -Eo '[0-9]+' || echo "?")
  features=$(echo "$done_line" | grep -Eo 'ft: [0-9]+' | grep -Eo '[0-9]+' || echo "?")
  found=$(find "$findings" -type f | wc -l)
  summary+=("$(printf '%-10s %6s s %12s execs %8s edges %8s features %4s findings' \
    "$target" "$seconds" "$execs" "$edges" "$features" "$found")")
  if [ "$code" -ne 0 ] || [ "$found" -ne 0 ]; then
    echo "!! fuzz_$target stopped with $code; findings in $findings:" >&2
    grep -E 'ERROR|SUMMARY|runtime error' "$log" | head -5 >&2 || true
    status=1
  fi
done
echo
printf '%s\n' "${summary[@]}"
exit $status
