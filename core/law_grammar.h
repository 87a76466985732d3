// LAW mentions: numbered acts, listed instruments, and instruments named by
// what follows their kind word (annotation GUIDE.md, LAW).
//
// In: the tokens and the lexicon classes law_kind and named_law
// (core/data/law_kinds*.tsv, named_laws*.tsv), plus nationality, ORG, GPE,
// gpe_prefix, function_word and the grammar words of grammar_words.tsv.
// Out: Priority::kGrammar mentions whose value is a LawRef.
//
// Guarantees: a span starts at the kind word or listed name (proclitics and
// `مشروع` stay outside) and takes in number and year, with a glued era
// letter (`لسنة 1980م`), so the DATE grammar's year inside it loses the
// overlap; a following `بشأن …` title is outside. A kind word alone is a
// LAW only for the bare `الدستور` the GUIDE names; pronoun references
// (`هذا القانون`) never are.
#ifndef KASHIF_CORE_LAW_GRAMMAR_H_
#define KASHIF_CORE_LAW_GRAMMAR_H_

#include <vector>

#include "core/recognizer.h"

namespace kashif {

void find_laws(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_LAW_GRAMMAR_H_
