"""A pytest plugin (loaded by conftest.py) with the beslisboom's fixtures: `cli`, which runs
`routeboek beslis --json` once per route and dates, and `beslisboom_measures`, which collects the
beslisboom's measurements (result heights
per route on desktop and phone, the clicks of the longest route) from every pytest-xdist worker and
writes one report to the artefacts folder at the end of the run:
  beslisboom-maten.json  every route's figures, the four tallest results and the click counts;
  beslisboom-maten.txt   the same as a short table.
Each worker writes its part to beslisboom-maten/part-WORKER.json; the controller (or the single
process without xdist) merges the parts when the session finishes.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import beslislib

PARTS = "beslisboom-maten"
REPORT = "beslisboom-maten"


def _artifacts(config) -> Path:
    return Path(config.getoption("--artifacts"))


def _is_worker(config) -> bool:
    return hasattr(config, "workerinput")


def pytest_configure(config):
    if not _is_worker(config):
        shutil.rmtree(_artifacts(config) / PARTS, ignore_errors=True)


@pytest.fixture(scope="session")
def cli(routeboek_bin, repo_root):
    """cli(route, dates=None) -> the parsed JSON of `routeboek beslis --json` for the route's answers
    (and dates, with --vandaag); cached for the whole run of this process."""
    def run(route, dates: beslislib.Dates | None = None) -> dict:
        try:
            return beslislib.beslis(routeboek_bin, str(repo_root), route.steps, dates)
        except beslislib.CLIError as e:
            pytest.fail(str(e), pytrace=False)

    return run


@pytest.fixture(scope="session")
def beslisboom_measures(pytestconfig):
    """A dict the tests fill: measures['routes'][route description][viewport] = {...}, measures['clicks']."""
    data: dict = {"routes": {}, "clicks": {}}
    yield data
    if not data["routes"] and not data["clicks"]:
        return
    folder = _artifacts(pytestconfig) / PARTS
    folder.mkdir(parents=True, exist_ok=True)
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    (folder / f"part-{worker}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")


def pytest_sessionfinish(session, exitstatus):
    config = session.config
    if _is_worker(config):
        return
    folder = _artifacts(config) / PARTS
    parts = sorted(folder.glob("part-*.json")) if folder.is_dir() else []
    if not parts:
        return
    routes: dict = {}
    clicks: dict = {}
    for part in parts:
        data = json.loads(part.read_text(encoding="utf-8"))
        for route, views in data["routes"].items():
            routes.setdefault(route, {}).update(views)
        clicks.update(data["clicks"])
    write_report(_artifacts(config), routes, clicks)
    shutil.rmtree(folder, ignore_errors=True)


def _tallest(routes: dict, view: str, n: int = 4) -> list[str]:
    measured = [r for r in routes if view in routes[r]]
    return sorted(measured, key=lambda r: -routes[r][view]["resultHeight"])[:n]


def write_report(artifacts: Path, routes: dict, clicks: dict):
    desktop, phone = _tallest(routes, "desktop"), _tallest(routes, "phone")
    report = {
        "what": "Height in CSS px of the result (section.uitkomst) and of the whole page (document) right "
                "after the last answer in the tool, without dates, at 1280x800 (desktop) and 360x740 "
                "(phone); the bottom of 'Eerst doen' in the first screen; clicks to reach a result.",
        "routeCount": len(routes),
        "tallestDesktop": [{"route": r, **routes[r]} for r in desktop],
        "tallestPhone": [{"route": r, **routes[r]} for r in phone],
        "clicks": clicks,
        "routes": routes,
    }
    (artifacts / f"{REPORT}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    lines = [f"Beslisboom result heights ({len(routes)} routes measured), CSS px; 'eerst doen' = bottom of the "
             f"'Eerst doen' box in the first screen (viewport 800 / 740 high)", ""]
    header = f"{'':<8} {'actions':>7} {'result':>7} {'page':>7} {'eerst doen':>10}  route"
    for view, tallest in (("desktop", desktop), ("phone", phone)):
        lines.append(f"Tallest four at {'1280x800' if view == 'desktop' else '360x740'}:")
        lines.append(header)
        for r in tallest:
            m = routes[r][view]
            lines.append(f"{view:<8} {m['actions']:>7} {m['resultHeight']:>7.0f} {m['documentHeight']:>7.0f} "
                         f"{m['firstBottom']:>10.0f}  {r}")
        lines.append("")
    for view in ("desktop", "phone"):
        values = [routes[r][view]["resultHeight"] for r in routes if view in routes[r]]
        if values:
            lines.append(f"{view}: result height min {min(values):.0f}, median {sorted(values)[len(values) // 2]:.0f}, "
                         f"max {max(values):.0f}")
    if clicks:
        lines += ["", "Clicks to the result of the longest route:"]
        lines += [f"  {k}: {v['clicks']} ({v['route']})" for k, v in sorted(clicks.items())]
    (artifacts / f"{REPORT}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
