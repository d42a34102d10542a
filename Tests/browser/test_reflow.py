"""Reflow (WCAG 1.4.10): at 360 and at 320 CSS px wide no page scrolls horizontally.
Wide tables may scroll inside their own region (.table-scroll); the page itself may not."""
from __future__ import annotations

import pytest

OVERFLOWING = """() => {
  const w = window.innerWidth, out = [];
  const clipped = el => {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const s = getComputedStyle(p);
      if (s.overflowX !== 'visible' && s.overflowX !== 'clip' || s.overflow === 'hidden') return true;
    }
    return false;
  };
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    const s = getComputedStyle(el);
    const contentRight = (s.overflowX === 'visible') ? r.left + el.scrollWidth : r.right;
    const right = Math.max(r.right, contentRight);
    if (right <= w + 1) continue;
    if (clipped(el)) continue;
    const desc = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    out.push(`${desc} right=${Math.round(right)} text=${JSON.stringify((el.textContent || '').trim().slice(0, 40))}`);
    if (out.length >= 8) break;
  }
  return out;
}"""


def reflow_problem(page, where: str) -> str | None:
    width = page.evaluate("document.scrollingElement.scrollWidth")
    inner = page.evaluate("window.innerWidth")
    if width <= inner:
        return None
    culprits = page.evaluate(OVERFLOWING)
    return (f"{where}: scrolls horizontally (scrollWidth {width} > innerWidth {inner}); "
            f"elements past the right edge:\n  " + "\n  ".join(culprits))


def check_reflow(page, where: str):
    problem = reflow_problem(page, where)
    if problem:
        pytest.fail(problem, pytrace=False)


def test_no_horizontal_scroll(tab, page_rel: str):
    """Loaded at 360 px, then narrowed to 320 px (CSS re-applies on resize; one load per page)."""
    problems = []
    tab.set_viewport(360, 800)
    tab.goto(page_rel, via="file")
    for width in (360, 320):
        if width != 360:
            tab.set_viewport(width, 800)
            tab.page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
        problem = reflow_problem(tab.page, f"{page_rel} at {width}px")
        if problem:
            problems.append(problem)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)
