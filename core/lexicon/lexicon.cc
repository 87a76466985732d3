#include "core/lexicon/lexicon.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "core/text/utf8.h"

namespace kashif {

// The blob: an 8-byte magic, then (byte offset, element count) of each
// section below, then the sections, each at a multiple of 4 bytes. Integers
// are little-endian (native order on every target Kashif builds for); the
// blob is made by the same build that reads it, so it never travels. Strings
// and forms are stored one after another and found by their lengths, which
// compress far better than offsets.
namespace {

constexpr char kMagic[8] = {'K', 'S', 'H', 'F', 'L', 'X', '0', '2'};

enum Section : uint32_t {
  kStrings,       // bytes: class names, file names, then each entry's phrase and columns
  kClassLengths,  // uint16 per class name
  kFileLengths,   // uint16 per file name
  kEntries,       // 4 × uint16 per entry: class, file, phrase length, column count
  kAttrLengths,   // uint16 per column, entry after entry
  kWordChars,     // uint32 code points of every interned token form, form after form
  kWordLengths,   // uint16 per form; word ids count from 0 in this order
  kNodeParents,   // uint32 per node after the root: its parent node
  kNodeWords,     // uint32 per node after the root: the word of its edge + 1, or 0 for the
                  // next word never seen on an edge before (words are interned in node order)
  kNodeEntryCounts,  // uint16 per node: how many entries of kNodeEntries end there
  kNodeEntries,   // uint32 entry ids, node after node, in the order they were listed, each
                  // stored as its difference from the one before (mod 2^32): mostly 1
  kPrimary,       // uint32 entry ids sorted by (class, first column), the first listed of each
  kSectionCount,
};
constexpr uint32_t kElementSize[kSectionCount] = {1, 2, 2, 8, 2, 4, 2, 4, 4, 2, 4, 4};
constexpr size_t kHeaderSize = sizeof(kMagic) + kSectionCount * 8;

uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  return h ^ (h >> 16);
}

uint32_t form_hash(std::u32string_view form) {
  uint32_t h = 2166136261u;  // FNV-1a over code points, then a finaliser for the low bits
  for (char32_t c : form) h = (h ^ static_cast<uint32_t>(c)) * 16777619u;
  return fmix32(h);
}

uint32_t edge_hash(uint32_t node, uint32_t word) { return fmix32(node * 0x9e3779b1u ^ fmix32(word)); }

std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cols;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cols.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cols;
}

// Inflected forms of a masculine nationality adjective (`كويتي`): feminine,
// sound plurals, each with and without the article. Spelled in the matching
// form (ة is already ه there).
std::vector<std::u32string> nationality_forms(const std::u32string& stem) {
  static const std::u32string kSuffixes[] = {U"", U"\u0647", U"\u0648\u0646", U"\u064A\u0646",
                                             U"\u0627\u062A"};
  std::vector<std::u32string> out;
  for (const auto& suffix : kSuffixes) {
    out.push_back(stem + suffix);
    out.push_back(U"\u0627\u0644" + stem + suffix);
  }
  return out;
}

// The token forms of each line of `doc`, tokenised in one pass (one call
// per phrase is many times slower). ICU's word break always breaks at a line
// feed, so a line's tokens are those of tokenising it alone.
std::vector<std::vector<std::u32string>> forms_by_line(const Normalized& doc,
                                                       const Tokenizer& tokenizer) {
  std::vector<uint32_t> line_ends;  // normalised offset of each line's '\n'
  for (uint32_t i = 0; i < doc.text.size(); ++i) {
    if (doc.text[i] == U'\n') line_ends.push_back(i);
  }
  line_ends.push_back(static_cast<uint32_t>(doc.text.size()));
  std::vector<std::vector<std::u32string>> out(line_ends.size());
  size_t line = 0;
  for (Token& t : tokenizer.tokenize(doc)) {
    while (t.begin > line_ends[line]) ++line;
    out[line].push_back(std::move(t.form));
  }
  return out;
}

// Lines joined by '\n' as a Normalized text that is its own original.
Normalized join_lines(const std::vector<std::u32string>& lines) {
  Normalized doc;
  for (const auto& line : lines) {
    if (!doc.text.empty()) doc.text.push_back(U'\n');
    doc.text += line;
  }
  for (uint32_t i = 0; i < doc.text.size(); ++i) {
    doc.begin.push_back(i);
    doc.end.push_back(i + 1);
  }
  return doc;
}

