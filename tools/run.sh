#!/usr/bin/env bash
# The main job: installs what is missing, builds everything, analyses the
# corpus with the CLI and scores it against the seed gold annotations, then
# serves the offline page on http://127.0.0.1:8080/ (PORT=… to change;
# Ctrl-C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
build/native/kashif analyze --format jsonl corpus/*.txt > build/corpus.jsonl
echo "run: entities of corpus/*.txt written to build/corpus.jsonl"
if [ -f ../shared/eval/score.py ]; then
  python3 ../shared/eval/score.py --gold corpus/seeds.gold.jsonl --pred build/corpus.jsonl --docs corpus
fi
exec node tools/serve.mjs build/site
