#include "core/lexicon/lexicon.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace kashif {

namespace {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> cols;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cols.emplace_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// Inflected forms of a masculine nationality adjective (`كويتي`): feminine,
// sound plurals, each with and without the article. Spelled in the matching
// form (ة is already ه there).
std::vector<std::u32string> nationality_forms(const std::u32string& stem) {
  static const std::u32string kSuffixes[] = {U"", U"\u0647", U"\u0648\u0646", U"\u064A\u0646",
                                             U"\u0627\u062A"};
  std::vector<std::u32string> out;
  for (const auto& suffix : kSuffixes) {
    out.push_back(stem + suffix);
    out.push_back(U"\u0627\u0644" + stem + suffix);
  }
  return out;
}

// The token forms of each line of `doc`, tokenised in one pass (one call
// per phrase made loading the slowest part of a cold start in wasm). ICU's
// word break always breaks at a line feed, so a line's tokens are those of
// tokenising it alone.
std::vector<std::vector<std::u32string>> forms_by_line(const Normalized& doc,
                                                       const Tokenizer& tokenizer) {
  std::vector<uint32_t> line_ends;  // normalised offset of each line's '\n'
  for (uint32_t i = 0; i < doc.text.size(); ++i) {
    if (doc.text[i] == U'\n') line_ends.push_back(i);
  }
  line_ends.push_back(static_cast<uint32_t>(doc.text.size()));
  std::vector<std::vector<std::u32string>> out(line_ends.size());
  size_t line = 0;
  for (Token& t : tokenizer.tokenize(doc)) {
    while (t.begin > line_ends[line]) ++line;
    out[line].push_back(std::move(t.form));
  }
  return out;
}

// Lines joined by '\n' as a Normalized text that is its own original.
Normalized join_lines(const std::vector<std::u32string>& lines) {
  Normalized doc;
  for (const auto& line : lines) {
    if (!doc.text.empty()) doc.text.push_back(U'\n');
    doc.text += line;
  }
  for (uint32_t i = 0; i < doc.text.size(); ++i) {
    doc.begin.push_back(i);
    doc.end.push_back(i + 1);
  }
  return doc;
}

}  // namespace

Expected<Lexicon> Lexicon::load(const std::vector<EmbeddedFile>& files,
                                const Normalizer& normalizer, const Tokenizer& tokenizer) {
  Lexicon lex;
  lex.node_entries_.emplace_back();
  std::u32string phrases;  // one line per entry, normalised and tokenised below
  std::vector<std::string> where;  // `file:line` of each entry, for errors
  for (const EmbeddedFile& file : files) {
    size_t line_no = 0, pos = 0;
    while (pos < file.content.size()) {
      size_t eol = file.content.find('\n', pos);
      if (eol == std::string_view::npos) eol = file.content.size();
      std::string_view line = file.content.substr(pos, eol - pos);
      pos = eol + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      const std::string at = std::string(file.name) + ":" + std::to_string(line_no) + ": ";
      std::vector<std::string> cols = split_tabs(line);
      if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
        return Error{ErrorCode::kDataError, 0, at + "want phrase<TAB>class"};
      }
      auto decoded = decode_utf8(cols[0]);
      if (!decoded.ok()) return Error{ErrorCode::kDataError, 0, at + decoded.error().message};
      if (decoded.value().find_first_of(U"\n\r") != std::u32string::npos) {
        return Error{ErrorCode::kDataError, 0, at + "line break in a phrase"};
      }

      const uint32_t id = static_cast<uint32_t>(lex.entries_.size());
      LexiconEntry entry;
      entry.phrase = cols[0];
      entry.file = std::string(file.name);
      entry.cls = cols[1];
      entry.attrs.assign(cols.begin() + 2, cols.end());
      if (!entry.attrs.empty() && !entry.attrs[0].empty()) {
        lex.primary_.emplace(entry.cls + '\t' + entry.attrs[0], id);
      }
      lex.entries_.push_back(std::move(entry));
      where.push_back(at);
      if (id > 0) phrases.push_back(U'\n');
      phrases += decoded.value();
    }
  }

  const auto forms = forms_by_line(normalizer.normalize(phrases), tokenizer);
  // Nationality adjectives, inflected from their matching form and
  // re-tokenised so `الكويتي` splits exactly as it would in a document.
  std::vector<std::u32string> inflected;
  std::vector<uint32_t> inflected_entry;
  for (uint32_t id = 0; id < lex.entries_.size(); ++id) {
    if (forms[id].empty()) return Error{ErrorCode::kDataError, 0, where[id] + "phrase has no tokens"};
    if (lex.entries_[id].cls == "nationality" && forms[id].size() == 1) {
      for (auto& form : nationality_forms(forms[id][0])) {
        inflected.push_back(std::move(form));
        inflected_entry.push_back(id);
      }
    } else {
      lex.add_phrase(forms[id], id);
    }
  }
  const auto inflected_forms = forms_by_line(join_lines(inflected), tokenizer);
  for (size_t k = 0; k < inflected.size(); ++k) lex.add_phrase(inflected_forms[k], inflected_entry[k]);
  return lex;
}

