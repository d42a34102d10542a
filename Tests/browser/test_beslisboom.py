"""The decision tool (beslisboom).

Every route of the model (read from `script#beslisboom-model` on beslisboom/index.html) is walked
- in the interactive tool, with the keyboard (focus the radio, Space, then Enter on the submit button),
- in the version without JavaScript, by following the option links from tree.startHref,
and each result is compared with the model and with `routeboek beslis --json --antwoord q=o ...`.
Also: axe-core on every step of the longest route and on every result, the URL fragment state
(reload, back, forward), print of every result on one A4 page, and reflow of every result at 320 px.
The module is skipped (with that reason) only when the site has no beslisboom/index.html.
"""
from __future__ import annotations

import re
from pathlib import PurePosixPath

import pytest

import sitelib
from browserlib import MARK_OPTION, TOOL_STATE, wait_js
from test_reflow import check_reflow

TOOL = "beslisboom/index.html"


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


@pytest.fixture(scope="module")
def outcome_titles(site, model) -> dict[str, str]:
    page = site.page(TOOL)
    titles = {}
    for oid in model["outcomes"]:
        t = page.templates.get(f"uitkomst-{oid}")
        if t:
            titles[oid] = t
    return titles


def _static_rel(href: str) -> str:
    """staticHref values are relative to beslisboom/index.html."""
    import os
    return os.path.normpath((PurePosixPath("beslisboom") / href).as_posix())


# ---------------------------------------------------------------- the model itself

def test_model_is_complete(site, model, routes):
    assert model["start"] in model["questions"], f"start {model['start']!r} is not a question"
    outcomes = set(model["outcomes"])
    reached = {r.outcome for r in routes}
    assert reached <= outcomes, f"routes end in unknown outcomes: {sorted(reached - outcomes)}"
    assert outcomes <= reached, f"outcomes no route reaches: {sorted(outcomes - reached)}"


def test_every_outcome_has_a_result_template(site, model, outcome_titles):
    page = site.page(TOOL)
    missing = [o for o in model["outcomes"] if f"uitkomst-{o}" not in page.template_headings]
    assert not missing, f"{TOOL}: no <template id=\"uitkomst-ID\"> with a heading for {missing}"
    titles = list(outcome_titles.values())
    dupes = sorted({t for t in titles if titles.count(t) > 1})
    assert not dupes, f"{TOOL}: several outcomes share the title {dupes}; a person cannot tell the results apart"


def test_static_hrefs_exist(site, model, routes):
    static = model.get("staticHref", {})
    assert "" in static, "model.staticHref has no start page (key \"\")"
    missing = [f"{k!r} → {v}" for k, v in static.items() if not site.has(_static_rel(v))]
    assert not missing, "staticHref points at missing pages:\n  " + "\n  ".join(missing)
    for r in routes:
        for k in range(len(r.steps) + 1):
            assert r.static_key(k) in static, f"route {r.description}: no staticHref for {r.static_key(k)!r}"
    start = _static_rel(static[""])
    links = {site.resolve(TOOL, l.value)[1] for l in site.page(TOOL).links if l.tag == "a" and not l.in_template}
    assert start in links, f"{TOOL} does not link to the version without JavaScript ({start})"


def test_alle_routes_lists_every_route(site, model, routes):
    rel = "beslisboom/alle-routes.html"
    assert site.has(rel), f"the site has no {rel} (\"Alle routes\")"
    page = site.page(rel)
    linked = {site.resolve(rel, l.value)[1] for l in page.links if l.tag == "a"}
    missing = [r.description for r in routes if _static_rel(model["staticHref"][r.static_key()]) not in linked]
    assert not missing, f"{rel} does not link to the result page of the routes:\n  " + "\n  ".join(missing)


# ---------------------------------------------------------------- driving the interactive tool

def _state(page) -> dict:
    return page.evaluate(TOOL_STATE)


