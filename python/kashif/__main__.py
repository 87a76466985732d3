"""``python -m kashif analyze [--format jsonl|json] [--types PERS,ORG,...] [--no-model] FILE...``

Prints what ``kashif analyze`` prints, byte for byte, with the same exit
status: 0, 1 when a file cannot be read or analysed (one line on stderr
names it), 2 on a usage error. FILE may be ``-`` for standard input.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import List, Optional

from . import ENTITY_TYPES, KashifError, Pipeline


def _doc_id(path: str) -> str:
    if path == "-":
        return "stdin"
    name = os.path.basename(path)
    return name[:-4] if len(name) > 4 and name.endswith(".txt") else name


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    with open(path, "rb") as f:
        return f.read()


def _analyze(args: argparse.Namespace) -> int:
    types = None
    if args.types is not None:
        # As the CLI reads it: `--types ''` selects no types, a trailing comma ends the list.
        types = args.types.split(",") if args.types else []
        if types and types[-1] == "":
            types.pop()
        if any(t not in ENTITY_TYPES for t in types):
            print(f"kashif: bad --types {args.types}", file=sys.stderr)
            return 2
    pipeline = Pipeline()
    status = 0
    records = []
    out = sys.stdout
    for path in args.files:
        try:
            data = _read(path)
        except OSError as e:
            print(f"kashif: {path}: cannot read: {e.strerror}", file=sys.stderr)
            status = 1
            continue
        try:
            record = pipeline.analyze_json(data, types, not args.no_model, doc=_doc_id(path))
        except KashifError as e:
            print(f"kashif: {path}: {e.message}", file=sys.stderr)
            status = 1
            continue
        if args.format == "jsonl":
            out.write(record + "\n")
        else:
            out.write(("[\n" if not records else ",\n") + record)
            records.append(path)
    if args.format == "json":
        out.write("[]\n" if not records else "\n]\n")
    out.flush()
    return status


def main(argv: Optional[List[str]] = None) -> int:
    # The CLI's output is UTF-8 whatever the locale says.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    parser = argparse.ArgumentParser(prog="python -m kashif", description="Arabic named entities.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="one JSON record per file (the CLI's format)")
    p.add_argument("--format", choices=["jsonl", "json"], default="jsonl")
    p.add_argument("--types", help="comma-separated types, e.g. PERS,ORG")
    p.add_argument("--no-model", action="store_true", help="the rule recognisers alone")
    p.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)  # exits 2 on a usage error, like the CLI
    return _analyze(args)


if __name__ == "__main__":
    sys.exit(main())
