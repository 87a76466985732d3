#include "core/recognizers/listed_orgs.h"

#include <set>

#include "core/recognizers/name_chain.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

// Distinct sport words that make a text a sports story: one alone (`الموسم`,
// `هدف`) is everyday Arabic.
constexpr size_t kSportCuesForStory = 3;

}  // namespace

bool is_sports_story(const RecognizerInput& in) {
  std::set<uint32_t> cues;
  for (size_t i = 0; i < in.tokens.size() && cues.size() < kSportCuesForStory; ++i) {
    if (const auto m = match_class(in, i, WordClass::kSportCue, ProcliticSkip::kNone)) cues.insert(m->entry);
  }
  return cues.size() >= kSportCuesForStory;
}

namespace {

bool after_venue_word(const RecognizerInput& in, size_t i) {
  if (i == 0 || in.tokens[i].line_break_before) return false;
  const auto m = match_class(in, i - 1, WordClass::kVenue, ProcliticSkip::kNone);
  return m && m->token_count == 1;
}


// A country's adjective after a club's name says where the club plays; the
// name ends before it (`الوحدة السعودي` → `الوحدة`, `نادي بريست الفرنسي` →
// `نادي بريست`), a city's nisba stays (`الوداد البيضاوي`).
// After `الرياضي` the adjective is part of a club's registered full name
// (`الترجي الرياضي التونسي`), and stays.
bool country_adjective_at(const RecognizerInput& in, size_t i) {
  const auto m = match_class(in, i, WordClass::kNationality, ProcliticSkip::kNone);
  return m && m->token_count == 1 && is_definite_word(in, i) &&
         !(i > 0 && match_class(in, i - 1, WordClass::kClubNameWord, ProcliticSkip::kNone));
}

// A definite nisba right after a club's name that is no country's adjective
// and opens nothing else: the club's city (`البيضاوي`, `السكندري`).
bool city_nisba_at(const RecognizerInput& in, size_t i) {
  if (!is_definite_word(in, i) || in.tokens[i].line_break_before) return false;
  const std::u32string_view body = std::u32string_view(in.tokens[i].form).substr(2);
  return has_nisba_shape(body) && body.back() == kYeh && in.matches_at(i).empty();
}

// A word of an unlisted club's name after its cue (`فريق ويستهام`): no article,
// no function word, no given name; after the plain preposition `من` nothing
// the lexicon knows at all, after `فريق`/`نادي` also a place (`فريق قطر`).
bool club_name_word(const RecognizerInput& in, size_t i, bool strong_cue) {
  if (!is_arabic_word(in, i) || in.tokens[i].line_break_before || is_definite_word(in, i) ||
      is_stop_word(in, i)) {
    return false;
  }
  const auto& matches = in.matches_at(i);
  if (matches.empty()) return true;
  if (!strong_cue) return false;
  for (const LexiconMatch& m : matches) {
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    if (m.skip == 0 && cls != WordClass::kGpe && cls != WordClass::kClub) return false;
  }
  return true;
}

// `لاعب فريق ويستهام الإنجليزي`, `انتقل من أنجي الفرنسي`: in a sports
// story, a cue, one to three words no list knows, then a country's
// adjective, is a club. Returns one past the name, or 0.
constexpr size_t kMaxClubWords = 3;
size_t unlisted_club_end(const RecognizerInput& in, size_t cue, bool strong_cue) {
  size_t p = cue + 1;
  while (p < cue + 1 + kMaxClubWords && club_name_word(in, p, strong_cue)) ++p;
  if (p == cue + 1 || in.tokens[p].line_break_before || !country_adjective_at(in, p)) return 0;
  return p;
}

// `وصل "أمد للإعلام" نسخة منه`: a quoted name whose last word is an
// outlet's (`للإعلام`, `نيوز`, `الإخبارية`; name_cues.tsv media_tail) is
// the outlet, without its quotes (GUIDE.md). One past the closer, or 0.
size_t quoted_outlet_end(const RecognizerInput& in, size_t open, std::vector<Mention>* out) {
  const size_t close_end = quoted_name_end(in, open);
  if (close_end < open + 4) return 0;  // the tail and a word before it
  const size_t last = close_end - 2;
  // `للإعلام` is ل + `الإعلام` (the matching form restores the article).
  const bool after_lam = proclitic_letter(in, last - 1) == kLam && last - 1 > open + 1 &&
                         in.lexicon.has_word(in.tokens[last].form, WordClass::kMediaTailAfterLam);
  if (!after_lam && !match_class(in, last, WordClass::kMediaTail, ProcliticSkip::kNone)) return 0;
  out->push_back(mention_over_tokens(in, open + 1, last, 0, EntityType::kOrg, Priority::kPattern));
  return close_end;
}

// `PUKmedia`, `AlsumariaNews`: one Latin word in Arabic text that ends in
// an outlet's word (name_cues.tsv media_tail_latin: media, news, press, tv)
// is the outlet. Addresses (`www.….com`) are CONTACT tokens of their own.
bool latin_outlet_at(const RecognizerInput& in, size_t i) {
  const Token& t = in.tokens[i];
  if (t.kind != TokenKind::kWord || t.arabic || t.form.size() < 5) return false;
  std::u32string lower;
  for (char32_t c : t.form) {
    if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
    if (c < U'a' || c > U'z') return false;
    lower.push_back(c);
  }
  // A Latin word among Latin words is an English phrase, not a name in Arabic text.
  auto latin = [&](size_t k) {
    return k < in.tokens.size() && in.tokens[k].kind == TokenKind::kWord && !in.tokens[k].arabic;
  };
  if ((i > 0 && latin(i - 1)) || latin(i + 1)) return false;
  constexpr size_t kMinTail = 2, kMaxTail = 5;
  for (size_t n = kMinTail; n <= kMaxTail && n + 2 <= lower.size(); ++n) {
    if (in.lexicon.has_word(std::u32string_view(lower).substr(lower.size() - n), WordClass::kMediaTailLatin)) {
      return true;
    }
  }
  return false;
}

}  // namespace

