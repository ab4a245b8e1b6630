#!/usr/bin/env bash
# Makes the pictures in docs/screenshots/ again: installs what is missing (Xvfb), builds the
# screenshot tool (tests/tools/, never part of the default build), fills a demo registry in a
# temporary folder and saves each main view in English and German, light and dark, plus the review
# at 200% scaling. The real xcb platform on a virtual X server draws them, as on a desktop.
# Usage: scripts/screenshots.sh [OUTPUT_DIR]   (default: docs/screenshots)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FEATUREDESK_BUILD_DIR:-$root/build}
out=${1:-$root/docs/screenshots}
# The human genes for the gene sets; without them the sets of genes are left out.
genes=${FEATUREDESK_GENES:-$root/../shared/data/genes/Homo_sapiens.gene_info.tsv}

"$root/scripts/install-deps.sh" screenshots
"$root/scripts/build.sh" featuredesk_screenshots

args=(--out "$out")
if [ -f "$genes" ]; then
  args+=(--genes "$genes")
else
  echo "No gene file at $genes: the gene sets are left out." >&2
fi
tool=$build/bin/featuredesk_screenshots
# Large enough for the 1280x800 window at twice the size; no offscreen platform left over from tests.
screen=(-s "-screen 0 2600x1700x24")
env -u QT_QPA_PLATFORM -u QT_SCALE_FACTOR xvfb-run -a "${screen[@]}" "$tool" "${args[@]}"
env -u QT_QPA_PLATFORM QT_SCALE_FACTOR=2 xvfb-run -a "${screen[@]}" "$tool" "${args[@]}" \
  --languages en --palettes light --views review --suffix -200
