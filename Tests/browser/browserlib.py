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


# ---------------------------------------------------------------- the interactive decision tool

TOOL_STATE = """() => {
  const norm = t => (t || '').replace(/\\s+/g, ' ').trim();
  const vis = el => !!el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'
                    && !el.closest('[hidden], template');
  const main = document.querySelector('main') || document.body;
  const radios = [...main.querySelectorAll('input[type=radio]')].filter(vis).map(r => ({
    value: r.value, checked: r.checked, name: r.name,
    label: norm(r.labels && r.labels.length ? [...r.labels].map(l => l.innerText).join(' ') : r.getAttribute('aria-label')),
    context: norm((r.closest('fieldset') || r.form || main).innerText),
  }));
  const heads = root => [...root.querySelectorAll('h1,h2,h3,h4,h5,h6')].filter(vis)
      .map(h => ({level: +h.tagName[1], text: norm(h.innerText)}));
  const facts = [...main.querySelectorAll('dl.route-facts')].filter(vis).map(dl => ({
      show: dl.getAttribute('data-show') || '', text: norm(dl.innerText)}));
  return {
    hash: decodeURIComponent(location.hash.replace(/^#/, '')),
    radios, headings: heads(main), allHeadings: heads(document), facts, text: norm(main.innerText),
  };
}"""

# Marks the control that answers `label` (a radio with that value or label, else a button or link with
# that text) with data-rbtest-target, and the form's submit button with data-rbtest-submit.
MARK_OPTION = """([value, label]) => {
  const norm = t => (t || '').replace(/\\s+/g, ' ').trim();
  const vis = el => !!el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden'
                    && !el.closest('[hidden], template');
  document.querySelectorAll('[data-rbtest-target], [data-rbtest-submit]').forEach(e => {
    e.removeAttribute('data-rbtest-target'); e.removeAttribute('data-rbtest-submit'); });
  const main = document.querySelector('main') || document.body;
  const radios = [...main.querySelectorAll('input[type=radio]')].filter(vis);
  const labelOf = r => norm(r.labels && r.labels.length ? [...r.labels].map(l => l.innerText).join(' ') : r.getAttribute('aria-label'));
  let target = radios.find(r => r.value === value) || radios.find(r => labelOf(r) === label)
            || radios.find(r => labelOf(r).startsWith(label));
  if (target) {
    target.setAttribute('data-rbtest-target', '1');
    const form = target.form;
    const submit = form && [...form.querySelectorAll('button, input[type=submit]')].filter(vis)
        .find(b => (b.type || 'submit') === 'submit');
    if (submit) submit.setAttribute('data-rbtest-submit', '1');
    return {kind: 'radio', submit: !!submit};
  }
  const clickable = [...main.querySelectorAll('button, a[href]')].filter(vis).find(b => norm(b.innerText) === label);
  if (clickable) { clickable.setAttribute('data-rbtest-target', '1'); return {kind: 'button', submit: false}; }
  return null;
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
