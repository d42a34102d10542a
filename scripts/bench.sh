#!/usr/bin/env bash
# Build speed against Hugo (Debian's hugo) on the shared generated corpus, alternating runs in one
# process (../shared/bench/compare.py), at each corpus size in BENCH_PAGES. See docs/PERFORMANCE.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
compare=${BENCH_COMPARE:-../shared/bench/compare.py}
[ -f "$compare" ] || { echo "error: $compare not found; the shared bench folder sits beside the project" >&2; exit 1; }
if ! command -v hugo >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -q hugo; else sudo apt-get install -y -q hugo; fi
fi
swift build -c release --product routeboek
bin=$root/.build/release/routeboek
# The corpus names its front-matter keys as Hugo does; ours are Dutch. scripts/bench-build.sh adds the
# site.yml and home page every routeboek build needs.
export FRONT_MATTER_KEYS="title=titel,weight=volgorde,summary=samenvatting"
# Against Hugo's minimal layout and against its docs layout (sidebar, breadcrumbs, TOC, prev/next: the
# same work as ours).
for pages in ${BENCH_PAGES:-1000 10000}; do
  for layout in ${BENCH_HUGO_SITES:-hugo-site hugo-site-nav}; do
    echo "== $pages pages, Hugo with $layout"
    HUGO_SITE=$layout python3 "$compare" "$pages" "$root/scripts/bench-build.sh $bin {content} {output}" "${BENCH_RUNS:-5}"
  done
done
echo "== the real routeboek (without the PDF, which WeasyPrint typesets in about 15 s more)"
for i in 1 2 3; do "$bin" build --verbose --no-pdf --output "$root/.build/bench-site" 2>&1 | tail -1; done
