#!/usr/bin/env bash
# The tagger on ANERcorp's dev part, scored by the shared CoNLL scorer.
# usage: tests/tagger_dev_f1.sh path/to/kashif   (exit 77: skipped, no ../shared)
# Issue 6 asks for entity F1 0.80; the committed model reaches 0.748 (the
# first model: 0.740; dev's 409 entities move a point or two with the
# training seed alone), so this guards against regressions at 0.74. Retrain
# (README) after changes to core/data/: the features read the lexicon.
set -u
kashif=$1
root=$(cd "$(dirname "$0")/.." && pwd)
dev="$root/../shared/data/ner/anercorp/dev.conll"
scorer="$root/../shared/eval/conll_score.py"
if [ ! -f "$dev" ] || [ ! -f "$scorer" ]; then
  echo "skipped: $dev or $scorer missing"
  exit 77
fi
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
"$kashif" tag "$dev" >"$tmp" || exit 1
python3 "$scorer" "$dev" "$tmp" --min-f1 0.74
