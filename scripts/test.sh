#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, starts a PostgreSQL server of its
# own on 127.0.0.1, runs every test (unit, GUI offscreen, SQLite and PostgreSQL), and stops the
# server again, also when a test fails or the run is interrupted. Extra arguments go to ctest.
#
#   scripts/test.sh [--sanitize address,undefined|thread] [CTEST ARGS...]
#
# --sanitize builds every target with those sanitizers (gcc's) into a folder of its own,
# build-sanitize-NAME/, without the benchmarks, and runs every test there; a finding fails its
# test. Suppressions of what lies outside the project (tests/sanitizers/) are used.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FEATUREDESK_BUILD_DIR:-$root/build}

sanitize=""
if [ "${1:-}" = --sanitize ]; then
  sanitize=${2:?--sanitize needs address,undefined or thread}
  shift 2
  case "$sanitize" in
    address,undefined|undefined,address|address|undefined|thread) ;;
    *) echo "--sanitize: address,undefined or thread, not $sanitize" >&2; exit 2 ;;
  esac
  build=$root/build-sanitize-${sanitize//,/-}
fi

"$root/scripts/install-deps.sh" test
if [ -n "$sanitize" ]; then
  if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DFEATUREDESK_SANITIZE="$sanitize" -DFEATUREDESK_BUILD_BENCHMARKS=OFF
  fi
  cmake --build "$build" -j "${FEATUREDESK_JOBS:-2}"
  supp=$root/tests/sanitizers
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$supp/lsan.supp:print_suppressions=0}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$supp/ubsan.supp}
  export TSAN_OPTIONS=${TSAN_OPTIONS:-halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp}
else
  FEATUREDESK_BUILD_DIR=$build "$root/scripts/build.sh"
fi

pgdir=$(mktemp -d /tmp/featuredesk-pg.XXXXXX)
relaydir=$(mktemp -d /tmp/featuredesk-relay.XXXXXX)
cleanup() {
  "$root/scripts/pg-relay.sh" stop "$relaydir"
  "$root/scripts/pg-server.sh" stop "$pgdir"
}
trap cleanup EXIT INT TERM
FEATUREDESK_TEST_PG=$("$root/scripts/pg-server.sh" start "$pgdir")
export FEATUREDESK_TEST_PG FEATUREDESK_TEST_PG_REQUIRED=1
echo "PostgreSQL for the tests: $FEATUREDESK_TEST_PG"
# A latency relay in front of it, for the tests of slow, silent and broken connections: the
# server's URL through the relay, and the relay's control address.
relay=$("$root/scripts/pg-relay.sh" start "$relaydir" "$FEATUREDESK_TEST_PG")
FEATUREDESK_TEST_PG_RELAY=${relay%%$'\n'*}
FEATUREDESK_TEST_PG_RELAY_CONTROL=${relay##*$'\n'}
export FEATUREDESK_TEST_PG_RELAY FEATUREDESK_TEST_PG_RELAY_CONTROL
echo "... and through a latency relay: $FEATUREDESK_TEST_PG_RELAY"

export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --timeout 900 -j "${FEATUREDESK_JOBS:-2}" "$@"
