#!/usr/bin/env bash
# The committed generated tables of core/data are what the build's generator
# made (CMakeLists.txt, "generated tables"), and a stale copy is caught.
# usage: tables_current.sh GENERATED_DIR DATA_DIR GENERATOR TABLE...
#   (exit 77 = skipped: this build made no tables, a source is missing)
set -euo pipefail
generated=$1 data=$2 generator=$3
shift 3
for table in "$@"; do
  [ -f "$generated/$table" ] || { echo "SKIP: the build made no $table (the generator's inputs are missing: tools/install-deps.sh)"; exit 77; }
done
# same DIR_A DIR_B TABLE: prints the difference and fails when they differ.
same() {
  cmp -s "$1/$3" "$2/$3" || { diff "$1/$3" "$2/$3" | head -10; return 1; }
}
status=0
for table in "$@"; do
  if ! same "$data" "$generated" "$table"; then
    echo "STALE: core/data/$table is not what $generator makes (regenerate into core/data, commit)"
    status=1
  fi
done
# The comparison itself: a table with one line changed must fail it.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$tmp/$1")"
sed '$s/$/x/' "$generated/$1" > "$tmp/$1"
if same "$tmp" "$generated" "$1" > /dev/null; then
  echo "tables_current.sh passed a changed copy of $1" >&2; exit 1
fi
[ $status = 0 ] && echo "current: $* ($generator)"
exit $status