def _expect_question(page, model, qid: str, where: str):
    q = model["questions"][qid]
    want = [sitelib.norm_space(o["label"]) for o in q["options"]]
    if not wait_js(page,
            """labels => { const vis = el => !!el.getClientRects().length && !el.closest('[hidden], template');
                 const rs = [...document.querySelectorAll('main input[type=radio]')].filter(vis);
                 const ls = rs.map(r => (r.labels && r.labels[0] ? [...r.labels].map(l => l.innerText).join(' ') : '').replace(/\\s+/g, ' ').trim());
                 return labels.every(l => ls.some(x => x === l || x.startsWith(l))) && rs.length === labels.length; }""",
            arg=want, timeout=5000):
        st = _state(page)
        pytest.fail(f"{where}: expected question {qid!r} ({q['text']!r}) with options {want}; the tool shows "
                    f"radios {[r['label'] for r in st['radios']]} and headings {[h['text'] for h in st['headings']]}",
                    pytrace=False)
    st = _state(page)
    text = sitelib.norm_space(q["text"])
    assert any(text in r["context"] for r in st["radios"]), (
        f"{where}: the question text {text!r} is not shown with its options (in the fieldset or form)")
    return st


def _answer(page, model, qid: str, oid: str, expected_hash: str, where: str):
    label = sitelib.norm_space(sitelib.option_label(model, qid, oid))
    found = page.evaluate(MARK_OPTION, [oid, label])
    assert found, f"{where}: no radio, button or link for option {qid}={oid} ({label!r})"
    target = page.locator("[data-rbtest-target]")
    target.focus()
    if found["kind"] == "radio":
        page.keyboard.press("Space")
        assert page.evaluate("() => document.querySelector('[data-rbtest-target]')?.checked ?? true"), \
            f"{where}: Space does not select the radio {qid}={oid}"
        if found["submit"]:
            page.locator("[data-rbtest-submit]").focus()
            page.keyboard.press("Enter")
    else:
        page.keyboard.press("Enter")
    if not wait_js(page, "h => decodeURIComponent(location.hash.replace(/^#/, '')) === h",
                               arg=expected_hash, timeout=5000):
        got = page.evaluate("() => decodeURIComponent(location.hash)")
        pytest.fail(f"{where}: after answering {qid}={oid} the URL fragment is {got!r}, expected #{expected_hash}",
                    pytrace=False)


def _expect_outcome(page, outcome_titles, oid: str, where: str) -> dict:
    title = outcome_titles.get(oid)
    assert title, f"{where}: no result template for outcome {oid}"
    if not wait_js(page,
            """t => [...document.querySelectorAll('main h1, main h2, main h3, main h4')]
                   .some(h => h.getClientRects().length && h.innerText.replace(/\\s+/g, ' ').trim() === t)""",
            arg=title, timeout=5000):
        st = _state(page)
        pytest.fail(f"{where}: expected the result {oid!r} ({title!r}); the tool shows headings "
                    f"{[h['text'] for h in st['headings']]}", pytrace=False)
    st = _state(page)
    shown = {o for o, t in outcome_titles.items() if any(h["text"] == t for h in st["headings"])}
    assert shown == {oid}, f"{where}: the tool shows the results {sorted(shown)}, expected only {oid}"
    assert not st["radios"], f"{where}: the result still shows radio buttons {[r['label'] for r in st['radios']]}"
    return st


def _check_facts(model, route, text: str, where: str, show: list[str]):
    facts = sitelib.route_facts(model, route)
    problems = []
    for fid in show:
        if fid not in facts:
            continue
        spec = model.get("facts", {}).get(fid)
        if not spec:
            problems.append(f"fact {fid!r} is shown but not in model.facts")
            continue
        value = spec.get("values", {}).get(facts[fid], facts[fid])
        if value not in text:
            problems.append(f"fact {spec.get('label')!r} should read {value!r}")
    assert not problems, f"{where}: " + "; ".join(problems)


