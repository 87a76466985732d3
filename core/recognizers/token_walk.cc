#include "core/recognizers/token_walk.h"

namespace kashif {

namespace {

constexpr char32_t kWaw = 0x0648;

}  // namespace

std::optional<LexiconMatch> match_class(const RecognizerInput& in, size_t i,
                                        std::string_view cls) {
  std::optional<LexiconMatch> best;
  if (i >= in.tokens.size()) return best;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (in.lexicon.entry(m.entry).cls != cls) continue;
    if (best && m.token_count < best->token_count) break;  // longest first
    if (!best || m.skip > best->skip) best = m;
  }
  return best;
}

const LexiconEntry* match_entry(const RecognizerInput& in, size_t i, std::string_view cls,
                                LexiconMatch* match) {
  const auto m = match_class(in, i, cls);
  if (!m) return nullptr;
  if (match) *match = *m;
  return &in.lexicon.entry(m->entry);
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

bool is_definite(const RecognizerInput& in, size_t i) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kWord && in.tokens[i].arabic &&
         has_article(in.tokens[i].form);
}

std::optional<Year> year_at(const RecognizerInput& in, size_t i, bool waw_ok) {
  const auto d = digit_token(in, i);
  if (!d || (d->waw && !waw_ok) || d->digits < 3 || d->digits > 4) return std::nullopt;
  Year year{i + 1, static_cast<int>(d->value), false};
  LexiconMatch era;
  const bool has_era = match_entry(in, i + 1, "era", &era) != nullptr && era.skip == 0 &&
                       !in.tokens[i + 1].line_break_before;
  if (has_era) {
    year.end = i + 1 + era.token_count;
    year.hijri = match_class(in, i + 1, "hijri_era").has_value();
  }
  if (year.hijri) return year;
  if (d->digits != 4 || year.value < 1000 || year.value >= 2200) return std::nullopt;
  if (!has_era) year.hijri = year.value < 1600;
  return year;
}

}  // namespace kashif
