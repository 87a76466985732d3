#include "core/resolve/coreference.h"

#include <algorithm>

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/recognizers/name_chain.h"
#include "core/resolve/resolve.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

constexpr size_t kMaxKeyTokens = 8;

// What a short form refers to.
struct Referent {
  EntityType type;
  std::string canonical;
  size_t valid_from;         // token index: the form refers back only after the full name
  std::u32string spelling;   // for one-word forms that are also function words (`علي`)
  bool ambiguous = false;
  bool headline_only = false;  // refers only as a headline's source: «الشؤون»:
  bool noun_only = false;      // an adjective used as the body's name: only as a noun
  bool headline_too = false;   // also refers before the full name, in the headline
};

// A first line of at most this many tokens is a headline, which names a
// person by family name before the story gives the full name.
constexpr size_t kMaxHeadlineTokens = 30;

// Token forms; views into the document's tokens, which outlive the Linker.
using Key = std::vector<std::u32string_view>;

class Linker {
 public:
  Linker(const RecognizerInput& in, std::vector<Mention>* mentions)
      : in_(in), mentions_(*mentions), covered_(in.doc.text.size(), false) {}

  void run() {
    const std::vector<size_t> chosen =
        select_mentions(mentions_, in_.doc.text.size(), TypeSet::all());
    for (size_t k : chosen) {
      const Mention& m = mentions_[k];
      std::fill(covered_.begin() + m.begin, covered_.begin() + m.end, true);
    }
    const size_t before = mentions_.size();
    for (size_t k : chosen) register_names(k);
    for (size_t k = before; k < mentions_.size(); ++k) {  // acronyms added above
      std::fill(covered_.begin() + mentions_[k].begin, covered_.begin() + mentions_[k].end, true);
    }
    find_later_mentions();
    for (size_t k : chosen) drop_place_word(k);
  }

 private:
  const std::vector<Token>& tokens() const { return in_.tokens; }

  // Token range [first, last] of a mention, and the proclitic letters of the first skipped.
  bool token_range(const Mention& m, size_t* first, size_t* last, uint32_t* skip) const {
    const auto& t = tokens();
    // Tokens are sorted and disjoint: binary search, or long texts go quadratic.
    const size_t a = std::partition_point(t.begin(), t.end(),
                                          [&](const Token& tok) { return tok.end <= m.begin; }) -
                     t.begin();
    if (a == t.size()) return false;
    size_t b = a;
    while (b + 1 < t.size() && t[b + 1].begin < m.end) ++b;
    *first = a;
    *last = b;
    *skip = m.begin > t[a].begin ? m.begin - t[a].begin : 0;
    return true;
  }

  std::u32string_view form_of(size_t i, uint32_t skip) const {
    return std::u32string_view(tokens()[i].form).substr(std::min<size_t>(skip, tokens()[i].form.size()));
  }

  void add_key(const Key& key, const Referent& referent) {
    if (key.empty() || key.size() > kMaxKeyTokens) return;
    auto [it, inserted] = keys_.emplace(key, referent);
    if (inserted) {
      keys_by_first_word_[key[0]].push_back(&*it);
    } else if (it->second.type != referent.type || it->second.canonical != referent.canonical) {
      it->second.ambiguous = true;
    }
  }

  void register_names(size_t k) {
    Mention& m = mentions_[k];
    if (m.type != EntityType::kPers && m.type != EntityType::kOrg && m.type != EntityType::kEvent &&
        m.type != EntityType::kPolicy) {
      return;
    }
    size_t first, last;
    uint32_t skip;
    if (!token_range(m, &first, &last, &skip)) return;
    if (m.canonical.empty()) {
      m.canonical = canonical_name(std::u32string_view(in_.doc.text).substr(m.begin, m.end - m.begin));
    }
    Key full;
    for (size_t i = first; i <= last; ++i) full.push_back(form_of(i, i == first ? skip : 0));
    const Referent referent{m.type, m.canonical, last + 1, {}};
    if (full.size() >= 2) add_key(full, referent);

    if (m.type == EntityType::kPers && full.size() >= 2) {
      Referent surname = referent;
      const bool kunya = full.size() >= 3 && in_.lexicon.has_word(full[full.size() - 2], WordClass::kNasab);
      if (kunya) {
        add_key({full[full.size() - 2], full.back()}, referent);  // `أبو الحسن`
      } else {
        surname.spelling = original_letters(in_, last);
        // `البرهان يلتقي …` heads a story that names `عبد الفتاح البرهان` later.
        surname.headline_too = has_article(full.back());
        add_key({full.back()}, surname);  // `المهيني`
      }
      if (match_class(in_, first, WordClass::kGiven, ProcliticSkip::kFewest)) {
        Referent given = referent;
        given.spelling = original_letters(in_, first).substr(std::min<size_t>(skip, full[0].size()));
        add_key({full.front()}, given);  // `مازن`
      }
    }
    if (m.type == EntityType::kOrg) {
      register_adjective_name(first, last, full, referent);
      register_acronym(last + 1, referent);
      register_portfolio(first, skip, full, referent);
    }
  }

