#include "core/output/presentation.h"

#include <string>

namespace kashif {

std::string_view embedded_entity_types_table();
std::string_view embedded_value_words_table();

namespace {

// The rows of a TSV table: '#' lines and blank lines skipped, fields split
// at tabs (a trailing empty field kept).
std::vector<std::vector<std::string>> rows_of(std::string_view table) {
  std::vector<std::vector<std::string>> rows;
  while (!table.empty()) {
    const size_t eol = table.find('\n');
    std::string_view line = table.substr(0, eol);
    table = eol == std::string_view::npos ? std::string_view() : table.substr(eol + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    while (true) {
      const size_t tab = line.find('\t');
      fields.emplace_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

Presentation read_tables() {
  Presentation p;
  const auto types = rows_of(embedded_entity_types_table());
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const char* type = type_name(static_cast<EntityType>(i));
    if (i >= static_cast<int>(types.size()) || types[i].empty() || types[i][0] != type) {
      p.problems.push_back(std::string("entity_types.tsv: row ") + std::to_string(i + 1) + " is not " + type);
      continue;
    }
    const std::vector<std::string>& r = types[i];
    if (r.size() != 10) {
      p.problems.push_back(std::string("entity_types.tsv: ") + type + " has " + std::to_string(r.size()) +
                           " fields, not 10");
      continue;
    }
    p.types[i] = TypePresentation{r[1], r[2], r[3], r[4], r[5], {r[6], r[8]}, {r[7], r[9]}};
  }
  if (types.size() > static_cast<size_t>(kEntityTypeCount)) {
    p.problems.push_back("entity_types.tsv: more rows than entity types");
  }
  for (const auto& r : rows_of(embedded_value_words_table())) {
    if (r.size() != 4 || r[2].empty()) {
      p.problems.push_back("value_words.tsv: a row without set, key, Arabic and English fields: " + r[0]);
      continue;
    }
    if (!p.words.emplace(std::make_pair(r[0], r[1]), std::make_pair(r[2], r[3])).second) {
      p.problems.push_back("value_words.tsv: " + r[0] + " " + r[1] + " twice");
    }
  }
  return p;
}

}  // namespace

const Presentation& presentation() {
  static const Presentation p = read_tables();
  return p;
}

std::string_view value_word(std::string_view set, std::string_view key, Language language) {
  const auto& words = presentation().words;
  const auto it = words.find(std::make_pair(std::string(set), std::string(key)));
  if (it == words.end()) return {};
  return language == Language::kArabic ? it->second.first : it->second.second;
}

}  // namespace kashif
