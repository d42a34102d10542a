#!/usr/bin/env python3
"""Mutation fuzzer for routeboek (issue 11): mutates copies of the real Content/, Templates/ and beslisboom
data, builds each with the real binary, and checks the promises in scripts/fuzzing/promises.py.

    scripts/fuzz.py [--cases N] [--seed S] [--jobs J] [--binary PATH]   run N cases
    scripts/fuzz.py --seed S --case K                                    replay one case and keep its folder

Every case is reproducible from the seed and its number alone (its mutations come from a generator
seeded with both). Each failure is printed with the command that replays it. Exit status 1 when any
promise was broken.

Why Python and a separate process per build: a crash (a signal) must be seen from outside the process
that crashes, and the binary is what editors run. Only the standard library is used."""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fuzzing import mutations, promises  # noqa: E402

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATEGORIES = ["crash", "hang", "unpositioned error", "damaged output", "broken success"]


def build(binary, cwd, timeout):
    """Runs `routeboek build` in `cwd` on its Content/ and Templates/ into Public/."""
    command = [binary, "build", "--quiet", "--no-pdf", "--content", "Content", "--templates", "Templates", "--output", "Public"]
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, timeout=timeout)
        return done.returncode, done.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired as expired:
        return None, (expired.stderr or b"").decode("utf-8", "replace")


def prepare_base(root, binary, content, templates, timeout):
    """The unmutated copy, built once: the 'previous output' every case starts from."""
    base = os.path.join(root, "base")
    os.makedirs(base)
    shutil.copytree(content, os.path.join(base, "Content"), symlinks=True)
    shutil.copytree(templates, os.path.join(base, "Templates"), symlinks=True)
    returncode, stderr = build(binary, base, timeout)
    if returncode != 0:
        sys.exit(f"fuzz: error: the unmutated content does not build (exit {returncode}):\n{stderr}")
    problems = promises.broken_site(os.path.join(base, "Public"), os.path.join(base, "Content"))
    if problems:
        sys.exit("fuzz: error: the unmutated build already breaks a promise:\n  " + "\n  ".join(problems[:20]))
    return base, promises.manifest(os.path.join(base, "Public"))


