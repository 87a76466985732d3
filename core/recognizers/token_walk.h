// Token-walking helpers shared by the grammars (law_grammar, date_grammar):
// class lookups in the lexicon, digit tokens, and years with their era.
//
// Every function reads tokens[i] for any i and answers "no" past the end, so
// a grammar can probe ahead without bounds checks.
#ifndef KASHIF_CORE_TOKEN_WALK_H_
#define KASHIF_CORE_TOKEN_WALK_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/recognizers/recognizer.h"

namespace kashif {

// The longest lexicon match at tokens[i] of class `cls`. Of equal length the
// one that leaves the most proclitic letters outside wins (`لعام` → `عام`
// with skip 1), because attached proclitics are outside spans (GUIDE.md).
// A match never starts after a line break inside it (Lexicon guarantees it).
std::optional<LexiconMatch> match_class(const RecognizerInput& in, size_t i,
                                        std::string_view cls);

// The entry of match_class, for reading its attributes.
const LexiconEntry* match_entry(const RecognizerInput& in, size_t i, std::string_view cls,
                                LexiconMatch* match = nullptr);

// A number token made only of ASCII digits, optionally behind a glued
// conjunction و (`و14`: ICU keeps it one token). `digits` is the count.
struct DigitToken {
  long value = -1;
  size_t digits = 0;
  bool waw = false;  // the token starts with و, which stays outside spans
};
std::optional<DigitToken> digit_token(const RecognizerInput& in, size_t i);

// True when tokens[i] exists and no white space separates it from tokens[i-1].
bool glued(const RecognizerInput& in, size_t i);

// True when tokens[i] is an Arabic word that starts with the article ال.
bool is_definite(const RecognizerInput& in, size_t i);

// A year at tokens[i]: four digits, or three to four before a Hijri era word
// (`1444 هـ`, `850هـ`), with the era word (core/data/date_words.tsv class
// `era`) taken in when it follows (`1980م`). Gregorian years lie in
// [1000, 2200); a year under 1600 without an era is read as Hijri.
struct Year {
  size_t end;  // one past the last token used
  int value;
  bool hijri;
};
// A glued و (`و2016`) is accepted only with `waw_ok`, for the second year
// of a range.
std::optional<Year> year_at(const RecognizerInput& in, size_t i, bool waw_ok = false);

}  // namespace kashif

#endif  // KASHIF_CORE_TOKEN_WALK_H_
