#include "core/recognizers/gazetteer.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/recognizers/name_chain.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

std::optional<EntityType> place_or_org_type(WordClass cls) {
  if (cls == WordClass::kGpe) return EntityType::kGpe;
  if (cls == WordClass::kLoc) return EntityType::kLoc;
  if (cls == WordClass::kOrg) return EntityType::kOrg;
  return std::nullopt;
}

// The proclitic letters of the one-word `cls` entry (gpe_prefix, loc_prefix,
// venue_head) that is tokens[i - 1] on the same line, or -1.
long word_before(const RecognizerInput& in, size_t i, WordClass cls) {
  if (i == 0 || i > in.tokens.size() || in.tokens[i].line_break_before) return -1;
  for (const LexiconMatch& m : in.matches_at(i - 1)) {
    if (m.token_count == 1 && in.lexicon.entry(m.entry).cls == cls) {
      return static_cast<long>(m.skip);
    }
  }
  return -1;
}

// The tokens of a nationality adjective at tokens[i] on the same line, or 0.
size_t nationality_at(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before) return 0;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (m.skip == 0 && in.lexicon.entry(m.entry).cls == WordClass::kNationality) return m.token_count;
  }
  return 0;
}

// True when a state's nationality adjective (one with an ISO code, not a
// regional one like `دولي`) is at tokens[i] on the same line.
bool state_adjective_at(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before) return false;
  for (const LexiconMatch& m : in.matches_at(i)) {
    const LexiconEntry& e = in.lexicon.entry(m.entry);
    if (m.skip == 0 && e.cls == WordClass::kNationality && !e.attrs.empty() && e.attrs[0] != "-") return true;
  }
  return false;
}

// A place word (دولة، مدينة، نهر) before tokens[i], or a state's adjective
// after tokens[last] (`العين الإماراتية`; not `الصعيد الدولي`).
bool has_place_cue(const RecognizerInput& in, size_t i, size_t last) {
  return word_before(in, i, WordClass::kGpePrefix) >= 0 || word_before(in, i, WordClass::kLocPrefix) >= 0 ||
         state_adjective_at(in, last + 1);
}

// A body named as bylines and datelines name it: in brackets or quotes
// (`(وام)`, `«الجزيرة»`), after a dash (`أبوظبي - وام`), or after a class
// noun (`وكالة وام`).
bool has_body_cue(const RecognizerInput& in, size_t i, size_t last) {
  const bool line_start = i == 0 || in.tokens[i].line_break_before;
  if (!line_start && is_punct(in, i - 1, U"(«\"“-–—")) return true;
  if (last + 1 < in.tokens.size() && !in.tokens[last + 1].line_break_before &&
      is_punct(in, last + 1, U")»\"”")) {
    return true;
  }
  return word_before(in, i, WordClass::kOrgHead) >= 0;
}

// A name that is also an ordinary word (cue column `prefixed`, found by
// tools/lint_data.py) is read as a name only with its cue. When two lists
// give the phrase, one list's `prefixed` is enough (places.tsv gives the cue
// of a countries.tsv name).
bool needs_cue(const RecognizerInput& in, size_t i, const LexiconMatch& match) {
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (m.token_count != match.token_count || m.skip != match.skip) continue;
    const LexiconEntry& e = in.lexicon.entry(m.entry);
    if (place_or_org_type(e.cls) && e.attrs.size() > 1 && e.attrs[1] == "prefixed") return true;
  }
  return false;
}

// A GPE name that is also a nationality adjective (`السعودية`, `سورية`)
// right after a definite word other than a place word is the adjective
// (`الحكومة السعودية`, `الشركة السعودية`).
bool is_adjective_reading(const RecognizerInput& in, size_t i, const LexiconMatch& match) {
  if (match.skip != 0 || i == 0 || in.tokens[i].line_break_before) return false;
  if (nationality_at(in, i) != match.token_count) return false;
  return is_definite_word(in, i - 1) && word_before(in, i, WordClass::kGpePrefix) < 0;
}

// An everyday phrase that holds a listed name (`مسقط رأسه` "his birthplace"):
// the tokens it covers at tokens[i], or 0.
size_t everyday_phrase_at(const RecognizerInput& in, size_t i) {
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (in.lexicon.entry(m.entry).cls == WordClass::kEverydayPhrase) return m.token_count;
  }
  return 0;
}

