"""Flowcharts are readable in every colour scheme: the SVG draws in currentColor and is hidden from
axe (the text version is the accessible one), so axe cannot see its contrast. This test measures it:
on every page with a flowchart, in light and dark mode on screen and in print, the computed colour
of every text and every stroke of the drawing against the background the drawing sits on.
Text needs 4.5:1 (WCAG 1.4.3), lines and shapes 3:1 (WCAG 1.4.11). Each page's first flowchart is
saved in both schemes to artifacts/screenshots/flowchart-*.png."""
from __future__ import annotations

import pytest

TEXT_MINIMUM = 4.5
STROKE_MINIMUM = 3.0

MEASURE = """() => {
  const parse = c => {
    const m = c && c.match(/rgba?\\(([^)]+)\\)/);
    if (!m) return null;
    const p = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const lum = ({r, g, b}) => {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratio = (x, y) => { const a = lum(x), b = lum(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
  // The ground: the first ancestor with an opaque background colour (the canvas is white by default).
  const ground = el => {
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a >= 0.99) return c;
    }
    const root = parse(getComputedStyle(document.documentElement).backgroundColor);
    return root && root.a >= 0.99 ? root : {r: 255, g: 255, b: 255, a: 1};
  };
  const out = [];
  document.querySelectorAll('.flowchart-image svg').forEach((svg, index) => {
    const box = svg.getBoundingClientRect();
    const bg = ground(svg);
    let worstText = Infinity, worstStroke = Infinity, texts = 0, strokes = 0, sample = '';
    svg.querySelectorAll('text').forEach(t => {
      const c = parse(getComputedStyle(t).fill);
      if (!c) return;
      texts++;
      const r = c.a < 0.99 ? 1 : ratio(c, bg);
      if (r < worstText) { worstText = r; sample = `text "${t.textContent.trim().slice(0, 30)}" ${getComputedStyle(t).fill}`; }
    });
    svg.querySelectorAll('path, polygon, polyline, ellipse, line, rect').forEach(s => {
      const style = getComputedStyle(s);
      if (style.stroke === 'none' || parseFloat(style.strokeWidth) === 0) return;
      const c = parse(style.stroke);
      if (!c || c.a === 0) return;
      strokes++;
      worstStroke = Math.min(worstStroke, c.a < 0.99 ? 1 : ratio(c, bg));
    });
    out.push({index, width: box.width, height: box.height, texts, strokes, worstText, worstStroke, sample,
              background: `rgb(${bg.r}, ${bg.g}, ${bg.b})`});
  });
  return out;
}"""


def _flowchart_pages(site) -> list[str]:
    return [rel for rel in site.html_files if 'class="flowchart-image"' in (site.root / rel).read_text(encoding="utf-8")]


def pytest_generate_tests(metafunc):
    if "flowchart_rel" in metafunc.fixturenames:
        rels = _flowchart_pages(metafunc.config._routeboek_site)
        if rels:
            metafunc.parametrize("flowchart_rel", rels, ids=rels)
        else:
            metafunc.parametrize("flowchart_rel", [pytest.param(None, marks=pytest.mark.skip(reason="no page has a flowchart"))],
                                 ids=["no-flowchart"])


@pytest.mark.parametrize("media,scheme", [("screen", "light"), ("screen", "dark"), ("print", "light"), ("print", "dark")])
def test_flowchart_contrast(tab, flowchart_rel, media, scheme, artifacts):
    page = tab.page
    tab.goto(flowchart_rel, via="file")
    page.emulate_media(media=media, color_scheme=scheme)
    try:
        charts = page.evaluate(MEASURE)
        if media == "screen" and flowchart_rel != "routeboek-compleet.html":
            # for people to look at: the first flowchart of the page in this colour scheme
            out = artifacts / "screenshots"
            out.mkdir(parents=True, exist_ok=True)
            name = "flowchart-" + scheme + "-" + flowchart_rel.replace("/", "-").removesuffix(".html") + ".png"
            page.locator(".flowchart-image").first.screenshot(path=str(out / name))
    finally:
        page.emulate_media(media="screen", color_scheme="light")
    where = f"{flowchart_rel} ({media}, {scheme})"
    assert charts, f"{where}: no .flowchart-image svg"
    problems = []
    for chart in charts:
        name = f"flowchart {chart['index'] + 1} on {chart['background']}"
        if chart["width"] < 50 or chart["height"] < 50:
            problems.append(f"{name}: drawn at {chart['width']:.0f}x{chart['height']:.0f} px")
        if not chart["texts"] or not chart["strokes"]:
            problems.append(f"{name}: {chart['texts']} texts and {chart['strokes']} strokes measured")
            continue
        if chart["worstText"] < TEXT_MINIMUM:
            problems.append(f"{name}: text contrast {chart['worstText']:.2f}:1 (want {TEXT_MINIMUM}:1), e.g. {chart['sample']}")
        if chart["worstStroke"] < STROKE_MINIMUM:
            problems.append(f"{name}: line contrast {chart['worstStroke']:.2f}:1 (want {STROKE_MINIMUM}:1)")
    assert not problems, f"{where}:\n  " + "\n  ".join(problems)
