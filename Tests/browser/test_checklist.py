"""Checklists: every box has a label with text, and each box can be reached with Tab, ticked and
unticked with the space bar, and shows a visible focus indicator."""
from __future__ import annotations

from browserlib import ACTIVE_STATE, DESCRIBE, FOCUS_START


def test_checklist_boxes_labelled(site, checklist_rel):
    p = site.page(checklist_rel)
    problems = []
    for box in p.checkboxes:
        if "checklist-box" not in box["class"].split():
            continue
        if not box["id"]:
            problems.append(f"line {box['line']}: checkbox without id (a <label for> cannot point at it)")
        elif not p.labels.get(box["id"]):
            problems.append(f"line {box['line']}: checkbox #{box['id']} has no <label for> with text")
    assert not problems, f"{checklist_rel}:\n  " + "\n  ".join(problems)


def test_checklist_keyboard(tab, site, checklist_rel):
    page = tab.page
    tab.goto(checklist_rel, via="file")
    page.evaluate(DESCRIBE)
    boxes = page.evaluate("() => [...document.querySelectorAll('input.checklist-box')].map(b => b.id)")
    assert boxes, f"{checklist_rel}: no input.checklist-box in the page"
    names = page.evaluate("""() => [...document.querySelectorAll('input.checklist-box')].map(b =>
        (b.labels && b.labels.length ? [...b.labels].map(l => l.innerText).join(' ') : '').trim())""")
    problems = [f"#{i}: no visible label text" for i, n in zip(boxes, names) if not n]
    todo = set(boxes)
    page.evaluate(FOCUS_START)
    count = page.evaluate("document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length")
    for _ in range(count + 10):
        page.keyboard.press("Tab")
        state = page.evaluate(ACTIVE_STATE)
        if state is None:
            break
        bid = page.evaluate("() => document.activeElement.classList.contains('checklist-box') ? document.activeElement.id : null")
        if bid is None or bid not in todo:
            continue
        todo.discard(bid)
        if not state["indicator"]:
            problems.append(f"#{bid}: no visible focus indicator (outline {state['outline']}, box-shadow {state['boxShadow']})")
        before = page.evaluate("() => document.activeElement.checked")
        page.keyboard.press("Space")
        after = page.evaluate("() => document.activeElement.checked")
        if after == before:
            problems.append(f"#{bid}: Space does not tick the box")
        page.keyboard.press("Space")
        again = page.evaluate("() => document.activeElement.checked")
        if again != before:
            problems.append(f"#{bid}: a second Space does not untick the box")
        if not todo:
            break
    problems += [f"#{b}: never reached with Tab" for b in sorted(todo)]
    assert not problems, f"{checklist_rel}:\n  " + "\n  ".join(problems)
    tab.assert_clean(checklist_rel)
