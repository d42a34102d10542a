"""The decision tool (beslisboom): every route, both versions, against `routeboek beslis --json`.

The routes are found by following the answer links (a.keuze-link) of the pages without JavaScript
from beslisboom/stap/start.html (beslislib.walk_static_pages); the first tests prove that this list is
the model's own (the model embedded in the tool, with its exceptions), the "Alle routes" table's and
the CLI's. Then, for EVERY route:
- test_js_route: the tool (beslisboom/index.html from file://), walked by pressing one answer button
  per question with the mouse: each question is the page's only h1 with the model's options as
  buttons, the focus moves to the new h1 after every answer, and the result shows the CLI's outcome,
  title, registratie and afwijking, the same "Eerst doen" ids in the same order, the same verplicht and
  aanbevolen groups with the same ids, and per action the same title, who, deadline text
  (`termijnTekst`), description, kind and te-laat mark, with the CLI run without dates;
- test_static_route: the same comparison on the result page without JavaScript, reached in the
  browser by clicking the last answer's link (the earlier links are those the route was found by).
For the longest route to each outcome the pages without JavaScript are also walked by clicking every
link from the start page in the browser (test_static_click_walk), and the clicks of the longest
route are counted in both versions (test_clicks_longest_route; written to beslisboom-maten.*).
Also: fragment state (reload, Back, Forward), deep links to every step, the link to the version
without JavaScript when JavaScript is off.
Dated plans, the agenda file, print, fit and accessibility have their own modules
(test_beslisboom_datums.py, _agenda, _print, _fit, _a11y).
"""
from __future__ import annotations

import os
from pathlib import PurePosixPath

import pytest

import beslislib as bl
import sitelib

TOOL = bl.TOOL


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


def _static_rel(href: str) -> str:
    """staticHref values are relative to beslisboom/index.html."""
    return os.path.normpath((PurePosixPath("beslisboom") / href).as_posix())


# ---------------------------------------------------------------- the routes themselves

def test_static_pages_give_the_models_routes(pytestconfig, site, model, routes):
    """The routes found through the pages' links are exactly the embedded model's routes (following
    exceptions, as the tool does): same answers, same outcome; every page is reachable."""
    walk = pytestconfig._routeboek_static_walk
    assert not walk.problems, "the pages without JavaScript:\n  " + "\n  ".join(walk.problems)
    from_model = {(r.steps, r.outcome) for r in sitelib.enumerate_routes(model)}
    from_pages = {(r.steps, r.outcome) for r in routes}
    describe = lambda rs: "\n  ".join(sitelib.TreeRoute(s, o).description for s, o in sorted(rs))
    assert from_pages == from_model, (
        f"routes through the pages without JavaScript ({len(from_pages)}) and in the tool's model "
        f"({len(from_model)}) differ\n only in the pages:\n  {describe(from_pages - from_model)}\n"
        f" only in the model:\n  {describe(from_model - from_pages)}")
    assert len(from_pages) == len(routes), "a route is reached twice through the pages"
    stap = {p for p in site.html_files if p.startswith("beslisboom/stap/")}
    assert stap == {p for r in routes for p in r.pages}, (
        f"step pages no link reaches: {sorted(stap - {p for r in routes for p in r.pages})}")


def test_model_is_complete(model, routes):
    assert model["start"] in model["questions"], f"start {model['start']!r} is not a question"
    outcomes = set(model["outcomes"])
    reached = {r.outcome for r in routes}
    assert reached <= outcomes, f"routes end in unknown outcomes: {sorted(reached - outcomes)}"
    assert outcomes <= reached, f"outcomes no route reaches: {sorted(outcomes - reached)}"


def test_every_outcome_has_a_result_template(site, model):
    page = site.page(TOOL)
    missing = [o for o in model["outcomes"] if f"uitkomst-{o}" not in page.template_headings]
    assert not missing, f"{TOOL}: no <template id=\"uitkomst-ID\"> with a heading for {missing}"
    titles = [page.templates[f"uitkomst-{o}"] for o in model["outcomes"]]
    dupes = sorted({t for t in titles if titles.count(t) > 1})
    assert not dupes, f"{TOOL}: several outcomes share the title {dupes}; a person cannot tell the results apart"


