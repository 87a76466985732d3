// Names the word lists know: states and cities (GPE), regions (LOC), and
// well-known bodies with their aliases and acronyms (ORG), from
// core/data/{countries,places,orgs}.tsv.
//
// Guarantees: one mention per longest list match; a state name directly after
// دولة/مملكة/إمارة/... takes that word into its span (GUIDE.md, GPE); the
// canonical of an alias is its body's key, so `كونا` and `وكالة الأنباء
// الكويتية` land in one table row.
#ifndef KASHIF_CORE_GAZETTEER_H_
#define KASHIF_CORE_GAZETTEER_H_

#include <vector>

#include "core/recognizer.h"

namespace kashif {

void find_gazetteer_names(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_GAZETTEER_H_
