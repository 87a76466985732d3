// gen_icu_tables: writes the ICU/CLDR-derived data tables of Kashif.
//
//   g++ -std=c++17 -O1 tools/gen_icu_tables.cc $(pkg-config --cflags --libs icu-uc icu-i18n) -o /tmp/gen_icu_tables
//   /tmp/gen_icu_tables core/data
//
// Output (UTF-8 TSV, sorted, deduplicated; see tools/README-data.md):
//   countries.tsv  name  GPE|LOC  ISO-3166 code
//   months.tsv     name  month    gregorian|hijri  1..12
//   weekdays.tsv   name  weekday  1..7 (ISO: Monday = 1)
//   tables/umm_al_qura.tsv  Hijri year, Gregorian date of 1 Muharram, the
//                  twelve month lengths (1 = 30 days, 0 = 29) of ICU's
//                  islamic-umalqura calendar, for core/recognizers/calendar.cc (the wasm
//                  build has no ICU i18n library to ask)
//
// Every Arabic string and every Umm al-Qura month comes from ICU's data;
// this file holds no word lists. The output depends only on the ICU version, so it is deterministic.

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locdspnm.h>
#include <unicode/locid.h>
#include <unicode/gregocal.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/uchar.h>
#include <unicode/uclean.h>
#include <unicode/unistr.h>
#include <unicode/uvernum.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace {

using Row = std::vector<std::string>;

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// Collapses runs of white space to one space and trims both ends.
icu::UnicodeString CleanSpaces(const icu::UnicodeString& s) {
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < s.length();) {
    UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c) || c == 0x200F || c == 0x200E || c == 0x061C) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(0x20));
    pending_space = false;
    out.append(c);
  }
  return out;
}

int CountWords(const icu::UnicodeString& s) {
  int words = 0;
  bool in_word = false;
  for (int32_t i = 0; i < s.length(); ++i) {
    bool space = u_isUWhiteSpace(s.charAt(i));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// A CLDR region name may carry a parenthesised alternative, as in
// "ميانمار (بورما)". Emits the name without it and, when both the name and
// the alternative are single words (another name for the same place rather
// than a description or a part), the alternative too.
std::vector<std::string> NameForms(const icu::UnicodeString& raw) {
  icu::UnicodeString name = CleanSpaces(raw);
  std::vector<std::string> forms;
  int32_t open = name.indexOf(static_cast<UChar>(0x28));
  int32_t close = name.lastIndexOf(static_cast<UChar>(0x29));
  if (open < 0 || close < open) {
    if (!name.isEmpty()) forms.push_back(ToUtf8(name));
    return forms;
  }
  icu::UnicodeString base = name.tempSubString(0, open);
  base.append(name.tempSubString(close + 1));
  base = CleanSpaces(base);
  icu::UnicodeString inner = CleanSpaces(name.tempSubString(open + 1, close - open - 1));
  if (!base.isEmpty()) forms.push_back(ToUtf8(base));
  if (CountWords(base) == 1 && CountWords(inner) == 1) forms.push_back(ToUtf8(inner));
  return forms;
}

// Region codes in getISOCountries() that are not places to tag.
bool IsPseudoRegion(const std::string& code) {
  static const char* const kSkip[] = {"ZZ", "QO", "EU", "EZ", "UN", "XA", "XB", nullptr};
  for (const char* const* p = kSkip; *p; ++p)
    if (code == *p) return true;
  return false;
}

// Antarctica is a continent and the Canary Islands a region of Spain, not
// states (GUIDE.md: LOC is a geographic region that is not a state).
const char* RegionClass(const std::string& code) {
  return code == "AQ" || code == "IC" ? "LOC" : "GPE";
}

// Arabic locales ICU has data for, sorted by name: "ar" and every "ar_XX".
std::vector<std::string> ArabicLocales() {
  int32_t count = 0;
  const icu::Locale* all = icu::Locale::getAvailableLocales(count);
  std::set<std::string> names;
  for (int32_t i = 0; i < count; ++i)
    if (std::strcmp(all[i].getLanguage(), "ar") == 0 && all[i].getVariant()[0] == '\0')
      names.insert(all[i].getName());
  return {names.begin(), names.end()};
}

bool WriteTable(const std::string& path, const std::vector<std::string>& header,
                const std::set<Row>& rows) {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    std::cerr << "gen_icu_tables: cannot write " << path << "\n";
    return false;
  }
  for (const std::string& line : header) out << "# " << line << "\n";
  for (const Row& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) out << (i ? "\t" : "") << row[i];
    out << "\n";
  }
  out.close();
  std::cerr << path << ": " << rows.size() << " entries\n";
  return static_cast<bool>(out);
}

