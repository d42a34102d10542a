"""Keyboard: a Tab walk reaches every link, button and form field (a radio group counts once, as Tab
stops at one radio of a group) and each element shows a visible focus indicator when focused
(its computed outline or box-shadow is not none; for a form field its label may carry it).
The first Tab stop is the skip link, and following it moves the focus into <main>."""
from __future__ import annotations

import pytest

from browserlib import ACTIVE_STATE, DESCRIBE, FOCUS_START, LIST_FOCUSABLE


def tab_walk(page, where: str):
    """Press Tab through the page; returns (focusables, stops) and fails on missing focus indicators."""
    page.evaluate(DESCRIBE)
    focusables = page.evaluate(LIST_FOCUSABLE)
    assert focusables, f"{where}: nothing on the page can take the focus"
    page.evaluate(FOCUS_START)
    stops = []
    seen = set()
    previous = None
    for _ in range(len(focusables) * 4 + 10):
        page.keyboard.press("Tab")
        state = page.evaluate(ACTIVE_STATE)
        if state is None:
            break  # focus left the document (past the last element)
        key = state["i"] if state["i"] is not None else state["desc"]
        if key == previous:
            continue  # Tab moves between the day, month and year of one date field
        previous = key
        if key in seen:
            break
        seen.add(key)
        stops.append(state)
    return focusables, stops


def check_walk(page, where: str):
    focusables, stops = tab_walk(page, where)
    problems = []
    reached = {s["i"] for s in stops}
    groups_reached = {f["group"] for f in focusables if str(f["i"]) in reached and f["group"]}
    for f in focusables:
        if str(f["i"]) in reached:
            continue
        if f["group"] and f["group"] in groups_reached:
            continue
        problems.append(f"never reached with Tab: {f['desc']}")
    for s in stops:
        if not s["indicator"]:
            problems.append(f"no visible focus indicator on {s['desc']} (outline: {s['outline']}; "
                            f"box-shadow: {s['boxShadow']})")
        if s["w"] < 2 or s["h"] < 2 or not s["inViewport"]:
            problems.append(f"focused element is not visible on screen: {s['desc']} "
                            f"({s['w']:.0f}x{s['h']:.0f}px, in viewport: {s['inViewport']})")
    assert not problems, f"{where}: {len(problems)} keyboard problems\n  " + "\n  ".join(problems[:40])
    return stops


def check_skip_link(page, where: str):
    page.evaluate(DESCRIBE)
    page.evaluate(FOCUS_START)
    page.keyboard.press("Tab")
    first = page.evaluate(ACTIVE_STATE)
    assert first is not None, f"{where}: the first Tab focuses nothing"
    href = page.evaluate("() => document.activeElement.getAttribute('href')")
    assert href and href.startswith("#"), f"{where}: the first Tab stop is {first['desc']}, not the skip link"
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    after = page.evaluate(ACTIVE_STATE)
    assert after is not None and after["inMain"], (
        f"{where}: after following the skip link ({href}) the next Tab goes to "
        f"{after['desc'] if after else 'nothing'}, not into <main>")


def test_tab_walk_home(tab):
    tab.goto("index.html", via="file")
    check_walk(tab.page, "index.html")
    tab.assert_clean("index.html")


def test_skip_link_home(tab):
    tab.goto("index.html", via="file")
    check_skip_link(tab.page, "index.html")


def test_tab_walk_beslisboom_start(tab, site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")
    tab.goto("beslisboom/index.html", via="file")
    tab.page.wait_for_selector("main button.keuze", state="visible")
    stops = check_walk(tab.page, "beslisboom/index.html (start)")
    answers = tab.page.evaluate("() => [...document.querySelectorAll('main button.keuze')].map(b => b.getAttribute('data-kbtest'))")
    reached = {s["i"] for s in stops}
    assert answers and all(a in reached for a in answers), \
        "beslisboom/index.html: the Tab walk does not reach every answer button (button.keuze) of the first question"
    tab.assert_clean("beslisboom/index.html")


def test_tab_walk_beslisboom_result(tab, site, routes):
    route = max(routes, key=lambda r: len(r.steps))
    tab.goto("beslisboom/index.html", via="file", fragment=route.fragment())
    check_walk(tab.page, f"beslisboom/index.html#{route.fragment()} (result {route.outcome})")
    tab.assert_clean("beslisboom/index.html (result)")


def test_skip_link_beslisboom(tab, site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")
    tab.goto("beslisboom/index.html", via="file")
    check_skip_link(tab.page, "beslisboom/index.html")