uint32_t Lexicon::word_id(std::u32string_view form) const {
  auto it = word_ids_.find(form);
  return it == word_ids_.end() ? kNoWord : it->second;
}

uint32_t Lexicon::intern(const std::u32string& form) {
  const uint32_t id = word_id(form);
  if (id != kNoWord) return id;
  words_.push_back(form);
  const uint32_t new_id = static_cast<uint32_t>(words_.size() - 1);
  word_ids_.emplace(words_.back(), new_id);
  return new_id;
}

uint32_t Lexicon::child(uint32_t node, uint32_t word) const {
  if (word == kNoWord) return 0;
  auto it = edges_.find(uint64_t{node} << 32 | word);
  return it == edges_.end() ? 0 : it->second;
}

void Lexicon::add_phrase(const std::vector<std::u32string>& forms, uint32_t entry) {
  uint32_t node = 0;
  for (const auto& form : forms) {
    const uint64_t edge = uint64_t{node} << 32 | intern(form);
    auto it = edges_.find(edge);
    if (it == edges_.end()) {
      const uint32_t next = static_cast<uint32_t>(node_entries_.size());
      edges_.emplace(edge, next);
      node_entries_.emplace_back();
      node = next;
    } else {
      node = it->second;
    }
  }
  auto& list = node_entries_[node];
  if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
}

void Lexicon::collect(const std::vector<Token>& tokens, size_t start, size_t i, uint32_t node,
                      uint32_t skip, std::vector<LexiconMatch>* out) const {
  if (i >= tokens.size() || (i > start && tokens[i].line_break_before)) return;
  const Token& token = tokens[i];
  for (const std::u32string* candidate : {&token.form, &token.alt_form}) {
    if (candidate->empty()) continue;
    std::u32string_view form = *candidate;
    if (i == start) form.remove_prefix(std::min<size_t>(skip, form.size()));
    const uint32_t next = child(node, word_id(form));
    if (next == 0) continue;
    for (uint32_t e : node_entries_[next]) {
      out->push_back({static_cast<uint32_t>(i - start + 1), skip, e});
    }
    collect(tokens, start, i + 1, next, skip, out);
  }
}

std::vector<LexiconMatch> Lexicon::matches_at(const std::vector<Token>& tokens,
                                              size_t start) const {
  std::vector<LexiconMatch> out;
  if (start >= tokens.size()) return out;
  collect(tokens, start, start, 0, 0, &out);
  const Token& first = tokens[start];
  if (first.kind == TokenKind::kWord && first.arabic) {
    const size_t max_skip = proclitic_prefix_len(first.form);
    for (uint32_t skip = 1; skip <= max_skip; ++skip) collect(tokens, start, start, 0, skip, &out);
  }
  // Longest first; among equals, the unskipped reading first.
  std::stable_sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    if (a.token_count != b.token_count) return a.token_count > b.token_count;
    return a.skip < b.skip;
  });
  return out;
}

const std::string& Lexicon::primary_phrase(std::string_view cls, std::string_view key) const {
  static const std::string kNone;
  auto it = primary_.find(std::string(cls) + '\t' + std::string(key));
  return it == primary_.end() ? kNone : entries_[it->second].phrase;
}

bool Lexicon::has_word(std::u32string_view form, std::string_view cls) const {
  const uint32_t node = child(0, word_id(form));
  if (node == 0) return false;
  for (uint32_t e : node_entries_[node]) {
    if (entries_[e].cls == cls) return true;
  }
  return false;
}

}  // namespace kashif
