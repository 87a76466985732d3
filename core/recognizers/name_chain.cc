#include "core/recognizers/name_chain.h"

#include <string>

#include "core/text/letters.h"

namespace kashif {

namespace {

constexpr std::u32string_view kFi = U"\u0641\u064A";  // في, the preposition "in"

bool ends_with(std::u32string_view s, std::u32string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The word after the article of a definite form.
std::u32string_view body_of(const Token& t) { return std::u32string_view(t.form).substr(2); }

// Verbal nouns of the افتعال pattern (`اتجار`, `التزام`, `اهتمام`) take their
// object with ب: `الاتجار بالبشر` is one name part, `حقوق الإنسان بالقرار` is not.
bool is_ifti_al(std::u32string_view body) {
  return (body.size() == 5 || body.size() == 6) && body[0] == kAlef &&
         (body[1] == kTeh || body[2] == kTeh) && body[body.size() - 2] == kAlef;
}

// Punctuation, a line break, the end of the text or `في` after tokens[i - 1].
bool at_boundary(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before) return true;
  const Token& t = in.tokens[i];
  return t.kind == TokenKind::kPunct || t.form == kFi;
}

bool is_place_word(const RecognizerInput& in, std::u32string_view form) {
  for (WordClass cls : {WordClass::kGpePrefix, WordClass::kPlaceNoun, WordClass::kGpe, WordClass::kLoc}) {
    if (in.lexicon.has_word(form, cls)) return true;
  }
  return false;
}

// A known GPE/LOC, or a place word like `دولة`, `منطقة`, at tokens[i].
bool place_at(const RecognizerInput& in, size_t i) {
  if (auto m = known_name(in, i); m && in.lexicon.entry(m->entry).cls != WordClass::kOrg) return true;
  return is_arabic_word(in, i) && is_place_word(in, in.tokens[i].form);
}


// Feminine active participle فاعلة (`العاملة`, `الشاملة`, `الهادفة`).
bool is_active_participle(const RecognizerInput& in, size_t i) {
  if (!is_definite_word(in, i)) return false;
  const std::u32string_view body = body_of(in.tokens[i]);
  return body.size() == 5 && body[1] == kAlef && body[4] == kHeh;
}

bool is_year(const Token& t) {
  return t.kind == TokenKind::kNumber && t.form.size() == 4 && (t.form[0] == U'1' || t.form[0] == U'2');
}

bool is_open_quote(char32_t c) { return c == U'\u00AB' || c == U'\u201C' || c == U'"'; }
char32_t closing_quote(char32_t c) {
  return c == U'\u00AB' ? U'\u00BB' : c == U'\u201C' ? U'\u201D' : U'"';
}

}  // namespace

// A word that opens another name: the chain must not coordinate it in
// (`… والهيئة العامة …` is a second body).
bool starts_other_name(const RecognizerInput& in, size_t i) {
  if (known_name(in, i)) return true;
  if (is_definite_word(in, i) && in.lexicon.has_word(body_of(in.tokens[i]), WordClass::kOrgHead)) return true;
  // `للجنة`: after ل the article's alef and lam fall; the other reading holds the head.
  const std::u32string& alt = in.tokens[i].alt_form;
  if (has_article(alt) && in.lexicon.has_word(std::u32string_view(alt).substr(2), WordClass::kOrgHead)) return true;
  for (WordClass cls : {WordClass::kOrgHead, WordClass::kTitle, WordClass::kRole, WordClass::kHonorific,
                        WordClass::kEventHead, WordClass::kPolicyHead}) {
    if (match_class(in, i, cls, ProcliticSkip::kNone)) return true;
  }
  return false;
}

// Nisba adjectives (`الكويتية`, `الدولي`, `الإقليميين`) by their ending:
// the open class of relational adjectives no list can hold.
bool has_nisba_shape(std::u32string_view body) {
  // The ي of a nisba follows a consonant; after an alef it is a root letter
  // of a noun (`حماية`, `جنايات`, `رعاية`).
  auto nisba_yeh_at = [&](size_t letters_after) {
    return body.size() >= letters_after + 3 && body[body.size() - letters_after - 2] != kAlef;
  };
  if (body.size() >= 4 && body.back() == kYeh && nisba_yeh_at(0)) return true;
  if (body.size() >= 4 && ends_with(body, std::u32string{kYeh, kHeh}) && nisba_yeh_at(1)) return true;
  for (const std::u32string& plural : {std::u32string{kYeh, kYeh, kNoon},
                                       std::u32string{kYeh, kWaw, kNoon},
                                       std::u32string{kYeh, kAlef, kTeh}}) {
    if (body.size() >= 6 && ends_with(body, plural) && nisba_yeh_at(2)) return true;
  }
  return false;
}

// A noun with an attached pronoun (`وكياناتها`, `شراكتنا`) is never inside a name.
bool has_pronoun_suffix(std::u32string_view form) {
  if (form.size() < 5) return false;
  for (const std::u32string& suffix : {std::u32string{kHeh, kAlef}, std::u32string{kHeh, kMeem},
                                       std::u32string{kNoon, kAlef}, std::u32string{kKaf, kMeem},
                                       std::u32string{kHeh, kMeem, kAlef}}) {
    if (ends_with(form, suffix)) return true;
  }
  return false;
}

bool has_pronoun_suffix_at(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size()) return false;
  if (has_pronoun_suffix(in.tokens[i].form)) return true;
  // `مرماه`, `خططه`: a final ه written as such, not as ة, is most often the
  // pronoun; `نصرالله`, `عبدالله` end in the name of God.
  const std::u32string letters = original_letters(in, i);
  static const std::u32string kAllah = U"\u0644\u0644\u0647";
  return letters.size() >= 4 && letters.back() == kHeh &&
         letters.compare(letters.size() - 3, 3, kAllah) != 0;
}

