#!/usr/bin/env python3
"""5-fold cross-validation of the tagger on ANERcorp's training part.

usage: tools/tagger_cv.py [--folds 5] [--seed 1] [--epochs 6] [--jobs 1]
                         [--trainer build/native/kashif_train] [-- TRAINER OPTIONS...]

Cuts train.conll into contiguous blocks of sentences, trains on all blocks
but one with build/native/kashif_train and scores on the one left out;
prints each fold's last-epoch F1 and their mean. ANERcorp's test part is
never read. Run from the repository root after building the native preset.
--trainer runs another build of kashif_train (a copy, so that the tree can be
rebuilt while folds train); options after -- go to every training run.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TRAIN = os.path.join(ROOT, '..', 'shared', 'data', 'ner', 'anercorp', 'train.conll')


def sentences(path):
    block = []
    for line in open(path, encoding='utf-8'):
        if line.strip():
            block.append(line)
        elif block:
            yield ''.join(block)
            block = []
    if block:
        yield ''.join(block)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--folds', type=int, default=5)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--epochs', type=int, default=6)
    ap.add_argument('--jobs', type=int, default=1)
    ap.add_argument('--trainer', default=os.path.join(ROOT, 'build', 'native', 'kashif_train'))
    ap.add_argument('extra', nargs='*', help='options for kashif_train, after --')
    args = ap.parse_args()
    sents = list(sentences(TRAIN))
    size = (len(sents) + args.folds - 1) // args.folds
    blocks = [sents[i * size:(i + 1) * size] for i in range(args.folds)]
    tmp = tempfile.mkdtemp(prefix='kashif_cv_')

    def fold(k):
        train = os.path.join(tmp, f'train{k}.conll')
        dev = os.path.join(tmp, f'dev{k}.conll')
        with open(train, 'w', encoding='utf-8') as f:
            f.write('\n'.join(s for j, b in enumerate(blocks) if j != k for s in b))
        with open(dev, 'w', encoding='utf-8') as f:
            f.write('\n'.join(blocks[k]))
        out = subprocess.run(
            [args.trainer, '--train', train, '--dev', dev,
             '--epochs', str(args.epochs), '--seed', str(args.seed),
             '--word-freq', os.path.join(ROOT, 'build', 'wordfreq', 'ar.tsv'),
             '--out', os.path.join(tmp, f'model{k}.bin')] + args.extra,
            capture_output=True, text=True, check=True).stdout
        last = [l for l in out.splitlines() if l.startswith('epoch')][-1]
        return float(re.search(r'dev F1 ([0-9.]+)', last).group(1)), last

    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(fold, range(args.folds)))
    for k, (f1, line) in enumerate(results):
        print(f'fold {k}: {line}')
    print(f'mean F1 {sum(f for f, _ in results) / len(results):.4f}')


if __name__ == '__main__':
    sys.exit(main())
