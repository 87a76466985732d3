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
// word (`ملعب تشرين` is a stadium).
#ifndef KASHIF_CORE_LISTED_ORGS_H_
#define KASHIF_CORE_LISTED_ORGS_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_listed_orgs(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_LISTED_ORGS_H_
