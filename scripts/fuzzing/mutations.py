"""Mutations of a copy of the real Content/ and Templates/: what editors and designers do by mistake
(truncate, delete, duplicate, mistype), what an attacker would try (hostile labels, links out of the
folder), and the inputs that crashed or broke builds before (issue 11). Every choice comes from the
case's own random generator, so a case is reproduced from its seed and number alone."""

import os
import random

# Markdown that once crashed the renderer or slipped past its checks, and other hostile bits.
MARKDOWN_SNIPPETS = [
    "- [x] Taak\n  > [!NOTE]\n  > Let op\n",
    "- [ ] Taak\n\n  ## Kop onder een taak\n",
    "1. [x] Taak\n\n   > [!WARNING]\n   >\n   > - [ ] Binnen\n   >\n   >   ### Diep\n",
    "> [!TIP]\n> Tabel: Binnen\n>\n> | a | b |\n> |---|---|\n> | 1 | 2 |\n",
    "> " * 3000 + "diep\n",
    "- " * 2000 + "diep\n",
    "*a " * 3000 + "a*" * 3000 + "\n",
    "[" * 5000 + "\n",
    "[x][r] en ![i][i]\n\n[r]: ../../../../etc/passwd\n[i]: /etc/passwd\n",
    "<script>alert(1)</script>\n",
    "<!--<script>\n",
    "![x](http://example.org/x.png)\n",
    "![x](//example.org/x.png)\n",
    "![x](data:image/png;base64,iVBORw0KGgo=)\n",
    "[weg](bestaat-niet.md)\n",
    "[anker](#bestaat-niet)\n",
    "[procent](100%25.md) [hekje](a%23b.md) [vraag](a%3F.md)\n",
    "[x](<twee\nregels.md>)\n",
    "[abs](/etc/passwd)\n",
    "[js](javascript:alert(1)) <javascript:alert(1)>\n",
    "```mermaid\nflowchart TD\n  A[Start] --> B{Keuze}\n  B -- Ja --> C[Eind]\n```\n",
    "```mermaid\nflowchart TD\n  A[Start --> \n```\n",
    "```mermaid\nflowchart LR\n  A[" + "lang " * 4000 + "] --> B\n```\n",
    "Tabel: Onderschrift\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    "# Kop van niveau een\n",
    "## " + "x" * 10000 + "\n",
    "\x1b[2J\x1b[31mrood\n",
    "\u2028\u2029\ufeff\n",
    "---\n",
    "[^1]\n\n[^1]: voetnoot\n",
]

HOSTILE_VALUES = [
    "'<!--<script>'", "'</script><script>alert(1)</script>'", "']]><b>'", "~", "null", "''", "{ a: b }", "[x, y]",
    "javascript:alert(1)", "'" + "lang " * 4000 + "'", "\"\\e[2J\"", "\"\\u0000\"", "'&#0; &amp; &lt;'", "'\u2028'",
    "|\n  blok\n  tekst", ">-\n  [x][r]\n\n  [r]: ../../../../etc/passwd", "*anker", "&anker waarde", "!!binary aGFsbG8=",
    "'../../../../etc/passwd'", "'../bestaat-niet.md'",
]

TEMPLATE_SNIPPETS = [
    "{{> titel}}", "{{> bestaat-niet}}", "{{#page}}" * 3000, "{{/page}}", "{{#page}}", "{{", "}}", "{{{page.html}}",
    "{{=<% %>=}}", "{{>*page.title}}", "<div>", "</div>", "<!--", "<script>", "{{! open commentaar", "{{^x}}{{/y}}",
    "{{#page}}{{> uitkomst}}{{/page}}", "<a href=\"{{root}}bestaat-niet.html\">x</a>", "\x00", "\xff",
]


