#!/usr/bin/env bash
# Installs the Debian 12 packages FeatureDesk needs to build, run and test, and only those that are
# missing, so a second run costs nothing. Usage: scripts/install-deps.sh [build|run|test|screenshots]
set -euo pipefail

purpose=${1:-test}

packages=(
  build-essential cmake ninja-build pkg-config zlib1g-dev
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core libpq-dev libsqlite3-dev
)
case "$purpose" in
  run) packages+=(libxkbcommon-x11-0 libxcb-cursor0) ;;
  test) packages+=(postgresql xvfb xauth) ;;
  # A real X server without a screen, and what Qt's xcb platform needs to draw on it.
  screenshots) packages+=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0) ;;
  build) ;;
  *) echo "usage: $0 [build|run|test|screenshots]" >&2; exit 2 ;;
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