  // `مصرف ليبيا المركزي` → `المركزي`, `المجلس الرئاسي` → `الرئاسي`: the press
  // names a body by its last nisba adjective, used as a noun (`محافظ
  // المركزي`). Not a state's adjective (`الليبي` names no one body).
  void register_adjective_name(size_t first, size_t last, const Key& full, const Referent& referent) {
    if (full.size() < 2 || last <= first || !is_definite_word(in_, last)) return;
    if (full.size() == 2 && !is_definite_word(in_, first)) return;
    if (!has_nisba_shape(full.back().substr(2)) || match_class(in_, last, WordClass::kNationality, ProcliticSkip::kNone)) return;
    // `الأسرى` folds onto a nisba's shape; its alef maqsura is no nisba's ي.
    const std::u32string letters = original_letters(in_, last);
    if (!letters.empty() && letters.back() != kYeh) return;
    Referent adjective = referent;
    adjective.noun_only = true;
    adjective.spelling = letters;
    add_key({full.back()}, adjective);
  }

  // A noun's place: after a word that governs it (a construct noun, a verb,
  // a preposition with its pronoun), not after a definite noun it would
  // qualify (`البنك المركزي`).
  bool in_noun_position(size_t i) const {
    return i > 0 && !tokens()[i].line_break_before && is_arabic_word(in_, i - 1) &&
           !is_definite_word(in_, i - 1) && !is_function_word(in_, i - 1);
  }

  // `منظمة العمل الدولية (ILO)`: one word in brackets right after the name.
  void register_acronym(size_t i, const Referent& referent) {
    const auto& t = tokens();
    if (i + 2 >= t.size() || t[i].kind != TokenKind::kPunct || in_.doc.text[t[i].begin] != U'(') return;
    if (t[i + 1].kind != TokenKind::kWord || t[i + 2].kind != TokenKind::kPunct ||
        in_.doc.text[t[i + 2].begin] != U')' || covered_[t[i + 1].begin]) {
      return;
    }
    // An Arabic word in brackets is more often a gloss than an acronym.
    if (t[i + 1].arabic || t[i + 1].form.size() < 2) return;
    Mention acronym;
    acronym.begin = t[i + 1].begin;
    acronym.end = t[i + 1].end;
    acronym.type = referent.type;
    acronym.priority = Priority::kPattern;
    acronym.canonical = referent.canonical;
    mentions_.push_back(acronym);
    add_key({t[i + 1].form}, referent);
  }

  // `وزارة الشؤون الاجتماعية` → «الشؤون», anywhere in the document: Gulf
  // papers head stories with the ministry's portfolio word in quotes.
  void register_portfolio(size_t first, uint32_t skip, const Key& full, const Referent& referent) {
    if (full.size() < 2 || !has_article(full[1])) return;
    const auto head = match_class(in_, first, WordClass::kOrgHead, ProcliticSkip::kFewest);
    if (!head || head->skip != skip) return;
    const auto& attrs = in_.lexicon.entry(head->entry).attrs;
    if (attrs.empty() || attrs[0] != "portfolio") return;
    Referent portfolio = referent;
    portfolio.valid_from = 0;
    portfolio.headline_only = true;
    add_key({full[1]}, portfolio);
  }

  // `«الشؤون»: …` opening a line: tokens[i] alone in quotation marks, then a
  // colon, as papers attribute a headline to its source.
  bool headline_source(size_t i) const {
    return i > 0 && (i == 1 || tokens()[i - 1].line_break_before) &&
           is_punct(in_, i - 1, U"\u00AB\"\u201C") && is_punct(in_, i + 1, U"\u00BB\"\u201D") &&
           is_punct(in_, i + 2, U':');
  }

  bool uncovered(size_t first, size_t last) const {
    for (size_t i = first; i <= last; ++i) {
      if (tokens()[i].kind == TokenKind::kProclitic) continue;
      for (uint32_t c = tokens()[i].begin; c < tokens()[i].end; ++c) {
        if (covered_[c]) return false;
      }
      if (i > first && tokens()[i].line_break_before) return false;
    }
    return true;
  }

