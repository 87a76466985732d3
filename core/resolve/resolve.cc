#include "core/resolve/resolve.h"

#include <algorithm>
#include <map>
#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace kashif {

namespace {

bool is_space_or_punct(char32_t c) {
  const int8_t cat = u_charType(static_cast<UChar32>(c));
  switch (cat) {
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
    case U_CONTROL_CHAR: case U_FORMAT_CHAR:
    case U_DASH_PUNCTUATION: case U_START_PUNCTUATION: case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION: case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION: case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL: case U_CURRENCY_SYMBOL: case U_MODIFIER_SYMBOL: case U_OTHER_SYMBOL:
      return true;
    default:
      return false;
  }
}

// The opener a closing bracket or quote pairs with, or 0.
char32_t opener_of(char32_t c) {
  switch (c) {
    case U')': return U'(';
    case U']': return U'[';
    case U'}': return U'{';
    case 0x00BB: return 0x00AB;  // » «
    case 0x201D: return 0x201C;  // ” “
    case U'"': return U'"';
    default: return 0;
  }
}

// Shrinks [start, end) past outer white space and punctuation, keeping a
// closing bracket or quote whose opener lies inside.
bool trim(std::u32string_view text, uint32_t* start, uint32_t* end) {
  while (*start < *end && is_space_or_punct(text[*start])) ++*start;
  while (*end > *start) {
    const char32_t last = text[*end - 1];
    if (!is_space_or_punct(last)) break;
    const char32_t opener = opener_of(last);
    if (opener != 0 && text.substr(*start, *end - 1 - *start).find(opener) != std::u32string_view::npos) {
      break;
    }
    --*end;
  }
  return *start < *end;
}

}  // namespace

std::string canonical_name(std::u32string_view form) {
  std::u32string out;
  bool space = false;
  for (char32_t c : form) {
    if (is_space_or_punct(c) && c != U'/') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(U' ');
    space = false;
    out.push_back(c);
  }
  return encode_utf8(out);
}

std::vector<size_t> select_mentions(const std::vector<Mention>& mentions, size_t text_size,
                                    TypeSet types) {
  std::vector<size_t> order;
  for (size_t k = 0; k < mentions.size(); ++k) {
    const Mention& m = mentions[k];
    if (m.begin < m.end && m.end <= text_size) order.push_back(k);
  }
  std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    const Mention& a = mentions[x];
    const Mention& b = mentions[y];
    if (a.priority != b.priority) return a.priority > b.priority;
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin < b.begin;
  });

  // Greedy selection over the normalised text; `taken` marks used positions.
  std::vector<bool> taken(text_size, false);
  std::vector<size_t> chosen;
  for (size_t k : order) {
    const Mention& m = mentions[k];
    if (std::any_of(taken.begin() + m.begin, taken.begin() + m.end, [](bool b) { return b; })) {
      continue;
    }
    std::fill(taken.begin() + m.begin, taken.begin() + m.end, true);
    // The type filter applies to the winners: hiding LAW must not let the
    // year inside `القانون رقم 91 لسنة 2013` come out as a DATE.
    if (types.has(m.type)) chosen.push_back(k);
  }
  std::sort(chosen.begin(), chosen.end(),
            [&](size_t a, size_t b) { return mentions[a].begin < mentions[b].begin; });
  return chosen;
}

std::vector<Entity> resolve_entities(std::u32string_view original, const Normalized& doc,
                                     const std::vector<Mention>& mentions, TypeSet types) {
  std::vector<Entity> out;
  for (size_t k : select_mentions(mentions, doc.text.size(), types)) {
    const Mention& m = mentions[k];
    OriginalSpan span = doc.to_original(m.begin, m.end);
    // The contact grammar sets its own bounds: the `+` of `+965 …` and a
    // URL's final `/` belong to the address.
    if (m.type != EntityType::kContact && !trim(original, &span.start, &span.end)) continue;
    Entity e;
    e.start = span.start;
    e.end = span.end;
    e.type = m.type;
    e.text = encode_utf8(original.substr(span.start, span.end - span.start));
    e.canonical = m.canonical.empty()
                      ? canonical_name(std::u32string_view(doc.text).substr(m.begin, m.end - m.begin))
                      : m.canonical;
    e.value = m.value;
    out.push_back(std::move(e));
  }
  return out;
}

void unify_short_names(const Lexicon& lexicon, std::vector<Entity>* entities) {
  // Each word of a full name's canonical → that canonical, or "" once two
  // different full names share the word.
  std::map<std::string, std::string> full_name_of;
  for (Entity& e : *entities) {
    if (e.type != EntityType::kPers) continue;
    const size_t space = e.canonical.find(' ');
    if (space == std::string::npos) {
      const auto it = full_name_of.find(e.canonical);
      if (it != full_name_of.end() && !it->second.empty()) e.canonical = it->second;
      continue;
    }
    // The given name and the family name stand for the person alone; a
    // middle name (`بن`, a father's name) does not.
    const size_t last_space = e.canonical.rfind(' ');
    const size_t before_last = e.canonical.rfind(' ', last_space - 1);
    const std::string penultimate = e.canonical.substr(
        before_last == std::string::npos ? 0 : before_last + 1,
        last_space - (before_last == std::string::npos ? 0 : before_last + 1));
    const auto particle = decode_utf8(penultimate);
    const bool forefather = particle.ok() && lexicon.has_word(particle.value(), WordClass::kNasab);
    std::vector<std::string> words = {e.canonical.substr(0, space)};
    if (!forefather) words.push_back(e.canonical.substr(last_space + 1));
    for (const std::string& word : words) {
      auto [it, added] = full_name_of.emplace(word, e.canonical);
      if (!added && it->second != e.canonical) it->second.clear();
    }
  }
}

std::vector<TableEntry> build_table(const std::vector<Entity>& entities) {
  std::vector<TableEntry> table;
  std::map<std::pair<EntityType, std::string>, size_t> row_of;
  for (size_t k = 0; k < entities.size(); ++k) {
    const Entity& e = entities[k];
    auto [it, added] = row_of.emplace(std::make_pair(e.type, e.canonical), table.size());
    if (added) table.push_back(TableEntry{e.canonical, e.type, e.text, {}});
    TableEntry& row = table[it->second];
    row.mentions.push_back(static_cast<uint32_t>(k));
    if (e.text.size() > row.display.size()) row.display = e.text;
  }
  return table;
}

}  // namespace kashif