def run_case(root, base, baseline, binary, seed, case, timeout, keep):
    """One case: copy, mutate, build, check. Returns (case, categories, mutations, problems, stderr)."""
    folder = os.path.join(root, f"case-{case}")
    os.makedirs(folder)
    # Hard links: cheap copies; the mutator and the build only ever replace or remove files, never change one.
    for name in ["Content", "Templates", "Public", ".routeboek-cache"]:
        if os.path.exists(os.path.join(base, name)):
            subprocess.run(["cp", "-al", os.path.join(base, name), os.path.join(folder, name)], check=True)
    applied = mutations.mutate(folder, seed, case)
    returncode, stderr = build(binary, folder, timeout)
    categories, problems = [], []
    crash = promises.crashed(returncode, stderr)
    if crash:
        categories.append("hang" if crash == "hang" else "crash")
        problems.append(crash)
    else:
        failed = returncode != 0
        positions = promises.position_problems(stderr, folder, failed)
        if positions:
            categories.append("unpositioned error")
            problems += positions
        left = promises.leftovers(folder)
        if failed:
            after = promises.manifest(os.path.join(folder, "Public"))
            if after != baseline or left:
                categories.append("damaged output")
                changed = "missing" if after is None else sorted(
                    set(k for k in set(after) | set(baseline) if after.get(k) != baseline.get(k)))[:10]
                problems.append(f"the previous output changed: {changed}; leftovers: {left}")
        else:
            broken = promises.broken_site(os.path.join(folder, "Public"), os.path.join(folder, "Content"))
            if broken or left:
                categories.append("broken success")
                problems += broken[:10] + ([f"leftovers: {left}"] if left else [])
    if not keep:
        shutil.rmtree(folder, ignore_errors=True)
    return case, categories, applied, problems, stderr, returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=300, help="how many cases (default 300)")
    parser.add_argument("--seed", default="1", help="the run's seed (default 1)")
    parser.add_argument("--first", type=int, default=0, help="number of the first case (default 0)")
    parser.add_argument("--case", type=int, help="replay this one case, print everything, keep its folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="cases at a time (default: one per core)")
    parser.add_argument("--binary", default=os.path.join(REPOSITORY, ".build/debug/routeboek"))
    parser.add_argument("--content", default=os.path.join(REPOSITORY, "Content"))
    parser.add_argument("--templates", default=os.path.join(REPOSITORY, "Templates"))
    parser.add_argument("--timeout", type=float, default=120, help="seconds before a build counts as hung (default 120)")
    arguments = parser.parse_args()
    binary = os.path.abspath(arguments.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"fuzz: error: {binary} is not an executable; build it first (swift build)")

    start = time.monotonic()
    root = tempfile.mkdtemp(prefix="routeboek-fuzz-")
    # A copy, so rebuilding the project during a long run cannot swap the binary under it.
    shutil.copy2(binary, os.path.join(root, "routeboek"))
    shown_binary, binary = os.path.relpath(binary, REPOSITORY), os.path.join(root, "routeboek")
    base, baseline = prepare_base(root, binary, arguments.content, arguments.templates, arguments.timeout)
    replay = f"scripts/fuzz.py --seed {arguments.seed} --binary {shown_binary} --case"

    if arguments.case is not None:
        case, categories, applied, problems, stderr, returncode = run_case(
            root, base, baseline, binary, arguments.seed, arguments.case, arguments.timeout, keep=True)
        print(f"case {case} of seed {arguments.seed}: {', '.join(categories) or 'every promise kept'} (exit {returncode})")
        print("mutations:\n  " + "\n  ".join(applied))
        print("output of the build:\n  " + "\n  ".join(stderr.rstrip("\n").split("\n")))
        if problems:
            print("broken promises:\n  " + "\n  ".join(problems))
        folder = os.path.join(root, f"case-{case}")
        print(f"the case's folder (build again there): cd {folder} && {binary} build --content Content --templates Templates --output Public")
        sys.exit(1 if categories else 0)

    counts = {category: 0 for category in CATEGORIES}
    successes = failures = 0
    reported = []
    cases = range(arguments.first, arguments.first + arguments.cases)
    with ProcessPoolExecutor(max_workers=max(arguments.jobs, 1)) as pool:
        futures = [pool.submit(run_case, root, base, baseline, binary, arguments.seed, case, arguments.timeout, False) for case in cases]
        for done, future in enumerate(futures, start=1):
            case, categories, applied, problems, stderr, returncode = future.result()
            if returncode == 0:
                successes += 1
            else:
                failures += 1
            for category in categories:
                counts[category] += 1
            if categories:
                reported.append(case)
                print(f"FAIL case {case} ({', '.join(categories)}): {'; '.join(applied)}", flush=True)
                for problem in problems[:8]:
                    print(f"    {problem}", flush=True)
                print(f"    reproduce: {replay} {case}", flush=True)
            if done % 100 == 0:
                print(f"... {done}/{len(futures)} cases, {time.monotonic() - start:.0f} s", file=sys.stderr, flush=True)
    shutil.rmtree(root, ignore_errors=True)
    seconds = time.monotonic() - start
    print(f"fuzz: seed {arguments.seed}, {len(cases)} cases ({successes} builds succeeded, {failures} failed as they should) in "
          f"{seconds:.0f} s: {counts['crash']} crashes, {counts['hang']} hangs, {counts['unpositioned error']} unpositioned errors, "
          f"{counts['damaged output']} damaged outputs, {counts['broken success']} broken successes")
    sys.exit(1 if reported else 0)


if __name__ == "__main__":
    main()
