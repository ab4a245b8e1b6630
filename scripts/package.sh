#!/usr/bin/env bash
# Builds the Debian package: a Release build in build-package/, then cpack. Prints the .deb's path.
#   scripts/package.sh            -> build-package/featuredesk_<version>_amd64.deb
# Install it with: sudo apt-get install ./build-package/featuredesk_*.deb
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FEATUREDESK_PACKAGE_DIR:-$root/build-package}
"$root/scripts/install-deps.sh" build
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFEATUREDESK_BUILD_TESTS=OFF \
  -DFEATUREDESK_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" -j2
(cd "$build" && cpack -G DEB >/dev/null)
ls "$build"/featuredesk_*.deb
