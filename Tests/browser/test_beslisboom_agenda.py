"""'Zet in je agenda': the iCalendar file the tool builds in the browser.

For the route with the most actions to each outcome, with a date set each (beslislib.DATE_SETS in
turn; the browser's clock pinned to the set's today, the CLI given it as --vandaag), from file://:
the agenda button is clicked, the download is captured (Playwright's download event), and the file
is parsed with the `icalendar` package from PyPI. It must hold one VEVENT per action the CLI gives a
date, with that date as an all-day DTSTART (DTEND the next day), the action's short title as SUMMARY
(an action the CLI says is late goes on today instead, its SUMMARY starting "Te laat: "; one due
'vanaf' a day already past goes on today too, unmarked: it is under way, not late),
a DESCRIPTION that holds the route's address (the page's URL with its fragment), who and when; a
recurring action repeats (RRULE), no other does; UIDs are unique; lines are folded at 75 octets with
CRLF. No console error, page error, CSP violation or request outside the site happens on the way.
A route whose plan has no dated action shows no agenda button.
One more run does the same over http:// from a sub-folder of a web server.
"""
from __future__ import annotations

import datetime as dt

import pytest

import beslislib as bl

TOOL = bl.TOOL

WATCH_CSP = """() => { window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', e =>
    window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI)); }"""


@pytest.fixture(scope="module", autouse=True)
def _needs_beslisboom(site):
    if not site.has_beslisboom:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")


def _download(tab, where: str) -> tuple[bytes, str]:
    page = tab.page
    button = page.locator("#beslisboom-app [data-agenda]")
    assert button.count() == 1, f"{where}: no agenda button ([data-agenda])"
    page.evaluate(WATCH_CSP)
    with page.expect_download(timeout=10_000) as info:
        button.click()
    download = info.value
    assert download.failure() is None, f"{where}: the download failed: {download.failure()}"
    data = open(download.path(), "rb").read()
    violations = page.evaluate("() => window.__cspViolations")
    assert not violations, f"{where}: CSP violations while downloading: {violations}"
    return data, download.suggested_filename


def _event_day_and_summary(action: dict, today: str) -> tuple[str, str]:
    """Where the CLI's dated action belongs in the agenda: an overdue one on today, marked late; one
    whose day has passed without being late (a 'vanaf' term) on today, unmarked."""
    if action.get("dagenTeLaat"):
        return today, "Te laat: " + action["kort"]
    if action["datum"] < today:
        return today, action["kort"]
    return action["datum"], action["kort"]


def agenda_problems(data: bytes, filename: str, expected: dict, address: str, where: str, today: str) -> list[str]:
    import icalendar
    problems = []
    if not filename.endswith(".ics"):
        problems.append(f"the file is called {filename!r}, not *.ics")
    lines = data.split(b"\r\n")
    if lines[-1] != b"" or any(b"\n" in line or b"\r" in line for line in lines):
        problems.append("lines do not all end in CRLF")
    long = [line[:40] for line in lines if len(line) > 75]
    if long:
        problems.append(f"{len(long)} lines are longer than 75 octets (RFC 5545 3.1), such as {long[0]!r}")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as e:  # the parser's own error says what is wrong
        return [f"{where}: icalendar cannot parse the file: {e}"]
    if str(calendar.get("VERSION")) != "2.0" or not calendar.get("PRODID"):
        problems.append(f"VERSION {calendar.get('VERSION')!r} / PRODID {calendar.get('PRODID')!r}")
    events = calendar.walk("VEVENT")
    dated = [a for a in expected["uitkomst"]["acties"] if "datum" in a]
    if len(events) != len(dated):
        problems.append(f"{len(events)} events, the CLI dates {len(dated)} actions")
    remaining = list(dated)
    uids = []
    for event in events:
        summary = str(event.get("SUMMARY"))
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND") if event.get("DTEND") else None
        uids.append(str(event.get("UID")))
        if isinstance(start, dt.datetime) or not isinstance(start, dt.date):
            problems.append(f"event {summary!r}: DTSTART {start!r} is not an all-day date")
            continue
        match = next((a for a in remaining if _event_day_and_summary(a, today) == (start.isoformat(), summary)), None)
        if match is None:
            problems.append(f"event {summary!r} on {start} is no dated action of the CLI's plan "
                            f"({[_event_day_and_summary(a, today) for a in remaining]})")
            continue
        remaining.remove(match)
        if end != start + dt.timedelta(days=1):
            problems.append(f"event {summary!r}: DTEND {end!r}, expected the day after {start}")
        description = str(event.get("DESCRIPTION"))
        for part, text in (("the route's address", address), ("who", match["wie"]), ("when", match["termijnTekst"])):
            if text not in description:
                problems.append(f"event {summary!r}: the description does not hold {part} {text!r}")
        recurring = match["groep"] == "regelmatig"
        if bool(event.get("RRULE")) != recurring:
            problems.append(f"event {summary!r}: RRULE {event.get('RRULE')!r} for an action in group {match['groep']}")
    for a in remaining:
        problems.append(f"no event for {a['id']} ({a['kort']!r}) on {a['datum']}")
    if len(set(uids)) != len(uids):
        problems.append(f"UIDs repeat: {uids}")
    return [f"{where}: {p}" for p in problems]


def _check(tab, route, date_set, cli, via: str):
    pin = date_set.dates
    tab.page.clock.set_fixed_time(f"{pin.today}T12:00:00Z")
    tab.goto(TOOL, via=via, fragment=route.fragment() + "&" + pin.fragment())
    where = f"{TOOL} ({via}) {bl.route_where(route, pin)}"
    expected = cli(route, pin)
    if not any("datum" in a for a in expected["uitkomst"]["acties"]):
        # Nothing to put in an agenda: then there is no button to offer an empty file.
        assert tab.page.locator("#beslisboom-app [data-agenda]").count() == 0, \
            f"{where}: an agenda button although the CLI dates no action"
        tab.assert_clean(where)
        return
    address = tab.page.url
    data, name = _download(tab, where)
    problems = agenda_problems(data, name, expected, address, where, pin.today)
    assert not problems, "\n".join(problems) + f"\n  reproduce: {bl.cli_command(route, pin)}"
    tab.assert_clean(where)


def test_agenda_file(tab, agenda_case, cli):
    route, date_set = agenda_case
    _check(tab, route, date_set, cli, "file")


def test_agenda_file_over_http(tab, site, routes, cli):
    route = max(routes, key=lambda r: (bl.action_count(site, r), len(r.steps)))
    _check(tab, route, bl.DATE_SETS_BY_NAME["koningsdag"], cli, "http")
