#include <catch2/catch.hpp>

#include "core/recognizers/calendar.h"

using namespace kashif;

namespace {

std::string iso(const CalendarDate& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

}  // namespace

TEST_CASE("Hijri dates convert by the calendar asked for, civil outside the Umm al-Qura table", "[calendar]") {
  struct Case {
    CalendarDate hijri;
    HijriCalendar wanted;
    const char* gregorian;  // from ICU 72's islamic-umalqura / islamic-civil
    HijriCalendar used;
  };
  const Case cases[] = {
      {{1441, 6, 15}, HijriCalendar::kUmmAlQura, "2020-02-09", HijriCalendar::kUmmAlQura},
      {{1441, 6, 15}, HijriCalendar::kCivil, "2020-02-10", HijriCalendar::kCivil},
      {{1440, 5, 3}, HijriCalendar::kUmmAlQura, "2019-01-09", HijriCalendar::kUmmAlQura},
      {{1433, 3, 14}, HijriCalendar::kCivil, "2012-02-07", HijriCalendar::kCivil},
      {{1440, 1, 1}, HijriCalendar::kUmmAlQura, "2018-09-11", HijriCalendar::kUmmAlQura},
  };
  for (const Case& c : cases) {
    INFO(c.hijri.year << "-" << c.hijri.month << "-" << c.hijri.day);
    HijriCalendar used;
    CHECK(iso(hijri_to_gregorian(c.hijri, c.wanted, &used)) == c.gregorian);
    CHECK(used == c.used);
  }
  // A year the table does not hold falls back to the civil calendar.
  HijriCalendar used;
  const CalendarDate early = hijri_to_gregorian({1200, 1, 1}, HijriCalendar::kUmmAlQura, &used);
  CHECK(used == HijriCalendar::kCivil);
  HijriCalendar civil;
  CHECK(iso(early) == iso(hijri_to_gregorian({1200, 1, 1}, HijriCalendar::kCivil, &civil)));
}

TEST_CASE("possible dates and Gregorian month lengths", "[calendar]") {
  struct Case {
    CalendarDate date;
    bool hijri;
    bool possible;
  };
  const Case cases[] = {
      {{2024, 0, 0}, false, true},   // a year alone
      {{0, 0, 5}, false, false},     // a day with neither month nor year: not here
      {{2024, 2, 29}, false, true},
      {{2023, 2, 29}, false, false},
      {{0, 2, 29}, false, true},     // February without its year
      {{1445, 9, 30}, true, true},
      {{1445, 9, 31}, true, false},
      {{2024, 13, 1}, false, false},
      {{2024, 4, 31}, false, false},
  };
  for (const Case& c : cases) {
    INFO(c.date.year << "-" << c.date.month << "-" << c.date.day);
    CHECK(is_possible_date(c.date, c.hijri) == c.possible);
  }
  CHECK(gregorian_month_days(1900, 2) == 28);
  CHECK(gregorian_month_days(2000, 2) == 29);
  CHECK(gregorian_month_days(2023, 12) == 31);
}
