#include "core/lexicon.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "core/utf8.h"

namespace kashif {

// The blob: an 8-byte magic, then (byte offset, element count) of each
// section below, then the sections, each at a multiple of 4 bytes. Integers
// are little-endian uint32 (native order on every target Kashif builds for);
// the blob is made by the same build that reads it, so it never travels.
namespace {

constexpr char kMagic[8] = {'K', 'S', 'H', 'F', 'L', 'X', '0', '1'};

enum Section : uint32_t {
  kStrings,         // bytes: every string of the entries, UTF-8, deduplicated
  kEntries,         // 8 per entry: phrase, file, cls (offset, length each), attr begin, attr count
  kAttrs,           // 2 per column: offset, length in kStrings
  kWordChars,       // code points of every interned token form
  kWordBegin,       // word count + 1 offsets into kWordChars
  kWordSlots,       // power of two: word id + 1 at form_hash(form), linear probing; 0 empty
  kEdgeSlots,       // 3 per slot, power of two slots: node, word, child at edge_hash; child 0 empty
  kNodeEntryBegin,  // node count + 1 offsets into kNodeEntries
  kNodeEntries,     // entry ids ending at each node, in the order they were listed
  kPrimary,         // entry ids sorted by (cls, first attribute), the first listed of each
  kSectionCount,
};
constexpr uint32_t kElementSize[kSectionCount] = {1, 32, 8, 4, 4, 4, 12, 4, 4, 4};
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

// A hash table of at least twice `count` slots, so probes stay short.
uint32_t slot_count(size_t count) {
  uint32_t n = 16;
  while (n < 2 * count) n *= 2;
  return n;
}

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
  // A string's (offset, length) in kStrings, each distinct string stored once.
  std::pair<uint32_t, uint32_t> string(std::string_view s) {
    auto [it, added] = string_at_.emplace(std::string(s), static_cast<uint32_t>(strings_.size()));
    if (added) strings_ += s;
    return {it->second, static_cast<uint32_t>(s.size())};
  }
  std::vector<uint32_t>& section(Section s) { return u32_[s]; }

  std::string finish() {
    std::string blob(kHeaderSize, '\0');
    std::memcpy(&blob[0], kMagic, sizeof(kMagic));
    auto put_header = [&](Section s, uint32_t offset, uint32_t count) {
      const uint32_t pair[2] = {offset, count};
      std::memcpy(&blob[sizeof(kMagic) + 8 * s], pair, sizeof(pair));
    };
    auto align = [&] { blob.resize((blob.size() + 3) & ~size_t{3}, '\0'); };
    put_header(kStrings, static_cast<uint32_t>(blob.size()), static_cast<uint32_t>(strings_.size()));
    blob += strings_;
    for (uint32_t s = kStrings + 1; s < kSectionCount; ++s) {
      align();
      const auto& words = u32_[s];
      put_header(static_cast<Section>(s), static_cast<uint32_t>(blob.size()),
                 static_cast<uint32_t>(words.size() * 4 / kElementSize[s]));
      blob.append(reinterpret_cast<const char*>(words.data()), words.size() * 4);
    }
    return blob;
  }

