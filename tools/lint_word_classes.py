#!/usr/bin/env python3
"""Lint: every word class (core/lexicon/word_class.h) is read by some rule.

A class is read when `WordClass::kName` occurs in a source file of core/
other than word_class.{h,cc}. The tagger reads every class generically (as a
feature hashed by name), which does not count: a class that only the tagger
sees is a list no rule asks for, so either a rule should read it or its rows
should carry a class a rule reads. (An unknown class in a data row is caught
earlier, by the lexicon compiler, as a build error.)

TAGGER_ONLY below lists the classes kept for the tagger alone, each with why.

    tools/lint_word_classes.py [ROOT]     exit 1 and name each unread class
"""
import pathlib
import re
import sys

# Classes that no rule reads today, kept for the tagger alone: removing their
# rows changes the tagger's features, so it needs a retrain and a measured
# effect, not a lint fix. The lint fails when one of them gets a reader (drop
# it from here) or leaves the enum.
TAGGER_ONLY = {
    # place_context.tsv compass words (`شرق`); its Columns line describes a
    # town-word rule that no recogniser has.
    "kDirection": "compass words, a tagger feature only",
    # date_words.tsv `من`, `بين`; the date grammar's ranges read range_joiner only.
    "kRangeOpener": "range openers, a tagger feature only",
}

ENTRY = re.compile(r'X\((k\w+),\s*"([^"]+)"\)')


def unread_classes(root):
    """One message per class no rule reads, or per stale TAGGER_ONLY entry."""
    header = root / "core/lexicon/word_class.h"
    classes = ENTRY.findall(header.read_text(encoding="utf-8"))
    if not classes:
        raise SystemExit(f"{header}: no X(kName, \"name\") entries found")
    read = set()
    for path in sorted((root / "core").rglob("*")):
        if path.suffix not in (".cc", ".h") or path.stem == "word_class":
            continue
        read.update(re.findall(r"WordClass::(k\w+)", path.read_text(encoding="utf-8")))
    problems = []
    enumerators = {enumerator for enumerator, _ in classes}
    for enumerator, name in classes:
        if enumerator not in read and enumerator not in TAGGER_ONLY:
            problems.append(f"class {name} (WordClass::{enumerator}) is read by no rule in core/")
        if enumerator in read and enumerator in TAGGER_ONLY:
            problems.append(f"class {name} (WordClass::{enumerator}) has a reader now: drop it from TAGGER_ONLY")
    for enumerator in sorted(TAGGER_ONLY.keys() - enumerators):
        problems.append(f"TAGGER_ONLY names {enumerator}, which is no WordClass")
    return problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    problems = unread_classes(root)
    for problem in problems:
        print(f"core/lexicon/word_class.h: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