// The trie as it is built, before it is flattened into the blob.
class TrieBuilder {
 public:
  TrieBuilder() : node_entries_(1) {}

  void add_phrase(const std::vector<std::u32string>& forms, uint32_t entry) {
    uint32_t node = 0;
    for (const auto& form : forms) {
      const uint64_t edge = uint64_t{node} << 32 | intern(form);
      auto it = edges_.find(edge);
      if (it == edges_.end()) {
        const uint32_t next = static_cast<uint32_t>(node_entries_.size());
        edges_.emplace(edge, next);
        node_entries_.emplace_back();
        node = next;
      } else {
        node = it->second;
      }
    }
    auto& list = node_entries_[node];
    if (std::find(list.begin(), list.end(), entry) == list.end()) list.push_back(entry);
  }

  const std::vector<std::u32string>& words() const { return words_; }
  const std::unordered_map<uint64_t, uint32_t>& edges() const { return edges_; }
  const std::vector<std::vector<uint32_t>>& node_entries() const { return node_entries_; }

 private:
  uint32_t intern(const std::u32string& form) {
    auto [it, added] = ids_.emplace(form, static_cast<uint32_t>(words_.size()));
    if (added) words_.push_back(form);
    return it->second;
  }

  std::vector<std::u32string> words_;
  std::unordered_map<std::u32string, uint32_t> ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;  // node << 32 | word → child
  std::vector<std::vector<uint32_t>> node_entries_;
};

struct EntryColumns {
  std::string_view phrase, file, cls;
  std::vector<std::string_view> attrs;
};

class BlobWriter {
 public:
  std::string& strings() { return strings_; }
  template <typename T>
  void put(Section s, T value) {
    static_assert(sizeof(T) == 2 || sizeof(T) == 4, "blob integers are 16 or 32 bits");
    const size_t at = sections_[s].size();
    sections_[s].resize(at + sizeof(T));
    std::memcpy(&sections_[s][at], &value, sizeof(T));
  }
  void put16(Section s, size_t value) {
    too_long_ = too_long_ || value > UINT16_MAX;
    put(s, static_cast<uint16_t>(value));
  }
  // True when some length or count did not fit its 16 bits.
  bool too_long() const { return too_long_; }
  void put32(Section s, size_t value) { put(s, static_cast<uint32_t>(value)); }

  std::string finish() {
    sections_[kStrings] = strings_;
    std::string blob(kHeaderSize, '\0');
    std::memcpy(&blob[0], kMagic, sizeof(kMagic));
    for (uint32_t s = 0; s < kSectionCount; ++s) {
      blob.resize((blob.size() + 3) & ~size_t{3}, '\0');
      const uint32_t header[2] = {static_cast<uint32_t>(blob.size()),
                                  static_cast<uint32_t>(sections_[s].size() / kElementSize[s])};
      std::memcpy(&blob[sizeof(kMagic) + 8 * s], header, sizeof(header));
      blob += sections_[s];
    }
    return blob;
  }

 private:
  std::string strings_;
  std::string sections_[kSectionCount];
  bool too_long_ = false;
};

