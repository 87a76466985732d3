#include "core/tagger/tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

#include "core/recognizers/name_chain.h"
#include "core/tagger/tagger_internal.h"
#include "core/text/utf8.h"

namespace kashif {

namespace {

constexpr int T = kNerTagCount;
constexpr const char* kTagNames[T] = {"O",     "B-PERS", "I-PERS", "B-LOC", "I-LOC",
                                      "B-ORG", "I-ORG",  "B-MISC", "I-MISC"};

// IOB2: I-X only continues B-X or I-X. from == T is the sentence start.
bool allowed(int from, int to) {
  if (!is_inside(static_cast<NerTag>(to))) return true;
  return from != T && from != 0 &&
         entity_type_of(static_cast<NerTag>(from)) == entity_type_of(static_cast<NerTag>(to));
}

// --- Features ---------------------------------------------------------------

// Feature templates. The numbers are hashed into the model: renumbering one
// needs a retrained model and a new kModelVersion.
enum Template : uint32_t {
  kBias, kWord, kStem, kBare, kShape,
  kPrefix1, kPrefix2, kPrefix3, kSuffix1, kSuffix2, kSuffix3, kSuffix4,
  kWordPrev, kWordNext, kWordPrev2, kWordNext2, kStemPrev, kStemNext,
  kSuffix2Prev, kSuffix2Next, kShapePrev, kShapeNext, kStemPrevStem, kStemStemNext,
  kLexBegin, kLexInside, kLexEnd, kLexBeginPrev, kLexEndPrev, kLexBeginNext,
  kLexStem, kMemory, kMemoryShare, kMemoryPrev, kMemoryNext,
  kKnown, kKnownShare, kKnownPosition, kKnownPrev, kKnownNext, kUnseen, kUnseenRepeated,
  kFrequency, kFrequencyOwn, kFrequencyPrev, kFrequencyNext, kRepeatFrequency,
  kKnownSpelling, kKnownSpellingShare,
  kInner3, kProclitics, kLexEndPrev2, kLexStemPrev,
  kTemplateCount,
  kWordKey = kTemplateCount,  // seeds word_key(), not a feature
  kSpellingKey,               // seeds spelling_key()
};
constexpr const char* kTemplateNames[kTemplateCount] = {
    "bias", "w", "s", "bare", "shape",
    "p1", "p2", "p3", "x1", "x2", "x3", "x4",
    "w-1", "w+1", "w-2", "w+2", "s-1", "s+1",
    "x2-1", "x2+1", "shape-1", "shape+1", "s-1|s", "s|s+1",
    "lb", "li", "le", "lb-1", "le-1", "lb+1",
    "ls", "mem", "mem|share", "mem-1", "mem+1",
    "kn", "kn|share", "kn|pos", "kn-1", "kn+1", "new", "new|rep",
    "fq", "fq|own", "fq-1", "fq+1", "rep|fq", "kn~", "kn~|share", "in3", "pc", "le-2", "ls-1"};

// FNV-1a over 32-bit units (or bytes of an ASCII class name): fixed
// arithmetic, so a feature lands in the same bucket on every platform.
uint64_t text_hash(std::u32string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char32_t c : text) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}
uint64_t text_hash(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
  return h;
}

// splitmix64's finaliser: every bit of the input moves every bit of the output.
uint64_t avalanche(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

// A feature's part with its hash. A word's form, stem, shape and last two
// letters are parts of its neighbours' features too, so SentenceViews hashes
// them once per word and the features combine the hashes: no string is
// hashed again for each template that reads it.
struct HashedText {
  std::u32string_view text;
  uint64_t hash = 0;
};
HashedText hashed(std::u32string_view text) { return {text, text_hash(text)}; }

enum class LexRole : uint8_t { kBegin, kInside, kEnd, kStem };

struct LexMark {
  LexRole role;
  std::string_view cls;  // a lexicon class by name (features hash names): GPE, given, title, ...
};

// What the templates read of one word, computed once per word.
struct WordView {
  std::u32string_view form;  // the whole word, proclitics included
  std::u32string_view stem;  // without proclitics and article
  std::u32string_view bare;  // an unsplit word without its longest proclitic prefix; may be empty
  std::u32string_view proclitics;  // the split proclitics before the stem (`وب`), may be empty
  // The word's shape: kind (A Arabic, L other letters, N number, P
  // punctuation), stem length up to 8, `a` for the article, `c` for a split
  // proclitic (`A4ac`). Held inline: no allocation per word.
  std::array<char32_t, 4> shape_units{};
  uint8_t shape_size = 0;
  std::u32string_view shape() const { return {shape_units.data(), shape_size}; }
  bool article = false;
  WordKey key = 0;  // word_key(stem) for words of two letters or more, else 0
  // The FrequencyTable entry of the stem (or of `bare` when the stem has
  // none); kNoFrequency for punctuation, numbers and one-letter words.
  uint8_t frequency = kNoFrequency;
  // The class of the word's own form: with the article or without it.
  uint8_t own_frequency() const { return article ? frequency & 0xf : frequency >> 4; }
  std::vector<LexMark> lex;
  // text_hash of form, stem, shape() and the stem's last two letters, once
  // per word: the neighbours' features read them too.
  uint64_t form_hash = 0, stem_hash = 0, shape_hash = 0, suffix2_hash = 0;
  HashedText hashed_form() const { return {form, form_hash}; }
  HashedText hashed_stem() const { return {stem, stem_hash}; }
  HashedText hashed_shape() const { return {shape(), shape_hash}; }
  HashedText hashed_suffix2() const { return {stem.substr(stem.size() - 2), suffix2_hash}; }  // stems of 2+
};

void set_shape(const Token& head, std::u32string_view stem, bool article, bool proclitic, WordView* v) {
  char32_t kind = head.arabic ? U'A' : U'L';
  if (head.kind == TokenKind::kNumber) kind = U'N';
  if (head.kind == TokenKind::kPunct) kind = U'P';
  v->shape_size = 0;
  v->shape_units[v->shape_size++] = kind;
  v->shape_units[v->shape_size++] = static_cast<char32_t>(U'0' + std::min<size_t>(stem.size(), 8));
  if (article) v->shape_units[v->shape_size++] = U'a';
  if (proclitic) v->shape_units[v->shape_size++] = U'c';
}

// Lexicon classes only the rules read: they mark no name by themselves, and
// as features they lowered ANERcorp dev F1 (plural class nouns `أحزاب`:
// training seeds 1-3 0.796 mean against 0.802; `حكومة` as state_head 0.799
// against 0.810 with seed 1).
bool is_tagger_feature(WordClass cls) {
  return cls != WordClass::kOrgClassPlural && cls != WordClass::kStateHead;
}

class SentenceViews {
 public:
  SentenceViews(const RecognizerInput& in, const std::vector<TaggerWord>& words,
                const FrequencyTable& frequencies) {
    views_.resize(words.size());
    sentence_.resize(words.size());
    std::vector<uint32_t> word_of_token(in.tokens.size());
    for (size_t k = 0; k < words.size(); ++k) {
      const uint32_t last = k + 1 < words.size() ? words[k + 1].first_token : in.tokens.size();
      for (uint32_t t = words[k].first_token; t < last; ++t) word_of_token[t] = k;
      const bool new_sentence = k > 0 && in.tokens[words[k].first_token].line_break_before;
      sentence_[k] = k == 0 ? 0 : sentence_[k - 1] + (new_sentence ? 1 : 0);
    }
    std::vector<Token> stem_token(1);  // one buffer for every article-less stem lookup
    stem_token[0].kind = TokenKind::kWord;
    for (size_t k = 0; k < words.size(); ++k) {
      const Token& first = in.tokens[words[k].first_token];
      const Token& head = in.tokens[words[k].head_token];
      WordView& v = views_[k];
      v.form = std::u32string_view(in.doc.text).substr(first.begin, head.end - first.begin);
      v.stem = head.form;
      v.proclitics = std::u32string_view(in.doc.text).substr(first.begin, head.begin - first.begin);
      const bool article = has_article(head.form);
      uint32_t skip = 0;
      for (const LexiconMatch& m : in.matches_at(words[k].head_token)) {
        if (m.skip > 0 && skip == 0) skip = m.skip;
        const uint32_t end_word = word_of_token[words[k].head_token + m.token_count - 1];
        const WordClass word_class = in.lexicon.entry(m.entry).cls;
        if (!is_tagger_feature(word_class)) continue;
        const std::string_view cls = word_class_name(word_class);
        views_[k].lex.push_back({LexRole::kBegin, cls});
        for (uint32_t j = k + 1; j <= end_word; ++j) views_[j].lex.push_back({LexRole::kInside, cls});
        views_[end_word].lex.push_back({LexRole::kEnd, cls});
      }
      if (article) {
        v.stem.remove_prefix(2);
        // The lists hold most words without the article (`بنك`, `وزارة`).
        stem_token[0].form.assign(v.stem);
        for (const LexiconMatch& m : in.lexicon.matches_at(stem_token, 0)) {
          const WordClass cls = in.lexicon.entry(m.entry).cls;
          if (m.token_count == 1 && is_tagger_feature(cls)) v.lex.push_back({LexRole::kStem, word_class_name(cls)});
        }
      } else if (head.kind == TokenKind::kWord && head.arabic) {
        v.stem.remove_prefix(skip);
        v.bare = head.form;
        v.bare.remove_prefix(proclitic_prefix_len(head.form));
        if (v.bare.size() == head.form.size()) v.bare = {};
      }
      set_shape(head, v.stem, article, words[k].first_token != words[k].head_token, &v);
      v.article = article;
      v.form_hash = text_hash(v.form);
      v.stem_hash = text_hash(v.stem);
      v.shape_hash = text_hash(v.shape());
      if (v.stem.size() >= 2) v.suffix2_hash = text_hash(v.stem.substr(v.stem.size() - 2));
      if (head.kind == TokenKind::kWord && v.stem.size() >= 2) {
        v.key = word_key(v.stem);
        v.frequency = frequencies.find(v.key);
        if (v.frequency == 0 && v.bare.size() >= 2) v.frequency = frequencies.find(word_key(v.bare));
      }
    }
    for (WordView& v : views_) {
      if (v.lex.size() < 2) continue;
      auto key = [](const LexMark& m) { return std::make_pair(m.role, m.cls); };
      std::sort(v.lex.begin(), v.lex.end(),
                [&](const LexMark& a, const LexMark& b) { return key(a) < key(b); });
      v.lex.erase(std::unique(v.lex.begin(), v.lex.end(),
                              [&](const LexMark& a, const LexMark& b) { return key(a) == key(b); }),
                  v.lex.end());
    }
  }

  size_t size() const { return views_.size(); }
  const WordView& operator[](size_t k) const { return views_[k]; }
  // The word `offset` places from k, or null outside k's sentence.
  const WordView* at(size_t k, long offset) const {
    const long j = static_cast<long>(k) + offset;
    if (j < 0 || j >= static_cast<long>(views_.size()) || sentence_[j] != sentence_[k]) return nullptr;
    return &views_[j];
  }
  uint32_t sentence(size_t k) const { return sentence_[k]; }

 private:
  std::vector<WordView> views_;
  std::vector<uint32_t> sentence_;
};

// A frequency class (0..7) as the one-digit part of a feature.
std::u32string_view class_digit(uint8_t frequency_class) {
  static const std::u32string_view kDigits = U"01234567";
  return kDigits.substr(frequency_class, 1);
}

// Calls sink(template, part, part2) for every feature of word k; parts are
// code points, or ASCII for lexicon class names.
template <typename Sink>
void word_features(const SentenceViews& s, size_t k, Sink& sink) {
  static const HashedText kStart = hashed(U"<s>"), kEnd = hashed(U"</s>"), kNone = hashed(U"");
  const WordView& w = s[k];
  auto suffix = [](std::u32string_view x, size_t n) { return x.substr(x.size() - n); };
  sink(kBias, kNone);
  sink(kWord, w.hashed_form());
  sink(kStem, w.hashed_stem());
  if (!w.bare.empty()) sink(kBare, w.bare);
  sink(kShape, w.hashed_shape());
  for (size_t n = 1; n <= 3 && n <= w.stem.size(); ++n) sink(kPrefix1 + n - 1, w.stem.substr(0, n));
  for (size_t n = 1; n <= 4 && n <= w.stem.size(); ++n) {
    if (n == 2) {
      sink(kSuffix2, w.hashed_suffix2());  // hashed already for the neighbours' x2-1, x2+1
    } else {
      sink(kSuffix1 + n - 1, suffix(w.stem, n));
    }
  }

  const WordView* prev = s.at(k, -1);
  const WordView* next = s.at(k, 1);
  const WordView* prev2 = s.at(k, -2);
  const WordView* next2 = s.at(k, 2);
  sink(kWordPrev, prev ? prev->hashed_form() : kStart);
  sink(kWordNext, next ? next->hashed_form() : kEnd);
  sink(kWordPrev2, prev2 ? prev2->hashed_form() : prev ? kStart : kNone);
  sink(kWordNext2, next2 ? next2->hashed_form() : next ? kEnd : kNone);
  sink(kStemPrev, prev ? prev->hashed_stem() : kStart);
  sink(kStemNext, next ? next->hashed_stem() : kEnd);
  if (prev && prev->stem.size() >= 2) sink(kSuffix2Prev, prev->hashed_suffix2());
  if (next && next->stem.size() >= 2) sink(kSuffix2Next, next->hashed_suffix2());
  sink(kShapePrev, prev ? prev->hashed_shape() : kStart);
  sink(kShapeNext, next ? next->hashed_shape() : kEnd);
  sink(kStemPrevStem, prev ? prev->hashed_stem() : kStart, w.hashed_stem());
  sink(kStemStemNext, w.hashed_stem(), next ? next->hashed_stem() : kEnd);
  // `طالبان والقاعدة`: after a conjunction a new name starts more often than one goes on.
  if (!w.proclitics.empty()) sink(kProclitics, w.proclitics);
  // Letter triples inside the stem: transliterated names share them (تشي، غرا، فيل).
  // Not in a stem longer than any name: each triple adds its weight once
  // more, and a run of thousands of letters would be decided by one triple.
  constexpr size_t kMaxTripleStem = 20;
  if (w.shape_units[0] == U'A' && w.stem.size() <= kMaxTripleStem) {
    for (size_t i = 1; i + 4 <= w.stem.size(); ++i) sink(kInner3, w.stem.substr(i, 3));
  }

  if (w.frequency != kNoFrequency) {
    const char32_t classes[] = {w.article ? U'a' : U'b', U'0' + (w.frequency >> 4), U'0' + (w.frequency & 0xf)};
    sink(kFrequency, std::u32string_view(classes, 3));
    sink(kFrequencyOwn, std::u32string_view(classes + (w.article ? 2 : 1), 1));
  }
  auto own_class = [](const WordView* x) -> std::u32string_view {
    if (!x) return U"<>";
    if (x->frequency == kNoFrequency) return U"-";
    return class_digit(x->own_frequency());
  };
  sink(kFrequencyPrev, own_class(prev));
  sink(kFrequencyNext, own_class(next));

  for (const LexMark& m : w.lex) {
    const Template t[] = {kLexBegin, kLexInside, kLexEnd, kLexStem};
    sink(t[static_cast<int>(m.role)], m.cls);
  }
  if (prev) {
    for (const LexMark& m : prev->lex) {
      if (m.role == LexRole::kBegin) sink(kLexBeginPrev, m.cls);
      if (m.role == LexRole::kEnd) sink(kLexEndPrev, m.cls);
      if (m.role == LexRole::kStem) sink(kLexStemPrev, m.cls);
    }
  }
  // `الرئيس الأمريكي جو بايدن`: a title two words back.
  if (prev2) {
    for (const LexMark& m : prev2->lex) {
      if (m.role == LexRole::kEnd) sink(kLexEndPrev2, m.cls);
    }
  }
  if (next) {
    for (const LexMark& m : next->lex) {
      if (m.role == LexRole::kBegin) sink(kLexBeginNext, m.cls);
    }
  }
}

// A feature's bucket: its template's salt combined with its parts' hashes.
class FeatureHasher {
 public:
  explicit FeatureHasher(int hash_bits) : shift_(64 - hash_bits) {}

  template <typename Part>
  void operator()(uint32_t tmpl, const Part& part) {
    emit(salt(tmpl) ^ hash_of(part));
  }
  template <typename A, typename B>
  void operator()(uint32_t tmpl, const A& a, const B& b) {
    // The first part multiplied (odd, so no information is lost): a|b and
    // b|a land apart.
    emit(salt(tmpl) ^ hash_of(a) * 0x9e3779b97f4a7c15ULL ^ hash_of(b));
  }
  std::vector<uint32_t>* out = nullptr;

 private:
  static uint64_t salt(uint32_t tmpl) { return avalanche(0x120000 + tmpl); }
  static uint64_t hash_of(const HashedText& part) { return part.hash; }
  static uint64_t hash_of(std::u32string_view part) { return text_hash(part); }
  static uint64_t hash_of(std::string_view part) { return text_hash(part); }
  void emit(uint64_t h) { out->push_back(static_cast<uint32_t>(avalanche(h) >> shift_)); }
  int shift_;
};

class FeatureNamer {
 public:
  template <typename Part>
  void operator()(uint32_t tmpl, const Part& part) {
    out.push_back(std::string(kTemplateNames[tmpl]) + "=" + text(part));
  }
  template <typename A, typename B>
  void operator()(uint32_t tmpl, const A& a, const B& b) {
    out.push_back(std::string(kTemplateNames[tmpl]) + "=" + text(a) + "|" + text(b));
  }
  std::vector<std::string> out;

 private:
  static std::string text(const HashedText& s) { return encode_utf8(s.text); }
  static std::string text(std::u32string_view s) { return encode_utf8(s); }
  static std::string text(std::string_view s) { return std::string(s); }
};

// --- Model file (format in tagger_internal.h) ------------------------------

// Reads the model file front to back; any read past the end sets `failed`.
class ModelReader {
 public:
  explicit ModelReader(std::string_view bytes) : bytes_(bytes) {}
  bool failed = false;
  size_t pos() const { return pos_; }
  bool at_end() const { return pos_ == bytes_.size(); }

  uint32_t u8() { return need(1) ? static_cast<unsigned char>(bytes_[pos_++]) : 0; }
  // Two statements each: the operands of | are evaluated in no fixed order.
  uint32_t u16() {
    const uint32_t low = u8();
    return low | u8() << 8;
  }
  uint32_t u32() {
    const uint32_t low = u16();
    return low | u16() << 16;
  }
  uint32_t varint() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      const uint32_t b = u8();
      v |= (b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    failed = true;
    return 0;
  }
  std::string_view take(size_t n) {
    if (!need(n)) return {};
    pos_ += n;
    return bytes_.substr(pos_ - n, n);
  }

 private:
  bool need(size_t n) {
    if (bytes_.size() - pos_ < n) failed = true;
    return !failed;
  }
  std::string_view bytes_;
  size_t pos_ = 0;
};

Error model_error(size_t offset, const std::string& why) {
  return Error{ErrorCode::kDataError, offset, "tagger model: " + why};
}

}  // namespace

// --- Public API ---------------------------------------------------------------

uint32_t model_checksum(std::string_view bytes) {
  uint32_t h = 2166136261u;
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

const char* ner_tag_name(NerTag tag) { return kTagNames[static_cast<int>(tag)]; }

std::optional<NerTag> parse_ner_tag(std::string_view name) {
  for (int t = 0; t < T; ++t) {
    if (name == kTagNames[t]) return static_cast<NerTag>(t);
  }
  return std::nullopt;
}

std::vector<TaggerWord> tagger_words(const std::vector<Token>& tokens) {
  std::vector<TaggerWord> words;
  for (uint32_t i = 0; i < tokens.size(); ++i) {
    const uint32_t first = i;
    // The tokenizer only splits proclitics off a following word, so a run of
    // them always ends at that word.
    while (i + 1 < tokens.size() && tokens[i].kind == TokenKind::kProclitic) ++i;
    words.push_back({first, i});
  }
  return words;
}

namespace {

// The per-word fields of WordFeatures, everything but the buckets.
void set_word_keys(const SentenceViews& views, WordFeatures* f) {
  f->keys.assign(views.size(), 0);
  f->spellings.assign(views.size(), 0);
  f->frequency.assign(views.size(), kNoFrequency);
  for (size_t k = 0; k < views.size(); ++k) {
    f->keys[k] = views[k].key;
    if (views[k].key != 0) f->spellings[k] = spelling_key(views[k].stem);
    if (views[k].frequency != kNoFrequency) f->frequency[k] = views[k].own_frequency();
  }
}

}  // namespace

WordFeatures extract_features(const RecognizerInput& in, const std::vector<TaggerWord>& words,
                              const FrequencyTable& frequencies, int hash_bits) {
  const SentenceViews views(in, words, frequencies);
  WordFeatures f;
  f.offsets.reserve(words.size() + 1);
  f.buckets.reserve(words.size() * 40);
  FeatureHasher hasher(hash_bits);
  hasher.out = &f.buckets;
  for (size_t k = 0; k < words.size(); ++k) {
    f.offsets.push_back(static_cast<uint32_t>(f.buckets.size()));
    word_features(views, k, hasher);
  }
  f.offsets.push_back(static_cast<uint32_t>(f.buckets.size()));
  set_word_keys(views, &f);
  return f;
}

std::vector<std::string> feature_names(const RecognizerInput& in,
                                       const std::vector<TaggerWord>& words,
                                       const FrequencyTable& frequencies, size_t k) {
  const SentenceViews views(in, words, frequencies);
  FeatureNamer namer;
  word_features(views, k, namer);
  return namer.out;
}

void viterbi(const int32_t* emission, size_t n, const int32_t* transition, NerTag* tags,
             int32_t* margins) {
  if (n == 0) return;
  constexpr int64_t kNever = std::numeric_limits<int64_t>::min() / 4;
  // The transitions with IOB2's forbidden steps (I-X after anything but B-X
  // or I-X) at kNever, so the loops below need no branch: a forbidden step
  // scores far below every allowed one and never wins.
  std::array<int64_t, (T + 1) * T> step;
  for (int from = 0; from <= T; ++from) {
    for (int to = 0; to < T; ++to) {
      step[from * T + to] = allowed(from, to) ? transition[from * T + to] : kNever;
    }
  }
  // best[i][t]: the best score of a prefix ending in tag t at word i.
  std::vector<int64_t> best(n * T);
  std::vector<uint8_t> back(n * T, 0);
  for (int t = 0; t < T; ++t) best[t] = int64_t{emission[t]} + step[T * T + t];
  for (size_t i = 1; i < n; ++i) {
    const int64_t* before = &best[(i - 1) * T];
    for (int t = 0; t < T; ++t) {
      int64_t top = before[0] + step[t];
      int p_top = 0;
      for (int p = 1; p < T; ++p) {
        const int64_t score = before[p] + step[p * T + t];
        if (score > top) {
          top = score;
          p_top = p;
        }
      }
      back[i * T + t] = static_cast<uint8_t>(p_top);
      best[i * T + t] = top + emission[i * T + t];
    }
  }
  int last = 0;
  for (int t = 1; t < T; ++t) {
    if (best[(n - 1) * T + t] > best[(n - 1) * T + last]) last = t;
  }
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<NerTag>(last);
    last = back[i * T + last];
  }
  if (!margins) return;

  // rest[i][t]: the best score of the words after i given tag t at i. The
  // best full sequence through (i, t) scores best + rest; the margin is how
  // far the runner-up tag at i falls behind. Scores below kNever / 2 are
  // sequences with a forbidden step.
  std::vector<int64_t> rest(n * T, 0);
  for (size_t i = n - 1; i-- > 0;) {
    const int32_t* after = &emission[(i + 1) * T];
    const int64_t* rest_after = &rest[(i + 1) * T];
    for (int t = 0; t < T; ++t) {
      int64_t top = step[t * T] + after[0] + rest_after[0];
      for (int x = 1; x < T; ++x) top = std::max(top, step[t * T + x] + after[x] + rest_after[x]);
      rest[i * T + t] = top;
    }
  }
  constexpr int64_t kForbidden = kNever / 2;
  for (size_t i = 0; i < n; ++i) {
    const int chosen = static_cast<int>(tags[i]);
    const int64_t top = best[i * T + chosen] + rest[i * T + chosen];
    int64_t runner_up = kNever;
    for (int t = 0; t < T; ++t) {
      if (t == chosen || best[i * T + t] < kForbidden || rest[i * T + t] < kForbidden) continue;
      runner_up = std::max(runner_up, best[i * T + t] + rest[i * T + t]);
    }
    const int64_t margin = runner_up == kNever ? std::numeric_limits<int32_t>::max() : top - runner_up;
    margins[i] = static_cast<int32_t>(std::min<int64_t>(margin, std::numeric_limits<int32_t>::max()));
  }
}

Expected<Tagger> Tagger::load(std::string_view bytes) {
  if (bytes.size() < 12 || std::memcmp(bytes.data(), kModelMagic, 4) != 0) {
    return model_error(0, "not a Kashif tagger model (magic KSHT missing)");
  }
  ModelReader in(bytes.substr(0, bytes.size() - 4));
  const uint32_t stored_sum = ModelReader(bytes.substr(bytes.size() - 4)).u32();
  in.take(4);
  const uint32_t version = in.u16();
  if (version != kModelVersion) {
    return model_error(4, "version " + std::to_string(version) + ", this build reads " +
                              std::to_string(kModelVersion));
  }
  if (model_checksum(bytes.substr(0, bytes.size() - 4)) != stored_sum) {
    return model_error(bytes.size() - 4, "checksum mismatch (file damaged)");
  }
  TaggerModel model;
  model.hash_bits = static_cast<int>(in.u8());
  if (model.hash_bits < 8 || model.hash_bits > 24) {
    return model_error(6, "hash bits " + std::to_string(model.hash_bits) + " out of range");
  }
  if (in.u8() != T) return model_error(7, "tag count differs from this build's");
  for (const char* name : kTagNames) {
    const size_t at = in.pos();
    const uint32_t length = in.u8();
    if (in.take(length) != name) return model_error(at, std::string("tag set differs at ") + name);
  }
  const uint32_t scale_bits = in.u32();
  std::memcpy(&model.scale, &scale_bits, 4);
  if (!std::isfinite(model.scale) || model.scale <= 0) return model_error(in.pos() - 4, "bad scale");
  model.transitions.resize((T + 1) * T);
  for (int32_t& v : model.transitions) v = static_cast<int32_t>(in.u32());

  const size_t buckets = size_t{1} << model.hash_bits;
  model.weights.assign(buckets * T, 0);
  const uint32_t row_count = in.u32();
  size_t bucket = static_cast<size_t>(-1);
  for (uint32_t r = 0; r < row_count && !in.failed; ++r) {
    const size_t at = in.pos();
    bucket += size_t{in.varint()} + 1;
    const uint32_t mask = in.u16();
    if (bucket >= buckets || mask == 0 || mask >> T != 0) return model_error(at, "bad weight row");
    for (int t = 0; t < T; ++t) {
      if (mask >> t & 1) model.weights[bucket * T + t] = static_cast<int8_t>(in.u8());
    }
  }
  const uint32_t known_count = in.u32();
  for (uint32_t i = 0; i < known_count && !in.failed; ++i) {
    const size_t at = in.pos();
    const uint64_t low = in.u32();
    const WordKey key = low | uint64_t{in.u32()} << 32;
    std::array<uint16_t, T> counts;
    for (uint16_t& n : counts) {
      const uint32_t v = in.varint();
      if (v > 0xffff) return model_error(at, "bad known word count");
      n = static_cast<uint16_t>(v);
    }
    model.known.emplace(key, counts);
  }
  const uint32_t set_bits = in.u32();
  if (set_bits > 0) model.vocabulary.assign((size_t{1} << kVocabularyBits) / 64, 0);
  size_t bit = static_cast<size_t>(-1);
  for (uint32_t i = 0; i < set_bits && !in.failed; ++i) {
    const size_t at = in.pos();
    bit += size_t{in.varint()} + 1;
    if (bit >= (size_t{1} << kVocabularyBits)) return model_error(at, "bad vocabulary bit");
    model.vocabulary[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  const uint32_t frequency_count = in.u32();
  // Each word takes at least two bytes (a gap and its classes).
  if (frequency_count > (1u << FrequencyTable::kFingerprintBits) ||
      frequency_count > (bytes.size() - 4 - in.pos()) / 2) {
    return model_error(in.pos() - 4, "bad word count");
  }
  std::vector<uint32_t> prints(frequency_count);
  int64_t print = -1;
  for (uint32_t i = 0; i < frequency_count && !in.failed; ++i) {
    const size_t at = in.pos();
    print += int64_t{in.varint()} + 1;
    if (print >= (int64_t{1} << FrequencyTable::kFingerprintBits)) return model_error(at, "bad word fingerprint");
    prints[i] = static_cast<uint32_t>(print);
  }
  const std::string_view classes = in.take(frequency_count);
  model.frequencies = FrequencyTable::from_sorted(std::move(prints),
                                                  std::vector<uint8_t>(classes.begin(), classes.end()));
  if (in.failed) return model_error(bytes.size(), "file ends early");
  if (!in.at_end()) return model_error(in.pos(), "bytes after the last row");
  return Tagger(std::make_unique<const TaggerModel>(std::move(model)));
}

Tagger::Tagger(std::unique_ptr<const TaggerModel> model) : model_(std::move(model)) {}
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;
Tagger::~Tagger() = default;
const TaggerModel& Tagger::model() const { return *model_; }

Expected<Tagger> Tagger::load_embedded() { return load(embedded_tagger_model()); }

namespace {

// q * |q| for every int8 code q, indexed by its byte: one load per weight
// instead of a sign-extend, an abs and a multiply.
struct CompandedTable {
  std::array<int16_t, 256> units;
  CompandedTable() {
    for (int byte = 0; byte < 256; ++byte) {
      const int q = static_cast<int8_t>(byte);
      units[byte] = static_cast<int16_t>(q * std::abs(q));
    }
  }
};
const CompandedTable kCompanded;

}  // namespace

void add_weights(const TaggerModel& model, const uint32_t* buckets, size_t count, int32_t* scores) {
  const uint8_t* codes = reinterpret_cast<const uint8_t*>(model.weights.data());
  for (size_t f = 0; f < count; ++f) {
    const uint8_t* w = codes + size_t{buckets[f]} * T;
    for (int t = 0; t < T; ++t) scores[t] += kCompanded.units[w[t]];
  }
}

namespace {

// add_weights with every weight row prefetched first: the rows lie in random
// places, so the loads, not the adds, take the time, and issuing them all
// at once overlaps their waits.
void add_weights_prefetched(const TaggerModel& model, const std::vector<uint32_t>& buckets,
                            int32_t* scores) {
  const int8_t* weights = model.weights.data();
  for (uint32_t b : buckets) __builtin_prefetch(weights + size_t{b} * T);
  add_weights(model, buckets.data(), buckets.size(), scores);
}

}  // namespace

void decode_sentences(const RecognizerInput& in, const std::vector<TaggerWord>& words,
                      const int32_t* emission, const int32_t* transition, NerTag* tags,
                      int32_t* margins) {
  const size_t n = words.size();
  for (size_t begin = 0; begin < n;) {
    size_t end = begin + 1;
    while (end < n && !in.tokens[words[end].first_token].line_break_before) ++end;
    viterbi(emission + begin * T, end - begin, transition, tags + begin,
            margins ? margins + begin : nullptr);
    begin = end;
  }
}

namespace {

// The first pass's tags and what the second pass reads of the words.
struct FirstPass {
  TaggedWords tagged;
  std::vector<WordKey> keys;
  std::vector<uint8_t> unseen;
  std::vector<uint8_t> frequency;
  std::vector<int32_t> emission;
};

FirstPass first_pass(const TaggerModel& model, const RecognizerInput& in) {
  FirstPass pass;
  pass.tagged.words = tagger_words(in.tokens);
  const size_t n = pass.tagged.words.size();
  const SentenceViews views(in, pass.tagged.words, model.frequencies);
  WordFeatures keys;
  set_word_keys(views, &keys);
  // One word's features at a time, into one reused buffer: a document's
  // worth of buckets would be tens of megabytes.
  pass.emission.assign(n * T, 0);
  std::vector<uint32_t> buckets;
  FeatureHasher hasher(model.hash_bits);
  hasher.out = &buckets;
  for (size_t k = 0; k < n; ++k) {
    buckets.clear();
    word_features(views, k, hasher);
    const bool has_prev = k > 0 && !in.tokens[pass.tagged.words[k].first_token].line_break_before;
    const bool has_next = k + 1 < n && !in.tokens[pass.tagged.words[k + 1].first_token].line_break_before;
    known_word_features(model, keys.keys, keys.spellings, k, has_prev, has_next, &buckets);
    add_weights_prefetched(model, buckets, &pass.emission[k * T]);
  }
  pass.tagged.tags.resize(n);
  decode_sentences(in, pass.tagged.words, pass.emission.data(), model.transitions.data(),
                   pass.tagged.tags.data(), nullptr);
  pass.frequency = std::move(keys.frequency);
  pass.unseen.resize(n);
  for (size_t k = 0; k < n; ++k) pass.unseen[k] = keys.keys[k] != 0 && !in_vocabulary(model, keys.keys[k]);
  pass.keys = std::move(keys.keys);
  return pass;
}

void second_pass(const TaggerModel& model, const RecognizerInput& in, const NameMemory& memory,
                 FirstPass* pass) {
  const size_t n = pass->tagged.words.size();
  std::vector<uint32_t> buckets;
  for (size_t k = 0; k < n; ++k) {
    buckets.clear();
    const bool has_prev = k > 0 && !in.tokens[pass->tagged.words[k].first_token].line_break_before;
    const bool has_next = k + 1 < n && !in.tokens[pass->tagged.words[k + 1].first_token].line_break_before;
    memory.features(pass->keys, pass->tagged.tags, k, has_prev, has_next, pass->unseen[k],
                    pass->frequency[k], model.hash_bits, &buckets);
    add_weights_prefetched(model, buckets, &pass->emission[k * T]);
  }
  std::vector<int32_t> margins(n);
  decode_sentences(in, pass->tagged.words, pass->emission.data(), model.transitions.data(),
                   pass->tagged.tags.data(), margins.data());
  pass->tagged.margins.resize(n);
  for (size_t k = 0; k < n; ++k) pass->tagged.margins[k] = static_cast<float>(margins[k]) * model.scale;
}

}  // namespace

TaggedWords tag_words(const Tagger& tagger, const RecognizerInput& in) {
  FirstPass pass = first_pass(tagger.model(), in);
  NameMemory memory;
  memory.add(pass.keys, pass.tagged.tags, +1);
  second_pass(tagger.model(), in, memory, &pass);
  return std::move(pass.tagged);
}

std::vector<TaggedWords> tag_sentences(const Tagger& tagger, const std::vector<RecognizerInput>& sentences) {
  std::vector<FirstPass> passes;
  passes.reserve(sentences.size());
  for (const RecognizerInput& in : sentences) passes.push_back(first_pass(tagger.model(), in));
  // A sliding window: sentences [i - kMemoryWindow, i + kMemoryWindow].
  NameMemory memory;
  size_t added = 0, removed = 0;
  std::vector<TaggedWords> out;
  for (size_t i = 0; i < passes.size(); ++i) {
    for (; added < passes.size() && added <= i + kMemoryWindow; ++added) {
      memory.add(passes[added].keys, passes[added].tagged.tags, +1);
    }
    for (; removed + kMemoryWindow < i; ++removed) {
      memory.add(passes[removed].keys, passes[removed].tagged.tags, -1);
    }
    // Later sentences read the first-pass tags, so decode into a copy.
    FirstPass pass = passes[i];
    second_pass(tagger.model(), sentences[i], memory, &pass);
    out.push_back(std::move(pass.tagged));
  }
  return out;
}

void NameMemory::add(const std::vector<WordKey>& keys, const std::vector<NerTag>& tags, int sign) {
  for (size_t k = 0; k < keys.size(); ++k) {
    if (keys[k] == 0) continue;
    auto it = counts_.try_emplace(keys[k]).first;
    it->second[entity_type_of(tags[k])] += sign;
    if (sign < 0 && it->second == std::array<int32_t, 5>{}) counts_.erase(it);
  }
}

bool NameMemory::others(WordKey key, NerTag own, std::array<int32_t, 5>* counts) const {
  if (key == 0) return false;
  const auto it = counts_.find(key);
  if (it == counts_.end()) return false;
  *counts = it->second;
  (*counts)[entity_type_of(own)] -= 1;
  return true;
}

namespace {

// The memory features of a word: the entity type its other mentions got
// most, and whether all, most or only some of them got it, or `O` when they
// all got none; and the type the neighbours' other mentions got most, which
// carries a known surname to the given name beside it. For a word new to the
// model, new|rep counts its other mentions (0, 1, 2, 3+): a new word that
// recurs is more often a name (`فينغر` … `فينغر`) than one that does not.
template <typename Sink>
void memory_features(const std::array<int32_t, 5>& c, Template tmpl, Sink& sink) {
  static const std::u32string kTypes[] = {U"O", U"PERS", U"LOC", U"ORG", U"MISC"};
  int total = 0, best = 0;
  for (int x = 0; x < 5; ++x) {
    total += c[x];
    if (x > 0 && c[x] > c[best]) best = x;
  }
  if (total <= 0) return;
  if (best == 0 || c[best] == 0) {
    if (tmpl == kMemory) sink(tmpl, kTypes[0]);
    return;
  }
  sink(tmpl, kTypes[best]);
  if (tmpl != kMemory) return;
  const std::u32string share = c[best] == total ? U"all" : 2 * c[best] >= total ? U"most" : U"some";
  sink(kMemoryShare, kTypes[best], share);
}

template <typename Sink>
void all_memory_features(const NameMemory& memory, const std::vector<WordKey>& keys,
                         const std::vector<NerTag>& tags, size_t k, bool has_prev, bool has_next,
                         bool unseen, uint8_t frequency, Sink& sink) {
  auto one = [&](size_t j, Template tmpl) {
    std::array<int32_t, 5> c;
    if (!memory.others(keys[j], tags[j], &c)) return;
    memory_features(c, tmpl, sink);
    if (tmpl != kMemory) return;
    static const std::u32string_view kRepeats[] = {U"0", U"1", U"2", U"3+"};
    int others = 0;
    for (int32_t x : c) others += x;
    const std::u32string_view repeats = kRepeats[std::min(3, std::max(0, others))];
    if (unseen) sink(kUnseenRepeated, repeats);
    // A word rare in general Arabic that recurs in the document is mostly a name.
    if (frequency != kNoFrequency) sink(kRepeatFrequency, repeats, class_digit(frequency));
  };
  one(k, kMemory);
  if (has_prev && k > 0) one(k - 1, kMemoryPrev);
  if (has_next && k + 1 < keys.size()) one(k + 1, kMemoryNext);
}

}  // namespace

void NameMemory::features(const std::vector<WordKey>& keys, const std::vector<NerTag>& tags,
                          size_t k, bool has_prev, bool has_next, bool unseen, uint8_t frequency,
                          int hash_bits,
                          std::vector<uint32_t>* out) const {
  FeatureHasher hasher(hash_bits);
  hasher.out = out;
  all_memory_features(*this, keys, tags, k, has_prev, has_next, unseen, frequency, hasher);
}

std::vector<std::string> NameMemory::feature_names(const std::vector<WordKey>& keys,
                                                   const std::vector<NerTag>& tags, size_t k,
                                                   bool has_prev, bool has_next, bool unseen,
                                                   uint8_t frequency) const {
  FeatureNamer namer;
  all_memory_features(*this, keys, tags, k, has_prev, has_next, unseen, frequency, namer);
  return namer.out;
}

namespace {

// kn=TYPE: the entity type keys[k] got most in training (B or I), with
// kn|share whether all, most or only some of its mentions got it, and kn|pos
// whether it mostly began the entity; kn-1 and kn+1 the neighbours' types.
// Only words ever inside an entity are known, so `في` may be kn=ORG|some
// (`مجلس التعاون في …`): the share tells the weights how little that says.
// `new`: the model never saw the word in training.
template <typename Sink>
void all_known_features(const TaggerModel& model, const std::vector<WordKey>& keys,
                        const std::vector<WordKey>& spellings, size_t k, bool has_prev,
                        bool has_next, Sink& sink) {
  static const std::u32string kTypes[] = {U"O", U"PERS", U"LOC", U"ORG", U"MISC"};
  auto one = [&](size_t j, Template tmpl) {
    const WordKey key = tmpl == kKnownSpelling ? spellings[j] : keys[j];
    if (key == 0 || model.known.empty()) return;
    const auto it = model.known.find(key);
    if (it == model.known.end()) return;
    const std::array<uint16_t, T>& c = it->second;
    int total = 0, best = 1, best_count = 0;
    for (int t = 0; t < T; ++t) total += c[t];
    for (int type = 1; type <= 4; ++type) {
      const int n = c[2 * type - 1] + c[2 * type];
      if (n > best_count) best = type, best_count = n;
    }
    if (best_count == 0 || total == 0) return;
    sink(tmpl, kTypes[best]);
    if (tmpl != kKnown && tmpl != kKnownSpelling) return;
    const std::u32string share = best_count == total ? U"all" : 2 * best_count >= total ? U"most" : U"some";
    sink(tmpl == kKnown ? kKnownShare : kKnownSpellingShare, kTypes[best], share);
    if (tmpl != kKnown) return;
    const std::u32string pos = c[2 * best - 1] >= c[2 * best] ? U"B" : U"I";
    sink(kKnownPosition, kTypes[best], pos);
  };
  one(k, kKnown);
  if (!spellings.empty()) one(k, kKnownSpelling);
  if (has_prev && k > 0) one(k - 1, kKnownPrev);
  if (has_next && k + 1 < keys.size()) one(k + 1, kKnownNext);

  if (keys[k] == 0 || in_vocabulary(model, keys[k])) return;
  static const std::u32string kNone;
  sink(kUnseen, kNone);
}

}  // namespace

namespace {

// FNV-1a and splitmix64, as FeatureHasher: the same key on every platform.
WordKey key_of(uint32_t seed, std::u32string_view letters) {
  uint64_t h = (0xcbf29ce484222325ULL ^ (0x120000 + seed)) * 0x100000001b3ULL;
  for (char32_t c : letters) h = (h ^ c) * 0x100000001b3ULL;
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h == 0 ? 1 : h;
}

}  // namespace

WordKey word_key(std::u32string_view stem) { return key_of(kWordKey, stem); }

WordKey spelling_key(std::u32string_view stem) {
  if (stem.size() < 4) return 0;
  char32_t skeleton[64];
  size_t n = 0;
  for (size_t i = 0; i < stem.size() && n < 64; ++i) {
    const char32_t c = stem[i];
    if (i > 0 && (c == U'ا' || c == U'و' || c == U'ي' || c == U'ى')) continue;
    skeleton[n++] = c;
  }
  return n < 3 ? 0 : key_of(kSpellingKey, std::u32string_view(skeleton, n));
}

void FrequencyTable::add(WordKey key, uint8_t classes) {
  fingerprints_.push_back(fingerprint(key));
  classes_.push_back(classes);
}

void FrequencyTable::finish() {
  std::vector<uint32_t> order(fingerprints_.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return std::make_pair(fingerprints_[a], classes_[a]) < std::make_pair(fingerprints_[b], classes_[b]);
  });
  std::vector<uint32_t> prints;
  std::vector<uint8_t> classes;
  for (uint32_t i : order) {
    if (!prints.empty() && prints.back() == fingerprints_[i]) {
      classes.back() = std::max<uint8_t>(classes.back() >> 4, classes_[i] >> 4) << 4 |
                       std::max<uint8_t>(classes.back() & 0xf, classes_[i] & 0xf);
      continue;
    }
    prints.push_back(fingerprints_[i]);
    classes.push_back(classes_[i]);
  }
  fingerprints_ = std::move(prints);
  classes_ = std::move(classes);
}

FrequencyTable FrequencyTable::from_sorted(std::vector<uint32_t> fingerprints, std::vector<uint8_t> classes) {
  FrequencyTable table;
  table.fingerprints_ = std::move(fingerprints);
  table.classes_ = std::move(classes);
  table.classes_.resize(table.fingerprints_.size());  // a short file already failed to load
  return table;
}

uint8_t FrequencyTable::find(WordKey key) const {
  const uint32_t print = fingerprint(key);
  const auto it = std::lower_bound(fingerprints_.begin(), fingerprints_.end(), print);
  if (it == fingerprints_.end() || *it != print) return 0;
  return classes_[it - fingerprints_.begin()];
}

uint8_t frequency_class(int centibels) {
  return static_cast<uint8_t>(std::clamp((850 - centibels) / 75, 1, kFrequencyClasses - 1));
}

bool in_vocabulary(const TaggerModel& model, WordKey key) {
  if (model.vocabulary.empty()) return true;
  const uint32_t slot = vocabulary_slot(key);
  return model.vocabulary[slot / 64] >> (slot % 64) & 1;
}

void known_word_features(const TaggerModel& model, const std::vector<WordKey>& keys,
                         const std::vector<WordKey>& spellings, size_t k, bool has_prev,
                         bool has_next, std::vector<uint32_t>* out) {
  FeatureHasher hasher(model.hash_bits);
  hasher.out = out;
  all_known_features(model, keys, spellings, k, has_prev, has_next, hasher);
}

std::vector<std::string> known_word_feature_names(const TaggerModel& model,
                                                  const std::vector<WordKey>& keys,
                                                  const std::vector<WordKey>& spellings, size_t k,
                                                  bool has_prev, bool has_next) {
  FeatureNamer namer;
  all_known_features(model, keys, spellings, k, has_prev, has_next, namer);
  return namer.out;
}

namespace {

// The last word of the entity that starts with B-X at word k.
size_t entity_end(const TaggedWords& tagged, size_t k) {
  const int type = entity_type_of(tagged.tags[k]);
  size_t last = k;
  while (last + 1 < tagged.tags.size() && is_inside(tagged.tags[last + 1]) &&
         entity_type_of(tagged.tags[last + 1]) == type) {
    ++last;
  }
  return last;
}

}  // namespace

void drop_unsure_entities(float min_margin, TaggedWords* tagged) {
  for (size_t k = 0; k < tagged->tags.size(); ++k) {
    if (!is_begin(tagged->tags[k])) continue;
    const size_t last = entity_end(*tagged, k);
    const float margin = *std::min_element(tagged->margins.begin() + k, tagged->margins.begin() + last + 1);
    if (margin < min_margin) std::fill(tagged->tags.begin() + k, tagged->tags.begin() + last + 1, NerTag::kO);
    k = last;
  }
}

namespace {

// Whether `m` overlaps normalised text [begin, end).
bool overlaps(const Mention& m, uint32_t begin, uint32_t end) { return m.begin < end && begin < m.end; }

// An office word, as a role (`رئيس`) or as a title without its article
// (`سلطان`, `أمير`): the rules end a name before it (`… سلطان عمان`).
bool names_office(const RecognizerInput& in, const Token& t) {
  static const std::u32string kArticle = U"\u0627\u0644";
  return in.lexicon.has_word(t.form, WordClass::kRole) || in.lexicon.has_word(kArticle + t.form, WordClass::kTitle);
}

// Whether normalised offset `pos` falls inside a token, after its first
// letter (a proclitic read off the word).
bool inside_word(const RecognizerInput& in, uint32_t pos) {
  auto t = std::upper_bound(in.tokens.begin(), in.tokens.end(), pos,
                            [](uint32_t p, const Token& tok) { return p < tok.begin; });
  if (t == in.tokens.begin()) return false;
  --t;
  return t->begin < pos && pos < t->end;
}

// Stretches a rule's PERS mention to the model's longer name around it
// (`الأمير فيصل بن بندر بن عبدالعزيز` + `آل سعود`, `رئيس البلدية عبد الله`
// + `درويش`) when the model is sure of the added words and they overlap no
// mention but parts of the same name. Returns whether one was stretched.
bool extend_rule_name(const TaggedWords& tagged, const RecognizerInput& in, size_t first_word,
                      size_t last_word, uint32_t begin, uint32_t end, float min_margin,
                      size_t rule_count, std::vector<Mention>* out) {
  for (size_t r = 0; r < rule_count; ++r) {
    Mention& rule = (*out)[r];
    if (rule.type != EntityType::kPers || rule.priority == Priority::kModelGuess) continue;
    // The model's name must hold the rule's and be longer.
    if (rule.begin < begin || rule.end > end || (rule.begin == begin && rule.end == end)) continue;
    // The added words, before and after the rule's span, must be sure.
    for (size_t k = first_word; k <= last_word; ++k) {
      const Token& head = in.tokens[tagged.words[k].head_token];
      const bool added = head.end <= rule.begin || head.begin >= rule.end;
      if (added && (tagged.margins[k] < min_margin || names_office(in, head))) return false;
    }
    for (size_t o = 0; o < rule_count; ++o) {
      const Mention& other = (*out)[o];
      // Another part of the same name (`آل سعود`) loses to the longer span;
      // a name after a glued و is the next item of a list (`… نصير وسامي فرج`).
      if (other.type == EntityType::kPers && o != r && other.begin > 0 && other.begin >= begin &&
          other.end <= end && in.doc.text[other.begin - 1] == U'\u0648' && inside_word(in, other.begin)) {
        return false;
      }
      if (o == r || (other.type == EntityType::kPers && other.begin >= begin && other.end <= end)) continue;
      if (overlaps(other, begin, rule.begin) || overlaps(other, rule.end, end)) return false;
    }
    rule.begin = begin;
    rule.end = end;
    return true;
  }
  return false;
}

// Adds each unsure candidate whose every word the model tags PERS.
void confirm_unsure_names(const TaggedWords& tagged, const RecognizerInput& in, float min_margin,
                          const std::vector<Mention>& unsure, std::vector<Mention>* out) {
  size_t k = 0;  // candidates are in text order, words too
  for (const Mention& candidate : unsure) {
    while (k < tagged.words.size() && in.tokens[tagged.words[k].head_token].end <= candidate.begin) ++k;
    bool confirmed = k < tagged.words.size();
    size_t w = k;
    for (; w < tagged.words.size() && in.tokens[tagged.words[w].head_token].begin < candidate.end; ++w) {
      if (entity_type_of(tagged.tags[w]) != entity_type_of(NerTag::kBPers) ||
          tagged.margins[w] < min_margin) {
        confirmed = false;
      }
    }
    if (confirmed && w > k) out->push_back(candidate);
  }
}

}  // namespace

void find_model_names(const Tagger& tagger, const RecognizerInput& in, const ModelMergePolicy& policy,
                      const std::vector<Mention>& unsure, std::vector<Mention>* out) {
  const TaggedWords tagged = tag_words(tagger, in);
  const size_t rule_count = out->size();
  confirm_unsure_names(tagged, in, policy.confirm_margin, unsure, out);
  const size_t n = tagged.words.size();
  for (size_t k = 0; k < n;) {
    const NerTag begin_tag = tagged.tags[k];
    if (!is_begin(begin_tag)) {
      ++k;
      continue;
    }
    const size_t first_word = k;
    const size_t last = entity_end(tagged, k);
    k = last + 1;
    if (begin_tag == NerTag::kBMisc) continue;

    const uint32_t head = tagged.words[first_word].head_token;
    const uint32_t end_token = tagged.words[last].head_token;
    const uint32_t token_count = end_token - head + 1;
    // An unsplit proclitic (`ومحمد`) stays outside when the lexicon knows the
    // rest; a region the lexicon lists as LOC stays LOC.
    const std::vector<LexiconMatch> matches = in.lexicon.matches_at(in.tokens, head);
    uint32_t skip = 0;
    bool region = false;
    for (const LexiconMatch& m : matches) {
      if (skip == 0 && m.skip > 0 &&
          std::none_of(matches.begin(), matches.end(), [](const LexiconMatch& x) { return x.skip == 0; })) {
        skip = m.skip;
      }
      if (m.token_count == token_count && in.lexicon.entry(m.entry).cls == WordClass::kLoc) region = true;
    }
    const float margin = *std::min_element(tagged.margins.begin() + first_word, tagged.margins.begin() + last + 1);
    const Mention mention = mention_over_tokens(in, head, end_token, skip,
                                                begin_tag == NerTag::kBOrg   ? EntityType::kOrg
                                                : begin_tag != NerTag::kBLoc ? EntityType::kPers
                                                : region                     ? EntityType::kLoc
                                                                             : EntityType::kGpe,
                                                Priority::kModelGuess);
    // `ملعب محمد الخامس`, `مطار القاهرة`: no person or place inside a venue's name.
    if (mention.type != EntityType::kOrg && (after_venue(in, head) || in_everyday_phrase(in, head))) continue;
    if (mention.type == EntityType::kPers &&
        extend_rule_name(tagged, in, first_word, last, mention.begin, mention.end, policy.extend_margin,
                         rule_count, out)) {
      continue;
    }
    if (margin >= policy.min_margin) out->push_back(mention);
  }
}

}  // namespace kashif
