"""The query list (zoekvragen.yml): queries as school staff type them, each with the page or the
beslisboom step that must be among the first 3 results of zoeken.html, and the register entry that
must lead to the same place without JavaScript.

Each query is one test, so the number that passes is the list's hit rate. A result for a beslisboom
step is followed in the browser: the tool must open at that question (form[data-vraag]) or result
(#uitkomst-titel-ID)."""
from __future__ import annotations

import pytest

import searchlib
import sitelib
from browserlib import wait_js

SEARCH_PAGE = "zoeken.html"
REGISTER_PAGE = "register.html"
TOP = 3
QUERIES = searchlib.load_queries()


def test_query_list_is_long_enough():
    texts = [q.text for q in QUERIES]
    assert len(QUERIES) >= 40, f"{searchlib.QUERY_FILE.name} has {len(QUERIES)} queries; it needs at least 40"
    assert len(set(texts)) == len(texts), f"a query appears twice in {searchlib.QUERY_FILE.name}"
    from_issue = {"coordinator", "coördinator", "zorgcoördinator", "angst", "angstklachten", "spijbelen",
                  "weigert", "zorgboerderijen", "zorg boerderij", "zorgboerderij"}
    assert from_issue <= set(texts), f"queries of issue 12 missing from the list: {sorted(from_issue - set(texts))}"


def _top_results(tab, query: str) -> list[str]:
    page = tab.page
    tab.goto(SEARCH_PAGE, via="file")
    page.fill("#zoek-q", query)
    page.press("#zoek-q", "Enter")
    if not wait_js(page, "() => document.getElementById('zoek-status').textContent.trim() !== ''", timeout=5000):
        pytest.fail(f"{SEARCH_PAGE}: searching {query!r} shows no status line", pytrace=False)
    return page.evaluate(
        "n => [...document.querySelectorAll('#zoek-resultaten > li')].slice(0, n)"
        ".map(li => li.querySelector('h2 a, a[href]')).filter(a => a).map(a => a.href)", TOP)


def _tool_shows(tab, href: str, query: searchlib.Query) -> bool:
    """Opens a link into the beslisboom and tells whether it shows the query's question or result."""
    page = tab.page
    if page.url.split("#")[0] == href.split("#")[0]:
        page.goto("about:blank")
    page.goto(href)
    selector = (f".bb-vraag[data-vraag='{query.node}']" if query.kind == "vraag"
                else f"#uitkomst-titel-{query.node}")
    return wait_js(page, "s => !!document.querySelector(s)", arg=selector, timeout=3000)


def _hit(tab, hrefs: list[str], query: searchlib.Query) -> bool:
    for href in hrefs:
        rel, fragment = searchlib.site_relative(href, tab.file_base)
        if query.kind == "pagina":
            if rel == query.page and (query.anchor is None or fragment == query.anchor):
                return True
        elif rel == searchlib.TOOL_PAGE or rel.startswith(searchlib.STEP_FOLDER):
            if _tool_shows(tab, href, query):
                return True
    return False


@pytest.mark.parametrize("query", QUERIES, ids=[q.text for q in QUERIES])
def test_query_finds_target(tab, site, query):
    if not site.has(SEARCH_PAGE):
        pytest.fail(f"the site has no {SEARCH_PAGE}", pytrace=False)
    hrefs = _top_results(tab, query.text)
    shown = [searchlib.site_relative(h, tab.file_base) for h in hrefs]
    if not _hit(tab, hrefs, query):
        listed = ", ".join(f"{r}#{f}" if f else r for r, f in shown) or "no results"
        pytest.fail(f"searching {query.text!r}: {query.target} is not among the first {TOP} results ({listed})",
                    pytrace=False)
    tab.assert_clean(f"{SEARCH_PAGE} searching {query.text!r}")


# ---------------------------------------------------------------- the register, without JavaScript

@pytest.fixture(scope="module")
def register_entries(site):
    if not site.has(REGISTER_PAGE):
        pytest.fail(f"the site has no {REGISTER_PAGE}", pytrace=False)
    return searchlib.read_register((site.root / REGISTER_PAGE).read_text(encoding="utf-8"))


def _static_step_shows(site, model, rel: str, query: searchlib.Query) -> bool:
    return searchlib.step_shows(site, model, rel) == (query.kind, query.node)


@pytest.mark.parametrize("query", QUERIES, ids=[q.text for q in QUERIES])
def test_register_leads_to_target(site, register_entries, query):
    if not query.register:
        # No entry to look up (the query is a phrase, not a term): without JavaScript the person
        # starts at the beslisboom, so one of its pages without JavaScript must show the step.
        if query.kind == "pagina":
            pytest.fail(f"{query.text!r} has no register entry; a page target needs one", pytrace=False)
        model = sitelib.load_model(site)
        steps = [rel for rel in site.html_files if rel.startswith(searchlib.STEP_FOLDER)]
        assert any(_static_step_shows(site, model, rel, query) for rel in steps), (
            f"no page of the beslisboom without JavaScript shows {query.target} (for {query.text!r})")
        return
    entry, links = searchlib.register_links(register_entries, query.register)
    if entry is None:
        pytest.fail(f"{REGISTER_PAGE} has no entry {query.register!r} (for the query {query.text!r})", pytrace=False)
    targets = [searchlib.resolve(REGISTER_PAGE, href) for href, _ in links]
    for rel, _ in targets:
        assert site.has(rel), f"{REGISTER_PAGE}: entry {entry.name!r} links to {rel}, which does not exist"
    if query.kind == "pagina":
        found = any(rel == query.page for rel, _ in targets)
    else:
        model = sitelib.load_model(site)
        found = any(_static_step_shows(site, model, rel, query) for rel, _ in targets)
    if not found:
        listed = ", ".join(rel for rel, _ in targets) or "no links"
        pytest.fail(f"{REGISTER_PAGE}: entry {entry.name!r} (for {query.text!r}) does not lead to {query.target} "
                    f"without JavaScript; it links to {listed}", pytrace=False)


def test_register_by_hand_without_javascript(browser, file_base):
    """A person without JavaScript: zoeken.html points to the register; 'Spijbelen, zie ongeoorloofd
    verzuim' leads to the entry, and its first link to the explanation of the begrip."""
    context = browser.new_context(java_script_enabled=False, viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        page.goto(file_base + SEARCH_PAGE)
        page.get_by_role("link", name="register van A tot Z").first.click()
        page.wait_for_load_state()
        assert page.url.split("#")[0] == file_base + REGISTER_PAGE, f"the link on {SEARCH_PAGE} led to {page.url}"
        entry = page.locator("li.register-term", has=page.locator(".register-naam", has_text="Spijbelen"))
        assert entry.count() == 1, "the register has no single entry 'Spijbelen'"
        entry.get_by_role("link").first.click()
        target_id = page.url.split("#", 1)[1]
        target = page.locator(f"li#{target_id}")
        assert "ongeoorloofd verzuim" in target.locator(".register-naam").inner_text().lower(), (
            f"'Spijbelen, zie ...' led to #{target_id}, not to the entry for ongeoorloofd verzuim")
        target.get_by_role("link").first.click()
        page.wait_for_load_state()
        rel, fragment = searchlib.site_relative(page.url, file_base)
        assert rel == "begrippen.html", f"the first link of 'Ongeoorloofd verzuim' led to {page.url}"
        assert page.locator(f"[id='{fragment}']").count() == 1, f"begrippen.html has no #{fragment}"
    finally:
        context.close()
