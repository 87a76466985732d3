#!/usr/bin/env bash
# The committed model is what the README's training command makes from the
# current code and word lists: its features read the lexicon, so a change to
# core/data/ without retraining would ship a model trained on other features.
# usage: tests/tagger_model_current.sh path/to/kashif_train path/to/committed.bin
#   (exit 77: skipped, no ../shared)
set -u
train=$1
committed=$2
source "$(dirname "$0")/anercorp_env.sh"
word_freq="$(cd "$(dirname "$0")/.." && pwd)/build/wordfreq/ar.tsv"
if [ ! -s "$word_freq" ]; then
  echo "$word_freq missing: tools/install-deps.sh writes it"
  exit 1
fi
"$train" --train "$anercorp/train.conll" --dev "$anercorp/dev.conll" --epochs 6 --seed 1 \
  --word-freq "$word_freq" --out "$tmp" >/dev/null || exit 1
if cmp -s "$tmp" "$committed"; then
  echo "the committed model is current ($(wc -c <"$committed") bytes)"
  exit 0
fi
echo "core/model/tagger.bin is stale: retrain with the command in README (The learned tagger)"
exit 1
