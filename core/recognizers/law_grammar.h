// LAW mentions: numbered acts, listed instruments, and instruments named by
// what follows their kind word (annotation GUIDE.md, LAW), in the citation
// styles of the Arab legal systems.
//
// In: the tokens and the lexicon classes law_kind and named_law
// (core/data/law_kinds*.tsv, named_laws*.tsv; a kind's fourth column says
// how it names an act without a number), plus nationality, ORG, GPE,
// gpe_prefix, year_word, function_word and the grammar words of
// grammar_words.tsv (law_number, law_series, law_year, law_issued,
// law_dated, law_stop, law_part, law_cue, law_code_short, law_between,
// law_topic, law_subject_link); dates through date_grammar.h.
// Out: Priority::kGrammar mentions whose value is a LawRef: kind, the number
// as written with ASCII digits (`م/1`, `1.58.376`, `256/39`), the year
// (Hijri marked), and the date the citation gives (`وتاريخ …`, `المؤرخ في
// …`), converted as the DATE grammar converts it.
//
// Guarantees: a span starts at the kind word or listed name (proclitics and
// `مشروع` stay outside) and takes in number and year, with a glued era
// letter (`لسنة 1980م`), so the DATE grammar's year inside it loses the
// overlap; a following `بشأن …` title, the issuing act of `X الصادر
// بالمرسوم …` and the citation's date are outside (the issuing act is a LAW
// of its own, the date a DATE). Each further `رقم …` of a coordinated list
// is its own LAW. A statute named by its subject ends on a definite word,
// before a verb, a function word, a number, punctuation or a word that
// describes the citation (`الجديد`, `المعدل`). A kind word alone is a LAW
// only for the bare `الدستور` the GUIDE names; pronoun references (`هذا
// القانون`), court case numbers (`الطعن رقم 10 لسنة 43 ق`) and a numbered
// article (`المادة (6)`) never are.
#ifndef KASHIF_CORE_LAW_GRAMMAR_H_
#define KASHIF_CORE_LAW_GRAMMAR_H_

#include <vector>

#include "core/recognizers/recognizer.h"

namespace kashif {

void find_laws(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_LAW_GRAMMAR_H_