  // A one-word form that is also a function word (`علي`/`على`) must be
  // spelled as in the full name, and end a clause part: `وأعرب علي عن`.
  bool plausible_single(const Referent& r, size_t i, uint32_t skip) const {
    if (!in_.lexicon.has_word(form_of(i, skip), WordClass::kFunctionWord)) return true;
    if (original_letters(in_, i).substr(skip) != r.spelling) return false;
    const size_t next = i + 1;
    return next >= tokens().size() || tokens()[next].kind == TokenKind::kPunct ||
           is_function_word(in_, next);
  }

  // A key read at token i: its length in tokens and the proclitic letters skipped.
  struct Candidate {
    size_t len;
    uint32_t skip;
    const std::pair<const Key, Referent>* key;
  };

  // Every key that matches the tokens from i, longest first, then with the
  // fewest proclitic letters skipped.
  std::vector<Candidate> candidates_at(size_t i) const {
    const auto& t = tokens();
    // One-word forms take no proclitic: `لصالح` is "in favour of", not ل + صالح.
    const size_t max_skip = t[i].arabic ? proclitic_prefix_len(t[i].form) : 0;
    std::vector<Candidate> out;
    for (uint32_t skip = 0; skip <= max_skip; ++skip) {
      auto it = keys_by_first_word_.find(form_of(i, skip));
      if (it == keys_by_first_word_.end()) continue;
      for (const auto* key : it->second) {
        const Key& words = key->first;
        if (i + words.size() > t.size()) continue;
        bool same = true;
        for (size_t j = 1; j < words.size() && same; ++j) same = words[j] == form_of(i + j, 0);
        if (same) out.push_back({words.size(), skip, key});
      }
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
      return a.len != b.len ? a.len > b.len : a.skip < b.skip;
    });
    return out;
  }

  // The number of tokens of the first line when it is short enough to be a
  // headline, else 0.
  size_t headline_end() const {
    const auto& t = tokens();
    for (size_t i = 1; i < t.size() && i <= kMaxHeadlineTokens; ++i) {
      if (t[i].line_break_before) return i;
    }
    return 0;
  }

  void find_later_mentions() {
    const auto& t = tokens();
    const size_t headline = headline_end();
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind != TokenKind::kWord) continue;
      for (const Candidate& c : candidates_at(i)) {
        const Referent& referent = c.key->second;
        if (referent.ambiguous) continue;
        if (i < referent.valid_from && !(referent.headline_too && i + c.len <= headline)) continue;
        if (referent.headline_only && (c.len != 1 || c.skip != 0 || !headline_source(i))) continue;
        if (!uncovered(i, i + c.len - 1)) continue;
        if (c.len == 1 && (c.skip > 0 || !plausible_single(referent, i, c.skip))) continue;
        if (referent.noun_only && !in_noun_position(i)) continue;
        Mention m;
        m.begin = t[i].begin + c.skip;
        m.end = t[i + c.len - 1].end;
        m.type = referent.type;
        m.priority = Priority::kPattern;
        m.canonical = referent.canonical;
        std::fill(covered_.begin() + m.begin, covered_.begin() + m.end, true);
        mentions_.push_back(std::move(m));
        i += c.len - 1;
        break;
      }
    }
  }

  // `دولة الكويت` and `الكويت` are one place: a GPE's canonical leaves out
  // the place word before the name (gpe_prefixes.tsv).
  void drop_place_word(size_t k) {
    Mention& m = mentions_[k];
    size_t first, last;
    uint32_t skip;
    if (m.type != EntityType::kGpe || !token_range(m, &first, &last, &skip) || first == last) return;
    const auto prefix = match_class(in_, first, WordClass::kGpePrefix, ProcliticSkip::kFewest);
    if (!prefix || prefix->token_count != 1 || prefix->skip != skip) return;
    const uint32_t begin = tokens()[first + 1].begin;
    m.canonical = canonical_name(std::u32string_view(in_.doc.text).substr(begin, m.end - begin));
  }

  const RecognizerInput& in_;
  std::vector<Mention>& mentions_;
  std::vector<bool> covered_;
  std::map<Key, Referent> keys_;
  std::unordered_map<std::u32string_view, std::vector<const std::pair<const Key, Referent>*>>
      keys_by_first_word_;
};

}  // namespace

void link_later_mentions(const RecognizerInput& in, std::vector<Mention>* mentions) {
  Linker(in, mentions).run();
}

}  // namespace kashif
