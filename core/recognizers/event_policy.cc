#include "core/recognizers/event_policy.h"

#include <algorithm>

#include "core/recognizers/name_chain.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

constexpr size_t kMaxTitleTokens = 12;
constexpr size_t kFullNameHeadTokens = 3;  // `أهداف التنمية المستدامة`
constexpr int kLongIdafa = 3;              // `إطار عدم ترك أحد خلف الركب`

char32_t closer_of(char32_t open) {
  switch (open) {
    case U'(': return U')';
    case U'\u00AB': return U'\u00BB';
    case U'\u201C': return U'\u201D';
    default: return open;  // " and '
  }
}

// The quoted or bracketed words starting at tokens[i] (the opener), as
// [first, end) token indices, when they close on the same line.
std::optional<std::pair<size_t, size_t>> quoted_title(const RecognizerInput& in, size_t i) {
  static constexpr std::u32string_view kOpeners = U"(\u00AB\u201C\"";
  if (!is_punct(in, i, kOpeners)) return std::nullopt;
  const char32_t close = closer_of(in.doc.text[in.tokens[i].begin]);
  for (size_t k = i + 1; k < in.tokens.size() && k <= i + kMaxTitleTokens + 1; ++k) {
    if (in.tokens[k].line_break_before) return std::nullopt;
    if (in.tokens[k].kind != TokenKind::kPunct) continue;
    if (in.doc.text[in.tokens[k].begin] == close && k > i + 1) return std::make_pair(i + 1, k);
    if (!is_punct(in, k, U"-\u2013")) return std::nullopt;
  }
  return std::nullopt;
}

bool after_opening_quote(const RecognizerInput& in, size_t i) {
  return i > 0 && is_punct(in, i - 1, U"\u00AB\u201C\"");
}

void push(const RecognizerInput& in, size_t first, size_t end, uint32_t skip, EntityType type,
          std::vector<Mention>* out) {
  out->push_back(mention_over_tokens(in, first, end - 1, skip, type, Priority::kTriggeredName));
}

// `حملة بعنوان (…)`: the title of a campaign.
bool find_campaign_title(const RecognizerInput& in, size_t i, const LexiconMatch& head,
                         std::vector<Mention>* out) {
  if (!match_class(in, i, WordClass::kCampaignHead, ProcliticSkip::kFewest)) return false;
  size_t k = i + head.token_count;
  bool link = false;
  while (const size_t len = adjective_at(in, k, &link)) k += len;  // `حملة وطنية`
  if (auto intro = match_class(in, k, WordClass::kTitleIntro, ProcliticSkip::kNone)) k += intro->token_count;
  if (auto title = quoted_title(in, k)) {
    push(in, title->first, title->second, 0, EntityType::kEvent, out);
    return true;
  }
  return false;
}

// `العربية`, `الخليجية`: a region's adjective (nationalities.tsv, country
// `-`) names a recurring meeting: `القمة العربية`, `المنتدى الخليجي`.
bool regional_adjective_at(const RecognizerInput& in, size_t i) {
  if (!is_definite_word(in, i)) return false;
  const auto m = match_class(in, i, WordClass::kNationality, ProcliticSkip::kNone);
  return m && m->skip == 0 && !in.lexicon.entry(m->entry).attrs.empty() &&
         in.lexicon.entry(m->entry).attrs[0] == "-";
}

// A state's or region's adjective right after a definite head.
bool nationality_adjective_at(const RecognizerInput& in, size_t i) {
  const auto m = match_class(in, i, WordClass::kNationality, ProcliticSkip::kNone);
  return m && m->skip == 0 && is_definite_word(in, i);
}

// A GPE after ل at tokens[i] (`لتلمسان`, `لولاية وهران`, `ل|الجزائر`), with
// its place word: one past it, or 0.
size_t place_after_lam(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before) return 0;
  auto gpe_at = [&](size_t k) -> size_t {
    const auto m = known_name(in, k);
    return m && in.lexicon.entry(m->entry).cls == WordClass::kGpe ? k + m->token_count : 0;
  };
  if (proclitic_letter(in, i) == kLam) return gpe_at(i + 1);
  if (!is_arabic_word(in, i) || in.tokens[i].form[0] != kLam) return 0;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (m.skip != 1) continue;
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    if (cls == WordClass::kGpe) return i + m.token_count;
    if (cls == WordClass::kGpePrefix) {
      if (const size_t end = gpe_at(i + m.token_count)) return end;
    }
  }
  return 0;
}

