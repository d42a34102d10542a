"""The dated plan: the tool with dates against `routeboek beslis` with the same dates.

"Today" is the same in both: the browser's clock is pinned with Playwright's clock API
(page.clock.set_fixed_time, at noon UTC so every time zone has the same date) and the CLI gets it
as --vandaag. The date sets are beslislib.DATE_SETS: a first absence day and a 16-uur day on a
Friday (across a weekend), 5 werkdagen across Koningsdag and across Bevrijdingsdag + Hemelvaart 2027,
terms across the year end 2026/2027, 'every month' from 31 January 2028 (29 February), terms past the
holiday list (2029), only the first absence day, and dates that cannot be right (after today, 16 hours
before the first absence day).

Covered:
- test_date_sets_are_what_they_say (no browser): each set's claim holds in the CLI's plan: the 5
  werkdagen term lands where an independent count with Content/beslisboom/feestdagen.yml puts it,
  and for the holiday sets later than a count that skips weekends only;
- test_dates_through_the_form: EVERY route once, the date sets taken in turn: the dates typed into
  the result's date form (its fields must be the anchors the plan's terms count from) and submitted
  with its button; a route without a form, or whose form asks none of the set's dates, gets them
  through the URL fragment. Compared with the CLI called with the dates the fragment then holds:
  "Eerst doen", the groups, every deadline text with its date and days late, the te-laat marks, the
  holiday-list notice, the warnings about dates that contradict today or the answers, the agenda
  button's count, the dates in the answers;
- test_every_date_set_on_a_spread: every date set on the route with the most actions to each
  outcome, through the fragment (all three dates).
"""
from __future__ import annotations

import datetime as dt

import pytest

import beslislib as bl
import sitelib

TOOL = bl.TOOL
WERKDAGEN_ACTIONS = ("duo-melding-16-uur-vo", "duo-melding-16-uur-po")


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


def pin_today(tab, today: str):
    tab.page.clock.set_fixed_time(f"{today}T12:00:00Z")


def browser_today(page) -> str:
    return page.evaluate("""() => { const d = new Date(); const p = n => String(n).padStart(2, '0');
        return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()); }""")


def fragment_dates(page, today: str) -> bl.Dates:
    items = page.evaluate("() => location.hash.replace(/^#/, '').split('&')")
    anchors = {}
    for item in items:
        key, _, value = item.partition("=")
        if key.startswith("datum."):
            anchors[key[len("datum."):]] = value
    return bl.Dates.of(today, anchors)


def anchors_of_plan(model: dict, cli_plan: dict) -> list[str]:
    """The anchors the plan's terms count from (the fields the date form should ask), in form order."""
    used = {model["actions"][a["id"]]["deadline"].get("anchor") for a in cli_plan["uitkomst"]["acties"]
            if model["actions"][a["id"]]["deadline"]["type"] in ("binnen", "vanaf")}
    return [a for a in bl.CLI_DATE_OPTIONS if a in used]


SUMMARY_TEXT = "() => { const s = document.querySelector('#beslisboom-app .summary-list'); return s ? s.innerText.replace(/\\s+/g, ' ') : ''; }"


