"""Fixtures of the browser suite.

The site under test is a folder that `routeboek build` produced, given by `--site DIR` or the
environment variable ROUTEBOEK_SITE. One Chromium (Debian's /usr/bin/chromium, driven by Playwright)
serves the whole session; every test module gets its own browser context.
"""
from __future__ import annotations

import http.server
import json
import os
import shutil
import socketserver
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import beslislib
import sitelib

# The beslisboom's fixtures (`routeboek beslis`, the measurements merged from every worker into one report).
pytest_plugins = ["beslisplugin"]

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
SUBFOLDER = "routeboek"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
NAV_TIMEOUT_MS = 30_000


def pytest_addoption(parser):
    g = parser.getgroup("routeboek")
    g.addoption("--site", default=os.environ.get("ROUTEBOEK_SITE"),
                help="folder of the built site (default: $ROUTEBOEK_SITE)")
    g.addoption("--routeboek-bin", default=os.environ.get("ROUTEBOEK_BIN", str(REPO_ROOT / ".build/debug/routeboek")),
                help="the routeboek binary for `routeboek beslis` (default: $ROUTEBOEK_BIN or .build/debug/routeboek)")
    g.addoption("--artifacts", default=os.environ.get("ROUTEBOEK_ARTIFACTS", str(REPO_ROOT / "artifacts")),
                help="where screenshots and reports go (default: $ROUTEBOEK_ARTIFACTS or artifacts/)")
    g.addoption("--chromium", default=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                help="the Chromium executable (default: $CHROMIUM or /usr/bin/chromium)")


def pytest_configure(config):
    site = config.getoption("--site")
    if not site:
        raise pytest.UsageError("no site to test: pass --site DIR or set ROUTEBOEK_SITE "
                                "(a folder made by `routeboek build --output DIR`)")
    root = Path(site).resolve()
    if not (root / "index.html").is_file():
        raise pytest.UsageError(f"{root} is not a built site: it has no index.html")
    config._routeboek_site = sitelib.Site(root)
    config.addinivalue_line("markers", "xdist_group(name): run these tests on one pytest-xdist worker")


# ---------------------------------------------------------------- parametrisation at collection

def _site(config) -> sitelib.Site:
    return config._routeboek_site


def _model_and_routes(config):
    """The embedded model and every route, found by following the answer links of the pages without
    JavaScript (beslislib.walk_static_pages; test_beslisboom.py checks them against the model)."""
    cached = getattr(config, "_routeboek_routes", None)
    if cached is None:
        site = _site(config)
        model = sitelib.load_model(site) if site.has_beslisboom else None
        walk = beslislib.walk_static_pages(site, model) if model else None
        cached = (model, walk.routes if walk else [])
        config._routeboek_routes = cached
        config._routeboek_static_walk = walk
    return cached


NO_BESLISBOOM = "the site has no beslisboom/index.html (the decision tool is not generated)"


def pytest_generate_tests(metafunc):
    config = metafunc.config
    site = _site(config)
    if "page_rel" in metafunc.fixturenames:
        metafunc.parametrize("page_rel", site.html_files, ids=site.html_files)
    # route, outcome_route and the other sets of routes of the beslisboom tests
    model, routes = _model_and_routes(config)
    beslislib.parametrize_routes(metafunc, site, routes, NO_BESLISBOOM)
    if "checklist_rel" in metafunc.fixturenames:
        rels = [rel for rel, p in site.pages.items()
                if any("checklist-box" in c["class"].split() for c in p.checkboxes)]
        if rels:
            metafunc.parametrize("checklist_rel", rels, ids=rels)
        else:
            metafunc.parametrize("checklist_rel", [pytest.param(None, marks=pytest.mark.skip(
                reason="no page has a checklist (input.checklist-box)"))], ids=["no-checklist"])


# ---------------------------------------------------------------- plain fixtures

@pytest.fixture(scope="session")
def site(pytestconfig) -> sitelib.Site:
    return _site(pytestconfig)


@pytest.fixture(scope="session")
def model(pytestconfig):
    m, _ = _model_and_routes(pytestconfig)
    if m is None:
        pytest.skip(NO_BESLISBOOM)
    return m


