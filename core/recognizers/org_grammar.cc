#include "core/recognizers/org_grammar.h"

#include <algorithm>

#include "core/recognizers/listed_orgs.h"
#include "core/recognizers/name_chain.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

// The known ORG alias that starts at tokens[i] after `skip` proclitic
// letters, or a listed place name of several words that opens with an ORG
// head word (`قطاع غزة` is a GPE): the gazetteer names either.
std::optional<LexiconMatch> alias_at(const RecognizerInput& in, size_t i, uint32_t skip) {
  for (const LexiconMatch& m : in.matches_at(i)) {
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    const bool place = cls == WordClass::kGpe || cls == WordClass::kLoc;
    if (m.skip == skip && (cls == WordClass::kOrg || (m.token_count > 1 && place))) return m;
  }
  return std::nullopt;
}

bool after_demonstrative(const RecognizerInput& in, size_t i) {
  if (i == 0 || in.tokens[i].line_break_before) return false;
  auto m = match_class(in, i - 1, WordClass::kFunctionWord, ProcliticSkip::kNone);
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
  if (auto m = match_class(in, i, WordClass::kOrgHead, ProcliticSkip::kFewest)) {
    const size_t last = i + m->token_count - 1;
    const std::u32string_view word = std::u32string_view(t.form).substr(m->skip);
    const bool one_word = m->token_count == 1;
    return Head{m->token_count, m->skip, is_definite_word(in, last),
                one_word && in.lexicon.has_word(word, WordClass::kMasdarHead),
                one_word && in.lexicon.has_word(word, WordClass::kStateHead)};
  }
  if (!is_arabic_word(in, i)) return std::nullopt;
  for (const std::u32string* form : {&t.form, &t.alt_form}) {
    if (!has_article(*form)) continue;
    const std::u32string_view body = std::u32string_view(*form).substr(2);
    // A definite plural (`الوزارات`, `الهيئات`) refers to bodies in general.
    if (body.size() > 2 && body.substr(body.size() - 2) == U"\u0627\u062A") return std::nullopt;
    if (in.lexicon.has_word(body, WordClass::kOrgHead)) {
      return Head{1, 0, true, in.lexicon.has_word(body, WordClass::kMasdarHead),
                  in.lexicon.has_word(body, WordClass::kStateHead)};
    }
  }
  return std::nullopt;
}

// `أحزاب "العمل" و"نماء"`, `حركتي «فتح» و«حماس»`: after a plural or dual
// class noun each quoted name, joined by و, is an ORG of its own, without
// head or quotes (GUIDE.md). Returns where the list ends, or i.
size_t quoted_list_after_plural(const RecognizerInput& in, size_t i, std::vector<Mention>* out) {
  const auto head = match_class(in, i, WordClass::kOrgClassPlural, ProcliticSkip::kFewest);
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
  if (has_article(head) && has_nisba_shape(head.substr(2)) && proclitic_letter(in, head_end) == kWaw &&
      is_definite_word(in, head_end + 1) &&
      has_nisba_shape(std::u32string_view(in.tokens[head_end + 1].form).substr(2))) {
    return true;
  }
  if (proclitic_letter(in, head_end) == kLam) return true;  // `ل|الدراسات`
  return is_arabic_word(in, head_end) && !in.tokens[head_end].line_break_before &&
         in.tokens[head_end].form.size() >= 4 && in.tokens[head_end].form[0] == kLam &&
         !has_article(in.tokens[head_end].form) && chain.end > head_end;
}


// `المكتب السياسي لـ«حماس»`, `اللجنة المركزية لحركة فتح`: a unit named by a
// generic head and adjectives, then ل and its parent body, is one name
// (GUIDE.md: a unit named against its parent). The parent is a quoted name
// after a detached `لـ`, or a listed body glued to its ل; a place after ل
// says where, and the tokenizer's ل + ال split is the name chain's own.
// Returns one past the parent, or 0.
size_t parent_body_end(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before || !is_arabic_word(in, i)) return 0;
  if (in.tokens[i].form == std::u32string(1, kLam)) return quoted_name_end(in, i + 1);
  for (const LexiconMatch& m : in.matches_at(i)) {
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    if (m.skip == 1 && in.tokens[i].form[0] == kLam && (cls == WordClass::kOrg || cls == WordClass::kOrgName)) {
      return i + m.token_count;
    }
  }
  return 0;
}

