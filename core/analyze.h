// Kashif's one entry point: UTF-8 text in, entities and the entity table out.
//
// Data flows text → normalise (with an offset map) → tokens → recognisers →
// document-level resolution → Analysis. A long text goes through the stages
// in segments of 64K code points cut at line breaks (segment.h), so memory
// is bounded by a segment; later mentions are linked within a segment, and
// the entity table spans the whole text. A Pipeline loads ICU and the
// embedded word lists once; analyze() never throws: bad input (invalid
// UTF-8, text over kMaxInputBytes) comes back as an Error.
//
// Guarantees: entities are sorted, flat, inside the text, and `text` equals
// the original code points [start, end). The same text and options give the
// same Analysis on every call, from any thread.
//
// Threads (as in RE2): one Pipeline may be shared by any number of threads
// calling analyze() at once, with no locking by the caller.
//  - Shared, read-only after create(): the lexicon trie, the tagger's
//    weights and frequency table, ICU's NFKC normaliser, and the prototype
//    ICU word iterator, which is only ever cloned (tokenize.h).
//  - Per call: the decoded text, each segment's normalised text, offset map,
//    tokens, lexicon match cache and mentions, the tagger's feature buffer,
//    and a clone of the word iterator (about 4,000 instructions, 0.05% of
//    a 5 KB article; callgrind on kashif_bench).
// create(), moving and destroying a Pipeline are not safe while another
// thread is inside analyze() on it.
#ifndef KASHIF_CORE_ANALYZE_H_
#define KASHIF_CORE_ANALYZE_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/entity.h"
#include "core/status.h"
#include "core/text/utf8.h"

namespace kashif {

struct CalendarEvidence;  // date_grammar.h

// Inputs past this size are refused rather than risking the page's memory.
constexpr size_t kMaxInputBytes = 64u << 20;

struct AnalyzeOptions {
  TypeSet types = TypeSet::all();
  // false: the rule recognisers alone, without the learned tagger's guesses
  // (to see what the model adds, or for rule-only precision).
  bool use_model = true;
};

struct Analysis {
  std::u32string text;  // the decoded input; offsets index into it
  std::vector<Entity> entities;
  std::vector<TableEntry> table;
};

class Pipeline {
 public:
  static Expected<Pipeline> create();
  ~Pipeline();
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;

  Expected<Analysis> analyze(std::string_view utf8, const AnalyzeOptions& options = {}) const;

 private:
  struct Stages;
  explicit Pipeline(std::unique_ptr<Stages> stages);
  // Normalise → tokens → recognisers → the entities of one segment, with
  // offsets into `original`.
  // `calendar`: the document's Hijri calendar evidence (date_grammar.h), or
  // null for the segment's own; `own_evidence`, if not null, receives the
  // segment's own evidence.
  std::vector<Entity> analyze_segment(std::u32string_view original, const AnalyzeOptions& options,
                                      const CalendarEvidence* calendar,
                                      CalendarEvidence* own_evidence) const;
  std::unique_ptr<Stages> stages_;
};

}  // namespace kashif

#endif  // KASHIF_CORE_ANALYZE_H_
