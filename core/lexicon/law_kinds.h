// The kinds of legal instrument a LAW value can name: the kind ids of
// core/data/law_kinds*.tsv, named_laws*.tsv and the law_code_short rows of
// grammar_words.tsv (third column), read once from the embedded data.
//
// Guarantees: law_kind() is the only maker of a LawKind (core/entity.h), so
// a kind is one of those ids or none; reading the table is thread-safe (a
// function-local static).
#ifndef KASHIF_CORE_LEXICON_LAW_KINDS_H_
#define KASHIF_CORE_LEXICON_LAW_KINDS_H_

#include <string_view>

#include "core/entity.h"

namespace kashif {

// The kind with this id, or none when no table lists it.
LawKind law_kind(std::string_view id);

}  // namespace kashif

#endif  // KASHIF_CORE_LEXICON_LAW_KINDS_H_
