#include "core/tagger/tagger_train.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <tuple>
#include <unordered_map>

#include "core/text/utf8.h"

namespace kashif {

namespace {

constexpr int T = kNerTagCount;

int entity_type_of(NerTag tag) { return (static_cast<int>(tag) + 1) / 2; }  // 0: O
bool is_inside(NerTag tag) { return tag != NerTag::kO && static_cast<int>(tag) % 2 == 0; }
NerTag inside_of(int type) { return static_cast<NerTag>(type * 2); }
NerTag begin_of(int type) { return static_cast<NerTag>(type * 2 - 1); }

// conlleval's chunks: [begin, end) word ranges with their type. An I-X that
// does not continue an X starts a new entity, as in conll_score.py.
std::set<std::tuple<size_t, size_t, int>> entities(const std::vector<NerTag>& tags) {
  std::set<std::tuple<size_t, size_t, int>> out;
  size_t start = 0;
  int type = 0;
  for (size_t i = 0; i <= tags.size(); ++i) {
    const NerTag t = i < tags.size() ? tags[i] : NerTag::kO;
    const int ty = entity_type_of(t);
    const bool boundary = ty == 0 || !is_inside(t) || ty != type;
    if (boundary && type != 0) {
      out.emplace(start, i, type);
      type = 0;
    }
    if (ty != 0 && (!is_inside(t) || type == 0)) {
      start = i;
      type = ty;
    }
  }
  return out;
}

// A sentence ready for training: its words, their features and gold tags.
struct Example {
  PretokenizedSentence sentence;
  WordFeatures features;
  WordFeatures known;               // known-word features (offsets and buckets only)
  std::vector<uint8_t> unseen;      // the word is new to the other parts of the training data
  WordFeatures memory;              // name-memory features (offsets and buckets only)
  std::vector<NerTag> gold;         // per model word
  std::vector<NerTag> source_gold;  // per input word
};

Expected<std::vector<NerTag>> parse_tags(const ConllSentence& s, size_t index) {
  std::vector<NerTag> out;
  for (size_t j = 0; j < s.tags.size(); ++j) {
    const auto tag = parse_ner_tag(s.tags[j]);
    if (!tag) {
      return Error{ErrorCode::kInvalidArgument, 0,
                   "sentence " + std::to_string(index + 1) + ", word " + std::to_string(j + 1) +
                       ": tag '" + s.tags[j] + "' is not one of O, B-/I-PERS, LOC, ORG, MISC"};
    }
    out.push_back(*tag);
  }
  return out;
}

// Spreads input-word tags over model words: the word that source_word_tags
// reads carries the input word's tag, the rest of an entity word continue it
// (I-X), and punctuation before it stays outside.
std::vector<NerTag> model_word_gold(const PretokenizedSentence& s, const std::vector<NerTag>& source) {
  // The model word that represents each input word, chosen as
  // source_word_tags chooses it: the first that is not punctuation.
  std::vector<long> representative(s.source_count, -1);
  std::vector<uint8_t> rank(s.source_count, 0);
  for (size_t k = 0; k < s.words.size(); ++k) {
    const uint32_t j = s.source_word[k];
    const uint8_t r = s.tokens[s.words[k].head_token].kind == TokenKind::kPunct ? 1 : 2;
    if (rank[j] >= r) continue;
    rank[j] = r;
    representative[j] = static_cast<long>(k);
  }
  std::vector<NerTag> gold(s.words.size(), NerTag::kO);
  for (size_t k = 0; k < s.words.size(); ++k) {
    const uint32_t j = s.source_word[k];
    const NerTag tag = source[j];
    const int type = entity_type_of(tag);
    if (static_cast<long>(k) == representative[j]) {
      gold[k] = tag;
    } else if (type != 0 && (static_cast<long>(k) > representative[j] || is_inside(tag))) {
      gold[k] = inside_of(type);
    }
  }
  // A word the normaliser dropped entirely can leave an I-X without its B-X.
  for (size_t k = 0; k < gold.size(); ++k) {
    if (is_inside(gold[k]) && (k == 0 || entity_type_of(gold[k - 1]) != entity_type_of(gold[k]))) {
      gold[k] = begin_of(entity_type_of(gold[k]));
    }
  }
  return gold;
}

Expected<std::vector<Example>> prepare(const std::vector<ConllSentence>& sentences,
                                       const Normalizer& normalizer, const Tokenizer& tokenizer,
                                       const Lexicon& lexicon, const FrequencyTable& frequencies,
                                       int hash_bits) {
  std::vector<Example> out;
  out.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    auto tags = parse_tags(sentences[i], i);
    if (!tags.ok()) return tags.error();
    auto prepared = prepare_pretokenized(sentences[i].words, normalizer, tokenizer);
    if (!prepared.ok()) {
      Error e = prepared.error();
      e.message = "sentence " + std::to_string(i + 1) + ": " + e.message;
      return e;
    }
    Example ex;
    ex.sentence = std::move(prepared).value();
    ex.source_gold = std::move(tags).value();
    ex.gold = model_word_gold(ex.sentence, ex.source_gold);
    const RecognizerInput in{ex.sentence.doc, ex.sentence.tokens, lexicon};
    ex.features = extract_features(in, ex.sentence.words, frequencies, hash_bits);
    out.push_back(std::move(ex));
  }
  return out;
}

// Collins' perceptron with the lazy averaging trick: `sum` accumulates
// step * update, so the average after `step` steps is weight - sum / step
// without touching every weight at every step.
class Perceptron {
 public:
  Perceptron(int hash_bits, int32_t margin)
      : margin_(margin),
        weights_((size_t{1} << hash_bits) * T, 0),
        sums_(weights_.size(), 0),
        transitions_((T + 1) * T, 0),
        transition_sums_(transitions_.size(), 0) {}

