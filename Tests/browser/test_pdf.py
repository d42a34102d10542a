"""The whole routeboek as one PDF (routeboek.pdf, typeset by WeasyPrint from routeboek-compleet.html),
read back with poppler-utils (pdfinfo, pdftotext, pdftoppm):

- every page of the site's navigation is in the contents, in navigation order (the beslisboom's
  generated pages, "Alle routes" and its flowchart, as appendices), and each title stands on the page
  the contents name;
- every flowchart's text is in the PDF, and so is its text version;
- the routes table breaks across pages with its header on every page;
- internal links land on named destinations; title, language and tagging (PDF/UA-1) are set;
- WeasyPrint typesets routeboek-compleet.html without a warning, into as many pages as the build's PDF.

Page count and size go to artifacts/pdf/routeboek-pdf.txt (the runner prints them); the cover, the
contents, a flowchart page, the tree's flowchart and two pages of the breaking table are rendered to
PNG in artifacts/pdf/ for people to look at."""
from __future__ import annotations

import html as html_module
import posixpath
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from sitelib import norm_space

PDF = "routeboek.pdf"
HTML = "routeboek-compleet.html"
# The beslisboom's generated overview pages (docs/templates.md): appendices in the document.
TREE_APPENDIX_PAGES = ["beslisboom/alle-routes.html", "beslisboom/stroomschema.html"]
# WeasyPrint 57 says this on every PDF/UA run; any other warning fails.
EXPECTED_WARNINGS = ["PDF/UA support is experimental"]

pytestmark = pytest.mark.xdist_group("pdf")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if not found:
        pytest.fail(f"{name} is missing: install Debian's poppler-utils (scripts/install-browser-test-deps.sh)", pytrace=False)
    return found


