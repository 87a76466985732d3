// Training the tagger of tagger.h from IOB2-tagged, pre-tokenised sentences.
//
// In: training sentences (and optionally held-out ones to report on), each
// word tagged as in ANERcorp. Out: the bytes of a model file.
// The learner is Collins' averaged perceptron: decode a sentence with the
// current weights, and where the best path differs from the gold one, add the
// gold path's features and subtract the predicted path's; the model is the
// average of the weights over all steps, which generalises far better than
// the last weights. Decoding gives every wrong tag a head start (`margin`),
// so updates go on until the gold path wins clearly, and the model averages
// a few such perceptrons (`runs`). The known words (tagger.h) are counted
// from the training data, each part's from the other parts only. The
// averaged weights are then quantised to int8 with one scale, and weights
// that round to zero are pruned.
//
// Guarantees: the same sentences, options and seed give byte-identical
// models (integer updates, a fixed shuffle, no threads, no clock).
#ifndef KASHIF_CORE_TAGGER_TRAIN_H_
#define KASHIF_CORE_TAGGER_TRAIN_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/status.h"
#include "core/tagger/tagger.h"

namespace kashif {

// Entity-level counts as CoNLL's conlleval takes them: an entity counts when
// its type and both word boundaries match. Index 0 is all types together
// (micro), then PERS, LOC, ORG, MISC.
struct EntityScores {
  std::array<uint32_t, 5> tp{}, fp{}, fn{};
  void add(const std::vector<NerTag>& gold, const std::vector<NerTag>& predicted);
  double precision(int type = 0) const;
  double recall(int type = 0) const;
  double f1(int type = 0) const;
};
const char* entity_score_name(int type);  // "micro", "PERS", ...

struct TrainOptions {
  int epochs = 10;
  // The first pass's tags for the name memory, and the known words, come
  // from this many held-out parts.
  int folds = 5;
  uint32_t seed = 1;  // orders the sentences of each epoch
  int hash_bits = 17;
  // The perceptron updates until the gold tag of every word wins by this
  // much (in update steps): a large-margin variant that leans less on any
  // one feature.
  int32_t margin = 5;
  // How many perceptrons, each seeing the sentences in its own orders, the
  // model averages.
  int runs = 4;
};

struct EpochReport {
  int epoch = 0;
  double train_error_rate = 0;  // words the perceptron got wrong during the epoch
  EntityScores dev;             // the epoch's quantised model on the held-out sentences
  // For the last epoch only: held-out scores when entities below a margin
  // are dropped, to choose the pipeline's confidence threshold.
  std::vector<std::pair<float, EntityScores>> dev_by_min_margin;
};

// Trains on `train`, reporting each epoch's held-out scores on `dev` (may be
// empty) through on_epoch (may be empty). An Error names the sentence and
// word of a tag outside NerTag or of invalid UTF-8.
Expected<std::string> train_tagger(const std::vector<ConllSentence>& train,
                                   const std::vector<ConllSentence>& dev,
                                   const TrainOptions& options, const Normalizer& normalizer,
                                   const Tokenizer& tokenizer, const Lexicon& lexicon,
                                   const FrequencyTable& frequencies,
                                   const std::function<void(const EpochReport&)>& on_epoch);

// The FrequencyTable of a word list (`word<TAB>centibels` lines, as
// tools/wordfreq_ar.py writes them): each word is normalised and tokenised
// like running text, and the frequencies of all the forms of one stem with
// and without the article are summed. Words that are not one Arabic word
// are skipped. An Error names a malformed line.
Expected<FrequencyTable> frequency_table(std::string_view tsv, const Normalizer& normalizer,
                                         const Tokenizer& tokenizer);

// Tags the pre-tokenised sentences of one document (in order), one tag per
// input word; entities below min_margin are left out (drop_unsure_entities).
std::vector<std::vector<NerTag>> tag_pretokenized(const Tagger& tagger,
                                                  const std::vector<PretokenizedSentence>& sentences,
                                                  const Lexicon& lexicon, float min_margin = 0);

}  // namespace kashif

#endif  // KASHIF_CORE_TAGGER_TRAIN_H_