  // Learns from one sentence, with its name-memory features or without
  // them (as the first pass sees it). Returns the number of words tagged
  // wrongly before the update.
  size_t learn(const Example& ex, bool with_memory) {
    const size_t n = ex.gold.size();
    if (n == 0) return 0;
    std::vector<const WordFeatures*> sets = {&ex.features, &ex.known};
    if (with_memory) sets.push_back(&ex.memory);
    std::vector<int32_t> emission(n * T, 0);
    for (size_t k = 0; k < n; ++k) {
      for (const WordFeatures* set : sets) {
        for (uint32_t f = set->offsets[k]; f < set->offsets[k + 1]; ++f) {
          const int32_t* w = &weights_[size_t{set->buckets[f]} * T];
          for (int t = 0; t < T; ++t) emission[k * T + t] += w[t];
        }
      }
    }
    // Cost-augmented decoding: every wrong tag starts `margin` ahead, so the
    // weights keep moving until the gold path wins by a margin per word.
    for (size_t k = 0; k < n; ++k) {
      for (int t = 0; t < T; ++t) {
        if (t != static_cast<int>(ex.gold[k])) emission[k * T + t] += margin_;
      }
    }
    std::vector<NerTag> predicted(n);
    viterbi(emission.data(), n, transitions_.data(), predicted.data(), nullptr);
    size_t wrong = 0;
    for (size_t k = 0; k < n; ++k) {
      const int gold = static_cast<int>(ex.gold[k]), guess = static_cast<int>(predicted[k]);
      const int gold_prev = k == 0 ? T : static_cast<int>(ex.gold[k - 1]);
      const int guess_prev = k == 0 ? T : static_cast<int>(predicted[k - 1]);
      if (gold != guess) {
        ++wrong;
        for (const WordFeatures* set : sets) {
          for (uint32_t f = set->offsets[k]; f < set->offsets[k + 1]; ++f) {
            const size_t row = size_t{set->buckets[f]} * T;
            update(&weights_[row + gold], &sums_[row + gold], +1);
            update(&weights_[row + guess], &sums_[row + guess], -1);
          }
        }
      }
      if (gold != guess || gold_prev != guess_prev) {
        update(&transitions_[gold_prev * T + gold], &transition_sums_[gold_prev * T + gold], +1);
        update(&transitions_[guess_prev * T + guess], &transition_sums_[guess_prev * T + guess], -1);
      }
    }
    ++step_;
    return wrong;
  }

  // Adds the averaged weights, times `factor`, to weights and transitions.
  void add_average(double factor, std::vector<double>* weights, std::vector<double>* transitions) const {
    auto average = [&](int32_t w, int64_t sum) {
      return static_cast<double>(w) - static_cast<double>(sum) / static_cast<double>(step_);
    };
    weights->resize(weights_.size(), 0);
    transitions->resize(transitions_.size(), 0);
    for (size_t i = 0; i < weights_.size(); ++i) (*weights)[i] += factor * average(weights_[i], sums_[i]);
    for (size_t i = 0; i < transitions_.size(); ++i) {
      (*transitions)[i] += factor * average(transitions_[i], transition_sums_[i]);
    }
  }