def _check_cli_labels(cli: sitelib.CLIResult, text: str, where: str):
    """The result shown must carry what `routeboek beslis` says: its registratie and afwijking labels
    (registratieLabel/afwijkingLabel when the CLI gives them, else the labels of docs/templates.md)."""
    problems = []
    if cli.registration_label:
        if cli.registration_label not in text:
            problems.append(f"registratie {cli.registration} but {cli.registration_label!r} is not shown")
    elif cli.registration is not None:
        if not cli.registration:
            if sitelib.NO_REGISTRATION_LABEL not in text:
                problems.append(f"registratie is geen but {sitelib.NO_REGISTRATION_LABEL!r} is not shown")
        for r in cli.registration:
            label = sitelib.REGISTRATION_LABELS.get(r)
            if label and label not in text:
                problems.append(f"registratie {r} but {label!r} is not shown")
    if cli.deviation_label:
        if cli.deviation_label not in text:
            problems.append(f"afwijking {cli.deviation} but {cli.deviation_label!r} is not shown")
    elif cli.deviation is not None:
        label = sitelib.DEVIATION_LABELS.get(cli.deviation)
        if label and label not in text:
            problems.append(f"afwijking {cli.deviation} but {label!r} is not shown")
    if cli.title and sitelib.norm_space(cli.title) not in text:
        problems.append(f"the title {cli.title!r} is not shown")
    assert not problems, f"{where} (compared with `routeboek beslis`): " + "; ".join(problems)


@pytest.fixture(scope="module")
def cli(routeboek_bin, repo_root):
    def run(route: sitelib.TreeRoute) -> sitelib.CLIResult:
        try:
            return sitelib.run_beslis(routeboek_bin, str(repo_root), route.steps)
        except sitelib.CLIError as e:
            pytest.fail(str(e), pytrace=False)

    return run


def test_cli_agrees_with_model(cli, model, route):
    result = cli(route)
    assert result.outcome_id == route.outcome, (
        f"route {route.description}: `routeboek beslis` gives outcome {result.outcome_id!r}, "
        f"the site's model gives {route.outcome!r}\n  output: {result.raw}")
    if result.facts is not None:
        expected = sitelib.route_facts(model, route)
        flat = {k: (v.get("id") or v.get("waarde") or v.get("value")) if isinstance(v, dict) else v
                for k, v in result.facts.items()}
        diff = {k: (flat.get(k), v) for k, v in expected.items() if flat.get(k) != v}
        assert not diff, f"route {route.description}: facts differ (cli, site model): {diff}"


def test_js_route(tab, model, route, outcome_titles, cli):
    page = tab.page
    where = f"{TOOL} route {route.description}"
    tab.goto(TOOL, via="file")
    for k, (qid, oid) in enumerate(route.steps):
        _expect_question(page, model, qid, f"{where}, step {k + 1}")
        _answer(page, model, qid, oid, route.fragment(k + 1), f"{where}, step {k + 1}")
    st = _expect_outcome(page, outcome_titles, route.outcome, where)
    shown_facts = [f for dl in st["facts"] for f in dl["show"].split()]
    _check_facts(model, route, " ".join(dl["text"] for dl in st["facts"]), where, shown_facts)
    _check_cli_labels(cli(route), st["text"], where)
    tab.assert_clean(where)


def test_static_route(site, model, route, outcome_titles, cli):
    static = model["staticHref"]
    rel = _static_rel(static[""])
    where = f"route {route.description} without JavaScript"
    trail = [rel]
    for k, (qid, oid) in enumerate(route.steps):
        assert site.has(rel), f"{where}: step page {rel} does not exist"
        page = site.page(rel)
        qtext = sitelib.norm_space(model["questions"][qid]["text"])
        assert qtext in page.main_text, f"{where}: {rel} does not ask {qtext!r}"
        label = sitelib.norm_space(sitelib.option_label(model, qid, oid))
        expected = _static_rel(static[route.static_key(k + 1)])
        candidates = [l for l in page.links if l.tag == "a" and not l.in_template
                      and (l.text == label or l.text.startswith(label))]
        targets = {site.resolve(rel, l.value)[1] for l in candidates}
        assert candidates, f"{where}: {rel} has no link labelled {label!r} (answer {qid}={oid})"
        assert expected in targets, (f"{where}: on {rel} the link {label!r} goes to {sorted(targets)}, "
                                     f"staticHref says {expected}")
        rel = expected
        trail.append(rel)
    assert site.has(rel), f"{where}: result page {rel} does not exist"
    page = site.page(rel)
    title = outcome_titles.get(route.outcome)
    shown = {o for o, t in outcome_titles.items() if any(h.text == t for h in page.headings)}
    assert shown == {route.outcome}, (f"{where}: {rel} shows the results {sorted(shown)}, expected "
                                      f"{route.outcome} ({title!r}); headings {[h.text for h in page.headings]}")
    _check_facts(model, route, page.main_text, f"{where} ({rel})", _template_show(site, route.outcome))
    _check_cli_labels(cli(route), page.main_text, f"{where} ({rel})")


