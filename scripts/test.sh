#!/usr/bin/env bash
# The README's second command: installs what is missing, builds, starts a PostgreSQL server of its
# own on 127.0.0.1, runs every test (unit, GUI offscreen, SQLite and PostgreSQL), and stops the
# server again, also when a test fails or the run is interrupted. Extra arguments go to ctest.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${FEATUREDESK_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh" test
"$root/scripts/build.sh"

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
