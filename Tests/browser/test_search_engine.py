"""The search engine (assets/zoeken-motor.js) on small indexes made here, in the real browser: how
it matches and in which order it ranks, independent of the site's content.

Order of match kinds (same field): the title is the query > whole word > same stem > verb form with
-t > start of a word > inside a compound. Order of fields (same kind): title > heading > text. A word
that matches nothing is read as a typing error of the nearest index word."""
from __future__ import annotations

import pytest

SEARCH_PAGE = "zoeken.html"


@pytest.fixture(scope="module")
def engine(context, file_base, site):
    if not site.has(SEARCH_PAGE):
        pytest.fail(f"the site has no {SEARCH_PAGE}", pytrace=False)
    page = context.new_page()
    page.goto(file_base + SEARCH_PAGE)
    if not page.evaluate("() => !!window.ROUTEBOEK_ZOEKEN"):
        pytest.fail(f"{SEARCH_PAGE} does not load zoeken-motor.js (window.ROUTEBOEK_ZOEKEN)", pytrace=False)

    def search(docs, query, zoekwoorden=()):
        index = {"docs": [dict({"k": "p", "u": f"d{i}.html", "s": "", "d": ""}, **d) for i, d in enumerate(docs)],
                 "zoekwoorden": [list(z) for z in zoekwoorden], "stammen": {}}
        return page.evaluate("""([index, q]) => {
            const Z = window.ROUTEBOEK_ZOEKEN, found = Z.search(Z.prepare(index), q);
            return {results: found.results.map(r => ({u: r.doc.u, exact: r.exact, partial: r.partial, part: r.part,
                                                      missing: r.missing, inTitle: r.inTitle})),
                    synonyms: found.synonyms.map(s => s.term), words: found.words,
                    corrections: found.corrections.map(c => [c.from, c.to])};
        }""", [index, query])

    yield search
    page.close()


def order(found):
    return [r["u"] for r in found["results"]]


def test_match_kinds_rank_exact_word_stem_prefix_compound(engine):
    docs = [
        {"t": "Ziekteverzuim"},             # d0: inside a compound
        {"t": "Verzuimregister"},           # d1: the start of a word
        {"t": "Verzuimen"},                 # d2: the same stem
        {"t": "Verzuim, school en ouders"}, # d3: the whole word, in a longer title
        {"t": "Verzuim"},                   # d4: the title is the query
    ]
    assert order(engine(docs, "verzuim")) == ["d4.html", "d3.html", "d2.html", "d1.html", "d0.html"]


def test_fields_rank_title_heading_text(engine):
    docs = [
        {"t": "Een", "h": [{"x": "over de zorgboerderij"}]},
        {"t": "Twee", "h": [{"t": "De zorgboerderij", "a": "zorgboerderij", "x": "tekst"}]},
        {"t": "Zorgboerderij in de regio"},
    ]
    assert order(engine(docs, "zorgboerderij")) == ["d2.html", "d1.html", "d0.html"]


def test_plural_finds_singular_and_the_other_way(engine):
    docs = [{"t": "Zorgboerderij"}, {"t": "Iets anders"}]
    assert order(engine(docs, "zorgboerderijen")) == ["d0.html"]
    assert order(engine([{"t": "Zorgboerderijen"}], "zorgboerderij")) == ["d0.html"]


def test_diacritics_and_case_are_folded_and_compounds_match(engine):
    docs = [{"t": "De zorgcoördinator"}, {"t": "De Coördinator"}]
    assert order(engine(docs, "coordinator")) == ["d1.html", "d0.html"]
    assert order(engine(docs, "COÖRDINATOR")) == ["d1.html", "d0.html"]


def test_two_words_may_be_one_compound(engine):
    found = engine([{"t": "Zorgboerderij"}, {"t": "Zorg"}], "zorg boerderij")
    assert order(found)[0] == "d0.html" and not found["results"][0]["partial"]


def test_verb_forms_with_t_match(engine):
    docs = [{"t": "Vraag", "h": [{"x": "De leerling weigert naar school te gaan"}]}]
    assert order(engine(docs, "weigeren")) == ["d0.html"]
    assert order(engine([{"t": "De school organiseert een MDO"}], "organiseren")) == ["d0.html"]


def test_zoekwoord_leads_to_its_term(engine):
    docs = [{"t": "Ongeoorloofd verzuim", "k": "b"}, {"t": "Verzuim"}, {"t": "Over spijbelen", "h": [{"x": "Wie spijbelt"}]}]
    found = engine(docs, "spijbelen", zoekwoorden=[("spijbelen", "Ongeoorloofd verzuim")])
    assert found["synonyms"] == ["Ongeoorloofd verzuim"]
    assert set(order(found)) == {"d0.html", "d2.html"}, "a zoekwoord must not widen to documents with one word of its term"


def test_stop_words_are_left_out(engine):
    docs = [{"t": "Thuiszitter"}, {"t": "Wat is een leerling"}]
    found = engine(docs, "wat is een thuiszitter")
    assert found["words"] == ["thuiszitter"]
    assert order(found) == ["d0.html"]


def test_heading_that_is_the_query_opens_there(engine):
    docs = [{"t": "Thuiszitters", "h": [{"t": "Inleiding", "a": "inleiding", "x": "de thuiszitter"},
                                        {"t": "Wat is een thuiszitter?", "a": "wat-is-een-thuiszitter", "x": "uitleg"}]},
            {"t": "Thuiszitter en school"}]
    found = engine(docs, "wat is een thuiszitter")
    first = found["results"][0]
    assert first["u"] == "d0.html" and first["exact"] == 1 and first["part"] == 1 and not first["inTitle"]