 private:
  void update(int32_t* weight, int64_t* sum, int32_t delta) {
    *weight += delta;
    *sum += static_cast<int64_t>(step_) * delta;
  }

  int32_t margin_;
  std::vector<int32_t> weights_;
  std::vector<int64_t> sums_;
  std::vector<int32_t> transitions_;
  std::vector<int64_t> transition_sums_;
  uint64_t step_ = 1;
};

// Weights as TaggerModel stores them: square-companded int8 codes whose
// largest magnitude, 127, is the largest emission weight. Weights that round
// to code 0 are gone (pruned).
TaggerModel quantized_model(int hash_bits, const std::vector<double>& weights,
                            const std::vector<double>& transitions) {
  double largest = 0;
  for (double w : weights) largest = std::max(largest, std::abs(w));
  TaggerModel m;
  m.hash_bits = hash_bits;
  m.scale = static_cast<float>(largest > 0 ? largest / (127 * 127) : 1);
  const double unit = m.scale;
  m.weights.resize(weights.size());
  for (size_t i = 0; i < weights.size(); ++i) {
    const double units = weights[i] / unit;
    const long code = std::min(127L, std::lround(std::sqrt(std::abs(units))));
    m.weights[i] = static_cast<int8_t>(units < 0 ? -code : code);
  }
  m.transitions.resize(transitions.size());
  for (size_t i = 0; i < transitions.size(); ++i) m.transitions[i] = static_cast<int32_t>(std::lround(transitions[i] / unit));
  return m;
}

TaggerModel averaged_model(const Perceptron& p, int hash_bits) {
  std::vector<double> w, t;
  p.add_average(1, &w, &t);
  return quantized_model(hash_bits, w, t);
}

// The first-pass tags of one training sentence under model m.
std::vector<NerTag> decode(const TaggerModel& m, const Example& ex) {
  const size_t n = ex.gold.size();
  std::vector<int32_t> emission(n * T, 0);
  for (size_t k = 0; k < n; ++k) {
    for (const WordFeatures* set : {&ex.features, &ex.known}) {
      add_weights(m, &set->buckets[set->offsets[k]], set->offsets[k + 1] - set->offsets[k],
                  &emission[k * T]);
    }
  }
  std::vector<NerTag> tags(n);
  viterbi(emission.data(), n, m.transitions.data(), tags.data(), nullptr);
  return tags;
}

}  // namespace

void EntityScores::add(const std::vector<NerTag>& gold, const std::vector<NerTag>& predicted) {
  const auto g = entities(gold), p = entities(predicted);
  for (const auto& e : p) {
    const bool hit = g.count(e) > 0;
    for (int type : {0, std::get<2>(e)}) (hit ? tp : fp)[type]++;
  }
  for (const auto& e : g) {
    if (p.count(e) == 0) {
      for (int type : {0, std::get<2>(e)}) fn[type]++;
    }
  }
}

double EntityScores::precision(int type) const {
  return tp[type] + fp[type] ? static_cast<double>(tp[type]) / (tp[type] + fp[type]) : 0;
}
double EntityScores::recall(int type) const {
  return tp[type] + fn[type] ? static_cast<double>(tp[type]) / (tp[type] + fn[type]) : 0;
}
double EntityScores::f1(int type) const {
  const double p = precision(type), r = recall(type);
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

const char* entity_score_name(int type) {
  static const char* kNames[] = {"micro", "PERS", "LOC", "ORG", "MISC"};
  return kNames[type];
}

std::vector<std::vector<NerTag>> tag_pretokenized(const Tagger& tagger,
                                                  const std::vector<PretokenizedSentence>& sentences,
                                                  const Lexicon& lexicon, float min_margin) {
  std::vector<RecognizerInput> inputs;
  inputs.reserve(sentences.size());
  for (const PretokenizedSentence& s : sentences) inputs.push_back({s.doc, s.tokens, lexicon});
  std::vector<TaggedWords> tagged = tagger.tag_sentences(inputs);
  std::vector<std::vector<NerTag>> out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    drop_unsure_entities(min_margin, &tagged[i]);
    out.push_back(source_word_tags(sentences[i], tagged[i].tags));
  }
  return out;
}

