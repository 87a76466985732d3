// The kinds of legal instrument a LAW value can name: the kind ids of
// core/data/law_kinds*.tsv, named_laws*.tsv and the law_code_short rows of
// grammar_words.tsv (third column), read once from the embedded data.
//
// Guarantees: a LawKind is one of those ids or none, so code cannot invent a
// kind no table lists; two LawKinds are equal exactly when their ids are.
// Reading the table is thread-safe (a function-local static).
#ifndef KASHIF_CORE_LAW_KINDS_H_
#define KASHIF_CORE_LAW_KINDS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kashif {

class LawKind {
 public:
  LawKind() = default;  // none

  // The kind with this id, or none when no table lists it.
  static LawKind find(std::string_view id);

  // The id as the tables write it (`royal_decree`); empty for none.
  const std::string& id() const;

  bool operator==(LawKind other) const { return index_ == other.index_; }
  bool operator!=(LawKind other) const { return index_ != other.index_; }

 private:
  explicit LawKind(uint16_t index) : index_(index) {}
  uint16_t index_ = 0;  // into the sorted ids; 0 is none
};

}  // namespace kashif

#endif  // KASHIF_CORE_LAW_KINDS_H_