// A word that names a place even before a name no list has: a town word
// (gpe_prefixes.tsv `town`: مدينة، ولاية، قرية) before an indefinite name
// (`مدينة شنقيط`, `بولاية بدبد`) makes a GPE with it; a camp word
// (place_context.tsv `camp`) before a definite one a LOC (`مخيم الزعتري`),
// and a dual or plural one (`camps`) a LOC of each name without it (GUIDE.md:
// `مخيمي الزعتري والأزرق` → `الزعتري`, `الأزرق`). The name is one Arabic
// word that no list knows and that has no shape of an adjective or common
// noun: no ة/ى/ي ending for a town (`مدينة كبيرة`, `ولاية ثانية`), no ة for a
// camp (`مخيم الإغاثة`), no sound plural (`قرية صيادين`, `مخيم اللاجئين`), no
// attached pronoun (`مدينته`).
struct PlaceWord {
  EntityType type;
  bool definite_name;  // the name takes the article (camps) or not (towns)
  bool head_inside;    // the place word is part of the span
  uint32_t skip;
};

std::optional<PlaceWord> place_word_at(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size()) return std::nullopt;
  for (const LexiconMatch& m : in.matches_at(i)) {
    const LexiconEntry& e = in.lexicon.entry(m.entry);
    if (m.token_count != 1 || e.attrs.empty()) continue;
    if (e.cls == WordClass::kGpePrefix && e.attrs[0] == "town") return PlaceWord{EntityType::kGpe, false, true, m.skip};
    if (e.cls == WordClass::kLocPrefix && e.attrs[0] == "camp") return PlaceWord{EntityType::kLoc, true, true, m.skip};
    if (e.cls == WordClass::kLocPrefix && e.attrs[0] == "camps") return PlaceWord{EntityType::kLoc, true, false, m.skip};
  }
  // `مخيمي`: the dual construct of a camp word the list gives singular.
  const std::u32string& form = in.tokens[i].form;
  if (form.size() < 4 || form.back() != kYeh) return std::nullopt;
  Token singular = in.tokens[i];
  singular.form.pop_back();
  singular.alt_form.clear();
  for (const LexiconMatch& m : in.lexicon.matches_at({singular}, 0)) {
    const LexiconEntry& e = in.lexicon.entry(m.entry);
    if (e.cls == WordClass::kLocPrefix && !e.attrs.empty() && e.attrs[0] == "camp") {
      return PlaceWord{EntityType::kLoc, true, false, m.skip};
    }
  }
  return std::nullopt;
}

bool unlisted_name_at(const RecognizerInput& in, size_t i, const PlaceWord& word, uint32_t skip) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before || !is_arabic_word(in, i)) return false;
  const std::u32string_view form = std::u32string_view(in.tokens[i].form).substr(skip);
  if (form.size() < 3 || has_article(form) != word.definite_name || has_pronoun_suffix_at(in, i)) {
    return false;
  }
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (m.skip == skip) return false;  // a word some list knows
  }
  const char32_t last = form.back();
  if (last == kHeh) return false;  // ة
  if (!word.definite_name && (last == kYeh || last == kAlef)) return false;  // ى ي ا
  const std::u32string_view tail = form.substr(form.size() - 2);
  return tail != U"\u064A\u0646" && tail != U"\u0648\u0646" && tail != U"\u0627\u062A";
}

// A word that may go on an unlisted town's name after its first word
// (`برج باجي مختار`, `سيدي بو زيد`): no article, no list knows it, and it is
// not an accusative adverb (`صباحا`, `أيضا`, ending in alef), a sound plural
// (`فعاليات`) or a noun with a pronoun.
bool name_word_at(const RecognizerInput& in, size_t i) {
  if (!is_arabic_word(in, i) || in.tokens[i].line_break_before) return false;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (m.skip > 0 || in.lexicon.entry(m.entry).cls != WordClass::kGiven) return false;  // a given name may be a part
  }
  const std::u32string_view form = in.tokens[i].form;
  if (form.size() < 2 || has_article(form) || form.back() == kAlef || has_pronoun_suffix_at(in, i)) {
    return false;
  }
  // `بدور القطاع`, `لحضور الحفل`: a preposition or conjunction and a noun
  // before its genitive ends the name.
  if (kProcliticLetters.find(form[0]) != std::u32string_view::npos &&
      is_definite_word(in, i + 1) && !in.tokens[i + 1].line_break_before) {
    return false;
  }
  const std::u32string_view tail = form.substr(form.size() - 2);
  return tail != U"\u064A\u0646" && tail != U"\u0648\u0646" && tail != U"\u0627\u062A";
}

