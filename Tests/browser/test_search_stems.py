"""The stems search uses in the browser are Snowball's, for every word of the index.

The build stems the index with Debian's libstemmer (Snowball 2.2.0, C) and ships the stems that
differ from their word (`stammen` in assets/zoekindex.js); the browser stems what people type with a
JavaScript port (assets/zoeken-stam.js). The reference is snowballstemmer 2.2.0 from PyPI, the same
algorithm in pure Python. For every word of the index, and every word of the query list:
- the stem the search page uses equals the reference's;
- the JavaScript port on its own equals the reference's (it stems words the index does not have);
- the build's shipped stems equal the reference's.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

import searchlib
import sitelib

SEARCH_PAGE = "zoeken.html"


@pytest.fixture(scope="module")
def reference():
    snowballstemmer = pytest.importorskip("snowballstemmer", reason="snowballstemmer (Tests/browser/requirements.txt) is not installed")
    return snowballstemmer.stemmer("dutch")


@pytest.fixture(scope="module")
def index(site):
    return sitelib.load_search_index(site)


def _fold(text: str) -> str:
    """As SearchFolding.swift and zoeken-motor.js fold: NFKD, no combining marks, lower case."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not 0x300 <= ord(c) <= 0x36F).lower()
    for letter, plain in {"ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ø": "o", "ł": "l", "đ": "d"}.items():
        text = text.replace(letter, plain)
    return text


def _index_words(index: dict, zoekwoorden: bool = True) -> set[str]:
    """Every word of the index as the site splits text: runs of a-z and 0-9, hyphenated ones also
    joined. With `zoekwoorden`, also the words of the zoekwoorden and their terms."""
    texts = []
    for doc in index["docs"]:
        texts += [doc.get("t", ""), doc.get("d", "")] + doc.get("w", [])
        for part in doc.get("h", []):
            texts += [part.get("t", ""), part.get("x", "")]
    for word, term in index.get("zoekwoorden", []) if zoekwoorden else []:
        texts += [word, term]
    words = set()
    for text in texts:
        for group in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", _fold(text)):
            parts = group.split("-")
            words.update(parts)
            if len(parts) > 1:
                words.add("".join(parts))
    return words


@pytest.fixture(scope="module")
def browser_stems(context, file_base, site, index):
    """[word, stem the search uses, stem of the port] for every word the browser's index holds,
    and for every word of the zoekwoorden and of the query list."""
    if not site.has(SEARCH_PAGE):
        pytest.fail(f"the site has no {SEARCH_PAGE}", pytrace=False)
    page = context.new_page()
    try:
        page.goto(file_base + SEARCH_PAGE)
        if not page.evaluate("() => !!(window.ROUTEBOEK_ZOEKEN && window.ROUTEBOEK_STAM && window.ROUTEBOEK_ZOEKINDEX)"):
            pytest.fail(f"{SEARCH_PAGE} does not load the search engine, the stemmer and the index", pytrace=False)
        extra = {w for q in searchlib.load_queries() for w in re.findall(r"[a-z0-9]+", _fold(q.text))}
        extra = sorted(extra | (_index_words(index) - _index_words(index, zoekwoorden=False)))
        return page.evaluate("""extra => {
            const Z = window.ROUTEBOEK_ZOEKEN, P = Z.prepare(window.ROUTEBOEK_ZOEKINDEX), S = window.ROUTEBOEK_STAM;
            return {vocabulary: P.vocabulary.map(w => [w, P.stem(w), S.stem(w)]),
                    extra: extra.map(w => [w, P.stem(w), S.stem(w)])};
        }""", extra)
    finally:
        page.close()


def test_browser_reads_every_word_of_the_index(index, browser_stems):
    seen = {w for w, _, _ in browser_stems["vocabulary"]}
    expected = _index_words(index, zoekwoorden=False)
    assert expected, "the search index has no words"
    assert seen == expected, (f"the browser's words differ from the index's: missing {sorted(expected - seen)[:20]}, "
                              f"extra {sorted(seen - expected)[:20]}")


def _differences(rows, reference, column):
    return [f"{w}: reference {reference.stemWord(w)!r}, browser {row[column]!r}"
            for row in rows for w in [row[0]] if reference.stemWord(w) != row[column]]


def test_search_uses_the_reference_stem_for_every_word(browser_stems, reference):
    rows = browser_stems["vocabulary"] + browser_stems["extra"]
    wrong = _differences(rows, reference, 1)
    assert not wrong, f"{len(wrong)} of {len(rows)} words stem differently:\n  " + "\n  ".join(wrong[:30])


def test_javascript_port_equals_the_reference_for_every_word(browser_stems, reference):
    rows = browser_stems["vocabulary"] + browser_stems["extra"]
    wrong = _differences(rows, reference, 2)
    assert not wrong, f"zoeken-stam.js: {len(wrong)} of {len(rows)} words stem differently:\n  " + "\n  ".join(wrong[:30])


def test_build_ships_the_reference_stems(index, reference):
    shipped = index.get("stammen", {})
    words = _index_words(index)
    assert set(shipped) <= words, f"stems for words that are not in the index: {sorted(set(shipped) - words)[:20]}"
    wrong = [f"{w}: reference {reference.stemWord(w)!r}, index {shipped.get(w, w)!r}"
             for w in sorted(words) if reference.stemWord(w) != shipped.get(w, w)]
    assert not wrong, f"{len(wrong)} of {len(words)} stems in assets/zoekindex.js differ:\n  " + "\n  ".join(wrong[:30])
