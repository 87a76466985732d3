// Token-walking helpers shared by the recognisers: class lookups in the
// lexicon (the one way to ask it for a class at a token), digit tokens, and
// years with their era.
//
// Every function reads tokens[i] for any i and answers "no" past the end, so
// a grammar can probe ahead without bounds checks.
#ifndef KASHIF_CORE_TOKEN_WALK_H_
#define KASHIF_CORE_TOKEN_WALK_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/recognizers/recognizer.h"

namespace kashif {

// Which reading of a word with attached proclitic letters a class lookup
// takes: `لعام` as written, or as ل + `عام` (a match that skips one letter,
// which stays outside the span). Every reading takes the longest match of
// the class first; this decides among matches of one length.
enum class ProcliticSkip : uint8_t {
  kNone,    // only matches that skip no letter
  kFewest,  // the match that skips the fewest letters
  kMost,    // the match that leaves the most letters outside, since attached
            // proclitics are outside spans (GUIDE.md)
};

// The longest lexicon match at tokens[i] of class `cls`, read as `skip`
// says. A match never starts after a line break inside it (Lexicon
// guarantees it).
std::optional<LexiconMatch> match_class(const RecognizerInput& in, size_t i,
                                        WordClass cls, ProcliticSkip skip);

// The entry of match_class, for reading its attributes.
const LexiconEntry* match_entry(const RecognizerInput& in, size_t i, WordClass cls,
                                ProcliticSkip skip, LexiconMatch* match = nullptr);

// True when the longest match of `cls` at tokens[i], read with
// ProcliticSkip::kMost, skips no letter: the word itself starts the phrase,
// and no reading of that length leaves a proclitic outside.
bool starts_class(const RecognizerInput& in, size_t i, WordClass cls);

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

// True when tokens[i] is a word in Arabic script.
bool is_arabic_word(const RecognizerInput& in, size_t i);
// True when tokens[i] is an Arabic word that starts with the article ال.
bool is_definite_word(const RecognizerInput& in, size_t i);

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
