"""Helpers of the search tests that need no browser: the query list (zoekvragen.yml), what a
target means, the register page read as entries, and where a link into the beslisboom leads."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

import yaml

HERE = Path(__file__).resolve().parent
QUERY_FILE = HERE / "zoekvragen.yml"
TOOL_PAGE = "beslisboom/index.html"
STEP_FOLDER = "beslisboom/stap/"


@dataclass(frozen=True)
class Query:
    text: str
    target: str
    register: str

    @property
    def kind(self) -> str:
        """'vraag', 'uitkomst' or 'pagina'."""
        head = self.target.split(":", 1)[0]
        return head if head in ("vraag", "uitkomst") else "pagina"

    @property
    def node(self) -> str:
        return self.target.split(":", 1)[1]

    @property
    def page(self) -> str:
        return self.target.split("#", 1)[0]

    @property
    def anchor(self) -> str | None:
        return self.target.split("#", 1)[1] if "#" in self.target else None


def load_queries(path: Path = QUERY_FILE) -> list[Query]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    queries = []
    for i, item in enumerate(data or []):
        missing = {"zoek", "vind"} - set(item or {})
        if missing:
            raise AssertionError(f"{path.name}: item {i + 1} lacks {sorted(missing)}")
        # no register entry: a phrase the register (terms only) cannot hold; the target is then a
        # beslisboom step, which the beslisboom's pages without JavaScript reach
        queries.append(Query(str(item["zoek"]), str(item["vind"]), str(item.get("register") or "")))
    return queries


def fold(text: str) -> str:
    """Case and accents folded, words joined by one space (as the site's search folds them)."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.findall(r"[a-z0-9]+", text))


def site_relative(href: str, base: str) -> tuple[str, str]:
    """(path from the site's root, fragment) of an absolute URL under `base`."""
    if not href.startswith(base):
        return ("", "")
    rest = href[len(base):]
    parts = urlsplit(rest)
    return (unquote(parts.path), unquote(parts.fragment))


def resolve(from_rel: str, href: str) -> tuple[str, str]:
    """(path from the site's root, fragment) of a relative link on the page `from_rel`."""
    parts = urlsplit(href)
    if not parts.path:
        return (from_rel, unquote(parts.fragment))
    joined = PurePosixPath(from_rel).parent / unquote(parts.path)
    segments: list[str] = []
    for seg in joined.parts:
        if seg == "..":
            if segments:
                segments.pop()
        elif seg not in (".", ""):
            segments.append(seg)
    return ("/".join(segments), unquote(parts.fragment))


# ---------------------------------------------------------------- the beslisboom

def tool_answers(fragment: str) -> list[tuple[str, str]]:
    """The answers in the tool's fragment (#vraag=optie&vraag=optie)."""
    pairs = []
    for part in fragment.split("&"):
        if part:
            q, _, o = part.partition("=")
            pairs.append((unquote(q), unquote(o)))
    return pairs


def step_page(answers: list[tuple[str, str]]) -> str:
    """The page without JavaScript for these answers: beslisboom/stap/KEY.html, KEY the option ids joined by _."""
    return f"{STEP_FOLDER}{'_'.join(o for _, o in answers) or 'start'}.html"


def step_shows(site, model: dict, rel: str) -> tuple[str, str] | None:
    """What the page without JavaScript `rel` shows, read from the page itself: ('vraag', question id)
    by its h1 (the question's text), or ('uitkomst', outcome id) by its #uitkomst-titel-ID."""
    if not rel.startswith(STEP_FOLDER) or not site.has(rel):
        return None
    page = site.page(rel)
    for outcome in model.get("outcomes", []):
        if f"uitkomst-titel-{outcome}" in page.ids:
            return ("uitkomst", outcome)
    h1 = page.h1s[0].text if page.h1s else ""
    for question in model["questions"].values():
        if " ".join(h1.split()).endswith(" ".join(question["text"].split())):
            return ("vraag", question["id"])
    return None


# ---------------------------------------------------------------- the register

@dataclass
class RegisterEntry:
    id: str
    name: str
    links: list[tuple[str, str]] = field(default_factory=list)  # (href, text)
    see: str | None = None  # the id of the entry a "zie" points to


class _RegisterParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.entries: list[RegisterEntry] = []
        self._entry: RegisterEntry | None = None
        self._depth = 0
        self._in_name = False
        self._link: list | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "li" and "register-term" in (a.get("class") or "").split():
            self._entry = RegisterEntry(id=a.get("id", ""), name="")
            self.entries.append(self._entry)
            self._depth = 0
        if self._entry is None:
            return
        if tag == "li":
            self._depth += 1
        if tag == "span" and "register-naam" in (a.get("class") or "").split():
            self._in_name = True
        if tag == "a":
            self._link = [a.get("href", ""), ""]

    def handle_endtag(self, tag):
        if self._entry is None:
            return
        if tag == "span":
            self._in_name = False
        if tag == "a" and self._link is not None:
            href, text = self._link
            if href.startswith("#"):
                self._entry.see = href[1:]
            else:
                self._entry.links.append((href, " ".join(text.split())))
            self._link = None
        if tag == "li":
            self._depth -= 1
            if self._depth == 0:
                self._entry = None

    def handle_data(self, data):
        if self._entry is None:
            return
        if self._in_name:
            self._entry.name += data
        if self._link is not None:
            self._link[1] += data


def read_register(html: str) -> list[RegisterEntry]:
    parser = _RegisterParser()
    parser.feed(html)
    for entry in parser.entries:
        entry.name = " ".join(entry.name.split())
    return parser.entries


def register_links(entries: list[RegisterEntry], name: str) -> tuple[RegisterEntry | None, list[tuple[str, str]]]:
    """The entry with this name (folded) and its links, after its "zie"."""
    by_id = {e.id: e for e in entries}
    entry = next((e for e in entries if fold(e.name) == fold(name)), None)
    if entry is None:
        return (None, [])
    seen = set()
    current = entry
    while current is not None and current.see and current.id not in seen:
        seen.add(current.id)
        current = by_id.get(current.see)
    return (entry, current.links if current else [])
