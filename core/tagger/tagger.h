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
// Guarantees: the tags form valid IOB2 (I-X only after B-X or I-X); the same
// model and input give the same tags; Tagger::load rejects a model whose
// magic, version, tag set, sizes or checksum do not match, and never reads
// past the bytes it is given.
#ifndef KASHIF_CORE_TAGGER_H_
#define KASHIF_CORE_TAGGER_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/recognizers/recognizer.h"
#include "core/status.h"

namespace kashif {

// ANERcorp's tag set, in the order of the model file's header.
enum class NerTag : uint8_t { kO, kBPers, kIPers, kBLoc, kILoc, kBOrg, kIOrg, kBMisc, kIMisc };
constexpr int kNerTagCount = 9;

const char* ner_tag_name(NerTag tag);  // "O", "B-PERS", ...
std::optional<NerTag> parse_ner_tag(std::string_view name);

// A word as the model sees it: tokens[first_token, head_token], where the
// tokens before head_token are the proclitics split from it.
struct TaggerWord {
  uint32_t first_token;
  uint32_t head_token;
};

// The words of a token sequence; every token belongs to exactly one word.
std::vector<TaggerWord> tagger_words(const std::vector<Token>& tokens);

struct TaggedWords {
  std::vector<TaggerWord> words;
  std::vector<NerTag> tags;
  // How much the best tag sequence outscores the best one that gives the
  // word another tag, in the model's score units (0: a tie).
  std::vector<float> margins;
};

// A word's key for the name memory and the known words: the word without
// proclitics and article (`بالكويت` → `كويت`), hashed to 64 bits. 0: none
// (numbers, punctuation, one-letter words).
using WordKey = uint64_t;
WordKey word_key(std::u32string_view stem);

// The key of a stem's consonant skeleton: its first letter, then its other
// letters but the long vowels ا و ي ى. Foreign names are spelt with or
// without their long vowels (`يونيفيل`, `يونيفل`; `تشيلسي`, `تشلسي`), so
// the known words are also looked up by skeleton. 0 for stems under four
// letters or skeletons under three, which collide with too many words.
WordKey spelling_key(std::u32string_view stem);

// How common words are in general Arabic (wordfreq, tools/wordfreq_ar.py):
// for a word key, the frequency class of the stem alone (high nibble) and
// with the article (low nibble), 0 for never seen, 1 rare … 7 very common.
// A foreign name is rare in both forms; a common noun takes the article,
// a name mostly does not (`كوبل` but `الكتاب`): Arabic's nearest thing to
// capital letters.
//
// Held compactly: the words' 24-bit fingerprints (the top bits of the key),
// sorted, with one class byte each; about 1 word in 100 that the table does
// not hold shares a fingerprint with one it does, and reads that word's
// classes, a small noise the weights absorb. Words rare in both forms are
// left out: they read as never seen.
class FrequencyTable {
 public:
  static constexpr int kFingerprintBits = 24;
  static uint32_t fingerprint(WordKey key) { return static_cast<uint32_t>(key >> (64 - kFingerprintBits)); }

  // Adds a word (any order); finish() sorts, and merges equal fingerprints
  // by keeping the larger classes.
  void add(WordKey key, uint8_t classes);
  void finish();
  // A finished table from its parts, as the model file stores them
  // (fingerprints strictly increasing, one class byte each).
  static FrequencyTable from_sorted(std::vector<uint32_t> fingerprints, std::vector<uint8_t> classes);
  // The classes of `key`, 0 when the table does not hold it.
  uint8_t find(WordKey key) const;
  size_t size() const { return fingerprints_.size(); }
  const std::vector<uint32_t>& fingerprints() const { return fingerprints_; }
  const std::vector<uint8_t>& classes() const { return classes_; }

 private:
  std::vector<uint32_t> fingerprints_;
  std::vector<uint8_t> classes_;
};
constexpr int kFrequencyClasses = 8;
constexpr uint8_t kNoFrequency = 0xff;  // not a word the table could hold
uint8_t frequency_class(int centibels);  // 100 * -log10(frequency) → 1..7

// The weights of a trained model, as stored in the model file.
struct TaggerModel {
  int hash_bits = 0;            // 2^hash_bits feature buckets
  // Scores are integers in units of `scale`. A weight is stored as an int8
  // code q meaning q * |q| units: square companding keeps fine steps near
  // zero, where most weights are, and coarse ones only for the few large.
  float scale = 1;
  std::vector<int8_t> weights;  // [bucket * kNerTagCount + tag]
  // In units; [from * kNerTagCount + to], row kNerTagCount is the sentence start.
  std::vector<int32_t> transitions;
  // The known words: every word key of the training data that was ever part
  // of an entity, with how often it got each tag there. A gazetteer learned
  // from the training data (known_word_features).
  std::unordered_map<WordKey, std::array<uint16_t, kNerTagCount>> known;
  // Every word key of the training data, as a bit set over vocabulary_slot().
  // A word whose bit is clear is new to the model. Empty: none is new.
  std::vector<uint64_t> vocabulary;
  FrequencyTable frequencies;
};

constexpr int kVocabularyBits = 20;
inline uint32_t vocabulary_slot(WordKey key) { return static_cast<uint32_t>(key >> (64 - kVocabularyBits)); }
bool in_vocabulary(const TaggerModel& model, WordKey key);

// Appends the hashed features the known words give keys[k]: the entity type
// its training mentions got most, how consistently and whether as B or I,
// the type of its sentence neighbours, and `new` when the model never saw
// the word. The trainer counts each part of the training data's known words
// from the other parts only, so the weights learn how far a known word can be
// trusted on new text, and how new words behave.
// `spellings`: the words' spelling keys (empty: none).
void known_word_features(const TaggerModel& model, const std::vector<WordKey>& keys,
                         const std::vector<WordKey>& spellings, size_t k, bool has_prev,
                         bool has_next, std::vector<uint32_t>* out);
std::vector<std::string> known_word_feature_names(const TaggerModel& model,
                                                  const std::vector<WordKey>& keys,
                                                  const std::vector<WordKey>& spellings, size_t k,
                                                  bool has_prev, bool has_next);

// The words of a document as the first pass tagged them: for each word key
// (the word without proclitics and article), how often it got each entity
// type and how often none. The second pass reads it as features, so a name
// recognised once informs its other mentions (`كريس كلارك` … `كلارك`).
class NameMemory {
 public:
  // sign +1 adds the words, -1 takes them out again.
  void add(const std::vector<WordKey>& keys, const std::vector<NerTag>& tags, int sign);
  // Appends the hashed memory features of keys[k], from the other mentions
  // of it and of its neighbours in the sentence (tags: their first-pass tags,
  // each left out of its own count).
  // `unseen`: keys[k] is new to the model (in_vocabulary is false), which
  // adds how often the word recurs nearby: a new word that recurs is often a name.
  // `frequency`: the class of the word's own form (WordFeatures::frequency),
  // which adds how often a word that rare recurs.
  void features(const std::vector<WordKey>& keys, const std::vector<NerTag>& tags, size_t k,
                bool has_prev, bool has_next, bool unseen, uint8_t frequency, int hash_bits,
                std::vector<uint32_t>* out) const;
  std::vector<std::string> feature_names(const std::vector<WordKey>& keys,
                                         const std::vector<NerTag>& tags, size_t k, bool has_prev,
                                         bool has_next, bool unseen = false,
                                         uint8_t frequency = kNoFrequency) const;