// `قال المتحدث باسم وزارة الصحة لقناة الجزيرة`: ل before an outlet is
// whom the body spoke to, not part of its name. One past the name's last
// word before such a phrase, or end.
size_t before_outlet_complement(const RecognizerInput& in, size_t head_end, size_t end) {
  for (size_t k = head_end; k < end; ++k) {
    const std::u32string& form = in.tokens[k].form;
    if (is_arabic_word(in, k) && form.size() > 3 && form[0] == kLam &&
        in.lexicon.has_word(std::u32string_view(form).substr(1), WordClass::kMediaHead)) {
      return k;
    }
  }
  return end;
}

// `المنتخب الوطني لكرة القدم لخوض مونديال روسيا`: an event's head inside
// the chain opens another name, and the ل phrase that leads to it is the
// purpose of the sentence, not part of the body's name. One past the name
// before that phrase, or end.
size_t before_event_phrase(const RecognizerInput& in, size_t head_end, size_t end) {
  auto lam_phrase_at = [&](size_t j) {
    return (is_arabic_word(in, j) && in.tokens[j].form[0] == kLam && !has_article(in.tokens[j].form)) ||
           proclitic_letter(in, j) == kLam;
  };
  for (size_t k = head_end + 1; k < end; ++k) {
    if (!match_class(in, k, WordClass::kEventHead, ProcliticSkip::kFewest)) continue;
    // Only a second ل phrase: with one (`اللجنة العليا لتنظيم مهرجان …`) the
    // event is what the body is for.
    size_t j = k;
    while (j > head_end && !lam_phrase_at(j)) --j;
    for (size_t first = head_end; j > head_end && first < j; ++first) {
      if (lam_phrase_at(first)) return j;
    }
    return end;
  }
  return end;
}

// `لشركة صوملك محمد سالم …`: a word no list knows right after an
// indefinite head, then a given name: the unknown word is the body's proper
// name and the person after it another entity, whether or not the chain
// read the person's name as more genitives.
bool proper_name_before_person(const RecognizerInput& in, size_t head_end) {
  return is_arabic_word(in, head_end) && !is_definite_word(in, head_end) &&
         in.matches_at(head_end).empty() && !in.tokens[head_end + 1].line_break_before &&
         match_class(in, head_end + 1, WordClass::kGiven, ProcliticSkip::kNone).has_value();
}

// `الفريق الاشتراكي`, `فريق الأصالة والمعاصرة`, `الفريق الاستقلالي للوحدة
// والتعادلية`: a parliamentary group by its political nisba or its party's
// listed name (a club after `فريق` is the club alone: listed_orgs.h).
// One past the group's name, or 0.
size_t parliamentary_group_end(const RecognizerInput& in, size_t i) {
  const auto head = match_class(in, i, WordClass::kGroupHead, ProcliticSkip::kFewest);
  if (!head) return 0;
  const size_t next = i + head->token_count;
  if (next >= in.tokens.size() || in.tokens[next].line_break_before) return 0;
  if (const auto party = match_class(in, next, WordClass::kOrgName, ProcliticSkip::kNone)) return next + party->token_count;
  if (!is_definite_word(in, i) || !match_class(in, next, WordClass::kPoliticalNisba, ProcliticSkip::kNone)) return 0;
  ChainOptions options;
  const NameChain chain = extend_name(in, next + 1, /*head_definite=*/true, options);
  return std::max(chain.end, next + 1);
}

// `دارة الملك عبدالعزيز`, `مستشفى الأمير سلطان العسكري`, `مركز الملك فيصل
// للبحوث`: a body named after a person by title and name. After a title
// genitive the chain stops at the (indefinite) name; the person's names and
// nasab particles are part of the body's name, and the chain goes on after
// them. One past the name, or end.
size_t through_eponym(const RecognizerInput& in, size_t end, const ChainOptions& options) {
  if (end == 0 || !match_class(in, end - 1, WordClass::kTitle, ProcliticSkip::kNone) ||
      !match_class(in, end, WordClass::kGiven, ProcliticSkip::kNone)) {
    return end;
  }
  constexpr size_t kMaxNameWords = 5;
  size_t p = end;
  while (p < end + kMaxNameWords && !in.tokens[p].line_break_before &&
         (match_class(in, p, WordClass::kGiven, ProcliticSkip::kNone) ||
          (p > end && match_class(in, p, WordClass::kNasab, ProcliticSkip::kNone)))) {
    ++p;
  }
  if (match_class(in, p - 1, WordClass::kNasab, ProcliticSkip::kNone)) --p;
  const NameChain rest = extend_name(in, p, /*head_definite=*/true, options);
  return std::max(rest.end, p);
}

