#!/usr/bin/env bash
# One routeboek build of the shared bench corpus (called by scripts/bench.sh through compare.py):
#   scripts/bench-build.sh BINARY CONTENT OUTPUT
# The corpus has no site.yml and no home page, which every routeboek build needs: the real site.yml
# is copied in and a one-line index.md written. No PDF: Hugo makes none either.
set -euo pipefail
bin=$1 content=$2 output=$3
root="$(cd "$(dirname "$0")/.." && pwd)"
cp "$root/Content/site.yml" "$content/"
[ -f "$content/index.md" ] || printf -- '---\ntitel: Start\n---\n\nDe startpagina van het testcorpus.\n' > "$content/index.md"
exec "$bin" build --quiet --no-pdf --content "$content" --templates "$root/Templates" --output "$output" 2>/dev/null