std::vector<std::string> Header(const std::string& what) {
  return {
      std::string("Source: ICU ") + U_ICU_VERSION + " CLDR data via tools/gen_icu_tables.cc "
          "(Unicode licence, https://www.unicode.org/license.txt)",
      "Generated file, do not edit. Regenerate with:",
      "  g++ -std=c++17 -O1 tools/gen_icu_tables.cc $(pkg-config --cflags --libs icu-uc "
      "icu-i18n) -o /tmp/gen_icu_tables && /tmp/gen_icu_tables core/data",
      what,
  };
}

bool GenCountries(const std::string& dir, const std::vector<std::string>& locales) {
  std::set<Row> rows;
  const UDisplayContext kLengths[] = {UDISPCTX_LENGTH_FULL, UDISPCTX_LENGTH_SHORT};
  for (const std::string& loc_name : locales) {
    icu::Locale loc(loc_name.c_str());
    for (UDisplayContext length : kLengths) {
      UDisplayContext ctx[] = {length};
      std::unique_ptr<icu::LocaleDisplayNames> names(
          icu::LocaleDisplayNames::createInstance(loc, ctx, 1));
      for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
        std::string code = *c;
        if (IsPseudoRegion(code)) continue;
        icu::UnicodeString display;
        names->regionDisplayName(code.c_str(), display);
        if (display.isEmpty() || display == icu::UnicodeString(code.c_str(), "")) continue;
        for (const std::string& form : NameForms(display))
          rows.insert({form, RegionClass(code), code});
      }
    }
    // The classic API as well, in case it differs from LocaleDisplayNames.
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      std::string code = *c;
      if (IsPseudoRegion(code)) continue;
      icu::UnicodeString display;
      icu::Locale("", code.c_str()).getDisplayCountry(loc, display);
      if (display.isEmpty() || display == icu::UnicodeString(code.c_str(), "")) continue;
      for (const std::string& form : NameForms(display))
        rows.insert({form, RegionClass(code), code});
    }
  }
  return WriteTable(dir + "/countries.tsv",
                    Header("Columns: name, GPE (LOC for Antarctica and the Canary Islands), ISO 3166 region code. "
                           "Full and short CLDR names in every Arabic locale; a one-word "
                           "parenthesised alternative becomes its own line."),
                    rows);
}

// Adds the wide month names (format and standalone) of one calendar.
void AddMonths(const icu::Locale& loc, const char* calendar_label, std::set<Row>* rows) {
  std::unique_ptr<icu::DateFormat> df(
      icu::DateFormat::createDateInstance(icu::DateFormat::kFull, loc));
  auto* sdf = dynamic_cast<icu::SimpleDateFormat*>(df.get());
  if (sdf == nullptr) return;
  const icu::DateFormatSymbols* sym = sdf->getDateFormatSymbols();
  const icu::DateFormatSymbols::DtContextType kContexts[] = {icu::DateFormatSymbols::FORMAT,
                                                             icu::DateFormatSymbols::STANDALONE};
  for (auto context : kContexts) {
    int32_t count = 0;
    const icu::UnicodeString* months =
        sym->getMonths(count, context, icu::DateFormatSymbols::WIDE);
    for (int32_t i = 0; i < count && i < 12; ++i) {
      icu::UnicodeString name = CleanSpaces(months[i]);
      if (name.isEmpty()) continue;
      rows->insert({ToUtf8(name), "month", calendar_label, std::to_string(i + 1)});
    }
  }
}

bool GenMonths(const std::string& dir, const std::vector<std::string>& locales) {
  std::set<Row> rows;
  for (const std::string& loc_name : locales) {
    AddMonths(icu::Locale((loc_name + "@calendar=gregorian").c_str()), "gregorian", &rows);
    AddMonths(icu::Locale((loc_name + "@calendar=islamic").c_str()), "hijri", &rows);
    AddMonths(icu::Locale((loc_name + "@calendar=islamic-umalqura").c_str()), "hijri", &rows);
  }
  return WriteTable(dir + "/months.tsv",
                    Header("Columns: name, month, calendar (gregorian|hijri), month number "
                           "1..12. Wide format and standalone names in every Arabic locale."),
                    rows);
}

