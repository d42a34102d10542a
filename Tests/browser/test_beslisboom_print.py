"""Print: a beslisboom result prints on ONE A4 page at 10 pt or more, with the answers, the dates used
and the route's address.

For the 4 routes with the most actions (with every route as long as those: 24 today) and the route
with the most actions to every other outcome (beslislib.print_routes), in both versions: the tool
from file:// with dates (date set 'koningsdag' in the fragment, the browser's clock pinned to its
today: the dated plan is the longest text) and the result page without JavaScript. Each is checked
- with print media emulated: every rendered element with text of its own has a computed font size
  of at least 10 pt (13.33 CSS px);
- in the PDF Chromium prints (page.pdf with the page's own @page size and margins), read back with
  poppler's pdfinfo and pdftotext: exactly 1 page of A4; its text holds the outcome's title, every
  question and answer of the route, every action's short title, the dates used (label and date) and
  the page's address.
The page must fit with RESERVE_LINES to spare: the printed address is the page's own, so it is a line
or two longer when the site sits in a deeper folder (CI clones elsewhere than a laptop does) and the
version date is longer in some months. The test adds that many print-only lines after the address
before it prints. A route that does not fit fails with its route and page count; its PDF and text go
to artifacts/print/.
"""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

import beslislib as bl
import sitelib

TOOL = bl.TOOL
MIN_PX = 10 * 96 / 72  # 10 pt in CSS px
A4_POINTS = (595.28, 841.89)
RESERVE_LINES = 3

ADD_RESERVE = """lines => {
  const adres = document.querySelector('.print-adres');
  const reserve = document.createElement('p');
  reserve.className = 'print-only print-adres print-reserve';
  for (let i = 0; i < lines; i++) {
    if (i) reserve.appendChild(document.createElement('br'));
    reserve.appendChild(document.createTextNode('reserve'));
  }
  adres.after(reserve);
}"""

SMALL_TEXT = """minPx => {
  const out = [];
  let checked = 0;
  for (const el of document.body.querySelectorAll('*')) {
    if (!el.getClientRects().length) continue;
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') continue;
    const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;  // visually hidden (read aloud, never printed)
    checked++;
    const px = parseFloat(s.fontSize);
    if (px < minPx - 0.01) {
      out.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : ''}`
        + ` ${(px * 72 / 96).toFixed(1)}pt "${el.textContent.trim().replace(/\\s+/g, ' ').slice(0, 50)}"`);
    }
  }
  return {checked, small: out};
}"""


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


@pytest.fixture(scope="module")
def poppler():
    missing = [t for t in ("pdfinfo", "pdftotext") if not shutil.which(t)]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: install poppler-utils (scripts/install-browser-test-deps.sh)",
                    pytrace=False)


def read_pdf(pdf: bytes, tmp_path) -> tuple[int, tuple[float, float], str]:
    path = tmp_path / "result.pdf"
    path.write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    w, h = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+)", info, re.M).groups())
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, (w, h), text


def squeeze(text: str) -> str:
    """Text without white space and hyphens: lines in the PDF break anywhere, and pdftotext joins a
    word broken after a hyphen ("JES-" + "overleg" becomes "JESoverleg")."""
    return re.sub(r"[\s\u00ad-]+", "", text)


def print_problems(tab, model, route, expected: dict, dates: bl.Dates | None, where: str, artifacts, tmp_path, name: str):
    page = tab.page
    address = page.url
    tab.emulate_print()
    headings = page.evaluate("() => [...document.querySelectorAll('.plan-groep-titel')].map(e => e.textContent)")
    fonts = page.evaluate(SMALL_TEXT, MIN_PX)
    page.evaluate(ADD_RESERVE, RESERVE_LINES)
    pdf = page.pdf(prefer_css_page_size=True, print_background=True)
    pages, size, text = read_pdf(pdf, tmp_path)
    problems = []
    if pages != 1:
        problems.append(f"prints on {pages} pages with {RESERVE_LINES} lines kept free for a longer address"
                        " (want 1 A4)")
    if abs(size[0] - A4_POINTS[0]) > 2 or abs(size[1] - A4_POINTS[1]) > 2:
        problems.append(f"the page is {size[0]:.0f} x {size[1]:.0f} pt, not A4 (595 x 842)")
    if fonts["checked"] < 10:
        problems.append(f"only {fonts['checked']} elements with text are rendered for print")
    if fonts["small"]:
        problems.append(f"{len(fonts['small'])} elements print below 10 pt: " + "; ".join(fonts["small"][:10]))
    flat = squeeze(text)
    wanted = [("the title", expected["uitkomst"]["titel"]), ("the address", address)]
    for qid, oid in route.steps:
        wanted.append((f"question {qid}", model["questions"][qid]["text"]))
        wanted.append((f"answer {qid}={oid}", sitelib.option_label(model, qid, oid)))
    for a in expected["uitkomst"]["acties"]:
        wanted.append((f"action {a['id']}", a["kort"]))
        wanted.append((f"the deadline of {a['id']}", a["termijnTekst"]))
    for anchor, day in (dates.anchors if dates else ()):
        wanted.append((f"the date {anchor}", f"{model['labels']['anchors'][anchor]} {bl.dutch_date(day)}"))
    # The group headings print in a column beside their items. Where a heading and an item's deadline
    # both wrap, pdftotext may put the heading inside the deadline ("geen vaste" "Zonder vaste termijn"
    # "termijn"); a reader reads the two apart, so a text is also found with the headings taken out.
    apart = flat
    for heading in sorted({squeeze(h) for h in headings if h.strip()}, key=len, reverse=True):
        apart = apart.replace(heading, "")
    missing = [f"{what} ({text_!r})" for what, text_ in wanted
               if squeeze(text_) not in flat and squeeze(text_) not in apart]
    if missing:
        problems.append("the printed text lacks " + "; ".join(missing))
    if problems:
        out = artifacts / "print"
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{name}.pdf").write_bytes(pdf)
        (out / f"{name}.txt").write_text(text, encoding="utf-8")
        problems.append(f"PDF and its text in {out}/{name}.*")
    return [f"{where}: {p}" for p in problems]


def test_print_tool_with_dates(tab, model, print_route, cli, artifacts, tmp_path, poppler):
    route = print_route
    dates = bl.DATE_SETS_BY_NAME["koningsdag"].dates
    tab.page.clock.set_fixed_time(f"{dates.today}T12:00:00Z")
    tab.goto(TOOL, via="file", fragment=route.fragment() + "&" + dates.fragment())
    where = f"{TOOL} printed, {bl.route_where(route, dates)}"
    problems = print_problems(tab, model, route, cli(route, dates), dates, where, artifacts, tmp_path,
                              f"tool-{route.test_id}")
    assert not problems, "\n".join(problems)
    tab.assert_clean(where)


def test_print_static(tab, model, print_route, cli, artifacts, tmp_path, poppler):
    route = print_route
    tab.goto(route.pages[-1], via="file")
    where = f"{route.pages[-1]} printed, {bl.route_where(route)}"
    problems = print_problems(tab, model, route, cli(route), None, where, artifacts, tmp_path,
                              f"static-{route.test_id}")
    assert not problems, "\n".join(problems)
    tab.assert_clean(where)
