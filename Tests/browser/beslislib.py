"""Helpers of the beslisboom tests: the routes as the pages without JavaScript give them, `routeboek
beslis --json` (cached per route and dates), the date sets, and the reading and comparing of a shown
plan ("Eerst doen", the verplicht and aanbevolen groups, each action's deadline) against the CLI.

Nothing here is a hard-coded answer: the routes come from the built pages, the expected plans from
the CLI, the holidays from Content/beslisboom/feestdagen.yml.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import sitelib

TOOL = "beslisboom/index.html"
STATIC_START = "beslisboom/stap/start.html"
# The section headings of the plan (Templates/partials/uitkomst.mustache and beslisboom.js fillPlan),
# with the key of `plan` in `routeboek beslis --json` each one shows.
PLAN_SECTIONS = {"Daarna: verplicht": "verplicht", "Aanbevolen": "aanbevolen"}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
# The CLI's date options per anchor (the names of the fragment's `datum.ANCHOR` and of the form's inputs).
CLI_DATE_OPTIONS = {
    "eerste-verzuimdag": "--eerste-verzuimdag",
    "eerste-signalen": "--eerste-signalen",
    "16-uur-bereikt": "--datum-16-uur",
    "vorige-jes": "--datum-vorige-jes",
    "uitschrijving": "--datum-uitschrijving",
}


def dutch_date(iso: str) -> str:
    """2027-05-03 -> '3 mei 2027', as the plan writes a date."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


# ---------------------------------------------------------------- routes from the static pages

