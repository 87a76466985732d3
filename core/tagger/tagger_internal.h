// The tagger's building blocks (tagger.h): its tag set, words, features,
// tables, decoding and model file. For tagger.cc, the trainer
// (tagger_train.h) and the tests; the analysis uses tagger.h alone.
#ifndef KASHIF_CORE_TAGGER_INTERNAL_H_
#define KASHIF_CORE_TAGGER_INTERNAL_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/recognizers/recognizer.h"
#include "core/tagger/tagger.h"

namespace kashif {

// ANERcorp's tag set, in the order of the model file's header.
enum class NerTag : uint8_t { kO, kBPers, kIPers, kBLoc, kILoc, kBOrg, kIOrg, kBMisc, kIMisc };
constexpr int kNerTagCount = 9;

const char* ner_tag_name(NerTag tag);  // "O", "B-PERS", ...

// The tag set's IOB2 structure: O is 0, B-X odd, I-X the even tag after it;
// an entity type is 0 for O, then 1 PERS, 2 LOC, 3 ORG, 4 MISC.
inline int entity_type_of(NerTag tag) { return (static_cast<int>(tag) + 1) / 2; }
inline bool is_begin(NerTag tag) { return static_cast<int>(tag) % 2 == 1; }
inline bool is_inside(NerTag tag) { return tag != NerTag::kO && static_cast<int>(tag) % 2 == 0; }
inline NerTag begin_of(int type) { return static_cast<NerTag>(type * 2 - 1); }
inline NerTag inside_of(int type) { return static_cast<NerTag>(type * 2); }
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

// Tags every word of in.tokens in two passes, the second with the
// document's NameMemory; a line break starts a new sentence.
TaggedWords tag_words(const Tagger& tagger, const RecognizerInput& in);

// Tags sentences of one document that were tokenised apart (CoNLL input);
// each sentence's memory spans kMemoryWindow sentences either side of it.
constexpr size_t kMemoryWindow = 15;
std::vector<TaggedWords> tag_sentences(const Tagger& tagger, const std::vector<RecognizerInput>& sentences);

// Sets to O every entity (a B-X and its I-X words) whose smallest word
// margin is below min_margin: the confidence threshold.
void drop_unsure_entities(float min_margin, TaggedWords* tagged);

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

// --- The model file ---------------------------------------------------------
//
//   "KSHT", u16 version, u8 hash_bits, u8 tag count, the tag names (u8 length
//   + ASCII each), f32 scale, (T + 1) * T int32 transitions, u32 row count,
//   then one row per bucket holding a non-zero weight: varint gap to the
//   previous row's bucket, u16 mask of the tags present, one int8 per set bit.
//   Then the known words: u32 count, and for each in increasing key order a
//   u64 WordKey (two u32, low first) and T varint tag counts. Then the
//   vocabulary: u32 count of set bits, each a varint gap to the previous.
//   Then the word frequencies: u32 count, the fingerprints as varint gaps,
//   then one class byte each. Last, a u32 FNV-1a checksum of every byte before it. All little-endian.
// Rows are sparse because pruning leaves most buckets empty; the gap and mask
// coding keeps the file small before compression too. Tagger::load reads
// it; the trainer writes it (encode_model, tagger_train.h).
constexpr char kModelMagic[4] = {'K', 'S', 'H', 'T'};
// 4: features hashed from their parts' hashes (3 hashed the parts' letters).
constexpr uint16_t kModelVersion = 4;
uint32_t model_checksum(std::string_view bytes);  // FNV-1a

}  // namespace kashif

#endif  // KASHIF_CORE_TAGGER_INTERNAL_H_
