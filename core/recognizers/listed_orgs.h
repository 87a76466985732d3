// Bodies named by the name lists outside the gazetteer's ORG class: media,
// parties and companies (class org_name: media.tsv, parties.tsv,
// companies.tsv) and sports clubs (class club, clubs.tsv).
//
// In: the tokens, those lists with their common|plain column, and the
// sport_cue and venue words of sport_words.tsv.
// Out: Priority::kGazetteer ORG mentions with the list's canonical key.
//
// Guarantees: a `plain` name (used almost only for the body) is an ORG
// wherever it stands. A `common` name, also an everyday word, place or
// person, is an ORG only where the text marks it as a body: an outlet,
// party or company in quotes or brackets of its own; a club in a sports
// story (several sport_cue words in the text) and not right after a venue
// word (`ملعب تشرين` is a stadium). In a sports story, a club no list holds
// is named by its cue and a country's adjective (`فريق ويستهام الإنجليزي`:
// `ويستهام`), and a country's adjective after a club stays outside its name
// (`الوحدة السعودي` → `الوحدة`, `نادي بريست الفرنسي` → `نادي بريست`).
// A quoted name that ends in an outlet's word (`"صدى للإعلام"`, `"… نيوز"`)
// is that outlet, without its quotes.
#ifndef KASHIF_CORE_LISTED_ORGS_H_
#define KASHIF_CORE_LISTED_ORGS_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_listed_orgs(const RecognizerInput& in, std::vector<Mention>* out);

// A text with several different sport_cue words (sport_words.tsv: `مباراة`,
// `الدوري`, `هدف`); one alone is everyday Arabic.
bool is_sports_story(const RecognizerInput& in);

// `جماعة أنصار الله الحوثية`, `حركة النهضة الإسلامية`: tokens[e], right after
// a listed body of several words from tokens[first] with a feminine head, is
// a feminine nisba that agrees with it, known to no list but as a name's
// adjective and no state's (`مجلس الوزراء السعودي` is the gazetteer's case):
// part of the body's name, which keeps the list's canonical key.
bool agreeing_nisba_after(const RecognizerInput& in, size_t first, size_t e);

}  // namespace kashif

#endif  // KASHIF_CORE_LISTED_ORGS_H_