class _StepPage(HTMLParser):
    """One page of the version without JavaScript: its question (h1 without the caption) and answer
    links (a.keuze-link), or its result (h1.uitkomst-titel, id uitkomst-titel-OUTCOME)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.h1_parts: list[str] = []
        self.h1_id: str | None = None
        self.h1_class = ""
        self.links: list[list] = []  # [href, text parts]
        self._in_h1 = 0
        self._caption = 0
        self._link: list | None = None

    def handle_starttag(self, tag, attrs):
        a = {k: v or "" for k, v in attrs}
        if tag == "h1":
            self._in_h1 += 1
            self.h1_id = a.get("id")
            self.h1_class = a.get("class", "")
        elif tag == "span" and self._in_h1 and "caption" in a.get("class", "").split():
            self._caption += 1
        elif tag == "span" and self._caption:
            self._caption += 1
        elif tag == "a" and "keuze-link" in a.get("class", "").split():
            self._link = [a.get("href", ""), []]
            self.links.append(self._link)

    def handle_endtag(self, tag):
        if tag == "h1":
            self._in_h1 = max(0, self._in_h1 - 1)
        elif tag == "span" and self._caption:
            self._caption -= 1
        elif tag == "a":
            self._link = None

    def handle_data(self, data):
        if self._in_h1 and not self._caption:
            self.h1_parts.append(data)
        if self._link is not None:
            self._link[1].append(data)

    @property
    def heading(self) -> str:
        return sitelib.norm_space("".join(self.h1_parts))


@functools.lru_cache(maxsize=None)
def _read_step(path: Path) -> _StepPage:
    parser = _StepPage()
    parser.feed(path.read_text(encoding="utf-8"))
    parser.close()
    return parser


def _resolve(from_rel: str, href: str) -> str:
    return os.path.normpath((PurePosixPath(from_rel).parent / href.split("#")[0]).as_posix())


@dataclass
class StaticWalk:
    routes: list  # sitelib.TreeRoute, each with its pages
    problems: list[str] = field(default_factory=list)
    page_count: int = 0


def walk_static_pages(site: sitelib.Site, model: dict, limit: int = 5000) -> StaticWalk:
    """Every route, found by following the answer links of the pages without JavaScript from the
    start page. A page's question is recognised by its h1 (the model's question text), each link's
    answer by its text (the option's label), a result by its h1's id."""
    questions_by_text = {sitelib.norm_space(q["text"]): q for q in model["questions"].values()}
    walk = StaticWalk(routes=[])
    seen: set[str] = set()

    def visit(rel: str, steps: tuple, pages: tuple):
        if len(walk.routes) > limit:
            raise AssertionError(f"more than {limit} routes in the pages without JavaScript")
        if not site.has(rel):
            walk.problems.append(f"{pages[-2] if len(pages) > 1 else '?'} links to {rel}, which does not exist")
            return
        seen.add(rel)
        page = _read_step(site.root / rel)
        if page.links:
            question = questions_by_text.get(page.heading)
            if question is None:
                walk.problems.append(f"{rel}: the h1 {page.heading!r} is no question of the model")
                return
            labels = {sitelib.norm_space(o["label"]): o["id"] for o in question["options"]}
            shown = [sitelib.norm_space("".join(parts)) for _, parts in page.links]
            if sorted(shown) != sorted(labels):
                walk.problems.append(f"{rel}: question {question['id']} shows the answers {shown}, "
                                     f"the model has {sorted(labels)}")
            for href, parts in page.links:
                label = sitelib.norm_space("".join(parts))
                if label not in labels:
                    continue
                step = (question["id"], labels[label])
                target = _resolve(rel, href)
                visit(target, steps + (step,), pages + (target,))
        elif page.h1_id and page.h1_id.startswith("uitkomst-titel-"):
            walk.routes.append(sitelib.TreeRoute(steps, page.h1_id[len("uitkomst-titel-"):], pages))
        else:
            walk.problems.append(f"{rel} (after {' → '.join(f'{q}={o}' for q, o in steps)}): neither "
                                 f"answer links (a.keuze-link) nor a result (h1.uitkomst-titel)")

    visit(STATIC_START, (), (STATIC_START,))
    walk.page_count = len(seen)
    return walk


# ---------------------------------------------------------------- routeboek beslis

class CLIError(Exception):
    pass


@dataclass(frozen=True)
class Dates:
    """The dates of one run: today (the browser's pinned clock and the CLI's --vandaag) and the
    anchors as YYYY-MM-DD."""
    today: str
    anchors: tuple[tuple[str, str], ...]  # (anchor, iso), in the order of CLI_DATE_OPTIONS

    @staticmethod
    def of(today: str, anchors: dict[str, str]) -> "Dates":
        return Dates(today, tuple((a, anchors[a]) for a in CLI_DATE_OPTIONS if a in anchors))

    @property
    def anchor_map(self) -> dict[str, str]:
        return dict(self.anchors)

    def fragment(self) -> str:
        return "&".join(f"datum.{a}={d}" for a, d in self.anchors)

    def describe(self) -> str:
        return f"today {self.today}" + "".join(f", {a} {d}" for a, d in self.anchors)


@functools.lru_cache(maxsize=None)
def beslis(binary: str, repo_root: str, steps: tuple[tuple[str, str], ...], dates: Dates | None = None) -> dict:
    """`routeboek beslis --json` for a route (and dates), run once per argument set per process."""
    cmd = [binary, "beslis", "--json"]
    for q, o in steps:
        cmd += ["--antwoord", f"{q}={o}"]
    if dates is not None:
        cmd += ["--vandaag", dates.today]
        for anchor, day in dates.anchors:
            cmd += [CLI_DATE_OPTIONS[anchor], day]
    try:
        proc = subprocess.run(cmd, cwd=repo_root, capture_output=True, text=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as e:
        raise CLIError(f"cannot run `{' '.join(cmd)}`: {e}")
    if proc.returncode != 0:
        raise CLIError(f"`{' '.join(cmd)}` exited {proc.returncode}:\n{proc.stderr.strip()[:2000]}")
    try:
        return json.loads(proc.stdout)
    except json.JSONDecodeError:
        raise CLIError(f"`{' '.join(cmd)}` printed no JSON:\n{proc.stdout[:2000]}")


# ---------------------------------------------------------------- date sets

@dataclass(frozen=True)
class DateSet:
    name: str
    why: str
    dates: Dates


DATE_SETS = [
    DateSet("weekend", "first absence on a Friday; 16 hours reached on a Friday, so its 5 werkdagen cross a "
            "weekend; terms due this week, within 2 weeks and later; the first signals a lesdag after the first absence",
            Dates.of("2027-01-27", {"eerste-verzuimdag": "2027-01-15", "eerste-signalen": "2027-01-18",
                                    "16-uur-bereikt": "2027-01-22",
                                    "vorige-jes": "2027-01-11", "uitschrijving": "2027-01-25"})),
    DateSet("koningsdag", "5 werkdagen from Friday 23 April 2027 skip the weekend and Koningsdag; 4 weeks "
            "after the first absence day already late; the JES term due today",
            Dates.of("2027-04-26", {"eerste-verzuimdag": "2027-03-22", "eerste-signalen": "2027-03-29",
                                    "16-uur-bereikt": "2027-04-23",
                                    "vorige-jes": "2027-03-01", "uitschrijving": "2027-04-20"})),
    DateSet("hemelvaart", "5 werkdagen from Monday 3 May 2027 skip Bevrijdingsdag, Hemelvaartsdag and a "
            "weekend; today is Hemelvaartsdag itself",
            Dates.of("2027-05-06", {"eerste-verzuimdag": "2027-04-30", "16-uur-bereikt": "2027-05-03",
                                    "vorige-jes": "2027-04-08", "uitschrijving": "2027-04-29"})),
    DateSet("jaarwisseling", "terms across the year end 2026/2027: 5 werkdagen from Tuesday 29 December skip "
            "Nieuwjaarsdag (a Friday) and a weekend; monthly and 4-weekly terms into January; 7 days after a "
            "deregistration on 28 December land in January",
            Dates.of("2026-12-30", {"eerste-verzuimdag": "2026-12-14", "eerste-signalen": "2026-12-15",
                                    "16-uur-bereikt": "2026-12-29",
                                    "vorige-jes": "2026-11-20", "uitschrijving": "2026-12-28"})),
    DateSet("schrikkeljaar", "today 31 January 2028: 'every month' lands on 29 February; the first "
            "absence two months back, so terms are weeks late; the 16-uur term due today; the first signals (loose "
            "hours) before the first whole day absent",
            Dates.of("2028-01-31", {"eerste-verzuimdag": "2027-11-29", "eerste-signalen": "2027-10-04",
                                    "16-uur-bereikt": "2028-01-24",
                                    "vorige-jes": "2027-12-06", "uitschrijving": "2028-01-20"})),
    DateSet("na-feestdagenlijst", "5 werkdagen from 27 December 2028 run into 2029, past the holiday list: "
            "only weekends count, and the tool says so",
            Dates.of("2028-12-27", {"eerste-verzuimdag": "2028-12-18", "eerste-signalen": "2028-12-19",
                                    "16-uur-bereikt": "2028-12-27",
                                    "vorige-jes": "2028-12-20", "uitschrijving": "2028-12-27"})),
    DateSet("alleen-eerste-dag", "only the first absence day, as most users fill in: the other terms stay "
            "in words", Dates.of("2026-11-30", {"eerste-verzuimdag": "2026-11-23"})),
    DateSet("tegenstrijdig", "dates that cannot be right: a first absence day and a JES-overleg after today, "
            "16 hours reached before the first absence day and on a Saturday, the first signals tomorrow; the result "
            "warns above Eerst doen",
            Dates.of("2026-12-03", {"eerste-verzuimdag": "2026-12-10", "eerste-signalen": "2026-12-04",
                                    "16-uur-bereikt": "2026-11-21",
                                    "vorige-jes": "2026-12-07", "uitschrijving": "2026-12-01"})),
]
DATE_SETS_BY_NAME = {s.name: s for s in DATE_SETS}


@functools.lru_cache(maxsize=None)
def holidays(repo_root: str) -> frozenset[str]:
    """The holiday list of the content (the days `werkdagen` skip), read with PyYAML."""
    import yaml
    data = yaml.safe_load((Path(repo_root) / "Content/beslisboom/feestdagen.yml").read_text(encoding="utf-8"))
    return frozenset(str(d["datum"]) for d in data["dagen"])


def add_workdays(start: str, count: int, skip: frozenset[str]) -> str:
    """An independent count of werkdagen: `count` days after `start` that are no weekend day and not in `skip`."""
    day = dt.date.fromisoformat(start)
    while count > 0:
        day += dt.timedelta(days=1)
        if day.weekday() < 5 and day.isoformat() not in skip:
            count -= 1
    return day.isoformat()


# ---------------------------------------------------------------- reading a shown result

READ_RESULT = """() => {
  const norm = t => (t || '').replace(/\\s+/g, ' ').trim();
  const main = document.querySelector('main');
  const section = main && main.querySelector('section.uitkomst');
  if (!section || !section.getClientRects().length) return null;
  const h1 = section.querySelector('h1.uitkomst-titel');
  const text = (root, sel) => { const e = root.querySelector(sel); return e ? norm(e.textContent) : null; };
  const item = li => ({
    id: li.getAttribute('data-actie'),
    kort: text(li, '.plan-actie-kort'), wie: text(li, '.plan-actie-wie'), termijn: text(li, '.plan-actie-termijn'),
    wat: text(li, '.plan-actie-wat'), soort: text(li, '.plan-actie-soort'),
    late: li.classList.contains('plan-actie--te-laat'),
    kindClass: [...li.classList].filter(c => /^plan-actie--(verplicht|aanbevolen)$/.test(c)).map(c => c.slice(12)),
  });
  const eerst = section.querySelector('[data-plan-eerst]');
  const first = eerst ? [...eerst.querySelectorAll('li.plan-actie')].map(item) : null;
  const sections = [];
  const stray = [];
  const plan = section.querySelector('[data-plan]');
  let current = null, group = null;
  // the advice sits in its own div (print shows it as one line); read its children in place
  const children = [...(plan ? plan.children : [])].flatMap(c => c.matches('div.plan-aanbevolen') ? [...c.children] : [c]);
  for (const child of children) {
    if (child.matches('h2.plan-titel')) { current = {title: norm(child.textContent), groups: []}; sections.push(current); group = null; }
    else if (child.matches('h3.plan-groep-titel')) {
      group = {label: norm(child.textContent), actions: []};
      if (current) current.groups.push(group); else stray.push('group ' + group.label + ' before any section heading');
    }
    else if (child.matches('ul.plan-acties')) {
      const items = [...child.querySelectorAll('li.plan-actie')].map(item);
      if (group) group.actions.push(...items); else stray.push('actions without a group heading: ' + items.map(i => i.id).join(', '));
    }
  }
  const kern = sel => { const e = section.querySelector(sel + ' dd'); return e ? norm(e.textContent) : null; };
  return {
    outcomeId: h1 && h1.id ? h1.id.replace(/^uitkomst-titel-/, '') : null,
    title: h1 ? norm(h1.textContent) : null,
    h1Count: document.querySelectorAll('h1').length,
    visibleH1: [...document.querySelectorAll('h1')].filter(h => h.getClientRects().length).map(h => norm(h.textContent)),
    registratie: kern('.uitkomst-registratie'), afwijking: kern('.uitkomst-afwijking'),
    // The first two facts under "Meer over deze uitkomst": Thuiszitter and Regie.
    meer: [...section.querySelectorAll('.uitkomst-meer > div:not([data-feit])')].map(d => [norm(d.querySelector('dt').textContent), norm(d.querySelector('dd').textContent)]),
    firstHidden: eerst ? eerst.hidden : null, first, sections, stray,
    hash: location.hash.replace(/^#/, ''),
    datesForm: (() => { const f = main.querySelector('.plan-datums-form'); return f ? [...f.querySelectorAll('input')].map(i => i.name) : null; })(),
    agenda: text(main, '[data-agenda]'),
    holidayNotice: text(main, '.datum-status'),
    dateWarnings: [...main.querySelectorAll('.datum-let-op p')].map(p => norm(p.textContent)),
  };
}"""


def expected_sections(cli: dict) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    """The plan's sections as the CLI gives them: (heading, [(group label, [action ids])])."""
    out = []
    for heading, key in PLAN_SECTIONS.items():
        groups = cli["plan"].get(key) or []
        if key == "verplicht" and not cli["plan"]["eerstDoen"]:
            heading = "Verplicht"  # "Daarna" only under a shown "Eerst doen"
        if groups:
            out.append((heading, [(g["label"], list(g["acties"])) for g in groups]))
    return out


def shown_sections(shown: dict) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    return [(s["title"], [(g["label"], [a["id"] for a in g["actions"]]) for g in s["groups"]])
            for s in shown["sections"]]


def compare_result(shown: dict | None, cli: dict, where: str, dated: bool = False) -> list[str]:
    """Every difference between a shown result and `routeboek beslis --json` for the same route (and
    dates): outcome, title, registratie, afwijking, thuiszitter and regie; the "Eerst doen" ids in order; the sections
    with their groups and ids in order; per action its short title, who, deadline text (which holds
    the date and the days late), what, kind and the te-laat mark."""
    if shown is None:
        return [f"{where}: no result (section.uitkomst) is shown"]
    u = cli["uitkomst"]
    p: list[str] = []
    if shown["outcomeId"] != u["id"]:
        p.append(f"outcome {shown['outcomeId']!r} shown, the CLI says {u['id']!r}")
    if shown["title"] != sitelib.norm_space(u["titel"]):
        p.append(f"title {shown['title']!r}, the CLI says {u['titel']!r}")
    if shown["visibleH1"] != [shown["title"]]:
        p.append(f"the visible h1 elements are {shown['visibleH1']}, expected only the outcome's title")
    if not shown["registratie"] or u["registratieLabel"] not in shown["registratie"]:
        p.append(f"registratie shows {shown['registratie']!r}, the CLI says {u['registratieLabel']!r}")
    if shown["afwijking"] != u["afwijkingLabel"]:
        p.append(f"afwijking shows {shown['afwijking']!r}, the CLI says {u['afwijkingLabel']!r}")
    expected_meer = [["Thuiszitter", u["thuiszitterLabel"]], ["Regie", u["regieLabel"]]]
    if shown["meer"] != expected_meer:
        p.append(f"thuiszitter and regie show {shown['meer']!r}, the CLI says {expected_meer!r}")
    first_expected = list(cli["plan"]["eerstDoen"])
    first_shown = [a["id"] for a in shown["first"] or []]
    if shown["first"] is None:
        p.append("no 'Eerst doen' box ([data-plan-eerst])")
    elif first_shown != first_expected:
        p.append(f"'Eerst doen' shows {first_shown}, the CLI says {first_expected}")
    elif bool(shown["firstHidden"]) != (not first_expected):
        p.append(f"'Eerst doen' hidden={shown['firstHidden']} with {len(first_expected)} actions")
    if shown["stray"]:
        p.append("plan markup out of order: " + "; ".join(shown["stray"]))
    want, got = expected_sections(cli), shown_sections(shown)
    if got != want:
        p.append(f"the plan's groups differ\n      shown: {got}\n      CLI:   {want}")
    actions = {a["id"]: a for a in u["acties"]}
    shown_items = (shown["first"] or []) + [a for s in shown["sections"] for g in s["groups"] for a in g["actions"]]
    shown_ids = [a["id"] for a in shown_items]
    if sorted(shown_ids) != sorted(actions):
        p.append(f"actions shown {sorted(shown_ids)}, the CLI has {sorted(actions)}")
    for item in shown_items:
        a = actions.get(item["id"])
        if a is None:
            continue
        diffs = []
        for key, cli_key in (("kort", "kort"), ("wie", "wie"), ("termijn", "termijnTekst"), ("wat", "wat")):
            if item[key] != sitelib.norm_space(a[cli_key]):
                diffs.append(f"{key} {item[key]!r} != CLI {cli_key} {a[cli_key]!r}")
        if item["kindClass"] != [a["soort"]]:
            diffs.append(f"kind class {item['kindClass']} != CLI soort {a['soort']!r}")
        late = "dagenTeLaat" in a or bool(a.get("alVoorbij"))
        if item["late"] != late:
            diffs.append(f"te-laat mark {item['late']} but the CLI has dagenTeLaat={a.get('dagenTeLaat')}, "
                         f"alVoorbij={a.get('alVoorbij')}")
        if dated and "datum" in a:
            # The date itself, not only the same words: the deadline text names the CLI's date
            # (a recurring action names its next date), and the days late.
            if dutch_date(a["datum"]) not in (item["termijn"] or "") and a["termijnTekst"] != "vandaag":
                diffs.append(f"deadline {item['termijn']!r} does not name the CLI's date {a['datum']}")
            if "dagenTeLaat" in a:
                n = a["dagenTeLaat"]
                words = "(1 dag te laat)" if n == 1 else f"({n} dagen te laat)"
                if words not in (item["termijn"] or ""):
                    diffs.append(f"deadline {item['termijn']!r} does not say {words}")
        if diffs:
            p.append(f"action {item['id']}: " + "; ".join(diffs))
    return [f"{where}: {x}" for x in p]


def route_where(route, dates: Dates | None = None) -> str:
    s = f"route {' → '.join(f'{q}={o}' for q, o in route.steps)} ⇒ {route.outcome}"
    return s + (f" with {dates.describe()}" if dates else "")


def cli_command(route, dates: Dates | None = None) -> str:
    """The command that reproduces a comparison, for failure messages."""
    parts = ["routeboek beslis --json"] + [f"--antwoord {q}={o}" for q, o in route.steps]
    if dates:
        parts.append(f"--vandaag {dates.today}")
        parts += [f"{CLI_DATE_OPTIONS[a]} {d}" for a, d in dates.anchors]
    return " ".join(parts)


# ---------------------------------------------------------------- driving the tool

QUESTION_STATE = """() => {
  const norm = t => (t || '').replace(/\\s+/g, ' ').trim();
  const app = document.getElementById('beslisboom-app');
  const view = app && app.querySelector('.bb-vraag');
  const own = el => { const c = el.cloneNode(true); c.querySelectorAll('.caption, .keuze-vorig').forEach(x => x.remove()); return norm(c.textContent); };
  const active = document.activeElement;
  const h1 = view ? view.querySelector('h1') : null;
  return {
    hash: location.hash.replace(/^#/, ''),
    question: view ? view.getAttribute('data-vraag') : null,
    heading: h1 ? own(h1) : null,
    options: view ? [...view.querySelectorAll('button.keuze')].map(b => ({
      id: b.getAttribute('data-optie'), label: own(b), type: b.type,
      visible: !!b.getClientRects().length && getComputedStyle(b).visibility !== 'hidden'})) : [],
    focusIsH1: !!(active && active.tagName === 'H1'),
    focusText: active && active !== document.body ? norm(active.textContent).slice(0, 120) : null,
    visibleH1: [...document.querySelectorAll('h1')].filter(h => h.getClientRects().length).map(h => norm(h.textContent)),
    result: !!(app && app.querySelector('section.uitkomst')),
  };
}"""

FOCUS_ON_RESULT_H1 = """() => { const a = document.activeElement;
  return !!(a && a.matches && a.matches('section.uitkomst h1.uitkomst-titel')); }"""


def question_problems(state: dict, model: dict, qid: str, step: int, expect_focus: bool) -> list[str]:
    """What is wrong with the tool's question view for question `qid` (step counts from 0)."""
    q = model["questions"][qid]
    p = []
    if state["question"] != qid:
        return [f"expected question {qid!r} ({q['text']!r}); the tool shows question {state['question']!r} "
                f"(h1s {state['visibleH1']}, result shown: {state['result']})"]
    if state["heading"] != sitelib.norm_space(q["text"]):
        p.append(f"the h1 reads {state['heading']!r}, the question is {q['text']!r}")
    if len(state["visibleH1"]) != 1:
        p.append(f"{len(state['visibleH1'])} visible h1 elements: {state['visibleH1']}")
    want = [(o["id"], sitelib.norm_space(o["label"])) for o in q["options"]]
    got = [(o["id"], o["label"]) for o in state["options"]]
    if got != want:
        p.append(f"the answer buttons are {got}, the model's options {want}")
    hidden = [o["id"] for o in state["options"] if not o["visible"] or o["type"] != "button"]
    if hidden:
        p.append(f"answer buttons not visible or not type=button: {hidden}")
    if expect_focus and not state["focusIsH1"]:
        p.append(f"after the answer the focus is on {state['focusText']!r}, not on the new h1")
    return p


def show_tool(tab, fragment: str = "") -> None:
    """Shows the tool (from file://) at `fragment`. The first time in a tab the page loads; after that
    the tool stays loaded and, as a user starting a new case does, "Opnieuw beginnen" is clicked and
    the fragment set, which the tool renders like any of its own links (a page load costs about a
    second on a busy machine, and every route needs several)."""
    page = tab.page
    if page.url.split("#")[0] != tab.url(TOOL, "file"):
        tab.goto(TOOL, via="file", fragment=fragment)
        return
    restart = page.locator("#beslisboom-app [data-bb-restart]")
    if restart.count():
        restart.first.click()
    if page.evaluate("() => location.hash.replace(/^#/, '')") != fragment:
        page.evaluate("f => { location.hash = f; }", fragment)
    if page.evaluate("() => location.hash.replace(/^#/, '')") != fragment:
        raise AssertionError(f"the tool does not show #{fragment}")


def walk_tool(page, model: dict, route, where: str, start: int = 0, focus_first: bool = False,
              keyboard: bool = False) -> int:
    """Answers route.steps[start:] in the tool, one button per question (a mouse click, or with
    `keyboard` Enter or Space on the focused button), checking each question view on the way, the
    fragment after every answer, and that the focus lands on the new h1 after every answer, then on
    the result's h1. Returns the number of clicks (or key presses)."""
    import pytest
    actions = walk_tool_steps(page, model, route, start, len(route.steps), where, focus_first, keyboard)
    end = page.evaluate(AFTER_LAST_ANSWER)
    if end["hash"] != route.fragment():
        pytest.fail(f"{where}: after the last answer the fragment is #{end['hash']}, expected #{route.fragment()}",
                    pytrace=False)
    if not end["focusOnResult"]:
        pytest.fail(f"{where}: after the last answer the focus is on {end['focus']!r}, not on the result's h1",
                    pytrace=False)
    return actions


AFTER_LAST_ANSWER = """() => { const a = document.activeElement;
  return {hash: location.hash.replace(/^#/, ''), focusOnResult: !!(a && a.matches && a.matches('section.uitkomst h1.uitkomst-titel')),
          focus: a ? a.outerHTML.slice(0, 120) : null}; }"""


def walk_tool_steps(page, model: dict, route, start: int, stop: int, where: str, focus_first: bool = False,
                    keyboard: bool = False) -> int:
    """Answers route.steps[start:stop] in the tool; see walk_tool. The fragment after an answer is
    checked with the next question's view (and by walk_tool after the last)."""
    import pytest
    actions = 0
    for k in range(start, stop):
        qid, oid = route.steps[k]
        state = page.evaluate(QUESTION_STATE)
        if k > start and state["hash"] != route.fragment(k):
            pytest.fail(f"{where}: after answering {route.steps[k - 1][0]}={route.steps[k - 1][1]} the fragment is "
                        f"#{state['hash']}, expected #{route.fragment(k)}", pytrace=False)
        problems = question_problems(state, model, qid, k, expect_focus=(k > start or focus_first))
        if problems:
            pytest.fail(f"{where}, question {k + 1} ({qid}):\n  " + "\n  ".join(problems), pytrace=False)
        button = page.locator(f'#beslisboom-app button.keuze[data-optie="{oid}"]')
        if keyboard:
            button.focus()
            page.keyboard.press("Enter" if k % 2 == 0 else "Space")
        else:
            button.click()
        actions += 1
    if stop < len(route.steps) and page.evaluate("() => location.hash.replace(/^#/, '')") != route.fragment(stop):
        pytest.fail(f"{where}: after {stop} answers the fragment is not #{route.fragment(stop)}", pytrace=False)
    return actions


STATIC_STATE = """() => {
  const norm = t => (t || '').replace(/\\s+/g, ' ').trim();
  const h1 = document.querySelector('main h1');
  const own = el => { const c = el.cloneNode(true); c.querySelectorAll('.caption').forEach(x => x.remove()); return norm(c.textContent); };
  return {
    heading: h1 ? own(h1) : null,
    links: [...document.querySelectorAll('main a.keuze-link')].filter(a => a.getClientRects().length)
      .map(a => ({label: norm(a.textContent), href: a.href})),
  };
}"""


def walk_static(tab, model: dict, route, where: str) -> int:
    """Clicks the route's answer links from the start page of the version without JavaScript, checking
    on each page that the h1 is the question and the links are its options. Returns the clicks."""
    import pytest
    page = tab.page
    tab.goto(STATIC_START, via="file")
    clicks = 0
    for k, (qid, oid) in enumerate(route.steps):
        q = model["questions"][qid]
        state = page.evaluate(STATIC_STATE)
        labels = [sitelib.norm_space(o["label"]) for o in q["options"]]
        if state["heading"] != sitelib.norm_space(q["text"]) or [l["label"] for l in state["links"]] != labels:
            pytest.fail(f"{where}, {page.url}: expected question {q['text']!r} with links {labels}; the page shows "
                        f"{state['heading']!r} with {[l['label'] for l in state['links']]}", pytrace=False)
        label = sitelib.option_label(model, qid, oid)
        index = labels.index(sitelib.norm_space(label))
        with page.expect_navigation():
            page.locator("main a.keuze-link").nth(index).click()
        clicks += 1
        want = tab.url(route.pages[k + 1], "file")
        if page.url != want:
            pytest.fail(f"{where}: the link {label!r} leads to {page.url}, expected {want}", pytrace=False)
    return clicks


# ---------------------------------------------------------------- sets of routes for the tests

@functools.lru_cache(maxsize=None)
def _action_count(path: Path) -> int:
    return len(re.findall(r'<li class="plan-actie[ "]', path.read_text(encoding="utf-8")))


def action_count(site, route) -> int:
    """The number of actions on the route's result page without JavaScript (the CLI's count, as
    test_static_route proves)."""
    return _action_count(site.root / route.pages[-1])


def most_actions_per_outcome(site, routes) -> list:
    """For each outcome the route with the most actions (then the most questions), in outcome order."""
    best = {}
    for r in routes:
        key = (action_count(site, r), len(r.steps))
        if r.outcome not in best or key > best[r.outcome][0]:
            best[r.outcome] = (key, r)
    return [best[o][1] for o in sorted(best)]


def print_routes(site, routes, top: int = 4) -> list:
    """The routes whose results are longest to print: the `top` routes with the most actions and every
    route with as many actions as those, then the route with the most actions to every other outcome."""
    ranked = sorted(routes, key=lambda r: (-action_count(site, r), -len(r.steps), r.test_id))
    least = action_count(site, ranked[min(top, len(ranked)) - 1])
    chosen = [r for r in ranked if action_count(site, r) >= least]
    for r in most_actions_per_outcome(site, routes):
        if r not in chosen:
            chosen.append(r)
    return chosen


def parametrize_routes(metafunc, site, routes, skip_reason: str):
    """Parametrises the route fixtures the beslisboom tests ask for:
    route           every route, each in its own pytest-xdist group (so the CLI runs once per route);
    outcome_route   the longest route (most questions) to each outcome;
    plan_route      the route with the most actions to each outcome;
    print_route     print_routes(): the 4 routes with the most actions (and all as long), and plan_route;
    dated_route     every route with one date set each, in turn (DATE_SETS);
    spread_case     every date set on every plan_route;
    agenda_case     every plan_route with one date set each, in turn."""
    import pytest
    names = [n for n in ("route", "outcome_route", "plan_route", "print_route", "dated_route", "spread_case",
                         "agenda_case")
             if n in metafunc.fixturenames]
    for name in names:
        if not routes:
            metafunc.parametrize(name, [pytest.param(None, marks=pytest.mark.skip(reason=skip_reason))],
                                 ids=["no-beslisboom"])
            continue
        if name == "route":
            params = [pytest.param(r, id=r.test_id, marks=pytest.mark.xdist_group(f"route-{r.test_id}"))
                      for r in routes]
        elif name == "outcome_route":
            longest = {}
            for r in sorted(routes, key=lambda r: len(r.steps), reverse=True):
                longest.setdefault(r.outcome, r)
            params = [pytest.param(longest[o], id=o) for o in sorted(longest)]
        elif name == "plan_route":
            params = [pytest.param(r, id=r.outcome) for r in most_actions_per_outcome(site, routes)]
        elif name == "print_route":
            params = [pytest.param(r, id=f"{r.outcome}-{action_count(site, r)}-acties-{r.test_id}")
                      for r in print_routes(site, routes)]
        elif name == "dated_route":
            params = [pytest.param((r, DATE_SETS[i % len(DATE_SETS)]), id=f"{DATE_SETS[i % len(DATE_SETS)].name}-{r.test_id}",
                                   marks=pytest.mark.xdist_group(f"route-{r.test_id}"))
                      for i, r in enumerate(routes)]
        elif name == "spread_case":
            params = [pytest.param((r, s), id=f"{s.name}-{r.outcome}")
                      for s in DATE_SETS for r in most_actions_per_outcome(site, routes)]
        else:
            params = [pytest.param((r, DATE_SETS[i % len(DATE_SETS)]), id=f"{DATE_SETS[i % len(DATE_SETS)].name}-{r.outcome}")
                      for i, r in enumerate(most_actions_per_outcome(site, routes))]
        metafunc.parametrize(name, params)
