"""Accessibility of the tool's own states (test_axe.py checks every built page as it loads; the tool's
questions and results exist only after the script has run).

- test_axe_every_question: axe-core (WCAG 2.0/2.1 A and AA) on every question of the model as the
  tool shows it, reached by clicking answers, and on a question that marks the earlier answer
  (after Back);
- test_axe_result: for the longest route to each outcome, axe on the result without dates, then with
  dates entered through the date form (or the fragment where the route has no form): the dated plan,
  the date form with its values, the agenda button, and where the route has a term in werkdagen the holiday-list notice;
- test_axe_invalid_fragment: the "we beginnen opnieuw" notice;
- test_keyboard_route: for the longest route to each outcome, keyboard only: from the question's h1
  Tab reaches the answer button within the answers (never more Tabs than the question has answers
  plus the links of its hint), Enter or Space (in turn) answers, and the focus lands on the new h1;
- test_tab_walk_dated_result: a Tab walk on a dated result reaches every control (the date fields,
  both form buttons, the agenda button) with a visible focus indicator;
- test_date_form_by_keyboard: the date form submits with Enter and the focus goes to the plan.
"""
from __future__ import annotations

import pytest

import beslislib as bl
from browserlib import FOCUS_START
from test_keyboard import check_walk

TOOL = bl.TOOL


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


def _covering_routes(model, routes) -> list:
    """Few routes that together ask every question the routes reach (longest first)."""
    reached = {q for r in routes for q, _ in r.steps}
    chosen, covered = [], set()
    for r in sorted(routes, key=lambda r: (-len(r.steps), r.test_id)):
        new = {q for q, _ in r.steps} - covered
        if new:
            chosen.append(r)
            covered |= new
        if covered == reached:
            break
    return chosen


def test_axe_every_question(tab, axe_runner, model, routes):
    lines, checked = [], set()
    for route in _covering_routes(model, routes):
        tab.goto(TOOL, via="http")
        for k, (qid, oid) in enumerate(route.steps):
            if qid not in checked:
                checked.add(qid)
                lines += axe_runner(tab.page, f"{TOOL}#{route.fragment(k)} (question {qid})")
            bl.walk_tool_steps(tab.page, model, route, k, k + 1, f"{TOOL} {bl.route_where(route)}", focus_first=k > 0)
    tab.page.go_back()
    assert tab.page.locator("#beslisboom-app .keuze-vorig").count() == 1, "after Back the earlier answer is not marked"
    lines += axe_runner(tab.page, f"{TOOL} question with the earlier answer marked")
    reached = {q for r in routes for q, _ in r.steps}
    assert checked == reached, f"questions not checked: {sorted(reached - checked)}"
    assert not lines, "axe-core violations in the tool's questions:\n  " + "\n  ".join(lines)
    tab.assert_clean(f"{TOOL} questions")


def test_axe_result(tab, axe_runner, model, outcome_route, cli):
    route = outcome_route
    page = tab.page
    # Dates past the holiday list: the routes with a term in werkdagen also show the notice about it.
    date_set = bl.DATE_SETS_BY_NAME["na-feestdagenlijst"]
    page.clock.set_fixed_time(f"{date_set.dates.today}T12:00:00Z")
    tab.goto(TOOL, via="http", fragment=route.fragment())
    lines = axe_runner(page, f"{TOOL}#{route.fragment()} (result {route.outcome}, no dates)")
    form = page.locator("#beslisboom-app .plan-datums-form")
    if form.count():
        for name in form.locator("input").evaluate_all("els => els.map(e => e.name)"):
            if name in date_set.dates.anchor_map:
                form.locator(f'input[name="{name}"]').fill(date_set.dates.anchor_map[name])
        form.locator("button[type=submit]").click()
    else:
        tab.goto(TOOL, via="http", fragment=route.fragment() + "&" + date_set.dates.fragment())
    where = f"{TOOL}#{page.evaluate('() => location.hash.slice(1)')} (result {route.outcome}, dated)"
    assert "datum." in page.url, f"{where}: no dates in the fragment"
    lines += axe_runner(page, where)
    assert not lines, "axe-core violations on the tool's result:\n  " + "\n  ".join(lines)
    tab.assert_clean(where)


