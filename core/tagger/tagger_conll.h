// Pre-tokenised text: ANERcorp's CoNLL files, for the trainer and `kashif tag`.
//
// In: `token<TAB>...<TAB>tag` lines, blank lines between sentences. Out: the
// sentences, each normalised and tokenised as running text is, with a map
// from the tagger's words back to the input words, so that tags can be
// written out for exactly the input's tokens.
#ifndef KASHIF_CORE_TAGGER_CONLL_H_
#define KASHIF_CORE_TAGGER_CONLL_H_

#include <string>
#include <string_view>
#include <vector>

#include "core/text/normalize.h"
#include "core/status.h"
#include "core/tagger/tagger_internal.h"
#include "core/text/tokenize.h"

namespace kashif {

// One sentence of a CoNLL file: `token<TAB>...<TAB>tag` lines, blank lines
// between sentences. `tags` holds the last column, empty when a line has one.
struct ConllSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;
};
Expected<std::vector<ConllSentence>> parse_conll(std::string_view text);

// Pre-tokenised words joined with spaces, normalised and tokenised like any
// document, so the model sees them exactly as it sees running text.
struct PretokenizedSentence {
  Normalized doc;
  std::vector<Token> tokens;
  std::vector<TaggerWord> words;
  std::vector<uint32_t> source_word;  // words[k] lies inside input word source_word[k]
  uint32_t source_count = 0;
};
Expected<PretokenizedSentence> prepare_pretokenized(const std::vector<std::string>& words,
                                                    const Normalizer& normalizer,
                                                    const Tokenizer& tokenizer);

// One tag per input word: the tag of its first word that is not punctuation
// (an input word like `(د` holds two model words).
std::vector<NerTag> source_word_tags(const PretokenizedSentence& sentence,
                                     const std::vector<NerTag>& word_tags);

}  // namespace kashif

#endif  // KASHIF_CORE_TAGGER_CONLL_H_