bool GenWeekdays(const std::string& dir, const std::vector<std::string>& locales) {
  std::set<Row> rows;
  const icu::DateFormatSymbols::DtContextType kContexts[] = {icu::DateFormatSymbols::FORMAT,
                                                             icu::DateFormatSymbols::STANDALONE};
  for (const std::string& loc_name : locales) {
    UErrorCode status = U_ZERO_ERROR;
    icu::DateFormatSymbols sym(icu::Locale(loc_name.c_str()), status);
    if (U_FAILURE(status)) continue;
    for (auto context : kContexts) {
      int32_t count = 0;
      // Indexed by UCalendarDaysOfWeek: 1 = Sunday ... 7 = Saturday.
      const icu::UnicodeString* days =
          sym.getWeekdays(count, context, icu::DateFormatSymbols::WIDE);
      for (int32_t day = UCAL_SUNDAY; day <= UCAL_SATURDAY && day < count; ++day) {
        icu::UnicodeString name = CleanSpaces(days[day]);
        if (name.isEmpty()) continue;
        int iso = day == UCAL_SUNDAY ? 7 : day - 1;
        rows.insert({ToUtf8(name), "weekday", std::to_string(iso)});
      }
    }
  }
  return WriteTable(dir + "/weekdays.tsv",
                    Header("Columns: name, weekday, ISO weekday number (Monday = 1 ... "
                           "Sunday = 7). Wide names in every Arabic locale."),
                    rows);
}

// ICU's Umm al-Qura calendar follows the published table only for Hijri
// years 1300..1600 and computes the others like the civil calendar, so the
// table covers exactly those years.
constexpr int kUmmAlQuraFirstYear = 1300, kUmmAlQuraLastYear = 1600;

bool GenUmmAlQura(const std::string& dir) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> hijri(
      icu::Calendar::createInstance(icu::Locale("@calendar=islamic-umalqura"), status));
  std::unique_ptr<icu::Calendar> gregorian(
      icu::Calendar::createInstance(icu::Locale("@calendar=gregorian"), status));
  if (U_FAILURE(status)) {
    std::cerr << "gen_icu_tables: no islamic-umalqura calendar: " << u_errorName(status) << "\n";
    return false;
  }
  // Proleptic Gregorian throughout, like core/recognizers/calendar.cc.
  if (auto* g = dynamic_cast<icu::GregorianCalendar*>(gregorian.get())) {
    g->setGregorianChange(-8.64e15, status);
  }
  hijri->setTimeZone(*icu::TimeZone::getGMT());
  gregorian->setTimeZone(*icu::TimeZone::getGMT());
  std::set<Row> rows;
  for (int year = kUmmAlQuraFirstYear; year <= kUmmAlQuraLastYear; ++year) {
    std::string lengths;
    UDate first_day = 0;
    for (int month = 0; month < 12; ++month) {
      hijri->clear();
      hijri->set(UCAL_EXTENDED_YEAR, year);
      hijri->set(UCAL_MONTH, month);
      hijri->set(UCAL_DATE, 1);
      hijri->set(UCAL_HOUR_OF_DAY, 12);
      const UDate start = hijri->getTime(status);
      if (month == 0) first_day = start;
      const int32_t days = hijri->getActualMaximum(UCAL_DATE, status);
      lengths += days == 30 ? '1' : '0';
    }
    gregorian->setTime(first_day, status);
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", gregorian->get(UCAL_EXTENDED_YEAR, status),
                  gregorian->get(UCAL_MONTH, status) + 1, gregorian->get(UCAL_DATE, status));
    if (U_FAILURE(status)) {
      std::cerr << "gen_icu_tables: islamic-umalqura " << year << ": " << u_errorName(status) << "\n";
      return false;
    }
    rows.insert({std::to_string(year), iso, lengths});
  }
  std::vector<std::string> header = Header(
      "Columns: Hijri year, Gregorian date of 1 Muharram, month lengths Muharram..Dhu al-Hijja "
      "(1 = 30 days, 0 = 29). ICU's islamic-umalqura calendar, Hijri years 1300..1600.");
  header[0] = std::string("Source: ICU ") + U_ICU_VERSION +
              " islamic-umalqura calendar via tools/gen_icu_tables.cc (Unicode licence, "
              "https://www.unicode.org/license.txt)";
  std::error_code made;
  std::filesystem::create_directories(dir + "/tables", made);
  return WriteTable(dir + "/tables/umm_al_qura.tsv", header, rows);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: gen_icu_tables OUTPUT_DIR\n";
    return 2;
  }
  const std::string dir = argv[1];
  const std::vector<std::string> locales = ArabicLocales();
  if (locales.empty()) {
    std::cerr << "gen_icu_tables: ICU has no Arabic locale data\n";
    return 1;
  }
  bool ok = GenCountries(dir, locales) && GenMonths(dir, locales) && GenWeekdays(dir, locales) &&
            GenUmmAlQura(dir);
  u_cleanup();
  return ok ? 0 : 1;
}