def test_static_hrefs_exist(site, model, routes):
    static = model.get("staticHref", {})
    assert "" in static, "model.staticHref has no start page (key \"\")"
    assert _static_rel(static[""]) == bl.STATIC_START, f"model.staticHref[''] is {static['']}, not {bl.STATIC_START}"
    for r in routes:
        for k in range(len(r.steps) + 1):
            key = r.static_key(k)
            assert key in static, f"route {r.description}: no staticHref for {key!r}"
            assert _static_rel(static[key]) == r.pages[k], (
                f"route {r.description}: staticHref[{key!r}] is {static[key]}, the link leads to {r.pages[k]}")
    start = _static_rel(static[""])
    links = {site.resolve(TOOL, l.value)[1] for l in site.page(TOOL).links if l.tag == "a" and not l.in_template}
    assert start in links, f"{TOOL} does not link to the version without JavaScript ({start})"


def test_alle_routes_lists_every_route(site, routes):
    rel = "beslisboom/alle-routes.html"
    assert site.has(rel), f"the site has no {rel} (\"Alle routes\")"
    page = site.page(rel)
    linked = [site.resolve(rel, l.value)[1] for l in page.links if l.tag == "a"]
    missing = [r.description for r in routes if r.pages[-1] not in linked]
    assert not missing, f"{rel} does not link to the result page of the routes:\n  " + "\n  ".join(missing)
    results = {r.pages[-1] for r in routes}
    extra = sorted({t for t in linked if t and t.startswith("beslisboom/stap/") and t not in results})
    assert not extra, f"{rel} links to step pages that are no route's result: {extra}"


def test_cli_agrees_with_the_pages(cli, model, route):
    """`routeboek beslis` follows the same answers to the same outcome."""
    out = cli(route)
    assert out["uitkomst"]["id"] == route.outcome, (
        f"{bl.route_where(route)}: `routeboek beslis` gives outcome {out['uitkomst']['id']!r}, the pages "
        f"{route.outcome!r}\n  {bl.cli_command(route)}")
    steps = tuple((s["vraag"], s["optie"]) for s in out["route"])
    assert steps == route.steps, f"{bl.route_where(route)}: the CLI's route is {steps}"
    facts = sitelib.route_facts(model, route)
    differ = {k: (out["feiten"].get(k), v) for k, v in facts.items() if out["feiten"].get(k) != v}
    assert not differ, f"{bl.route_where(route)}: facts differ (CLI, embedded model): {differ}"


# ---------------------------------------------------------------- every route, both versions

def test_js_route(tab, model, route, cli):
    page = tab.page
    where = f"{TOOL} (JavaScript) {bl.route_where(route)}"
    bl.show_tool(tab)
    clicks = bl.walk_tool(page, model, route, where)
    assert clicks == len(route.steps)
    problems = bl.compare_result(page.evaluate(bl.READ_RESULT), cli(route), where)
    assert not problems, "\n".join(problems) + f"\n  reproduce: {bl.cli_command(route)}"
    tab.assert_clean(where)


def test_static_route(tab, model, route, cli):
    """The result page without JavaScript, reached by clicking the route's last answer link."""
    page = tab.page
    question_page, result_page = route.pages[-2], route.pages[-1]
    where = f"{result_page} (without JavaScript) {bl.route_where(route)}"
    tab.goto(question_page, via="file")
    label = sitelib.norm_space(sitelib.option_label(model, *route.steps[-1]))
    state = page.evaluate(bl.STATIC_STATE)
    labels = [l["label"] for l in state["links"]]
    assert label in labels, f"{where}: {question_page} has no visible link {label!r} (links: {labels})"
    with page.expect_navigation():
        page.locator("main a.keuze-link").nth(labels.index(label)).click()
    assert page.url == tab.url(result_page, "file"), f"{where}: the link {label!r} leads to {page.url}"
    shown = page.evaluate(bl.READ_RESULT)
    problems = bl.compare_result(shown, cli(route), where)
    if shown is not None and (shown["datesForm"] is not None or shown["agenda"] is not None):
        problems.append(f"{where}: the page without JavaScript shows a dates form or agenda button")
    assert not problems, "\n".join(problems) + f"\n  reproduce: {bl.cli_command(route)}"
    tab.assert_clean(where)


def test_static_click_walk(tab, model, outcome_route, cli):
    """The longest route to each outcome, clicked link by link from the start page without JavaScript."""
    route = outcome_route
    page = tab.page
    where = f"pages without JavaScript, {bl.route_where(route)}"
    clicks = bl.walk_static(tab, model, route, where)
    assert clicks == len(route.steps)
    problems = bl.compare_result(page.evaluate(bl.READ_RESULT), cli(route), where)
    assert not problems, "\n".join(problems)
    tab.assert_clean(where)


