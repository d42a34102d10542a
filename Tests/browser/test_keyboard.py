"""Keyboard: a Tab walk reaches every link, button and form field (a radio group counts once, as Tab
stops at one radio of a group) and each element shows a visible focus indicator when focused
(its computed outline or box-shadow is not none; for a form field its label may carry it).
The first Tab stop is the skip link, and following it moves the focus into <main>."""
from __future__ import annotations

import pytest

LIST_FOCUSABLE = """() => {
  const sel = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const out = [];
  let i = 0;
  for (const el of document.querySelectorAll(sel)) {
    if (el.disabled || (el.tagName === 'INPUT' && el.type === 'hidden')) continue;
    const ti = el.getAttribute('tabindex');
    if (ti !== null && parseInt(ti, 10) < 0) continue;
    if (el.closest('[inert], template')) continue;
    if (!el.getClientRects().length) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    el.setAttribute('data-kbtest', String(i));
    const group = (el.tagName === 'INPUT' && el.type === 'radio' && el.name) ? 'radio:' + el.name : null;
    out.push({i, group, desc: window.__kbdesc(el)});
    i++;
  }
  return out;
}"""

DESCRIBE = """() => { window.__kbdesc = el => {
  let d = el.tagName.toLowerCase();
  if (el.id) d += '#' + el.id;
  if (el.getAttribute('href')) d += `[href="${el.getAttribute('href')}"]`;
  if (el.type && el.tagName === 'INPUT') d += `[type=${el.type}]`;
  const t = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return t ? `${d} "${t}"` : d;
}; }"""

ACTIVE_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const visible = e => {
    const s = getComputedStyle(e);
    const ow = parseFloat(s.outlineWidth) || 0;
    const transparent = c => c === 'transparent' || /rgba\\([^)]*,\\s*0\\)$/.test(c);
    const outline = s.outlineStyle !== 'none' && ow > 0 && !transparent(s.outlineColor);
    const shadow = !!s.boxShadow && s.boxShadow !== 'none';
    return outline || shadow;
  };
  let indicator = visible(el);
  if (!indicator && el.labels) for (const l of el.labels) if (visible(l)) indicator = true;
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return {
    i: el.getAttribute('data-kbtest'), desc: window.__kbdesc(el), indicator,
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow,
    w: r.width, h: r.height, inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    inMain: !!el.closest('main'),
  };
}"""


def tab_walk(page, where: str):
    """Press Tab through the page; returns (focusables, stops) and fails on missing focus indicators."""
    page.evaluate(DESCRIBE)
    focusables = page.evaluate(LIST_FOCUSABLE)
    assert focusables, f"{where}: nothing on the page can take the focus"
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
    stops = []
    seen = set()
    for _ in range(len(focusables) * 2 + 10):
        page.keyboard.press("Tab")
        state = page.evaluate(ACTIVE_STATE)
        if state is None:
            break  # focus left the document (past the last element)
        key = state["i"] if state["i"] is not None else state["desc"]
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
    page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }")
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
    tab.page.wait_for_selector("main input[type=radio], main button", state="visible")
    stops = check_walk(tab.page, "beslisboom/index.html (start)")
    assert any("[type=radio]" in s["desc"] for s in stops), \
        "beslisboom/index.html: the Tab walk reaches no radio button of the first question"
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