def test_every_word_must_match_before_some_words(engine):
    docs = [{"t": "Verlof"}, {"t": "Verlof aanvragen"}, {"t": "Aanvragen"}]
    found = engine(docs, "verlof aanvragen")
    assert order(found)[0] == "d1.html" and not found["results"][0]["partial"]
    assert [r["partial"] for r in found["results"][1:]] == [True, True]
    assert found["results"][1]["missing"] in (["aanvragen"], ["verlof"])


def test_no_words_no_results(engine):
    assert engine([{"t": "Verzuim"}], "  ,,  ")["results"] == []
    assert engine([{"t": "Verzuim"}], "xyzzy")["results"] == []


# ---------------------------------------------------------------- typing errors

def test_typing_error_is_read_as_the_nearest_word(engine):
    docs = [{"t": "Thuiszitter"}, {"t": "Leerplichtambtenaar"}, {"t": "Afwijking onderwijstijd"}, {"t": "Ziekteverzuim"}]
    cases = [
        ("thuisziter", "thuiszitter", "d0.html"),                  # a letter left out
        ("thuiszotter", "thuiszitter", "d0.html"),                 # o for i: keys next to each other
        ("leerplichambtenaar", "leerplichtambtenaar", "d1.html"),  # 18 letters, one edit
        ("afweiking", "afwijking", "d2.html"),                     # 9 letters, two edits (ei for ij)
        ("ziekteverzium", "ziekteverzuim", "d3.html"),             # two letters swapped
    ]
    for typed, meant, u in cases:
        found = engine(docs, typed)
        assert found["corrections"] == [[typed, meant]], f"{typed!r}: {found['corrections']}"
        assert found["words"] == [meant] and order(found) == [u], f"{typed!r}: {order(found)}"
    found = engine(docs, "afweiking onderwijstijd")
    assert found["corrections"] == [["afweiking", "afwijking"]]
    assert order(found)[0] == "d2.html" and not found["results"][0]["partial"]


def test_typing_error_limits(engine):
    docs = [{"t": "Verzuim"}, {"t": "Schorsing"}, {"t": "Testen en meten"}, {"t": "Verklaring"}, {"t": "Opp"}]
    # 4 to 7 letters: one edit, not two
    assert engine(docs, "verzum")["corrections"] == [["verzum", "verzuim"]]
    assert engine(docs, "vrzum")["corrections"] == []
    # 8 letters and more: two edits, not three
    assert engine(docs, "schorsng")["corrections"] == [["schorsng", "schorsing"]]
    assert engine(docs, "schorrsingg")["corrections"] == [["schorrsingg", "schorsing"]]
    assert engine(docs, "schhorrsingg")["corrections"] == []
    # under 4 letters: never
    assert engine(docs, "opq")["corrections"] == [] and engine(docs, "opq")["results"] == []
    # a letter replaced by one that is not next to it on the keyboard (nor sounds alike) is two edits
    assert engine(docs, "pesten")["corrections"] == [], "pesten must not be read as testen"
    assert engine(docs, "verslaving")["corrections"] == [], "verslaving must not be read as verklaring"
    assert engine(docs, "verzuum")["corrections"] == [["verzuum", "verzuim"]], "u for i: keys next to each other"
    # a word that matches (also as the start of a word or inside a compound) is not corrected
    assert engine(docs, "verzuimen")["corrections"] == []
    assert engine(docs, "schors")["corrections"] == []
    # numbers are not corrected
    assert engine([{"t": "2026"}], "2027")["corrections"] == []


def test_typing_error_prefers_the_most_frequent_word_on_a_tie(engine):
    docs = [{"t": "Melden"}, {"t": "Helden"}, {"t": "Melden", "h": [{"x": "melden bij DUO"}]}]
    found = engine(docs, "nelden")  # n is next to both m and h on the keyboard
    assert found["corrections"] == [["nelden", "melden"]], found["corrections"]


def test_typing_error_may_lead_to_a_zoekwoord(engine):
    docs = [{"t": "Ongeoorloofd verzuim", "k": "b"}, {"t": "Verzuim"}]
    found = engine(docs, "spijbeln", zoekwoorden=[("spijbelen", "Ongeoorloofd verzuim")])
    assert found["corrections"] == [["spijbeln", "spijbelen"]]
    assert found["synonyms"] == ["Ongeoorloofd verzuim"] and order(found)[0] == "d0.html"


# ---------------------------------------------------------------- words close together

def test_query_words_close_together_beat_words_apart(engine):
    # Equal otherwise ('terugnemen' and 'terugkeer' both start with 'terug'; both have 'school' in the
    # summary): the text with the words together comes first, though it comes later in the index.
    docs = [{"t": "Hoe lang duurt de schorsing?", "d": "Wil de school de leerling niet meer terugnemen? Dan gaat het om verwijdering."},
            {"t": "Voldoet de voorziening aan de eisen?", "d": "De inzet is gericht op terugkeer naar school."}]
    assert order(engine(docs, "terug naar school")) == ["d1.html", "d0.html"]


def test_stop_words_of_the_query_may_stand_between(engine):
    # 'naar' is left out of the query's words, but may stand between them in the text
    docs = [{"t": "Een leerling gaat naar school of komt terug"}, {"t": "Wanneer een leerling terug naar school gaat"}]
    assert order(engine(docs, "terug naar school")) == ["d1.html", "d0.html"]
    # at most two words between: with three, the first (which would win a tie) does not count
    docs = [{"t": "Terug met hem en school"}, {"t": "Terug bij de school"}]
    assert order(engine(docs, "terug school")) == ["d1.html", "d0.html"]
