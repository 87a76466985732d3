#!/usr/bin/env bash
# Installs what is missing, then builds the native CLI and tests, the wasm
# module and tests, the site the page is served from (build/site), and
# (with --asan, --tsan) the sanitizer builds, (with --python) the Python
# package in a fresh venv. Incremental: a second run rebuilds only
# what changed; ICU for wasm is built once.
# usage: tools/build.sh [--asan] [--tsan] [--python]
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
# The Python package in a fresh venv (build/pyenv, Debian's python3): the
# wheel (pip wheel ., scikit-build-core + nanobind) into build/wheel, then
# installed from there with the batch and test extras, every version pinned
# by python/constraints.txt. The CMake tree under build/python is reused.
python_package() {
  local start=$SECONDS venv=build/pyenv log=build/python-build.log
  local python=python3
  if [ -x /usr/bin/python3 ]; then python=/usr/bin/python3; fi
  {
    "$python" -m venv --clear "$venv"
    "$venv/bin/pip" install --disable-pip-version-check -q -c python/constraints.txt \
      scikit-build-core nanobind
    rm -rf build/wheel
    CMAKE_BUILD_PARALLEL_LEVEL=$jobs "$venv/bin/pip" wheel --disable-pip-version-check -q \
      --no-build-isolation --no-deps -w build/wheel .
    "$venv/bin/pip" install --disable-pip-version-check -q -c python/constraints.txt \
      "$(ls build/wheel/kashif-*.whl)[batch,test]"
  } >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
  echo "build: python package built in $((SECONDS - start)) s ($(ls build/wheel))"
}

for flag in "$@"; do
  case $flag in
    --asan) build asan ;;
    --tsan) build tsan ;;  # the thread test only (kashif_thread_tests)
    --python) python_package ;;
    *) echo "build: unknown option $flag" >&2; exit 2 ;;
  esac
done