size_t adjective_at(const RecognizerInput& in, size_t i, bool* link) {
  *link = false;
  if (auto m = match_class(in, i, WordClass::kOrgModifier, ProcliticSkip::kNone)) {
    const auto& attrs = in.lexicon.entry(m->entry).attrs;
    *link = !attrs.empty() && attrs[0] == "link";
    return m->token_count;
  }
  if (auto m = match_class(in, i, WordClass::kNationality, ProcliticSkip::kNone)) return m->token_count;
  if (!is_definite_word(in, i)) return 0;
  const std::u32string_view body = body_of(in.tokens[i]);
  if (has_nisba_shape(body)) return 1;
  return participle_adjective(in, i) ? 1 : 0;
}

bool participle_adjective(const RecognizerInput& in, size_t i) {
  if (!is_definite_word(in, i)) return false;
  if (is_active_participle(in, i)) return true;
  // Feminine م- participle agreeing with a feminine noun (`التنمية المستدامة`).
  const std::u32string_view body = body_of(in.tokens[i]);
  return body.size() >= 5 && body[0] == kMeem && body.back() == kHeh && i > 0 &&
         !in.tokens[i - 1].form.empty() && in.tokens[i - 1].form.back() == kHeh;
}

bool is_function_word(const RecognizerInput& in, size_t i) {
  return is_arabic_word(in, i) && in.lexicon.has_word(in.tokens[i].form, WordClass::kFunctionWord);
}

bool is_preposition(const RecognizerInput& in, size_t i) {
  auto m = match_class(in, i, WordClass::kFunctionWord, ProcliticSkip::kNone);
  return m && !in.lexicon.entry(m->entry).attrs.empty() &&
         in.lexicon.entry(m->entry).attrs[0] == "preposition";
}

bool is_stop_word(const RecognizerInput& in, size_t i) {
  if (is_function_word(in, i)) return true;
  for (WordClass cls : {WordClass::kWeekday, WordClass::kMonth, WordClass::kDeictic}) {
    if (match_class(in, i, cls, ProcliticSkip::kNone)) return true;
  }
  return false;
}

