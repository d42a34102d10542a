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
        missing = {"zoek", "vind", "register"} - set(item or {})
        if missing:
            raise AssertionError(f"{path.name}: item {i + 1} lacks {sorted(missing)}")
        queries.append(Query(str(item["zoek"]), str(item["vind"]), str(item["register"])))
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

def walk(model: dict, answers: list[tuple[str, str]]) -> str | None:
    """The question or outcome id that these answers lead to (None when they are not a route)."""
    questions = model["questions"]
    node = model["start"]
    for question_id, option_id in answers:
        question = questions.get(node)
        if question is None or question["id"] != question_id:
            return None
        option = next((o for o in question["options"] if o["id"] == option_id), None)
        if option is None:
            return None
        node = option["to"]
    return node


def tool_answers(fragment: str) -> list[tuple[str, str]]:
    pairs = []
    for part in fragment.split("&"):
        if part:
            q, _, o = part.partition("=")
            pairs.append((unquote(q), unquote(o)))
    return pairs


def static_answers(model: dict, rel: str) -> list[tuple[str, str]] | None:
    """The answers of a page without JavaScript (beslisboom/stap/KEY.html: option ids joined by _)."""
    key = rel[len(STEP_FOLDER):-len(".html")]
    if key == "start":
        return []
    answers = []
    node = model["start"]
    for option_id in key.split("_"):
        question = model["questions"].get(node)
        option = question and next((o for o in question["options"] if o["id"] == option_id), None)
        if not option:
            return None
        answers.append((question["id"], option_id))
        node = option["to"]
    return answers


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
