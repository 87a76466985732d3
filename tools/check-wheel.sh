#!/usr/bin/env bash
# Installs build/wheel/kashif-*.whl on a fresh minimal Debian 12 (debootstrap
# --variant=minbase under build/deb12, then only python3 and python3-venv:
# no compiler, no libicu) and checks that `python -m kashif analyze` prints
# what the native CLI prints for the seeds. Needs root and Debian's mirror;
# not part of tools/test.sh (it downloads about 100 MB once).
# usage: tools/check-wheel.sh   (after tools/build.sh --python)
set -euo pipefail
cd "$(dirname "$0")/.."
root=build/deb12
wheel=$(ls build/wheel/kashif-*.whl)
if [ ! -x "$root/usr/bin/python3" ]; then
  command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >build/deb12.log
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" /bin/sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3 python3-venv" >>build/deb12.log
fi
chroot "$root" /bin/sh -c "command -v cc gcc g++ || echo 'no compiler'; if ls /usr/lib/x86_64-linux-gnu | grep -q icu; then echo 'libicu present'; else echo 'no libicu'; fi"
rm -rf "$root/root/check" && mkdir -p "$root/root/check/corpus"
cp "$wheel" "$root/root/check/" && cp corpus/*.txt "$root/root/check/corpus/"
chroot "$root" /bin/sh -c "cd /root/check && python3 -m venv venv && venv/bin/pip install -q --no-index ./$(basename "$wheel") \
  && venv/bin/python -m kashif analyze corpus/*.txt" >build/deb12-python.jsonl
repo=$(pwd)
(cd "$root/root/check" && "$repo/build/native/kashif" analyze corpus/*.txt) >build/deb12-cli.jsonl
cmp build/deb12-python.jsonl build/deb12-cli.jsonl
echo "check-wheel: $(basename "$wheel") on a fresh Debian 12 gives the CLI's output for $(ls corpus/*.txt | wc -l) seeds"