// `متحف الفن الحديث التابع لمؤسسة قطر …`: a parent named in full after
// `التابع ل` (an indefinite head with its own name) is an entity of its own;
// a generic parent stays in the unit's name (`فرع البريد التابع للوكالة`,
// GUIDE.md). One past the unit's name before such a phrase, or end.
size_t before_named_parent(const RecognizerInput& in, size_t head_end, size_t end) {
  for (size_t k = head_end; k + 1 < end; ++k) {
    const auto link = match_class(in, k, WordClass::kOrgModifier, ProcliticSkip::kNone);
    if (!link || in.lexicon.entry(link->entry).attrs.empty() ||
        in.lexicon.entry(link->entry).attrs[0] != "link") {
      continue;
    }
    const size_t p = k + link->token_count;
    const std::u32string& form = in.tokens[p].form;
    if (is_arabic_word(in, p) && form.size() > 3 && form[0] == kLam && !has_article(form) &&
        in.lexicon.has_word(std::u32string_view(form).substr(1), WordClass::kOrgHead)) {
      return k;
    }
  }
  return end;
}

bool ends_feminine(const std::u32string& form) { return !form.empty() && form.back() == kHeh; }

// `جماعة أنصار الله الحوثية`, `حركة النهضة الإسلامية`: a listed body with a
// feminine head takes a feminine nisba that agrees with it and is no
// state's adjective (the gazetteer's own case: `مجلس الوزراء السعودي`), as
// one name with the listed one's canonical key. Returns the mention, if any.
std::optional<Mention> listed_name_with_nisba(const RecognizerInput& in, size_t i,
                                              const LexiconMatch& alias) {
  const size_t e = i + alias.token_count;
  if (alias.token_count < 2 || !agreeing_nisba_after(in, i, e)) return std::nullopt;
  Mention m = mention_over_tokens(in, i, e, alias.skip, EntityType::kOrg, Priority::kTriggeredName);
  const LexiconEntry& entry = in.lexicon.entry(alias.entry);
  if (!entry.attrs.empty()) m.canonical = in.lexicon.primary_phrase(entry.cls, entry.attrs[0]);
  return m;
}

// `وكيل وزارة الخارجية السوداني`: a masculine nisba after a feminine head
// and a feminine last noun agrees with neither; it qualifies a word before
// the name (the role), so the name ends before it.
bool disagreeing_adjective(const RecognizerInput& in, size_t first, size_t last) {
  if (last <= first + 1 || !is_definite_word(in, last)) return false;
  const std::u32string_view body = std::u32string_view(in.tokens[last].form).substr(2);
  if (body.empty() || body.back() != kYeh || !has_nisba_shape(body)) return false;
  // `الأولى` folds onto a nisba's shape; its alef maqsura is feminine.
  const std::u32string letters = original_letters(in, last);
  if (!letters.empty() && letters.back() == kAlefMaksura) return false;
  for (size_t k = first; k < last; ++k) {
    if (!is_arabic_word(in, k) || !ends_feminine(in.tokens[k].form)) return false;
  }
  return true;
}

// `الوحدة السعودي` in a sports story is the listed club (listed_orgs.h), not
// a unit (`وحدة`) with an adjective.
bool club_at(const RecognizerInput& in, size_t i, bool sports_story) {
  if (!sports_story) return false;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (in.lexicon.entry(m.entry).cls == WordClass::kClub) return true;
  }
  return false;
}

}  // namespace

