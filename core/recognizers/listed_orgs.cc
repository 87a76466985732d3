#include "core/recognizers/listed_orgs.h"

#include <set>

#include "core/recognizers/token_walk.h"

namespace kashif {

namespace {

// Distinct sport words that make a text a sports story: one alone (`الموسم`,
// `هدف`) is everyday Arabic.
constexpr size_t kSportCuesForStory = 3;

bool is_sports_story(const RecognizerInput& in) {
  std::set<uint32_t> cues;
  for (size_t i = 0; i < in.tokens.size() && cues.size() < kSportCuesForStory; ++i) {
    if (const auto m = match_class(in, i, "sport_cue")) cues.insert(m->entry);
  }
  return cues.size() >= kSportCuesForStory;
}

bool after_venue(const RecognizerInput& in, size_t i) {
  if (i == 0 || in.tokens[i].line_break_before) return false;
  const auto m = match_class(in, i - 1, "venue");
  return m && m->token_count == 1;
}


}  // namespace

void find_listed_orgs(const RecognizerInput& in, std::vector<Mention>* out) {
  const bool sports_story = is_sports_story(in);
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    // The longest listed name at tokens[i] decides; a shorter one inside it
    // (`الوحدة` in `الوحدة الوطنية`) is not a reading of this text.
    const LexiconMatch* best = nullptr;
    for (const LexiconMatch& m : in.matches_at(i)) {
      const std::string& cls = in.lexicon.entry(m.entry).cls;
      if ((cls == "org_name" || cls == "club") && (!best || m.token_count > best->token_count)) {
        best = &m;
      }
    }
    if (!best) continue;
    const LexiconEntry& entry = in.lexicon.entry(best->entry);
    if (entry.attrs.size() < 2) continue;
    const size_t end = i + best->token_count;
    // A quoted club name outside sport is as often a ministry's portfolio
    // (`«الداخلية»`) as the club.
    const bool club = entry.cls == "club";
    bool body = entry.attrs[1] == "plain" ||
                (!club && best->skip == 0 && fills_quotes(in, i, end, /*brackets=*/true));
    if (!body && club) body = sports_story && !after_venue(in, i);
    if (!body) continue;
    Mention mention = mention_over_tokens(in, i, end - 1, best->skip, EntityType::kOrg,
                                          Priority::kGazetteer);
    mention.canonical = in.lexicon.primary_phrase(entry.cls, entry.attrs[0]);
    out->push_back(std::move(mention));
    i = end - 1;
  }
}

}  // namespace kashif