bool agreeing_nisba_after(const RecognizerInput& in, size_t first, size_t e) {
  auto feminine = [](const std::u32string& form) { return !form.empty() && form.back() == kHeh; };
  if (e >= in.tokens.size() || in.tokens[e].line_break_before || !feminine(in.tokens[first].form) ||
      !is_definite_word(in, e) || !feminine(in.tokens[e].form) ||
      !has_nisba_shape(std::u32string_view(in.tokens[e].form).substr(2))) {
    return false;
  }
  // A region's adjective (`الإسلامية`, nationalities.tsv country `-`) may
  // belong to a name; a state's is the gazetteer's.
  if (const auto nat = match_class(in, e, WordClass::kNationality, ProcliticSkip::kNone)) {
    const auto& attrs = in.lexicon.entry(nat->entry).attrs;
    if (attrs.empty() || attrs[0] != "-") return false;
  }
  // Nothing a list knows but a name's adjective (`الإسلامية`).
  for (const LexiconMatch& m : in.matches_at(e)) {
    const WordClass cls = in.lexicon.entry(m.entry).cls;
    if (cls != WordClass::kOrgModifier && cls != WordClass::kNationality) return false;
  }
  return true;
}

void find_listed_orgs(const RecognizerInput& in, std::vector<Mention>* out) {
  const bool sports_story = is_sports_story(in);
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    if (latin_outlet_at(in, i)) {
      out->push_back(mention_over_tokens(in, i, i, 0, EntityType::kOrg, Priority::kPattern));
      continue;
    }
    if (const size_t end = quoted_outlet_end(in, i, out)) {
      i = end - 1;
      continue;
    }
    if (sports_story) {
      const auto strong = match_class(in, i, WordClass::kClubCue, ProcliticSkip::kFewest);
      const bool weak = !strong && match_class(in, i, WordClass::kClubCueWeak, ProcliticSkip::kNone).has_value();
      if (strong || weak) {
        if (const size_t end = unlisted_club_end(in, i, strong.has_value())) {
          // `نادي` is a class noun and part of the name (GUIDE.md), `فريق` no.
          const bool head_inside = strong && in.lexicon.entry(strong->entry).attrs.size() > 0 &&
                                   in.lexicon.entry(strong->entry).attrs[0] == "in_name";
          const size_t first = head_inside ? i : i + 1;
          out->push_back(mention_over_tokens(in, first, end - 1, head_inside ? strong->skip : 0,
                                             EntityType::kOrg, Priority::kTriggeredName));
          i = end - 1;
          continue;
        }
      }
    }
    // The longest listed name at tokens[i] decides; a shorter one inside it
    // (`الوحدة` in `الوحدة الوطنية`) is not a reading of this text.
    const LexiconMatch* best = nullptr;
    for (const LexiconMatch& m : in.matches_at(i)) {
      const WordClass cls = in.lexicon.entry(m.entry).cls;
      if ((cls == WordClass::kOrgName || cls == WordClass::kClub) && (!best || m.token_count > best->token_count)) {
        best = &m;
      }
    }
    if (!best) continue;
    const LexiconEntry& entry = in.lexicon.entry(best->entry);
    if (entry.attrs.size() < 2) continue;
    size_t end = i + best->token_count;
    // A quoted club name outside sport is as often a ministry's portfolio
    // (`«الداخلية»`) as the club.
    const bool club = entry.cls == WordClass::kClub;
    bool body = entry.attrs[1] == "plain" ||
                (!club && best->skip == 0 && fills_quotes(in, i, end, /*brackets=*/true));
    if (!body && club) body = sports_story && !after_venue_word(in, i);
    if (!body) continue;
    size_t name_end = club && end > i + 1 && country_adjective_at(in, end - 1) ? end - 1 : end;
    // `الوداد الرياضي البيضاوي`: a city's nisba after the club names it further;
    // `حركة النهضة الإسلامية`: a nisba that agrees with a body's feminine head.
    if (club && name_end == end && city_nisba_at(in, end)) name_end = end = end + 1;
    if (!club && best->token_count > 1 && agreeing_nisba_after(in, i, end)) name_end = end = end + 1;
    Mention mention = mention_over_tokens(in, i, name_end - 1, best->skip, EntityType::kOrg,
                                          Priority::kGazetteer);
    mention.canonical = in.lexicon.primary_phrase(entry.cls, entry.attrs[0]);
    out->push_back(std::move(mention));
    i = end - 1;
  }
}

}  // namespace kashif
