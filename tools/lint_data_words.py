"""General Arabic word frequencies for the data lint and the place-list generator.

A list entry that is also an ordinary word needs a cue before a recogniser
reads it as a name (core/recognizers/gazetteer.h). This module decides "also an ordinary
word" from two sources, so the lint (tools/lint_data.py) and the generator
(tools/gen_places.py) decide alike:

- wordfreq's Arabic frequencies (build/wordfreq/ar.tsv, tools/wordfreq_ar.py;
  centibels, 300 = one word in a thousand);
- Debian's hunspell-ar dictionary (/usr/share/hunspell/ar.dic) as a second
  opinion that the other reading is a dictionary word.

Keys are folded as core/text/normalize.cc folds text for matching (hamza and alef
forms, ta marbuta, alef maqsura, diacritics, tatweel), so `مالية` and
`ماليه` are one word here as they are to the lexicon.
"""
import math
import os
import unicodedata

WORDFREQ_TSV = "build/wordfreq/ar.tsv"
HUNSPELL_DIC = "/usr/share/hunspell/ar.dic"

# A reading this common in general text (one word in 100,000 or more often)
# fires on ordinary sentences often enough to need a cue.
COMMON_CB = 500
# Lists of words that are no names of places or bodies.
OTHER_CLASS_FILES = ("given_names.tsv", "function_words.tsv", "grammar_words.tsv",
                     "date_words.tsv", "months.tsv", "weekdays.tsv", "person_triggers.tsv",
                     "org_heads.tsv", "name_cues.tsv")
# The proclitics a lexicon match may skip (core/lexicon/lexicon.h): `و ف ب ل ك`.
PROCLITICS = "وفبلك"

_FOLD = {"\u0622": "\u0627", "\u0623": "\u0627", "\u0625": "\u0627", "\u0671": "\u0627",
         "\u0672": "\u0627", "\u0673": "\u0627", "\u0624": "\u0648", "\u0626": "\u064a",
         "\u0629": "\u0647", "\u0649": "\u064a", "\u06a9": "\u0643", "\u06cc": "\u064a",
         "\u06c1": "\u0647"}


def is_mark(c):
    o = ord(c)
    return (o == 0x0640 or 0x0610 <= o <= 0x061A or 0x064B <= o <= 0x065F or o == 0x0670
            or 0x06D6 <= o <= 0x06DC or 0x06DF <= o <= 0x06E4 or 0x06E7 <= o <= 0x06E8
            or 0x06EA <= o <= 0x06ED or 0x08D3 <= o <= 0x08FF)


def fold(text):
    """The matching form of `text` (core/text/normalize.cc fold_for_matching)."""
    out = []
    for c in unicodedata.normalize("NFKC", text):
        if is_mark(c) or c in "\u00ad\u061c\u200b\u200c\u200d\u200e\u200f\ufeff":
            continue
        out.append(_FOLD.get(c, c))
    return " ".join("".join(out).split())


def first_words(path):
    """The folded one-word phrases of a list."""
    out = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                key = fold(line.split("\t")[0])
                if " " not in key:
                    out.add(key)
    return out


def nationality_forms(data_dir):
    """The folded forms of nationalities.tsv adjectives as the loader derives
    them (ال, ة): `سعودي`, `السعودي`, `سعوديه`, `السعوديه`."""
    out = set()
    path = os.path.join(data_dir, "nationalities.tsv")
    if not os.path.exists(path):
        return out
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        base = fold(line.split("\t")[0])
        for form in (base, base + "ه"):
            out.update((form, "ال" + form))
    return out


