# Sourced by the tagger's ctest scripts: where ANERcorp and the CoNLL scorer
# are (../shared), a scratch file removed on exit, and exit 77 (ctest: skipped)
# when ../shared is not there.
shared="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/../shared"
anercorp="$shared/data/ner/anercorp"
conll_scorer="$shared/eval/conll_score.py"
for needed in "$anercorp/train.conll" "$anercorp/dev.conll" "$conll_scorer"; do
  if [ ! -f "$needed" ]; then
    echo "skipped: $needed missing"
    exit 77
  fi
done
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