// A town's unlisted name runs to at most this many words (`ولاية برج باجي
// مختار`); a longer run of unknown words is a clause, not a name.
constexpr size_t kMaxTownNameWords = 3;

// The mentions a place word at tokens[i] and its unlisted names make, and
// the tokens they cover; the names go to *seen for place_again_at.
size_t unlisted_places_at(const RecognizerInput& in, size_t i, std::vector<Mention>* out,
                          std::vector<std::pair<std::vector<std::u32string>, EntityType>>* seen) {
  const auto word = place_word_at(in, i);
  if (!word || !unlisted_name_at(in, i + 1, *word, 0)) return 0;
  // More unknown words without the article: a town's name goes on
  // (`ولاية برج باجي مختار`, `مدينة سان …`) and is taken whole, ending on a
  // word that could end a name; a camp's (definite) name is one word, and
  // half a name is no span.
  size_t last = i + 1;
  while (name_word_at(in, last + 1) && last + 1 - i <= kMaxTownNameWords) ++last;
  if (last > i + 1) {
    if (word->definite_name || last - i > kMaxTownNameWords || name_word_at(in, last + 1)) return 0;
    const char32_t end_letter = in.tokens[last].form.back();
    if (end_letter == kHeh || end_letter == kYeh) return 0;  // ة ى ي: an adjective
  }
  const size_t first = word->head_inside ? i : i + 1;
  out->push_back(mention_over_tokens(in, first, last, word->head_inside ? word->skip : 0, word->type,
                                     Priority::kPattern));
  std::vector<std::u32string> name;
  for (size_t k = i + 1; k <= last; ++k) name.push_back(in.tokens[k].form);
  seen->emplace_back(std::move(name), word->type);
  size_t end = last + 1;
  // `مخيمي الزعتري والأزرق`: the coordinated second name of a dual head,
  // its و glued (skip 1) or split off as a proclitic token.
  if (!word->head_inside && end < in.tokens.size()) {
    const bool split_waw = proclitic_letter(in, end) == kWaw;
    const size_t name = split_waw ? end + 1 : end;
    const uint32_t skip = split_waw ? 0 : 1;
    if ((split_waw || (in.tokens[end].form.size() > 1 && in.tokens[end].form[0] == kWaw)) &&
        unlisted_name_at(in, name, *word, skip)) {
      out->push_back(mention_over_tokens(in, name, name, skip, word->type, Priority::kPattern));
      seen->push_back({{in.tokens[name].form.substr(skip)}, word->type});
      end = name + 1;
    }
  }
  return end - i;
}

// The same name again later in the document, alone (`شنقيط` after `مدينة
// شنقيط`, `والزعتري` after `مخيم الزعتري`, `برج باجي مختار`), with its
// proclitics outside.
std::optional<Mention> place_again_at(const RecognizerInput& in, size_t i,
                                      const std::vector<std::pair<std::vector<std::u32string>, EntityType>>& seen) {
  if (!is_arabic_word(in, i)) return std::nullopt;
  const std::u32string_view form = in.tokens[i].form;
  const size_t max_skip = proclitic_prefix_len(form);
  for (size_t skip = 0; skip <= max_skip; ++skip) {
    for (const auto& [name, type] : seen) {
      if (form.substr(skip) != name[0] || i + name.size() > in.tokens.size()) continue;
      bool whole = true;
      for (size_t k = 1; k < name.size() && whole; ++k) {
        whole = !in.tokens[i + k].line_break_before && in.tokens[i + k].form == name[k];
      }
      if (whole) {
        return mention_over_tokens(in, i, i + name.size() - 1, static_cast<uint32_t>(skip), type,
                                   Priority::kPattern);
      }
    }
  }
  return std::nullopt;
}

}  // namespace

