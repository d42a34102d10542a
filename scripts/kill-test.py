#!/usr/bin/env python3
"""Kill test for routeboek's output swap (issue 11, defect 12): builds are interrupted at random moments
(SIGKILL mostly, SIGTERM and SIGINT too) while they replace one site with another, and after every
interruption the output folder must be exactly the old site or exactly the new one: never missing,
never a mix. Every uninterrupted build afterwards must leave no staging folder behind.

    scripts/kill-test.py [--kills N] [--seed S] [--binary PATH]

Exit status 1 when the output was ever missing or mixed, or leftovers survived a clean build."""

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fuzzing import promises  # noqa: E402

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def command(binary, content, output):
    return [binary, "build", "--quiet", "--no-pdf", "--content", content, "--templates", "Templates", "--output", output]


def build(binary, cwd, content, output):
    started = time.monotonic()
    done = subprocess.run(command(binary, content, output), cwd=cwd, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"kill-test: error: the build of {content} failed:\n{done.stderr.decode('utf-8', 'replace')}")
    return time.monotonic() - started


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=40, help="how many builds to interrupt (default 40)")
    parser.add_argument("--seed", default="1")
    parser.add_argument("--binary", default=os.path.join(REPOSITORY, ".build/debug/routeboek"))
    arguments = parser.parse_args()
    rng = random.Random(f"kill:{arguments.seed}")
    root = tempfile.mkdtemp(prefix="routeboek-kill-")
    binary = os.path.join(root, "routeboek")
    shutil.copy2(arguments.binary, binary)
    shutil.copytree(os.path.join(REPOSITORY, "Templates"), os.path.join(root, "Templates"))
    # Two versions of the content that differ in one page, so every output is one or the other.
    for name, marker in [("A", "Versie A van de site."), ("B", "Versie B van de site.")]:
        shutil.copytree(os.path.join(REPOSITORY, "Content"), os.path.join(root, name))
        with open(os.path.join(root, name, "index.md"), "a") as handle:
            handle.write(f"\n\n{marker}\n")

    seconds = [build(binary, root, name, f"ref-{name}") for name in ("A", "B")]
    versions = {name: promises.manifest(os.path.join(root, f"ref-{name}")) for name in ("A", "B")}
    if versions["A"] == versions["B"]:
        sys.exit("kill-test: error: the two versions built the same site")
    build(binary, root, "A", "ref-A-again")
    if promises.manifest(os.path.join(root, "ref-A-again")) != versions["A"]:
        sys.exit("kill-test: error: two builds of the same content differ, so the test cannot compare outputs")
    duration = max(seconds)

    build(binary, root, "A", "Public")
    current = "A"
    problems = []
    landed = {"old": 0, "new": 0}
    signals = [signal.SIGKILL] * 6 + [signal.SIGTERM, signal.SIGINT]
    for kill in range(1, arguments.kills + 1):
        target = "B" if current == "A" else "A"
        process = subprocess.Popen(command(binary, target, "Public"), cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Half anywhere in the build, half around the swap at its end.
        time.sleep(rng.uniform(0, duration) if rng.random() < 0.5 else rng.uniform(0.8 * duration, 1.25 * duration))
        chosen = rng.choice(signals)
        process.send_signal(chosen)
        process.wait()
        after = promises.manifest(os.path.join(root, "Public"))
        if after == versions[target]:
            landed["new"] += 1
            current = target
        elif after == versions[current]:
            landed["old"] += 1
        else:
            state = "missing" if after is None else "a mix of both versions"
            problems.append(f"kill {kill} ({signal.Signals(chosen).name}): the output is {state}")
        if kill % 10 == 0:
            # An uninterrupted build cleans up after the interrupted ones and swaps cleanly.
            target = "B" if current == "A" else "A"
            duration = (duration + build(binary, root, target, "Public")) / 2
            current = target
            if promises.manifest(os.path.join(root, "Public")) != versions[target]:
                problems.append(f"after kill {kill}: a clean build did not produce its site")
            left = promises.leftovers(root)
            if left:
                problems.append(f"after kill {kill}: a clean build left {left}")
    shutil.rmtree(root, ignore_errors=True)
    for problem in problems:
        print(f"FAIL {problem}")
    print(f"kill-test: {arguments.kills} builds interrupted ({landed['old']} left the old site, {landed['new']} the new one): "
          f"{len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
