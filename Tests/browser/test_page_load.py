"""Every page loads from file:// and from a web server that serves the site from a sub-folder
(http://127.0.0.1:PORT/routeboek/), with no console errors, no page errors, no failed requests and
no request to another origin (every request is routed; others are aborted and fail the test)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("via", ["file", "http"])
def test_page_loads_cleanly(tab, page_rel: str, via: str):
    resp = tab.goto(page_rel, via=via)
    if via == "http":
        assert resp is not None and resp.status == 200, f"{page_rel}: HTTP {resp.status if resp else 'no response'}"
    # let scripts that run after load finish their first task
    tab.page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))")
    title = tab.page.title()
    assert title.strip(), f"{page_rel} via {via}: empty <title>"
    tab.assert_clean(f"{page_rel} via {via}")


def test_server_serves_a_sub_folder(tab, http_base):
    """Proves the sub-folder set-up: the site root itself is not reachable at /."""
    assert http_base.rstrip("/").endswith("/routeboek")
    root = http_base.rsplit("/routeboek/", 1)[0] + "/index.html"
    resp = tab.page.request.get(root)
    assert resp.status == 404