def _run(*args: str) -> str:
    result = subprocess.run(list(args), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{' '.join(args)} failed ({result.returncode}): {result.stderr[-2000:]}"
    return result.stdout


@pytest.fixture(scope="module")
def pdf_path(site) -> Path:
    path = site.root / PDF
    if not path.is_file():
        pytest.fail(f"{path} is missing: build the site with the PDF (routeboek build --pdf; make does)", pytrace=False)
    return path


@pytest.fixture(scope="module")
def info(pdf_path) -> dict[str, str]:
    out = _run(_tool("pdfinfo"), str(pdf_path))
    return {k.strip(): v.strip() for k, v in (line.split(":", 1) for line in out.splitlines() if ":" in line)}


@pytest.fixture(scope="module")
def page_count(info) -> int:
    return int(info["Pages"])


@pytest.fixture(scope="module")
def layout_pages(pdf_path) -> list[str]:
    """The text of every page, laid out as on paper (index 0 is page 1)."""
    text = _run(_tool("pdftotext"), "-layout", str(pdf_path), "-")
    pages = text.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.fixture(scope="module")
def raw_text(pdf_path) -> str:
    """The text in the order it was drawn, whitespace folded: one SVG <text> stays one run."""
    return norm_space(_run(_tool("pdftotext"), "-raw", str(pdf_path), "-"))


# ---------------------------------------------------------------- the site's navigation, from its HTML

class _NavParser(HTMLParser):
    """Top entries of ul.site-nav-list and the sub-items of the active one: [(href, title, [(href, title)])]."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside ul.site-nav-list: list nesting
        self.entries: list[list] = []
        self.link: dict | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "ul" and ("site-nav-list" in (a.get("class") or "").split() or self.depth):
            self.depth += 1
        elif tag == "a" and self.depth and "href" in a:
            self.link = {"href": a["href"], "text": "", "level": self.depth}

    def handle_endtag(self, tag):
        if tag == "ul" and self.depth:
            self.depth -= 1
        elif tag == "a" and self.link is not None:
            title = norm_space(self.link["text"])
            if self.link["level"] == 1:
                self.entries.append([self.link["href"], title, []])
            elif self.entries:
                self.entries[-1][2].append((self.link["href"], title))
            self.link = None

    def handle_data(self, data):
        if self.link is not None:
            self.link["text"] += data


def _navigation(site) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(path, title, [(path, title)]) of every entry of the site's navigation, paths from the root: the
    entries from the home page, each section's pages from the section's own page (only the active
    section lists its pages)."""
    def parse(rel: str):
        parser = _NavParser()
        parser.feed((site.root / rel).read_text(encoding="utf-8"))
        folder = posixpath.dirname(rel)
        resolve = lambda href: posixpath.normpath(posixpath.join(folder, href.split("#")[0]))
        return [(resolve(h), t, [(resolve(sh), st) for sh, st in sub]) for h, t, sub in parser.entries]

    entries = []
    for rel, title, _ in parse("index.html"):
        own = next((sub for r, t, sub in parse(rel) if r == rel and sub), [])
        entries.append((rel, title, own))
    return entries


def _expected_order(site) -> list[str]:
    """The titles the document must hold, in order: the navigation, with the tree's generated pages at the end."""
    chapters, appendices = [], []
    for rel, title, pages in _navigation(site):
        chapters.append(title)
        for href, page_title in pages:
            if href == rel:
                continue
            (appendices if href in TREE_APPENDIX_PAGES else chapters).append(page_title)
    return chapters + appendices + ["Bronnen"]


# ---------------------------------------------------------------- the contents, from the PDF

TOC_LINE = re.compile(r"^\s*(Bijlage [A-Z]|\d+(?:\.\d+)*)\s+(.+?)\s*\.{3,}\s*(\d+)\s*$")
TOC_START = re.compile(r"^\s*(Bijlage [A-Z]|\d+(?:\.\d+)*)\s+(\S.*?)\s*$")


def _contents(layout_pages: list[str]) -> list[tuple[str, str, int]]:
    """(number, title, page) of every entry of the contents, which start on page 2."""
    entries, pending = [], None
    for text in layout_pages[1:]:
        found_here = False
        for line in text.splitlines():
            m = TOC_LINE.match(line)
            if m:
                number, title = m.group(1), m.group(2)
                if pending and not TOC_START.match(line.split("....")[0]):
                    number, title = pending[0], pending[1] + " " + line.split("....")[0].strip()
                entries.append((number, norm_space(title.rstrip(" .")), int(m.group(3))))
                pending, found_here = None, True
            elif entries or found_here:
                start = TOC_START.match(line)
                pending = (start.group(1), start.group(2)) if start and "...." not in line else pending
        if entries and not found_here:
            break
    return entries


# ---------------------------------------------------------------- tests

def test_pdf_info_reported(pdf_path, info, page_count, artifacts):
    size = pdf_path.stat().st_size
    out = artifacts / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    summary = (f"{PDF}: {page_count} pages, {size} bytes ({size / 1e6:.2f} MB), page size {info.get('Page size')}, "
               f"producer {info.get('Producer')}, tagged {info.get('Tagged')}")
    (out / "routeboek-pdf.txt").write_text(summary + "\n", encoding="utf-8")
    print(summary)
    assert page_count >= 10, summary
    assert "A4" in info.get("Page size", ""), summary
    assert info.get("Producer", "").startswith("WeasyPrint"), summary


def test_pdf_metadata_and_tagging(site, pdf_path, info):
    html = site.page(HTML)
    assert info.get("Title") == html.title, f"PDF title {info.get('Title')!r}, page title {html.title!r}"
    assert info.get("Tagged") == "yes", "the PDF is not tagged (WeasyPrint's pdf/ua-1 variant tags it)"
    raw = pdf_path.read_bytes()
    assert b"/Lang (nl)" in raw, "the PDF's language is not nl"
    assert b'pdfuaid:part="1"' in raw, "the PDF does not identify itself as PDF/UA-1"
    assert b"/DisplayDocTitle true" in raw, "viewers are not told to show the title instead of the file name"


def test_internal_links_land_on_destinations(pdf_path):
    raw = pdf_path.read_bytes()
    targets = set(re.findall(rb"/Dest \(([^)]*)\)", raw))
    names_start = raw.find(b"/Dests <<")
    assert names_start >= 0, "the PDF has no named destinations"
    named = set(re.findall(rb"\(([^)]*)\) \[ \d+ 0 R /XYZ", raw[names_start:]))
    assert len(targets) > 50, f"only {len(targets)} internal link targets: are the contents and links clickable?"
    missing = sorted(t.decode() for t in targets - named)
    assert not missing, f"internal links to no destination: {missing[:10]}"


def test_every_page_in_navigation_order_on_its_page(site, layout_pages, page_count):
    expected = _expected_order(site)
    contents = _contents(layout_pages)
    assert contents, "no contents found on page 2 (lines 'number title ..... page')"
    titles = [title for _, title, _ in contents]
    problems, position = [], -1
    for title in expected:
        if title not in titles:
            problems.append(f"{title!r} is not in the contents")
            continue
        index = titles.index(title)
        if index < position:
            problems.append(f"{title!r} comes before {titles[position]!r} in the contents; the navigation has it after")
        position = max(position, index)
        number, _, page = contents[index]
        if not 1 <= page <= page_count:
            problems.append(f"{title!r}: the contents name page {page}, the PDF has {page_count}")
            continue
        if f"{number} {title}" not in norm_space(layout_pages[page - 1]):
            problems.append(f"{number} {title!r} is not on page {page}, where the contents say it is")
    assert not problems, "\n  ".join(["the document does not follow the navigation:"] + problems)


def _svg_texts(html: str) -> list[list[str]]:
    """The <text> contents of every flowchart SVG in a page, chart by chart."""
    charts = []
    for svg in re.findall(r"<svg\b.*?</svg>", html, flags=re.S):
        texts = [norm_space(html_module.unescape(re.sub(r"<[^>]+>", "", t)))
                 for t in re.findall(r"<text\b[^>]*>(.*?)</text>", svg, flags=re.S)]
        charts.append([t for t in texts if t])
    return charts


def test_flowchart_text_in_pdf(site, raw_text):
    pages = [rel for rel in site.html_files if rel != HTML and 'class="flowchart"' in (site.root / rel).read_text(encoding="utf-8")]
    assert pages, "no page of the site has a flowchart"
    problems, charts = [], 0
    for rel in pages:
        html = (site.root / rel).read_text(encoding="utf-8")
        for texts in _svg_texts(html):
            charts += 1
            missing = [t for t in texts if t not in raw_text]
            if missing:
                problems.append(f"{rel}: {len(missing)} of {len(texts)} texts of a flowchart are not in the PDF, e.g. {missing[:3]}")
        for item in re.findall(r'<div class="flowchart-text">.*?<ol>(.*?)</ol></div>', html, flags=re.S)[:1]:
            first = norm_space(re.sub(r"<[^>]+>", " ", item.split("</li>")[0]))
            if first and first not in raw_text:
                problems.append(f"{rel}: the text version ('Stroomschema in woorden') is not in the PDF: {first[:60]!r}")
    assert charts >= 1
    assert not problems, "\n  ".join(problems)


def test_routes_table_breaks_with_its_header(layout_pages, page_count):
    contents = _contents(layout_pages)
    starts = {title: page for _, title, page in contents}
    first = starts.get("Alle routes")
    if first is None:
        pytest.skip("the document has no routes appendix (no beslisboom)")
    later = sorted(p for p in starts.values() if p > first)
    last = (later[0] - 1) if later else page_count
    assert last > first, f"the routes table fits on page {first}: it does not show that a table breaks across pages"
    problems = []
    for page in range(first, last + 1):
        header = next((line for line in layout_pages[page - 1].splitlines()
                       if "Nr." in line and "Antwoorden" in line and "Registratie" in line), None)
        if header is None:
            problems.append(f"page {page}: the table header (Nr., Antwoorden, Registratie ...) is not repeated")
    assert not problems, "\n  ".join(problems)


def _page_with(layout_pages: list[str], needle: str, start: int = 1) -> int | None:
    for index in range(start - 1, len(layout_pages)):
        if needle in norm_space(layout_pages[index]):
            return index + 1
    return None


def test_pages_rendered_for_review(site, pdf_path, layout_pages, artifacts):
    """Cover, contents, a flowchart page, the tree's flowchart and the breaking table as PNG, to look at."""
    contents = _contents(layout_pages)
    starts = {title: page for _, title, page in contents}
    shots = {"omslag": 1, "inhoud": 2}
    for rel in site.html_files:
        if rel == HTML or rel.startswith("beslisboom/"):
            continue
        charts = _svg_texts((site.root / rel).read_text(encoding="utf-8"))
        if charts and charts[0]:
            page = _page_with(layout_pages, charts[0][0], start=3)
            if page:
                shots["stroomschema-pagina"] = page
                break
    if "Stroomschema van de beslisboom" in starts:
        shots["stroomschema-beslisboom"] = starts["Stroomschema van de beslisboom"]
    if "Alle routes" in starts:
        shots["tabel-over-pagina-1"] = starts["Alle routes"]
        shots["tabel-over-pagina-2"] = starts["Alle routes"] + 1
    out = artifacts / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    pdftoppm = _tool("pdftoppm")
    for name, page in shots.items():
        _run(pdftoppm, "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile", str(pdf_path), str(out / name))
        assert (out / f"{name}.png").stat().st_size > 2000, f"{name}.png (page {page}) is empty"
    assert "stroomschema-pagina" in shots, "no page of the PDF shows a content page's flowchart"


def test_weasyprint_typesets_without_warnings(site, page_count, tmp_path):
    """WeasyPrint, run again on the built routeboek-compleet.html: no warning, and as many pages as the build's PDF."""
    weasyprint = shutil.which("weasyprint")
    if not weasyprint:
        pytest.fail("weasyprint is missing: install Debian's package weasyprint (make does)", pytrace=False)
    out = tmp_path / "again.pdf"
    start = time.monotonic()
    result = subprocess.run([weasyprint, "--pdf-variant", "pdf/ua-1", "--verbose", str(site.root / HTML), str(out)],
                            capture_output=True, text=True, timeout=600)
    seconds = time.monotonic() - start
    assert result.returncode == 0, result.stderr[-2000:]
    lines = (result.stderr + result.stdout).splitlines()
    warnings = [line for line in lines if line.startswith(("WARNING", "ERROR", "CRITICAL"))
                and not any(expected in line for expected in EXPECTED_WARNINGS)]
    assert not warnings, f"WeasyPrint warns about {HTML}:\n  " + "\n  ".join(warnings[:20])
    again = int(re.search(r"Pages:\s+(\d+)", _run(_tool("pdfinfo"), str(out))).group(1))
    assert again == page_count, f"the same HTML gives {again} pages now, the build's PDF has {page_count}"
    print(f"WeasyPrint: {again} pages in {seconds:.1f} s")
