// What every recogniser sees: the normalised document, its tokens and the
// word lists. A recogniser appends Mentions (normalised offsets) and never
// removes another's; overlaps are settled in resolve.h.
#ifndef KASHIF_CORE_RECOGNIZER_H_
#define KASHIF_CORE_RECOGNIZER_H_

#include <optional>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"
#include "core/text/tokenize.h"

namespace kashif {

struct RecognizerInput {
  const Normalized& doc;
  const std::vector<Token>& tokens;
  const Lexicon& lexicon;
  // The original text, for the rare test the matching form cannot make
  // (`على` and `علي` fold together); may be empty.
  std::u32string_view original = {};

  // lexicon.matches_at(tokens, i), computed once per token: every recogniser
  // asks about the same positions.
  const std::vector<LexiconMatch>& matches_at(size_t i) const {
    static const std::vector<LexiconMatch> kNone;
    if (i >= tokens.size()) return kNone;
    if (match_cache.empty()) match_cache.resize(tokens.size());
    auto& slot = match_cache[i];
    if (!slot) slot = lexicon.matches_at(tokens, i);
    return *slot;
  }
  mutable std::vector<std::optional<std::vector<LexiconMatch>>> match_cache = {};
};

// True when tokens[i] is the punctuation character `c`, or one of `chars`
// (punctuation tokens are one character each).
inline bool is_punct(const RecognizerInput& in, size_t i, std::u32string_view chars) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kPunct &&
         in.tokens[i].form.size() == 1 && chars.find(in.tokens[i].form[0]) != chars.npos;
}
inline bool is_punct(const RecognizerInput& in, size_t i, char32_t c) {
  return is_punct(in, i, std::u32string_view(&c, 1));
}

// Quotes around a name: `«…»`, `"…"`, `“…”`, and with `brackets` also
// `(…)`. One past the closer that pairs with the opener at tokens[open], when
// it closes on the same line within six words and no punctuation between,
// or 0.
inline size_t quoted_name_end(const RecognizerInput& in, size_t open, bool brackets = false) {
  static constexpr std::u32string_view kOpen = U"«\"“(", kClose = U"»\"”)";
  constexpr size_t kMaxWords = 6;
  for (size_t k = 0; k < kOpen.size() - (brackets ? 0 : 1); ++k) {
    if (!is_punct(in, open, kOpen[k])) continue;
    for (size_t q = open + 1; q < in.tokens.size() && q <= open + kMaxWords + 1; ++q) {
      if (in.tokens[q].line_break_before) return 0;
      if (is_punct(in, q, kClose[k])) return q > open + 1 ? q + 1 : 0;
      if (in.tokens[q].kind == TokenKind::kPunct) return 0;
    }
    return 0;
  }
  return 0;
}

// True when tokens[first, end) are exactly what such a pair holds.
inline bool fills_quotes(const RecognizerInput& in, size_t first, size_t end, bool brackets = false) {
  return first > 0 && quoted_name_end(in, first - 1, brackets) == end + 1;
}

// A mention covering tokens[first, last], skipping `skip` proclitic letters
// of the first token.
inline Mention mention_over_tokens(const RecognizerInput& in, size_t first, size_t last,
                                   uint32_t skip, EntityType type, Priority priority) {
  Mention m;
  m.begin = in.tokens[first].begin + skip;
  m.end = in.tokens[last].end;
  m.type = type;
  m.priority = priority;
  return m;
}

}  // namespace kashif

#endif  // KASHIF_CORE_RECOGNIZER_H_
