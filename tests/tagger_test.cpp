#include <catch2/catch.hpp>

#include <algorithm>

#include "core/lexicon/data.h"
#include "core/lexicon/lexicon.h"
#include "core/recognizers/person.h"
#include "core/tagger/tagger.h"
#include "core/tagger/tagger_train.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

const Lexicon& lexicon() {
  static const Lexicon l = Lexicon::load(embedded_files(), normalizer(), tokenizer()).value();
  return l;
}

const Tagger& tagger() {
  static const Tagger t = Tagger::load_embedded().value();
  return t;
}

struct Doc {
  std::u32string text;
  Normalized norm;
  std::vector<Token> tokens;
  RecognizerInput input() const { return {norm, tokens, lexicon()}; }
};

Doc doc(const std::string& utf8) {
  Doc d;
  d.text = u32(utf8);
  d.norm = normalizer().normalize(d.text);
  d.tokens = tokenizer().tokenize(d.norm);
  return d;
}

// "word/TAG" for every model word that is not O.
std::vector<std::string> entity_words(const Doc& d) {
  const TaggedWords tagged = tag_words(tagger(), d.input());
  std::vector<std::string> out;
  for (size_t k = 0; k < tagged.words.size(); ++k) {
    if (tagged.tags[k] == NerTag::kO) continue;
    const OriginalSpan span = d.norm.to_original(d.tokens[tagged.words[k].first_token].begin,
                                                 d.tokens[tagged.words[k].head_token].end);
    out.push_back(u8(std::u32string_view(d.text).substr(span.start, span.end - span.start)) + "/" +
                  ner_tag_name(tagged.tags[k]));
  }
  return out;
}