def dated_problems(page, model, route, dates: bl.Dates, expected: dict, where: str) -> list[str]:
    """Compares the dated result on the page with the CLI's dated plan, and what only a dated result has."""
    shown = page.evaluate(bl.READ_RESULT)
    problems = bl.compare_result(shown, expected, where, dated=True)
    if shown is None:
        return problems
    beyond = any(a.get("buitenFeestdagenlijst") for a in expected["uitkomst"]["acties"])
    if bool(shown["holidayNotice"]) != beyond:
        problems.append(f"{where}: the notice about dates past the holiday list is "
                        f"{'missing' if beyond else 'shown'} ({shown['holidayNotice']!r}); the CLI says "
                        f"buitenFeestdagenlijst={beyond}")
    warnings = expected["plan"].get("letOp", [])
    if shown["dateWarnings"] != warnings:
        problems.append(f"{where}: the warnings about the dates are {shown['dateWarnings']!r}; the CLI says {warnings!r}")
    dated = [a for a in expected["uitkomst"]["acties"] if "datum" in a]
    if dated:
        words = f"Zet in je agenda ({len(dated)} {'afspraak' if len(dated) == 1 else 'afspraken'})"
        if shown["agenda"] != words:
            problems.append(f"{where}: the agenda button reads {shown['agenda']!r}, expected {words!r}")
    elif shown["agenda"] is not None:
        problems.append(f"{where}: an agenda button without dated actions")
    summary = page.evaluate(SUMMARY_TEXT)
    for anchor, day in dates.anchors:
        label = model["labels"]["anchors"][anchor]
        if f"{label} {bl.dutch_date(day)}" not in summary:
            problems.append(f"{where}: the answers do not show '{label} {bl.dutch_date(day)}'")
    if expected["plan"].get("datums", {}).get("vandaag") != dates.today:
        problems.append(f"{where}: the CLI counted from today {expected['plan'].get('datums')}, not {dates.today}")
    return problems


# ---------------------------------------------------------------- the date sets themselves

def _route_with_action(site, routes, action_ids) -> sitelib.TreeRoute | None:
    for r in sorted(routes, key=lambda r: r.test_id):
        html = (site.root / r.pages[-1]).read_text(encoding="utf-8")
        if any(f'data-actie="{a}"' in html for a in action_ids):
            return r
    return None


@pytest.mark.parametrize("date_set", [s for s in bl.DATE_SETS if "16-uur-bereikt" in s.dates.anchor_map],
                         ids=lambda s: s.name)
def test_date_sets_are_what_they_say(site, routes, cli, repo_root, date_set):
    route = _route_with_action(site, routes, WERKDAGEN_ACTIONS)
    if route is None:
        pytest.skip("no route has a term in werkdagen (the DUO melding of 16 uur)")
    out = cli(route, date_set.dates)
    action = next(a for a in out["uitkomst"]["acties"] if a["id"] in WERKDAGEN_ACTIONS)
    start = date_set.dates.anchor_map["16-uur-bereikt"]
    holidays = bl.holidays(str(repo_root))
    with_holidays = bl.add_workdays(start, 5, holidays)
    weekends_only = bl.add_workdays(start, 5, frozenset())
    where = f"date set {date_set.name} ({date_set.why}), {bl.cli_command(route, date_set.dates)}"
    assert action["datum"] == with_holidays, (
        f"{where}: 5 werkdagen after {start} is {with_holidays} by Content/beslisboom/feestdagen.yml, "
        f"the CLI says {action['datum']}")
    if date_set.name in ("koningsdag", "hemelvaart", "jaarwisseling"):
        assert with_holidays != weekends_only, f"{where}: the set crosses no holiday ({with_holidays})"
    if date_set.name == "weekend":
        calendar_days = (dt.date.fromisoformat(start) + dt.timedelta(days=5)).isoformat()
        assert with_holidays != calendar_days, f"{where}: the term crosses no weekend"
    if date_set.name == "jaarwisseling":
        assert with_holidays[:4] != start[:4], f"{where}: the term does not cross the year end"
    if date_set.name == "na-feestdagenlijst":
        assert action.get("buitenFeestdagenlijst") is True, f"{where}: the CLI does not say the date is past the holiday list"
        assert max(holidays)[:4] < with_holidays[:4], f"{where}: the term stays inside the holiday list"
    else:
        assert not action.get("buitenFeestdagenlijst"), f"{where}: the CLI says the date is past the holiday list"


