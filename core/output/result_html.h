// Analyses as one self-contained HTML page, for `kashif analyze --format
// html`: Arabic, right to left, one section per document with its text
// highlighted (each mark is exactly the entity's code points, its type shown
// by colour, underline style and a label) and its entity table. Names are
// shown as the text writes them and values in Arabic words (`مرسوم ملكي
// م/7`, `14 حزيران 2023` beside `2023-06-14`), never as matching keys or ids.
//
// Guarantees: the page has no script and loads nothing, so it opens offline;
// every character that came from a document (text, names, values, the id)
// is HTML-escaped, so pasted markup is shown as text; control characters
// are shown as visible symbols; the output is valid UTF-8 whatever the
// strings hold (ill-formed sequences become U+FFFD). Entities that overlap
// an earlier one or fall outside the text, which analyze() never returns,
// are left unmarked rather than trusted.
#ifndef KASHIF_CORE_RESULT_HTML_H_
#define KASHIF_CORE_RESULT_HTML_H_

#include <string>
#include <vector>

#include "core/analyze.h"

namespace kashif {

struct HtmlDocument {
  std::string id;     // the section's heading (the CLI gives the file name)
  Analysis analysis;  // as Pipeline::analyze returned it
};

std::string analyses_to_html(const std::vector<HtmlDocument>& documents);

// The name a table entry is shown by: its fullest mention as the text writes
// it, with the article's alef put back where a proclitic ل swallowed it
// (للأمم المتحدة → the mention لأمم المتحدة → الأمم المتحدة). Never the
// folded matching key.
std::string display_name(const TableEntry& entry);

}  // namespace kashif

#endif  // KASHIF_CORE_RESULT_HTML_H_