// The blob, or empty when a length or count exceeds its 16 bits.
std::string flatten(const std::vector<EntryColumns>& entries, const TrieBuilder& trie) {
  BlobWriter out;
  // Class and file names once each, numbered in order of first use.
  std::vector<std::string_view> classes, files;
  auto number = [](std::vector<std::string_view>* names, std::string_view name) {
    auto it = std::find(names->begin(), names->end(), name);
    if (it != names->end()) return static_cast<size_t>(it - names->begin());
    names->push_back(name);
    return names->size() - 1;
  };
  std::vector<size_t> class_of, file_of;
  for (const EntryColumns& e : entries) {
    class_of.push_back(number(&classes, e.cls));
    file_of.push_back(number(&files, e.file));
  }
  for (std::string_view name : classes) {
    out.strings() += name;
    out.put16(kClassLengths, name.size());
  }
  for (std::string_view name : files) {
    out.strings() += name;
    out.put16(kFileLengths, name.size());
  }
  for (size_t id = 0; id < entries.size(); ++id) {
    const EntryColumns& e = entries[id];
    out.put16(kEntries, class_of[id]);
    out.put16(kEntries, file_of[id]);
    out.put16(kEntries, e.phrase.size());
    out.put16(kEntries, e.attrs.size());
    out.strings() += e.phrase;
    for (std::string_view a : e.attrs) {
      out.strings() += a;
      out.put16(kAttrLengths, a.size());
    }
  }
  for (const std::u32string& form : trie.words()) {
    for (char32_t c : form) out.put32(kWordChars, c);
    out.put16(kWordLengths, form.size());
  }
  // Nodes are numbered as they were made, so a node's parent comes before it.
  std::vector<std::pair<uint32_t, uint32_t>> parent(trie.node_entries().size());
  for (const auto& [key, child] : trie.edges()) {
    parent[child] = {static_cast<uint32_t>(key >> 32), static_cast<uint32_t>(key)};
  }
  uint32_t next_word = 0;
  for (size_t node = 1; node < parent.size(); ++node) {
    const uint32_t word = parent[node].second;
    out.put32(kNodeParents, parent[node].first);
    out.put32(kNodeWords, word == next_word ? 0 : word + 1);
    if (word == next_word) ++next_word;
  }
  uint32_t previous = 0;
  for (const auto& list : trie.node_entries()) {
    out.put16(kNodeEntryCounts, list.size());
    for (uint32_t e : list) {
      out.put32(kNodeEntries, e - previous);
      previous = e;
    }
  }
  // The first entry listed for each (class, first column).
  std::vector<uint32_t> primary;
  auto key = [&](uint32_t id) { return std::make_pair(entries[id].cls, entries[id].attrs[0]); };
  for (uint32_t id = 0; id < entries.size(); ++id) {
    if (!entries[id].attrs.empty() && !entries[id].attrs[0].empty()) primary.push_back(id);
  }
  std::stable_sort(primary.begin(), primary.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  primary.erase(std::unique(primary.begin(), primary.end(),
                            [&](uint32_t a, uint32_t b) { return key(a) == key(b); }),
                primary.end());
  for (uint32_t id : primary) out.put32(kPrimary, id);
  return out.too_long() ? std::string() : out.finish();
}

}  // namespace

Expected<std::string> Lexicon::compile(const std::vector<EmbeddedFile>& files,
                                       const Normalizer& normalizer, const Tokenizer& tokenizer) {
  std::vector<EntryColumns> entries;
  std::u32string phrases;  // one line per entry, normalised and tokenised below
  std::vector<std::string> where;  // `file:line` of each entry, for errors
  for (const EmbeddedFile& file : files) {
    size_t line_no = 0, pos = 0;
    while (pos < file.content.size()) {
      size_t eol = file.content.find('\n', pos);
      if (eol == std::string_view::npos) eol = file.content.size();
      std::string_view line = file.content.substr(pos, eol - pos);
      pos = eol + 1;
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      const std::string at = std::string(file.name) + ":" + std::to_string(line_no) + ": ";
      std::vector<std::string_view> cols = split_tabs(line);
      if (cols.size() < 2 || cols[0].empty() || cols[1].empty()) {
        return Error{ErrorCode::kDataError, 0, at + "want phrase<TAB>class"};
      }
      auto decoded = decode_utf8(cols[0]);
      if (!decoded.ok()) return Error{ErrorCode::kDataError, 0, at + decoded.error().message};
      if (decoded.value().find_first_of(U"\n\r") != std::u32string::npos) {
        return Error{ErrorCode::kDataError, 0, at + "line break in a phrase"};
      }
      if (!word_class_from_name(cols[1])) {
        return Error{ErrorCode::kDataError, 0, at + "unknown class `" + std::string(cols[1]) +
                                                   "` (core/lexicon/word_class.h lists the classes)"};
      }
      entries.push_back({cols[0], file.name, cols[1], {cols.begin() + 2, cols.end()}});
      where.push_back(at);
      if (entries.size() > 1) phrases.push_back(U'\n');
      phrases += decoded.value();
    }
  }

  TrieBuilder trie;
  const auto forms = forms_by_line(normalizer.normalize(phrases), tokenizer);
  // Nationality adjectives, inflected from their matching form and
  // re-tokenised so `الكويتي` splits exactly as it would in a document.
  std::vector<std::u32string> inflected;
  std::vector<uint32_t> inflected_entry;
  for (uint32_t id = 0; id < entries.size(); ++id) {
    if (forms[id].empty()) return Error{ErrorCode::kDataError, 0, where[id] + "phrase has no tokens"};
    if (word_class_from_name(entries[id].cls) == WordClass::kNationality && forms[id].size() == 1) {
      for (auto& form : nationality_forms(forms[id][0])) {
        inflected.push_back(std::move(form));
        inflected_entry.push_back(id);
      }
    } else {
      trie.add_phrase(forms[id], id);
    }
  }
  const auto inflected_forms = forms_by_line(join_lines(inflected), tokenizer);
  for (size_t k = 0; k < inflected.size(); ++k) trie.add_phrase(inflected_forms[k], inflected_entry[k]);
  std::string blob = flatten(entries, trie);
  if (blob.empty()) {
    return Error{ErrorCode::kDataError, 0,
                 "a phrase, column or list too long for the lexicon blob's 16-bit lengths"};
  }
  return blob;
}