std::optional<LexiconMatch> known_name(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size()) return std::nullopt;
  for (const LexiconMatch& m : in.matches_at(i)) {
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    if (m.skip == 0 && (cls == WordClass::kGpe || cls == WordClass::kLoc || cls == WordClass::kOrg)) return m;
  }
  return std::nullopt;
}

bool after_venue(const RecognizerInput& in, size_t i) {
  if (i == 0 || i >= in.tokens.size() || in.tokens[i].line_break_before) return false;
  for (const LexiconMatch& m : in.matches_at(i - 1)) {
    if (m.token_count != 1) continue;
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    if (cls == WordClass::kVenueHead) return true;
    // `مبنى محافظة دهوك`: the place word of the place inside the venue's name.
    if (cls == WordClass::kGpePrefix && m.skip == 0 && i >= 2 && after_venue(in, i - 1)) return true;
  }
  return false;
}

bool in_everyday_phrase(const RecognizerInput& in, size_t i) {
  for (size_t start = i >= 3 ? i - 3 : 0; start <= i && start < in.tokens.size(); ++start) {
    for (const LexiconMatch& m : in.matches_at(start)) {
      if (start + m.token_count > i && in.lexicon.entry(m.entry).cls == WordClass::kEverydayPhrase) return true;
    }
  }
  return false;
}

char32_t proclitic_letter(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].kind != TokenKind::kProclitic) return 0;
  return in.doc.text[in.tokens[i].begin];
}

std::u32string original_letters(const RecognizerInput& in, size_t i) {
  std::u32string out;
  if (i >= in.tokens.size() || in.original.empty()) return out;
  const Token& t = in.tokens[i];
  const OriginalSpan span = in.doc.to_original(t.begin, t.end);
  for (uint32_t k = span.start; k < span.end; ++k) {
    if (!is_arabic_mark(in.original[k])) out.push_back(in.original[k]);
  }
  return out;
}

