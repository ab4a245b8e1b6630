#!/usr/bin/env bash
# Benchmark for the issue "Registry ▸ Import genes…": builds bench_genes and times the gene import
# of the 77,614 human genes in ../shared/data on SQLite and PostgreSQL, GeneIndex builds and
# find-as-you-type, the same for the 78,317 mouse genes of GENCODE M37 (issue 23), then what a
# user would otherwise do with the human file (pandas + to_sql, the sqlite3 shell's .import, a
# Python dict of symbols and synonyms). See BENCHMARKS.md.
#
#   scripts/bench/genes.sh [REPEAT]        default 5
#
# PostgreSQL: FEATUREDESK_BENCH_PG=postgresql://user@host:port names a server; without it the script
# starts a throw-away one with scripts/pg-server.sh, and skips PostgreSQL if it cannot.
# Results go to $FEATUREDESK_BENCH_OUT, default build/bench/genes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FEATUREDESK_BUILD_DIR:-$root/build}
repeat=${1:-5}
out=${FEATUREDESK_BENCH_OUT:-$build/bench/genes}
shared=${FEATUREDESK_SHARED_DATA:-$root/../shared/data}
genes=$shared/genes/Homo_sapiens.gene_info.tsv
python=/usr/bin/python3 # Debian's, which has python3-pandas

cmake --build "$build" --target bench_genes -j2
mkdir -p "$out"
work=$(mktemp -d /tmp/featuredesk-bench-genes.XXXXXX)
chmod 755 "$work"
pgdir=""
cleanup() {
  if [ -n "$pgdir" ]; then "$root/scripts/pg-server.sh" stop "$pgdir" || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pg_url=${FEATUREDESK_BENCH_PG:-}
if [ -z "$pg_url" ] && pg_url=$("$root/scripts/pg-server.sh" start "$work/pg" 2>"$work/pg.log"); then
  pgdir=$work/pg
fi
pg_args=()
if [ -n "$pg_url" ]; then pg_args=(--pg "$pg_url" --pg-batches 1000,5000,20000); fi

echo "== FeatureDesk (bench_genes, $repeat repeats)"
FEATUREDESK_SHARED_DATA=$shared "$build/bin/bench_genes" --file "$genes" --repeat "$repeat" "${pg_args[@]}" \
  | tee "$out/featuredesk.txt"

echo
echo "== FeatureDesk, the 78,317 mouse genes of GENCODE M37 (bench_genes, $repeat repeats)"
mouse_pg=()
if [ -n "$pg_url" ]; then mouse_pg=(--pg "$pg_url"); fi
"$build/bin/bench_genes" --file "$shared/genes/gencode/genes_mus_musculus.csv.gz" \
  --repeat "$repeat" "${mouse_pg[@]}" | tee "$out/featuredesk-mouse.txt"

echo
echo "== Without FeatureDesk, same file"
"$python" - "$genes" "$work" "$repeat" <<'PY' | tee "$out/compare.txt"
import sqlite3, statistics, subprocess, sys, time
path, work, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
import pandas as pd

def timed(label, fn):
    samples = []
    for i in range(repeat):
        t = time.perf_counter(); fn(i); samples.append((time.perf_counter() - t) * 1000)
    print(f"{label:58s} {statistics.median(samples):12.2f} {max(samples):12.2f}")

def pandas_to_sqlite(i):
    df = pd.read_csv(path, sep="\t", dtype=str, quoting=3, keep_default_na=False)
    con = sqlite3.connect(f"{work}/pandas-{i}.sqlite")
    df.to_sql("genes", con, index=False)
    con.execute("CREATE UNIQUE INDEX g_id ON genes(GeneID)")
    con.execute("CREATE INDEX g_sym ON genes(Symbol)")
    con.commit(); con.close()

def sqlite3_import(i):
    subprocess.run(["sqlite3", f"{work}/shell-{i}.sqlite"], check=True,
                   input=f".mode tabs\n.import {path} genes\nCREATE INDEX g_sym ON genes(Symbol);\n", text=True)

rows = pd.read_csv(path, sep="\t", dtype=str, quoting=3, keep_default_na=False).to_dict("records")
def dict_build(i):
    index = {}
    for r in rows:
        index.setdefault(r["Symbol"].lower(), []).append(r["GeneID"])
        if r["Synonyms"] != "-":
            for s in r["Synonyms"].split("|"):
                index.setdefault(s.lower(), []).append(r["GeneID"])

print(f"{'figure':58s} {'median ms':>12s} {'max ms':>12s}")
timed("pandas read_csv + to_sql + 2 indexes (no uids, no synonyms)", pandas_to_sqlite)
timed("sqlite3 shell .import + 1 index (no uids, no synonyms)", sqlite3_import)
timed("pandas read_csv only", lambda i: pd.read_csv(path, sep="\t", dtype=str, quoting=3))
timed("Python dict of symbols + synonyms (from loaded rows)", dict_build)
PY
echo "Results: $out"