// What from_blob() derives from the blob: views of the entries, offsets
// from the stored lengths, and the two hash tables.
struct Lexicon::Index {
  std::shared_ptr<const std::string> owned;  // the blob, when load() compiled it
  std::vector<LexiconEntry> entries;
  std::vector<std::string_view> columns;     // every entry's attrs, entry after entry
  const uint32_t* word_chars = nullptr;      // in the blob
  std::vector<uint32_t> word_begin;          // form w is word_chars[word_begin[w], [w + 1])
  std::vector<uint32_t> word_slots;          // word id + 1 at form_hash(form), 0 empty
  std::vector<uint32_t> edge_slots;          // node, word, child at edge_hash; child 0 empty
  std::vector<uint32_t> node_entry_begin;    // entries of node n: [begin[n], begin[n + 1])
  std::vector<uint32_t> node_entries;
  const uint32_t* primary = nullptr;         // in the blob
  uint32_t primary_count = 0;
};

Lexicon::Lexicon(std::shared_ptr<const Index> index)
    : index_(std::move(index)), entries_(index_->entries.data()), entry_count_(index_->entries.size()) {}

Expected<Lexicon> Lexicon::load(const std::vector<EmbeddedFile>& files,
                                const Normalizer& normalizer, const Tokenizer& tokenizer) {
  auto blob = compile(files, normalizer, tokenizer);
  if (!blob.ok()) return blob.error();
  auto owned = std::make_shared<const std::string>(std::move(blob).value());
  return from_blob(*owned, owned);
}

Expected<Lexicon> Lexicon::from_blob(std::string_view blob) { return from_blob(blob, nullptr); }

