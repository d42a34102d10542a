"""Helpers of the browser suite that need no browser: reading the built site, parsing its HTML with
Python's html.parser, the decision tree's model and routes, the search index.
"""
from __future__ import annotations

import functools
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# Attributes that load or point at something, per tag.
URL_ATTRIBUTES = {
    "a": ["href"],
    "area": ["href"],
    "link": ["href"],
    "script": ["src"],
    "img": ["src", "srcset"],
    "source": ["src", "srcset"],
    "video": ["src", "poster"],
    "audio": ["src"],
    "track": ["src"],
    "iframe": ["src"],
    "embed": ["src"],
    "object": ["data"],
    "form": ["action"],
    "input": ["src"],
    "image": ["href", "xlink:href"],
    "use": ["href", "xlink:href"],
}
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


def norm_space(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def strip_diacritics(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@dataclass
class Heading:
    level: int
    text: str
    id: str | None
    in_main: bool
    line: int


@dataclass
class Link:
    tag: str
    attr: str
    value: str
    text: str
    in_template: bool
    line: int
    rel: str = ""


@dataclass
class ParsedPage:
    rel: str  # path from the site root, POSIX (`verzuim/melden-bij-duo.html`)
    path: Path
    html_lang: str | None = None
    title: str = ""
    headings: list[Heading] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)  # id -> tag (outside <template>)
    names: set[str] = field(default_factory=set)  # <a name>
    ids_in_main: set[str] = field(default_factory=set)
    main_ids: list[str | None] = field(default_factory=list)
    main_count: int = 0
    landmarks: dict[str, int] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    csp: list[str] = field(default_factory=list)
    csp_outside_head: int = 0
    inline_scripts: list[tuple[str, int]] = field(default_factory=list)
    style_elements: list[int] = field(default_factory=list)
    style_attributes: list[tuple[str, int]] = field(default_factory=list)
    event_attributes: list[tuple[str, str, int]] = field(default_factory=list)
    first_body_link: Link | None = None
    checkboxes: list[dict] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # for -> text
    data_scripts: dict[str, str] = field(default_factory=dict)  # id -> raw text
    templates: dict[str, str] = field(default_factory=dict)  # template id -> first heading text
    template_headings: dict[str, list[str]] = field(default_factory=dict)
    text_length: int = 0
    main_text_parts: list[str] = field(default_factory=list, repr=False)

    @property
    def main_text(self) -> str:
        return norm_space(" ".join(self.main_text_parts))

    @property
    def h1s(self) -> list[Heading]:
        return [h for h in self.headings if h.level == 1]


class _Parser(HTMLParser):
    def __init__(self, page: ParsedPage):
        super().__init__(convert_charrefs=True)
        self.p = page
        self.main_depth = 0
        self.template_stack: list[str | None] = []
        self.head_depth = 0
        self.body_seen = False
        self.capture: list[list] = []  # stack of [kind, payload, text parts]
        self.script_info: tuple[str | None, str, int] | None = None
        self.script_text: list[str] = []
        self.in_title = False
        self.text_parts = 0

    # -- helpers
    @property
    def in_template(self) -> bool:
        return bool(self.template_stack)

    def handle_starttag(self, tag, attrs):
        self._start(tag, attrs, selfclosing=False)

    def handle_startendtag(self, tag, attrs):
        self._start(tag, attrs, selfclosing=True)

    def _start(self, tag, attrs, selfclosing):
        a = {k: (v if v is not None else "") for k, v in attrs}
        line = self.getpos()[0]
        p = self.p
        if tag == "html" and "lang" in a:
            p.html_lang = a["lang"]
        if tag == "head":
            self.head_depth += 1
        if tag == "body":
            self.body_seen = True
        if tag == "title":
            self.in_title = True
        # ids
        if "id" in a and not self.in_template:
            p.ids.setdefault(a["id"], tag)
            if self.main_depth:
                p.ids_in_main.add(a["id"])
        if tag == "a" and "name" in a and not self.in_template:
            p.names.add(a["name"])
        # inline style / event handlers (also inside templates: they are instantiated later)
        if "style" in a:
            p.style_attributes.append((tag, line))
        for k in a:
            if k.startswith("on"):
                p.event_attributes.append((tag, k, line))
        if tag == "style":
            p.style_elements.append(line)
        if tag == "meta" and a.get("http-equiv", "").lower() == "content-security-policy":
            if self.head_depth:
                p.csp.append(a.get("content", ""))
            else:
                p.csp_outside_head += 1
        if tag in ("header", "nav", "footer", "aside") or a.get("role") in ("banner", "navigation", "contentinfo", "search"):
            key = a.get("role") or tag
            p.landmarks[key] = p.landmarks.get(key, 0) + 1
        if tag == "main" or a.get("role") == "main":
            if not self.in_template:
                p.main_count += 1
                p.main_ids.append(a.get("id"))
            if tag == "main":
                self.main_depth += 1
                if "id" in a and not self.in_template:
                    p.ids_in_main.add(a["id"])
        if tag == "template":
            self.template_stack.append(a.get("id"))
        if tag == "script":
            typ = a.get("type", "").strip().lower()
            if "src" not in a and typ not in DATA_SCRIPT_TYPES:
                p.inline_scripts.append((typ or "text/javascript", line))
            self.script_info = (a.get("id"), typ, line)
            self.script_text = []
        # links
        for attr in URL_ATTRIBUTES.get(tag, []):
            if attr in a:
                link = Link(tag, attr, a[attr], "", self.in_template, line, a.get("rel", ""))
                p.links.append(link)
                if tag == "a" and attr == "href":
                    if self.body_seen and p.first_body_link is None and not self.in_template:
                        p.first_body_link = link
                    self.capture.append(["a", link, []])
        if tag == "input" and a.get("type", "").lower() == "checkbox" and not self.in_template:
            p.checkboxes.append({"id": a.get("id"), "class": a.get("class", ""), "line": line,
                                 "aria-label": a.get("aria-label"), "aria-labelledby": a.get("aria-labelledby")})
        if tag == "label":
            self.capture.append(["label", a.get("for"), []])
        if tag in HEADING_TAGS:
            self.capture.append(["h", (HEADING_TAGS[tag], a.get("id"), line), []])

    def handle_endtag(self, tag):
        p = self.p
        if tag == "head":
            self.head_depth = max(0, self.head_depth - 1)
        if tag == "title":
            self.in_title = False
        if tag == "main":
            self.main_depth = max(0, self.main_depth - 1)
        if tag == "template" and self.template_stack:
            self.template_stack.pop()
        if tag == "script" and self.script_info is not None:
            sid, typ, line = self.script_info
            if sid and typ in DATA_SCRIPT_TYPES:
                p.data_scripts[sid] = "".join(self.script_text)
            self.script_info = None
        kind = {"a": "a", "label": "label"}.get(tag, "h" if tag in HEADING_TAGS else None)
        if kind is None:
            return
        # close the innermost capture of that kind
        for i in range(len(self.capture) - 1, -1, -1):
            if self.capture[i][0] == kind:
                k, payload, parts = self.capture.pop(i)
                text = norm_space("".join(parts))
                if k == "a":
                    payload.text = text
                elif k == "label":
                    if payload:
                        p.labels[payload] = (p.labels.get(payload, "") + " " + text).strip()
                else:
                    level, hid, line = payload
                    if self.in_template:
                        tid = self.template_stack[-1] or ""
                        p.template_headings.setdefault(tid, []).append(text)
                        p.templates.setdefault(tid, text)
                    else:
                        p.headings.append(Heading(level, text, hid, self.main_depth > 0, line))
                break

    def handle_data(self, data):
        if self.script_info is not None:
            self.script_text.append(data)
            return
        if self.in_title:
            self.p.title += data
        for c in self.capture:
            c[2].append(data)
        if self.main_depth and not self.in_template:
            self.p.text_length += len(data.strip())
            self.p.main_text_parts.append(data)


def parse_page(site: Path, path: Path) -> ParsedPage:
    page = ParsedPage(rel=path.relative_to(site).as_posix(), path=path)
    parser = _Parser(page)
    parser.feed(path.read_text(encoding="utf-8", errors="replace"))
    parser.close()
    page.title = norm_space(page.title)
    return page


class Site:
    """The built site folder, parsed once."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        self.html_files = sorted(
            p.relative_to(self.root).as_posix()
            for p in self.root.rglob("*.html")
            if p.is_file()
        )

    @functools.cached_property
    def pages(self) -> dict[str, ParsedPage]:
        return {rel: parse_page(self.root, self.root / rel) for rel in self.html_files}

    def page(self, rel: str) -> ParsedPage:
        return self.pages[rel]

    def has(self, rel: str) -> bool:
        return (self.root / rel).is_file()

    @property
    def has_beslisboom(self) -> bool:
        return self.has("beslisboom/index.html")

    # -- resolving links
    def resolve(self, from_rel: str, value: str) -> tuple[str | None, str | None, str | None]:
        """Resolve a link found on page `from_rel`.

        Returns (kind, target_rel, fragment) where kind is "external" (another scheme or host),
        "internal" or an error message string starting with "!".
        """
        value = value.strip()
        parts = urlsplit(value)
        if parts.scheme or parts.netloc:
            if parts.scheme in ("data",):
                return ("data", None, None)
            return ("external", None, None)
        if value.startswith("/"):
            return ("!absolute path (breaks from file:// and from a sub-folder)", None, None)
        frag = unquote(parts.fragment) if "#" in value else None
        if parts.path == "":
            return ("internal", from_rel, frag)
        base = PurePosixPath(from_rel).parent
        joined = os.path.normpath((base / unquote(parts.path)).as_posix())
        if joined.startswith(".."):
            return ("!points outside the site folder", None, None)
        if parts.path.endswith("/"):
            return ("!points at a folder (must point at a file)", joined, frag)
        return ("internal", joined, frag)


# ---------------------------------------------------------------- the decision tree

@dataclass(frozen=True)
class TreeRoute:
    steps: tuple[tuple[str, str], ...]  # (question id, option id)
    outcome: str
    # The pages of the version without JavaScript, start to result, when the route was found there.
    pages: tuple[str, ...] = field(default=(), compare=False)

    @property
    def description(self) -> str:
        return " → ".join(f"{q}={o}" for q, o in self.steps) + f" ⇒ {self.outcome}"

    @property
    def test_id(self) -> str:
        return "_".join(o for _, o in self.steps) or "start"

    def fragment(self, upto: int | None = None) -> str:
        steps = self.steps if upto is None else self.steps[:upto]
        return "&".join(f"{q}={o}" for q, o in steps)

    def static_key(self, upto: int | None = None) -> str:
        steps = self.steps if upto is None else self.steps[:upto]
        return "_".join(o for _, o in steps)


def load_model(site: Site) -> dict | None:
    if not site.has_beslisboom:
        return None
    page = site.page("beslisboom/index.html")
    raw = page.data_scripts.get("beslisboom-model")
    if raw is None:
        raise AssertionError("beslisboom/index.html has no <script type=\"application/json\" id=\"beslisboom-model\">")
    return json.loads(raw)


def _holds(condition: dict, facts: dict[str, str]) -> bool:
    value = facts.get(condition["subject"])
    if condition.get("anyOf") is not None and value not in condition["anyOf"]:
        return False
    if condition.get("noneOf") is not None and value is not None and value in condition["noneOf"]:
        return False
    if condition.get("allOf") is not None and any(v != value for v in condition["allOf"]):
        return False
    return True


def destination(model: dict, option: dict, facts: dict[str, str]) -> str:
    """Where an option leads given the facts so far: the first exception whose conditions all hold."""
    for exception in option.get("exceptions") or []:
        if all(_holds(c, facts) for c in exception["when"]):
            return exception["to"]
    return option["to"]


def enumerate_routes(model: dict, limit: int = 5000) -> list[TreeRoute]:
    """Every route of the embedded model, following an option's exceptions as the tool does."""
    questions = model["questions"]
    outcomes = set(model.get("outcomes", []))
    routes: list[TreeRoute] = []

    def walk(qid: str, steps: tuple, seen: frozenset):
        if qid in seen:
            raise AssertionError(f"the model loops at {qid} after {steps}")
        q = questions[qid]
        for opt in q["options"]:
            s = steps + ((qid, opt["id"]),)
            to = destination(model, opt, route_facts(model, TreeRoute(s, "")))
            if to in questions:
                walk(to, s, seen | {qid})
            else:
                if outcomes and to not in outcomes:
                    raise AssertionError(f"option {qid}={opt['id']} leads to {to!r}, neither a question nor an outcome")
                routes.append(TreeRoute(s, to))
                if len(routes) > limit:
                    raise AssertionError(f"more than {limit} routes")

    walk(model["start"], (), frozenset())
    return routes


def route_facts(model: dict, route: TreeRoute) -> dict[str, str]:
    facts: dict[str, str] = {}
    for q, o in route.steps:
        facts.update(model.get("optionFacts", {}).get(f"{q}/{o}", {}))
    return facts


def option_label(model: dict, qid: str, oid: str) -> str:
    for opt in model["questions"][qid]["options"]:
        if opt["id"] == oid:
            return opt["label"]
    raise KeyError(f"{qid}/{oid}")


# ---------------------------------------------------------------- search index

def load_search_index(site: Site) -> list[dict]:
    path = site.root / "assets" / "zoekindex.js"
    text = path.read_text(encoding="utf-8")
    m = re.search(r"ROUTEBOEK_ZOEKINDEX\s*=\s*", text)
    if not m:
        raise AssertionError("assets/zoekindex.js does not assign window.ROUTEBOEK_ZOEKINDEX")
    decoder = json.JSONDecoder()
    data, _ = decoder.raw_decode(text[m.end():])
    return data


WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return [w for w in WORD_RE.findall(text) if "-" not in w]


def safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("_")[:120] or "page"
