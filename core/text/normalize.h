// Normalised text for matching, and the way back to the original.
//
// In: the document's code points, exactly as written. Out: a matching form in
// which Arabic presentation forms and compatibility characters are NFKC-folded,
// tatweel, diacritics and invisible format characters (bidi controls,
// zero-width joiners) are gone, alef/hamza variants become ا (and ؤ و, ئ ي),
// ة becomes ه, ى becomes ي, and Arabic-Indic and Persian digits become ASCII.
//
// Guarantees: for every i < text.size(), begin[i] < end[i] are the original
// code points behind text[i]; both arrays are non-decreasing and
// end[i] <= begin[i + 1] or the two come from the same original segment. A
// dropped diacritic or tatweel belongs to the letter before it, so a span
// [a, b) of `text` maps to [begin[a], end[b-1]) without splitting a letter
// from its marks.
#ifndef KASHIF_CORE_NORMALIZE_H_
#define KASHIF_CORE_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Normalizer2;
U_NAMESPACE_END

namespace kashif {

struct OriginalSpan {
  uint32_t start;
  uint32_t end;
};

struct Normalized {
  std::u32string text;
  std::vector<uint32_t> begin;
  std::vector<uint32_t> end;

  // The original span behind text[a, b); requires a < b <= text.size().
  OriginalSpan to_original(uint32_t a, uint32_t b) const { return {begin[a], end[b - 1]}; }
};

// Folds one code point that is already NFKC-normal: the letter and digit
// folding above. Returns 0 for code points that matching ignores, and a
// space for control characters, which separate words.
char32_t fold_for_matching(char32_t c);

// True for diacritics and tatweel: marks that belong to the letter before them.
bool is_arabic_mark(char32_t c);

class Normalizer {
 public:
  // Loads ICU's NFKC data; fails only when the ICU data is missing.
  static Expected<Normalizer> create();

  Normalized normalize(std::u32string_view original) const;

  // The matching form alone, for keys of data tables (no offset map).
  std::u32string fold(std::u32string_view text) const;

 private:
  explicit Normalizer(const icu::Normalizer2* nfkc);
  // ICU's answers for the code points below kCachedBelow (Latin, Arabic and
  // their marks: nearly every character of a text), asked once at create:
  // asking ICU per character was a tenth of the analysis.
  static constexpr char32_t kCachedBelow = 0x0800;
  bool boundary_before(char32_t c) const;
  bool lone_and_inert(char32_t c) const;  // NFKC leaves it alone by itself

  const icu::Normalizer2* nfkc_;  // owned by ICU
  std::vector<uint8_t> cached_;   // per code point: kBoundary | kInert bits
};

}  // namespace kashif

#endif  // KASHIF_CORE_NORMALIZE_H_
