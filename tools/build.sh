#!/usr/bin/env bash
# Installs what is missing, then builds the native CLI and tests, the wasm
# module and tests, the site the page is served from (build/site), and
# (with --asan, --tsan) the sanitizer builds. Incremental: a second run rebuilds only
# what changed; ICU for wasm is built once.
# usage: tools/build.sh [--asan] [--tsan]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/install-deps.sh
export NODE_PATH=/usr/share/nodejs

jobs=$(nproc)
build() {  # preset
  local preset=$1 start=$SECONDS
  # Configure every time (seconds): a preset's cache variables may have changed.
  cmake --preset "$preset" >"build/$preset-configure.log" 2>&1 \
    || { cat "build/$preset-configure.log"; exit 1; }
  cmake --build --preset "$preset" -j "$jobs" >"build/$preset-build.log" 2>&1 \
    || { tail -50 "build/$preset-build.log"; exit 1; }
  grep -h "ICU data for wasm" "build/$preset-build.log" || true
  echo "build: $preset built in $((SECONDS - start)) s"
}
mkdir -p build
build native
build wasm
# The served page: web/ + the wasm build's browser files + kashif.html.
node tools/assemble-site.mjs >/dev/null
echo "build: site assembled in build/site"
for flag in "$@"; do
  case $flag in
    --asan) build asan ;;
    --tsan) build tsan ;;  # the thread test only (preset target kashif_tests)
    *) echo "build: unknown option $flag" >&2; exit 2 ;;
  esac
done
