"""Reflow (WCAG 1.4.10): at 320 and 360 CSS px wide no page scrolls horizontally.
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
    if (r.width === 0 || r.right <= w + 1) continue;
    if (clipped(el)) continue;
    const desc = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    out.push(`${desc} right=${Math.round(r.right)} text=${JSON.stringify((el.textContent || '').trim().slice(0, 40))}`);
    if (out.length >= 8) break;
  }
  return out;
}"""


def check_reflow(page, where: str):
    width = page.evaluate("document.scrollingElement.scrollWidth")
    inner = page.evaluate("window.innerWidth")
    if width > inner:
        culprits = page.evaluate(OVERFLOWING)
        pytest.fail(f"{where}: scrolls horizontally (scrollWidth {width} > innerWidth {inner}); "
                    f"elements past the right edge:\n  " + "\n  ".join(culprits), pytrace=False)


@pytest.mark.parametrize("width", [320, 360])
def test_no_horizontal_scroll(tab, page_rel: str, width: int):
    tab.page.set_viewport_size({"width": width, "height": 800})
    tab.goto(page_rel, via="file")
    check_reflow(tab.page, f"{page_rel} at {width}px")