bool has(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

TEST_CASE("the committed model tags a new sentence sensibly", "[tagger]") {
  // Made up for the test, not from ANERcorp.
  const Doc d = doc("وقال الرئيس الكيني ويليام روتو إن حكومته ستفتتح مكتبا في نيروبي.");
  const std::vector<std::string> tagged = entity_words(d);
  CHECK(has(tagged, "ويليام/B-PERS"));
  CHECK(has(tagged, "روتو/I-PERS"));
  CHECK(has(tagged, "نيروبي/B-LOC"));
  CHECK_FALSE(has(tagged, "الرئيس/B-PERS"));  // a title is not part of the name
  CHECK_FALSE(has(tagged, "وقال/B-PERS"));
}

TEST_CASE("tags are valid IOB2 and margins are not negative", "[tagger]") {
  const Doc d = doc("أكد المدرب جوزيه مورينيو أن فريق روما سيلعب غدا.\nوقال الرئيس إن الاجتماع انتهى.");
  const TaggedWords tagged = tag_words(tagger(), d.input());
  REQUIRE(tagged.tags.size() == tagged.words.size());
  REQUIRE(tagged.margins.size() == tagged.words.size());
  for (size_t k = 0; k < tagged.tags.size(); ++k) {
    const std::string name = ner_tag_name(tagged.tags[k]);
    if (name[0] == 'I') {
      REQUIRE(k > 0);
      CHECK(std::string(ner_tag_name(tagged.tags[k - 1])).substr(2) == name.substr(2));
    }
    CHECK(tagged.margins[k] >= 0);
  }
}

TEST_CASE("model words re-join split proclitics", "[tagger]") {
  const Doc d = doc("وبالكويت قطر");
  const std::vector<TaggerWord> words = tagger_words(d.tokens);
  REQUIRE(d.tokens.size() == 4);  // و | ب | الكويت | قطر
  REQUIRE(words.size() == 2);
  CHECK(words[0].first_token == 0);
  CHECK(words[0].head_token == 2);
  CHECK(words[1].first_token == 3);
  CHECK(words[1].head_token == 3);
}

TEST_CASE("the features of a known token", "[tagger]") {
  const Doc d = doc("وصل الوفد بالكويت أمس");
  const std::vector<TaggerWord> words = tagger_words(d.tokens);
  REQUIRE(words.size() == 4);
  const std::vector<std::string> f = feature_names(d.input(), words, {}, 2);
  CHECK(has(f, "w=بالكويت"));     // the whole word, proclitic included
  CHECK(has(f, "s=كويت"));        // without proclitic and article
  CHECK(has(f, "shape=A4ac"));    // Arabic, 4 letters, article, split proclitic
  CHECK(has(f, "p2=كو"));
  CHECK(has(f, "x3=ويت"));
  CHECK(has(f, "w-1=الوفد"));
  CHECK(has(f, "w+1=امس"));       // matching form: hamza folded
  CHECK(has(f, "w+2=</s>"));
  CHECK(has(f, "lb=GPE"));        // the gazetteer knows الكويت
  CHECK(has(f, "s-1|s=وفد|كويت"));
}

TEST_CASE("the letter triples inside a long word", "[tagger]") {
  const Doc d = doc("ودعا فينغر");
  const std::vector<TaggerWord> words = tagger_words(d.tokens);
  REQUIRE(words.size() == 2);
  const std::vector<std::string> name = feature_names(d.input(), words, {}, 1);
  CHECK(has(name, "in3=ينغ"));  // the only triple touching neither end of فينغر
  CHECK_FALSE(has(name, "in3=فين"));
  CHECK_FALSE(has(name, "in3=نغر"));
  CHECK(std::count_if(name.begin(), name.end(), [](const std::string& f) { return f.rfind("in3=", 0) == 0; }) == 1);
  CHECK_FALSE(has(feature_names(d.input(), words, {}, 0), "in3=ع"));  // ودعا: stem دعا, too short
}

TEST_CASE("a word's split proclitics are a feature", "[tagger]") {
  const Doc d = doc("طالبان والقاعدة وبالدوحة وموناكو");
  const std::vector<TaggerWord> words = tagger_words(d.tokens);
  REQUIRE(words.size() == 4);
  CHECK(has(feature_names(d.input(), words, {}, 1), "pc=و"));
  CHECK(has(feature_names(d.input(), words, {}, 2), "pc=وب"));
  // Proclitics are split only before the article; `وموناكو` stays whole.
  for (size_t k : {size_t{0}, size_t{3}}) {
    const std::vector<std::string> f = feature_names(d.input(), words, {}, k);
    CHECK(std::none_of(f.begin(), f.end(), [](const std::string& x) { return x.rfind("pc=", 0) == 0; }));
  }
}

TEST_CASE("the name memory carries a name to its other mentions", "[tagger]") {
  NameMemory memory;
  const std::vector<WordKey> keys = {word_key(U"كريس"), word_key(U"كلارك"), word_key(U"قال"),
                                     word_key(U"كلارك")};
  const std::vector<NerTag> tags = {NerTag::kBPers, NerTag::kIPers, NerTag::kO, NerTag::kO};
  memory.add(keys, tags, +1);
  // The lone كلارك (O in the first pass) learns that its other mention was PERS.
  const std::vector<std::string> f = memory.feature_names(keys, tags, 3, true, false);
  CHECK(has(f, "mem=PERS"));
  CHECK(has(f, "mem|share=PERS|all"));
  // And the word before it learns that its neighbour is a known name.
  CHECK(has(memory.feature_names(keys, tags, 2, true, true), "mem+1=PERS"));
  memory.add(keys, tags, -1);
  CHECK(memory.feature_names(keys, tags, 3, true, false).empty());
}

TEST_CASE("a new word that recurs nearby is marked for the second pass", "[tagger]") {
  NameMemory memory;
  const std::vector<WordKey> keys = {word_key(U"فينغر"), word_key(U"صرح"), word_key(U"فينغر")};
  const std::vector<NerTag> tags = {NerTag::kO, NerTag::kO, NerTag::kO};
  memory.add(keys, tags, +1);
  CHECK(has(memory.feature_names(keys, tags, 0, false, true, /*unseen=*/true), "new|rep=1"));
  CHECK_FALSE(has(memory.feature_names(keys, tags, 0, false, true, /*unseen=*/false), "new|rep=1"));
  CHECK(has(memory.feature_names(keys, tags, 1, true, true, /*unseen=*/true), "new|rep=0"));
}

namespace {

// A model that knows كلارك as a name (3 times B-PERS, once O) and قال as a
// word, and no other word.
TaggerModel model_with_known_words() {
  TaggerModel model;
  model.hash_bits = 8;
  model.weights.assign((1u << 8) * kNerTagCount, 0);
  model.transitions.assign((kNerTagCount + 1) * kNerTagCount, 0);
  std::array<uint16_t, kNerTagCount> counts{};
  counts[static_cast<int>(NerTag::kBPers)] = 3;
  counts[static_cast<int>(NerTag::kO)] = 1;
  model.known[word_key(U"كلارك")] = counts;
  model.vocabulary.assign((size_t{1} << kVocabularyBits) / 64, 0);
  for (const char32_t* word : {U"كلارك", U"قال"}) {
    const uint32_t slot = vocabulary_slot(word_key(word));
    model.vocabulary[slot / 64] |= uint64_t{1} << (slot % 64);
  }
  model.frequencies.add(word_key(U"كتاب"), 0x56);
  model.frequencies.add(word_key(U"كلارك"), 0x30);
  model.frequencies.finish();
  return model;
}

// Rewrites a model file's checksum after an edit.
void resum(std::string* bytes) {
  uint32_t sum = 2166136261u;
  for (size_t i = 0; i + 4 < bytes->size(); ++i) sum = (sum ^ static_cast<unsigned char>((*bytes)[i])) * 16777619u;
  for (int i = 0; i < 4; ++i) (*bytes)[bytes->size() - 4 + i] = static_cast<char>(sum >> (8 * i) & 0xff);
}

}  // namespace

TEST_CASE("the known words of the training data become features", "[tagger]") {
  const TaggerModel model = model_with_known_words();
  const std::vector<WordKey> keys = {word_key(U"قال"), word_key(U"كلارك"), word_key(U"تارور"), 0};
  const std::vector<std::string> clark = known_word_feature_names(model, keys, {}, 1, true, true);
  CHECK(has(clark, "kn=PERS"));
  CHECK(has(clark, "kn|share=PERS|most"));  // 3 of its 4 mentions
  CHECK(has(clark, "kn|pos=PERS|B"));
  CHECK_FALSE(has(clark, "new="));
  // قال is known, but never as a name: only its neighbour speaks.
  CHECK(known_word_feature_names(model, keys, {}, 0, false, true) == std::vector<std::string>{"kn+1=PERS"});
  // تارور was never seen; a word without a key (punctuation) gets nothing.
  CHECK(has(known_word_feature_names(model, keys, {}, 2, true, true), "new="));
  CHECK(has(known_word_feature_names(model, keys, {}, 2, true, true), "kn-1=PERS"));
  CHECK(known_word_feature_names(model, keys, {}, 3, true, false).empty());
}

TEST_CASE("a name spelt with or without its long vowels is known either way", "[tagger]") {
  CHECK(spelling_key(U"يونيفيل") == spelling_key(U"يونيفل"));
  CHECK(spelling_key(U"تشيلسي") == spelling_key(U"تشلسي"));
  CHECK(spelling_key(U"فينغر") != spelling_key(U"فيرون"));
  CHECK(spelling_key(U"وليد") != 0);  // a first و is a consonant: kept
  CHECK(spelling_key(U"وليد") != spelling_key(U"ليد"));
  CHECK(spelling_key(U"قال") == 0);   // too short: would collide with everything
  CHECK(spelling_key(U"ساوي") == 0);  // skeleton under three letters

  TaggerModel model = model_with_known_words();
  std::array<uint16_t, kNerTagCount> counts{};
  counts[static_cast<int>(NerTag::kBMisc)] = 4;
  model.known[spelling_key(U"يونيفيل")] = counts;
  const std::vector<WordKey> keys = {word_key(U"يونيفل")};
  const std::vector<WordKey> spellings = {spelling_key(U"يونيفل")};
  const auto f = known_word_feature_names(model, keys, spellings, 0, false, false);
  CHECK(has(f, "kn~=MISC"));
  CHECK(has(f, "kn~|share=MISC|all"));
  CHECK_FALSE(has(f, "kn=MISC"));  // not known as spelt
}

TEST_CASE("word frequencies: a compact table of classes", "[tagger]") {
  FrequencyTable table;
  table.add(word_key(U"كتاب"), 0x56);
  table.add(word_key(U"كوبل"), 0x20);
  table.add(word_key(U"كتاب"), 0x71);  // the same word again: the larger classes win
  table.finish();
  CHECK(table.size() == 2);
  CHECK(table.find(word_key(U"كتاب")) == 0x76);
  CHECK(table.find(word_key(U"كوبل")) == 0x20);
  CHECK(table.find(word_key(U"تارور")) == 0);

  CHECK(frequency_class(300) == 7);  // one word in a thousand
  CHECK(frequency_class(500) == 4);
  CHECK(frequency_class(790) == 1);
  CHECK(frequency_class(2000) == 1);

  // A word list: forms of one stem are summed, with and without the article.
  const std::string tsv = "الكتاب\t400\nبالكتاب\t500\nكتاب\t480\nكوبل\t560\nنادرة\t820\nشحيحة\t660\n";
  const auto built = frequency_table(tsv, normalizer(), tokenizer());
  REQUIRE(built.ok());
  const uint8_t book = built.value().find(word_key(U"كتاب"));
  CHECK(book >> 4 == frequency_class(480));
  CHECK((book & 0xf) == frequency_class(396));  // 10^-4 + 10^-5 ≈ 10^-3.96
  CHECK(built.value().find(word_key(U"كوبل")) == frequency_class(560) << 4);
  // نادرة (class 1) and شحيحة (class 2) are rare in both forms: left out.
  CHECK(frequency_class(660) == 2);
  CHECK(built.value().size() == 2);

  const auto bad = frequency_table("كتاب\tmany\n", normalizer(), tokenizer());
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("line 1") != std::string::npos);
}

