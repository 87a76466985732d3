// DATE mentions: calendar expressions in Gregorian and Hijri reckoning
// (annotation GUIDE.md, DATE).
//
// In: the tokens and the lexicon classes month and weekday
// (core/data/months.tsv, weekdays.tsv, date_words.tsv), era, year_word,
// range_joiner, day_ordinal, month_word, month_context, month_relative and
// weekday_noun (date_words.tsv), hijri_era and law_series (grammar_words.tsv).
// Out: Priority::kGrammar mentions whose value is a DateValue: ISO 8601
// (`2021-11-15`, `--07-30`, `2019-07`, `2015`, ranges `start/end`); Hijri
// dates keep Hijri numbers, with the Gregorian date when day, month and year
// are all given. A weekday alone is TIMEX3's `XXXX-WXX-5`, a month alone
// `XXXX-12`.
//
// Which Hijri calendar converts (DateValue::conversion): Saudi Arabia dates
// by Umm al-Qura, the rest of the Arab world's Hijri dates follow sighting or
// the civil tabular calendar. A document is read as Saudi on evidence in its
// own text: it names the kingdom, a Saudi place or nationality (a GPE or
// nationality whose code is SA), cites a letter-series instrument (`(م/1)`,
// `(أ/90)`: grammar_words.tsv law_series), or cites a `نظام` (statute) with
// a Hijri era marker. Everything else, and years outside the Umm al-Qura
// table (1300..1600 AH), converts with the civil calendar. "Document" is
// the stretch analysed at once (up to 64K characters, core/segment.h).
//
// Guarantees: a bare number, `عام`/`العام` without a year and deictic words
// (`اليوم`, `العام الماضي`) are never dates; an era marker is inside the
// span (`1444 هـ`); `من`/`بين` before a range and `يوم` before a weekday are
// outside. Years of numbered acts lose to the longer LAW span in resolve.
#ifndef KASHIF_CORE_DATE_GRAMMAR_H_
#define KASHIF_CORE_DATE_GRAMMAR_H_

#include <optional>
#include <vector>

#include "core/recognizers/calendar.h"
#include "core/recognizers/recognizer.h"

namespace kashif {

void find_dates(const RecognizerInput& in, std::vector<Mention>* out);

// The Hijri calendar of one document (see above), read on first use.
class DocumentCalendar {
 public:
  explicit DocumentCalendar(const RecognizerInput& in) : in_(in) {}
  HijriCalendar hijri();
  // A Saudi legal text: a letter-series citation, or Saudi evidence and a
  // Hijri era marker. (Naming the kingdom alone, as news does, is not.)
  bool saudi_legal();

 private:
  void read_evidence();

  const RecognizerInput& in_;
  bool read_ = false;
  bool saudi_ = false, letter_series_ = false, hijri_era_ = false;
};

// The date that starts at tokens[i] (no weekday, no proclitic before it),
// with a month or a year, for the LAW grammar's dated citations
// (`وتاريخ 14/3/1433هـ`).
struct DateAt {
  size_t end;  // one past its last token
  DateValue value;
};
std::optional<DateAt> date_at(const RecognizerInput& in, size_t i, DocumentCalendar& calendar);

}  // namespace kashif

#endif  // KASHIF_CORE_DATE_GRAMMAR_H_