void find_gazetteer_names(const RecognizerInput& in, std::vector<Mention>* out) {
  // Unlisted names seen after their place word.
  std::vector<std::pair<std::vector<std::u32string>, EntityType>> seen;
  std::vector<uint32_t> cued;  // entries that needed a cue and had it
  // After `مخيمي جرش`, where the coordinated second camp (`وإربد`) starts.
  size_t camp_partner = static_cast<size_t>(-1);
  for (size_t i = 0; i < in.tokens.size();) {
    if (const size_t phrase = everyday_phrase_at(in, i)) {
      i += phrase;
      continue;
    }
    if (const size_t covered = unlisted_places_at(in, i, out, &seen)) {
      i += covered;
      continue;
    }
    if (auto again = place_again_at(in, i, seen)) {
      const size_t covered = again->end;
      out->push_back(std::move(*again));
      while (i < in.tokens.size() && in.tokens[i].begin < covered) ++i;
      continue;
    }
    size_t advance = 1;
    for (const LexiconMatch& m : in.matches_at(i)) {
      const LexiconEntry& entry = in.lexicon.entry(m.entry);
      auto type = place_or_org_type(entry.cls);
      if (!type) continue;
      const size_t last = i + m.token_count - 1;
      // Once read with its cue, a name is that name again in the rest of
      // the document (`مدينة جنين` … `في جنين`).
      if (needs_cue(in, i, m) && std::find(cued.begin(), cued.end(), m.entry) == cued.end()) {
        if (!(*type == EntityType::kOrg ? has_body_cue(in, i, last) : has_place_cue(in, i, last))) {
          continue;
        }
        cued.push_back(m.entry);
      }
      // Places inside the name of a building (`قصر قرطاج`, `مطار دبي`, `مبنى
      // محافظة دهوك`) are not annotated (GUIDE.md).
      if (*type != EntityType::kOrg && m.skip == 0 && after_venue(in, i)) {
        advance = m.token_count;
        break;
      }
      if (*type == EntityType::kGpe && is_adjective_reading(in, i, m)) continue;
      // `لاعب فريق إشبيلية`: a town after a team word names its club.
      const bool club = *type == EntityType::kGpe && m.skip == 0 && word_before(in, i, WordClass::kTeamHead) == 0;
      if (club) type = EntityType::kOrg;
      Mention mention = mention_over_tokens(in, i, last, m.skip, *type, Priority::kGazetteer);
      if (*type != EntityType::kOrg && m.skip == 0) {
        // `محافظة الجيزة` is one GPE; `نهر النيل`, `مخيم جنين`, `جبل لبنان`
        // one LOC: the place word joins the span, a geographic one makes it
        // a region.
        if (const long skip = word_before(in, i, WordClass::kGpePrefix); skip >= 0) {
          if (*type == EntityType::kGpe) mention.begin = in.tokens[i - 1].begin + skip;
        } else if (const auto word = i > 0 ? place_word_at(in, i - 1) : std::nullopt;
                   word_before(in, i, WordClass::kLocPrefix) >= 0 || (word && !in.tokens[i].line_break_before)) {
          // A dual or plural head (`مخيمي جرش`) stays outside (GUIDE.md).
          if (!word || word->head_inside) mention.begin = in.tokens[i - 1].begin + word_before(in, i, WordClass::kLocPrefix);
          if (word && !word->head_inside) camp_partner = i + m.token_count;
          mention.type = EntityType::kLoc;
        } else if (const long region_skip = word_before(in, i, WordClass::kRegionHead);
                   region_skip >= 0 && *type == EntityType::kLoc) {
          // `دول آسيا الوسطى` like `دول الخليج` (GUIDE.md's LOC example).
          mention.begin = in.tokens[i - 1].begin + region_skip;
        }
      }
      // `مخيمي جرش وإربد`: the second name of a dual camp head is a camp too.
      if (*type != EntityType::kOrg &&
          ((i == camp_partner && m.skip == 1 && in.tokens[i].form[0] == kWaw) ||
           (i == camp_partner + 1 && m.skip == 0 && proclitic_letter(in, camp_partner) == kWaw))) {
        mention.type = EntityType::kLoc;
      }
      if (*type == EntityType::kOrg && !club) {
        const size_t next = i + m.token_count;
        if (const size_t len = next < in.tokens.size() && has_article(in.tokens[next].form)
                                   ? nationality_at(in, next)
                                   : 0) {
          // `النيابة العامة المصرية`, `مجلس الوزراء السعودي`: a state's body,
          // not the listed one, so not the list's canonical name either.
          mention.end = in.tokens[next + len - 1].end;
        } else if (!entry.attrs.empty()) {
          mention.canonical = in.lexicon.primary_phrase(entry.cls, entry.attrs[0]);
        }
      }
      out->push_back(std::move(mention));
      advance = m.token_count;
      break;
    }
    i += advance;
  }
}

}  // namespace kashif
