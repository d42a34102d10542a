"""Per page, without a browser: headings, language, skip link, landmarks, Content-Security-Policy,
no inline code, and every internal link and #anchor resolves to a file of the site."""
from __future__ import annotations

from sitelib import ParsedPage, Site


def test_exactly_one_h1(site: Site, page_rel: str):
    p = site.page(page_rel)
    h1s = p.h1s
    assert len(h1s) == 1, (f"{page_rel}: {len(h1s)} h1 elements (want exactly 1): "
                           + "; ".join(f"line {h.line} {h.text!r}" for h in h1s))
    assert h1s[0].in_main, f"{page_rel}: the h1 {h1s[0].text!r} (line {h1s[0].line}) is not inside <main>"


def test_headings_in_order(site: Site, page_rel: str):
    p = site.page(page_rel)
    problems = []
    previous = 1  # a page starts at its title; h2 may precede it (e.g. in a header), h3 may not
    for h in p.headings:
        if h.level > previous + 1:
            problems.append(f"line {h.line}: h{h.level} {h.text!r} follows h{previous} (skips a level)")
        if not h.text:
            problems.append(f"line {h.line}: empty h{h.level}")
        previous = h.level
    assert not problems, f"{page_rel}:\n  " + "\n  ".join(problems)


def test_lang_nl(site: Site, page_rel: str):
    p = site.page(page_rel)
    assert p.html_lang == "nl", f"{page_rel}: <html lang={p.html_lang!r}> (want \"nl\")"
    assert p.title, f"{page_rel}: empty or missing <title>"


def test_main_landmark_and_skip_link(site: Site, page_rel: str):
    p = site.page(page_rel)
    assert p.main_count == 1, f"{page_rel}: {p.main_count} <main> landmarks (want exactly 1)"
    link = p.first_body_link
    assert link is not None, f"{page_rel}: no links at all, so no skip link"
    assert link.value.startswith("#") and len(link.value) > 1, (
        f"{page_rel}: the first link in <body> (line {link.line}) is {link.value!r} {link.text!r}, "
        f"not a skip link to the main content (#inhoud)")
    target = link.value[1:]
    assert target in p.ids, f"{page_rel}: skip link {link.value} points at no element"
    assert target in p.ids_in_main or target in p.main_ids, (
        f"{page_rel}: skip link {link.value} does not point at <main> or inside it")
    assert link.text, f"{page_rel}: the skip link has no text"


def test_csp_meta(site: Site, page_rel: str):
    p = site.page(page_rel)
    assert p.csp_outside_head == 0, f"{page_rel}: a Content-Security-Policy meta tag outside <head> is ignored"
    assert len(p.csp) == 1, f"{page_rel}: {len(p.csp)} Content-Security-Policy meta tags in <head> (want 1)"
    csp = p.csp[0]
    directives = {}
    for part in csp.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = [w.lower() for w in words[1:]]
    assert "'unsafe-inline'" not in csp.lower(), f"{page_rel}: CSP allows 'unsafe-inline': {csp}"
    script = directives.get("script-src", directives.get("default-src"))
    assert script is not None, f"{page_rel}: CSP restricts no scripts (no script-src or default-src): {csp}"
    loose = [s for s in script if s in ("*", "http:", "https:", "'unsafe-eval'") or s.startswith("http")]
    assert not loose, f"{page_rel}: CSP lets scripts come from {loose}: {csp}"


def test_no_inline_code(site: Site, page_rel: str):
    """The templates' rule: no inline scripts, styles, style= or on*= attributes (the CSP blocks them)."""
    p = site.page(page_rel)
    problems = [f"line {line}: inline <script type={t}>" for t, line in p.inline_scripts]
    problems += [f"line {line}: <style> element" for line in p.style_elements]
    problems += [f"line {line}: style= attribute on <{tag}>" for tag, line in p.style_attributes]
    problems += [f"line {line}: {attr}= attribute on <{tag}>" for tag, attr, line in p.event_attributes]
    assert not problems, f"{page_rel}:\n  " + "\n  ".join(problems[:30])


LOADING_RELS = {"stylesheet", "icon", "preload", "prefetch", "modulepreload", "manifest", "apple-touch-icon",
                "mask-icon", "preconnect", "dns-prefetch"}


def _loads(link) -> bool:
    """Does the browser fetch this URL by itself (as opposed to a link a person may follow)?"""
    if link.tag in ("a", "area", "form"):
        return False
    if link.tag == "link":
        return bool(set(link.rel.lower().split()) & LOADING_RELS)
    return True


def _anchor_exists(target: ParsedPage, fragment: str) -> bool:
    return fragment in target.ids or fragment in target.names


def test_links_resolve(site: Site, page_rel: str):
    p = site.page(page_rel)
    problems = []
    for link in p.links:
        where = f"line {link.line} <{link.tag} {link.attr}={link.value!r}>"
        value = link.value.strip()
        if link.attr == "srcset":
            candidates = [c.strip().split()[0] for c in value.split(",") if c.strip()]
        else:
            candidates = [value]
        for value in candidates:
            kind, target, fragment = site.resolve(page_rel, value)
            if kind == "data":
                continue
            if kind == "external":
                if _loads(link):
                    problems.append(f"{where}: loads from another origin")
                continue
            if kind.startswith("!"):
                problems.append(f"{where}: {kind[1:]}")
                continue
            if value == "":
                problems.append(f"{where}: empty link")
                continue
            full = site.root / target
            if full.is_dir():
                problems.append(f"{where}: points at a folder (must point at a file, e.g. .../index.html)")
                continue
            if not full.is_file():
                problems.append(f"{where}: {target} does not exist")
                continue
            if fragment:
                if not target.endswith(".html"):
                    continue
                if not _anchor_exists(site.page(target), fragment):
                    problems.append(f"{where}: {target} has no element with id {fragment!r}")
            elif fragment == "" and link.tag == "a" and value == "#":
                pass  # "#" is the top of the page
    assert not problems, f"{page_rel}: {len(problems)} broken links\n  " + "\n  ".join(problems[:40])


def test_site_has_pages(site: Site):
    assert "index.html" in site.html_files
    assert len(site.html_files) >= 2, "the site has fewer than 2 pages"