def _template_show(site, oid) -> list[str]:
    """The fact ids the result of `oid` shows (data-show of its dl.route-facts in the tool's template)."""
    raw = (site.root / TOOL).read_text(encoding="utf-8")
    m = re.search(r'<template[^>]*id="uitkomst-' + re.escape(oid) + r'"[^>]*>(.*?)</template>', raw, re.S)
    if not m:
        return []
    return [f for d in re.findall(r'data-show="([^"]*)"', m.group(1)) for f in d.split()]


# ---------------------------------------------------------------- accessibility of the tool

def test_axe_every_step_of_longest_route(tab, axe_runner, model, routes, outcome_titles):
    route = max(routes, key=lambda r: len(r.steps))
    page = tab.page
    tab.goto(TOOL, via="http")
    lines = []
    for k, (qid, oid) in enumerate(route.steps):
        where = f"{TOOL}#{route.fragment(k)} (step {k + 1}, question {qid})"
        st = _expect_question(page, model, qid, where)
        lines += axe_runner(page, where)
        lines += _heading_problems(st, where)
        _answer(page, model, qid, oid, route.fragment(k + 1), where)
    where = f"{TOOL}#{route.fragment()} (result {route.outcome})"
    st = _expect_outcome(page, outcome_titles, route.outcome, where)
    lines += axe_runner(page, where)
    lines += _heading_problems(st, where)
    assert not lines, "axe-core / heading problems in the tool:\n  " + "\n  ".join(lines)
    tab.assert_clean(f"{TOOL} longest route")


def _heading_problems(st, where):
    hs = st["allHeadings"]
    out = []
    if sum(1 for h in hs if h["level"] == 1) != 1:
        out.append(f"{where}: {sum(1 for h in hs if h['level'] == 1)} visible h1 (want 1)")
    prev = 1
    for h in hs:
        if h["level"] > prev + 1:
            out.append(f"{where}: h{h['level']} {h['text']!r} follows h{prev}")
        prev = h["level"]
    return out


def test_axe_result(tab, axe_runner, outcome_route, outcome_titles):
    r = outcome_route
    where = f"{TOOL}#{r.fragment()} (result {r.outcome})"
    tab.goto(TOOL, via="http", fragment=r.fragment())
    st = _expect_outcome(tab.page, outcome_titles, r.outcome, where)
    lines = axe_runner(tab.page, where) + _heading_problems(st, where)
    assert not lines, "\n  ".join(lines)
    tab.assert_clean(where)


def test_result_reflow_320(tab, outcome_route, outcome_titles):
    r = outcome_route
    tab.set_viewport(320, 800)
    where = f"{TOOL}#{r.fragment()} (result {r.outcome}) at 320px"
    tab.goto(TOOL, via="file", fragment=r.fragment())
    _expect_outcome(tab.page, outcome_titles, r.outcome, where)
    check_reflow(tab.page, where)


# ---------------------------------------------------------------- URL fragment state