@pytest.fixture(scope="session")
def tree_routes(pytestconfig) -> list:
    """All routes of the decision tree, or [] when the site has none."""
    return _model_and_routes(pytestconfig)[1]


@pytest.fixture(scope="session")
def routes(pytestconfig, model):
    return _model_and_routes(pytestconfig)[1]


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def artifacts(pytestconfig) -> Path:
    path = Path(pytestconfig.getoption("--artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def routeboek_bin(pytestconfig) -> str:
    binary = pytestconfig.getoption("--routeboek-bin")
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        pytest.fail(f"the routeboek binary {binary} does not exist or is not executable: build it "
                    f"(swift build) or point ROUTEBOEK_BIN / --routeboek-bin at it", pytrace=False)
    # Absolute: the preview tests run it from a folder of their own (make passes .build/debug/routeboek).
    return os.path.abspath(binary)


# ---------------------------------------------------------------- local web server

class _Handler(http.server.SimpleHTTPRequestHandler):
    site_root: Path = Path(".")
    log: list = []

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript", ".mjs": "text/javascript", ".css": "text/css",
        ".svg": "image/svg+xml", ".woff2": "font/woff2", ".woff": "font/woff", ".json": "application/json",
        ".html": "text/html; charset=utf-8",
    }

    def translate_path(self, path):
        path = unquote(urlsplit(path).path)
        prefix = f"/{SUBFOLDER}/"
        if not path.startswith(prefix):
            return str(self.site_root / "__outside_the_site_folder__")
        rel = os.path.normpath(path[len(prefix):]).lstrip("/")
        if rel.startswith(".."):
            return str(self.site_root / "__outside_the_site_folder__")
        return str(self.site_root / rel) if rel != "." else str(self.site_root)

    def log_message(self, fmt, *args):  # keep the test output clean
        pass

    def log_request(self, code="-", size="-"):
        try:
            code = int(code)
        except (TypeError, ValueError):
            code = 0
        if code >= 400:
            self.log.append((code, self.path))

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="session")
def http_base(site):
    handler = type("Handler", (_Handler,), {"site_root": site.root, "log": []})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/{SUBFOLDER}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def file_base(site):
    return site.root.as_uri() + "/"


# ---------------------------------------------------------------- browser

@pytest.fixture(scope="session")
def playwright_instance():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright_instance, pytestconfig):
    exe = pytestconfig.getoption("--chromium")
    if not os.path.exists(exe):
        found = shutil.which("chromium") or shutil.which("chromium-browser")
        if not found:
            pytest.fail(f"no Chromium at {exe}; run scripts/install-browser-test-deps.sh", pytrace=False)
        exe = found
    b = playwright_instance.chromium.launch(executable_path=exe, args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture(scope="module")
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                              service_workers="block", reduced_motion="reduce")
    ctx.set_default_navigation_timeout(NAV_TIMEOUT_MS)
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


