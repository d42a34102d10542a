#!/usr/bin/env bash
# Installs the Debian packages the build needs when they are missing: cmark-gfm (Markdown),
# its extensions, pkg-config (to find them), Graphviz (flowcharts), Snowball's libstemmer
# (Dutch stems for search), git (routeboek diff reads earlier content through it), WeasyPrint
# (routeboek.pdf) and the Liberation fonts the PDF is set in. Idempotent.
set -euo pipefail

packages=(libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config graphviz libstemmer-dev git weasyprint fonts-liberation)

if ! command -v swift >/dev/null 2>&1; then
  echo "error: no Swift toolchain found. Install Swift 6 for Debian (see README.md, Prerequisites) and make sure 'swift' is on PATH." >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "error: missing Debian packages ${missing[*]}, and this user is not root and has no sudo." >&2
  echo "Ask an administrator to run: apt-get install ${missing[*]}" >&2
  exit 1
fi
"${as_root[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -q "${missing[@]}"