def test_fragment_state_reload_back_forward(tab, model, routes, outcome_titles):
    route = max(routes, key=lambda r: len(r.steps))
    if len(route.steps) < 3:
        pytest.skip("no route has 3 or more questions")
    page = tab.page
    where = f"{TOOL} route {route.description}"
    q = [s[0] for s in route.steps]
    tab.goto(TOOL, via="file")
    _expect_question(page, model, q[0], where + " (start)")
    for k in range(2):
        _answer(page, model, q[k], route.steps[k][1], route.fragment(k + 1), where)
    _expect_question(page, model, q[2], where + " after 2 answers")

    page.reload()
    assert _hash(page) == route.fragment(2), f"{where}: reload lost the fragment ({_hash(page)!r})"
    _expect_question(page, model, q[2], where + " after reload")

    page.go_back()
    _wait_hash(page, route.fragment(1), where + ": Back after 2 answers")
    _expect_question(page, model, q[1], where + " after Back")
    page.go_back()
    _wait_hash(page, "", where + ": second Back")
    _expect_question(page, model, q[0], where + " after second Back")
    page.go_forward()
    _wait_hash(page, route.fragment(1), where + ": Forward")
    _expect_question(page, model, q[1], where + " after Forward")

    for k in range(1, len(route.steps)):
        _expect_question(page, model, q[k], where)
        _answer(page, model, q[k], route.steps[k][1], route.fragment(k + 1), where)
    _expect_outcome(page, outcome_titles, route.outcome, where + " (result)")
    page.reload()
    _expect_outcome(page, outcome_titles, route.outcome, where + " (result after reload)")
    page.go_back()
    _wait_hash(page, route.fragment(len(route.steps) - 1), where + ": Back from the result")
    _expect_question(page, model, q[-1], where + " after Back from the result")
    tab.assert_clean(where)


def _hash(page) -> str:
    return page.evaluate("() => decodeURIComponent(location.hash.replace(/^#/, ''))")


def _wait_hash(page, expected: str, where: str):
    if not wait_js(page, "h => decodeURIComponent(location.hash.replace(/^#/, '')) === h",
                               arg=expected, timeout=5000):
        pytest.fail(f"{where}: the fragment is {_hash(page)!r}, expected {expected!r}", pytrace=False)


def test_deep_link_to_every_prefix(tab, model, routes):
    """Opening the tool with a partial route in the fragment shows the next question of that route."""
    route = max(routes, key=lambda r: len(r.steps))
    for k in range(len(route.steps)):
        tab.goto(TOOL, via="file", fragment=route.fragment(k))
        tab.page.reload()  # a fresh document, not a same-document fragment change
        _expect_question(tab.page, model, route.steps[k][0], f"{TOOL}#{route.fragment(k)}")
    tab.assert_clean(f"{TOOL} deep links")


# ---------------------------------------------------------------- print

def _pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def test_print_js_result_one_a4(tab, outcome_route, outcome_titles, artifacts):
    r = outcome_route
    where = f"{TOOL}#{r.fragment()} (result {r.outcome})"
    tab.goto(TOOL, via="file", fragment=r.fragment())
    _expect_outcome(tab.page, outcome_titles, r.outcome, where)
    tab.emulate_print()
    pdf = tab.page.pdf(format="A4", print_background=True)
    pages = _pdf_pages(pdf)
    if pages != 1:
        (artifacts / "print").mkdir(exist_ok=True)
        (artifacts / "print" / f"js-{r.outcome}.pdf").write_bytes(pdf)
    assert pages == 1, f"{where}: prints on {pages} A4 pages (want 1); PDF saved in artifacts/print/"


def test_print_static_result_one_a4(tab, model, outcome_route, artifacts):
    r = outcome_route
    rel = _static_rel(model["staticHref"][r.static_key()])
    tab.goto(rel, via="file")
    tab.emulate_print()
    pdf = tab.page.pdf(format="A4", print_background=True)
    pages = _pdf_pages(pdf)
    if pages != 1:
        (artifacts / "print").mkdir(exist_ok=True)
        (artifacts / "print" / f"static-{r.outcome}.pdf").write_bytes(pdf)
    assert pages == 1, f"{rel} (result {r.outcome}): prints on {pages} A4 pages (want 1); PDF saved in artifacts/print/"


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
        target = file_base + start
        assert target in hrefs, (f"{TOOL} without JavaScript shows no link to the version without "
                                 f"JavaScript ({start})")
    finally:
        ctx.close()