class Tab:
    """One page of the browser with the site's guard rails: every request is routed; a request to
    another origin (or outside the site folder) is aborted and recorded, as are console errors,
    page errors, failed requests and HTTP errors."""

    def __init__(self, page, file_base: str, http_base: str):
        self.page = page
        self.file_base = file_base
        self.http_base = http_base
        self.base = http_base
        self.media = "screen"
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.failed_requests: list[str] = []
        self.foreign_requests: list[str] = []
        self.http_errors: list[str] = []
        page.on("console", self._on_console)
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("requestfailed", self._on_failed)
        page.on("response", self._on_response)
        page.route("**/*", self._guard)

    def _on_console(self, msg):
        if msg.type == "error":
            loc = msg.location or {}
            where = f" ({loc.get('url', '')}:{loc.get('lineNumber', '')})" if loc.get("url") else ""
            self.console_errors.append(msg.text + where)

    def _on_failed(self, req):
        if req.url in self.foreign_requests:
            return
        if req.failure == "net::ERR_ABORTED":
            return  # cut short by the next navigation (e.g. the favicon); a missing file is ERR_FILE_NOT_FOUND / 404
        self.failed_requests.append(f"{req.url}: {req.failure}")

    def _on_response(self, resp):
        if resp.status >= 400:
            self.http_errors.append(f"{resp.status} {resp.url}")

    def _guard(self, route):
        url = route.request.url
        # The site is the folder, from file:// or from the server's sub-folder (a page cannot know the
        # server's port, so a file:// page that reaches it is only the last page's late favicon load).
        if url.startswith((self.file_base, self.http_base, "data:", "blob:")):
            route.continue_()
        else:
            self.foreign_requests.append(url)
            route.abort("blockedbyclient")

    def set_viewport(self, width: int, height: int = 900):
        if self.page.viewport_size != {"width": width, "height": height}:
            self.page.set_viewport_size({"width": width, "height": height})

    def emulate_print(self):
        self.page.emulate_media(media="print")
        self.media = "print"

    def restore(self):
        """Back to the defaults of the context: 1280x900, screen media."""
        self.set_viewport(1280, 900)
        if self.media != "screen":
            self.page.emulate_media(media="screen")
            self.media = "screen"

    def url(self, rel: str, via: str = "http", fragment: str | None = None) -> str:
        base = self.http_base if via == "http" else self.file_base
        u = base + rel
        if fragment is not None:
            u += "#" + fragment
        return u

    def goto(self, rel: str, via: str = "http", fragment: str | None = None, wait: str = "load"):
        """Load a page as a new document (never a same-document fragment change)."""
        self.base = self.http_base if via == "http" else self.file_base
        url = self.url(rel, via, fragment)
        if self.page.url.split("#")[0] == url.split("#")[0]:
            self.page.goto("about:blank")
        return self.page.goto(url, wait_until=wait)

    def reset(self):
        for lst in (self.console_errors, self.page_errors, self.failed_requests, self.foreign_requests, self.http_errors):
            lst.clear()

    def problems(self) -> list[str]:
        out = []
        out += [f"request to another origin or outside the site folder: {u}" for u in self.foreign_requests]
        out += [f"page error: {e}" for e in self.page_errors]
        out += [f"console error: {e}" for e in self.console_errors]
        out += [f"failed request: {e}" for e in self.failed_requests]
        out += [f"HTTP error: {e}" for e in self.http_errors]
        return list(dict.fromkeys(out))

    def assert_clean(self, where: str):
        probs = self.problems()
        assert not probs, f"{where}:\n  " + "\n  ".join(probs)


@pytest.fixture(scope="module")
def _module_tab(context, file_base, http_base):
    holder = {"tab": None}
    yield holder
    if holder["tab"] is not None and not holder["tab"].page.is_closed():
        holder["tab"].page.close()


@pytest.fixture
def tab(_module_tab, context, file_base, http_base):
    """A browser tab with the guard rails, reused within a test module (a new page costs ~0.2 s):
    each test gets it reset to 1280x900, screen media, no recorded problems."""
    t = _module_tab["tab"]
    if t is None or t.page.is_closed():
        t = Tab(context.new_page(), file_base, http_base)
        _module_tab["tab"] = t
    else:
        t.restore()
    t.reset()
    yield t


# ---------------------------------------------------------------- axe-core

@pytest.fixture(scope="session")
def axe_report(artifacts):
    report: dict[str, list] = {}
    yield report
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    out = artifacts / (f"axe-violations-{worker}.json" if worker else "axe-violations.json")
    if report:
        out.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    elif out.exists():
        out.unlink()


@pytest.fixture(scope="session")
def axe_runner(axe_report):
    from axe_playwright_python.sync_playwright import Axe
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}

    def run(page, where: str) -> list[str]:
        if not page.evaluate("typeof window.axe === 'object'"):
            page.evaluate(axe.axe_script)
        result = page.evaluate("opts => axe.run(document, opts)", options)
        violations = result.get("violations", [])
        lines = []
        if violations:
            axe_report[where] = violations
        for v in violations:
            for node in v.get("nodes", [])[:10]:
                target = " ".join(map(str, node.get("target", [])))
                summary = sitelib.norm_space(node.get("failureSummary", ""))[:300]
                lines.append(f"{where}: [{v['id']}] ({v.get('impact')}) {v.get('help')} — target {target!s}"
                             f" — {summary}")
            if len(v.get("nodes", [])) > 10:
                lines.append(f"{where}: [{v['id']}] ... and {len(v['nodes']) - 10} more elements")
        return lines

    return run
