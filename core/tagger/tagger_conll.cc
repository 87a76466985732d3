#include "core/tagger/tagger_conll.h"

#include <algorithm>

#include "core/text/utf8.h"

namespace kashif {

Expected<std::vector<ConllSentence>> parse_conll(std::string_view text) {
  std::vector<ConllSentence> out;
  ConllSentence sentence;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    const size_t line_start = pos;
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (!sentence.words.empty()) out.push_back(std::move(sentence));
      sentence = {};
      continue;
    }
    auto decoded = decode_utf8(line);
    if (!decoded.ok()) {
      Error e = decoded.error();
      e.byte_offset += line_start;
      return e;
    }
    const size_t tab = line.find('\t');
    const size_t last_tab = line.rfind('\t');
    sentence.words.emplace_back(line.substr(0, tab));
    sentence.tags.emplace_back(tab == std::string_view::npos ? std::string_view()
                                                              : line.substr(last_tab + 1));
  }
  if (!sentence.words.empty()) out.push_back(std::move(sentence));
  return out;
}

Expected<PretokenizedSentence> prepare_pretokenized(const std::vector<std::string>& words,
                                                    const Normalizer& normalizer,
                                                    const Tokenizer& tokenizer) {
  std::u32string text;
  std::vector<uint32_t> starts;
  for (const std::string& word : words) {
    auto decoded = decode_utf8(word);
    if (!decoded.ok()) return decoded.error();
    if (!text.empty()) text.push_back(U' ');
    starts.push_back(static_cast<uint32_t>(text.size()));
    text += decoded.value();
  }
  PretokenizedSentence s;
  s.doc = normalizer.normalize(text);
  s.tokens = tokenizer.tokenize(s.doc);
  s.words = tagger_words(s.tokens);
  s.source_count = static_cast<uint32_t>(words.size());
  for (const TaggerWord& w : s.words) {
    const uint32_t original = s.doc.begin[s.tokens[w.first_token].begin];
    s.source_word.push_back(
        static_cast<uint32_t>(std::upper_bound(starts.begin(), starts.end(), original) - starts.begin() - 1));
  }
  return s;
}

std::vector<NerTag> source_word_tags(const PretokenizedSentence& s,
                                     const std::vector<NerTag>& word_tags) {
  enum Decided : uint8_t { kNone, kByPunct, kByWord };
  std::vector<NerTag> out(s.source_count, NerTag::kO);
  std::vector<Decided> decided(s.source_count, kNone);
  for (size_t k = 0; k < s.words.size(); ++k) {
    const uint32_t j = s.source_word[k];
    const Decided by = s.tokens[s.words[k].head_token].kind == TokenKind::kPunct ? kByPunct : kByWord;
    if (decided[j] >= by) continue;
    out[j] = word_tags[k];
    decided[j] = by;
  }
  return out;
}

}  // namespace kashif
