#!/usr/bin/env bash
# Runs the Swift Testing suites (already built: swift build --build-tests), then, when any failed,
# repeats the failing tests' lines at the end. A CI log that keeps only its last lines still names them.
#   scripts/run-swift-tests.sh [extra swift test arguments, e.g. --filter CMark]
set -uo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
log="$(mktemp "${TMPDIR:-/tmp}/routeboek-swift-tests.XXXXXX")"
trap 'rm -f "$log"' EXIT

cd "$repo"
"${SWIFT:-swift}" test --skip-build "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo
  echo "run-swift-tests: swift test exited $status; what failed (each line cut at 400 characters):"
  # Swift Testing marks a failed test, its recorded issues and its suite with ✘; XCTest says "error:".
  grep -E '✘|: error: ' "$log" | cut -c1-400 | tail -n 40
fi
exit "$status"
