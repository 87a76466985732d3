#include <catch2/catch.hpp>

#include "core/analyze.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::vector<Entity> dates_of(const std::string& text) {
  auto r = pipeline().analyze(text);
  REQUIRE(r.ok());
  std::vector<Entity> out;
  for (const Entity& e : r.value().entities) {
    if (e.type == EntityType::kDate) out.push_back(e);
  }
  return out;
}

struct DateCase {
  const char* text;
  const char* span;
  const char* iso;
  bool hijri;
  const char* gregorian;  // for full Hijri dates; the expected values come
                          // from ICU's islamic-civil calendar
};

void check_dates(const DateCase* begin, const DateCase* end) {
  for (const DateCase* c = begin; c != end; ++c) {
    INFO(c->text);
    const auto dates = dates_of(c->text);
    REQUIRE(dates.size() == 1);
    CHECK(dates[0].text == c->span);
    const auto* v = std::get_if<DateValue>(&dates[0].value);
    REQUIRE(v != nullptr);
    CHECK(v->iso == c->iso);
    CHECK(v->hijri == c->hijri);
    CHECK(v->gregorian == c->gregorian);
  }
}

}  // namespace

TEST_CASE("Gregorian day, month and year in names and digits", "[date]") {
  const DateCase cases[] = {
      {"يصادف اليوم 12 أغسطس من كل عام", "12 أغسطس", "--08-12", false, ""},
      {"عقد الاجتماع في 3 مارس 2022 بالرباط", "3 مارس 2022", "2022-03-03", false, ""},
      {"بتاريخ ٢٥ ديسمبر ٢٠٢٠ أعلنت", "٢٥ ديسمبر ٢٠٢٠", "2020-12-25", false, ""},
      {"في تموز 2019 وقعت", "تموز 2019", "2019-07", false, ""},
      {"منذ كانون الثاني 2020", "كانون الثاني 2020", "2020-01", false, ""},
      {"حرب حزيران 1967 غيرت المنطقة", "حزيران 1967", "1967-06", false, ""},
      {"صدر العدد في نوفمبر/تشرين الثاني 2021", "نوفمبر/تشرين الثاني 2021", "2021-11", false, ""},
      {"الأحد 5 مارس 2023 موعد الانتخابات", "الأحد 5 مارس 2023", "2023-03-05", false, ""},
      {"وصل الوفد يوم الخميس إلى عمان", "الخميس", "XXXX-WXX-4", false, ""},
      {"انتهى المؤتمر في 16 يونيو 2024م", "16 يونيو 2024م", "2024-06-16", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("years with their year word or era marker, ranges of years", "[date]") {
  const DateCase cases[] = {
      {"تأسست الهيئة عام 2018 في مسقط", "عام 2018", "2018", false, ""},
      {"خلال العام 2019 ارتفع العدد", "العام 2019", "2019", false, ""},
      {"في سنة 2010 صدر", "سنة 2010", "2010", false, ""},
      {"التقرير السنوي لعام 2017 صدر", "عام 2017", "2017", false, ""},
      {"حج عام 1444 هـ كان", "عام 1444 هـ", "1444", true, ""},
      {"انتهى في 2022 م", "2022 م", "2022", false, ""},
      {"بين عامي 2015 و2016 تضاعف", "عامي 2015 و2016", "2015/2016", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("ranges of days are one span", "[date]") {
  const DateCase cases[] = {
      {"تعقد الدورة يومي 12 و13 أبريل", "12 و13 أبريل", "--04-12/--04-13", false, ""},
      {"من 3 إلى 5 مايو 2022 في الدوحة", "3 إلى 5 مايو 2022", "2022-05-03/2022-05-05", false, ""},
      {"من 28 فبراير إلى 3 مارس 2023", "28 فبراير إلى 3 مارس 2023", "2023-02-28/2023-03-03",
       false, ""},
      {"في الفترة 1-2 و8-9 ديسمبر 2019", "1-2 و8-9 ديسمبر 2019", "2019-12-01/2019-12-09", false,
       ""},
      {"بين 30 ديسمبر و2 يناير 2024", "30 ديسمبر و2 يناير 2024", "2023-12-30/2024-01-02", false,
       ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("numeric and Hijri dates carry the Gregorian equivalent", "[date]") {
  const DateCase cases[] = {
      {"صدر في 5 رمضان 1444هـ القرار", "5 رمضان 1444هـ", "1444-09-05", true, "2023-03-27"},
      {"وتاريخ 12/3/1425هـ نشر", "12/3/1425هـ", "1425-03-12", true, "2004-05-02"},
      {"وتاريخ 1425/03/12 هـ نشر", "1425/03/12 هـ", "1425-03-12", true, "2004-05-02"},
      {"بتاريخ 5/شوال/1425هـ صدر", "5/شوال/1425هـ", "1425-10-05", true, "2004-11-18"},
      {"في 25 ذي الحجة 1378 صدر", "25 ذي الحجة 1378", "1378-12-25", true, "1959-07-02"},
      // Moroccan and Saudi formal style: `من` between day and month.
      {"بتاريخ 21 من ذي القعدة 1437 صدر", "21 من ذي القعدة 1437", "1437-11-21", true, "2016-08-25"},
      {"وفي 3 من مارس 2020 عاد", "3 من مارس 2020", "2020-03-03", false, ""},
      // Gazette style: a month name between spaced slashes.
      {"صدر بتاريخ: 13 / ربيع الأول / 1443 هـ", "13 / ربيع الأول / 1443 هـ", "1443-03-13", true, "2021-10-20"},
      {"الموافق: 20 / سبتمبر / 2021م.", "20 / سبتمبر / 2021م", "2021-09-20", false, ""},
      // UN documents name a month in both calendars' names.
      {"نيويورك، 30 تموز/يوليه 2023 - دعا", "30 تموز/يوليه 2023", "2023-07-30", false, ""},
      {"في رمضان 1444هـ يكثر", "رمضان 1444هـ", "1444-09", true, ""},
      {"بتاريخ 15/11/2021 وصل", "15/11/2021", "2021-11-15", false, ""},
      {"في 2021-11-15 وصل", "2021-11-15", "2021-11-15", false, ""},
      {"في 15.11.2021 وصل", "15.11.2021", "2021-11-15", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("a Hijri date and its Gregorian equivalent are two spans", "[date]") {
  const auto dates = dates_of("الموافق 10 ذي الحجة 1445هـ الموافق 16 يونيو 2024م");
  REQUIRE(dates.size() == 2);
  CHECK(dates[0].text == "10 ذي الحجة 1445هـ");
  CHECK(std::get<DateValue>(dates[0].value).gregorian == "2024-06-17");
  CHECK(dates[1].text == "16 يونيو 2024م");
  CHECK(std::get<DateValue>(dates[1].value).iso == "2024-06-16");
}

TEST_CASE("deictic words, year words without a year and bare numbers are no dates", "[date]") {
  for (const char* text : {
           "وفي العام الماضي زار الوزير",
           "قال اليوم إن",
           "وصل أمس",
           "يعمل منذ عام واحد",
           "بلغ العدد 2015 حالة",
           "في العام المقبل",
           "الهدف 10 من أهداف التنمية",
           "المادة 30 من القانون",
           "على مسافة 300 م من المبنى",
           "الاستراتيجية الوطنية 2025-2028",
           "القانون رقم 5 لسنة 2006",
           "في 31 فبراير",
           "بتاريخ 45/13/2021",
           "الصفحة 12 / 40 من التقرير",
           "قال إن صفر 2020 كان صعبا",  // a Hijri month with a Gregorian year
       }) {
    INFO(text);
    CHECK(dates_of(text).empty());
  }
}

TEST_CASE("legal and formal date shapes", "[date]") {
  const DateCase cases[] = {
      // Spaced and hyphenated numeric dates, either digit set, whole.
      {"وتاريخ 14 / 3 / 1433هـ نشر", "14 / 3 / 1433هـ", "1433-03-14", true, "2012-02-07"},
      {"وتاريخ ٢٤ / ٩ / ١٤٤٣هـ نشر", "٢٤ / ٩ / ١٤٤٣هـ", "1443-09-24", true, "2022-04-26"},
      {"وتاريخ ١٤٣٩/٢/٣هـ نشر", "١٤٣٩/٢/٣هـ", "1439-02-03", true, "2017-10-24"},
      {"وتاريخ 9-4-1436هـ نشر", "9-4-1436هـ", "1436-04-09", true, "2015-01-30"},
      {"وتاريخ 9/4/ 1436هـ نشر", "9/4/ 1436هـ", "1436-04-09", true, "2015-01-30"},
      // Court records drop the century.
      {"تقدمت بتاريخ 18-06-86 بمقال", "18-06-86", "1986-06-18", false, ""},
      // Day, month and year with the formal year word, or a comma.
      {"صدر في 3 من رجب سنة 1445هـ", "3 من رجب سنة 1445هـ", "1445-07-03", true, "2024-01-14"},
      {"بالجلسة المنعقدة 7 ديسمبر سنة 1991 م برئاسة", "7 ديسمبر سنة 1991 م", "1991-12-07", false, ""},
      {"افتتح في 26 مايو عام 2024 المعرض", "26 مايو عام 2024", "2024-05-26", false, ""},
      {"أعلن في 14 يناير، 2021 أن", "14 يناير، 2021", "2021-01-14", false, ""},
      // Ordinal days.
      {"وشهد الثامن من ديسمبر قفزة", "الثامن من ديسمبر", "--12-08", false, ""},
      {"المؤرخ في الأول من فيفري 1989 المتعلق", "الأول من فيفري 1989", "1989-02-01", false, ""},
      {"المؤرخ في أول فيفري 1989 المتعلق", "أول فيفري 1989", "1989-02-01", false, ""},
      // A year word with the reckoning, a year with its era alone.
      {"بلغ الإنفاق في السنة الميلادية 2023 ضعفه", "السنة الميلادية 2023", "2023", false, ""},
      {"منذ 1412هـ لم يتغير", "1412هـ", "1412", true, ""},
      // Months alone where news places them.
      {"يبدأ التسجيل في مطلع ديسمبر المقبل", "ديسمبر", "XXXX-12", false, ""},
      {"ارتفعت الأسعار في شهر مارس الماضي", "شهر مارس", "XXXX-03", false, ""},
      // Weekdays: a colon after the weekday, a stretch of two.
      {"الاربعاء :26 نوفمبر 2025م", "الاربعاء :26 نوفمبر 2025م", "2025-11-26", false, ""},
      {"في ليلة الأربعاء إلى الخميس صدر الحكم", "الأربعاء إلى الخميس", "XXXX-WXX-3/XXXX-WXX-4", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("ranges across months and ordinal ranges are one span", "[date]") {
  const DateCase cases[] = {
      {"أقيم المعرض من 1 مارس-30 أبريل 2024 في", "1 مارس-30 أبريل 2024", "2024-03-01/2024-04-30", false, ""},
      {"يقام بين السابع والعشرين من آب والخامس من أيلول 2025 في", "السابع والعشرين من آب والخامس من أيلول 2025",
       "2025-08-27/2025-09-05", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("ordinal ranges, months after شهر, English month names, split proclitics", "[date]") {
  const DateCase cases[] = {
      // Only the last ordinal day of a range carries its `من`.
      {"تقام الدورة من الثالث إلى السادس من شهر مايو في", "الثالث إلى السادس من شهر مايو",
       "--05-03/--05-06", false, ""},
      {"صدر في الخامس من شهر أكتوبر 1961 أول عدد", "الخامس من شهر أكتوبر 1961", "1961-10-05", false, ""},
      {"وتنتهي المهلة في 20 من شهر مارس القادم", "20 من شهر مارس", "--03-20", false, ""},
      // Forms and registers write the month in English.
      {"حرر المحضر في 12-Mar-2021 بالمحكمة", "12-Mar-2021", "2021-03-12", false, ""},
      {"Hearing set for 3 June 2020 in", "3 June 2020", "2020-06-03", false, ""},
      // The ل split off a fused لل stays outside, like a glued one.
      {"خصصت وللعام المالي 2024 ميزانية", "لعام المالي 2024", "2024", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("a month or era glued to its digits is the whole date", "[date]") {
  const DateCase cases[] = {
      {"افتتح في 26 يوليو2022م الجناح", "26 يوليو2022م", "2022-07-26", false, ""},
      {"بدأ في مارس2021 العمل", "مارس2021", "2021-03", false, ""},
      {"انتهى في شعبان1444هـ الموسم", "شعبان1444هـ", "1444-08", true, ""},
      {"وقع ذلك عام2019 في المدينة", "عام2019", "2019", false, ""},
      {"تأسست الجمعية 1398هـ ثم توسعت", "1398هـ", "1398", true, ""},
      {"ثم أعيد فتحه و١٤٤٠ه كان عام الافتتاح", "١٤٤٠ه", "1440", true, ""},
      {"وكان ذلك في 2016م تقريبا", "2016م", "2016", false, ""},
      {"نشر في الملعب17-7-2021 مساء", "17-7-2021", "2021-07-17", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("weekday names inside names and weekdays joined by و", "[date]") {
  CHECK(dates_of("أحيل إلى محكمة سوق الجمعة الجزئية").empty());
  const auto two = dates_of("عقدت يومي الثلاثاء والأربعاء الماضيين");
  REQUIRE(two.size() == 2);
  CHECK(two[0].text == "الثلاثاء");
  CHECK(two[1].text == "الأربعاء");
}

TEST_CASE("month aliases, year words after a month, the current month", "[date]") {
  const DateCase cases[] = {
      {"ولد في 9 كانون الثاني (يناير) 2005 في دمشق", "9 كانون الثاني (يناير) 2005", "2005-01-09", false, ""},
      {"انضم إليه في أغسطس / آب عام 1990 قادما", "أغسطس / آب عام 1990", "1990-08", false, ""},
      {"تجرى الانتخابات في يناير / كانون الثاني القادم", "يناير / كانون الثاني", "XXXX-01", false, ""},
      {"للفترة من 1 يناير إلى 30 يونيو من سنة 2006 مشيرا", "1 يناير إلى 30 يونيو من سنة 2006",
       "2006-01-01/2006-06-30", false, ""},
      {"وتعقد الجلسة في 17 الجاري بمقر البرلمان", "17 الجاري", "XXXX-XX-17", false, ""},
      {"يبدأ العام الدراسي 2023/2024 في موعده", "العام الدراسي 2023/2024", "2023/2024", false, ""},
  };
  check_dates(std::begin(cases), std::end(cases));
}

TEST_CASE("a long document converts every Hijri date with one calendar, whatever its segment", "[date]") {
  // Over 64K characters: the analyser reads it in several segments.
  std::string filler;
  for (int k = 0; k < 3000; ++k) filler += "كتب الطالب درسا في المكتبة.\n";
  const std::string decree = "صدر بالمرسوم الملكي رقم (م/5) وتاريخ 1/1/1440هـ.\n";
  const std::string later = "وفي 15/6/1441هـ اجتمع المجلس.\n";
  struct LongCase {
    std::string text;
    const char* conversion;  // of both dates
    const char* gregorian;   // of 15/6/1441هـ
  };
  const LongCase cases[] = {
      {decree + filler + later, "islamic-umalqura", "2020-02-09"},  // evidence in the first segment
      {later + filler + decree, "islamic-umalqura", "2020-02-09"},  // evidence in the last
      {"وفي 1/1/1440هـ.\n" + filler + later, "islamic-civil", "2020-02-10"},  // none
  };
  for (const LongCase& c : cases) {
    REQUIRE(u32(c.text).size() > 65536);
    const auto dates = dates_of(c.text);
    REQUIRE(dates.size() == 2);
    for (const Entity& d : dates) {
      INFO(d.text);
      CHECK(std::get<DateValue>(d.value).conversion == c.conversion);
    }
    const Entity& hijri_1441 = dates[0].text == "15/6/1441هـ" ? dates[0] : dates[1];
    CHECK(std::get<DateValue>(hijri_1441.value).gregorian == c.gregorian);
  }
}
