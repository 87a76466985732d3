#!/usr/bin/env bash
# The committed generated place lists (core/data/subdivisions.tsv, cities.tsv)
# are what tools/gen_places.py makes from CLDR, GeoNames and the current hand
# lists. usage: tests/places_current.sh   (exit 77: skipped, a source is
# missing; tools/install-deps.sh installs them)
set -u
root="$(cd "$(dirname "$0")/.." && pwd)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
PYTHONPATH="$root/build/pydeps" python3 "$root/tools/gen_places.py" "$tmp" 2>"$tmp/log"
rc=$?
cat "$tmp/log"
[ $rc = 0 ] || exit $rc
stale=0
for f in subdivisions.tsv cities.tsv; do
  if ! cmp -s "$tmp/$f" "$root/core/data/$f"; then
    echo "core/data/$f is stale: run PYTHONPATH=build/pydeps tools/gen_places.py"
    diff "$root/core/data/$f" "$tmp/$f" | head -20
    stale=1
  fi
done
[ $stale = 0 ] && echo "the generated place lists are current"
exit $stale
