// Every word list of core/data/ in one phrase trie over token forms.
//
// In: the embedded TSV files (`phrase<TAB>class<TAB>attrs...`, # comments).
// Each phrase is normalised and tokenised exactly as documents are, so a
// lookup compares token forms and is blind to hamza, ta marbuta, diacritics
// and digit script. Classes with inflection (nationality adjectives) are
// expanded when loading; no recogniser keeps its own copy of a list.
//
// Guarantees: matches_at() returns every entry whose phrase matches the
// tokens starting at a position, longest first; a match may skip leading
// proclitic letters of its first token (`وقطر` matches `قطر` with skip 1).
#ifndef KASHIF_CORE_LEXICON_H_
#define KASHIF_CORE_LEXICON_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/lexicon/data.h"
#include "core/text/normalize.h"
#include "core/status.h"
#include "core/text/tokenize.h"

namespace kashif {

struct LexiconEntry {
  std::string phrase;              // as written in the data file (UTF-8)
  std::string file;                // the data file it came from (states: countries.tsv)
  std::string cls;                 // second column: GPE, ORG, title, month, ...
  std::vector<std::string> attrs;  // further columns
};

struct LexiconMatch {
  uint32_t token_count;  // tokens covered, from the start position
  uint32_t skip;         // proclitic letters skipped in the first token
  uint32_t entry;        // for Lexicon::entry()
};

class Lexicon {
 public:
  // Loads the given files; an Error names the file and line of a bad row.
  static Expected<Lexicon> load(const std::vector<EmbeddedFile>& files,
                                const Normalizer& normalizer, const Tokenizer& tokenizer);

  const LexiconEntry& entry(uint32_t id) const { return entries_[id]; }

  // All matches at tokens[start...], longest first; of equal length, the
  // reading without a proclitic skip comes first.
  std::vector<LexiconMatch> matches_at(const std::vector<Token>& tokens, size_t start) const;

  // The first phrase listed with class `cls` and first attribute `key`: the
  // display name of a body all of whose aliases share that key. Empty if none.
  const std::string& primary_phrase(std::string_view cls, std::string_view key) const;

  // True when some entry of class `cls` matches exactly the token form.
  bool has_word(std::u32string_view form, std::string_view cls) const;

 private:
  static constexpr uint32_t kNoWord = UINT32_MAX;
  // The id of a token form seen in some phrase, or kNoWord. No allocation:
  // lookups run for every token and every proclitic reading of it.
  uint32_t word_id(std::u32string_view form) const;
  uint32_t intern(const std::u32string& form);
  // The child of `node` along word `word`, or 0 (the root is no child).
  uint32_t child(uint32_t node, uint32_t word) const;
  void add_phrase(const std::vector<std::u32string>& forms, uint32_t entry);
  // Walks the trie from `node` over tokens[i...], trying both readings of a
  // fused لل token.
  void collect(const std::vector<Token>& tokens, size_t start, size_t i, uint32_t node,
               uint32_t skip, std::vector<LexiconMatch>* out) const;

  std::vector<LexiconEntry> entries_;
  // Interned forms; a deque so the views keying word_ids_ stay valid.
  std::deque<std::u32string> words_;
  std::unordered_map<std::u32string_view, uint32_t> word_ids_;
  // Trie: node 0 is the root; edges_ maps (node << 32 | word) to the child.
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<uint32_t>> node_entries_;  // entries ending at each node
  std::unordered_map<std::string, uint32_t> primary_;  // cls + '\t' + key → entry
};

}  // namespace kashif

#endif  // KASHIF_CORE_LEXICON_H_
