// DATE mentions: calendar expressions in Gregorian and Hijri reckoning
// (annotation GUIDE.md, DATE).
//
// In: the tokens and the lexicon classes month and weekday
// (core/data/months.tsv, weekdays.tsv, date_words.tsv, which adds English
// month names for `12-Mar-2021`), era, year_word, range_joiner,
// day_ordinal, day_ordinal_first (`الخامس إلى الثامن من يونيو`), month_word, month_context, month_relative and
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
// table (1300..1600 AH), converts with the civil calendar. The evidence is
// the whole document's: a text longer than one segment (core/segment.h)
// has it read from every segment first (CalendarEvidence), so a long Saudi
// statute converts every date alike.
//
// Guarantees: a bare number, `عام`/`العام` without a year and deictic words
// (`اليوم`, `العام الماضي`) are never dates; an era marker is inside the
// span (`1444 هـ`); `من`/`بين` before a range and `يوم` before a weekday are
// outside, and so is a proclitic split off its word (the ل of `للعام`).
// Years of numbered acts lose to the longer LAW span in resolve.
#ifndef KASHIF_CORE_DATE_GRAMMAR_H_
#define KASHIF_CORE_DATE_GRAMMAR_H_

#include <optional>
#include <vector>

#include "core/recognizers/calendar.h"
#include "core/recognizers/recognizer.h"

namespace kashif {

// What a text says about its Hijri calendar (see above).
struct CalendarEvidence {
  bool saudi = false;          // names the kingdom, a Saudi place or nationality
  bool letter_series = false;  // cites a letter-series instrument (`(م/1)`)
  bool hijri_era = false;      // writes a Hijri era marker
  bool statute = false;        // has a kind word of Saudi legislation (law_kinds.tsv saudi_cue: `نظام`)

  void merge(const CalendarEvidence& other);
  HijriCalendar hijri() const;
  // A Saudi legal text: a letter-series citation, or Saudi evidence and a
  // Hijri era marker. (Naming the kingdom alone, as news does, is not.)
  bool saudi_legal() const;
  // True when both lead the grammars to the same readings: the grammars ask
  // only hijri() and saudi_legal().
  bool decides_like(const CalendarEvidence& other) const {
    return hijri() == other.hijri() && saudi_legal() == other.saudi_legal();
  }
};

// The evidence in the tokens of `in` (one segment).
CalendarEvidence read_calendar_evidence(const RecognizerInput& in);

// `document`: the whole document's evidence when it has more than one
// segment; without it the segment's own is read.
void find_dates(const RecognizerInput& in, std::vector<Mention>* out,
                const CalendarEvidence* document = nullptr);

// The Hijri calendar of the document: the given evidence, or the segment's,
// read on first use.
class DocumentCalendar {
 public:
  DocumentCalendar(const RecognizerInput& in, const CalendarEvidence* document)
      : in_(in), evidence_(document ? std::optional<CalendarEvidence>(*document) : std::nullopt) {}
  HijriCalendar hijri() { return evidence().hijri(); }
  bool saudi_legal() { return evidence().saudi_legal(); }

 private:
  const CalendarEvidence& evidence();

  const RecognizerInput& in_;
  std::optional<CalendarEvidence> evidence_;
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
