// The source of a story in its dateline or byline: `الرياض - واس`, `مسقط -
// العمانية`, `عمان ــ السوسنة`, `الخرطوم: العهد`, `العالم - الجزائر`,
// `أمد/ عمان:`, `متابعة/ المدى`, `مدار الساعة - <reporter> - قال …`,
// `كشـ24 | و.م.ع نشر في: …` (GUIDE.md: outlets and agencies are ORG, also
// as a dateline).
//
// In: the tokens, the GPE/LOC names, given names and titles, and the
// published words of dateline_words.tsv.
// Out: Priority::kPattern ORG mentions, below any listed or grammar name.
//
// Guarantees: only a segment of one to three words at the start of a line,
// cut off by a dash (also one drawn with tatweels), bar or slash, qualifies,
// and only when what stands beside it is a dateline's: a place on the other
// side of the dash, a reporter's name between two dashes, the publication
// words, or a `متابعة/` before it; after a place and a colon, only a segment
// that ends the line. A segment that is a place, starts with a given name, a
// title or a function word is never a source.
#ifndef KASHIF_CORE_DATELINE_H_
#define KASHIF_CORE_DATELINE_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_dateline_sources(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_DATELINE_H_