TEST_CASE("the word frequencies become features", "[tagger]") {
  const Doc d = doc("قال كوبل إن الكتاب");
  const std::vector<TaggerWord> words = tagger_words(d.tokens);
  REQUIRE(words.size() == 4);
  FrequencyTable table;
  table.add(word_key(U"قال"), 0x70);
  table.add(word_key(U"كوبل"), 0x20);
  table.add(word_key(U"كتاب"), 0x56);
  table.finish();
  const auto koppel = feature_names(d.input(), words, table, 1);
  CHECK(has(koppel, "fq=b20"));    // no article; rare alone, never with one
  CHECK(has(koppel, "fq|own=2"));
  CHECK(has(koppel, "fq-1=7"));
  CHECK(has(koppel, "fq+1=0"));    // إن is not in the table
  const auto book = feature_names(d.input(), words, table, 3);
  CHECK(has(book, "fq=a56"));
  CHECK(has(book, "fq|own=6"));    // as written: with the article
}

TEST_CASE("model names become mentions with the proclitic outside", "[tagger]") {
  const Doc d = doc("وقال الرئيس الكيني ويليام روتو إن حكومته ستفتتح مكتبا في نيروبي.");
  std::vector<Mention> mentions;
  find_model_names(tagger(), d.input(), ModelMergePolicy{}, {}, &mentions);
  bool person = false;
  for (const Mention& m : mentions) {
    CHECK(m.priority == Priority::kModelGuess);
    if (m.type != EntityType::kPers) continue;
    const OriginalSpan span = d.norm.to_original(m.begin, m.end);
    CHECK(u8(std::u32string_view(d.text).substr(span.start, span.end - span.start)) == "ويليام روتو");
    person = true;
  }
  CHECK(person);
}