class WordFrequencies:
    """wordfreq and hunspell, folded. `available` is False when either is missing."""

    def __init__(self, root=".", data_dir=None):
        wf_path = os.path.join(root, WORDFREQ_TSV)
        self.available = os.path.exists(wf_path) and os.path.exists(HUNSPELL_DIC)
        self.freq = {}
        self.dictionary = set()
        data_dir = data_dir or os.path.join(root, "core", "data")
        self.nationality_forms = nationality_forms(data_dir)
        self.given_names = first_words(os.path.join(data_dir, "given_names.tsv"))
        if not self.available:
            return
        for line in open(wf_path, encoding="utf-8"):
            word, cb = line.rstrip("\n").split("\t")
            key = fold(word)
            self.freq[key] = self.freq.get(key, 0.0) + 10 ** (-int(cb) / 100)
        for line in open(HUNSPELL_DIC, encoding="utf-8", errors="replace"):
            stem = line.split("/")[0].strip()
            if stem and not stem.isdigit():
                self.dictionary.add(fold(stem))

    def cb(self, word):
        """Centibels of a folded word (larger is rarer); 999 when unseen."""
        f = self.freq.get(word)
        return round(-100 * math.log10(f)) if f else 999

    def in_dictionary(self, word):
        """True when hunspell lists the word, or its stem without the article
        and a feminine or plural ending (hunspell lists `جنوبي`, not `الجنوبية`)."""
        stem = word[2:] if word.startswith("ال") else word
        forms = {word, stem}
        for ending in ("ه", "ات", "ون", "ين"):
            if stem.endswith(ending) and len(stem) > len(ending) + 1:
                forms.add(stem[:-len(ending)])
        return any(f in self.dictionary for f in forms)

    def ordinary_reading(self, phrase):
        """(why, cue) when a one-word list entry is also an ordinary word, else None.

        - its other article form is a common dictionary word (`العيون`: عيون
          "eyes", `مالية`: المالية "finance"): the name without a cue may be
          the noun or adjective (`prefixed`);
        - a proclitic before it makes a common word that is no proclitic
          reading of the name, being three times more common than the name
          (`اكرا` inside باكرا "early"): `prefixed`;
        - it is itself a proclitic and a common word (`وام` is و + ام): `prefixed`.
        """
        word = fold(phrase)
        if " " in word or len(word) < 2:
            return None
        other = word[2:] if word.startswith("ال") and len(word) > 3 else "ال" + word
        # (A given name is no ordinary word: `الرياض` beside رياض; a
        # nationality adjective is the recogniser's to tell: `السعودية`.)
        if (self.cb(other) <= COMMON_CB and self.in_dictionary(other)
                and other not in self.given_names
                and not {word, other} & self.nationality_forms):
            return f"{other} is a common word ({self.cb(other)} cB)", "prefixed"
        # A nisba adjective (`الشرقية`, `الكردي`): the other gender is the
        # common adjective. Nationality adjectives are left to the
        # recogniser, which reads them as adjectives after a definite noun.
        if word.endswith("يه") or word.endswith("ي"):
            swapped = word[:-1] if word.endswith("يه") else word + "ه"
            if (self.cb(swapped) <= COMMON_CB and swapped not in self.nationality_forms
                    and word not in self.nationality_forms):
                return f"{swapped} is a common adjective ({self.cb(swapped)} cB)", "prefixed"
        for p in PROCLITICS:
            glued = p + word
            if self.cb(glued) <= COMMON_CB + 50 and self.cb(glued) + 50 < self.cb(word):
                return f"{glued} is a common word ({self.cb(glued)} cB), far more than {word}", "prefixed"
        if word[0] in PROCLITICS and len(word) > 2:
            rest = word[1:]
            if self.cb(rest) <= COMMON_CB - 100 and self.in_dictionary(rest):
                return f"{word[0]} + {rest}, a common word ({self.cb(rest)} cB)", "prefixed"
        return None

    def place_cue(self, phrase):
        found = self.ordinary_reading(phrase)
        return found[1] if found else None

    def other_class_words(self, data_dir):
        """Folded one-word entries of the lists that name no place or body:
        a place or body of the same spelling needs a cue (`prefixed`)."""
        out = set()
        for name in OTHER_CLASS_FILES:
            out |= first_words(os.path.join(data_dir, name))
        return out
