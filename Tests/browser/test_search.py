"""Search (zoeken.html with assets/zoekindex.js).

Words are picked from the search index itself: a word that occurs on one page only, under a heading
with an anchor, and a word with diacritics (searched as written and without its accents). The
result list must link to that page at the heading's anchor, and the anchor must exist there."""
from __future__ import annotations

from collections import defaultdict

import pytest

import sitelib
from browserlib import wait_js

SEARCH_PAGE = "zoeken.html"


@pytest.fixture(scope="module")
def index(site):
    if not site.has(SEARCH_PAGE):
        pytest.fail(f"the site has no {SEARCH_PAGE}", pytrace=False)
    if not site.has("assets/zoekindex.js"):
        pytest.fail("the site has no assets/zoekindex.js", pytrace=False)
    return sitelib.load_search_index(site)


def test_index_points_at_pages_and_anchors(site, index):
    problems = []
    assert isinstance(index, list) and index, "the search index is empty"
    for entry in index:
        u = entry.get("u", "")
        if not site.has(u):
            problems.append(f"entry {entry.get('t')!r}: page {u!r} does not exist")
            continue
        page = site.page(u) if u.endswith(".html") else None
        for h in entry.get("h", []):
            a = h.get("a", "")
            if a and page and a not in page.ids:
                problems.append(f"{u}: heading {h.get('t')!r} has anchor #{a}, which is not on the page")
    assert not problems, "\n  ".join(problems)
    indexed = {e.get("u") for e in index}
    # routeboek-compleet.html is every page again, as one document: indexing it would double every hit.
    generated = ("beslisboom/stap/", "beslisboom/alle-routes.html", "beslisboom/stroomschema.html",
                 SEARCH_PAGE, "register.html", "routeboek-compleet.html")
    missing = [rel for rel in site.html_files if not rel.startswith(generated) and rel not in indexed]
    assert not missing, f"pages made from Markdown that the search index does not hold: {missing}"


def _pick_words(index):
    """(word, page u, acceptable anchors) for a plain word and for a word with diacritics."""
    pages_of = defaultdict(set)
    where = defaultdict(lambda: defaultdict(set))  # word -> u -> anchors
    titles = defaultdict(set)
    for e in index:
        u = e.get("u", "")
        for w in sitelib.words(e.get("t", "")):
            titles[w.lower()].add(u)
        for h in e.get("h", []):
            for w in sitelib.words(h.get("x", "")) + sitelib.words(h.get("t", "")):
                lw = w.lower()
                pages_of[lw].add(u)
                where[lw][u].add(h.get("a", ""))
    plain, accented = None, None
    for w in sorted(pages_of, key=lambda w: (-len(w), w)):
        us = pages_of[w]
        if len(us) != 1 or w in titles:
            continue
        u = next(iter(us))
        anchors = where[w][u]
        if "" in anchors and len(anchors) == 1:
            continue  # only before the first heading: no anchor to check
        stripped = sitelib.strip_diacritics(w)
        if stripped != w:
            # the stripped form must not itself be a different word elsewhere
            if accented is None and len(w) >= 5 and not (pages_of.get(stripped, set()) - us):
                accented = (w, u, anchors)
        elif plain is None and len(w) >= 8 and w.isascii():
            plain = (w, u, anchors)
        if plain and accented:
            break
    return plain, accented


@pytest.fixture(scope="module")
def picked(index):
    return _pick_words(index)


def _search(tab, query: str, u: str, anchors: set[str], via: str):
    page = tab.page
    tab.goto(SEARCH_PAGE, via=via)
    field = page.locator("main input[type=search], main input[name=q], input[type=search]").first
    if field.count() == 0:
        field = page.get_by_role("searchbox").first
    assert field.count() == 1, f"{SEARCH_PAGE}: no search field (input type=search)"
    field.focus()
    page.keyboard.type(query)
    page.keyboard.press("Enter")
    target = tab.url(u, via)
    if not wait_js(page,
            """t => [...document.querySelectorAll('main a[href]')].some(a => a.href.split('#')[0] === t)""",
            arg=target, timeout=5000):
        shown = page.evaluate("() => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href')).slice(0, 15)")
        pytest.fail(f"{SEARCH_PAGE}: searching {query!r} lists no link to {u}; links in main: {shown}", pytrace=False)
    hrefs = page.evaluate("t => [...document.querySelectorAll('main a[href]')].map(a => a.href).filter(h => h.split('#')[0] === t)",
                          target)
    frags = {h.split("#", 1)[1] if "#" in h else "" for h in hrefs}
    want = {a for a in anchors if a}
    assert frags & want, (f"{SEARCH_PAGE}: searching {query!r}, the result for {u} links to "
                          f"{sorted(frags)}, not to the heading anchor (one of {sorted(want)})")
    tab.assert_clean(f"{SEARCH_PAGE} searching {query!r}")


@pytest.mark.parametrize("via", ["file", "http"])
def test_search_plain_word(tab, picked, via):
    plain, _ = picked
    if plain is None:
        pytest.fail("no word of 8+ letters occurs on one page only in the search index", pytrace=False)
    word, u, anchors = plain
    _search(tab, word, u, anchors, via)


@pytest.mark.parametrize("variant", ["as-written", "without-diacritics"])
def test_search_diacritics(tab, picked, variant):
    _, accented = picked
    if accented is None:
        pytest.skip("no word with diacritics in the search index (nothing to test)")
    word, u, anchors = accented
    query = word if variant == "as-written" else sitelib.strip_diacritics(word)
    _search(tab, query, u, anchors, "file")


def test_search_result_anchor_scrolls_to_heading(tab, picked):
    plain, _ = picked
    if plain is None:
        pytest.skip("no word picked")
    word, u, anchors = plain
    _search(tab, word, u, anchors, "file")
    page = tab.page
    link = page.locator("main a[href*='#']").filter(has_not_text="zzzz").all()
    target = tab.url(u, "file")
    for a in link:
        href = a.evaluate("a => a.href")
        if href.split("#")[0] == target:
            a.focus()
            with page.expect_navigation():
                page.keyboard.press("Enter")
            frag = href.split("#", 1)[1]
            found = page.evaluate("f => !!document.getElementById(decodeURIComponent(f))", frag)
            assert found, f"following the search result {href} lands on a page without id {frag!r}"
            return
    pytest.fail("no result link with an anchor to follow", pytrace=False)