Expected<Lexicon> Lexicon::from_blob(std::string_view blob, std::shared_ptr<const std::string> owned) {
  auto bad = [](const char* what) {
    return Error{ErrorCode::kDataError, 0, std::string("lexicon blob: ") + what};
  };
  if (blob.size() < kHeaderSize || std::memcmp(blob.data(), kMagic, sizeof(kMagic)) != 0) {
    return bad("no Kashif lexicon (magic)");
  }
  if (reinterpret_cast<uintptr_t>(blob.data()) % 4 != 0) return bad("not 4-byte aligned");
  const char* base = blob.data();
  uint32_t offset[kSectionCount], count[kSectionCount];
  for (uint32_t s = 0; s < kSectionCount; ++s) {
    std::memcpy(&offset[s], base + sizeof(kMagic) + 8 * s, 4);
    std::memcpy(&count[s], base + sizeof(kMagic) + 8 * s + 4, 4);
    if (offset[s] % 4 != 0 || offset[s] > blob.size() ||
        uint64_t{count[s]} * kElementSize[s] > blob.size() - offset[s]) {
      return bad("a section outside the blob");
    }
  }
  auto u16 = [&](Section s) { return reinterpret_cast<const uint16_t*>(base + offset[s]); };
  auto u32 = [&](Section s) { return reinterpret_cast<const uint32_t*>(base + offset[s]); };

  // Strings one after another: `next(n)` is the next n bytes, or fails.
  const char* strings = base + offset[kStrings];
  size_t cursor = 0;
  bool overrun = false;
  auto next = [&](size_t length) {
    if (length > count[kStrings] - cursor) {
      overrun = true;
      return std::string_view();
    }
    cursor += length;
    return std::string_view(strings + cursor - length, length);
  };
  std::vector<WordClass> classes(count[kClassLengths]);
  std::vector<std::string_view> files(count[kFileLengths]);
  for (uint32_t k = 0; k < classes.size(); ++k) {
    const auto cls = word_class_from_name(next(u16(kClassLengths)[k]));
    if (!cls) return bad("a class word_class.h does not list");
    classes[k] = *cls;
  }
  for (uint32_t k = 0; k < files.size(); ++k) files[k] = next(u16(kFileLengths)[k]);

  auto index = std::make_shared<Index>();
  index->owned = std::move(owned);
  const uint32_t entry_count = count[kEntries];
  index->entries.resize(entry_count);
  index->columns.resize(count[kAttrLengths]);
  const uint16_t* rec = u16(kEntries);
  const uint16_t* attr_length = u16(kAttrLengths);
  size_t column = 0;
  for (uint32_t e = 0; e < entry_count; ++e, rec += 4) {
    if (rec[0] >= classes.size() || rec[1] >= files.size() || rec[3] > index->columns.size() - column) {
      return bad("an entry out of range");
    }
    LexiconEntry& entry = index->entries[e];
    entry.cls = classes[rec[0]];
    entry.file = files[rec[1]];
    entry.phrase = next(rec[2]);
    entry.attrs.columns_ = index->columns.data() + column;
    entry.attrs.count_ = rec[3];
    for (uint32_t k = 0; k < rec[3]; ++k, ++column) index->columns[column] = next(attr_length[column]);
  }
  if (overrun) return bad("strings past their section");

  auto power_of_two_over = [](size_t n) {
    size_t slots = 16;
    while (slots < 2 * n) slots *= 2;
    return slots;
  };
  const uint32_t words = count[kWordLengths];
  index->word_chars = u32(kWordChars);
  index->word_begin.resize(size_t{words} + 1);
  index->word_slots.assign(power_of_two_over(words), 0);
  const uint32_t word_mask = static_cast<uint32_t>(index->word_slots.size() - 1);
  uint32_t chars = 0;
  for (uint32_t w = 0; w < words; ++w) {
    const uint16_t length = u16(kWordLengths)[w];
    if (length > count[kWordChars] - chars) return bad("forms past their section");
    index->word_begin[w] = chars;
    const std::u32string_view form(reinterpret_cast<const char32_t*>(index->word_chars + chars), length);
    chars += length;
    uint32_t slot = form_hash(form) & word_mask;
    while (index->word_slots[slot] != 0) slot = (slot + 1) & word_mask;
    index->word_slots[slot] = w + 1;
  }
  index->word_begin[words] = chars;

  const uint32_t nodes = count[kNodeEntryCounts];
  if (nodes == 0 || count[kNodeParents] != nodes - 1 || count[kNodeWords] != nodes - 1) {
    return bad("nodes and their edges differ");
  }
  index->edge_slots.assign(3 * power_of_two_over(nodes), 0);
  const uint32_t edge_mask = static_cast<uint32_t>(index->edge_slots.size() / 3 - 1);
  const uint32_t* parents = u32(kNodeParents);
  const uint32_t* edge_words = u32(kNodeWords);
  uint32_t next_word = 0;
  for (uint32_t node = 1; node < nodes; ++node) {
    const uint32_t parent = parents[node - 1];
    const uint32_t word = edge_words[node - 1] == 0 ? next_word++ : edge_words[node - 1] - 1;
    if (parent >= node || word >= words) return bad("an edge out of range");
    uint32_t slot = edge_hash(parent, word) & edge_mask;
    while (index->edge_slots[3 * slot + 2] != 0) slot = (slot + 1) & edge_mask;
    index->edge_slots[3 * slot] = parent;
    index->edge_slots[3 * slot + 1] = word;
    index->edge_slots[3 * slot + 2] = node;
  }
  index->node_entry_begin.resize(size_t{nodes} + 1);
  uint32_t listed = 0;
  for (uint32_t node = 0; node < nodes; ++node) {
    index->node_entry_begin[node] = listed;
    listed += u16(kNodeEntryCounts)[node];
  }
  index->node_entry_begin[nodes] = listed;
  if (listed > count[kNodeEntries]) return bad("node entries past their section");
  index->node_entries.resize(listed);
  uint32_t previous = 0;
  for (uint32_t k = 0; k < listed; ++k) {
    previous += u32(kNodeEntries)[k];
    if (previous >= entry_count) return bad("a node's entry out of range");
    index->node_entries[k] = previous;
  }
  index->primary = u32(kPrimary);
  index->primary_count = count[kPrimary];
  for (uint32_t k = 0; k < index->primary_count; ++k) {
    if (index->primary[k] >= entry_count || index->entries[index->primary[k]].attrs.empty()) {
      return bad("a primary entry out of range");
    }
  }
  return Lexicon(std::move(index));
}