NameChain extend_name(const RecognizerInput& in, size_t start, bool head_definite,
                      const ChainOptions& options) {
  const auto& tokens = in.tokens;
  const size_t n = tokens.size();
  NameChain out;  // what is committed: a complete name up to out.end
  out.end = start;
  NameChain work;  // counts up to the token being read

  bool open = !head_definite;     // the last noun is in construct, waiting for its genitive
  bool link = false;              // the last word is `المعني`-like, waiting for ب/ل
  bool governor_is_head = true;   // the noun in construct is the head itself
  bool takes_bi = false;          // the last noun is a verbal noun that takes ب (`الاتجار بـ`)
  bool nested_genitive = false;   // the last noun is the genitive of a non-head noun (`غسل الأموال`)
  bool after_name = false;        // the last unit is a known name: nothing is coordinated to it
  bool in_complement = false;     // inside a ل/ب phrase, where coordination is common
  const bool plural_head =
      start > 0 && ends_with(tokens[start - 1].form, std::u32string{kAlef, kTeh});

  bool last_is_noun = false;       // the last word taken is a noun (genitive or complement)
  bool participle_tail = false;   // after `الهادفة`-like participles, a ل phrase is their object
  auto commit = [&](size_t end) {
    if (open || link) return;
    work.end = end;
    work.year = out.year;
    work.quoted = out.quoted;
    out = work;
  };
  // A complement noun (after ل or ب): a known name is taken whole.
  auto take_complement = [&](size_t w) -> size_t {
    if (auto m = known_name(in, w)) {
      ++work.embedded_names;
      after_name = true;
      return w + m->token_count;
    }
    after_name = false;
    return w + 1;
  };

  size_t i = start;
  while (i < n) {
    const Token& t = tokens[i];
    if (t.line_break_before) break;

    if (t.kind == TokenKind::kPunct) {
      // A quoted title as the genitive of a construct noun: `بتنفيذ «الاستراتيجية الوطنية»`.
      const char32_t c = in.doc.text[t.begin];
      if (open && !governor_is_head && is_open_quote(c)) {
        const char32_t close = closing_quote(c);
        for (size_t k = i + 1; k < n && k < i + 16 && !tokens[k].line_break_before; ++k) {
          if (tokens[k].kind != TokenKind::kPunct) continue;
          if (in.doc.text[tokens[k].begin] == close && k > i + 1) {
            ++work.genitives;
            work.end = k + 1;
            work.quoted = true;
            out = work;
          }
          break;
        }
      }
      break;
    }

    if (t.kind == TokenKind::kNumber) {
      if (options.year_in_name && !open && !link && is_year(t)) {
        out = work;
        out.end = i + 1;
        out.year = true;
        if (i + 2 < n && tokens[i + 1].kind == TokenKind::kPunct && is_year(tokens[i + 2]) &&
            !tokens[i + 1].space_before && !tokens[i + 2].space_before) {
          out.end = i + 3;  // a range `2025-2028`
        }
      }
      break;
    }

    if (t.kind == TokenKind::kProclitic) {
      const size_t w = i + 1;
      if (w >= n || tokens[w].line_break_before || !is_arabic_word(in, w) || is_stop_word(in, w)) break;
      const char32_t letter = proclitic_letter(in, i);
      if (open) break;
      if (participle_tail && letter == kLam) break;
      if (letter == kLam || (letter == kBeh && (link || takes_bi))) {
        if (place_at(in, w)) break;  // `للكويت`, `بالكويت`: where, not which
        i = take_complement(w);
        last_is_noun = !after_name;
        ++work.complements;
        link = takes_bi = nested_genitive = false;
        in_complement = true;
        commit(i);
        continue;
      }
      if (letter == kWaw && !link && !after_name && !starts_other_name(in, w)) {
        // A coordinated noun (`والجريمة`, `والداخلية`). Outside a complement,
        // a plural like `والجهات` after a singular head starts a new phrase.
        if (!in_complement && !plural_head &&
            ends_with(tokens[w].form, std::u32string{kAlef, kTeh})) {
          break;
        }
        bool conjunct_link = false;
        if (adjective_at(in, w + 1, &conjunct_link) && conjunct_link) break;
        i = w + 1;
        last_is_noun = true;
        ++work.genitives;
        commit(i);
        continue;
      }
      break;
    }

    // `اليوم الدولي للقضاء على العنف ضد المرأة`: a verbal noun's preposition.
    if (options.prepositions_in_name && !open && !link && last_is_noun && in_complement &&
        is_preposition(in, i) && tokens[i].form != kFi && is_definite_word(in, i + 1) &&
        !tokens[i + 1].line_break_before && !place_at(in, i + 1) && !starts_other_name(in, i + 1)) {
      i += 2;
      commit(i);
      continue;
    }
    if (!is_arabic_word(in, i) || is_stop_word(in, i) || has_pronoun_suffix_at(in, i)) break;

    // `السعودية` after a closed phrase is the adjective, not the country.
    const bool nationality = !open && match_class(in, i, WordClass::kNationality, ProcliticSkip::kNone).has_value();
    if (auto m = nationality ? std::nullopt : known_name(in, i)) {
      const bool place = in.lexicon.entry(m->entry).cls != WordClass::kOrg;
      if (!open) break;  // a name after a closed phrase is a new entity
      if (place && options.place_ends_name) {
        // The role before the place; a place word taken as its genitive
        // belongs to the GPE (`رئيس حكومة إقليم كردستان`: GUIDE.md's
        // `إقليم`/`محافظة` + name).
        size_t role_end = i;
        if (role_end > start && match_class(in, role_end - 1, WordClass::kGpePrefix, ProcliticSkip::kNone)) --role_end;
        if (!governor_is_head || out.end > start) out.end = role_end;
        break;
      }
      i += m->token_count;
      open = false;
      after_name = true;
      last_is_noun = false;
      ++work.embedded_names;
      commit(i);
      continue;
    }

    if (is_definite_word(in, i)) {
      if (open) {
        takes_bi = !governor_is_head && is_ifti_al(body_of(t));
        nested_genitive = !governor_is_head;
        open = false;
        after_name = false;
        last_is_noun = true;
        ++work.genitives;
        commit(++i);
        continue;
      }
      bool is_link = false;
      // A participle qualifies the noun right before it (`للقوى العاملة`,
      // `التنمية المستدامة`); after an adjective it starts a clause
      // (`صحيفة تايمز البريطانية الصادرة اليوم`).
      // (`المصرية`, `المغربية` only look like participles.)
      if (!last_is_noun && participle_adjective(in, i) && !match_class(in, i, WordClass::kOrgModifier, ProcliticSkip::kNone) &&
          !nationality) {
        break;
      }
      // `الأردنية الاستراتيجية …`: a nisba-shaped word that opens another name.
      if (starts_other_name(in, i) && !match_class(in, i, WordClass::kNationality, ProcliticSkip::kNone)) break;
      if (const size_t len = adjective_at(in, i, &is_link)) {
        participle_tail = len == 1 && is_active_participle(in, i);
        i += len;
        link = is_link;
        takes_bi = nested_genitive = false;
        after_name = false;
        last_is_noun = false;
        ++work.adjectives;
        commit(i);
        continue;
      }
      break;
    }

    // An indefinite word.
    const std::u32string& form = t.form;
    if (open) {
      if (has_nisba_shape(form)) {
        // An indefinite adjective (`ورشة عمل تدريبية`): the phrase is not a
        // name, unless a quoted title allows it (`خطة وطنية`).
        if (!options.indefinite_adjectives || !governor_is_head) break;
        open = false;
        ++work.adjectives;
        commit(++i);
        continue;
      }
      // `ل…` cannot be a genitive: the construct noun is left without one;
      // nor can a function word behind a proclitic (`بكل`).
      if (form[0] == kLam && form.size() >= 4 && !in.matches_at(i).size()) break;
      if (in.lexicon.has_word(std::u32string_view(form).substr(1), WordClass::kFunctionWord)) break;
      // `جامعة بربينيان`: an unknown word that ends the phrase is a proper name.
      if (options.proper_noun_genitive && governor_is_head && at_boundary(in, i + 1) &&
          !has_nisba_shape(form) && form.back() != kHeh && in.matches_at(i).empty()) {
        open = false;
        last_is_noun = true;
        ++work.genitives;
        commit(++i);
        continue;
      }
      governor_is_head = false;
      last_is_noun = true;
      ++work.genitives;
      ++i;
      continue;
    }
    if (form.size() >= 4 && !match_class(in, i, WordClass::kOrgHead, ProcliticSkip::kNone) &&
        !(participle_tail && form[0] == kLam)) {
      const std::u32string_view rest = std::u32string_view(form).substr(1);
      const bool complement = form[0] == kLam || (form[0] == kBeh && (link || takes_bi));
      // `وتمويل الإرهاب`, but not `وتنفيذ أهداف التنمية المستدامة` (another name).
      const bool coordinated = form[0] == kWaw && (in_complement || nested_genitive) && !after_name &&
                               is_arabic_word(in, i + 1) && !tokens[i + 1].line_break_before &&
                               !starts_other_name(in, i + 1);
      if ((complement || coordinated) && !is_place_word(in, rest) &&
          !in.lexicon.has_word(rest, WordClass::kFunctionWord)) {
        // `لمكافحة الاتجار`, `بتنفيذ الاستراتيجية`, `وتهريب المهاجرين`.
        open = true;
        governor_is_head = false;
        link = takes_bi = nested_genitive = after_name = false;
        last_is_noun = true;
        if (complement) ++work.complements;
        in_complement = true;
        ++i;
        continue;
      }
    }
    break;
  }

  // `المنتدى … في الشرق الأوسط`: a region (not a city) after the whole name
  // is part of a regional event's name.
  if (options.place_in_name && out.end > start && out.end + 1 < n &&
      tokens[out.end].form == kFi && !tokens[out.end].line_break_before &&
      !tokens[out.end + 1].line_break_before) {
    if (auto m = known_name(in, out.end + 1); m && in.lexicon.entry(m->entry).cls == WordClass::kLoc) {
      out.end += 1 + m->token_count;
      ++out.embedded_names;
    }
  }
  return out;
}

}  // namespace kashif
