#include "core/recognizers/calendar.h"

#include <string_view>
#include <vector>

namespace kashif {

// cmake/embed_binary.cmake: core/data/tables/umm_al_qura.tsv.
std::string_view embedded_umm_al_qura_table();

namespace {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// One Hijri year of the Umm al-Qura table: the Julian day of 1 Muharram and
// each month's length.
struct UmmAlQuraYear {
  long first_day = 0;
  int month_days[12] = {};
};

struct UmmAlQuraTable {
  int first_year = 0;
  std::vector<UmmAlQuraYear> years;
};

// Reads a run of ASCII digits at text[*pos]; -1 when there is none.
long read_number(std::string_view text, size_t* pos) {
  long value = -1;
  for (; *pos < text.size() && text[*pos] >= '0' && text[*pos] <= '9'; ++*pos) {
    value = (value < 0 ? 0 : value * 10) + (text[*pos] - '0');
  }
  return value;
}

// Lines `year<TAB>YYYY-MM-DD<TAB>twelve digits` (1 = a 30-day month, 0 = 29
// days), years consecutive. A malformed table yields no years, so every
// conversion falls back to the civil calendar rather than to a wrong day.
UmmAlQuraTable parse_table(std::string_view text) {
  UmmAlQuraTable table;
  for (size_t pos = 0; pos < text.size();) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    const std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    if (line.empty() || line[0] == '#') continue;
    size_t k = 0;
    const long year = read_number(line, &k);
    CalendarDate start;
    bool ok = year > 0 && k < line.size() && line[k++] == '\t';
    if (ok) start.year = static_cast<int>(read_number(line, &k));
    ok = ok && k < line.size() && line[k++] == '-';
    if (ok) start.month = static_cast<int>(read_number(line, &k));
    ok = ok && k < line.size() && line[k++] == '-';
    if (ok) start.day = static_cast<int>(read_number(line, &k));
    ok = ok && k < line.size() && line[k++] == '\t' && line.size() - k == 12;
    if (!ok || (!table.years.empty() && year != table.first_year + static_cast<long>(table.years.size()))) {
      return {};
    }
    UmmAlQuraYear y;
    y.first_day = gregorian_to_julian_day(start);
    for (int m = 0; m < 12; ++m) {
      if (line[k + m] != '0' && line[k + m] != '1') return {};
      y.month_days[m] = line[k + m] == '1' ? 30 : 29;
    }
    if (table.years.empty()) table.first_year = static_cast<int>(year);
    table.years.push_back(y);
  }
  return table;
}

const UmmAlQuraTable& umm_al_qura() {
  static const UmmAlQuraTable table = parse_table(embedded_umm_al_qura_table());
  return table;
}

}  // namespace

int gregorian_month_days(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && (year == 0 || is_leap(year)) ? 29 : kDays[month - 1];
}

// Fliegel and Van Flandern's formula for the proleptic Gregorian calendar.
long gregorian_to_julian_day(const CalendarDate& d) {
  const long a = (14 - d.month) / 12;
  const long y = d.year + 4800 - a;
  const long m = d.month + 12 * a - 3;
  return d.day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
}

// Richards' algorithm, the inverse of the above.
CalendarDate julian_day_to_gregorian(long jd) {
  const long f = jd + 1401 + (((4 * jd + 274277) / 146097) * 3) / 4 - 38;
  const long e = 4 * f + 3;
  const long h = 5 * ((e % 1461) / 4) + 2;
  CalendarDate p;
  p.day = static_cast<int>((h % 153) / 5 + 1);
  p.month = static_cast<int>((h / 153 + 2) % 12 + 1);
  p.year = static_cast<int>(e / 1461 - 4716 + (12 + 2 - p.month) / 12);
  return p;
}

std::optional<long> hijri_to_julian_day(const CalendarDate& d, HijriCalendar calendar) {
  if (calendar == HijriCalendar::kCivil) {
    return d.day + (59L * (d.month - 1) + 1) / 2 + 354L * (d.year - 1) + (3 + 11L * d.year) / 30 +
           1948439;
  }
  const UmmAlQuraTable& table = umm_al_qura();
  const long index = static_cast<long>(d.year) - table.first_year;
  if (index < 0 || index >= static_cast<long>(table.years.size())) return std::nullopt;
  const UmmAlQuraYear& year = table.years[index];
  if (d.day > year.month_days[d.month - 1]) return std::nullopt;
  long jd = year.first_day + d.day - 1;
  for (int m = 0; m + 1 < d.month; ++m) jd += year.month_days[m];
  return jd;
}

}  // namespace kashif
