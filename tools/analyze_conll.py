#!/usr/bin/env python3
"""What the learned tagger adds to `kashif analyze`, measured on CoNLL text.

    python3 tools/analyze_conll.py [--kashif build/native/kashif]
                                   [--conll ../shared/data/ner/anercorp/dev.conll]

Writes the CoNLL file's sentences as lines of text (words joined by spaces),
runs `kashif analyze` on it with the model and with `--no-model`, maps each
PERS/ORG/GPE/LOC entity to the words it touches (GPE and LOC both count as
ANERcorp's LOC; Kashif keeps proclitics outside a span, ANERcorp inside a
word, so words are the common unit) and prints entity-level precision and
recall per type against the file's tags. MISC and Kashif's other types have
no counterpart and are left out. Figures only, no assertion.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, '..', 'shared', 'eval'))
from conll_score import spans  # noqa: E402  (the official scorer's span reader)

TYPE_MAP = {'PERS': 'PERS', 'ORG': 'ORG', 'GPE': 'LOC', 'LOC': 'LOC'}


def read_conll(path):
    sentences, current = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            cols = line.split()
            current.append((cols[0], cols[-1]))
    if current:
        sentences.append(current)
    return sentences


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--kashif', default=os.path.join(ROOT, 'build/native/kashif'))
    parser.add_argument('--conll', default=os.path.join(ROOT, '..', 'shared/data/ner/anercorp/dev.conll'))
    args = parser.parse_args()

    sentences = read_conll(args.conll)
    text, word_spans = '', []  # word_spans[s][w] = (start, end) in code points
    for sentence in sentences:
        row = []
        for word, _ in sentence:
            if row:
                text += ' '
            row.append((len(text), len(text) + len(word)))
            text += word
        word_spans.append(row)
        text += '\n'
    line_start = [row[0][0] for row in word_spans]

    gold = set()
    for s, sentence in enumerate(sentences):
        for begin, end, kind in spans([tag for _, tag in sentence]):
            if kind != 'MISC':
                gold.add((s, begin, end, kind))

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'text.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        for name, extra in (('rules alone (--no-model)', ['--no-model']), ('rules + model', [])):
            out = subprocess.run([args.kashif, 'analyze', '--format', 'jsonl', *extra, path],
                                 capture_output=True, text=True, check=True).stdout
            predicted = set()
            for e in json.loads(out.splitlines()[0])['entities']:
                if e['type'] not in TYPE_MAP:
                    continue
                # The sentence holding the entity's start, then the words it touches.
                s = max(i for i, start in enumerate(line_start) if start <= e['start'])
                touched = [w for w, (a, b) in enumerate(word_spans[s]) if a < e['end'] and e['start'] < b]
                if touched:
                    predicted.add((s, touched[0], touched[-1] + 1, TYPE_MAP[e['type']]))
            print(name)
            for kind in ('PERS', 'LOC', 'ORG'):
                g = {x for x in gold if x[3] == kind}
                p = {x for x in predicted if x[3] == kind}
                tp = len(g & p)
                print(f'  {kind:5} P {tp / max(1, len(p)):.3f} R {tp / max(1, len(g)):.3f}'
                      f'  ({tp} tp, {len(p) - tp} fp, {len(g) - tp} fn)')


if __name__ == '__main__':
    main()