def test_clicks_longest_route(tab, model, routes, beslisboom_measures):
    """The longest route costs one click per question in both versions (issue: 15 clicks in the tool
    against 9 without JavaScript before). The counts go to the report beslisboom-maten.*."""
    route = max(routes, key=lambda r: len(r.steps))
    tab.set_viewport(1280, 800)
    tab.goto(TOOL, via="file")
    js = bl.walk_tool(tab.page, model, route, f"{TOOL} {bl.route_where(route)}")
    static = bl.walk_static(tab, model, route, f"pages without JavaScript, {bl.route_where(route)}")
    beslisboom_measures["clicks"]["tool (JavaScript)"] = {"clicks": js, "route": route.description}
    beslisboom_measures["clicks"]["pages without JavaScript"] = {"clicks": static, "route": route.description}
    assert js == static == len(route.steps), (
        f"{route.description}: {js} clicks in the tool, {static} without JavaScript, {len(route.steps)} questions")


# ---------------------------------------------------------------- URL fragment state

def _wait_question(page, model, qid: str, where: str):
    state = page.evaluate(bl.QUESTION_STATE)
    problems = bl.question_problems(state, model, qid, 0, expect_focus=False)
    assert not problems, f"{where}: " + "; ".join(problems)


def _wait_hash(page, expected: str, where: str):
    from browserlib import wait_js
    if not wait_js(page, "h => location.hash.replace(/^#/, '') === h", arg=expected, timeout=5000):
        got = page.evaluate("() => location.hash")
        pytest.fail(f"{where}: the fragment is {got!r}, expected #{expected}", pytrace=False)


def test_fragment_state_reload_back_forward(tab, model, routes):
    route = max(routes, key=lambda r: len(r.steps))
    if len(route.steps) < 3:
        pytest.skip("no route has 3 or more questions")
    page = tab.page
    where = f"{TOOL} {bl.route_where(route)}"
    q = [s[0] for s in route.steps]
    tab.goto(TOOL, via="file")
    bl.walk_tool_steps(page, model, route, 0, 2, where)
    _wait_question(page, model, q[2], where + " after 2 answers")
    page.reload()
    _wait_hash(page, route.fragment(2), where + ": reload")
    _wait_question(page, model, q[2], where + " after reload")
    page.go_back()
    _wait_hash(page, route.fragment(1), where + ": Back after 2 answers")
    _wait_question(page, model, q[1], where + " after Back")
    page.go_back()
    _wait_hash(page, "", where + ": second Back")
    _wait_question(page, model, q[0], where + " after second Back")
    page.go_forward()
    _wait_hash(page, route.fragment(1), where + ": Forward")
    _wait_question(page, model, q[1], where + " after Forward")
    bl.walk_tool(page, model, route, where, start=1, focus_first=False)
    page.reload()
    assert page.evaluate(bl.READ_RESULT)["outcomeId"] == route.outcome, f"{where}: reload lost the result"
    page.go_back()
    _wait_hash(page, route.fragment(len(route.steps) - 1), where + ": Back from the result")
    _wait_question(page, model, q[-1], where + " after Back from the result")
    tab.assert_clean(where)


def test_deep_link_to_every_prefix(tab, model, routes):
    """Opening the tool with a partial route in the fragment shows the next question of that route,
    with the focus on its h1."""
    route = max(routes, key=lambda r: len(r.steps))
    for k in range(1, len(route.steps)):
        tab.goto(TOOL, via="file", fragment=route.fragment(k))
        state = tab.page.evaluate(bl.QUESTION_STATE)
        problems = bl.question_problems(state, model, route.steps[k][0], k, expect_focus=True)
        assert not problems, f"{TOOL}#{route.fragment(k)}: " + "; ".join(problems)
    tab.assert_clean(f"{TOOL} deep links")


def test_invalid_fragment_starts_again(tab, model, routes):
    route = max(routes, key=lambda r: len(r.steps))
    tab.goto(TOOL, via="file", fragment=route.fragment(2) + "&geen-vraag=ja")
    state = tab.page.evaluate(bl.QUESTION_STATE)
    assert state["question"] == model["start"], f"an invalid fragment shows {state['question']!r}, not the start"
    notice = tab.page.locator("#bb-melding")
    assert notice.is_visible(), "an invalid fragment starts again without saying so (#bb-melding)"
    tab.assert_clean(f"{TOOL} invalid fragment")


# ---------------------------------------------------------------- without JavaScript

def test_without_javascript_offers_static_version(browser, file_base, model):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(file_base + TOOL)
        start = _static_rel(model["staticHref"][""])
        hrefs = page.evaluate("""() => [...document.querySelectorAll('a[href]')]
            .filter(a => a.getClientRects().length && getComputedStyle(a).visibility !== 'hidden')
            .map(a => a.href)""")
        assert file_base + start in hrefs, (f"{TOOL} without JavaScript shows no link to the version without "
                                            f"JavaScript ({start})")
    finally:
        ctx.close()
