#!/usr/bin/env bash
# Installs the Debian 12 packages FeatureDesk needs to build, run and test, and only those that are
# missing, so a second run costs nothing. Usage: scripts/install-deps.sh [build|run|test|screenshots|fuzz]
set -euo pipefail

purpose=${1:-test}

# Every package is named, also those that another one only recommends: where apt installs without
# Recommends (APT::Install-Recommends "false", as in most container images) nothing else arrives.
packages=(
  build-essential cmake ninja-build pkg-config zlib1g-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt6OpenGL's CMake files, which Qt6Charts' require; qt6-base-dev only recommends it.
  libqt6opengl6-dev
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core libpq-dev libsqlite3-dev
  # HDF5's C library for AnnData .h5ad files (Debian's is built thread-safe); it recommends nothing.
  libhdf5-dev
)
case "$purpose" in
  run) packages+=(libxkbcommon-x11-0 libxcb-cursor0) ;;
  # postgresql: initdb and pg_ctl for the throw-away server; util-linux: runuser starts that server as
  # the postgres user when the tests run as root, unshare gives the full-disk tests a mount namespace;
  # mount: mount/umount for those tests' small tmpfs and the read-only folder's bind mount; sqlite3
  # (the shell) and python3 (its sqlite3 module): other processes on one registry file in the
  # multi-process tests.
  # clang-format-14: the code_format test checks the sources against .clang-format with it.
  # python3-anndata (with python3-h5py): tests/fixtures/h5ad/make_h5ad_fixtures.py, which wrote
  # the committed .h5ad fixtures, runs again with them; python3-tables for its Blosc file.
  test) packages+=(postgresql util-linux mount sqlite3 python3 xvfb xauth clang-format-14
                   python3-anndata python3-h5py python3-tables) ;;
  # A real X server without a screen, and what Qt's xcb platform needs to draw on it.
  screenshots) packages+=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0) ;;
  # clang-14, its runtimes (libFuzzer, the sanitizers) and llvm-symbolizer, for scripts/fuzz.sh.
  fuzz) packages+=(clang-14 libclang-rt-14-dev llvm-14) ;;
  build) ;;
  *) echo "usage: $0 [build|run|test|screenshots|fuzz]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq "${missing[@]}"
