// A learned sequence tagger for the names no word list holds.
//
// In: a tokenised document and the lexicon. The model tags *words*: core
// tokens with their split proclitics joined back (`و|ب|الكويت` is one word),
// because that is how its training data, ANERcorp, writes them. Out: one
// IOB2 tag over PERS/LOC/ORG/MISC per word and a confidence margin.
//
// The model is an averaged perceptron over hashed features (the word, its
// stem without proclitics and article, affixes, the letter triples inside
// it, its split proclitics, shape, a ±2 word window, the lexicon classes
// that match, how common the word is in general Arabic, and the known
// words: what the training data tagged the word as) with first-order
// Viterbi decoding. A linear-chain CRF on an earlier feature set scored
// about a point higher on ANERcorp dev with CRFsuite, but a CRF of our own
// scored lower in cross-validation, and the perceptron trains in seconds,
// decodes with integer adds only, and so gives the same tags on
// every platform, wasm included. Decoding runs twice: the second pass also
// reads what the first said about the word's other mentions in the document
// (NameMemory), so a name recognised once is recognised again, and a word
// new to the model that recurs nearby is taken for the name it often is.
//
// This header is what the analysis uses: a loaded model and the names it
// adds to the rules' mentions. The building blocks (features, decoding, the
// model's tables and file format) are in tagger_internal.h, for the trainer
// and the tests; training and CoNLL input are in tagger_train.h and
// tagger_conll.h, in a library of their own (kashif_tagger_train) that the
// analysis library does not link: the browser never trains.
//
// Guarantees: the tags form valid IOB2 (I-X only after B-X or I-X); the same
// model and input give the same tags; Tagger::load rejects a model whose
// magic, version, tag set, sizes or checksum do not match, and never reads
// past the bytes it is given.
#ifndef KASHIF_CORE_TAGGER_H_
#define KASHIF_CORE_TAGGER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "core/recognizers/recognizer.h"
#include "core/status.h"

namespace kashif {

struct TaggerModel;  // tagger_internal.h

// A loaded model; immutable, so one Tagger serves any number of threads.
class Tagger {
 public:
  // Validates and loads a model file (format in tagger_internal.h).
  static Expected<Tagger> load(std::string_view model_file);
  // The model compiled into the library from core/model/tagger.bin.
  static Expected<Tagger> load_embedded();

  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;
  ~Tagger();

  const TaggerModel& model() const;

 private:
  explicit Tagger(std::unique_ptr<const TaggerModel> model);
  std::unique_ptr<const TaggerModel> model_;
};

// How the model's names join the rules' (core/analyze.cc sets the figures).
// Margins are an entity's smallest word margin.
struct ModelMergePolicy {
  float min_margin = 0;  // a name the rules did not find
  // The words the model adds around a rule's PERS mention it contains.
  float extend_margin = 0;
  // The words of a rule's unsure PERS candidate (person.h), all of which the
  // model must tag PERS.
  float confirm_margin = 0;
};

// Adds the model's PERS, ORG and LOC names as Priority::kModelGuess mentions
// whose margin reaches the policy's. LOC becomes LOC when the lexicon lists
// the span as a region, else GPE; MISC is dropped (no core type matches it).
// Proclitics stay outside the span (GUIDE.md). A model PERS name that holds
// a rule's PERS mention (one of *out on entry) stretches that mention
// instead, when its added words reach extend_margin and overlap no other
// mention of *out. An `unsure` candidate every word of which the model tags
// PERS with confirm_margin is added as the rule's mention.
void find_model_names(const Tagger& tagger, const RecognizerInput& in, const ModelMergePolicy& policy,
                      const std::vector<Mention>& unsure, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_TAGGER_H_
