#include "core/gazetteer.h"

#include <optional>
#include <string>

namespace kashif {

namespace {

std::optional<EntityType> place_or_org_type(const std::string& cls) {
  if (cls == "GPE") return EntityType::kGpe;
  if (cls == "LOC") return EntityType::kLoc;
  if (cls == "ORG") return EntityType::kOrg;
  return std::nullopt;
}

// The word before tokens[i] when it is a GPE prefix like دولة (with its own
// proclitics skipped), else -1.
long gpe_prefix_before(const RecognizerInput& in, size_t i) {
  if (i == 0 || in.tokens[i].line_break_before) return -1;
  for (const LexiconMatch& m : in.matches_at(i - 1)) {
    if (m.token_count == 1 && in.lexicon.entry(m.entry).cls == "gpe_prefix") {
      return static_cast<long>(m.skip);
    }
  }
  return -1;
}

// The tokens of a nationality adjective at tokens[i] on the same line, or 0.
size_t nationality_at(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].line_break_before) return 0;
  for (const LexiconMatch& m : in.matches_at(i)) {
    if (m.skip == 0 && in.lexicon.entry(m.entry).cls == "nationality") return m.token_count;
  }
  return 0;
}

// A place word (دولة، مدينة) before tokens[i], or a nationality adjective
// after tokens[last] (`العين الإماراتية`): what a place name that is also a
// common word (places.tsv `prefixed`) needs to be read as a place.
bool has_place_cue(const RecognizerInput& in, size_t i, size_t last) {
  return gpe_prefix_before(in, i) >= 0 || nationality_at(in, last + 1) > 0;
}

bool needs_place_cue(const LexiconEntry& entry) {
  return entry.attrs.size() > 1 && entry.attrs[1] == "prefixed";
}

}  // namespace

void find_gazetteer_names(const RecognizerInput& in, std::vector<Mention>* out) {
  for (size_t i = 0; i < in.tokens.size();) {
    size_t advance = 1;
    for (const LexiconMatch& m : in.matches_at(i)) {
      const LexiconEntry& entry = in.lexicon.entry(m.entry);
      const auto type = place_or_org_type(entry.cls);
      if (!type) continue;
      if (needs_place_cue(entry) && !has_place_cue(in, i, i + m.token_count - 1)) continue;
      Mention mention = mention_over_tokens(in, i, i + m.token_count - 1, m.skip, *type,
                                            Priority::kGazetteer);
      if (*type == EntityType::kGpe && m.skip == 0) {
        const long prefix_skip = gpe_prefix_before(in, i);
        if (prefix_skip >= 0) mention.begin = in.tokens[i - 1].begin + prefix_skip;
      }
      if (*type == EntityType::kOrg) {
        const size_t next = i + m.token_count;
        if (const size_t len = next < in.tokens.size() && has_article(in.tokens[next].form)
                                   ? nationality_at(in, next)
                                   : 0) {
          // `النيابة العامة المصرية`, `مجلس الوزراء السعودي`: a state's body,
          // not the listed one, so not the list's canonical name either.
          mention.end = in.tokens[next + len - 1].end;
        } else if (!entry.attrs.empty()) {
          mention.canonical = in.lexicon.primary_phrase(entry.cls, entry.attrs[0]);
        }
      }
      out->push_back(std::move(mention));
      advance = m.token_count;
      break;
    }
    i += advance;
  }
}

}  // namespace kashif
