"""The preview (`routeboek serve`) as an editor uses it: save a page and see the change, break it and see
the errors over the page, fix it and see them go.

Each test starts `routeboek serve --port 0` on its own copy of Content/ and Templates/. After an edit
to pages' text, a page whose scripts may run again (`data-preview-rerun`) gets its new body in place
without a reload; a page with other scripts (the beslisboom's) reloads, and so does every page after any
other change (a stylesheet, front matter). A value set on `window` tells which happened: it survives a
swap and not a reload.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest

PAGE = "verzuim/verzuimsoorten"
WAIT_MS = 60_000


class Preview:
    def __init__(self, binary: str, repo_root: Path, folder: Path):
        shutil.copytree(repo_root / "Content", folder / "Content")
        shutil.copytree(repo_root / "Templates", folder / "Templates")
        self.content = folder / "Content"
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [binary, "serve", "--port", "0", "--content", "Content", "--templates", "Templates", "--output", "Public"],
            cwd=folder, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        found = threading.Event()
        self.port = 0

        def read():
            for line in self.process.stdout:
                self.lines.append(line.rstrip("\n"))
                match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
                if match and not self.port:
                    self.port = int(match.group(1))
                    found.set()
            found.set()

        threading.Thread(target=read, daemon=True).start()
        if not found.wait(300) or not self.port:
            self.stop()
            pytest.fail("routeboek serve gave no address:\n" + "\n".join(self.lines))

    def url(self, page: str) -> str:
        return f"http://127.0.0.1:{self.port}/{page}.html"

    def save(self, source: str, text: str) -> None:
        """As an editor's program saves: a new file renamed over the old one."""
        path = self.content / source
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)

    def read(self, source: str) -> str:
        return (self.content / source).read_text(encoding="utf-8")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def preview(routeboek_bin, repo_root, tmp_path):
    server = Preview(routeboek_bin, repo_root, tmp_path)
    yield server
    server.stop()


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 700}, locale="nl-NL", service_workers="block")
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    yield page
    context.close()


def open_page(tab, url: str) -> None:
    tab.goto(url, wait_until="load")
    # The event stream is open once the first status has arrived; the page then marks itself.
    tab.wait_for_function("() => window.routeboekPreview === true")
    tab.wait_for_timeout(300)
    tab.evaluate("() => { window.zelfdePagina = true; }")


def add_sentence(preview: Preview, source: str, sentence: str) -> str:
    original = preview.read(source)
    preview.save(source, original.rstrip("\n") + f"\n\n{sentence}\n")
    return original


def test_an_edit_replaces_the_body_in_place(preview, tab):
    open_page(tab, preview.url(PAGE))
    tab.evaluate("() => window.scrollTo(0, 400)")
    source = f"{PAGE}.md"
    add_sentence(preview, source, "Een nieuwe zin uit de test van de preview.")
    tab.wait_for_function("() => document.body.textContent.includes('Een nieuwe zin uit de test van de preview.')")
    assert tab.evaluate("() => window.zelfdePagina") is True, "the page reloaded instead of taking the new body"
    assert abs(tab.evaluate("() => window.scrollY") - 400) <= 2, "the editor lost their place"
    # routeboek.js runs again on the new body (once its file is loaded): the navigation opens on a wide screen.
    tab.wait_for_function("() => document.querySelector('.site-nav-details').open === true")
    assert tab.evaluate("() => document.querySelectorAll('body').length") == 1
    assert tab.errors == []


def test_a_step_page_gets_its_enhancements_again(preview, tab):
    """The beslisboom's step pages have a print button and the page's address, both filled in by routeboek.js."""
    step = next(Path(preview.content.parent, "Public", "beslisboom", "stap").glob("*.html")).stem
    open_page(tab, preview.url(f"beslisboom/stap/{step}"))
    assert tab.evaluate("() => document.querySelector('.js-print').hidden") is False
    before = tab.evaluate_handle("() => document.body")
    add_sentence(preview, f"{PAGE}.md", "Een zin op een andere pagina.")
    tab.wait_for_function("body => document.body !== body", arg=before)
    tab.wait_for_function("() => !document.querySelector('.js-print').hidden")
    assert tab.evaluate("() => window.zelfdePagina") is True
    assert tab.evaluate("() => document.querySelector('[data-adres]').textContent") == tab.url
    assert tab.errors == []


def test_a_stylesheet_edit_reloads_with_the_new_styles(preview, tab):
    """The browser keeps a stylesheet it has; a page taking a new body would keep the old look."""
    open_page(tab, preview.url(PAGE))
    part = preview.content.parent / "Templates" / "styles" / "routeboek" / "07-content.css"
    part.write_text(part.read_text(encoding="utf-8") + "\nmain h1 { letter-spacing: 7px; }\n", encoding="utf-8")
    tab.wait_for_function("() => document.readyState === 'complete' && getComputedStyle(document.querySelector('main h1')).letterSpacing === '7px'")
    assert tab.evaluate("() => window.zelfdePagina") is None
    assert tab.errors == []


def test_a_page_with_a_stateful_script_reloads(preview, tab):
    open_page(tab, preview.url("beslisboom/index"))
    add_sentence(preview, f"{PAGE}.md", "Een zin terwijl de beslisboom open is.")
    tab.wait_for_function("() => window.zelfdePagina === undefined && document.readyState === 'complete'")
    tab.wait_for_function("() => window.routeboekPreview === true")
    assert tab.errors == []


def break_and_fix(preview, tab, broken_text) -> None:
    """Saves `broken_text(original)`, expects the overlay with the page's file:line:column, then saves a
    fixed version with a new sentence and expects the overlay gone and the sentence shown."""
    source = f"{PAGE}.md"
    original = preview.read(source)
    broken = broken_text(original)
    assert broken != original
    preview.save(source, broken)
    overlay = tab.locator(".routeboek-overlay")
    overlay.wait_for(state="visible")
    assert overlay.get_attribute("role") == "alert"
    text = overlay.inner_text()
    assert "Bouwen mislukt" in text
    assert re.search(rf"Content/{re.escape(source)}:\d+:\d+", text), text
    preview.save(source, original.rstrip("\n") + "\n\nWeer goed na de fout.\n")
    tab.wait_for_function("() => document.body.textContent.includes('Weer goed na de fout.')")
    assert tab.locator(".routeboek-overlay").count() == 0
    # The build's own error lines in the console are the overlay's; nothing else went wrong.
    assert all(message.startswith("Routeboek: bouwen mislukt") for message in tab.errors), tab.errors


def test_an_error_in_the_text_shows_over_the_page_and_the_fix_replaces_it(preview, tab):
    open_page(tab, preview.url(PAGE))
    break_and_fix(preview, tab, lambda text: text.rstrip("\n") + "\n\nZie [een pagina](bestaat-niet.md).\n")
    assert tab.evaluate("() => window.zelfdePagina") is True


def test_an_error_in_the_front_matter_shows_over_the_page_and_the_fix_reloads_it(preview, tab):
    """Front matter changes navigation and more: a whole build, after which the page loads again."""
    open_page(tab, preview.url(PAGE))
    break_and_fix(preview, tab, lambda text: text.replace("\ntitel:", "\ntitel: [", 1))
    assert tab.evaluate("() => window.zelfdePagina") is None
