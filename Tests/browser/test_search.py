"""Search (zoeken.html with assets/zoekindex.js): the index and the page.

The index points at real pages, anchors, begrippen and beslisboom steps, holds every page made from
Markdown and every begrip, and its texts hold no Markdown. On the page, words picked from the index
itself are found (a word that occurs on one page only, under a heading with an anchor, and a word
with diacritics, searched as written and without its accents), from file:// and from a sub-folder
over HTTP; results mark the matched words, show what kind of thing they are, and a hit on the
beslisboom opens the tool at that step. Nothing leaves the page (the tab routes every request)."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest

import searchlib
import sitelib
from browserlib import wait_js

SEARCH_PAGE = "zoeken.html"
BEGRIPPEN_PAGE = "begrippen.html"


@pytest.fixture(scope="module")
def index(site):
    if not site.has(SEARCH_PAGE):
        pytest.fail(f"the site has no {SEARCH_PAGE}", pytrace=False)
    if not site.has("assets/zoekindex.js"):
        pytest.fail("the site has no assets/zoekindex.js", pytrace=False)
    data = sitelib.load_search_index(site)
    assert isinstance(data, dict) and data.get("docs"), "assets/zoekindex.js holds no documents"
    return data


def _docs(index, kind):
    return [d for d in index["docs"] if d.get("k") == kind]


def test_index_points_at_pages_and_anchors(site, index):
    problems = []
    for doc in _docs(index, "p"):
        u = doc.get("u", "")
        if not site.has(u):
            problems.append(f"page {doc.get('t')!r}: {u!r} does not exist")
            continue
        ids = site.page(u).ids
        for part in doc.get("h", []):
            if part.get("a") and part["a"] not in ids:
                problems.append(f"{u}: heading {part.get('t')!r} has anchor #{part['a']}, which is not on the page")
    assert not problems, "\n  ".join(problems)
    indexed = {d.get("u") for d in _docs(index, "p")}
    # routeboek-compleet.html is every page again, as one document: indexing it would double every hit.
    generated = ("beslisboom/stap/", "beslisboom/alle-routes.html", "beslisboom/stroomschema.html",
                 SEARCH_PAGE, "register.html", "routeboek-compleet.html")
    missing = [rel for rel in site.html_files if not rel.startswith(generated) and rel not in indexed]
    assert not missing, f"pages made from Markdown that the search index does not hold: {missing}"


def test_every_begrip_is_in_the_index(site, index):
    if not site.has(BEGRIPPEN_PAGE):
        pytest.skip(f"the site has no {BEGRIPPEN_PAGE}")
    page = site.page(BEGRIPPEN_PAGE)
    # the page's own level-2 headings: after the "Op deze pagina" list, which the theme adds
    h2 = [h for h in page.headings if h.level == 2 and h.in_main and h.id and h.id != "toc-titel"]
    found = {d["u"].split("#", 1)[1]: d for d in _docs(index, "b")}
    missing = [h.text for h in h2 if h.id not in found]
    assert not missing, f"begrippen without a search entry: {missing}"
    empty = [d["t"] for d in found.values() if not d.get("d")]
    assert not empty, f"begrippen without their explanation as search text: {empty}"
    for anchor, doc in found.items():
        assert anchor in page.ids, f"begrip {doc['t']!r} points at #{anchor}, which is not on {BEGRIPPEN_PAGE}"


def test_beslisboom_entries_open_the_tool_at_their_step(site, index, model):
    problems = []
    questions = _docs(index, "v")
    outcomes = _docs(index, "u")
    assert questions and outcomes, "the index holds no questions or outcomes of the beslisboom"
    reached_questions = set()
    for doc in questions + outcomes + _docs(index, "a"):
        rel, _, fragment = doc["u"].partition("#")
        if rel != searchlib.TOOL_PAGE:
            problems.append(f"{doc['t']!r} links to {doc['u']}, not to the tool")
            continue
        # the same answers without JavaScript: the step page tells what they lead to
        shows = searchlib.step_shows(site, model, searchlib.step_page(searchlib.tool_answers(fragment)))
        if doc["k"] == "v":
            question = model["questions"].get(shows[1]) if shows and shows[0] == "vraag" else None
            if question is None or question["text"] != doc["t"]:
                problems.append(f"question {doc['t']!r}: #{fragment} leads to {shows}")
            reached_questions.add(question and question["id"])
        elif shows is None or shows[0] != "uitkomst":
            problems.append(f"{doc['t']!r}: #{fragment} leads to {shows}, not to a result")
    assert not problems, "\n  ".join(problems)
    routes = sitelib.enumerate_routes(model)
    reachable = {q for r in routes for q, _ in r.steps}
    assert reachable <= reached_questions, f"questions not in the index: {sorted(reachable - reached_questions)}"


def test_index_texts_hold_no_markdown(index):
    markdown = re.compile(r"\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]|\]\(|\*\*|__|^#+ |`", re.I | re.M)
    problems = []
    for doc in index["docs"]:
        texts = [doc.get("t", ""), doc.get("d", "")] + [p.get("x", "") for p in doc.get("h", [])]
        for text in texts:
            m = markdown.search(text)
            if m:
                problems.append(f"{doc['u']}: {m.group(0)!r} in {text[max(0, m.start() - 40):m.end() + 40]!r}")
    assert not problems, "Markdown in search texts:\n  " + "\n  ".join(problems[:20])


def test_zoekwoorden_lead_to_terms_in_the_index(index):
    titles = {searchlib.fold(d["t"]) for d in index["docs"]} | {searchlib.fold(w) for d in index["docs"] for w in d.get("w", [])}
    lost = [f"{w} -> {t}" for w, t in index.get("zoekwoorden", []) if searchlib.fold(t) not in titles]
    assert not lost, f"zoekwoorden whose term is no begrip or trefwoord in the index: {lost}"


# ---------------------------------------------------------------- on the page

def _pick_words(index):
    """(word, page u, acceptable anchors) for a plain word and for a word with diacritics."""
    pages_of = defaultdict(set)
    where = defaultdict(lambda: defaultdict(set))  # word -> u -> anchors
    elsewhere = set()
    for doc in index["docs"]:
        texts = [doc.get("t", ""), doc.get("d", "")] + doc.get("w", [])
        if doc.get("k") != "p":
            texts += [p.get("t", "") + " " + p.get("x", "") for p in doc.get("h", [])]
        for text in texts:
            elsewhere.update(w.lower() for w in sitelib.words(text))
        if doc.get("k") != "p":
            continue
        for h in doc.get("h", []):
            for w in sitelib.words(h.get("x", "")) + sitelib.words(h.get("t", "")):
                pages_of[w.lower()].add(doc["u"])
                where[w.lower()][doc["u"]].add(h.get("a", ""))
    plain, accented = None, None
    for w in sorted(pages_of, key=lambda w: (-len(w), w)):
        us = pages_of[w]
        if len(us) != 1 or w in elsewhere:
            continue
        u = next(iter(us))
        anchors = where[w][u]
        if "" in anchors and len(anchors) == 1:
            continue  # only before the first heading: no anchor to check
        stripped = sitelib.strip_diacritics(w)
        if stripped != w:
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


def _search(tab, query: str, via: str = "file"):
    page = tab.page
    tab.goto(SEARCH_PAGE, via=via)
    field = page.locator("main input[type=search]").first
    assert field.count() == 1, f"{SEARCH_PAGE}: no search field (input type=search)"
    field.focus()
    page.keyboard.type(query)
    page.keyboard.press("Enter")
    if not wait_js(page, "() => document.getElementById('zoek-status').textContent.trim() !== ''", timeout=5000):
        pytest.fail(f"{SEARCH_PAGE}: searching {query!r} shows no status line", pytrace=False)


def _expect_result(tab, query: str, u: str, anchors: set[str], via: str):
    _search(tab, query, via)
    page = tab.page
    target = tab.url(u, via)
    hrefs = page.evaluate("t => [...document.querySelectorAll('#zoek-resultaten a')].map(a => a.href)"
                          ".filter(h => h.split('#')[0] === t)", target)
    if not hrefs:
        shown = page.evaluate("() => [...document.querySelectorAll('#zoek-resultaten a')].map(a => a.getAttribute('href')).slice(0, 10)")
        pytest.fail(f"{SEARCH_PAGE}: searching {query!r} lists no link to {u}; results: {shown}", pytrace=False)
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
    _expect_result(tab, word, u, anchors, via)


@pytest.mark.parametrize("variant", ["as-written", "without-diacritics"])
def test_search_diacritics(tab, picked, variant):
    _, accented = picked
    if accented is None:
        pytest.skip("no word with diacritics in the search index (nothing to test)")
    word, u, anchors = accented
    query = word if variant == "as-written" else sitelib.strip_diacritics(word)
    _expect_result(tab, query, u, anchors, "file")


def test_search_result_anchor_scrolls_to_heading(tab, picked):
    plain, _ = picked
    if plain is None:
        pytest.skip("no word picked")
    word, u, anchors = plain
    _expect_result(tab, word, u, anchors, "file")
    page = tab.page
    target = tab.url(u, "file")
    for a in page.locator("#zoek-resultaten a[href*='#']").all():
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


def test_results_mark_words_and_say_what_they_are(tab, index):
    begrippen = _docs(index, "b")
    if not begrippen:
        pytest.skip("the index has no begrippen")
    begrip = begrippen[0]
    _search(tab, begrip["t"])
    first = tab.page.locator("#zoek-resultaten > li").first
    assert first.locator("h2 a").get_attribute("href").endswith(begrip["u"]), (
        f"searching the begrip {begrip['t']!r} does not list it first")
    assert first.locator(".zoek-resultaat-sectie").inner_text().strip() == "Begrip", "a begrip's result does not say 'Begrip'"
    assert first.locator("mark").count() > 0, "the begrip's result marks no words"
    snippet = first.locator(".zoek-resultaat-tekst").inner_text()
    assert snippet and sitelib.norm_space(snippet)[:40] in sitelib.norm_space(begrip["d"]), (
        f"the begrip's result does not show its explanation: {snippet!r}")


def test_zoekwoord_is_named_in_the_status(tab, index):
    if not index.get("zoekwoorden"):
        pytest.skip("the index has no zoekwoorden")
    word, term = index["zoekwoorden"][0]
    _search(tab, word)
    status = tab.page.locator("#zoek-status").inner_text()
    assert term.lower() in status.lower(), f"searching the zoekwoord {word!r}, the status does not name {term!r}: {status!r}"
    titles = tab.page.evaluate("() => [...document.querySelectorAll('#zoek-resultaten > li h2')].slice(0, 3).map(h => h.textContent)")
    assert any(searchlib.fold(term) in searchlib.fold(t) for t in titles), (
        f"searching {word!r} does not list {term!r} among the first 3 results: {titles}")


def test_typing_error_is_named_in_the_status(tab, index):
    """A word typed with a letter left out is searched as the index word, and the status line (the
    live region that announces the number of results) says so."""
    word = next((w for w in ("thuiszitter", "leerplichtambtenaar")
                 if any(w in searchlib.fold(d["t"]).split() for d in index["docs"])), None)
    if word is None:
        pytest.skip("the index has no document titled with 'thuiszitter' or 'leerplichtambtenaar'")
    typed = word[:5] + word[6:]
    _search(tab, typed)
    status = tab.page.locator("#zoek-status")
    text = sitelib.norm_space(status.inner_text())
    assert status.get_attribute("role") == "status", "the status line is no live region (role=status)"
    assert f"Gezocht op \u2018{word}\u2019: \u2018{typed}\u2019 staat niet in het routeboek." in text, (
        f"searching {typed!r}, the status does not say it searched {word!r}: {text!r}")
    assert text.startswith(("1 resultaat", f"{text.split()[0]} resultaten")), f"the status does not start with the count: {text!r}"
    marks = tab.page.evaluate("() => [...document.querySelectorAll('#zoek-resultaten mark')].map(m => m.textContent.toLowerCase())")
    assert word in marks, f"searching {typed!r}, the results do not mark {word!r}: {marks[:10]}"
    tab.assert_clean(f"{SEARCH_PAGE} searching {typed!r}")


@pytest.mark.parametrize("query,words", [("xyzzy", "dat woord staat"), ("xyzzy plugh", "die woorden staan")])
def test_no_results_point_to_the_beslisboom_and_the_pages(tab, site, query, words):
    """A word the routeboek does not use (autisme, zwanger): the status says so, and the sentence
    right below points to the beslisboom and to the list of all pages, links that open."""
    _search(tab, query)
    page = tab.page
    status = sitelib.norm_space(page.locator("#zoek-status").inner_text())
    assert status == (f"Geen resultaten voor \u2018{query}\u2019: {words} niet in het routeboek. "
                      "Hieronder staat waar je verder kunt kijken."), f"searching {query!r}, the status says {status!r}"
    assert page.locator("#zoek-resultaten").is_hidden(), "with no results the result list must be hidden"
    more = page.locator("main .zoek-meer")
    assert more.count() == 1 and more.is_visible(), f"{SEARCH_PAGE}: no visible sentence below the results (.zoek-meer)"
    links = {a["text"]: a["href"] for a in more.evaluate(
        "p => [...p.querySelectorAll('a')].map(a => ({text: a.textContent, href: a.getAttribute('href')}))")}
    wanted = {"register van A tot Z": "register.html", "hele routeboek op één pagina": "routeboek-compleet.html"}
    if site.has(searchlib.TOOL_PAGE):
        wanted["beslisboom"] = searchlib.TOOL_PAGE
    assert links == wanted, f"the sentence below the results links {links}, not {wanted}"
    for href in wanted.values():
        rel, fragment = searchlib.resolve(SEARCH_PAGE, href)
        assert site.has(rel) and (not fragment or fragment in site.page(rel).ids), f"{SEARCH_PAGE}: {href} does not open"
    tab.assert_clean(f"{SEARCH_PAGE} searching {query!r}")


@pytest.mark.parametrize("query", ["thuisziter", "xyzzy"])
def test_search_states_pass_axe(tab, axe_runner, query):
    """axe-core on the page as a search leaves it: a typing error read as an index word, no results."""
    _search(tab, query)
    lines = axe_runner(tab.page, f"{SEARCH_PAGE}?q={query}")
    assert not lines, f"{SEARCH_PAGE} searching {query!r}: axe-core found violations\n  " + "\n  ".join(lines)


def test_question_result_opens_the_tool_there(tab, site, index, model):
    question = next((d for d in _docs(index, "v") if "#" in d["u"]), None)
    if question is None:
        pytest.skip("no question of the beslisboom beyond the start")
    _search(tab, question["t"])
    link = tab.page.locator("#zoek-resultaten > li h2 a").first
    href = link.get_attribute("href")
    assert href.endswith(question["u"]), f"searching the question {question['t']!r}, the first result is {href}"
    shows = searchlib.step_shows(site, model, searchlib.step_page(searchlib.tool_answers(question["u"].split("#", 1)[1])))
    assert shows and shows[0] == "vraag", f"the step page for {question['u']} shows {shows}"
    node = shows[1]
    with tab.page.expect_navigation():
        link.click()
    assert wait_js(tab.page, "s => !!document.querySelector(s)", arg=f".bb-vraag[data-vraag='{node}']", timeout=3000), (
        f"following the result for {question['t']!r} does not show the question {node!r} in the tool")
    tab.assert_clean("the tool opened from search")


def test_query_in_the_address_is_searched(tab, picked):
    plain, _ = picked
    if plain is None:
        pytest.skip("no word picked")
    word, u, _ = plain
    page = tab.page
    tab.goto(SEARCH_PAGE + "?q=" + word, via="http")
    assert wait_js(page, "t => [...document.querySelectorAll('#zoek-resultaten a')].some(a => a.href.split('#')[0] === t)",
                   arg=tab.url(u, "http"), timeout=5000), f"{SEARCH_PAGE}?q={word} does not show the result for {u}"
    assert page.locator("#zoek-q").input_value() == word
    tab.assert_clean(f"{SEARCH_PAGE}?q={word}")


def test_nothing_is_stored(tab):
    _search(tab, "verzuim")
    stored = tab.page.evaluate("() => [localStorage.length, sessionStorage.length, document.cookie]")
    assert stored == [0, 0, ""], f"search stored something: localStorage {stored[0]}, sessionStorage {stored[1]}, cookie {stored[2]!r}"