def test_monthly_term_at_month_end(site, routes, cli):
    """'Every month' from 31 January 2028 lands on 29 February (the month has no 31st; 2028 is a leap year)."""
    date_set = bl.DATE_SETS_BY_NAME["schrikkeljaar"]
    route = _route_with_action(site, routes, ("contact-elke-maand",))
    if route is None:
        pytest.skip("no route has a monthly action")
    action = next(a for a in cli(route, date_set.dates)["uitkomst"]["acties"] if a["id"] == "contact-elke-maand")
    assert action["datum"] == "2028-02-29", f"{bl.cli_command(route, date_set.dates)}: next monthly date {action['datum']}"


# ---------------------------------------------------------------- every route with dates

def test_dates_through_the_form(tab, model, dated_route, cli):
    route, date_set = dated_route
    page = tab.page
    pin_today(tab, date_set.dates.today)
    bl.show_tool(tab, route.fragment())
    assert browser_today(page) == date_set.dates.today, "the browser's clock is not pinned"
    where = f"{TOOL} {bl.route_where(route)}, date set {date_set.name}"
    shown = page.evaluate(bl.READ_RESULT)
    assert shown and shown["outcomeId"] == route.outcome, f"{where}: the result is not shown"
    fields = shown["datesForm"] or []
    expected_fields = anchors_of_plan(model, cli(route))
    assert fields == expected_fields, (f"{where}: the date form asks {fields}; the plan's terms count from "
                                       f"{expected_fields}")
    wanted = {a: d for a, d in date_set.dates.anchors if a in fields}
    if wanted:
        form = page.locator("#beslisboom-app .plan-datums-form")
        for anchor, day in wanted.items():
            form.locator(f'input[name="{anchor}"]').fill(day)
        form.locator("button[type=submit]").click()
        via = "the date form"
        values = {a: form.locator(f'input[name="{a}"]').input_value() for a in wanted}
        assert values == wanted, f"{where}: after submitting, the fields hold {values}, not {wanted}"
    else:
        bl.show_tool(tab, route.fragment() + "&" + date_set.dates.fragment())
        via = "the URL fragment"
        wanted = date_set.dates.anchor_map
    dates = fragment_dates(page, date_set.dates.today)
    assert dates.anchor_map == wanted, f"{where}: after {via} the fragment holds the dates {dates.anchor_map}, not {wanted}"
    problems = dated_problems(page, model, route, dates, cli(route, dates), f"{where} (dates through {via})")
    assert not problems, "\n".join(problems) + f"\n  reproduce: {bl.cli_command(route, dates)}"
    tab.assert_clean(where)


def test_every_date_set_on_a_spread(tab, model, spread_case, cli):
    route, date_set = spread_case
    pin_today(tab, date_set.dates.today)
    bl.show_tool(tab, route.fragment() + "&" + date_set.dates.fragment())
    where = f"{TOOL} {bl.route_where(route, date_set.dates)} ({date_set.name})"
    problems = dated_problems(tab.page, model, route, date_set.dates, cli(route, date_set.dates), where)
    assert not problems, "\n".join(problems) + f"\n  reproduce: {bl.cli_command(route, date_set.dates)}"
    tab.assert_clean(where)


def test_clearing_the_dates(tab, site, model, routes, cli):
    """'Zonder datums' goes back to the plan in words, the CLI's plan without dates."""
    date_set = bl.DATE_SETS_BY_NAME["koningsdag"]
    route = max(routes, key=lambda r: (bl.action_count(site, r), len(r.steps)))
    pin_today(tab, date_set.dates.today)
    tab.goto(TOOL, via="file", fragment=route.fragment() + "&" + date_set.dates.fragment())
    tab.page.locator("#beslisboom-app .plan-datums-form [data-wis]").click()
    where = f"{TOOL} {bl.route_where(route)} after 'Zonder datums'"
    assert tab.page.evaluate("() => location.hash.replace(/^#/, '')") == route.fragment(), f"{where}: dates stay in the fragment"
    problems = bl.compare_result(tab.page.evaluate(bl.READ_RESULT), cli(route), where)
    assert not problems, "\n".join(problems)
    tab.assert_clean(where)