TEST_CASE("a damaged model file is an error value", "[tagger]") {
  const std::string good(embedded_tagger_model());
  REQUIRE(Tagger::load(good).ok());

  CHECK(Tagger::load("").error().code == ErrorCode::kDataError);
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  CHECK(Tagger::load(bad_magic).error().message.find("magic") != std::string::npos);
  std::string bad_version = good;
  bad_version[4] = 99;
  CHECK(Tagger::load(bad_version).error().message.find("version") != std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x40;
  CHECK(Tagger::load(flipped).error().message.find("checksum") != std::string::npos);
  CHECK_FALSE(Tagger::load(good.substr(0, good.size() - 100)).ok());
  CHECK_FALSE(Tagger::load(good + "x").ok());
}

TEST_CASE("a model survives encoding and a tag set mismatch is caught", "[tagger]") {
  TaggerModel model;
  model.hash_bits = 8;
  model.scale = 0.5f;
  model.weights.assign((1u << 8) * kNerTagCount, 0);
  model.weights[17 * kNerTagCount + 3] = -5;
  model.weights[200 * kNerTagCount + 0] = 127;
  model.transitions.assign((kNerTagCount + 1) * kNerTagCount, 0);
  model.transitions[4] = -70000;
  const std::string bytes = encode_model(model);
  auto loaded = Tagger::load(bytes);
  REQUIRE(loaded.ok());
  CHECK(loaded.value().model().weights == model.weights);
  CHECK(loaded.value().model().transitions == model.transitions);
  CHECK(loaded.value().model().scale == 0.5f);
  CHECK(loaded.value().model().known.empty());
  CHECK(loaded.value().model().vocabulary.empty());

  // The known words and the vocabulary come back too.
  TaggerModel known = model_with_known_words();
  auto with_known = Tagger::load(encode_model(known));
  REQUIRE(with_known.ok());
  CHECK(with_known.value().model().known == known.known);
  CHECK(with_known.value().model().vocabulary == known.vocabulary);
  CHECK(with_known.value().model().frequencies.fingerprints() == known.frequencies.fingerprints());
  CHECK(with_known.value().model().frequencies.classes() == known.frequencies.classes());
  CHECK(encode_model(with_known.value().model()) == encode_model(known));

  // A word count larger than the bytes left, with a valid checksum: refused.
  {
    std::string bytes_with_words = encode_model(known);
    size_t gap_bytes = 0;  // varints of the fingerprint gaps
    int64_t previous = -1;
    for (uint32_t print : known.frequencies.fingerprints()) {
      for (uint64_t gap = static_cast<uint64_t>(print - previous - 1); ; gap >>= 7) {
        ++gap_bytes;
        if (gap < 0x80) break;
      }
      previous = print;
    }
    const size_t count_at = bytes_with_words.size() - 4 - known.frequencies.size() - gap_bytes - 4;
    REQUIRE(static_cast<uint8_t>(bytes_with_words[count_at]) == known.frequencies.size());
    bytes_with_words[count_at + 2] = 0x7f;  // 8.3 million words
    resum(&bytes_with_words);
    auto too_many = Tagger::load(bytes_with_words);
    REQUIRE_FALSE(too_many.ok());
    CHECK(too_many.error().message.find("bad word count") != std::string::npos);
  }

  // Rename a tag (B-PERS → B-PERX) and fix the checksum: still refused.
  std::string renamed = bytes;
  const size_t at = renamed.find("B-PERS");
  REQUIRE(at != std::string::npos);
  renamed[at + 5] = 'X';
  resum(&renamed);
  auto refused = Tagger::load(renamed);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("tag set") != std::string::npos);
}

