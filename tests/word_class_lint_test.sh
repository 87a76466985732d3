#!/usr/bin/env bash
# The word-class lint (tools/lint_word_classes.py): the tree passes, and a
# copy with one class no rule reads (an extra enumerator) fails, naming it;
# so does a copy in which a TAGGER_ONLY class gets a reader.
set -euo pipefail
src="${1:?usage: word_class_lint_test.sh SOURCE_DIR}"
lint="$src/tools/lint_word_classes.py"
python3 "$lint" "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$src" && find core -path core/data -prune -o \( -name '*.h' -o -name '*.cc' \) -print | tar -cf - -T -) | tar -xf - -C "$tmp"
python3 "$lint" "$tmp"
header="$tmp/core/lexicon/word_class.h"
sed -i 's/^  X(kGpe, "GPE") *\\$/  X(kGpe, "GPE") \\\n  X(kUnreadTest, "unread_test") \\/' "$header"
grep -q 'X(kUnreadTest, "unread_test")' "$header"
if python3 "$lint" "$tmp" > "$tmp/out"; then
  echo "lint_word_classes.py passed a class no rule reads" >&2; exit 1
fi
grep -q 'class unread_test (WordClass::kUnreadTest) is read by no rule' "$tmp/out"
[ "$(wc -l < "$tmp/out")" -eq 1 ]  # only the new class

echo 'bool direction_read(kashif::WordClass c) { return c == kashif::WordClass::kDirection; }' \
  >> "$tmp/core/recognizers/gazetteer.cc"
if python3 "$lint" "$tmp" > "$tmp/out"; then
  echo "lint_word_classes.py kept a TAGGER_ONLY class that has a reader" >&2; exit 1
fi
grep -q 'class direction (WordClass::kDirection) has a reader now' "$tmp/out"
echo "word_class_lint: ok"
