"""Screenshots (full page) at 1280 and 360 px of the home page, the longest page, the decision tool's
start and a result, saved as artefacts in artifacts/screenshots/ for people to look at."""
from __future__ import annotations

import pytest


WIDTHS = [1280, 360]


def _longest(site) -> str:
    # routeboek-compleet.html is every page at once (test_pdf.py renders its PDF's pages instead)
    candidates = [rel for rel in site.html_files
                  if not rel.startswith("beslisboom/") and rel != "routeboek-compleet.html"] or site.html_files
    return max(candidates, key=lambda rel: site.page(rel).text_length)


def _targets(site, routes):
    out = [("home", "index.html", None), ("long-page", _longest(site), None)]
    if site.has_beslisboom:
        out.append(("beslisboom-start", "beslisboom/index.html", None))
        if routes:
            r = max(routes, key=lambda r: len(r.steps))
            out.append(("beslisboom-result", "beslisboom/index.html", r.fragment()))
    return out


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", ["home", "long-page", "beslisboom-start", "beslisboom-result"])
def test_screenshot(tab, site, tree_routes, artifacts, name, width):
    targets = {n: (rel, frag) for n, rel, frag in _targets(site, tree_routes)}
    if name not in targets:
        pytest.skip("the site has no beslisboom/index.html (the decision tool is not generated)")
    rel, frag = targets[name]
    tab.set_viewport(width, 900)
    tab.goto(rel, via="file", fragment=frag)
    tab.page.evaluate("() => document.fonts ? document.fonts.ready.then(() => true) : true")
    out = artifacts / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{name}-{width}.png"
    tab.page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 1000
    (out / f"{name}-{width}.txt").write_text(f"{rel}{'#' + frag if frag else ''}\n", encoding="utf-8")
