#!/usr/bin/env bash
# Benchmark for issue 7 ("Feature sets and artifacts"): builds bench_artifacts, runs it on a fresh
# SQLite registry and on PostgreSQL (a 20,000-gene set, a million artifacts linked to it), then
# times what a user would otherwise do with a copy of the same SQLite file (the sqlite3 shell,
# pandas). See BENCHMARKS.md.
#
#   scripts/bench/artifacts.sh [ARTIFACTS [REPEAT]]      defaults: 1000000 3
#
# PostgreSQL: FEATUREDESK_BENCH_PG=postgresql://user@host:port[/database] names a server (the
# database, default featuredesk_bench_artifacts_<pid>, must be empty or missing); without it the
# script starts a throw-away server with scripts/pg-server.sh, and skips PostgreSQL if it cannot.
# FEATUREDESK_BENCH_CAP (seconds, default 30): a relation query still running then is stopped.
# FEATUREDESK_BENCH_PER_FEATURE_ROWS (default 10000000): rows of the per-feature link table sample.
# Results (JSON, logs, compare.md) go to $FEATUREDESK_BENCH_OUT, default $build/bench/artifacts;
# FEATUREDESK_BUILD_DIR names the build folder (default build). FEATUREDESK_BENCH_KEEP=1 keeps the
# SQLite registry there too (about 400 MB).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/bench/common.sh"
build=${FEATUREDESK_BUILD_DIR:-$root/build}
artifacts=${1:-1000000}
repeat=${2:-3}
out=${FEATUREDESK_BENCH_OUT:-$build/bench/artifacts}
cap=${FEATUREDESK_BENCH_CAP:-30}
per_feature_rows=${FEATUREDESK_BENCH_PER_FEATURE_ROWS:-10000000}
python=/usr/bin/python3 # Debian's, which has python3-pandas; a pyenv python3 may shadow it

# Only what is missing, as scripts/install-deps.sh does.
missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
"$python" -c 'import pandas' 2>/dev/null || missing+=(python3-pandas)
bench_install "${missing[@]}"

cmake --build "$build" --target bench_artifacts -j2
bench=$build/bin/bench_artifacts
args=(--artifacts "$artifacts" --repeat "$repeat" --cap-seconds "$cap"
      --per-feature-rows "$per_feature_rows" --explain --json)

bench_workdir
mkdir -p "$out"

echo "== FeatureDesk on SQLite ($artifacts artifacts, R = $repeat)"
"$bench" --registry "$work/registry.sqlite" "${args[@]}" \
  >"$out/sqlite.json" 2> >(tee "$out/sqlite.log" >&2)
reports=("$out/sqlite.json")