TEST_CASE("training is deterministic", "[tagger]") {
  // A made-up sample, small enough to train in milliseconds.
  const std::string conll =
      "قال\tO\nالرئيس\tO\nسمير\tB-PERS\nحداد\tI-PERS\nفي\tO\nعمان\tB-LOC\n\n"
      "زار\tO\nوزير\tO\nالخارجية\tO\nبيروت\tB-LOC\nأمس\tO\n\n"
      "أعلنت\tO\nشركة\tB-ORG\nالنور\tI-ORG\nللطاقة\tI-ORG\nأرباحها\tO\n\n"
      "وأكد\tO\nحداد\tB-PERS\nأن\tO\nالبنك\tB-ORG\nالدولي\tI-ORG\nسيدعم\tO\nالأردن\tB-LOC\n\n"
      "فاز\tO\nفريق\tO\nالوحدة\tB-ORG\nبكأس\tB-MISC\nالدوري\tI-MISC\n\n"
      "وقالت\tO\nليلى\tB-PERS\nنصار\tI-PERS\nإن\tO\nدمشق\tB-LOC\nتنتظر\tO\n";
  const auto sentences = parse_conll(conll);
  REQUIRE(sentences.ok());
  REQUIRE(sentences.value().size() == 6);
  TrainOptions options;
  options.epochs = 3;
  options.hash_bits = 12;
  options.folds = 2;
  options.seed = 7;
  auto train = [&] {
    return train_tagger(sentences.value(), {}, options, normalizer(), tokenizer(), lexicon(), {}, {});
  };
  const auto first = train(), second = train();
  REQUIRE(first.ok());
  REQUIRE(second.ok());
  CHECK(first.value() == second.value());
  auto model = Tagger::load(first.value());
  REQUIRE(model.ok());
  CHECK(model.value().model().hash_bits == 12);
}

