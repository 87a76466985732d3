// Calendar arithmetic for DATE values: the proleptic Gregorian calendar,
// the tabular Islamic civil calendar, and Saudi Arabia's Umm al-Qura
// calendar read from core/data/tables/umm_al_qura.tsv.
//
// ICU's Umm al-Qura calendar lives in its i18n library, which the wasm
// build does not ship; tools/gen_icu_tables.cc writes its month starts into
// that table instead (ctest icu_tables_current fails when it is stale), so
// native and wasm builds convert alike. All functions are pure; the table is
// parsed once, on first use.
#ifndef KASHIF_CORE_CALENDAR_H_
#define KASHIF_CORE_CALENDAR_H_

#include <optional>

namespace kashif {

struct CalendarDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
};

enum class HijriCalendar { kCivil, kUmmAlQura };

// Days in a Gregorian month (February of year 0 counts as a leap month, for
// dates whose year the text leaves out).
int gregorian_month_days(int year, int month);

// The Julian day number of a Gregorian date, and back.
long gregorian_to_julian_day(const CalendarDate& date);
CalendarDate julian_day_to_gregorian(long jd);

// The Julian day of a Hijri date: the tabular civil calendar (epoch 16 July
// 622 Julian, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each
// 30-year cycle) for kCivil; the Umm al-Qura table for kUmmAlQura, or
// nothing when the year lies outside the table or the day past the month's
// end in it.
std::optional<long> hijri_to_julian_day(const CalendarDate& date, HijriCalendar calendar);

}  // namespace kashif

#endif  // KASHIF_CORE_CALENDAR_H_
