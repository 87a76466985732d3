// DATE mentions: calendar expressions in Gregorian and Hijri reckoning
// (annotation GUIDE.md, DATE).
//
// In: the tokens and the lexicon classes month and weekday
// (core/data/months.tsv, weekdays.tsv, date_words.tsv), era, year_word and
// range_joiner (date_words.tsv), hijri_era (grammar_words.tsv).
// Out: Priority::kGrammar mentions whose value is a DateValue: ISO 8601
// (`2021-11-15`, `--07-30`, `2019-07`, `2015`, ranges `start/end`); Hijri
// dates keep Hijri numbers, with the Gregorian date of the tabular Islamic
// civil calendar when day, month and year are all given. A weekday alone is
// TIMEX3's `XXXX-WXX-5`.
//
// Guarantees: a bare number, `عام`/`العام` without a year and deictic words
// (`اليوم`, `العام الماضي`) are never dates; an era marker is inside the
// span (`1444 هـ`); `من`/`بين` before a range and `يوم` before a weekday are
// outside. Years of numbered acts lose to the longer LAW span in resolve.
#ifndef KASHIF_CORE_DATE_GRAMMAR_H_
#define KASHIF_CORE_DATE_GRAMMAR_H_

#include <vector>

#include "core/recognizer.h"

namespace kashif {

void find_dates(const RecognizerInput& in, std::vector<Mention>* out);

}  // namespace kashif

#endif  // KASHIF_CORE_DATE_GRAMMAR_H_
