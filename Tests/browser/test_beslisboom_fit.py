"""Fit: what to do first is on the first screen.

For EVERY route, in the tool from file:// (no dates), opened at the route's last question and
answered with a click:
- at 1280x800, right after the last answer, without scrolling: the outcome's title (with its label),
  the registratie, the afwijking and the whole "Eerst doen" box lie inside the viewport;
- at 360x740 (after Back, the same answer again): those come before any other content of the result,
  in the DOM and in the layout (no other element of the result, or after it, starts above their
  bottom); the "Vorige" link above the result is navigation, not content.
The heights of the result (section.uitkomst) and of the page, and where "Eerst doen" ends, are
recorded per route for both sizes and written to artifacts/beslisboom-maten.json and .txt (the four
tallest results on each size), with the click counts of test_beslisboom.py.
Also: the longest route to each outcome, dated, at 320 px wide without horizontal scrolling.
"""
from __future__ import annotations

import pytest

import beslislib as bl
from test_reflow import check_reflow

TOOL = bl.TOOL
DESKTOP = (1280, 800)
PHONE = (360, 740)

MEASURE = """() => {
  const app = document.getElementById('beslisboom-app');
  const sec = app && app.querySelector('section.uitkomst');
  if (!sec) return null;
  const box = e => { const b = e.getBoundingClientRect(); return {top: b.top, bottom: b.bottom, left: b.left, right: b.right}; };
  const describe = e => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
      + ' "' + (e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
  const eerst = sec.querySelector('[data-plan-eerst]');
  const keys = {title: sec.querySelector('.uitkomst-kop'), registratie: sec.querySelector('.uitkomst-registratie'),
                afwijking: sec.querySelector('.uitkomst-afwijking')};
  if (eerst && !eerst.hidden) keys.eerst = eerst;
  const keyEls = Object.values(keys).filter(Boolean);
  const keyBottom = Math.max(...keyEls.map(e => e.getBoundingClientRect().bottom));
  const others = [];
  for (const el of app.querySelectorAll('*')) {
    if (keyEls.some(k => k.contains(el) || el.contains(k))) continue;
    if (sec.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) continue;  // above the result: Vorige
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') continue;
    const content = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())
                    || el.matches('a, button, input, select, textarea, summary, img, svg');
    if (!content) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;  // visually hidden
    const domBefore = keyEls.some(k => el.compareDocumentPosition(k) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (domBefore || r.top < keyBottom - 0.5) others.push({el: describe(el), top: r.top, domBefore});
  }
  const keyBoxes = {};
  for (const [k, e] of Object.entries(keys)) keyBoxes[k] = e ? box(e) : null;
  return {
    vw: document.documentElement.clientWidth, vh: window.innerHeight, scrollY: window.scrollY, keys: keyBoxes,
    keyBottom, before: others.slice(0, 10), beforeCount: others.length,
    resultHeight: sec.getBoundingClientRect().height, documentHeight: document.documentElement.scrollHeight,
    actions: sec.querySelectorAll('li.plan-actie').length,
    firstCount: eerst && !eerst.hidden ? eerst.querySelectorAll('li.plan-actie').length : 0,
  };
}"""


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


def _answer_last(tab, model, route, where):
    bl.walk_tool(tab.page, model, route, where, start=len(route.steps) - 1)
    m = tab.page.evaluate(MEASURE)
    assert m is not None, f"{where}: no result after the last answer"
    return m


def _record(measures, route, view, m):
    measures["routes"].setdefault(route.description, {})[view] = {
        "resultHeight": round(m["resultHeight"]), "documentHeight": round(m["documentHeight"]),
        "firstBottom": round(m["keys"]["eerst"]["bottom"]) if m["keys"].get("eerst") else None,
        "actions": m["actions"], "firstActions": m["firstCount"], "questions": len(route.steps),
    }


def test_first_screen(tab, model, route, beslisboom_measures):
    page = tab.page
    desktop_where = f"{TOOL} at {DESKTOP[0]}x{DESKTOP[1]}, {bl.route_where(route)}"
    tab.set_viewport(*DESKTOP)
    bl.show_tool(tab, route.fragment(len(route.steps) - 1))
    desktop = _answer_last(tab, model, route, desktop_where)
    _record(beslisboom_measures, route, "desktop", desktop)

    page.go_back()
    phone_where = f"{TOOL} at {PHONE[0]}x{PHONE[1]}, {bl.route_where(route)}"
    tab.set_viewport(*PHONE)
    phone = _answer_last(tab, model, route, phone_where)
    _record(beslisboom_measures, route, "phone", phone)

    problems = []
    for name, b in desktop["keys"].items():
        if b is None:
            problems.append(f"{desktop_where}: the result has no {name}")
        elif b["top"] < -0.5 or b["bottom"] > desktop["vh"] + 0.5 or b["left"] < -0.5 or b["right"] > desktop["vw"] + 0.5:
            problems.append(f"{desktop_where}: {name} is not inside the first screen without scrolling "
                            f"(top {b['top']:.0f}, bottom {b['bottom']:.0f}, viewport {desktop['vw']}x{desktop['vh']}; "
                            f"'Eerst doen' has {desktop['firstCount']} actions)")
    if phone["beforeCount"]:
        problems.append(f"{phone_where}: {phone['beforeCount']} elements of the result come before or beside the "
                        f"title, registratie, afwijking and 'Eerst doen' (which end at {phone['keyBottom']:.0f}px): "
                        + "; ".join(f"{o['el']} at {o['top']:.0f}px{' (earlier in the DOM)' if o['domBefore'] else ''}"
                                    for o in phone["before"]))
    assert not problems, "\n".join(problems)
    tab.assert_clean(desktop_where)


def test_result_reflow_320(tab, outcome_route):
    """The longest route to each outcome, with dates (date form and agenda button shown), at 320 px:
    no horizontal scrolling (WCAG 1.4.10)."""
    route = outcome_route
    dates = bl.DATE_SETS_BY_NAME["koningsdag"].dates
    tab.page.clock.set_fixed_time(f"{dates.today}T12:00:00Z")
    tab.set_viewport(320, 800)
    where = f"{TOOL} at 320px, {bl.route_where(route, dates)}"
    tab.goto(TOOL, via="file", fragment=route.fragment() + "&" + dates.fragment())
    assert tab.page.evaluate(bl.READ_RESULT) is not None, f"{where}: no result shown"
    check_reflow(tab.page, where)
    tab.assert_clean(where)
