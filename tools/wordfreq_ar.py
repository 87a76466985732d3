#!/usr/bin/env python3
"""Writes wordfreq's Arabic word frequencies as TSV for kashif_train.

Each line is `word<TAB>centibels` (100 * -log10 of the word's frequency:
300 is one word in a thousand), for the words with an Arabic letter, most
frequent first. The tagger's features read how common a word and its
article form are in general Arabic (core/tagger/tagger.h, word frequencies).

wordfreq 3.1.1 (Robyn Speer, data CC BY-SA 4.0) is pinned: the same list
gives the same model bytes. usage: wordfreq_ar.py OUT.tsv
"""
import math
import re
import sys

import wordfreq

ARABIC = re.compile("[\u0621-\u064a]")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: wordfreq_ar.py OUT.tsv")
    freqs = wordfreq.get_frequency_dict("ar", "large")
    rows = [(w, round(-100 * math.log10(f))) for w, f in freqs.items() if ARABIC.search(w)]
    rows.sort(key=lambda r: (r[1], r[0]))
    with open(sys.argv[1], "w", encoding="utf-8", newline="\n") as out:
        for word, cb in rows:
            out.write(f"{word}\t{cb}\n")
    print(f"wordfreq_ar: {len(rows)} words -> {sys.argv[1]}")


if __name__ == "__main__":
    main()
