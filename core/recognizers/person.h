// PERS names, and the OCC titles and roles written right before them.
//
// A name is up to five name words: given names (core/data/given_names.tsv),
// family names (`الرشيدي`, `والي`) and `بن`/`أبو`/`آل` parts with the word
// after them. It is found after a trigger — a title (`الدكتور`, `الوزير
// المفوض`), a courtesy honorific (`السيد`, `معالي`), a role phrase (`وزير
// العمل`, `المنسق المقيم لدى البلاد`), a reporting verb followed by a given
// name (`قال مازن`) — or with no trigger when it starts with a given name and
// has at least two words. Commas, quotes, `لدى …` and `في <place>` may stand
// between a role and its name (`وزير العمل في قطر “علي بن صميخ المري”`).
//
// Ambiguity is settled towards the common word: `على`/`علي` and `أن`/`آن`
// by the original spelling, titles that are also nouns (`الفريق` "team", the
// abbreviation `م.` after a year) only before a given name, and a name with no
// trigger only with a given name and a family-name-shaped word (`حسن الجوار`
// is not a person).
//
// Guarantees: a PERS span holds no title, honorific or role word before the
// name; an OCC is emitted only for a title or role that leads to a name found
// here, honorifics never; every mention has Priority::kPattern, so an ORG
// inside a role phrase (`المدير التنفيذي لمكتب الأمم المتحدة`) wins and that
// role yields no OCC, as GUIDE.md asks.
#ifndef KASHIF_CORE_PERSON_H_
#define KASHIF_CORE_PERSON_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

// `unsure`, when given, receives names the rules alone do not trust: a given
// name and an unknown surname with no trigger (`ابراهيم زيدان رئيسا`), for
// the learned tagger to confirm (tagger.h, find_model_names).
void find_person_names(const RecognizerInput& in, std::vector<Mention>* out,
                       std::vector<Mention>* unsure = nullptr);

}  // namespace kashif

#endif  // KASHIF_CORE_PERSON_H_
