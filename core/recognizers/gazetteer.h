// Names the word lists know: states and cities (GPE), regions (LOC), and
// well-known bodies with their aliases and acronyms (ORG), from
// core/data/{countries,subdivisions,cities,places,orgs}.tsv.
//
// Guarantees: one mention per longest list match; a state name directly after
// دولة/مملكة/إمارة/... takes that word into its span (GUIDE.md, GPE), and a
// place after a geographic word (نهر، مخيم، جزر; place_context.tsv) becomes
// one LOC with it; the canonical of an alias is its body's key, so `كونا` and
// `وكالة الأنباء الكويتية` land in one table row.
//
// A name that is also an ordinary word (cue column `prefixed`, which
// tools/lint_data.py demands from word frequencies) needs its cue: a place a
// place word before it or a nationality adjective after it, a body brackets,
// quotes, a dateline dash or its class noun. No mention comes from a place
// inside a venue's name (`قصر قرطاج`), a nationality adjective after a
// definite noun (`الحكومة السعودية`), or an everyday phrase (`مسقط رأسه`).
#ifndef KASHIF_CORE_GAZETTEER_H_
#define KASHIF_CORE_GAZETTEER_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_gazetteer_names(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_GAZETTEER_H_