class Mutator:
    """Applies random mutations to the files below `root` (a copy holding Content/ and Templates/)."""

    def __init__(self, root, rng):
        self.root = root
        self.rng = rng
        self.log = []

    # ---- helpers -----------------------------------------------------------------------------

    def files(self, folder, suffixes):
        found = []
        base = os.path.join(self.root, folder)
        for directory, names, files in os.walk(base):
            names[:] = sorted(n for n in names if not n.startswith("."))
            for name in sorted(files):
                path = os.path.join(directory, name)
                # Regular files only: an earlier mutation may have left a link that points nowhere.
                if name.endswith(tuple(suffixes)) and not name.startswith(".") and os.path.isfile(path) and not os.path.islink(path):
                    found.append(os.path.relpath(path, self.root))
        return found

    def read(self, relative):
        with open(os.path.join(self.root, relative), "rb") as handle:
            return handle.read()

    def write(self, relative, data):
        # Written beside and renamed into place: the copy may share inodes with the original (cp -al).
        path = os.path.join(self.root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        temporary = path + ".fuzz-tmp"
        with open(temporary, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)

    def note(self, text):
        self.log.append(text)

    def line_edit(self, relative, description, edit):
        data = self.read(relative)
        lines = data.split(b"\n")
        new = edit(lines)
        self.write(relative, b"\n".join(new))
        self.note(f"{relative}: {description}")

    # ---- mutations ---------------------------------------------------------------------------

    def mutate(self, count):
        kinds = [
            (self.markdown_snippet, 14), (self.line_mutation_content, 10), (self.yaml_value, 12), (self.yaml_structure, 8),
            (self.truncate, 6), (self.empty_file, 3), (self.template_snippet, 8), (self.template_lines, 5),
            (self.asset_damage, 3), (self.bytes_damage, 5), (self.file_system, 6), (self.front_matter, 6),
        ]
        functions = [kind for kind, _ in kinds]
        weights = [weight for _, weight in kinds]
        for _ in range(count):
            self.rng.choices(functions, weights)[0]()
        return self.log

    def pages(self):
        return self.files("Content", [".md"])

    def markdown_snippet(self):
        page = self.rng.choice(self.pages())
        snippet = self.rng.choice(MARKDOWN_SNIPPETS)
        def edit(lines):
            at = self.rng.randrange(len(lines) + 1)
            return lines[:at] + [b"", snippet.encode("utf-8", "surrogatepass"), b""] + lines[at:]
        self.line_edit(page, f"insert Markdown {snippet[:40]!r}", edit)

    def line_mutation_content(self):
        target = self.rng.choice(self.pages() + self.files("Content", [".yml"]))
        self.random_line_edit(target)

    def random_line_edit(self, target):
        action = self.rng.choice(["delete", "duplicate", "swap", "indent", "dedent", "tab", "drop-colon", "comment"])
        def edit(lines):
            if not lines:
                return lines
            i = self.rng.randrange(len(lines))
            j = min(len(lines), i + self.rng.randint(1, 4))
            if action == "delete":
                return lines[:i] + lines[j:]
            if action == "duplicate":
                return lines[:j] + lines[i:j] + lines[j:]
            if action == "swap":
                k = self.rng.randrange(len(lines))
                lines = list(lines)
                lines[i], lines[k] = lines[k], lines[i]
                return lines
            if action == "indent":
                return lines[:i] + [b"  " + lines[i]] + lines[i + 1:]
            if action == "dedent":
                return lines[:i] + [lines[i][2:] if lines[i].startswith(b"  ") else lines[i]] + lines[i + 1:]
            if action == "tab":
                return lines[:i] + [b"\t" + lines[i].lstrip()] + lines[i + 1:]
            if action == "drop-colon":
                return lines[:i] + [lines[i].replace(b":", b"", 1)] + lines[i + 1:]
            return lines[:i] + [b"# " + line for line in lines[i:j]] + lines[j:]
        self.line_edit(target, f"{action} lines", edit)

    def yaml_files(self):
        return self.files("Content", [".yml"])

    def yaml_value(self):
        target = self.rng.choice(self.yaml_files())
        value = self.rng.choice(HOSTILE_VALUES)
        def edit(lines):
            candidates = [i for i, line in enumerate(lines) if b": " in line and not line.lstrip().startswith(b"#")]
            if not candidates:
                return lines
            i = self.rng.choice(candidates)
            key, _ = lines[i].split(b": ", 1)
            indent = len(key) - len(key.lstrip()) + 2
            rendered = value.replace("\n", "\n" + " " * indent).encode("utf-8")
            return lines[:i] + [key + b": " + rendered] + lines[i + 1:]
        self.line_edit(target, f"set a value to {value[:40]!r}", edit)

    def yaml_structure(self):
        target = self.rng.choice(self.yaml_files() + ["Content/site.yml"])
        action = self.rng.choice(["rename-id", "duplicate-key", "line"])
        if action == "line":
            self.random_line_edit(target)
            return
        def edit(lines):
            candidates = [i for i, line in enumerate(lines) if (b"id: " in line if action == "rename-id" else b": " in line)]
            if not candidates:
                return lines
            i = self.rng.choice(candidates)
            if action == "rename-id":
                return lines[:i] + [lines[i] + b"-x"] + lines[i + 1:]
            return lines[:i + 1] + [lines[i]] + lines[i + 1:]
        self.line_edit(target, action, edit)

    def truncate(self):
        target = self.rng.choice(self.pages() + self.yaml_files() + self.files("Templates", [".mustache"]))
        data = self.read(target)
        at = self.rng.randrange(len(data) + 1) if data else 0
        self.write(target, data[:at])
        self.note(f"{target}: truncate at byte {at} of {len(data)}")

    def empty_file(self):
        target = self.rng.choice(self.yaml_files() + self.files("Templates", [".mustache"]) + ["Content/index.md"])
        content = self.rng.choice([b"", b"# alleen commentaar\n", b"\n\n", b"---\n---\n"])
        self.write(target, content)
        self.note(f"{target}: replace with {content!r}")

    def template_snippet(self):
        target = self.rng.choice(self.files("Templates", [".mustache"]))
        snippet = self.rng.choice(TEMPLATE_SNIPPETS)
        data = self.read(target)
        at = self.rng.randrange(len(data) + 1) if data else 0
        self.write(target, data[:at] + snippet.encode("latin-1" if snippet in ("\x00", "\xff") else "utf-8") + data[at:])
        self.note(f"{target}: insert {snippet[:30]!r} at byte {at}")

    def template_lines(self):
        self.random_line_edit(self.rng.choice(self.files("Templates", [".mustache"])))

    def asset_damage(self):
        # The theme's copied files, and the stylesheets' parts (Templates/styles/NAME/NN-part.css).
        target = self.rng.choice(self.files("Templates/assets", [".css", ".js", ".svg"]) + self.files("Templates/styles", [".css"]))
        data = self.read(target)
        action = self.rng.choice(["truncate", "empty", "delete-line"])
        if action == "truncate":
            at = self.rng.randrange(len(data) + 1)
            self.write(target, data[:at])
            self.note(f"{target}: truncate at byte {at} of {len(data)}")
        elif action == "empty":
            self.write(target, b"")
            self.note(f"{target}: empty")
        else:
            self.random_line_edit(target)

    def bytes_damage(self):
        target = self.rng.choice(self.pages() + self.yaml_files() + self.files("Templates", [".mustache"]))
        data = bytearray(self.read(target))
        at = self.rng.randrange(len(data) + 1)
        insert = self.rng.choice([b"\xe9", b"\xff\xfe", b"\xc3", b"\x1b[2J", b"\x00", b"\x07", b"\r", b"\xef\xbb\xbf", b"\xed\xa0\x80"])
        data[at:at] = insert
        self.write(target, bytes(data))
        self.note(f"{target}: insert bytes {insert!r} at {at}")

    def front_matter(self):
        page = self.rng.choice(self.pages())
        change = self.rng.choice([
            (b"titel:", b"title:"), (b"titel:", b"titel: ~\nx:"), (b"---", b"--"), (b"bijgewerkt:", b"bijgewerkt: 2026-13-45\nx:"),
            (b"volgorde:", b"volgorde: twee\nx:"), (b"samenvatting:", b"samenvatting: ~\nx:"), (b"concept:", b"concept: misschien\nx:"),
            (b"bestand:", b"bestand: bestaat-niet.txt\n    x:"), (b"titel:", b"concept: true\ntitel:"),
        ])
        data = self.read(page)
        self.write(page, data.replace(change[0], change[1], 1))
        self.note(f"{page}: replace {change[0]!r} with {change[1]!r}")

    def symlink(self, target, link):
        try:
            os.symlink(target, link)
        except FileExistsError:
            pass

    def file_system(self):
        action = self.rng.choice(["rename-bad", "dangling-link", "file-link", "loop-link", "delete-page", "folder-as-partial",
                                  "newline-name", "delete-tree-file", "empty-tree-file", "link-outside"])
        content = os.path.join(self.root, "Content")
        if action == "rename-bad":
            page = self.rng.choice(self.pages())
            name = os.path.basename(page)[:-3] + self.rng.choice(["#1", "%", "?", " spatie", "[x]"]) + ".md"
            os.replace(os.path.join(self.root, page), os.path.join(self.root, os.path.dirname(page), name))
            self.note(f"{page}: rename to {name!r}")
        elif action == "dangling-link":
            self.symlink("bestaat-niet.md", os.path.join(content, "weg.md"))
            self.note("Content/weg.md: link to a file that does not exist")
        elif action == "file-link":
            page = self.rng.choice(self.pages())
            self.symlink(os.path.relpath(os.path.join(self.root, page), content), os.path.join(content, "gelinkt.md"))
            self.symlink("site.yml", os.path.join(content, "gelinkt.txt"))
            self.note(f"Content/gelinkt.md: link to {page}; Content/gelinkt.txt: link to site.yml")
        elif action == "loop-link":
            self.symlink("lus", os.path.join(content, "lus"))
            self.note("Content/lus: link to itself")
        elif action == "delete-page":
            page = self.rng.choice(self.pages())
            os.remove(os.path.join(self.root, page))
            self.note(f"{page}: delete")
        elif action == "folder-as-partial":
            partial = self.rng.choice(self.files("Templates/partials", [".mustache"]))
            os.remove(os.path.join(self.root, partial))
            os.mkdir(os.path.join(self.root, partial))
            self.note(f"{partial}: replace by a folder")
        elif action == "newline-name":
            with open(os.path.join(content, "twee\nregels.md"), "w") as handle:
                handle.write("---\ntitel: X\n---\n")
            self.note("Content/twee\\nregels.md: create")
        elif action == "delete-tree-file":
            tree = self.rng.choice(self.files("Content/beslisboom", [".yml"]))
            os.remove(os.path.join(self.root, tree))
            self.note(f"{tree}: delete")
        elif action == "empty-tree-file":
            tree = self.rng.choice(self.files("Content/beslisboom", [".yml"]))
            self.write(tree, b"# leeg\n")
            self.note(f"{tree}: only a comment")
        else:
            self.symlink("/etc/hostname", os.path.join(content, "buiten.txt"))
            self.note("Content/buiten.txt: link to /etc/hostname")


def mutate(root, seed, case, count=None):
    """Applies the mutations of case `case` of run `seed`; returns their descriptions."""
    rng = random.Random(f"{seed}:{case}")
    mutator = Mutator(root, rng)
    return mutator.mutate(count if count is not None else rng.choice([1, 1, 1, 2, 2, 3]))
