"""The page "Wat is er veranderd": reached from the home page, marked in the menu, the changes under
their dates newest first, and every link of a change opens the page or beslisboom result it names."""
from __future__ import annotations

import pytest

PAGE = "wijzigingen.html"


@pytest.fixture
def changes_page(site):
    if not site.has(PAGE):
        pytest.skip(f"the site has no {PAGE} (the content has no wijzigingen.yml)")
    return PAGE


def test_reached_from_home_newest_first(tab, changes_page):
    page = tab.page
    tab.goto("index.html", via="file")
    page.get_by_role("main").get_by_role("link", name="Wat is er veranderd", exact=True).click()
    page.wait_for_load_state()
    assert page.url.split("#")[0].endswith("/" + changes_page), f"the home page's link opened {page.url}"
    assert page.get_by_role("heading", level=1).inner_text().strip() == "Wat is er veranderd"
    current = page.locator('.site-nav a[aria-current="page"]')
    assert current.count() == 1 and current.inner_text().strip() == "Wat is er veranderd", "the menu does not mark the page"
    dates = page.eval_on_selector_all(".wijziging-dag h2 time", "els => els.map(e => e.getAttribute('datetime'))")
    assert dates, "no dated changes on the page"
    assert dates == sorted(dates, reverse=True), f"the days are not newest first: {dates}"
    assert len(set(dates)) == len(dates), f"a day is shown twice: {dates}"
    texts = page.eval_on_selector_all(".wijziging > p:first-child", "els => els.map(e => e.innerText.trim())")
    assert texts and all(texts), "a change without text"
    tab.assert_clean(changes_page)


def test_links_open_what_they_name(tab, site, changes_page):
    page = tab.page
    tab.goto(changes_page, via="file")
    links = page.eval_on_selector_all(
        ".wijziging a", "els => els.map(a => ({text: a.innerText.trim(), href: a.getAttribute('href')}))")
    assert links, "the changes link to nothing"
    problems = []
    for link in {(l["text"], l["href"]) for l in links}:
        text, href = link
        response = tab.goto(href, via="file")
        if response is not None and not response.ok:
            problems.append(f"{href}: status {response.status}")
            continue
        tab.assert_clean(href)
        # The page's title as served (the tool retitles itself with JavaScript) names the page, or
        # for a beslisboom result "Uitkomst: <the outcome's title>".
        title = site.page(href.split("#")[0]).title.rsplit(" – ", 1)[0].strip()
        if title.removeprefix("Uitkomst: ") != text:
            problems.append(f"{href}: the link says '{text}' but the page is '{title}'")
    assert not problems, f"{changes_page}:\n  " + "\n  ".join(sorted(problems))
    tab.assert_clean(changes_page)
