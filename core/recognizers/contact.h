// CONTACT mentions: e-mail addresses, URLs and international phone numbers
// (annotation GUIDE.md, extended types).
//
// In: the normalised text, scanned by character, because the word breaker
// cuts addresses apart. Arabic-Indic digits are already ASCII there.
// Out: Priority::kGrammar mentions with a ContactValue: `email` lower-cased,
// `url` as written, `phone` as `+` and its digits (`00974-4444-5555` →
// `+97444445555`).
//
// Guarantees: spans never end in sentence punctuation (`www.x.com.` ends at
// `com`; a closing bracket stays only when its opener is inside); a phone
// number needs its `+` or `00` prefix and 8 to 15 digits, so dates, years
// and act numbers are never phones.
#ifndef KASHIF_CORE_CONTACT_H_
#define KASHIF_CORE_CONTACT_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_contacts(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_CONTACT_H_
