"""The promises a build keeps (issue 11), checked from outside the process:
- no crash or signal, no hang;
- a failed build says why in lines `file:line:column: fout RB104: bericht`, at a position inside the file;
- a failed build leaves the previous output byte for byte as it was, and no staging folder behind;
- a successful build never publishes a broken site: index.html and the decision tool exist, the tool's
  embedded model parses, every internal link and image points at a file of the site (and at an id on
  it, for a fragment), every page carries its CSP, and the output holds no links (symlinks)."""

import hashlib
import json
import os
import re
from urllib.parse import unquote

# `file:line:column: fout RB104: bericht`; the code (docs/meldingen.md) is there for every catalogue message.
DIAGNOSTIC = re.compile(r"^(?P<file>.+?):(?P<line>[0-9]+):(?P<column>[0-9]+): "
                        r"(?P<severity>fout|waarschuwing|melding)(?: (?P<code>RB[0-9]{3}))?: (?P<message>.+)$")
SUMMARY = re.compile(r"^(build|check) mislukt: [0-9]+ fout(en)?, [0-9]+ waarschuwing(en)?\.( .* is niet veranderd\.)?$")
PHASE = re.compile(r"^\[[a-z]+\] [0-9.]+ s ")
ATTRIBUTE = re.compile(rb'(?:href|src)="([^"]*)"')
IDS = re.compile(rb'\bid="([^"]*)"')
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
MODEL = re.compile(rb'<script type="application/json" id="beslisboom-model">(.*?)</script>', re.S)
CRASH_WORDS = ("Fatal error", "Program crashed", "Backtrac", "Segmentation fault", "Illegal instruction", "Stack overflow")


def manifest(folder):
    """Every entry below `folder`: files by their SHA-256, links by their target, folders by name."""
    result = {}
    if not os.path.isdir(folder):
        return None
    for directory, names, files in os.walk(folder):
        names.sort()
        for name in names:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, folder)
            result[relative] = "link:" + os.readlink(path) if os.path.islink(path) else "folder"
        for name in sorted(files):
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, folder)
            if os.path.islink(path):
                result[relative] = "link:" + os.readlink(path)
            else:
                with open(path, "rb") as handle:
                    result[relative] = hashlib.sha256(handle.read()).hexdigest()
    return result


def leftovers(parent, name="Public"):
    return sorted(entry for entry in os.listdir(parent)
                  if re.fullmatch(rf"\.{re.escape(name)}-(build|old)-[0-9]+", entry))


def crashed(returncode, stderr):
    if returncode is None:
        return "hang"
    if returncode < 0:
        return f"signal {-returncode}"
    if returncode not in (0, 1):
        return f"exit status {returncode}"
    words = [word for word in CRASH_WORDS if word in stderr]
    return f"crash text in stderr ({words[0]})" if words else None


def line_count_and_widths(path):
    """Lines as the parsers count them: `\r\n`, a lone `\r` and `\n` each end one."""
    with open(path, "rb") as handle:
        lines = re.split(rb"\r\n|\r|\n", handle.read())
    return len(lines), [len(line) for line in lines]


def position_problems(stderr, cwd, failed):
    """Every stderr line must be a diagnostic (or the summary or a phase line), at a place that exists."""
    problems = []
    errors = 0
    for line in stderr.split("\n"):
        if not line or SUMMARY.match(line) or PHASE.match(line):
            continue
        if any(ord(c) < 0x20 for c in line):
            problems.append(f"control character in a message line: {line!r}")
            continue
        match = DIAGNOSTIC.match(line)
        if not match:
            problems.append(f"not a 'file:line:column: fout RBnnn: bericht' line: {line[:200]!r}")
            continue
        if match["severity"] == "fout":
            errors += 1
        path = os.path.join(cwd, match["file"])
        row, column = int(match["line"]), int(match["column"])
        if os.path.isfile(path):
            count, widths = line_count_and_widths(path)
            if row > count or column > widths[row - 1] + 2:
                problems.append(f"position {row}:{column} lies outside {match['file']} ({count} lines): {line[:200]!r}")
        elif (row, column) != (1, 1):
            problems.append(f"position {row}:{column} in {match['file']}, which is not a file: {line[:200]!r}")
    if failed and errors == 0:
        problems.append("the build failed without a single error line")
    return problems


def broken_site(output, content):
    """What is broken in a successful build's output (an empty list when nothing is)."""
    problems = []
    if not os.path.isfile(os.path.join(output, "index.html")):
        problems.append("index.html is missing")
    if os.path.isfile(os.path.join(content, "beslisboom", "boom.yml")):
        tool = os.path.join(output, "beslisboom", "index.html")
        if not os.path.isfile(tool):
            problems.append("the decision tool beslisboom/index.html is missing")
        else:
            with open(tool, "rb") as handle:
                match = MODEL.search(handle.read())
            if not match:
                problems.append("beslisboom/index.html has no embedded model")
            else:
                try:
                    model = json.loads(match.group(1))
                    if model.get("start") not in model.get("questions", {}):
                        problems.append("the embedded model's start is not one of its questions")
                except ValueError as error:
                    problems.append(f"the embedded model is not JSON: {error}")
    ids_cache = {}

    def ids(path):
        if path not in ids_cache:
            with open(path, "rb") as handle:
                ids_cache[path] = {unquote(value.decode("utf-8", "replace")) for value in IDS.findall(handle.read())}
        return ids_cache[path]

    for directory, names, files in os.walk(output):
        for name in names + files:
            if os.path.islink(os.path.join(directory, name)):
                problems.append(f"{os.path.relpath(os.path.join(directory, name), output)} is a link, not a file")
        for name in files:
            if not name.endswith(".html"):
                continue
            page = os.path.join(directory, name)
            relative_page = os.path.relpath(page, output)
            with open(page, "rb") as handle:
                html = handle.read()
            if b'http-equiv="Content-Security-Policy"' not in html:
                problems.append(f"{relative_page} has no Content-Security-Policy")
            for raw in ATTRIBUTE.findall(html):
                link = raw.decode("utf-8", "replace").replace("&amp;", "&")
                if not link or link.startswith("#") or link.startswith("//") or SCHEME.match(link):
                    continue
                path, _, fragment = link.partition("#")
                path = path.partition("?")[0]
                target = os.path.normpath(os.path.join(directory, unquote(path)))
                if not (target + os.sep).startswith(os.path.normpath(output) + os.sep):
                    problems.append(f"{relative_page}: {link} points outside the site")
                elif not os.path.isfile(target):
                    problems.append(f"{relative_page}: {link} points to no file")
                elif fragment and "=" not in fragment and target.endswith(".html") and unquote(fragment) not in ids(target):
                    problems.append(f"{relative_page}: {link} points to an id that is not on the page")
    return problems