void find_event(const RecognizerInput& in, size_t i, const LexiconMatch& head,
                std::vector<Mention>* out) {
  if (find_campaign_title(in, i, head, out)) return;
  const size_t head_end = i + head.token_count;
  const bool recurring = match_class(in, i, WordClass::kRecurringEvent, ProcliticSkip::kFewest).has_value();
  const bool definite = is_definite_word(in, head_end - 1);
  // A head that is also a given name, before a family name's nisba, is a
  // person (`عيد العتيبي`, not the feast `عيد الفطر`).
  // The nisba is read in the original spelling: `الأضحى` ends in alef
  // maqsura, which matching folds onto ي.
  if (head.token_count == 1 && match_class(in, i, WordClass::kGiven, ProcliticSkip::kFewest) &&
      is_definite_word(in, head_end) &&
      has_nisba_shape(std::u32string_view(in.tokens[head_end].form).substr(2))) {
    const std::u32string letters = original_letters(in, head_end);
    if (letters.empty() || letters.back() == kYeh) return;
  }
  // `الأسبوع الثقافي لتلمسان`, `الأيام الثقافية لولاية وهران`: a cultural
  // week presenting a place is named by it.
  if (match_class(in, i, WordClass::kPlaceWeekEvent, ProcliticSkip::kFewest)) {
    if (const size_t end = place_after_lam(in, head_end)) push(in, i, end, head.skip, EntityType::kEvent, out);
    return;
  }
  // `مفاوضات جدة`, `منبر الدوحة`: talks named by the city that hosts them;
  // a state after the head is a party to them (`مفاوضات مصر مع …`).
  if (match_class(in, i, WordClass::kHostCityEvent, ProcliticSkip::kFewest)) {
    const auto place = definite ? std::nullopt : known_name(in, head_end);
    if (place && in.lexicon.entry(place->entry).cls == WordClass::kGpe &&
        in.lexicon.entry(place->entry).file != "countries.tsv") {
      push(in, i, head_end + place->token_count, head.skip, EntityType::kEvent, out);
    }
    return;
  }
  if (recurring && !definite) {
    // `مهرجان "أيام قرطاج السينمائية"`: the head and its quoted title.
    if (const auto title = quoted_title(in, head_end); title && in.tokens[head_end].form != U"(") {
      push(in, i, title->second + 1, head.skip, EntityType::kEvent, out);
      return;
    }
  }
  ChainOptions options;
  options.place_in_name = true;
  options.year_in_name = true;
  options.prepositions_in_name = true;
  const NameChain chain = extend_name(in, head_end, is_definite_word(in, head_end - 1), options);
  if (chain.end <= head_end) return;
  // A recurring competition or festival is named by its genitive
  // (`كأس العالم`) or by its state (`الدوري السوري`).
  const bool recurring_name =
      recurring && (definite ? nationality_adjective_at(in, head_end) : chain.genitives > 0);
  if (chain.complements == 0 && chain.embedded_names == 0 && !chain.year &&
      !regional_adjective_at(in, head_end) && !recurring_name) {
    return;
  }
  push(in, i, chain.end, head.skip, EntityType::kEvent, out);
}

// `خطة العمل السنوية للجنة الفنية`: a ل phrase naming a body says whose
// plan it is, not which; it does not make the plan a name.
bool owner_complement(const RecognizerInput& in, size_t from, size_t end) {
  for (size_t k = from; k + 1 < end; ++k) {
    if (in.tokens[k].kind == TokenKind::kProclitic && proclitic_letter(in, k) == kLam) {
      return starts_other_name(in, k + 1);
    }
  }
  return false;
}

void find_policy(const RecognizerInput& in, size_t i, const LexiconMatch& head,
                 std::vector<Mention>* out) {
  // `في إطار …` is "within …".
  if (i > 0 && match_class(in, i, WordClass::kIdiomHead, ProcliticSkip::kFewest) && is_function_word(in, i - 1)) return;
  const size_t head_end = i + head.token_count;
  ChainOptions options;
  options.year_in_name = true;
  // A quoted title may be indefinite: `“خطة وطنية لمكافحة الاتجار بالبشر”`.
  options.indefinite_adjectives = after_opening_quote(in, i);
  const NameChain chain = extend_name(in, head_end, is_definite_word(in, head_end - 1), options);
  const size_t end = std::max(chain.end, head_end);
  const bool named_by_complement = chain.complements > 0 && !owner_complement(in, head_end, end);
  const bool named = named_by_complement || chain.embedded_names > 0 || chain.year ||
                     chain.genitives >= kLongIdafa || head.token_count >= kFullNameHeadTokens;
  if (named) push(in, i, end, head.skip, EntityType::kPolicy, out);
}

}  // namespace

void find_events_and_policies(const RecognizerInput& in, std::vector<Mention>* out) {
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    if (auto head = match_class(in, i, WordClass::kEventHead, ProcliticSkip::kFewest)) {
      find_event(in, i, *head, out);
    } else if (auto head = match_class(in, i, WordClass::kPolicyHead, ProcliticSkip::kFewest)) {
      find_policy(in, i, *head, out);
    }
  }
}

}  // namespace kashif
