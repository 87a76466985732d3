#!/usr/bin/env python3
"""Lists the spans where a prediction file and the gold annotations differ.

usage: tools/seed_diff.py GOLD.jsonl PRED.jsonl   (GUIDE.md records: doc, entities)
"""
import json
import sys


def spans(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        record = json.loads(line)
        out[record['doc']] = {(e['start'], e['end'], e['type'], e['text']) for e in record['entities']}
    return out


gold, pred = spans(sys.argv[1]), spans(sys.argv[2])
for doc in sorted(gold):
    for label, diff in (('FP', pred.get(doc, set()) - gold[doc]), ('FN', gold[doc] - pred.get(doc, set()))):
        for start, end, typ, text in sorted(diff):
            print(f'{doc}\t{label}\t{typ}\t{start}-{end}\t{text}')
