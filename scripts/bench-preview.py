#!/usr/bin/env python3
"""The preview's edit-to-browser time: from an editor's save to the new text in the open page's DOM.

    scripts/bench-preview.py [--saves 10] [--binary .build/release/routeboek] [--page verzuim/verzuimsoorten.md]

Copies Content/ and Templates/ to a temporary folder, starts `routeboek serve --port 0` on the copy,
opens the page in Chromium (Playwright, Debian's /usr/bin/chromium) and saves the page's Markdown
`--saves` times, each time with a new sentence. For every save it measures the wall time from just
before the file is written (as an editor writes it: a temporary file renamed into place) to the moment
the sentence is in the page's DOM, seen by a MutationObserver in the page (so the figure includes the
file watcher, the build, and the browser taking the new page: its body swapped in, or a reload, and
rendered). Prints each time and the median.

Run it with the browser tests' Python (scripts/install-browser-test-deps.sh makes it):
    ~/.cache/routeboek/browser-venv/bin/python scripts/bench-preview.py
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from playwright.sync_api import sync_playwright

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Times are wall-clock milliseconds, as Python's time.time() counts them: Date.now(), not
# performance.timeOrigin + performance.now(), whose monotonic clock drifts from the wall clock on a
# long-lived page (one save once measured -635 ms).
WAIT_FOR_TEXT = """marker => new Promise(resolve => {
  const seen = () => document.body && document.body.textContent.includes(marker);
  // Already there: a reload brought it, and the DOM had it once the new document was parsed.
  if (seen()) {
    const navigation = performance.getEntriesByType('navigation')[0];
    const sinceParsed = navigation ? performance.now() - navigation.domInteractive : 0;
    resolve(Date.now() - sinceParsed);
    return;
  }
  new MutationObserver((_, observer) => {
    if (seen()) { observer.disconnect(); resolve(Date.now()); }
  }).observe(document, {subtree: true, childList: true, characterData: true});
})"""


def start_server(binary: str, root: str, log: list[tuple[float, str]] | None = None) -> tuple[subprocess.Popen, int]:
    """`log`, when given, gets every line the server prints (run with --verbose) with the time it arrived."""
    arguments = [binary, "serve", "--port", "0", "--content", "Content", "--templates", "Templates", "--output", "Public"]
    if log is not None:
        arguments.append("--verbose")
    server = subprocess.Popen(arguments, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port: list[int] = []
    ready = threading.Event()

    def read() -> None:
        for line in server.stdout:
            if log is not None:
                log.append((time.time() * 1000, line.rstrip("\n")))
            match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if match and not port:
                port.append(int(match.group(1)))
                ready.set()
        ready.set()

    threading.Thread(target=read, daemon=True).start()
    if not ready.wait(120) or not port:
        server.kill()
        sys.exit("bench-preview: the preview server did not say its address within 120 s")
    return server, port[0]


def save(path: str, text: str) -> None:
    """As editors save: a new file next to the old one, renamed over it."""
    temporary = path + ".bench-tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)


def breakdown(lines: list[tuple[float, str]], start: float, seen: float) -> None:
    """One save's time in parts, from the server's --verbose lines: `[read] 0.012 s ...` per phase (sent
    when the phase ends) and `opnieuw gebouwd in 0.31 s` when the build is recorded and the pages are told."""
    phases = [(at, match.group(1), float(match.group(2)) * 1000) for at, line in lines
              if (match := re.match(r"\[([^\]]+)\] ([0-9.]+) s", line))]
    done = next((at for at, line in lines if "gebouwd in" in line), None)
    built = next((float(match.group(1)) * 1000 for _, line in lines if (match := re.search(r"gebouwd in ([0-9.]+) s", line))), None)
    if not phases or done is None or built is None:
        print("    (no build lines seen)")
        return
    build_start = done - built
    phase_sum = sum(ms for _, _, ms in phases)
    parts = [("watcher (save to build start)", build_start - start),
             ("build outside its phases (process start, report)", built - phase_sum)]
    parts += [(f"phase {name}", ms) for _, name, ms in phases]
    parts += [("browser: build done to text in the DOM", seen - done)]
    print("    " + ", ".join(f"{name} {ms:.0f}" for name, ms in parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--saves", type=int, default=10)
    parser.add_argument("--binary", default=os.path.join(REPO, ".build/release/routeboek"))
    parser.add_argument("--page", default="verzuim/verzuimsoorten.md")
    parser.add_argument("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"))
    parser.add_argument("--breakdown", action="store_true",
                        help="run the server with --verbose and split each save's time into: until the build's "
                             "first phase line, the build's phases, until its end line, and the browser taking the new page")
    args = parser.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"bench-preview: {binary} not found: swift build -c release --product routeboek")

    root = tempfile.mkdtemp(prefix="routeboek-bench-preview-")
    try:
        shutil.copytree(os.path.join(REPO, "Content"), os.path.join(root, "Content"))
        shutil.copytree(os.path.join(REPO, "Templates"), os.path.join(root, "Templates"))
        source = os.path.join(root, "Content", args.page)
        with open(source, encoding="utf-8") as handle:
            original = handle.read()
        log: list[tuple[float, str]] | None = [] if args.breakdown else None
        server, port = start_server(binary, root, log)
        times: list[float] = []
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=args.chromium)
                page = browser.new_page()
                url = f"http://127.0.0.1:{port}/{args.page[:-3]}.html"
                page.goto(url, wait_until="load")
                page.wait_for_timeout(500)  # the event stream is open
                for number in range(1, args.saves + 1):
                    marker = f"Meetzin {number} voor het voorbeeld"
                    text = original.rstrip("\n") + f"\n\n{marker}.\n"
                    # The observer waits in the page before the save, so no reload is missed; a reload
                    # makes a new document, so after it the wait starts again on the new page.
                    start = time.time() * 1000
                    logged = len(log) if log is not None else 0
                    save(source, text)
                    seen = None
                    deadline = time.time() + 30
                    while seen is None and time.time() < deadline:
                        try:
                            seen = page.evaluate(WAIT_FOR_TEXT, marker)
                        except Exception:  # the page navigated while waiting: look again on the new one
                            page.wait_for_load_state("domcontentloaded")
                    if seen is None:
                        sys.exit(f"bench-preview: save {number} did not reach the page within 30 s")
                    times.append(seen - start)
                    print(f"save {number}: {seen - start:.0f} ms", flush=True)
                    if log is not None:
                        breakdown(log[logged:], start, seen)
                    page.wait_for_timeout(300)
                browser.close()
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        print(f"bench-preview: {len(times)} saves of {args.page}, edit to DOM: median {statistics.median(times):.0f} ms, "
              f"min {min(times):.0f} ms, max {max(times):.0f} ms")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
