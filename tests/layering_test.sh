#!/usr/bin/env bash
# The layers of core/ (tools/check_layers.py): the tree passes, and a copy
# with one upward include (text including output) and one sibling include
# (tagger including resolve) fails, naming both.
set -euo pipefail
src="${1:?usage: layering_test.sh SOURCE_DIR}"
check="$src/tools/check_layers.py"
python3 "$check" "$src"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

(cd "$src" && find core -path core/data -prune -o \( -name '*.h' -o -name '*.cc' \) -print | tar -cf - -T -) | tar -xf - -C "$tmp"
python3 "$check" "$tmp"
echo '#include "core/output/result_json.h"' >> "$tmp/core/text/utf8.cc"
echo '#include "core/resolve/resolve.h"' >> "$tmp/core/tagger/tagger.cc"
if python3 "$check" "$tmp" 2> "$tmp/out"; then
  echo "check_layers.py passed a tree with upward includes" >&2; exit 1
fi
grep -q 'core/text/utf8.cc (text): includes core/output/result_json.h' "$tmp/out"
grep -q 'core/tagger/tagger.cc (tagger): includes core/resolve/resolve.h' "$tmp/out"
echo "layering: ok"
