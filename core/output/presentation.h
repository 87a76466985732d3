// How entities are shown to a reader, from two tables embedded at build
// time: each type's colours, underline style and names in Arabic and English
// (core/data/tables/entity_types.tsv), and the words values are written with
// (value_words.tsv: law kinds, month and weekday names, `لسنة`, `هـ`). The
// web page's web/presentation.js is generated from the same two files
// (tools/gen_presentation.mjs), so `kashif analyze --format html` and the
// page cannot drift apart.
//
// Guarantees: presentation() reads the tables once (thread-safe) and never
// fails; presentation_problems() lists what is wrong with them (a type
// without its row or out of EntityType order, a short row, a set with a key
// twice), which tests/presentation_test.cpp requires to be nothing.
#ifndef KASHIF_CORE_OUTPUT_PRESENTATION_H_
#define KASHIF_CORE_OUTPUT_PRESENTATION_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/entity.h"

namespace kashif {

enum class Language { kArabic = 0, kEnglish = 1 };

struct TypePresentation {
  std::string light_fg, light_bg;  // text colour and tint, light theme (CSS colours)
  std::string dark_fg, dark_bg;    // the same, dark theme
  std::string underline;           // CSS text-decoration-style
  std::string label[2];            // short, on every mark; by Language
  std::string name[2];             // full, in the legend and titles; by Language
};

struct Presentation {
  TypePresentation types[kEntityTypeCount];  // by EntityType
  // (set, key) → {Arabic, English}: ("law_kind", "royal_decree") →
  // {"مرسوم ملكي", "Royal decree"}, ("month", "6") → {"يونيو", "June"}.
  std::map<std::pair<std::string, std::string>, std::pair<std::string, std::string>> words;
  std::vector<std::string> problems;
};

const Presentation& presentation();

inline const TypePresentation& type_presentation(EntityType type) {
  return presentation().types[static_cast<int>(type)];
}

// The word of `set` for `key` in `language`, or "" when the table has none.
std::string_view value_word(std::string_view set, std::string_view key,
                            Language language = Language::kArabic);

inline const std::vector<std::string>& presentation_problems() { return presentation().problems; }

}  // namespace kashif

#endif  // KASHIF_CORE_OUTPUT_PRESENTATION_H_
