// ORG names built on a head noun (core/data/org_heads.tsv): `وزارة الداخلية`,
// `اللجنة الوطنية الدائمة المعنية بتنفيذ …`, `بعثة المنظمة الدولية للهجرة`,
// `وزارات الخارجية والداخلية والإعلام الكويتية`.
//
// Guarantees: a mention starts at a head word (its proclitics outside) and
// ends where name_chain.h says the name ends, so `في <place>`, verbs and a
// following clause stay outside. A bare head (`المنظمة`, `الوزارة`) or one
// after a demonstrative (`هذه الهيئة`) is a generic reference and gives
// nothing; a head where a known alias starts is left to the gazetteer, whose
// official name is complete and carries the alias's canonical key. Mentions
// have Priority::kTriggeredName, above the gazetteer, so the longer official
// name wins over a known name inside it.
#ifndef KASHIF_CORE_ORG_GRAMMAR_H_
#define KASHIF_CORE_ORG_GRAMMAR_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_org_names(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_ORG_GRAMMAR_H_
