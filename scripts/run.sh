#!/usr/bin/env bash
# The README's first command: installs what is missing, builds, and starts FeatureDesk on its default
# registry (created on first start). Extra arguments go to the application.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/install-deps.sh" run
# Only the two programs: the tests are the test command's business.
"$root/scripts/build.sh" featuredesk featuredesk-cli
exec "${FEATUREDESK_BUILD_DIR:-$root/build}/bin/featuredesk" "$@"