Expected<std::string> train_tagger(const std::vector<ConllSentence>& train,
                                   const std::vector<ConllSentence>& dev,
                                   const TrainOptions& options, const Normalizer& normalizer,
                                   const Tokenizer& tokenizer, const Lexicon& lexicon,
                                   const FrequencyTable& frequencies,
                                   const std::function<void(const EpochReport&)>& on_epoch) {
  if (options.hash_bits < 8 || options.hash_bits > 24 || options.epochs < 1) {
    return Error{ErrorCode::kInvalidArgument, 0, "hash bits must be 8..24 and epochs at least 1"};
  }
  auto examples = prepare(train, normalizer, tokenizer, lexicon, frequencies, options.hash_bits);
  if (!examples.ok()) return examples.error();
  auto held_out = prepare(dev, normalizer, tokenizer, lexicon, frequencies, options.hash_bits);
  if (!held_out.ok()) return held_out.error();

  std::vector<Example>& train_set = examples.value();
  const size_t folds = static_cast<size_t>(std::max(2, options.folds));
  auto fold_begin = [&](size_t fold) { return fold * train_set.size() / folds; };

  // The known words: counted over all the training data for the model, and
  // for each part of it over the other parts only (jackknifing again), so
  // that training sees them as the model will see new text, where a name is
  // often not known.
  using Counts = std::unordered_map<WordKey, std::array<uint32_t, T>>;
  // `spellings`: count the words' spelling keys instead of their keys.
  auto count = [&](size_t begin, size_t end, Counts* counts, bool spellings = false) {
    for (size_t i = begin; i < end; ++i) {
      const Example& ex = train_set[i];
      const std::vector<WordKey>& keys = spellings ? ex.features.spellings : ex.features.keys;
      for (size_t k = 0; k < ex.gold.size(); ++k) {
        if (keys[k] != 0) (*counts)[keys[k]][static_cast<int>(ex.gold[k])]++;
      }
    }
  };
  // A key's counts in `all` less those in `minus` (may be null).
  auto rest_of = [](const Counts::value_type& entry, const Counts* minus) {
    std::array<uint32_t, T> rest = entry.second;
    if (minus) {
      const auto it = minus->find(entry.first);
      if (it != minus->end()) {
        for (int t = 0; t < T; ++t) rest[t] -= it->second[t];
      }
    }
    return rest;
  };
  auto known_from = [&](const Counts& all, const Counts* minus) {
    std::unordered_map<WordKey, std::array<uint16_t, T>> known;
    for (const auto& entry : all) {
      const std::array<uint32_t, T> rest = rest_of(entry, minus);
      uint32_t entity = 0;
      for (int t = 1; t < T; ++t) entity += rest[t];
      if (entity == 0) continue;
      std::array<uint16_t, T> out;
      for (int t = 0; t < T; ++t) out[t] = static_cast<uint16_t>(std::min<uint32_t>(rest[t], 0xffff));
      known.emplace(entry.first, out);
    }
    return known;
  };
  auto vocabulary_from = [&](const Counts& all, const Counts* minus) {
    std::vector<uint64_t> bits((size_t{1} << kVocabularyBits) / 64, 0);
    for (const auto& entry : all) {
      uint32_t total = 0;
      for (uint32_t n : rest_of(entry, minus)) total += n;
      if (total == 0) continue;
      const uint32_t slot = vocabulary_slot(entry.first);
      bits[slot / 64] |= uint64_t{1} << (slot % 64);
    }
    return bits;
  };
  // Words and spellings share one table: their keys are hashed apart.
  auto all_known = [&](const Counts& words, const Counts& spellings, const Counts* minus_words,
                       const Counts* minus_spellings) {
    auto known = known_from(words, minus_words);
    known.merge(known_from(spellings, minus_spellings));
    return known;
  };
  Counts all_counts, all_spellings;
  count(0, train_set.size(), &all_counts);
  count(0, train_set.size(), &all_spellings, true);
  for (size_t fold = 0; fold < folds; ++fold) {
    Counts own, own_spellings;
    count(fold_begin(fold), fold_begin(fold + 1), &own);
    count(fold_begin(fold), fold_begin(fold + 1), &own_spellings, true);
    TaggerModel table;
    table.hash_bits = options.hash_bits;
    table.known = all_known(all_counts, all_spellings, &own, &own_spellings);
    table.vocabulary = vocabulary_from(all_counts, &own);
    for (size_t i = fold_begin(fold); i < fold_begin(fold + 1); ++i) {
      Example& ex = train_set[i];
      ex.known.offsets.clear();
      ex.known.buckets.clear();
      ex.unseen.assign(ex.gold.size(), 0);
      for (size_t k = 0; k < ex.gold.size(); ++k) {
        ex.unseen[k] = ex.features.keys[k] != 0 && !in_vocabulary(table, ex.features.keys[k]);
      }
      for (size_t k = 0; k < ex.gold.size(); ++k) {
        ex.known.offsets.push_back(static_cast<uint32_t>(ex.known.buckets.size()));
        known_word_features(table, ex.features.keys, ex.features.spellings, k, k > 0,
                            k + 1 < ex.gold.size(), &ex.known.buckets);
      }
      ex.known.offsets.push_back(static_cast<uint32_t>(ex.known.buckets.size()));
    }
  }

  std::vector<size_t> order(train_set.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937 rng(options.seed);  // mt19937's output is fixed by the standard
  // Fisher-Yates with our own index draw: std::shuffle and the standard
  // distributions may differ between library implementations.
  auto shuffle = [&](std::vector<size_t>* items) {
    for (size_t i = items->size(); i > 1; --i) std::swap((*items)[i - 1], (*items)[rng() % i]);
  };

  // The name memory needs first-pass tags like those the model will see on
  // new text, not on text it has learned: each part of the training data is
  // tagged by a model trained on the other parts (jackknifing).
  std::vector<std::vector<NerTag>> first_pass(train_set.size());
  for (size_t fold = 0; fold < folds; ++fold) {
    const size_t begin = fold_begin(fold), end = fold_begin(fold + 1);
    Perceptron fold_model(options.hash_bits, options.margin);
    std::vector<size_t> rest;
    for (size_t i : order) {
      if (i < begin || i >= end) rest.push_back(i);
    }
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle(&rest);
      for (size_t i : rest) fold_model.learn(train_set[i], false);
    }
    const TaggerModel m = averaged_model(fold_model, options.hash_bits);
    for (size_t i = begin; i < end; ++i) first_pass[i] = decode(m, train_set[i]);
  }
  // Each sentence's memory spans the sentences around it, as in tag_sentences.
  {
    NameMemory memory;
    const size_t w = Tagger::kMemoryWindow;
    size_t added = 0, removed = 0;
    for (size_t i = 0; i < train_set.size(); ++i) {
      for (; added < train_set.size() && added <= i + w; ++added) {
        memory.add(train_set[added].features.keys, first_pass[added], +1);
      }
      for (; removed + w < i; ++removed) memory.add(train_set[removed].features.keys, first_pass[removed], -1);
      Example& ex = train_set[i];
      ex.memory.offsets.clear();
      ex.memory.buckets.clear();
      for (size_t k = 0; k < ex.gold.size(); ++k) {
        ex.memory.offsets.push_back(static_cast<uint32_t>(ex.memory.buckets.size()));
        memory.features(ex.features.keys, first_pass[i], k, true, true, ex.unseen[k],
                        ex.features.frequency[k], options.hash_bits,
                        &ex.memory.buckets);
      }
      ex.memory.offsets.push_back(static_cast<uint32_t>(ex.memory.buckets.size()));
    }
  }

  // The final model learns every sentence both ways: without memory for the
  // first pass and with it for the second. It is the mean of `runs`
  // perceptrons that saw the sentences in different orders, which is steadier
  // than any one of them; each epoch of the last run is reported.
  std::string model_file;
  std::vector<double> earlier_weights, earlier_transitions;  // sum of the finished runs
  const int runs = std::max(1, options.runs);
  for (int run = 1; run <= runs; ++run) {
    Perceptron perceptron(options.hash_bits, options.margin);
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      shuffle(&order);
      size_t wrong = 0, words = 0;
      for (size_t i : order) {
        perceptron.learn(train_set[i], false);
        wrong += perceptron.learn(train_set[i], true);
        words += train_set[i].gold.size();
      }
      if (run < runs && epoch < options.epochs) continue;
      std::vector<double> weights = earlier_weights, transitions = earlier_transitions;
      perceptron.add_average(1, &weights, &transitions);
      if (run < runs) {
        earlier_weights = std::move(weights);
        earlier_transitions = std::move(transitions);
        continue;
      }
      for (double& x : weights) x /= runs;
      for (double& x : transitions) x /= runs;
      TaggerModel model = quantized_model(options.hash_bits, weights, transitions);
      model.known = all_known(all_counts, all_spellings, nullptr, nullptr);
      model.vocabulary = vocabulary_from(all_counts, nullptr);
      model.frequencies = frequencies;
      model_file = encode_model(model);
      if (!on_epoch) continue;
      EpochReport report;
      report.epoch = epoch;
      report.train_error_rate = words ? static_cast<double>(wrong) / words : 0;
      if (!held_out.value().empty()) {
        auto tagger = Tagger::load(model_file);
        if (!tagger.ok()) return tagger.error();
        std::vector<PretokenizedSentence> sentences;
        for (const Example& ex : held_out.value()) sentences.push_back(ex.sentence);
        const auto tags = tag_pretokenized(tagger.value(), sentences, lexicon);
        for (size_t i = 0; i < tags.size(); ++i) report.dev.add(held_out.value()[i].source_gold, tags[i]);
        for (float min_margin = 4; epoch == options.epochs && min_margin <= 40; min_margin += 4) {
          EntityScores scores;
          const auto sure = tag_pretokenized(tagger.value(), sentences, lexicon, min_margin);
          for (size_t i = 0; i < sure.size(); ++i) scores.add(held_out.value()[i].source_gold, sure[i]);
          report.dev_by_min_margin.emplace_back(min_margin, scores);
        }
      }
      on_epoch(report);
    }
  }
  return model_file;
}

