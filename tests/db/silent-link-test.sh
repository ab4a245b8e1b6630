#!/usr/bin/env bash
# Runs tst_registryconnection's waitingQueryOnASilentLink in a network namespace of its own, with
# a PostgreSQL server of its own in it, so that the test may take the loopback down: a link that
# answers nothing, not even TCP's acknowledgements and keepalives, as a pulled cable or a dead VPN.
#   tests/db/silent-link-test.sh TEST_PROGRAM
# Needs root (unshare -n, ip); exits 77 (ctest: skipped) without.
set -euo pipefail
program=${1:?the tst_registryconnection program}
root=$(cd "$(dirname "$0")/../.." && pwd)

if [ -z "${FEATUREDESK_IN_OWN_NETWORK:-}" ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v ip >/dev/null || ! unshare -n true 2>/dev/null; then
    echo "skipped: a network namespace of its own needs root, unshare and ip"
    exit 77
  fi
  exec unshare -n env FEATUREDESK_IN_OWN_NETWORK=1 "$0" "$@"
fi

ip link set lo up
pgdir=$(mktemp -d /tmp/featuredesk-pg-silent.XXXXXX)
trap 'ip link set lo up; "$root/scripts/pg-server.sh" stop "$pgdir"' EXIT
FEATUREDESK_TEST_PG=$("$root/scripts/pg-server.sh" start "$pgdir")
export FEATUREDESK_TEST_PG FEATUREDESK_TEST_PG_REQUIRED=1
export FEATUREDESK_TEST_SILENCE_LINK="ip link set lo down"
export FEATUREDESK_TEST_RESTORE_LINK="ip link set lo up"
unset FEATUREDESK_TEST_PG_RELAY FEATUREDESK_TEST_PG_RELAY_CONTROL
"$program" waitingQueryOnASilentLink:postgresql