  // Counts of the other mentions of `key` (own tag left out): [0] O, then
  // PERS, LOC, ORG, MISC; false when the key is 0 or unknown.
  bool others(WordKey key, NerTag own, std::array<int32_t, 5>* counts) const;

 private:
  // [0]: tagged O, [1..4]: PERS, LOC, ORG, MISC (B or I)
  std::unordered_map<WordKey, std::array<int32_t, 5>> counts_;
};

class Tagger {
 public:
  // Validates and loads a model file (format in tagger.cc).
  static Expected<Tagger> load(std::string_view model_file);
  // The model compiled into the library from core/model/tagger.bin.
  static Expected<Tagger> load_embedded();

  // Tags every word of in.tokens in two passes, the second with the
  // document's NameMemory; a line break starts a new sentence.
  TaggedWords tag(const RecognizerInput& in) const;

  // Tags sentences of one document that were tokenised apart (CoNLL input);
  // each sentence's memory spans kMemoryWindow sentences either side of it.
  static constexpr size_t kMemoryWindow = 15;
  std::vector<TaggedWords> tag_sentences(const std::vector<RecognizerInput>& sentences) const;

  const TaggerModel& model() const { return model_; }

 private:
  struct FirstPass {
    TaggedWords tagged;
    std::vector<WordKey> keys;
    std::vector<uint8_t> unseen;
    std::vector<uint8_t> frequency;
    std::vector<int32_t> emission;
  };
  explicit Tagger(TaggerModel model) : model_(std::move(model)) {}
  FirstPass first_pass(const RecognizerInput& in) const;
  void second_pass(const RecognizerInput& in, const NameMemory& memory, FirstPass* pass) const;
  TaggerModel model_;
};

// Sets to O every entity (a B-X and its I-X words) whose smallest word
// margin is below min_margin: the confidence threshold.
void drop_unsure_entities(float min_margin, TaggedWords* tagged);

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

// --- Pre-tokenised text (ANERcorp's CoNLL files) ---

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

// --- Building blocks shared with the trainer (core/tagger_train.h) ---

// The hashed features of every word: buckets[offsets[k], offsets[k + 1]) for
// words[k]. Features never cross a sentence (line break) boundary.
struct WordFeatures {
  std::vector<uint32_t> offsets;
  std::vector<uint32_t> buckets;
  std::vector<WordKey> keys;  // NameMemory and known-word keys
  std::vector<WordKey> spellings;  // spelling_key of each word
  // The frequency class of each word's own form (with or without the
  // article, as written), or kNoFrequency.
  std::vector<uint8_t> frequency;
};
WordFeatures extract_features(const RecognizerInput& in, const std::vector<TaggerWord>& words,
                              const FrequencyTable& frequencies, int hash_bits);

// The features of words[k] by name (`w=الكويت`, `lb=GPE`), for tests and
// debugging.
std::vector<std::string> feature_names(const RecognizerInput& in,
                                       const std::vector<TaggerWord>& words,
                                       const FrequencyTable& frequencies, size_t k);

// The bytes of core/model/tagger.bin, compiled in by cmake/embed_binary.cmake.
std::string_view embedded_tagger_model();

// Adds the weights of `buckets` to the scores of one word.
void add_weights(const TaggerModel& model, const uint32_t* buckets, size_t count, int32_t* scores);

// One Viterbi pass per sentence (a line break starts one) over emission[k * T + t].
void decode_sentences(const RecognizerInput& in, const std::vector<TaggerWord>& words,
                      const int32_t* emission, const int32_t* transition, NerTag* tags,
                      int32_t* margins);

// The best IOB2-valid tag sequence for n words with scores emission[i * T + t]
// and transition as in TaggerModel (T = kNerTagCount). margins may be null.
void viterbi(const int32_t* emission, size_t n, const int32_t* transition, NerTag* tags,
             int32_t* margins);

// The model file's bytes; Tagger::load(encode_model(m)) gives back m.
std::string encode_model(const TaggerModel& model);

}  // namespace kashif

#endif  // KASHIF_CORE_TAGGER_H_
