"""axe-core (bundled with axe-playwright-python) on every page: 0 violations of WCAG 2.0/2.1 A and AA.

Each violation is reported with the page, the rule, the element (CSS selector) and axe's summary;
all violations also go to artifacts/axe-violations.json."""
from __future__ import annotations


def test_axe_wcag21_aa(tab, axe_runner, page_rel: str):
    tab.goto(page_rel, via="http")
    lines = axe_runner(tab.page, page_rel)
    assert not lines, f"{page_rel}: axe-core found violations\n  " + "\n  ".join(lines)
