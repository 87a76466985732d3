// The promises of core/analyze.h, checked on any Analysis: entities sorted,
// flat, inside the text, `text` equal to the covered characters, table rows
// covering every entity once. Shared by the unit tests and the fuzzer.
#ifndef KASHIF_TESTS_INVARIANTS_H_
#define KASHIF_TESTS_INVARIANTS_H_

#include <string>
#include <vector>

#include "core/analyze.h"
#include "core/text/utf8.h"

namespace kashif::testing {

// Empty when every invariant holds, else what broke first.
inline std::string broken_invariant(const Analysis& a) {
  uint32_t last_end = 0;
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    const std::string where = "entity " + std::to_string(i) + " [" + std::to_string(e.start) +
                              ", " + std::to_string(e.end) + ")";
    if (e.start >= e.end) return where + " is empty";
    if (e.start < last_end) return where + " overlaps or precedes the entity before it";
    if (e.end > a.text.size()) return where + " ends past the text";
    if (e.text != encode_utf8(std::u32string_view(a.text).substr(e.start, e.end - e.start))) {
      return where + " has text that differs from the covered characters";
    }
    last_end = e.end;
  }
  std::vector<int> seen(a.entities.size(), 0);
  for (const TableEntry& row : a.table) {
    for (uint32_t m : row.mentions) {
      if (m >= a.entities.size()) return "table row " + row.canonical + " names a missing entity";
      if (a.entities[m].type != row.type) return "table row " + row.canonical + " mixes types";
      ++seen[m];
    }
  }
  for (size_t i = 0; i < seen.size(); ++i) {
    if (seen[i] != 1) return "entity " + std::to_string(i) + " is in " + std::to_string(seen[i]) + " table rows";
  }
  return "";
}

}  // namespace kashif::testing

#endif  // KASHIF_TESTS_INVARIANTS_H_
