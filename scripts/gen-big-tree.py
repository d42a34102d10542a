#!/usr/bin/env python3
"""Generates a big beslisboom to measure `routeboek check` and `build` on.

    scripts/gen-big-tree.py OUT_CONTENT [--layers 13]

Copies the real Content/ to OUT_CONTENT and replaces its beslisboom with a generated tree of
30 questions: two opening questions, a short side branch of two questions, and `layers` layers of
two questions each (a and b). In a layer, "ja" leads to the next layer's a and "nee" to its b, so
every path is a route: with 13 layers 2 x 2^13 = 16,384 routes through the layers, plus 5 others.
Each answer sets a fact, the invariants hold on every route and the scenarios take every option, so
the tree passes `routeboek check` (the measurement is of a valid tree).
"""
import argparse
import os
import re
import shutil
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = "{ bestand: 000_f3d4f9937de15f2d.txt, onderdeel: Verplichte acties }"


def question(qid, text, options):
    lines = [f"  - id: {qid}", f"    vraag: {text}", "    opties:"]
    for option, fact, target in options:
        lines += [f"      - id: {option}", f"        label: {option.capitalize()}",
                  f"        feiten: {{ {fact} }}", f"        naar: {target}"]
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--layers", type=int, default=13)
    args = parser.parse_args()
    layers = args.layers
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    shutil.copytree(os.path.join(REPO, "Content"), args.out)

    def outcome_for(side, answer):
        return f"uitkomst-{side}-{answer}"

    boom = ["start: intro-1", "vragen:"]
    boom += question("intro-1", "Eerste vraag", [("ja", "intro-1: ja", "intro-2"), ("nee", "intro-1: nee", "zij-1")])
    boom += question("intro-2", "Tweede vraag", [("ja", "intro-2: ja", "l1-a"), ("nee", "intro-2: nee", "l1-b")])
    boom += question("zij-1", "Zijvraag een", [("ja", "zij: ja", "zij-2"), ("nee", "zij: nee", "zij-2")])
    boom += question("zij-2", "Zijvraag twee", [("ja", "zij: ja", "uitkomst-zij"), ("nee", "zij: nee", "uitkomst-zij")])
    feiten = ["feiten:"]
    for fact in ("intro-1", "intro-2", "zij"):
        feiten += [f"  - id: {fact}", f"    label: {fact}", "    waarden:", "      ja: ja", "      nee: nee"]
    for layer in range(1, layers + 1):
        for side in ("a", "b"):
            options = []
            for answer in ("ja", "nee"):
                target = f"l{layer + 1}-{'a' if answer == 'ja' else 'b'}" if layer < layers else outcome_for(side, answer)
                options.append((answer, f"laag-{layer}: {side}-{answer}", target))
            boom += question(f"l{layer}-{side}", f"Vraag {layer}{side}, klopt dat", options)
        feiten += [f"  - id: laag-{layer}", f"    label: Laag {layer}", "    waarden:"] + \
            [f"      {s}-{a}: {s} {a}" for s in ("a", "b") for a in ("ja", "nee")]

    acties = ["acties:"]
    for n in range(1, 6):
        acties += [f"  - id: actie-{n}", f"    kort: Actie {n}", f"    wat: Doe stap {n}.", "    wie: zorgcoördinator",
                   "    wanneer: binnen 2 weken", "    termijn: { binnen: 2 weken, na: eerste-verzuimdag }",
                   "    soort: verplicht", f"    bron: {SOURCE}"]
    outcome_ids = ["uitkomst-zij"] + [outcome_for(s, a) for s in ("a", "b") for a in ("ja", "nee")]
    uitkomsten = ["uitkomsten:"]
    for oid in outcome_ids:
        uitkomsten += [f"  - id: {oid}", f"    titel: Uitkomst {oid}", "    registratie: []", "    duo-melding: geen",
                       "    afwijking: niet-nodig", "    thuiszitter: nee", "    samenvatting: Een gegenereerde uitkomst.",
                       "    acties: [actie-1, actie-2, actie-3, actie-4, actie-5]", "    bronnen:",
                       "      - bestand: 000_f3d4f9937de15f2d.txt", "        onderdeel: Definitie thuiszitter"]
    invarianten = ["invarianten:",
                   "  - id: nooit-thuiszitter", '    regel: "test"', "    beleid: Niemand is thuiszitter in deze boom.",
                   "    dan:", "      thuiszitter: nee", "      registratie: geen",
                   "  - id: laatste-laag-heeft-actie-1", '    regel: "test"', "    beleid: Na de laatste laag staat actie 1 bij de acties.",
                   "    als:", f"      laag-{layers}: [a-ja, a-nee, b-ja, b-nee]", "    dan:", "      acties: actie-1"]

    def route_through(layer, side, answer):
        answers = {"intro-1": "ja", "intro-2": "ja" if (layer > 1 or side == "a") else "nee"}
        for earlier in range(1, layer):
            going_to_b = earlier == layer - 1 and side == "b"
            answers[f"l{earlier}-a"] = "nee" if going_to_b else "ja"
        answers[f"l{layer}-{side}"] = answer
        current = "a" if answer == "ja" else "b"
        for later in range(layer + 1, layers + 1):
            answers[f"l{later}-{current}"] = "ja"
            current = "a"
        return answers

    scenarios = ["scenarios:"]
    cases = [({"intro-1": "nee", "zij-1": "ja", "zij-2": "nee"}, "zij ja"),
             ({"intro-1": "nee", "zij-1": "nee", "zij-2": "ja"}, "zij nee")]
    cases += [(route_through(layer, side, answer), f"{layer}{side} {answer}")
              for layer in range(1, layers + 1) for side in ("a", "b") for answer in ("ja", "nee")]
    for answers, name in cases:
        pairs = ", ".join(f"{k}: {v}" for k, v in answers.items())
        scenarios += [f"  - naam: Route {name}", f"    antwoorden: {{ {pairs} }}", "    verwacht:", "      thuiszitter: nee"]

    files = {"boom.yml": boom, "feiten.yml": feiten, "acties.yml": acties, "uitkomsten.yml": uitkomsten,
             "invarianten.yml": invarianten, "scenarios.yml": scenarios}
    for name, lines in files.items():
        with open(os.path.join(args.out, "beslisboom", name), "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
    # The change log names outcomes of the real tree; the generated tree has none of them.
    changes = os.path.join(args.out, "wijzigingen.yml")
    if os.path.exists(changes):
        with open(changes, encoding="utf-8") as handle:
            text = re.sub(r"^(\s*uitkomsten:).*$", r"\1 []", handle.read(), flags=re.M)
        with open(changes, "w", encoding="utf-8") as handle:
            handle.write(text)
    print(f"gen-big-tree: {4 + 2 * layers} questions, {2 * 2 ** layers + 4} routes in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