TEST_CASE("features fired by too few training words get no weight", "[tagger]") {
  const std::string conll =
      "قال\tO\nسمير\tB-PERS\nحداد\tI-PERS\nفي\tO\nعمان\tB-LOC\n\n"
      "زار\tO\nحداد\tB-PERS\nبيروت\tB-LOC\nأمس\tO\n\n"
      "وقالت\tO\nليلى\tB-PERS\nنصار\tI-PERS\nإن\tO\nعمان\tB-LOC\nتنتظر\tO\n";
  const auto sentences = parse_conll(conll);
  REQUIRE(sentences.ok());
  auto weights_of = [&](int min_count) {
    TrainOptions options;
    options.epochs = 3;
    options.hash_bits = 12;
    options.folds = 2;
    options.min_feature_count = min_count;
    const auto bytes = train_tagger(sentences.value(), {}, options, normalizer(), tokenizer(), lexicon(), {}, {});
    REQUIRE(bytes.ok());
    const auto model = Tagger::load(bytes.value());
    REQUIRE(model.ok());
    return static_cast<size_t>(std::count_if(model.value().model().weights.begin(), model.value().model().weights.end(),
                                             [](int8_t w) { return w != 0; }));
  };
  const size_t all = weights_of(1), common = weights_of(2);
  CHECK(common > 0);  // the bias, shapes and repeated words (حداد, عمان) stay
  CHECK(common < all);
}

TEST_CASE("a bad tag in training data is an error value", "[tagger]") {
  const auto sentences = parse_conll("سمير\tB-PER\n");
  REQUIRE(sentences.ok());
  const auto model = train_tagger(sentences.value(), {}, TrainOptions{}, normalizer(), tokenizer(),
                                  lexicon(), {}, {});
  REQUIRE_FALSE(model.ok());
  CHECK(model.error().message.find("B-PER") != std::string::npos);
}

TEST_CASE("CoNLL input keeps tokens, tags and sentence breaks", "[tagger]") {
  const auto parsed = parse_conll("أ\tx\tB-LOC\nب\tO\n\n\nج\r\n");
  REQUIRE(parsed.ok());
  REQUIRE(parsed.value().size() == 2);
  CHECK(parsed.value()[0].words == std::vector<std::string>{"أ", "ب"});
  CHECK(parsed.value()[0].tags == std::vector<std::string>{"B-LOC", "O"});
  CHECK(parsed.value()[1].words == std::vector<std::string>{"ج"});
  CHECK(parsed.value()[1].tags == std::vector<std::string>{""});
  const auto bad = parse_conll("ok\tO\n\xff\tO\n");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().byte_offset == 5);
}

