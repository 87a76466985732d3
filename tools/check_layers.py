#!/usr/bin/env python3
"""Fails when a file of core/ includes a header of a layer above its own.

The layers, lowest first (the CMake targets of CMakeLists.txt link in the same
order):

  base         core/status.h, core/entity.{h,cc}: errors and the result model
  text         core/text/: UTF-8, sentences, normalisation, tokens
  lexicon      core/lexicon/: the embedded word lists and their matcher
  recognizers  core/recognizers/: the recogniser helpers and the recognisers
  tagger       core/tagger/: the learned tagger
  resolve      core/resolve/: overlap resolution and coreference
  analyze      core/analyze.{h,cc}: the public entry, the pipeline in order
  output       core/output/: JSON and HTML of an Analysis

tagger and resolve are siblings: neither may include the other. A file may
include its own layer and any layer below. Within core/, only the trainer
itself includes core/tagger/tagger_train.h (training is outside the analysis
library). Every file of core/ must belong to a layer, so a new folder or a
new top-level file has to be placed here first.

Usage: tools/check_layers.py [SOURCE_DIR] [--stamp FILE]
Exit 0 and touch the stamp when the graph is clean, 1 with one line per
upward include otherwise.
"""
import pathlib
import re
import sys

# layer -> rank; equal ranks (tagger, resolve) may not include each other.
RANK = {"base": 0, "text": 1, "lexicon": 2, "recognizers": 3,
        "tagger": 4, "resolve": 4, "analyze": 5, "output": 6}
TOP_LEVEL = {"status.h": "base", "status.cc": "base", "entity.h": "base",
             "entity.cc": "base", "analyze.h": "analyze", "analyze.cc": "analyze"}
FOLDERS = {"text", "lexicon", "recognizers", "tagger", "resolve", "output"}
TRAINER_HEADER = "core/tagger/tagger_train.h"
TRAINER_FILES = {"core/tagger/tagger_train.h", "core/tagger/tagger_train.cc"}
INCLUDE = re.compile(r'^\s*#\s*include\s+"(core/[^"]+)"', re.M)


def layer_of(rel):
    """The layer of a path relative to the source tree, or None."""
    parts = rel.split("/")
    if parts[0] != "core":
        return None
    if len(parts) == 2:
        return TOP_LEVEL.get(parts[1])
    if len(parts) == 3 and parts[1] in FOLDERS:
        return parts[1]
    return None


def check(root):
    problems = []
    core = root / "core"
    files = sorted(p for p in core.rglob("*") if p.suffix in (".h", ".cc"))
    for path in files:
        rel = path.relative_to(root).as_posix()
        if rel.startswith("core/data/"):
            continue
        own = layer_of(rel)
        if own is None:
            problems.append(f"{rel}: in no layer (tools/check_layers.py)")
            continue
        for target in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if target == TRAINER_HEADER and rel not in TRAINER_FILES:
                problems.append(f"{rel}: includes {target}, training is outside the library")
                continue
            other = layer_of(target)
            if other is None:
                problems.append(f"{rel}: includes {target}, in no layer")
            elif RANK[other] > RANK[own] or (RANK[other] == RANK[own] and other != own):
                problems.append(f"{rel} ({own}): includes {target} ({other}), not below")
    return problems


def main(argv):
    args = list(argv[1:])
    stamp = None
    if "--stamp" in args:
        i = args.index("--stamp")
        stamp = pathlib.Path(args[i + 1])
        del args[i:i + 2]
    root = pathlib.Path(args[0]) if args else pathlib.Path(__file__).resolve().parent.parent
    problems = check(root)
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    if stamp is not None:
        stamp.write_text("layers ok\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
