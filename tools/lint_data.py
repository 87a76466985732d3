#!/usr/bin/env python3
"""Checks the word lists of core/data.

Errors (exit 1):
- a file without its `# Source:` line;
- a row whose phrase folds (core/text/normalize.cc: hamza, ta marbuta, alef
  maqsura, diacritics) onto another row of the same class in the same file:
  the lexicon would hold one entry twice, or two readings of one phrase;
- a places.tsv row that a generated list (subdivisions.tsv, cities.tsv)
  already gives with the same class and code: places.tsv keeps what no
  source has and the corrections (another class, code or cue);
- a one-word name of a place or body that is also an ordinary word
  (tools/lint_data_words.py: wordfreq, hunspell-ar) or a word of a list that
  names no place or body (a given name, a title, a function word) without
  its cue flag: `prefixed` in the fourth column of places, divisions, cities
  and orgs.tsv (core/recognizers/gazetteer.h), `common` in the tagger-feature lists
  (media, parties, companies, clubs).

usage: tools/lint_data.py [DATA_DIR]   Exit 77 (skip) when wordfreq or
hunspell-ar is missing and the checks that need neither pass.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lint_data_words import WordFrequencies, fold  # noqa: E402

# File → (column of the cue flag counted from the phrase, the flag). The name
# lists whose entries become entities, and the tagger's name lists.
CUE_COLUMNS = {
    "places.tsv": (3, "prefixed"),
    "subdivisions.tsv": (3, "prefixed"),
    "cities.tsv": (3, "prefixed"),
    "countries.tsv": (3, "prefixed"),
    "orgs.tsv": (3, "prefixed"),
    "media.tsv": (3, "common"),
    "parties.tsv": (3, "common"),
    "companies.tsv": (3, "common"),
    "clubs.tsv": (3, "common"),
}
# The lists a fold duplicate fails: the name lists. Elsewhere (function
# words, given names, months…) it is a warning until their owners clean them.
FOLD_CHECKED = set(CUE_COLUMNS) | {"nationalities.tsv", "gpe_prefixes.tsv", "place_context.tsv"}
GENERATED_PLACES = ("subdivisions.tsv", "cities.tsv")
# countries.tsv is ICU's (tools/gen_icu_tables.cc), with no cue column: a
# places.tsv row with the same name and class gives its cue.
CUE_FROM_PLACES = ("countries.tsv",)


def read(path):
    rows = []
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        if line.startswith("#") or not line.strip():
            continue
        rows.append((number, line.rstrip("\n").split("\t")))
    return rows


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "core", "data")
    root = os.path.join(data, "..", "..")
    errors = []
    files = sorted(f for f in os.listdir(data) if f.endswith(".tsv"))
    tables = {f: read(os.path.join(data, f)) for f in files}

    warnings = []
    for f in files:
        head = open(os.path.join(data, f), encoding="utf-8").read(4000)
        if "# Source:" not in head:
            errors.append(f"{f}: no '# Source:' line")
        seen = {}
        for number, cols in tables[f]:
            key = (fold(cols[0]), cols[1] if len(cols) > 1 else "")
            if key in seen:
                (errors if f in FOLD_CHECKED else warnings).append(
                    f"{f}:{number}: {cols[0]} folds onto line {seen[key]} ({key[0]})")
            else:
                seen[key] = number

    generated = {(fold(c[0]), c[1], c[2]) for g in GENERATED_PLACES for _, c in tables.get(g, [])}
    for number, cols in tables.get("places.tsv", []):
        if len(cols) == 3 and (fold(cols[0]), cols[1], cols[2]) in generated:
            errors.append(f"places.tsv:{number}: {cols[0]} is in a generated list already")

    words = WordFrequencies(os.path.abspath(root), data)
    if words.available:
        other = words.other_class_words(data)
        place_cues = {(fold(c[0]), c[1]) for _, c in tables.get("places.tsv", [])
                      if len(c) > 3 and c[3] == "prefixed"}
        for f, (column, flag) in CUE_COLUMNS.items():
            for number, cols in tables.get(f, []):
                if len(cols) > column and cols[column] == flag:
                    continue
                if f in CUE_FROM_PLACES and (fold(cols[0]), cols[1]) in place_cues:
                    continue
                key = fold(cols[0])
                found = words.ordinary_reading(cols[0])
                why = found[0] if found else (
                    "also listed as a word that names no place or body"
                    if key in other and " " not in key else None)
                if why:
                    errors.append(f"{f}:{number}: {cols[0]} needs `{flag}`: {why}")

    for w in warnings:
        print("warning:", w)
    for e in errors:
        print(e)
    print(f"lint_data: {len(files)} files, {len(errors)} errors, {len(warnings)} warnings")
    if errors:
        return 1
    if not words.available:
        print("lint_data: SKIP the ordinary-word check (build/wordfreq/ar.tsv or hunspell-ar "
              "missing; tools/install-deps.sh)")
        return 77
    return 0


if __name__ == "__main__":
    sys.exit(main())