def test_axe_invalid_fragment(tab, axe_runner, routes):
    route = max(routes, key=lambda r: len(r.steps))
    tab.goto(TOOL, via="http", fragment=route.fragment(2) + "&vraag-die-niet-bestaat=ja")
    assert tab.page.locator("#bb-melding").is_visible(), "no notice for an invalid fragment"
    lines = axe_runner(tab.page, f"{TOOL} with an invalid fragment")
    assert not lines, "\n  ".join(lines)


def test_keyboard_route(tab, model, outcome_route):
    route = outcome_route
    page = tab.page
    where = f"{TOOL} by keyboard, {bl.route_where(route)}"
    tab.goto(TOOL, via="file")
    page.evaluate(FOCUS_START)
    for k, (qid, oid) in enumerate(route.steps):
        state = page.evaluate(bl.QUESTION_STATE)
        problems = bl.question_problems(state, model, qid, k, expect_focus=k > 0)
        assert not problems, f"{where}, question {k + 1}: " + "; ".join(problems)
        limit = len(state["options"]) + page.locator("#beslisboom-app .bb-vraag .hint a").count() + (40 if k == 0 else 0)
        for presses in range(1, limit + 1):
            page.keyboard.press("Tab")
            if page.evaluate("o => document.activeElement.matches(`button.keuze[data-optie='${o}']`)", oid):
                break
        else:
            focus = page.evaluate("() => document.activeElement.outerHTML.slice(0, 100)")
            pytest.fail(f"{where}, question {qid}: {limit} Tabs do not reach the answer {oid} (focus on {focus})",
                        pytrace=False)
        page.keyboard.press("Enter" if k % 2 == 0 else "Space")
        assert page.evaluate("() => location.hash.slice(1)") == route.fragment(k + 1), \
            f"{where}: {'Enter' if k % 2 == 0 else 'Space'} on the answer {qid}={oid} does not answer"
    assert page.evaluate(bl.FOCUS_ON_RESULT_H1), f"{where}: after the last answer the focus is not on the result's h1"
    tab.assert_clean(where)


def test_tab_walk_dated_result(tab, site, routes):
    route = max(routes, key=lambda r: (bl.action_count(site, r), len(r.steps)))
    dates = bl.DATE_SETS_BY_NAME["koningsdag"].dates
    tab.page.clock.set_fixed_time(f"{dates.today}T12:00:00Z")
    tab.goto(TOOL, via="file", fragment=route.fragment() + "&" + dates.fragment())
    where = f"{TOOL} dated result, {bl.route_where(route, dates)}"
    stops = check_walk(tab.page, where)
    wanted = tab.page.evaluate("""() => [...document.querySelectorAll(
        '#beslisboom-app .plan-datums-form input, #beslisboom-app .plan-datums-form button, #beslisboom-app [data-agenda]')]
        .map(e => e.getAttribute('data-kbtest'))""")
    reached = {s["i"] for s in stops}
    assert len(wanted) >= 3 and all(w in reached for w in wanted), \
        f"{where}: the Tab walk misses a date field or button (reached {len(reached)} stops)"
    tab.assert_clean(where)


def test_date_form_by_keyboard(tab, site, routes):
    route = max(routes, key=lambda r: (bl.action_count(site, r), len(r.steps)))
    dates = bl.DATE_SETS_BY_NAME["koningsdag"].dates
    page = tab.page
    page.clock.set_fixed_time(f"{dates.today}T12:00:00Z")
    tab.goto(TOOL, via="file", fragment=route.fragment())
    field = page.locator('#beslisboom-app .plan-datums-form input[name="eerste-verzuimdag"]')
    assert field.count() == 1, f"{TOOL} {bl.route_where(route)}: no field for the first absence day"
    field.fill(dates.anchor_map["eerste-verzuimdag"])
    field.focus()
    page.keyboard.press("Enter")
    assert f"datum.eerste-verzuimdag={dates.anchor_map['eerste-verzuimdag']}" in page.url, "Enter does not submit the date form"
    focus = page.evaluate("() => document.activeElement.closest('[data-plan-eerst], section.uitkomst') !== null")
    assert focus, "after submitting the dates the focus is not in the plan"
    tab.assert_clean(f"{TOOL} date form by keyboard")
