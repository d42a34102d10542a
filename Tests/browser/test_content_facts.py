"""What a reader sees of dated facts and contacts (issue 13): the publicatiedata box names the next
date or says plainly that none is known, and agrees with its own table; the footer shows a real
contact or points to the SOT-consulent; no page carries a placeholder address or text."""
from __future__ import annotations

import re

import pytest

PLACEHOLDER = re.compile(r"(?<![\w-])example\.(?:org|com|net)(?![\w-])|(?<![\w-])(?:todo|lorem)(?![\w-])", re.IGNORECASE)

READ_BOX = """() => {
  const box = document.querySelector('.publicatiedata');
  if (!box) return null;
  const rect = box.getBoundingClientRect();
  const rows = [...document.querySelectorAll('#publicatiedata-tabel')].flatMap(c =>
      [...c.closest('table').querySelectorAll('tbody tr')].map(tr => ({
          date: tr.querySelector('time').getAttribute('datetime'),
          state: tr.cells[1].innerText.trim()})));
  const next = box.querySelector('strong time');
  return {text: box.innerText, visible: rect.width > 0 && rect.height > 0,
          next: next ? next.getAttribute('datetime') : null, rows};
}"""


def _schedule_page(site) -> str:
    # The whole routeboek on one page (routeboek-compleet.html) repeats every page, this box included.
    rels = [rel for rel in site.html_files if rel != "routeboek-compleet.html"
            and 'class="callout callout-important publicatiedata"' in (site.root / rel).read_text(encoding="utf-8")]
    if not rels:
        pytest.skip("no page shows the publicatiedata (Content/publicatiedata.yml is absent)")
    assert len(rels) == 1, f"the publicatiedata appear on {len(rels)} pages: {rels}"
    return rels[0]


def test_publicatiedata_box_agrees_with_its_table(tab, site):
    rel = _schedule_page(site)
    tab.goto(rel, via="file")
    box = tab.page.evaluate(READ_BOX)
    assert box and box["visible"], f"{rel}: the publicatiedata box is not visible"
    states = [row["state"] for row in box["rows"]]
    assert states, f"{rel}: the publicatiedata table has no rows"
    assert set(states) <= {"geweest", "volgende", "gepland"}, f"{rel}: unknown states {states}"
    order = {"geweest": 0, "volgende": 1, "gepland": 2}
    assert [order[s] for s in states] == sorted(order[s] for s in states), f"{rel}: states out of order: {states}"
    dates = [row["date"] for row in box["rows"]]
    assert dates == sorted(dates), f"{rel}: dates out of order: {dates}"
    marked = [row["date"] for row in box["rows"] if row["state"] == "volgende"]
    if box["next"]:
        assert "De volgende publicatiedatum is" in box["text"], box["text"]
        assert marked == [box["next"]], f"{rel}: the box names {box['next']}, the table marks {marked}"
    else:
        # No date ahead: the page must say so, never show a past date as the next one.
        assert marked == [] and "gepland" not in states, f"{rel}: no next date in the box, but the table has {states}"
        assert ("nog niet bekend" in box["text"] or "geen volgende publicatiedatum" in box["text"]), box["text"]
    tab.assert_clean(rel)


def test_footer_contact_is_real_or_points_to_sot_consulent(tab, site):
    tab.goto("index.html", via="file")
    footer = tab.page.evaluate("() => document.querySelector('footer').innerText")
    assert "Contact" in footer, "the footer has no Contact block"
    has_mail = tab.page.evaluate("() => !!document.querySelector('footer a[href^=\"mailto:\"]')")
    assert has_mail or "SOT-consulent van je school" in footer, f"the footer names no contact: {footer!r}"


def test_no_placeholder_on_any_page(site, page_rel: str):
    text = (site.root / page_rel).read_text(encoding="utf-8")
    hits = sorted({m.group(0) for m in PLACEHOLDER.finditer(text)})
    assert not hits, f"{page_rel}: placeholder text {hits}"
