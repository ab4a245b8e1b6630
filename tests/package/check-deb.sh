#!/usr/bin/env bash
# The Debian package, checked by the test command: cpack builds it from the build folder; it holds
# both programs, the menu entry, the icon and the CSV/TSV association; it installs with dpkg into a
# temporary root (a clean system's dpkg database) and featuredesk-cli --version runs from there;
# apt resolves its dependencies on this Debian 12 machine.
#   tests/package/check-deb.sh BUILD_DIR
set -euo pipefail
build=${1:?build folder}
work=$(mktemp -d /tmp/featuredesk-deb.XXXXXX)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/featuredesk_*.deb)
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

fail() { echo "FAIL: $*" >&2; exit 1; }
[ "$(dpkg-deb -f "$deb" Package)" = featuredesk ] || fail "package name"
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-psql || fail "Depends lacks the PostgreSQL driver"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/featuredesk ./usr/bin/featuredesk-cli ./usr/share/applications/featuredesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/featuredesk.svg; do
  grep -q " $path\$" <<<"$contents" || fail "$path is not in the package"
done

# Installed by dpkg into an empty root: its own database, nothing else there (dependencies are
# this machine's, found through the normal library path).
root=$work/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --force-script-chrootless -i "$deb" >"$work/dpkg.log" 2>&1 \
  || { cat "$work/dpkg.log"; fail "dpkg -i"; }
dpkg --root="$root" -s featuredesk | grep -q '^Status: install ok installed' || fail "not installed"
version=$("$root/usr/bin/featuredesk-cli" --version)
echo "installed: $version"
grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$version" || fail "featuredesk-cli --version said: $version"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/featuredesk" --version >/dev/null || fail "featuredesk --version"

desktop=$root/usr/share/applications/featuredesk.desktop
grep -q '^Exec=featuredesk %F$' "$desktop" || fail "the menu entry does not open files"
grep -q '^MimeType=.*text/csv;.*text/tab-separated-values;' "$desktop" || fail "no CSV/TSV association"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi

# What apt would install with it on this machine (simulated: nothing changes).
if ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then
  apt-get install -s "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt cannot resolve the dependencies"; }
  echo "apt: $(grep -c '^Inst ' "$work/apt.log" || true) package(s) to install with it"
else
  # No package lists (apt-get update never ran): every dependency must at least be a Debian
  # package this machine has installed, in a version that satisfies it.
  dpkg-deb -f "$deb" Depends | tr ',' '\n' | while read -r dep; do
    [ -n "$dep" ] || continue
    name=${dep%% *}
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' \
      || fail "dependency $name is not a package installed here"
  done
  echo "apt: no package lists; every dependency is an installed Debian package"
fi
echo "ok"
