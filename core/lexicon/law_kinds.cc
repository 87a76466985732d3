#include "core/lexicon/law_kinds.h"

#include <algorithm>
#include <vector>

#include "core/lexicon/data.h"
#include "core/lexicon/word_class.h"

namespace kashif {

namespace {

constexpr WordClass kKindClasses[] = {WordClass::kLawKind, WordClass::kNamedLaw, WordClass::kLawCodeShort};

bool kind_file(std::string_view name) {
  return name.rfind("law_kinds", 0) == 0 || name.rfind("named_laws", 0) == 0 || name == "grammar_words.tsv";
}

// Every kind id of the tables, sorted and unique.
std::vector<std::string> read_ids() {
  std::vector<std::string> ids;
  for (const EmbeddedFile& file : embedded_files()) {
    if (!kind_file(file.name)) continue;
    std::string_view rest = file.content;
    while (!rest.empty()) {
      const size_t eol = std::min(rest.find('\n'), rest.size());
      std::string_view line = rest.substr(0, eol);
      rest.remove_prefix(std::min(eol + 1, rest.size()));
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      // word \t class \t kind id [\t ...]
      const size_t t1 = line.find('\t');
      const size_t t2 = t1 == line.npos ? line.npos : line.find('\t', t1 + 1);
      if (t2 == line.npos) continue;
      const auto cls = word_class_from_name(line.substr(t1 + 1, t2 - t1 - 1));
      if (!cls || std::find(std::begin(kKindClasses), std::end(kKindClasses), *cls) == std::end(kKindClasses)) continue;
      const size_t t3 = line.find('\t', t2 + 1);
      ids.emplace_back(line.substr(t2 + 1, t3 == line.npos ? line.npos : t3 - t2 - 1));
    }
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

const std::vector<std::string>& kind_ids() {
  static const std::vector<std::string> ids = read_ids();
  return ids;
}

}  // namespace

LawKind law_kind(std::string_view id) {
  const std::vector<std::string>& ids = kind_ids();
  const auto it = std::lower_bound(ids.begin(), ids.end(), id);
  if (id.empty() || it == ids.end() || *it != id) return LawKind();
  return LawKind(&*it);
}

}  // namespace kashif