void find_org_names(const RecognizerInput& in, std::vector<Mention>* out) {
  const bool sports_story = is_sports_story(in);
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    if (const size_t end = quoted_list_after_plural(in, i, out); end > i) {
      i = end - 1;
      continue;
    }
    if (const size_t end = parliamentary_group_end(in, i)) {
      const auto head = match_class(in, i, WordClass::kGroupHead, ProcliticSkip::kFewest);
      out->push_back(mention_over_tokens(in, i, end - 1, head->skip, EntityType::kOrg,
                                         Priority::kTriggeredName));
      i = end - 1;
      continue;
    }
    // `هيئة الدفاع` (the defence counsel), `الوحدة الوطنية` (national unity).
    if (match_class(in, i, WordClass::kGenericBodyPhrase, ProcliticSkip::kFewest)) continue;
    const auto head = head_at(in, i);
    if (!head || club_at(in, i, sports_story)) continue;
    if (const auto alias = alias_at(in, i, head->skip)) {
      if (auto m = listed_name_with_nisba(in, i, *alias)) out->push_back(std::move(*m));
      continue;
    }
    // `قانون بشأن إدارة الموارد البشرية`: the law's topic, no body.
    if (head->masdar && i > 0 && match_class(in, i - 1, WordClass::kTopicWord, ProcliticSkip::kNone)) continue;
    // `البرنامج الوطني …` is a plan, `المؤتمر الدولي …` an event: a longer
    // plan or event head at the same word wins over the ORG head.
    bool other_head = false;
    for (WordClass cls : {WordClass::kPolicyHead, WordClass::kEventHead}) {
      auto m = match_class(in, i, cls, ProcliticSkip::kFewest);
      other_head = other_head || (m && m->token_count > head->tokens);
    }
    if (other_head) continue;
    if (head->definite && after_demonstrative(in, i)) continue;
    const size_t head_end = i + head->tokens;
    if (head->state) {
      // `الحكومة الليبية` is no name, `حكومة الكويت` the GPE.
      if (head->definite) continue;
      if (match_class(in, head_end, WordClass::kGpePrefix, ProcliticSkip::kNone)) continue;  // `حكومة دولة الكويت`
      const auto place = known_name(in, head_end);
      if (place && in.lexicon.entry(place->entry).cls == WordClass::kGpe) continue;
    }
    // `حزب «الأمة القومي»`, `صحيفة «الوطن»`: a quoted name right after an
    // indefinite one-word head is one name with it, quotes inside (GUIDE.md).
    // `قيادة «حماس»` is the movement's leadership: the quoted name stands alone.
    if (!head->definite && head->tokens == 1 && !match_class(in, i, WordClass::kEventHead, ProcliticSkip::kFewest) &&
        !match_class(in, i, WordClass::kPartHead, ProcliticSkip::kFewest)) {
      if (const size_t end = quoted_name_end(in, head_end)) {
        out->push_back(mention_over_tokens(in, i, end - 1, head->skip, EntityType::kOrg,
                                           Priority::kTriggeredName));
        i = end - 1;
        continue;
      }
    }
    // `شركة Apple`, `وكالة Reuters`: a class noun before a name in Latin
    // letters (GUIDE.md: the class noun is part of the span).
    if (!head->definite && head->tokens == 1 && match_class(in, i, WordClass::kLatinClassNoun, ProcliticSkip::kFewest)) {
      size_t end = head_end;
      constexpr size_t kMaxLatinWords = 3;
      while (end < head_end + kMaxLatinWords && end < in.tokens.size() &&
             !in.tokens[end].line_break_before && in.tokens[end].kind == TokenKind::kWord &&
             !in.tokens[end].arabic) {
        ++end;
      }
      if (end > head_end) {
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
    const bool person_after = !head->definite && !head->masdar && head_end + 1 < in.tokens.size() &&
                              proper_name_before_person(in, head_end);
    if (!named && !person_after) continue;
    size_t end = before_outlet_complement(in, head_end, std::max(chain.end, head_end));
    end = before_event_phrase(in, head_end, end);
    if (end > head_end) end = through_eponym(in, end, options);
    end = before_named_parent(in, head_end, end);
    if (person_after) end = head_end + 1;
    if (head->definite && chain.genitives == 0 && chain.adjectives > 0 && chain.end == end) {
      if (const size_t parent = parent_body_end(in, end)) end = parent;
    }
    if (disagreeing_adjective(in, i, end - 1)) --end;
    // `شركة النور للتجارة ذ.م.م`: the legal form closes a company's name.
    if (const auto form = match_class(in, end, WordClass::kLegalForm, ProcliticSkip::kNone)) {
      if (!in.tokens[end].line_break_before) end += form->token_count;
    }
    // `نادي بريست الفرنسي` in a sports story: the country's adjective says
    // where the club plays (listed_orgs.h); outside sport it may be part of
    // a body's name (`نادي الأسير الفلسطيني`).
    if (end > head_end + 1 && match_class(in, i, WordClass::kClubCue, ProcliticSkip::kFewest) && sports_story &&
        match_class(in, end - 1, WordClass::kNationality, ProcliticSkip::kNone) &&
        !match_class(in, end - 2, WordClass::kClubNameWord, ProcliticSkip::kNone)) {
      --end;
    }
    Mention m = mention_over_tokens(in, i, end - 1, head->skip, EntityType::kOrg,
                                    Priority::kTriggeredName);
    out->push_back(std::move(m));
  }
}

}  // namespace kashif