bench_pg
if [ -n "$pg_url" ]; then
  # A URL without a database gets a fresh one of ours.
  if [[ ! "$pg_url" =~ ^postgres(ql)?://[^/]+/[^/?]+ ]]; then
    pg_url="${pg_url%/}/featuredesk_bench_artifacts_$$"
  fi
  echo "== FeatureDesk on PostgreSQL ($artifacts artifacts, R = $repeat)"
  "$bench" --registry "$pg_url" "${args[@]}" \
    >"$out/postgresql.json" 2> >(tee "$out/postgresql.log" >&2)
  reports+=("$out/postgresql.json")
fi

echo "== A copy of the SQLite file without FeatureDesk: sqlite3 shell and pandas"
cp "$work/registry.sqlite" "$work/copy.sqlite"
if [ -f "$work/registry.sqlite-wal" ]; then cp "$work/registry.sqlite-wal" "$work/copy.sqlite-wal"; fi
"$python" - "$work/copy.sqlite" "$repeat" "$cap" "$out" "${reports[@]}" <<'PY' | tee "$out/compare.md"
# What a user without FeatureDesk would run on the same file: the sqlite3 shell (its ".timer on"
# real time) and pandas. Then ANALYZE on the copy, and the model's relation SQL again, to see
# whether statistics alone would change the plan.
import json, re, sqlite3, statistics, subprocess, sys, time
import pandas as pd

path, repeat, cap, out = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
reports = [json.load(open(p)) for p in sys.argv[5:]]
con = sqlite3.connect(path)
(panel, panel_n), (small, small_n) = con.execute(
    "SELECT s.id, COUNT(l.artifact_id) FROM fd_feature_set s LEFT JOIN fd_artifact_feature_set l "
    "ON l.feature_set_id = s.id GROUP BY s.id ORDER BY s.n DESC").fetchall()[:2]
con.close()

def shell(script, timeout=None):
    """Runs a script in the sqlite3 shell; returns the real seconds of every timed statement."""
    try:
        done = subprocess.run(["sqlite3", path], input=script, capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    if done.returncode != 0:
        raise SystemExit(f"sqlite3 failed: {done.stderr}")
    return [float(t) * 1000 for t in re.findall(r"Run Time: real ([0-9.]+)", done.stdout)]

def rounds(statement):
    times = shell(".timer on\n" + (statement + "\n") * (repeat + 1))
    return times[1:] # the first warms the cache

results = {}
link = ("INSERT INTO fd_artifact_feature_set (artifact_id, feature_set_id, slot, created_by) "
        f"SELECT id, {panel}, 'columns', 1 FROM fd_artifact;")
unlink = "DELETE FROM fd_artifact_feature_set WHERE slot = 'columns';"
times = shell((f".timer off\n{unlink}\n.timer on\n{link}\n") * (repeat + 1))
results["sqlite3: INSERT ... SELECT, a link for every artifact"] = times[1:]
results["sqlite3: COUNT(*) of the set's links"] = rounds(
    f"SELECT COUNT(*) FROM fd_artifact_feature_set WHERE feature_set_id = {panel};")
results["sqlite3: artifacts per set (GROUP BY)"] = rounds(
    "SELECT feature_set_id, COUNT(*) FROM fd_artifact_feature_set GROUP BY feature_set_id;")
for name, set_id in (("all", panel), ("small", small)):
    results[f"sqlite3: first page by key of the artifacts using the {name} set (JOIN)"] = rounds(
        "SELECT a.key, a.uid FROM fd_artifact a JOIN fd_artifact_feature_set l ON l.artifact_id = a.id "
        f"WHERE l.feature_set_id = {set_id} ORDER BY a.key LIMIT 256;")

samples = []
for r in range(repeat + 1):
    con = sqlite3.connect(path)
    start = time.perf_counter()
    links = pd.read_sql_query("SELECT artifact_id, feature_set_id FROM fd_artifact_feature_set", con)
    counts = links["feature_set_id"].value_counts()
    samples.append((time.perf_counter() - start) * 1000)
    con.close()
results["pandas: read the links + value_counts per set"] = samples[1:]
samples = []
for r in range(repeat + 1):
    con = sqlite3.connect(path)
    con.execute(unlink)
    con.commit()
    ids = pd.read_sql_query("SELECT id AS artifact_id FROM fd_artifact", con)
    start = time.perf_counter()
    frame = ids.assign(feature_set_id=panel, slot="columns", created_by=1)
    frame.to_sql("fd_artifact_feature_set", con, if_exists="append", index=False, chunksize=100000)
    con.commit()
    samples.append((time.perf_counter() - start) * 1000)
    con.close()
results["pandas: DataFrame.to_sql, a link for every artifact"] = samples[1:]

# Statistics: ANALYZE on the copy, then the model's own relation SQL (from the plans the SQLite
# run wrote) in the shell, stopped after the cap.
analyze = {}
plans = next((r.get("plans", []) for r in reports if r["backend"] == "SQLite"), [])
start = time.perf_counter()
shell("ANALYZE;")
analyze["ANALYZE"] = (time.perf_counter() - start) * 1000
for i, line in enumerate(plans):
    if line.startswith("-- SQL alone: the model's relation"):
        sql = plans[i + 1]
        plan = subprocess.run(["sqlite3", path], input=f"EXPLAIN QUERY PLAN {sql};\n",
                              capture_output=True, text=True).stdout
        times = shell(f".timer on\n{sql};\n{sql};\n", timeout=cap * 2 + 5)
        analyze[line[3:]] = {"ms": times[-1] if times else None,
                             "stopped_after_s": None if times else cap * 2 + 5, "plan": plan}

json.dump({"panel_set_id": panel, "panel_links": panel_n, "small_set_id": small,
           "small_links": small_n, "repeat": repeat,
           "figures": {k: {"median_ms": statistics.median(v), "min_ms": min(v), "samples_ms": v}
                       for k, v in results.items()},
           "after_analyze": analyze}, open(f"{out}/compare.json", "w"), indent=2)

print(f"| without FeatureDesk, same file (ms) | median | min |\n| --- | ---: | ---: |")
for k, v in results.items():
    print(f"| {k} | {statistics.median(v):,.1f} | {min(v):,.1f} |")
print(f"\nAfter ANALYZE on the copy ({analyze['ANALYZE']:,.0f} ms):")
for k, v in analyze.items():
    if k != "ANALYZE":
        took = f"{v['ms']:,.1f} ms" if v["ms"] is not None else f"stopped after {v['stopped_after_s']:.0f} s"
        print(f"- {k}: {took}\n  " + v["plan"].strip().replace("\n", "\n  "))

print("\n| FeatureDesk (median / min ms) | " + " | ".join(r["backend"] for r in reports) + " |")
print("| --- |" + " ---: |" * len(reports))
labels = {f["id"]: f["label"].replace(" [stopped]", "").strip() for r in reports for f in r["figures"]}
for fid, label in labels.items():
    cells = []
    for r in reports:
        f = next((f for f in r["figures"] if f["id"] == fid), None)
        if f is None:
            cells.append("-")
        elif fid in r.get("stopped", []):
            cells.append(f"> {f['median_ms'] / 1000:,.0f} s (stopped)")
        else:
            cells.append(f"{f['median_ms']:,.1f} / {f['min_ms']:,.1f}")
    print(f"| {label} | " + " | ".join(cells) + " |")
for r in reports:
    print(f"\n{r['backend']} {r['server_version']}: setup {json.dumps(r['setup'])}")
    for when, s in r["sizes"].items():
        print(f"  sizes {when}: " + json.dumps({k: v for k, v in s.items() if k != "objects"}))
    for p in r["per_feature_link_table"]:
        print(f"  per-feature links, {p['variant']}: {p['rows']:,} rows, {p['insert_ms'] / 1000:.1f} s, "
              f"{p['bytes_per_row']:.1f} B/row -> {p['extrapolated_rows']:.3g} rows: "
              f"{p['extrapolated_bytes'] / 1e12:.2f} TB, {p['extrapolated_insert_s'] / 3600:.1f} h")
PY

if [ "${FEATUREDESK_BENCH_KEEP:-0}" = 1 ]; then
  mv "$work/registry.sqlite" "$out/registry.sqlite"
  echo "Registry kept: $out/registry.sqlite"
fi
echo "Results: $out"
