#!/usr/bin/env bash
# Keeps the C++ sources to .clang-format, with Debian 12's clang-format 14 (another version formats
# some constructs otherwise, so the check names this one).
#   scripts/format.sh           rewrites every file that differs
#   scripts/format.sh --check   changes nothing; lists what differs and fails if anything does
#                               (the test command runs this as the ctest test code_format)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
formatter=$(command -v clang-format-14 || true)
[ -n "$formatter" ] || { echo "clang-format-14 not found (scripts/install-deps.sh test installs it)" >&2; exit 1; }

mapfile -t files < <(cd "$root" && find model ui app tests -name '*.cpp' -o -name '*.h' | sort)
cd "$root"
if [ "${1:-}" = "--check" ]; then
  differ=()
  for file in "${files[@]}"; do
    if ! "$formatter" --dry-run --Werror "$file" >/dev/null 2>&1; then
      differ+=("$file")
    fi
  done
  if [ ${#differ[@]} -gt 0 ]; then
    echo "${#differ[@]} of ${#files[@]} files differ from .clang-format (run scripts/format.sh):"
    printf '  %s\n' "${differ[@]}"
    exit 1
  fi
  echo "${#files[@]} files follow .clang-format."
else
  "$formatter" -i "${files[@]}"
fi