TEST_CASE("the tagger's name lists load, and name no everyday word", "[tagger]") {
  auto classes_of = [](const char* text) {
    const Doc d = doc(text);
    std::vector<std::string> out;
    for (const LexiconMatch& m : lexicon().matches_at(d.tokens, 0)) {
      if (m.token_count == d.tokens.size()) out.emplace_back(word_class_name(lexicon().entry(m.entry).cls));
    }
    return out;
  };
  CHECK(has(classes_of("بان كي مون"), "public_figure"));
  CHECK(has(classes_of("أينشتاين"), "public_figure"));  // historical_figures.tsv
  CHECK(has(classes_of("أوبلاك"), "public_figure"));  // sports_figures.tsv
  CHECK(has(classes_of("باسل خياط"), "public_figure"));  // culture_figures.tsv
  CHECK(has(classes_of("عبدالهادي المجالي"), "public_figure"));  // political_figures.tsv
  CHECK(has(classes_of("الزمالك"), "club"));
  CHECK(has(classes_of("يديعوت أحرونوت"), "org_name"));
  // Hamza is folded, so a given name spelt آن would be every أن and إن.
  for (const char* word : {"أن", "إن", "أنا", "جو", "سام", "لولا"}) {
    INFO(word);
    CHECK_FALSE(has(classes_of(word), "given"));
  }
}

TEST_CASE("a model name that holds a rule's person name lengthens it", "[tagger]") {
  const Doc d = doc("وقال الرئيس الكيني ويليام روتو إن حكومته ستفتتح مكتبا في نيروبي.");
  const auto span_text = [&](const Mention& m) {
    const OriginalSpan span = d.norm.to_original(m.begin, m.end);
    return u8(std::u32string_view(d.text).substr(span.start, span.end - span.start));
  };
  const auto first_name = [&] {  // a rule's mention of `ويليام` alone
    const size_t i = std::find_if(d.tokens.begin(), d.tokens.end(),
                                  [](const Token& t) { return t.form == u32("ويليام"); }) -
                     d.tokens.begin();
    return mention_over_tokens(d.input(), i, i, 0, EntityType::kPers, Priority::kPattern);
  };
  ModelMergePolicy policy{36, 20};

  std::vector<Mention> mentions{first_name()};
  find_model_names(tagger(), d.input(), policy, {}, &mentions);
  CHECK(span_text(mentions[0]) == "ويليام روتو");
  CHECK(mentions[0].priority == Priority::kPattern);
  for (size_t k = 1; k < mentions.size(); ++k) CHECK(mentions[k].type != EntityType::kPers);

  // Not over another recogniser's mention, nor with too little confidence.
  Mention other = first_name();
  other.begin = other.end + 1;
  other.end = other.begin + 4;
  other.type = EntityType::kOrg;
  mentions = {first_name(), other};
  find_model_names(tagger(), d.input(), policy, {}, &mentions);
  CHECK(span_text(mentions[0]) == "ويليام");
  policy.extend_margin = 1e9;
  mentions = {first_name()};
  find_model_names(tagger(), d.input(), policy, {}, &mentions);
  CHECK(span_text(mentions[0]) == "ويليام");
}

TEST_CASE("a rule's unsure name joins only when the model tags it PERS", "[tagger]") {
  const ModelMergePolicy policy{36, 20, 0};
  const auto run = [&](const std::string& text, std::vector<Mention>* unsure) {
    const Doc d = doc(text);
    std::vector<Mention> mentions;
    find_person_names(d.input(), &mentions, unsure);
    const size_t rules = mentions.size();
    find_model_names(tagger(), d.input(), policy, *unsure, &mentions);
    std::vector<std::string> added;
    for (size_t k = rules; k < mentions.size(); ++k) {
      if (mentions[k].priority != Priority::kPattern) continue;
      const OriginalSpan span = d.norm.to_original(mentions[k].begin, mentions[k].end);
      added.push_back(u8(std::u32string_view(d.text).substr(span.start, span.end - span.start)));
    }
    return added;
  };
  // A given name and an unknown surname before an accusative role.
  std::vector<Mention> unsure;
  CHECK(run("وانتخب المجلس البلدي سمير حداد رئيسا للبلدية.", &unsure) ==
        std::vector<std::string>{"سمير حداد"});
  CHECK(unsure.size() == 1);
  // A given name that is also a noun, before an adjective: a candidate the
  // model does not confirm.
  unsure.clear();
  CHECK(run("وشارك في الندوة أمل كبير، وهو باحث.", &unsure).empty());
  CHECK(unsure.size() == 1);
}