 private:
  std::string strings_;
  std::unordered_map<std::string, uint32_t> string_at_;
  std::vector<uint32_t> u32_[kSectionCount];
};

std::string flatten(const std::vector<EntryColumns>& entries, const TrieBuilder& trie) {
  BlobWriter out;
  for (const EntryColumns& e : entries) {
    auto& rec = out.section(kEntries);
    for (std::string_view s : {e.phrase, e.file, e.cls}) {
      const auto [offset, length] = out.string(s);
      rec.push_back(offset);
      rec.push_back(length);
    }
    auto& attrs = out.section(kAttrs);
    rec.push_back(static_cast<uint32_t>(attrs.size() / 2));
    rec.push_back(static_cast<uint32_t>(e.attrs.size()));
    for (std::string_view a : e.attrs) {
      const auto [offset, length] = out.string(a);
      attrs.push_back(offset);
      attrs.push_back(length);
    }
  }

  const auto& words = trie.words();
  auto& chars = out.section(kWordChars);
  auto& begin = out.section(kWordBegin);
  auto& word_slots = out.section(kWordSlots);
  word_slots.assign(slot_count(words.size()), 0);
  const uint32_t word_mask = static_cast<uint32_t>(word_slots.size() - 1);
  for (uint32_t w = 0; w < words.size(); ++w) {
    begin.push_back(static_cast<uint32_t>(chars.size()));
    chars.insert(chars.end(), words[w].begin(), words[w].end());
    uint32_t slot = form_hash(words[w]) & word_mask;
    while (word_slots[slot] != 0) slot = (slot + 1) & word_mask;
    word_slots[slot] = w + 1;
  }
  begin.push_back(static_cast<uint32_t>(chars.size()));

  auto& edge_slots = out.section(kEdgeSlots);
  const uint32_t edge_count = slot_count(trie.edges().size());
  edge_slots.assign(3 * size_t{edge_count}, 0);
  // Inserted in a fixed order (by child) so the blob does not depend on
  // the hash map's iteration order.
  std::vector<std::pair<uint64_t, uint32_t>> edges(trie.edges().begin(), trie.edges().end());
  std::sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  for (const auto& [key, to] : edges) {
    const uint32_t node = static_cast<uint32_t>(key >> 32), word = static_cast<uint32_t>(key);
    uint32_t slot = edge_hash(node, word) & (edge_count - 1);
    while (edge_slots[3 * slot + 2] != 0) slot = (slot + 1) & (edge_count - 1);
    edge_slots[3 * slot] = node;
    edge_slots[3 * slot + 1] = word;
    edge_slots[3 * slot + 2] = to;
  }

  auto& node_begin = out.section(kNodeEntryBegin);
  auto& node_entries = out.section(kNodeEntries);
  for (const auto& list : trie.node_entries()) {
    node_begin.push_back(static_cast<uint32_t>(node_entries.size()));
    node_entries.insert(node_entries.end(), list.begin(), list.end());
  }
  node_begin.push_back(static_cast<uint32_t>(node_entries.size()));

  // The first entry listed for each (cls, first attribute).
  auto& primary = out.section(kPrimary);
  auto key = [&](uint32_t id) { return std::make_pair(entries[id].cls, entries[id].attrs[0]); };
  for (uint32_t id = 0; id < entries.size(); ++id) {
    if (!entries[id].attrs.empty() && !entries[id].attrs[0].empty()) primary.push_back(id);
  }
  std::stable_sort(primary.begin(), primary.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  primary.erase(std::unique(primary.begin(), primary.end(),
                            [&](uint32_t a, uint32_t b) { return key(a) == key(b); }),
                primary.end());
  return out.finish();
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
    if (entries[id].cls == "nationality" && forms[id].size() == 1) {
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
  return flatten(entries, trie);
}

Expected<Lexicon> Lexicon::load(const std::vector<EmbeddedFile>& files,
                                const Normalizer& normalizer, const Tokenizer& tokenizer) {
  auto blob = compile(files, normalizer, tokenizer);
  if (!blob.ok()) return blob.error();
  auto owned = std::make_shared<const std::string>(std::move(blob).value());
  auto lexicon = from_blob(*owned);
  if (lexicon.ok()) lexicon.value().owned_ = std::move(owned);
  return lexicon;
}

Expected<Lexicon> Lexicon::from_blob(std::string_view blob) {
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
    if (offset[s] % (s == kStrings ? 1 : 4) != 0 ||
        offset[s] > blob.size() || uint64_t{count[s]} * kElementSize[s] > blob.size() - offset[s]) {
      return bad("a section outside the blob");
    }
  }
  auto u32 = [&](Section s) { return reinterpret_cast<const uint32_t*>(base + offset[s]); };
  const char* strings = base + offset[kStrings];
  const uint32_t string_bytes = count[kStrings];
  auto in_strings = [&](uint32_t at, uint32_t length) { return at <= string_bytes && length <= string_bytes - at; };

  Lexicon lex;
  const uint32_t* attrs = u32(kAttrs);
  for (uint32_t a = 0; a < count[kAttrs]; ++a) {
    if (!in_strings(attrs[2 * a], attrs[2 * a + 1])) return bad("an attribute outside the strings");
  }
  const uint32_t* rec = u32(kEntries);
  lex.entries_.resize(count[kEntries]);
  for (uint32_t e = 0; e < count[kEntries]; ++e, rec += 8) {
    for (int k = 0; k < 3; ++k) {
      if (!in_strings(rec[2 * k], rec[2 * k + 1])) return bad("an entry outside the strings");
    }
    if (rec[6] > count[kAttrs] || rec[7] > count[kAttrs] - rec[6]) return bad("attributes out of range");
    LexiconEntry& entry = lex.entries_[e];
    entry.phrase = std::string_view(strings + rec[0], rec[1]);
    entry.file = std::string_view(strings + rec[2], rec[3]);
    entry.cls = std::string_view(strings + rec[4], rec[5]);
    entry.attrs.pool_ = strings;
    entry.attrs.spans_ = attrs + 2 * rec[6];
    entry.attrs.count_ = rec[7];
  }

  if (count[kWordBegin] == 0 || count[kNodeEntryBegin] == 0) return bad("no words or no root");
  const uint32_t words = count[kWordBegin] - 1, nodes = count[kNodeEntryBegin] - 1;
  auto ascending = [](const uint32_t* begin, uint32_t n, uint32_t limit) {
    for (uint32_t i = 0; i < n; ++i) {
      if (begin[i] > begin[i + 1]) return false;
    }
    return begin[n] <= limit;
  };
  auto power_of_two = [](uint32_t n) { return n != 0 && (n & (n - 1)) == 0; };
  lex.word_chars_ = u32(kWordChars);
  lex.word_begin_ = u32(kWordBegin);
  lex.word_slots_ = u32(kWordSlots);
  lex.edge_slots_ = u32(kEdgeSlots);
  lex.node_entry_begin_ = u32(kNodeEntryBegin);
  lex.node_entries_ = u32(kNodeEntries);
  lex.primary_ = u32(kPrimary);
  lex.primary_count_ = count[kPrimary];
  if (!ascending(lex.word_begin_, words, count[kWordChars])) return bad("word offsets");
  if (!ascending(lex.node_entry_begin_, nodes, count[kNodeEntries])) return bad("node offsets");
  if (!power_of_two(count[kWordSlots]) || !power_of_two(count[kEdgeSlots])) return bad("hash table size");
  lex.word_mask_ = count[kWordSlots] - 1;
  lex.edge_mask_ = count[kEdgeSlots] - 1;
  for (uint32_t i = 0; i < count[kWordSlots]; ++i) {
    if (lex.word_slots_[i] > words) return bad("a word slot out of range");
  }
  for (uint32_t i = 0; i < count[kEdgeSlots]; ++i) {
    const uint32_t* slot = lex.edge_slots_ + 3 * i;
    if (slot[2] != 0 && (slot[0] >= nodes || slot[1] >= words || slot[2] >= nodes)) {
      return bad("an edge out of range");
    }
  }
  for (uint32_t i = 0; i < count[kNodeEntries]; ++i) {
    if (lex.node_entries_[i] >= count[kEntries]) return bad("a node's entry out of range");
  }
  for (uint32_t i = 0; i < count[kPrimary]; ++i) {
    if (lex.primary_[i] >= count[kEntries] || lex.entries_[lex.primary_[i]].attrs.empty()) {
      return bad("a primary entry out of range");
    }
  }
  return lex;
}

uint32_t Lexicon::word_id(std::u32string_view form) const {
  uint32_t slot = form_hash(form) & word_mask_;
  for (uint32_t probes = 0; probes <= word_mask_; ++probes, slot = (slot + 1) & word_mask_) {
    const uint32_t id_plus_one = word_slots_[slot];
    if (id_plus_one == 0) return kNoWord;
    const uint32_t w = id_plus_one - 1;
    const uint32_t* chars = word_chars_ + word_begin_[w];
    const size_t length = word_begin_[w + 1] - word_begin_[w];
    if (length == form.size() &&
        std::equal(form.begin(), form.end(), chars, [](char32_t a, uint32_t b) { return a == b; })) {
      return w;
    }
  }
  return kNoWord;
}

uint32_t Lexicon::child(uint32_t node, uint32_t word) const {
  if (word == kNoWord) return 0;
  uint32_t slot = edge_hash(node, word) & edge_mask_;
  for (uint32_t probes = 0; probes <= edge_mask_; ++probes, slot = (slot + 1) & edge_mask_) {
    const uint32_t* edge = edge_slots_ + 3 * slot;
    if (edge[2] == 0) return 0;
    if (edge[0] == node && edge[1] == word) return edge[2];
  }
  return 0;
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
    for (uint32_t k = node_entry_begin_[next]; k < node_entry_begin_[next + 1]; ++k) {
      out->push_back({static_cast<uint32_t>(i - start + 1), skip, node_entries_[k]});
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
  // Longest first; among equals, the unskipped reading first.
  std::stable_sort(out.begin(), out.end(), [](const LexiconMatch& a, const LexiconMatch& b) {
    if (a.token_count != b.token_count) return a.token_count > b.token_count;
    return a.skip < b.skip;
  });
  return out;
}

std::string_view Lexicon::primary_phrase(std::string_view cls, std::string_view key) const {
  const auto wanted = std::make_pair(cls, key);
  const uint32_t* end = primary_ + primary_count_;
  const uint32_t* it = std::lower_bound(primary_, end, wanted, [&](uint32_t id, const auto& k) {
    return std::make_pair(entries_[id].cls, entries_[id].attrs[0]) < k;
  });
  if (it == end || std::make_pair(entries_[*it].cls, entries_[*it].attrs[0]) != wanted) return {};
  return entries_[*it].phrase;
}

bool Lexicon::has_word(std::u32string_view form, std::string_view cls) const {
  const uint32_t node = child(0, word_id(form));
  if (node == 0) return false;
  for (uint32_t k = node_entry_begin_[node]; k < node_entry_begin_[node + 1]; ++k) {
    if (entries_[node_entries_[k]].cls == cls) return true;
  }
  return false;
}

}  // namespace kashif
