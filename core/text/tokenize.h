// Tokens of the normalised text, with attached proclitics split off.
//
// In: a Normalized document. Out: its tokens in order, white space dropped.
// Word boundaries come from ICU's word break iterator (UAX #29); then a digit
// run glued to Arabic letters (`1980م`) is split, and the proclitics و ف ب ل ك
// are split from a word when they stand before the article ال
// (`وبالكويت` → `و|ب|الكويت`), or before the article's fused form
// (`للأمم` → `ل|لأمم`, whose matching form is `الامم`; see alt_form). Proclitics before
// words without the article (`وقطر`) are left attached: only a lexicon can
// tell `و|قطر` from `وزارة`; see proclitic_prefix_len.
//
// Guarantees: tokens are non-empty, do not overlap, and are ordered; every
// token's [begin, end) lies inside Normalized::text, so
// Normalized::to_original gives its exact original characters.
#ifndef KASHIF_CORE_TOKENIZE_H_
#define KASHIF_CORE_TOKENIZE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/normalize.h"
#include "core/status.h"

namespace kashif {

enum class TokenKind : uint8_t {
  kWord,       // letters (any script)
  kNumber,     // ASCII digits after normalisation, maybe with , . separators
  kPunct,      // one punctuation or symbol character
  kProclitic,  // و ف ب ل ك split from the word after it
};

struct Token {
  uint32_t begin;  // [begin, end) in Normalized::text
  uint32_t end;
  TokenKind kind;
  bool arabic;             // the token's first letter is Arabic
  bool space_before;       // white space separates it from the token before
  bool line_break_before;  // a line break separates it from the token before
  std::u32string form;     // matching form; differs from the text only after a fused لل
  // After a fused لل the article may have swallowed a noun's own ل:
  // `للجنة` is ل + اللجنة (committee) or ل + الجنة. `form` holds the second
  // reading, `alt_form` the first; empty for every other token.
  std::u32string alt_form;
};

// How many leading letters of an Arabic word may be proclitics (و or ف, then
// ب ل or ك), leaving at least two letters. Callers that hold a lexicon try
// each length. Returns 0 when the word cannot start with a proclitic.
size_t proclitic_prefix_len(std::u32string_view form);

// True when `form` begins with the article ال followed by at least two letters.
bool has_article(std::u32string_view form);

class Tokenizer {
 public:
  static Expected<Tokenizer> create();
  ~Tokenizer();
  Tokenizer(Tokenizer&&) noexcept;
  Tokenizer& operator=(Tokenizer&&) noexcept;

  // Safe to call from many threads at once: each call iterates its own clone
  // of the ICU word iterator.
  std::vector<Token> tokenize(const Normalized& doc) const;

 private:
  struct IcuState;
  explicit Tokenizer(std::unique_ptr<IcuState> icu);
  std::unique_ptr<IcuState> icu_;
};

}  // namespace kashif

#endif  // KASHIF_CORE_TOKENIZE_H_
