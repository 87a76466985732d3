// Every word list of core/data/ in one phrase trie over token forms.
//
// In: the TSV files of core/data (`phrase<TAB>class<TAB>attrs...`, #
// comments). Each phrase is normalised and tokenised exactly as documents
// are, so a lookup compares token forms and is blind to hamza, ta marbuta,
// diacritics and digit script. Classes with inflection (nationality
// adjectives) are expanded when compiling; no recogniser keeps its own copy
// of a list.
//
// The trie is compiled once, at build time (tools/compile_lexicon.cc, run by
// CMake on the TSV files, so it cannot be stale), into one flat blob — the
// entries' strings, the interned token forms, each trie node's parent edge
// and the entries ending at it — that is embedded (data.h:
// embedded_lexicon_blob()) and read in place, the way SentencePiece
// precompiles its normaliser: start-up parses no TSV and tokenises no
// phrase. It only hashes the forms and edges into two flat tables (kept out
// of the blob: random slots would not compress, and the page ships the blob
// gzipped). A bad row is a build error naming its file and line.
//
// Guarantees: matches_at() returns every entry whose phrase matches the
// tokens starting at a position, longest first; a match may skip leading
// proclitic letters of its first token (`وقطر` matches `قطر` with skip 1).
// from_blob() checks every length and index of the blob, so a damaged blob
// is an Error, never a read out of bounds.
#ifndef KASHIF_CORE_LEXICON_H_
#define KASHIF_CORE_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/lexicon/data.h"
#include "core/lexicon/word_class.h"
#include "core/text/normalize.h"
#include "core/status.h"
#include "core/text/tokenize.h"

namespace kashif {

// The further columns of an entry, as views into the lexicon's blob.
class LexiconAttrs {
 public:
  size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }
  std::string_view operator[](size_t i) const { return columns_[i]; }

 private:
  friend class Lexicon;
  const std::string_view* columns_ = nullptr;
  uint32_t count_ = 0;
};

// Views into the lexicon's blob: valid as long as the Lexicon (or a copy).
struct LexiconEntry {
  std::string_view phrase;  // as written in the data file (UTF-8)
  std::string_view file;    // the data file it came from (states: countries.tsv)
  WordClass cls;            // second column: GPE, ORG, title, month, ...
  LexiconAttrs attrs;       // further columns
};

struct LexiconMatch {
  uint32_t token_count;  // tokens covered, from the start position
  uint32_t skip;         // proclitic letters skipped in the first token
  uint32_t entry;        // for Lexicon::entry()
};

class Lexicon {
 public:
  // The trie of the given TSV files as a blob for from_blob(); an Error
  // names the file and line of a bad row (a class word_class.h does not list
  // is one). The build runs this once.
  static Expected<std::string> compile(const std::vector<EmbeddedFile>& files,
                                       const Normalizer& normalizer, const Tokenizer& tokenizer);
  // Reads a blob in place; `blob` must outlive the Lexicon and its copies
  // (the embedded one lives as long as the program).
  static Expected<Lexicon> from_blob(std::string_view blob);
  // compile() and from_blob() in one, the Lexicon owning its blob: for tests
  // and tools that build a trie from other lists.
  static Expected<Lexicon> load(const std::vector<EmbeddedFile>& files,
                                const Normalizer& normalizer, const Tokenizer& tokenizer);

  const LexiconEntry& entry(uint32_t id) const { return entries_[id]; }
  size_t entry_count() const { return entry_count_; }

  // All matches at tokens[start...], longest first; of equal length, the
  // reading without a proclitic skip comes first.
  std::vector<LexiconMatch> matches_at(const std::vector<Token>& tokens, size_t start) const;

  // The first phrase listed with class `cls` and first attribute `key`: the
  // display name of a body all of whose aliases share that key. Empty if none.
  std::string_view primary_phrase(WordClass cls, std::string_view key) const;

  // True when some entry of class `cls` matches exactly the token form.
  bool has_word(std::u32string_view form, WordClass cls) const;

 private:
  static constexpr uint32_t kNoWord = UINT32_MAX;
  struct Index;  // lexicon.cc: the blob's tables and the hash tables over them
  explicit Lexicon(std::shared_ptr<const Index> index);
  static Expected<Lexicon> from_blob(std::string_view blob, std::shared_ptr<const std::string> owned);
  // The id of a token form seen in some phrase, or kNoWord. No allocation:
  // lookups run for every token and every proclitic reading of it.
  uint32_t word_id(std::u32string_view form) const;
  // The child of `node` along word `word`, or 0 (the root is no child).
  uint32_t child(uint32_t node, uint32_t word) const;
  // Walks the trie from `node` over tokens[i...], trying both readings of a
  // fused لل token.
  void collect(const std::vector<Token>& tokens, size_t start, size_t i, uint32_t node,
               uint32_t skip, std::vector<LexiconMatch>* out) const;

  // Shared by copies, so the entries' views stay valid in each.
  std::shared_ptr<const Index> index_;
  const LexiconEntry* entries_;  // index_->entries, for the inline entry()
  size_t entry_count_;
};

}  // namespace kashif

#endif  // KASHIF_CORE_LEXICON_H_
