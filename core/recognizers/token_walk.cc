#include "core/recognizers/token_walk.h"

#include "core/text/letters.h"

namespace kashif {

std::optional<LexiconMatch> match_class(const RecognizerInput& in, size_t i,
                                        WordClass cls, ProcliticSkip skip) {
  // matches_at is longest first and, of equal length, fewest skipped letters first.
  std::optional<LexiconMatch> best;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (in.lexicon.entry(m.entry).cls != cls) continue;
    switch (skip) {
      case ProcliticSkip::kNone:
        if (m.skip == 0) return m;
        break;
      case ProcliticSkip::kFewest:
        return m;
      case ProcliticSkip::kMost:
        if (best && m.token_count < best->token_count) return best;
        if (!best || m.skip > best->skip) best = m;
        break;
    }
  }
  return best;
}

const LexiconEntry* match_entry(const RecognizerInput& in, size_t i, WordClass cls,
                                ProcliticSkip skip, LexiconMatch* match) {
  const auto m = match_class(in, i, cls, skip);
  if (!m) return nullptr;
  if (match) *match = *m;
  return &in.lexicon.entry(m->entry);
}

bool starts_class(const RecognizerInput& in, size_t i, WordClass cls) {
  const auto m = match_class(in, i, cls, ProcliticSkip::kMost);
  return m && m->skip == 0;
}

std::optional<DigitToken> digit_token(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].kind != TokenKind::kNumber) return std::nullopt;
  const std::u32string& form = in.tokens[i].form;
  DigitToken out;
  size_t k = 0;
  if (!form.empty() && form[0] == kWaw) {
    out.waw = true;
    k = 1;
  }
  if (k == form.size() || form.size() - k > 9) return std::nullopt;
  out.value = 0;
  for (; k < form.size(); ++k) {
    if (form[k] < U'0' || form[k] > U'9') return std::nullopt;
    out.value = out.value * 10 + (form[k] - U'0');
    ++out.digits;
  }
  return out;
}

bool glued(const RecognizerInput& in, size_t i) {
  return i > 0 && i < in.tokens.size() && !in.tokens[i].space_before;
}

bool is_arabic_word(const RecognizerInput& in, size_t i) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kWord && in.tokens[i].arabic;
}

bool is_definite_word(const RecognizerInput& in, size_t i) {
  return is_arabic_word(in, i) && has_article(in.tokens[i].form);
}

std::optional<Year> year_at(const RecognizerInput& in, size_t i, bool waw_ok) {
  const auto d = digit_token(in, i);
  if (!d || (d->waw && !waw_ok) || d->digits < 3 || d->digits > 4) return std::nullopt;
  Year year{i + 1, static_cast<int>(d->value), false};
  LexiconMatch era;
  const bool has_era = match_entry(in, i + 1, WordClass::kEra, ProcliticSkip::kMost, &era) != nullptr && era.skip == 0 &&
                       !in.tokens[i + 1].line_break_before;
  if (has_era) {
    year.end = i + 1 + era.token_count;
    year.hijri = match_class(in, i + 1, WordClass::kHijriEra, ProcliticSkip::kMost).has_value();
  }
  if (year.hijri) return year;
  if (d->digits != 4 || year.value < 1000 || year.value >= 2200) return std::nullopt;
  if (!has_era) year.hijri = year.value < 1600;
  return year;
}

}  // namespace kashif
