#!/bin/bash
# Regenerates the ICU-derived tables of core/data with tools/gen_icu_tables.cc
# and fails when a committed table differs (run the generator, commit).
# usage: icu_tables_current.sh SOURCE_DIR   (exit 77 = skipped: no libicu-dev)
set -euo pipefail
src=$1
pkg-config --exists icu-uc icu-i18n 2>/dev/null || { echo "SKIP: no libicu-dev (pkg-config icu-i18n)"; exit 77; }
command -v g++ >/dev/null || { echo "SKIP: no g++"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
g++ -std=c++17 -O1 "$src/tools/gen_icu_tables.cc" $(pkg-config --cflags --libs icu-uc icu-i18n) -o "$work/gen"
mkdir -p "$work/out/tables"
"$work/gen" "$work/out" 2>/dev/null
status=0
for table in countries.tsv months.tsv weekdays.tsv tables/umm_al_qura.tsv; do
  if ! cmp -s "$work/out/$table" "$src/core/data/$table"; then
    echo "STALE: core/data/$table is not what tools/gen_icu_tables.cc makes:"
    diff "$src/core/data/$table" "$work/out/$table" | head -10 || true
    status=1
  fi
done
[ $status = 0 ] && echo "ICU tables current: 4 of 4"
exit $status
