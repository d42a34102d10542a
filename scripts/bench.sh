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
# The corpus names its front-matter keys as Hugo does; ours are Dutch. site.yml is copied in because
# every routeboek build needs one.
export FRONT_MATTER_KEYS="title=titel,weight=volgorde,summary=samenvatting"
for pages in ${BENCH_PAGES:-1000 10000}; do
  echo "== $pages pages"
  python3 "$compare" "$pages" "sh -c 'cp $root/Content/site.yml {content}/ && $bin build --quiet --content {content} --templates $root/Templates --output {output} 2>/dev/null'" "${BENCH_RUNS:-5}"
done
echo "== the real routeboek"
for i in 1 2 3; do "$bin" build --verbose --output "$root/.build/bench-site" 2>&1 | tail -1; done
