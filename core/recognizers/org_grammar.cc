#include "core/recognizers/org_grammar.h"

#include <algorithm>

#include "core/recognizers/name_chain.h"

namespace kashif {

namespace {

// The known ORG alias that starts at tokens[i] after `skip` proclitic
// letters, or a listed place name of several words that opens with an ORG
// head word (`قطاع غزة` is a GPE): the gazetteer names either.
std::optional<LexiconMatch> alias_at(const RecognizerInput& in, size_t i, uint32_t skip) {
  for (const LexiconMatch& m : in.matches_at(i)) {
    const std::string& cls = in.lexicon.entry(m.entry).cls;
    if (m.skip == skip && (cls == "ORG" || (m.token_count > 1 && (cls == "GPE" || cls == "LOC")))) return m;
  }
  return std::nullopt;
}

bool after_demonstrative(const RecognizerInput& in, size_t i) {
  if (i == 0 || in.tokens[i].line_break_before) return false;
  auto m = match_class(in, i - 1, "function_word");
  return m && in.lexicon.entry(m->entry).attrs.size() > 0 &&
         in.lexicon.entry(m->entry).attrs[0] == "demonstrative";
}

struct Head {
  size_t tokens;
  uint32_t skip;   // proclitic letters before the head
  bool definite;   // the head's last word has the article
  bool masdar;     // a head that is as often a verbal noun (`إدارة`)
  bool state;      // a body named by what it is, not by its state (`حكومة`)
};

// The listed heads are bare nouns (`لجنة`) or fixed phrases (`الهيئة العامة`);
// a bare noun with the article (`اللجنة`, `للجنة`) is the same head.
std::optional<Head> head_at(const RecognizerInput& in, size_t i) {
  const Token& t = in.tokens[i];
  if (auto m = match_class(in, i, "org_head", /*allow_skip=*/true)) {
    const size_t last = i + m->token_count - 1;
    const std::u32string_view word = std::u32string_view(t.form).substr(m->skip);
    const bool one_word = m->token_count == 1;
    return Head{m->token_count, m->skip, is_definite_word(in, last),
                one_word && in.lexicon.has_word(word, "masdar_head"),
                one_word && in.lexicon.has_word(word, "state_head")};
  }
  if (!is_arabic_word(in, i)) return std::nullopt;
  for (const std::u32string* form : {&t.form, &t.alt_form}) {
    if (!has_article(*form)) continue;
    const std::u32string_view body = std::u32string_view(*form).substr(2);
    // A definite plural (`الوزارات`, `الهيئات`) refers to bodies in general.
    if (body.size() > 2 && body.substr(body.size() - 2) == U"\u0627\u062A") return std::nullopt;
    if (in.lexicon.has_word(body, "org_head")) {
      return Head{1, 0, true, in.lexicon.has_word(body, "masdar_head"),
                  in.lexicon.has_word(body, "state_head")};
    }
  }
  return std::nullopt;
}

// `أحزاب "العمل" و"نماء"`, `حركتي «فتح» و«حماس»`: after a plural or dual
// class noun each quoted name, joined by و, is an ORG of its own, without
// head or quotes (GUIDE.md). Returns where the list ends, or i.
size_t quoted_list_after_plural(const RecognizerInput& in, size_t i, std::vector<Mention>* out) {
  const auto head = match_class(in, i, "org_class_plural", /*allow_skip=*/true);
  if (!head) return i;
  size_t p = i + head->token_count;
  for (;;) {
    const size_t end = quoted_name_end(in, p);
    if (end == 0) break;
    out->push_back(mention_over_tokens(in, p + 1, end - 2, 0, EntityType::kOrg,
                                       Priority::kTriggeredName));
    p = end;
    if (!(is_arabic_word(in, p) && in.tokens[p].form == U"\u0648")) break;  // a standalone و
    ++p;
  }
  return p > i + head->token_count ? p : i;
}


// A definite one-word head that reads as an ordinary noun or adjective here:
//  - followed by a coordinated nisba adjective, it is an adjective itself
//    (`المجالس البلدية والولائية`, `الشهادات الأكاديمية والمهنية`);
//  - with a ل complement and no adjective before it, the complement is the
//    noun's purpose, not its name (`المنظمة لمواجهة التحديات`): named
//    bodies put their adjective first (`المنظمة الدولية للهجرة`).
bool generic_reading(const RecognizerInput& in, size_t i, size_t head_end, const NameChain& chain) {
  const std::u32string_view head(in.tokens[i].form);
  if (has_article(head) && has_nisba_shape(head.substr(2)) && proclitic_letter(in, head_end) == U'\u0648' &&
      is_definite_word(in, head_end + 1) &&
      has_nisba_shape(std::u32string_view(in.tokens[head_end + 1].form).substr(2))) {
    return true;
  }
  constexpr char32_t kLam = U'\u0644';
  if (proclitic_letter(in, head_end) == kLam) return true;  // `ل|الدراسات`
  return is_arabic_word(in, head_end) && !in.tokens[head_end].line_break_before &&
         in.tokens[head_end].form.size() >= 4 && in.tokens[head_end].form[0] == kLam &&
         !has_article(in.tokens[head_end].form) && chain.end > head_end;
}

}  // namespace

void find_org_names(const RecognizerInput& in, std::vector<Mention>* out) {
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    if (const size_t end = quoted_list_after_plural(in, i, out); end > i) {
      i = end - 1;
      continue;
    }
    const auto head = head_at(in, i);
    if (!head || alias_at(in, i, head->skip)) continue;
    // `البرنامج الوطني …` is a plan, `المؤتمر الدولي …` an event: a longer
    // plan or event head at the same word wins over the ORG head.
    bool other_head = false;
    for (std::string_view cls : {"policy_head", "event_head"}) {
      auto m = match_class(in, i, cls, /*allow_skip=*/true);
      other_head = other_head || (m && m->token_count > head->tokens);
    }
    if (other_head) continue;
    if (head->definite && after_demonstrative(in, i)) continue;
    const size_t head_end = i + head->tokens;
    if (head->state) {
      // `الحكومة الليبية` is no name, `حكومة الكويت` the GPE.
      if (head->definite) continue;
      if (match_class(in, head_end, "gpe_prefix")) continue;  // `حكومة دولة الكويت`
      const auto place = known_name(in, head_end);
      if (place && in.lexicon.entry(place->entry).cls == "GPE") continue;
    }
    // `حزب «الأمة القومي»`, `صحيفة «الوطن»`: a quoted name right after an
    // indefinite one-word head is one name with it, quotes inside (GUIDE.md).
    if (!head->definite && head->tokens == 1 && !match_class(in, i, "event_head", true)) {
      if (const size_t end = quoted_name_end(in, head_end)) {
        out->push_back(mention_over_tokens(in, i, end - 1, head->skip, EntityType::kOrg,
                                           Priority::kTriggeredName));
        i = end - 1;
        continue;
      }
    }
    ChainOptions options;
    options.proper_noun_genitive = true;
    const NameChain chain = extend_name(in, head_end, head->definite, options);
    // A definite head names a body with a modifier, or when it is itself a
    // fixed two-word name (`النيابة العامة`); an indefinite one needs its
    // genitive, and a verbal-noun head more than a plain one (`إدارة حقوق
    // الإنسان`, not `إدارة السفر`).
    bool named = chain.end > head_end || (head->definite && head->tokens > 1);
    if (head->definite && head->tokens == 1 && generic_reading(in, i, head_end, chain)) continue;
    // Quotes around the whole name (`"حركة البناء"`) say it is one.
    if (head->masdar && !(head->skip == 0 && fills_quotes(in, i, chain.end))) {
      named = named && (chain.genitives >= 2 || chain.embedded_names > 0 || chain.complements > 0);
    }
    if (!named) continue;
    const size_t end = std::max(chain.end, head_end);
    Mention m = mention_over_tokens(in, i, end - 1, head->skip, EntityType::kOrg,
                                    Priority::kTriggeredName);
    out->push_back(std::move(m));
  }
}

}  // namespace kashif
