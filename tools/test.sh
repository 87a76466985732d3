#!/usr/bin/env bash
# Builds everything (native, wasm, asan, tsan) and runs every test suite
# through ctest: native Catch2, the same tests in wasm under node, the CLI
# contract, the asan run, the thread test under tsan, the Python package's
# pytest suite (with a 2-worker Dask cluster), the wasm API under node and
# the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh --asan --tsan --python
ctest --test-dir build/native --output-on-failure