// Words rarer than this in both forms are left out of the table (they read
// as never seen): it halves the table, and the weights hardly tell the two
// apart.
constexpr uint8_t kMinFrequencyClass = 2;

Expected<FrequencyTable> frequency_table(std::string_view tsv, const Normalizer& normalizer,
                                         const Tokenizer& tokenizer) {
  // Frequencies per word key, [0] without the article, [1] with it.
  std::unordered_map<WordKey, std::array<double, 2>> sums;
  size_t line_number = 0;
  for (size_t pos = 0; pos < tsv.size();) {
    size_t eol = tsv.find('\n', pos);
    if (eol == std::string_view::npos) eol = tsv.size();
    const std::string_view line = tsv.substr(pos, eol - pos);
    const size_t line_start = pos;
    pos = eol + 1;
    ++line_number;
    if (line.empty()) continue;
    const size_t tab = line.find('\t');
    int centibels = -1;
    if (tab != std::string_view::npos && tab + 1 < line.size()) {
      centibels = 0;
      for (char c : line.substr(tab + 1)) {
        if (c < '0' || c > '9' || centibels > 100000) {
          centibels = -1;
          break;
        }
        centibels = centibels * 10 + (c - '0');
      }
    }
    if (centibels < 0) {
      return Error{ErrorCode::kInvalidArgument, line_start,
                   "word frequencies, line " + std::to_string(line_number) + ": want word<TAB>centibels"};
    }
    auto decoded = decode_utf8(line.substr(0, tab));
    if (!decoded.ok()) continue;
    const Normalized doc = normalizer.normalize(decoded.value());
    const std::vector<Token> tokens = tokenizer.tokenize(doc);
    const std::vector<TaggerWord> words = tagger_words(tokens);
    if (words.size() != 1) continue;
    const Token& head = tokens[words[0].head_token];
    if (head.kind != TokenKind::kWord || !head.arabic) continue;
    std::u32string_view stem = head.form;
    const bool article = has_article(stem);
    if (article) stem.remove_prefix(2);
    if (stem.size() < 2) continue;
    sums[word_key(stem)][article ? 1 : 0] += std::pow(10.0, -centibels / 100.0);
  }
  FrequencyTable table;
  for (const auto& [key, f] : sums) {
    auto cls = [](double x) { return x > 0 ? frequency_class(static_cast<int>(std::lround(-100 * std::log10(x)))) : 0; };
    const uint8_t bare = cls(f[0]), article = cls(f[1]);
    if (std::max(bare, article) < kMinFrequencyClass) continue;
    table.add(key, static_cast<uint8_t>(bare << 4 | article));
  }
  table.finish();
  return table;
}

}  // namespace kashif