uint32_t Lexicon::word_id(std::u32string_view form) const {
  const Index& x = *index_;
  const uint32_t mask = static_cast<uint32_t>(x.word_slots.size() - 1);
  for (uint32_t slot = form_hash(form) & mask;; slot = (slot + 1) & mask) {
    const uint32_t id_plus_one = x.word_slots[slot];  // the table always has empty slots
    if (id_plus_one == 0) return kNoWord;
    const uint32_t w = id_plus_one - 1;
    const uint32_t* chars = x.word_chars + x.word_begin[w];
    if (x.word_begin[w + 1] - x.word_begin[w] == form.size() &&
        std::equal(form.begin(), form.end(), chars, [](char32_t a, uint32_t b) { return a == b; })) {
      return w;
    }
  }
}

uint32_t Lexicon::child(uint32_t node, uint32_t word) const {
  if (word == kNoWord) return 0;
  const Index& x = *index_;
  const uint32_t mask = static_cast<uint32_t>(x.edge_slots.size() / 3 - 1);
  for (uint32_t slot = edge_hash(node, word) & mask;; slot = (slot + 1) & mask) {
    const uint32_t* edge = x.edge_slots.data() + 3 * slot;
    if (edge[2] == 0) return 0;
    if (edge[0] == node && edge[1] == word) return edge[2];
  }
}

void Lexicon::collect(const std::vector<Token>& tokens, size_t start, size_t i, uint32_t node,
                      uint32_t skip, std::vector<LexiconMatch>* out) const {
  if (i >= tokens.size() || (i > start && tokens[i].line_break_before)) return;
  const Token& token = tokens[i];
  for (const std::u32string* candidate : {&token.form, &token.alt_form}) {
    if (candidate->empty()) continue;
    std::u32string_view form = *candidate;
    if (i == start) form.remove_prefix(std::min<size_t>(skip, form.size()));
    const uint32_t next = child(node, word_id(form));
    if (next == 0) continue;
    for (uint32_t k = index_->node_entry_begin[next]; k < index_->node_entry_begin[next + 1]; ++k) {
      out->push_back({static_cast<uint32_t>(i - start + 1), skip, index_->node_entries[k]});
    }
    collect(tokens, start, i + 1, next, skip, out);
  }
}

std::vector<LexiconMatch> Lexicon::matches_at(const std::vector<Token>& tokens,
                                              size_t start) const {
  std::vector<LexiconMatch> out;
  if (start >= tokens.size()) return out;
  collect(tokens, start, start, 0, 0, &out);
  const Token& first = tokens[start];
  if (first.kind == TokenKind::kWord && first.arabic) {
    const size_t max_skip = proclitic_prefix_len(first.form);
    for (uint32_t skip = 1; skip <= max_skip; ++skip) collect(tokens, start, start, 0, skip, &out);
  }
  // Longest first; among equals, the unskipped reading first. An insertion
  // sort, stable: a position has a handful of matches, and std::stable_sort
  // allocated a buffer for them at every token.
  auto before = [](const LexiconMatch& a, const LexiconMatch& b) {
    return a.token_count != b.token_count ? a.token_count > b.token_count : a.skip < b.skip;
  };
  for (size_t k = 1; k < out.size(); ++k) {
    const LexiconMatch m = out[k];
    size_t j = k;
    for (; j > 0 && before(m, out[j - 1]); --j) out[j] = out[j - 1];
    out[j] = m;
  }
  return out;
}

std::string_view Lexicon::primary_phrase(WordClass cls, std::string_view key) const {
  // kPrimary is sorted by class name, as the compiler saw the classes.
  auto key_of = [&](uint32_t id) { return std::make_pair(word_class_name(entries_[id].cls), entries_[id].attrs[0]); };
  const auto wanted = std::make_pair(word_class_name(cls), key);
  const uint32_t* end = index_->primary + index_->primary_count;
  const uint32_t* it = std::lower_bound(index_->primary, end, wanted,
                                        [&](uint32_t id, const auto& k) { return key_of(id) < k; });
  if (it == end || key_of(*it) != wanted) return {};
  return entries_[*it].phrase;
}

bool Lexicon::has_word(std::u32string_view form, WordClass cls) const {
  const uint32_t node = child(0, word_id(form));
  if (node == 0) return false;
  for (uint32_t k = index_->node_entry_begin[node]; k < index_->node_entry_begin[node + 1]; ++k) {
    if (entries_[index_->node_entries[k]].cls == cls) return true;
  }
  return false;
}

}  // namespace kashif
