#!/usr/bin/env python3
"""Measures Kashif's LAW and DATE recall on the bulk legal collections.

usage: tools/scan_legal.py [--cli build/native/kashif] [--sample N] [--seed S]
                           [--top K] [--data ../shared/data/legal]

Reads ../shared/data/legal/{saudi,qatar}-laws.jsonl.gz where they lie (the
texts are never copied into the project), writes the sampled documents to a
temporary folder under /tmp, runs `kashif analyze --types LAW,DATE` over
them, and for each citation pattern and date shape below counts how many
occurrences a plain regular expression finds in the text (an independent
count: no Kashif code or table is used) and how many of them Kashif marks:
a LAW or DATE span that covers the whole occurrence (a DATE that covers
only the year of `14/3/1433هـ` does not count). It prints, per pattern,
the share marked and the most frequent unmatched contexts, with digits
folded to 9 so that one form shows once.

--sample N takes N documents of each collection (0: all; the default 400
keeps a run under a minute); the same --seed draws the same documents.
"""
import argparse
import collections
import gzip
import json
import os
import random
import re
import subprocess
import sys
import tempfile

D = r'[0-9\u0660-\u0669]'  # a digit of either set
HIJRI_MONTHS = ('محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|'
                'جمادى الأول|رجب|شعبان|رمضان|شوال|ذو القعدة|ذي القعدة|ذو الحجة|ذي الحجة')
GREGORIAN_MONTHS = ('يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|سبتمبر|أكتوبر|'
                    'نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|'
                    'تشرين الأول|تشرين الثاني|كانون الأول')

# name -> (collection or None for both, entity type, pattern). The span that
# must be covered is group 'm' when the pattern has one, else the match.
PATTERNS = {
    'saudi letter instrument (م/N), (أ/N)': (
        'saudi', 'LAW', rf'\(\s*(?P<m>[مأ]\s*[/\-]\s*{D}+)\s*\)|(?<![\w/])(?P<m2>[مأ]/{D}+)(?![\w/])'),
    'saudi cabinet decision رقم (N)': (
        'saudi', 'LAW', rf'قرار مجلس الوزراء (?:الموقر )?(?:رقم|برقم) (?:\(\s*{D}+\s*\)|{D}+)'),
    'statute by subject نظام + definite word': (
        'saudi', 'LAW', r'(?<![\w])(?P<m>نظام ال\w+)'),
    'law by subject قانون + definite word': (
        None, 'LAW', r'(?<![\w])(?P<m>قانون ال\w+)'),
    'numbered act رقم (N) لسنة YYYY': (
        None, 'LAW', rf'رقم \(\s*{D}+\s*\) لسنة {D}{{4}}'),
    'numbered act رقم N لسنة YYYY (no brackets)': (
        None, 'LAW', rf'رقم {D}+ لسنة {D}{{4}}'),
    'numeric Hijri date d/m/yyyy(هـ)': (
        None, 'DATE', rf'(?<![\d\u0660-\u0669/])(?P<m>{D}{{1,2}}\s*[/\-]\s*{D}{{1,2}}\s*[/\-]\s*(?:1[34]|[\u0661][\u0663\u0664]){D}{{2}})(?![\d\u0660-\u0669])'),
    'numeric Hijri date yyyy/m/dهـ': (
        None, 'DATE', rf'(?<![\d\u0660-\u0669/])(?P<m>(?:1[34]|[\u0661][\u0663\u0664]){D}{{2}}\s*/\s*{D}{{1,2}}\s*/\s*{D}{{1,2}})\s*هـ'),
    'numeric Gregorian date d/m/yyyy': (
        None, 'DATE', rf'(?<![\d\u0660-\u0669/])(?P<m>{D}{{1,2}}\s*/\s*{D}{{1,2}}\s*/\s*(?:19|20){D}{{2}})(?![\d\u0660-\u0669])'),
    'day Hijri-month year': (
        None, 'DATE', rf'(?P<m>{D}{{1,2}}\s+(?:من\s+)?(?:{HIJRI_MONTHS})\s+(?:سنة |عام )?{D}{{4}})'),
    'day Gregorian-month year': (
        None, 'DATE', rf'(?P<m>{D}{{1,2}}\s+(?:من\s+)?(?:{GREGORIAN_MONTHS})\s*[،,]?\s+(?:سنة |عام )?{D}{{4}})'),
    'year with era YYYYهـ': (
        None, 'DATE', rf'(?<![\d\u0660-\u0669/\-])(?P<m>{D}{{4}}\s*هـ)'),
}


def documents(path, collection):
    with gzip.open(path, 'rt', encoding='utf-8') as f:
        for line in f:
            record = json.loads(line)
            if collection == 'saudi':
                yield record['text']
            else:
                parts = [record.get('title', '')]
                parts += [p['content'] for p in record.get('provisions', [])
                          if re.search('[\u0600-\u06ff]', p.get('content', ''))]
                yield '\n'.join(parts)


def analyse(cli, texts, workdir):
    """Runs the CLI over the texts; returns one list of (start, end, type) per text."""
    paths = []
    for k, text in enumerate(texts):
        path = os.path.join(workdir, f'{k:05d}.txt')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        paths.append(path)
    spans = {}
    for start in range(0, len(paths), 200):
        out = subprocess.run([cli, 'analyze', '--format', 'jsonl', '--types', 'LAW,DATE', '--no-model']
                             + paths[start:start + 200], check=True, capture_output=True, text=True).stdout
        for line in out.splitlines():
            record = json.loads(line)
            spans[record['doc']] = [(e['start'], e['end'], e['type']) for e in record['entities']]
    return [spans.get(f'{k:05d}', []) for k in range(len(texts))]


def context(text, start, end, width=30):
    before = text[max(0, start - width):start]
    after = text[end:end + width]
    shown = f'{before}⟦{text[start:end]}⟧{after}'
    return re.sub(r'\s+', ' ', re.sub(D, '9', shown))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--cli', default='build/native/kashif')
    parser.add_argument('--data', default='../shared/data/legal')
    parser.add_argument('--sample', type=int, default=400)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--top', type=int, default=8)
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        print(f'scan_legal: no {args.data}', file=sys.stderr)
        return 77
    compiled = {name: (coll, typ, re.compile(rx)) for name, (coll, typ, rx) in PATTERNS.items()}
    for collection in ('saudi', 'qatar'):
        texts = list(documents(os.path.join(args.data, f'{collection}-laws.jsonl.gz'), collection))
        total = len(texts)
        if 0 < args.sample < total:
            texts = random.Random(args.seed).sample(texts, args.sample)
        with tempfile.TemporaryDirectory(prefix='kashif_scan_', dir='/tmp') as workdir:
            spans = analyse(args.cli, texts, workdir)
        print(f'== {collection}: {len(texts)} of {total} documents, {sum(map(len, texts)):,} characters')
        for name, (coll, typ, rx) in compiled.items():
            if coll not in (None, collection):
                continue
            found = marked = 0
            missed = collections.Counter()
            for text, doc_spans in zip(texts, spans):
                for m in rx.finditer(text):
                    group = next((g for g in ('m', 'm2') if g in rx.groupindex and m.group(g)), None)
                    start, end = m.span(group) if group else m.span()
                    found += 1
                    if any(t == typ and s <= start and end <= e for s, e, t in doc_spans):
                        marked += 1
                    else:
                        missed[context(text, start, end)] += 1
            if found == 0:
                continue
            print(f'{name:46s} {marked:6d} / {found:6d}  {100.0 * marked / found:5.1f}%')
            for ctx, n in missed.most_common(args.top):
                print(f'      {n:4d}  {ctx}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
