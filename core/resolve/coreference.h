// Later mentions of names the document has already given in full; runs after
// the recognisers and before resolve.h.
//
// In: every recogniser's mentions. Out: the same mentions plus one for each
// short or repeated form that refers back to a name chosen by resolve.h's
// overlap rule:
//  - a person's family name (`المهيني`, `الشيخ`), kunya (`أبو الحسن`) or
//    given name (`مازن`) alone, after the full name; a family name with the
//    article also in a short first line before it (the headline `البرهان …`);
//  - an ORG's last nisba adjective used as a noun, after the full name
//    (`محافظ المركزي` after `مصرف ليبيا المركزي`), not a state's adjective;
//  - an acronym in brackets right after an ORG (`منظمة العمل الدولية (ILO)`),
//    and its later uses;
//  - any later exact repeat of a PERS, ORG, EVENT or POLICY name of two words
//    or more, even without the trigger that found it.
// The full name's mentions and the forms added for it share one canonical,
// so the entity table shows one row per person or body.
//
// A GPE's canonical leaves out its place word (`دولة الكويت` is `الكويت`),
// so the table has one row for the place.
//
// Guarantees: no mention is removed and none changed but for its canonical;
// added mentions (Priority::kPattern) cover only
// text that no chosen mention covers; a short form shared by two different
// names is not used.
#ifndef KASHIF_CORE_COREFERENCE_H_
#define KASHIF_CORE_COREFERENCE_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void link_later_mentions(const RecognizerInput& in, std::vector<Mention>* mentions);

}  // namespace kashif

#endif  // KASHIF_CORE_COREFERENCE_H_
