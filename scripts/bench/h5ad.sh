#!/usr/bin/env bash
# .h5ad inspect benchmark (issue 23): featuredesk-cli inspect FILE.h5ad against anndata's
# read_h5ad(backed="r") plus the same column summaries in Python (Debian's python3-anndata), in one
# run, on the same files: 200,000 cells x 30,000 genes with 8 obs columns, X of ~10 MB and of
# ~10 GB. Each command is a whole process, timed RUNS times after one warm-up (page cache warm);
# the median wall time and the largest peak resident memory (GNU time) are printed.
# With --var: validating small.h5ad's 30,000 var ids (real Ensembl ids of the organism) once the
# gene index is loaded, in-process (bench_h5advar, FileValidator as `validate --slot var` runs it)
# and in Python (anndata backed read of var, pandas isin against a set of the gene list's ids).
#
#   scripts/bench/h5ad.sh [--runs N] [--x-gb GB] [--skip-build] [--var [--organism human|mouse]]
# Environment: FEATUREDESK_BUILD_DIR (default build/), H5AD_BENCH_DATA (default build/bench-data/h5ad),
# PYTHON (default /usr/bin/python3, Debian's, with python3-anndata), FEATUREDESK_SHARED_DATA
# (default ../shared/data: the GENCODE gene lists the var ids are drawn from).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FEATUREDESK_BUILD_DIR:-$root/build}
data=${H5AD_BENCH_DATA:-$build/bench-data/h5ad}
python=${PYTHON:-/usr/bin/python3}
shared=${FEATUREDESK_SHARED_DATA:-$root/../shared/data}
runs=5
x_gb=10
skip_build=0
var=0
organism=human
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --x-gb) x_gb=$2; shift 2 ;;
    --skip-build) skip_build=1; shift ;;
    --var) var=1; shift ;;
    --organism) organism=$2; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--x-gb GB] [--skip-build] [--var [--organism O]]" >&2
       exit 2 ;;
  esac
done
case $organism in
  human) gene_list=$shared/genes/gencode/genes_homo_sapiens.csv.gz ;;
  mouse) gene_list=$shared/genes/gencode/genes_mus_musculus.csv.gz ;;
  *) echo "--organism takes human or mouse" >&2; exit 2 ;;
esac
missing=()
[ -x /usr/bin/time ] || missing+=(time)
"$python" -c 'import anndata, h5py, scipy' 2>/dev/null || missing+=(python3-anndata python3-h5py python3-scipy)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=()
  if [ "$(id -u)" -ne 0 ]; then SUDO=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
fi
if [ "$var" = 1 ]; then
  # The var ids are the organism's: each organism's files in a folder of their own.
  data=$data/$organism
  [ "$skip_build" = 1 ] || cmake --build "$build" -j "${FEATUREDESK_JOBS:-2}" --target bench_h5advar
  "$python" "$root/scripts/bench/gen_h5ad.py" "$data" --gene-list "$gene_list" --small-only
  echo "== validating var[gene_ids] of small.h5ad against the $organism genes, $runs runs"
  "$build/bin/bench_h5advar" --h5ad "$data/small.h5ad" --genes "$gene_list" \
    --organism "$organism" --repeat "$runs"
  echo "== Python: anndata backed read of var, pandas isin against a set of the list's ids"
  "$python" "$root/scripts/bench/h5ad_var_isin.py" "$data/small.h5ad" "$gene_list" \
    --column gene_ids --repeat "$runs"
  exit 0
fi
if [ "$skip_build" = 0 ]; then
  cmake --build "$build" -j2 --target featuredesk-cli
fi
"$python" "$root/scripts/bench/gen_h5ad.py" "$data" --gene-list "$gene_list" --x-gb "$x_gb"

# time_it NAME CMD...: median wall ms and peak RSS over $runs runs after a warm-up.
time_it() {
  local name=$1; shift
  "$@" > /dev/null
  local times=() rss=0 start end kb
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    /usr/bin/time -f "%M" -o /tmp/h5ad-bench.rss "$@" > /dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    kb=$(tail -1 /tmp/h5ad-bench.rss)
    [ "$kb" -gt "$rss" ] && rss=$kb
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-44s %8s ms  (%s)  peak %6.1f MB\n' "$name" "$median" "${times[*]}" "$(echo "$rss / 1024" | bc -l)"
}

for file in small large; do
  path=$data/$file.h5ad
  echo "== $file.h5ad: $(du -h "$path" | cut -f1) on disk"
  time_it "featuredesk-cli inspect --json" "$build/bin/featuredesk-cli" inspect "$path" --json
  time_it "anndata read_h5ad(backed=r) + summaries" "$python" "$root/scripts/bench/h5ad_anndata.py" "$path"
done
