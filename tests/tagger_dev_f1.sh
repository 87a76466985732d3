#!/usr/bin/env bash
# The tagger on ANERcorp's dev part, scored by the shared CoNLL scorer.
# usage: tests/tagger_dev_f1.sh path/to/kashif   (exit 77: skipped, no ../shared)
# Issue 6 asks for entity F1 0.80; the committed model reaches 0.805
# (training seeds 1-4: 0.805, 0.805, 0.804, 0.794), and this holds it to
# 0.80. Retrain (README) after changes to core/data/: the features read the
# lexicon.
set -u
kashif=$1
source "$(dirname "$0")/anercorp_env.sh"
"$kashif" tag "$anercorp/dev.conll" >"$tmp" || exit 1
python3 "$conll_scorer" "$anercorp/dev.conll" "$tmp" --min-f1 0.80
