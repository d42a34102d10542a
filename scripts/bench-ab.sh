#!/usr/bin/env bash
# Two or more routeboek binaries on one generated corpus, alternating, one fresh output folder per run:
# wall, user and system seconds and peak RSS of each run (/usr/bin/time). CPU seconds and memory are
# steadier than wall time on a shared 2-core machine, where creating 10,000 files right after the
# last run deleted 10,000 can cost anything from 1 to 8 s of system time (ext4's inode allocator).
#   scripts/bench-ab.sh PAGES RUNS LABEL=WORKTREE [LABEL=WORKTREE ...]
#   scripts/bench-ab.sh 10000 3 main=/work/wt-base speed=$PWD
# Each worktree's .build/release/routeboek builds with that worktree's Templates; --no-pdf when the
# binary knows it. Needs ../shared/bench/gen_corpus.py (BENCH_GEN to point elsewhere).
set -euo pipefail
pages=$1 runs=$2
shift 2
root="$(cd "$(dirname "$0")/.." && pwd)"
gen=${BENCH_GEN:-$root/../shared/bench/gen_corpus.py}
work=$(mktemp -d "${TMPDIR:-/tmp}/bench-ab-XXXXXX")  # TMPDIR=/dev/shm: tmpfs, without the disk's inode scan
trap 'rm -rf "$work"' EXIT
FRONT_MATTER_KEYS="title=titel,weight=volgorde,summary=samenvatting" python3 "$gen" "$work/corpus" "$pages" >/dev/null
printf -- '---\ntitel: Start\n---\n\nDe startpagina van het testcorpus.\n' > "$work/corpus/index.md"
for i in $(seq 1 "$runs"); do
  for spec in "$@"; do
    label=${spec%%=*} tree=${spec#*=}
    bin=$tree/.build/release/routeboek
    content=$work/content-$label
    [ -d "$content" ] || { cp -r "$work/corpus" "$content"; cp "$tree/Content/site.yml" "$content/"; }
    extra=()
    "$bin" build --help | grep -q -- --no-pdf && extra=(--no-pdf)
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" build --quiet "${extra[@]}" --content "$content" \
      --templates "$tree/Templates" --output "$work/out" >/dev/null 2>&1
    read -r wall user sys rss < "$work/time"
    printf '%-8s run %d  wall %6.2f s  user %5.2f s  sys %5.2f s  peak RSS %4d MiB  %s\n' \
      "$label" "$i" "$wall" "$user" "$sys" $((rss / 1024)) "$(du -sb "$work/out" | cut -f1) bytes"
  done
done
