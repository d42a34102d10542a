"""The checklist page prints its boxes on one A4 sheet (the promise the print stylesheet keeps):
Chromium prints the page to PDF, and every box's label is on page 1. The table of deadlines and the
other regions' points may follow on the next sheet. The PDF goes to artifacts/print/."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from sitelib import norm_space


def pytest_generate_tests(metafunc):
    if "checklist_page" in metafunc.fixturenames:
        site = metafunc.config._routeboek_site
        rels = [rel for rel in site.html_files
                if site.page(rel).title.startswith("Checklist") and site.page(rel).checkboxes]
        if rels:
            metafunc.parametrize("checklist_page", rels, ids=rels)
        else:
            metafunc.parametrize("checklist_page", [pytest.param(None, marks=pytest.mark.skip(
                reason="no page titled 'Checklist ...' with tick boxes"))], ids=["no-checklist-page"])


def test_checklist_boxes_print_on_one_sheet(tab, site, checklist_page, artifacts):
    pdftotext = shutil.which("pdftotext")
    if not pdftotext:
        pytest.fail("pdftotext is missing: install Debian's poppler-utils (scripts/install-browser-test-deps.sh)", pytrace=False)
    p = site.page(checklist_page)
    labels = [norm_space(p.labels.get(box["id"], "")) for box in p.checkboxes if "checklist-box" in box["class"].split()]
    assert labels and all(labels), f"{checklist_page}: checklist boxes without label text"
    tab.goto(checklist_page, via="file")
    tab.emulate_print()
    out = artifacts / "print"
    out.mkdir(parents=True, exist_ok=True)
    pdf = out / ("checklist-" + checklist_page.replace("/", "-").removesuffix(".html") + ".pdf")
    tab.page.pdf(path=str(pdf), format="A4", prefer_css_page_size=True)
    pages = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    first = norm_space(pages[0])
    # pdftotext breaks lines where the print does: compare the first words of each label
    missing = [label for label in labels if " ".join(label.split()[:6]) not in first]
    assert not missing, (f"{checklist_page}: {len(missing)} of {len(labels)} checklist boxes are not on the first A4 sheet "
                         f"({len(pages) - 1} sheets in all), from {missing[0][:60]!r}. Make the print styles more compact "
                         f"or change the promise (routeboek.css, @media print, checklists).")
