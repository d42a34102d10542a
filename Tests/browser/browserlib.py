"""JavaScript snippets and helpers shared by the browser tests."""
from __future__ import annotations

LIST_FOCUSABLE = """() => {
  const sel = 'a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]';
  const out = [];
  let i = 0;
  for (const el of document.querySelectorAll(sel)) {
    if (el.disabled || (el.tagName === 'INPUT' && el.type === 'hidden')) continue;
    const ti = el.getAttribute('tabindex');
    if (ti !== null && parseInt(ti, 10) < 0) continue;
    if (el.closest('[inert], template')) continue;
    if (!el.getClientRects().length) continue;
    // inside a closed <details> (content-visibility: hidden): not reachable until opened
    if (el.checkVisibility && !el.checkVisibility()) continue;
    if (getComputedStyle(el).visibility === 'hidden') continue;
    el.setAttribute('data-kbtest', String(i));
    const group = (el.tagName === 'INPUT' && el.type === 'radio' && el.name) ? 'radio:' + el.name : null;
    out.push({i, group, desc: window.__kbdesc(el)});
    i++;
  }
  return out;
}"""

DESCRIBE = """() => { window.__kbdesc = el => {
  let d = el.tagName.toLowerCase();
  if (el.id) d += '#' + el.id;
  if (el.getAttribute('href')) d += `[href="${el.getAttribute('href')}"]`;
  if (el.type && el.tagName === 'INPUT') d += `[type=${el.type}]`;
  const t = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
  return t ? `${d} "${t}"` : d;
}; }"""

ACTIVE_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  const visible = e => {
    const s = getComputedStyle(e);
    const ow = parseFloat(s.outlineWidth) || 0;
    const transparent = c => c === 'transparent' || /rgba\\([^)]*,\\s*0\\)$/.test(c);
    const outline = s.outlineStyle !== 'none' && ow > 0 && !transparent(s.outlineColor);
    const shadow = !!s.boxShadow && s.boxShadow !== 'none';
    return outline || shadow;
  };
  let indicator = visible(el);
  if (!indicator && el.labels) for (const l of el.labels) if (visible(l)) indicator = true;
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return {
    i: el.getAttribute('data-kbtest'), desc: window.__kbdesc(el), indicator,
    outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, boxShadow: s.boxShadow,
    w: r.width, h: r.height, inViewport: r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth,
    inMain: !!el.closest('main'),
  };
}"""


def wait_js(page, expression: str, arg=None, timeout: float = 3000) -> bool:
    """page.wait_for_function that returns False on a timeout instead of raising."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        page.wait_for_function(expression, arg=arg, timeout=timeout)
        return True
    except PlaywrightTimeout:
        return False


# Put the keyboard's starting point at the top of the document, as on a fresh page load, even when
# the page's script has moved the focus (the decision tool focuses its question or result).
FOCUS_START = """() => {
  let s = document.getElementById('__rbtest_start');
  if (!s) { s = document.createElement('span'); s.id = '__rbtest_start'; s.tabIndex = -1; document.body.prepend(s); }
  window.scrollTo(0, 0);
  s.focus();
}"""
