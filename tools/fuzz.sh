#!/usr/bin/env bash
# Runs the libFuzzer target for N seconds (default 600) from the corpus and
# the hand-made seeds in tests/fuzz/seeds. Findings land in build/fuzz/findings;
# turn each into a file under tests/fuzz/regressions/, which the unit tests
# replay. usage: tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
tools/install-deps.sh
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
mkdir -p build/fuzz/work build/fuzz/findings
cp corpus/*.txt tests/fuzz/seeds/* build/fuzz/work/
[ -d tests/fuzz/regressions ] && cp tests/fuzz/regressions/* build/fuzz/work/ 2>/dev/null || true
build/fuzz/kashif_fuzz build/fuzz/work -max_total_time="$seconds" -max_len=65536 \
  -timeout=10 -rss_limit_mb=4096 -artifact_prefix=build/fuzz/findings/ -print_final_stats=1
