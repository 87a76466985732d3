#include <catch2/catch.hpp>

#include "core/analyze.h"
#include "core/lexicon/law_kinds.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::vector<Entity> entities_of(const std::string& text, EntityType type) {
  auto r = pipeline().analyze(text);
  REQUIRE(r.ok());
  std::vector<Entity> out;
  for (const Entity& e : r.value().entities) {
    if (e.type == type) out.push_back(e);
  }
  return out;
}

struct LawCase {
  const char* text;
  const char* span;
  const char* kind;
  const char* number;
  int year;
  bool hijri;
};

void check_single_law(const LawCase& c) {
  INFO(c.text);
  const auto laws = entities_of(c.text, EntityType::kLaw);
  REQUIRE(laws.size() == 1);
  CHECK(laws[0].text == c.span);
  const auto* ref = std::get_if<LawRef>(&laws[0].value);
  REQUIRE(ref != nullptr);
  CHECK(ref->kind.id() == c.kind);
  CHECK(ref->number == c.number);
  CHECK(ref->year == c.year);
  CHECK(ref->hijri_year == c.hijri);
}

}  // namespace

TEST_CASE("numbered acts take kind, number and year, not the title", "[law]") {
  const LawCase cases[] = {
      // Egypt, Qatar, Bahrain: `بشأن …` stays outside.
      {"صدر القانون رقم 64 لسنة 2010 بشأن مكافحة الاتجار بالبشر.", "القانون رقم 64 لسنة 2010",
       "law", "64", 2010, false},
      {"أصدرت قطر قانون رقم ١٥ لسنة ٢٠١١ بشأن مكافحة الاتجار بالبشر", "قانون رقم ١٥ لسنة ٢٠١١",
       "law", "15", 2011, false},
      {"وينص القانون رقم (1) لسنة 2008 بشأن مكافحة الاتجار بالأشخاص على العقوبات",
       "القانون رقم (1) لسنة 2008", "law", "1", 2008, false},
      {"نشر المرسوم بقانون رقم (7) لسنة 2020 في الجريدة الرسمية", "المرسوم بقانون رقم (7) لسنة 2020",
       "decree_law", "7", 2020, false},
      // Jordan: a subject with `في` before the number belongs to the act.
      {"وصدر نظام العاملين في المنازل رقم (90) لسنة 2009 في الأردن.",
       "نظام العاملين في المنازل رقم (90) لسنة 2009", "statute", "90", 2009, false},
      // UAE, Oman: a kind with its adjective; number/year in one token pair.
      {"يعاقب القانون الاتحادي رقم 51 لسنة 2006 في شأن مكافحة جرائم الاتجار بالبشر",
       "القانون الاتحادي رقم 51 لسنة 2006", "federal_law", "51", 2006, false},
      {"بموجب المرسوم السلطاني رقم 126/2008 الخاص بمكافحة الاتجار", "المرسوم السلطاني رقم 126/2008",
       "sultani_decree", "126", 2008, false},
      {"أصدرت الأردن القانون (14/2017) لحماية الأسرة", "القانون (14/2017)", "law", "14", 2017,
       false},
      {"وطبق القانون 17 لعام 2019 على جميع الحالات", "القانون 17 لعام 2019", "law", "17", 2019,
       false},
      // Subject words and nationality adjectives between kind and number.
      {"أقر الأردن قانون منع الاتجار بالبشر رقم 9 لسنة 2009 بعد نقاش طويل",
       "قانون منع الاتجار بالبشر رقم 9 لسنة 2009", "law", "9", 2009, false},
      {"وفق قانون مكافحة الاتجار بالبشر العراقي رقم 28 لسنة 2012",
       "قانون مكافحة الاتجار بالبشر العراقي رقم 28 لسنة 2012", "law", "28", 2012, false},
      {"وعدل قانون العمل رقم 6 لسنة 2010 مرتين", "قانون العمل رقم 6 لسنة 2010", "law", "6", 2010,
       false},
      {"صدر قرار رئيس مجلس الوزراء رقم 1584 لسنة 2007 بتشكيل اللجنة",
       "قرار رئيس مجلس الوزراء رقم 1584 لسنة 2007", "prime_ministerial_decision", "1584", 2007,
       false},
      // Morocco: dotted and dashed dahir numbers.
      {"ظهير شريف رقم 1.59.413 صادر في 28 جمادى الثانية 1382", "ظهير شريف رقم 1.59.413", "dahir",
       "1.59.413", 0, false},
      {"بتنفيذ الظهير الشريف رقم 1-59-413 المذكور", "الظهير الشريف رقم 1-59-413", "dahir",
       "1-59-413", 0, false},
      // Kuwait: slashed numbers stay whole.
      {"عملا بالقرار الوزاري رقم 107/54 في شأن العمالة", "القرار الوزاري رقم 107/54",
       "ministerial_decision", "107/54", 0, false},
      // UN resolutions: a bare number, the year in brackets.
      {"وطالب بتنفيذ قرار مجلس الأمن 2254 فورا", "قرار مجلس الأمن 2254",
       "security_council_resolution", "2254", 0, false},
      {"وأشار إلى القرار رقم 1325 (2000) بشأن المرأة", "القرار رقم 1325 (2000)", "decision", "1325",
       2000, false},
      // Era letters stay inside; a Hijri year is marked.
      {"وفق القانون رقم 31 لسنة 1980م المعدل", "القانون رقم 31 لسنة 1980م", "law", "31", 1980,
       false},
      {"ونصت اللائحة التنفيذية رقم 12 لعام 1426هـ على ذلك", "اللائحة التنفيذية رقم 12 لعام 1426هـ",
       "executive_regulation", "12", 1426, true},
  };
  for (const LawCase& c : cases) check_single_law(c);
}

TEST_CASE("named instruments: listed names and names built on a kind word", "[law]") {
  const LawCase cases[] = {
      {"صادقت تونس على اتفاقية الأمم المتحدة لمكافحة الفساد عام 2008",
       "اتفاقية الأمم المتحدة لمكافحة الفساد", "convention", "", 0, false},
      {"انضم الأردن إلى اتفاقية الأمم المتحدة لمكافحة التصحر في عام 1996",
       "اتفاقية الأمم المتحدة لمكافحة التصحر", "convention", "", 0, false},
      {"وقعت البحرين الاتفاقية الأوروبية لتسليم المجرمين.", "الاتفاقية الأوروبية لتسليم المجرمين",
       "convention", "", 0, false},
      {"ينص الدستور المصري على المساواة", "الدستور المصري", "constitution", "", 0, false},
      {"نص دستور مملكة البحرين على ذلك", "دستور مملكة البحرين", "constitution", "", 0, false},
      {"أقر البرلمان تعديل الدستور.", "الدستور", "constitution", "", 0, false},
      {"ناقش المجلس مشروع قانون الأحوال الشخصية أمس", "قانون الأحوال الشخصية", "law", "", 0, false},
      {"تطبق السعودية نظام العمل على الوافدين", "نظام العمل", "statute", "", 0, false},
      {"بحسب قانون العمل الكويتي فإن", "قانون العمل الكويتي", "law", "", 0, false},
      {"صادقت الجزائر على الإعلان العالمي لحقوق الإنسان", "الإعلان العالمي لحقوق الإنسان",
       "declaration", "", 0, false},
      {"وفقا لاتفاقية حقوق الطفل", "اتفاقية حقوق الطفل", "convention", "", 0, false},
  };
  for (const LawCase& c : cases) check_single_law(c);
}

TEST_CASE("each further رقم of a coordinated list is its own act", "[law]") {
  const auto laws = entities_of("صدر القرارين رقم (5) ورقم (7) لسنة 2019 بتنظيم العمل", EntityType::kLaw);
  REQUIRE(laws.size() == 2);
  CHECK(laws[0].text == "القرارين رقم (5)");
  CHECK(laws[1].text == "رقم (7) لسنة 2019");
  const auto& second = std::get<LawRef>(laws[1].value);
  CHECK(second.kind == law_kind("decision"));
  CHECK(second.number == "7");
  CHECK(second.year == 2019);
}

TEST_CASE("kind words without number or name, and pronoun references, are no LAW", "[law]") {
  for (const char* text : {
           "هذا القانون يحمي العمال",
           "أصدرت الوزارة قرارا جديدا",
           "القانون يعاقب على الاتجار بالبشر",
           "وتحدد لائحته التنفيذية الإجراءات",
           "وقعت قطر اتفاقية مع الأمم المتحدة عام 2015",
           "يجب إلغاء نظام الكفالة",
           "لقد احترم هذا الدستور الحقوق",
           "تضمن القانون 12 مادة",
           "قالت الوزارة إن المنظمة ستعمل",
           "القرار صدر في 2013",
       }) {
    INFO(text);
    CHECK(entities_of(text, EntityType::kLaw).empty());
  }
}

TEST_CASE("a year inside a LAW span is not a DATE; a year after the name is", "[law][date]") {
  auto r = pipeline().analyze("بموجب القانون رقم 5 لسنة 2006 وقعت الكويت اتفاقية الأمم المتحدة لمكافحة الفساد عام 2007");
  REQUIRE(r.ok());
  std::vector<std::pair<EntityType, std::string>> got;
  for (const Entity& e : r.value().entities) {
    if (e.type == EntityType::kLaw || e.type == EntityType::kDate) got.emplace_back(e.type, e.text);
  }
  const std::vector<std::pair<EntityType, std::string>> want = {
      {EntityType::kLaw, "القانون رقم 5 لسنة 2006"},
      {EntityType::kLaw, "اتفاقية الأمم المتحدة لمكافحة الفساد"},
      {EntityType::kDate, "عام 2007"},
  };
  CHECK(got == want);
}

TEST_CASE("numbered acts of one number and year share a canonical", "[law]") {
  const auto laws = entities_of("القانون (91/2013) هو نفسه قانون الاتجار رقم 91 لسنة 2013", EntityType::kLaw);
  REQUIRE(laws.size() == 2);
  CHECK(laws[0].canonical == laws[1].canonical);
}

namespace {

// A LAW or DATE entity with its value, as `LAW text | kind number year[h]
// @date` and `DATE text | iso [gregorian conversion]`, so a table row
// states spans and values together and a failure prints both lists.
std::string with_value(const Entity& e) {
  std::string out = std::string(type_name(e.type)) + " " + e.text + " |";
  const auto date_part = [](const DateValue& d) {
    std::string s = " " + d.iso;
    if (!d.gregorian.empty()) s += " " + d.gregorian + " " + d.conversion;
    return s;
  };
  if (const auto* law = std::get_if<LawRef>(&e.value)) {
    out += " " + law->kind.id();
    if (!law->number.empty()) out += " " + law->number;
    if (law->year) out += " " + std::to_string(law->year) + (law->hijri_year ? "h" : "");
    if (!law->date.iso.empty()) out += " @" + date_part(law->date).substr(1);
  } else if (const auto* date = std::get_if<DateValue>(&e.value)) {
    out += date_part(*date);
  }
  return out;
}

std::vector<std::string> laws_and_dates(const std::string& text) {
  std::vector<std::string> out;
  const Analysis a = pipeline().analyze(text).value();
  for (const Entity& e : a.entities) {
    if (e.type == EntityType::kLaw || e.type == EntityType::kDate) out.push_back(with_value(e));
  }
  return out;
}

struct CitationCase {
  const char* text;
  std::vector<std::string> expected;
};

void check_citations(const std::vector<CitationCase>& cases) {
  for (const CitationCase& c : cases) {
    INFO(c.text);
    CHECK(laws_and_dates(c.text) == c.expected);
  }
}

}  // namespace

// Expected Gregorian dates of Hijri ones come from ICU 72's islamic-umalqura
// and islamic-civil calendars, asked directly (not through Kashif's table).
TEST_CASE("Saudi instruments: letter series, issuing acts, dates with Umm al-Qura", "[law][date]") {
  check_citations({
      // A statute issued by a decree: two LAW spans and the decree's DATE;
      // the decree carries its date. Saudi by the place named.
      {"وتطبق المحاكم نظام المرافعات الشرعية الصادر بالمرسوم الملكي رقم (م / 1) وتاريخ 22 / 1 / 1435هـ في الرياض.",
       {"LAW نظام المرافعات الشرعية | statute",
        "LAW المرسوم الملكي رقم (م / 1) | royal_decree م/1 @1435-01-22 2013-11-25 islamic-umalqura",
        "DATE 22 / 1 / 1435هـ | 1435-01-22 2013-11-25 islamic-umalqura"}},
      // Royal orders with Arabic-Indic digits and a hyphen; a coordinated
      // رقم after the first act's date is its own act of the same kind.
      {"صدر الأمر الملكي رقم (أ/٢٠) بتاريخ ٢٤ / ٩ / ١٤٤٣هـ، ورقم (أ-90) بتاريخ 9-4-1436هـ.",
       {"LAW الأمر الملكي رقم (أ/٢٠) | royal_order أ/20 @1443-09-24 2022-04-25 islamic-umalqura",
        "DATE ٢٤ / ٩ / ١٤٤٣هـ | 1443-09-24 2022-04-25 islamic-umalqura",
        "LAW رقم (أ-90) | royal_order أ-90 @1436-04-09 2015-01-29 islamic-umalqura",
        "DATE 9-4-1436هـ | 1436-04-09 2015-01-29 islamic-umalqura"}},
      {"وصدر المرسوم الملكي رقم م/46 وتاريخ 5/6/1432هـ.",
       {"LAW المرسوم الملكي رقم م/46 | royal_decree م/46 @1432-06-05 2011-05-08 islamic-umalqura",
        "DATE 5/6/1432هـ | 1432-06-05 2011-05-08 islamic-umalqura"}},
      // No Saudi evidence: the civil calendar converts.
      {"وبعد الاطلاع على قرار مجلس الوزراء رقم (٥٠٥) وتاريخ ١٤٣٩/٢/٣هـ",
       {"LAW قرار مجلس الوزراء رقم (٥٠٥) | cabinet_decision 505 @1439-02-03 2017-10-24 islamic-civil",
        "DATE ١٤٣٩/٢/٣هـ | 1439-02-03 2017-10-24 islamic-civil"}},
      {"وقرار مجلس الشورى رقم (٢٥٦ / ٣٩) وتاريخ 3 من رجب سنة 1445هـ",
       {"LAW قرار مجلس الشورى رقم (٢٥٦ / ٣٩) | shura_decision 256/39 @1445-07-03 2024-01-14 islamic-civil",
        "DATE 3 من رجب سنة 1445هـ | 1445-07-03 2024-01-14 islamic-civil"}},
      // A regulation of a statute is one span.
      {"وحددت اللائحة التنفيذية لنظام العمل ساعات الراحة.",
       {"LAW اللائحة التنفيذية لنظام العمل | executive_regulation"}},
  });
}

TEST_CASE("Gulf and Maghreb numbering schemes keep number and year", "[law]") {
  check_citations({
      // Oman: number / year, spaced, with or without brackets.
      {"صدر المرسوم السلطاني رقم ٦ / ٢٠٢٢ ثم مرسوم سلطاني رقم (١١٠ / ٢٠٢٤) بتعديل بعض الأحكام.",
       {"LAW المرسوم السلطاني رقم ٦ / ٢٠٢٢ | sultani_decree 6 2022",
        "LAW مرسوم سلطاني رقم (١١٠ / ٢٠٢٤) | sultani_decree 110 2024"}},
      {"صدر مرسوم بقانون رقم (16) لسنة 2014 ومرسوم أميري رقم 15 لسنة 2024 وقرار وزاري رقم 33 لسنة 2019.",
       {"LAW مرسوم بقانون رقم (16) لسنة 2014 | decree_law 16 2014",
        "LAW مرسوم أميري رقم 15 لسنة 2024 | amiri_decree 15 2024",
        "LAW قرار وزاري رقم 33 لسنة 2019 | ministerial_decision 33 2019"}},
      // An accusative kind word (`مرسوماً`) still opens the act.
      {"أصدر الرئيس مرسوماً بقانون اتحادي رقم 12 لسنة 2023 بشأن التحكيم",
       {"LAW مرسوماً بقانون اتحادي رقم 12 لسنة 2023 | federal_decree_law 12 2023"}},
      // Algeria: year-number, dated by `المؤرخ في`.
      {"ونشر القانون رقم 90-11 المؤرخ في 21 أبريل سنة 1990 في الجريدة الرسمية.",
       {"LAW القانون رقم 90-11 | law 90-11 @1990-04-21", "DATE 21 أبريل سنة 1990 | 1990-04-21"}},
      // Morocco: dotted dahir and decree numbers.
      {"ويطبق ظهير شريف رقم 1.58.376 والمرسوم رقم 2.22.431 على الجمعيات.",
       {"LAW ظهير شريف رقم 1.58.376 | dahir 1.58.376", "LAW المرسوم رقم 2.22.431 | decree 2.22.431"}},
      // Tunisia: `عدد` numbers the act.
      {"صدر القانون الأساسي عدد 50 لسنة 2018 والأمر الحكومي عدد 1039 لسنة 2017 في تونس.",
       {"LAW القانون الأساسي عدد 50 لسنة 2018 | organic_law 50 2018",
        "LAW الأمر الحكومي عدد 1039 لسنة 2017 | government_order 1039 2017"}},
      // A court register's decision with a bare number closed by its date.
      {"قرار 412 بتاريخ 11/07/1995",
       {"LAW قرار 412 | decision 412 @1995-07-11", "DATE 11/07/1995 | 1995-07-11"}},
  });
}

TEST_CASE("statutes named by their subject", "[law]") {
  check_citations({
      {"ويسري قانون العمل لسنة 1996 على جميع العمال.", {"LAW قانون العمل لسنة 1996 | law 1996"}},
      // The issuing act is its own span; a title's adjective after it is not.
      {"وتعديل أحكام قانون التجارة الصادر بالقانون رقم 3 لسنة 1999 المعدل.",
       {"LAW قانون التجارة | law", "LAW القانون رقم 3 لسنة 1999 | law 3 1999"}},
      {"خرق الفصل 12 من قانون الالتزامات والعقود وعرضت قرارها للنقض.",
       {"LAW قانون الالتزامات والعقود | law"}},
      {"صادق المجلس على قانون تنظيم القطاع العقاري أمس.", {"LAW قانون تنظيم القطاع العقاري | law"}},
      {"ويطبق قانون التجارة الجديد على الشركات.", {"LAW قانون التجارة | law"}},
      // A body's name inside the title stays inside; coordinated nouns too.
      {"وبعد الاطلاع على نظام هيئة حقوق الإنسان ونظام الوزراء ونواب الوزراء",
       {"LAW نظام هيئة حقوق الإنسان | statute", "LAW نظام الوزراء ونواب الوزراء | statute"}},
      // Tunisian codes by name.
      {"بعد تعديل الفصل 411 من المجلة التجارية", {"LAW المجلة التجارية | code"}},
      // A decree approves a statute "in the attached wording": no part of its name.
      {"وبعد الاطلاع على قرار مجلس الوزراء رقم (245) وتاريخ 3/5/1440هـ، رسمنا بما هو آت: الموافقة "
       "على نظام حماية الأجور بالصيغة المرافقة.",
       {"LAW قرار مجلس الوزراء رقم (245) | cabinet_decision 245 @1440-05-03 2019-01-09 islamic-umalqura",
        "DATE 3/5/1440هـ | 1440-05-03 2019-01-09 islamic-umalqura", "LAW نظام حماية الأجور | statute"}},
  });
}

TEST_CASE("a treaty named by its parties and subject runs to the end of its clause", "[law]") {
  check_citations({
      {"بالتصديق على اتفاقية بين حكومة دولة قطر وحكومة جمهورية مصر العربية حول النقل البحري، الموقعة في الدوحة",
       {"LAW اتفاقية بين حكومة دولة قطر وحكومة جمهورية مصر العربية حول النقل البحري | convention"}},
  });
}

TEST_CASE("court cases, regimes, parts of acts and bodies are no LAW", "[law]") {
  for (const char* text : {
           "وقضت المحكمة في الطعن رقم 10 لسنة 43 ق برفض الدعوى.",
           "سقط نظام الأسد بعد سنوات",
           "يجب إلغاء نظام الكفالة في المنطقة",
           "كانت في القانون القديم تقابلها المادة (6) مكررا",
           "وبناء على توصية لجنة الأنظمة رقم (22)",
           "أصدر البرلمان قانونا يحمي المرأة",
           "وقعت قطر اتفاقية بين البلدين لتعزيز التعاون",
       }) {
    INFO(text);
    CHECK(entities_of(text, EntityType::kLaw).empty());
  }
}

TEST_CASE("kinds named by their year or place, regulations of a body, judgments", "[law]") {
  check_citations({
      {"وصوت الناخبون على دستور 2011 ثم على تعديلات دستور عام 2014.",
       {"LAW دستور 2011 | constitution 2011", "LAW دستور عام 2014 | constitution 2014"}},
      {"ويرى المراقبون أن اتفاق الرياض لم ينفذ وأن اتفاق جدة للسلام صمد.",
       {"LAW اتفاق الرياض | agreement", "LAW اتفاق جدة للسلام | agreement"}},
      {"وعدلت اللائحة الداخلية لمجلس النواب واللائحة التنفيذية للقانون رقم 5 لسنة 2020",
       {"LAW اللائحة الداخلية لمجلس النواب | regulation",
        "LAW اللائحة التنفيذية للقانون رقم 5 لسنة 2020 | executive_regulation"}},
      {"وأيدت المحكمة الحكم رقم 55 لسنة 2020", {"LAW الحكم رقم 55 لسنة 2020 | judgment 55 2020"}},
      {"صدر المرسوم بالقانون رقم 10 لسنة 2024 في شأن الإقامة.",
       {"LAW المرسوم بالقانون رقم 10 لسنة 2024 | decree_law 10 2024"}},
      {"طبقا للتعديل الدستوري الـ 13 قبل نهاية العام", {"LAW لتعديل الدستوري الـ 13 | constitutional_amendment 13"}},
      {"يصنع القاضي استقلاله ويحميه بذلك الدستور", {"LAW الدستور | constitution"}},
      {"وطالب بتطبيق القرار 2254 الصادر عن مجلس الأمن", {"LAW القرار 2254 | decision 2254"}},
      // Court headnotes cite a code by one word after an article's number.
      {"ميعاد الطعن ستون يوما. م 252/ 1 - مرافعات. وفق المادة 63 إثبات",
       {"LAW مرافعات | code", "LAW إثبات | code"}},
  });
  for (const char* text : {"ولي عهد أبوظبي زار الرياض", "احترم وهذا الدستور", "تضمن القرار 12 مادة",
                           "تأجلت المرافعات إلى الغد", "وقع اتفاق مصر والسودان"}) {
    INFO(text);
    CHECK(entities_of(text, EntityType::kLaw).empty());
  }
}

TEST_CASE("amended acts, slashed numbers, number/year pairs, possessed decisions", "[law]") {
  check_citations({
      // `المعدل` after a name is part of it; before the amending act it is not.
      {"وأحال الطلب إلى قانون الإجراءات المعدل لسنة 2019 في مادته الأولى",
       {"LAW قانون الإجراءات المعدل لسنة 2019 | law 2019"}},
      {"ونص القانون الأساسي المعدل لسنة 2005م على ذلك",
       {"LAW القانون الأساسي المعدل لسنة 2005م | organic_law 2005"}},
      {"وطبق قانون الجمارك المعدل بالقانون رقم 4 لسنة 2001 على الشحنة",
       {"LAW قانون الجمارك | law", "LAW القانون رقم 4 لسنة 2001 | law 4 2001"}},
      // Syrian and Lebanese numbers between slashes; a kind word governed by
      // a noun in construct stays in the subject.
      {"صدر المرسوم التشريعي رقم /17/ لعام 2012 بشأن الإعلام",
       {"LAW المرسوم التشريعي رقم /17/ لعام 2012 | legislative_decree 17 2012"}},
      {"وألغي قانون توحيد الأنظمة رقم /12/ لسنة 1960 كاملا",
       {"LAW قانون توحيد الأنظمة رقم /12/ لسنة 1960 | law 12 1960"}},
      // A number with its year needs no رقم.
      {"وفق القانون 12/2015 والقرار الوزاري 7/2019 معا",
       {"LAW القانون 12/2015 | law 12 2015", "LAW القرار الوزاري 7/2019 | ministerial_decision 7 2019"}},
      // A decision with an attached pronoun and a number.
      {"وأصدرت الهيئة قرارها رقم 45 لسنة 2021 بتعيين المدير",
       {"LAW قرارها رقم 45 لسنة 2021 | decision 45 2021"}},
  });
}

TEST_CASE("agreements named by their subject; no act inside a kind phrase", "[law]") {
  check_citations({
      {"وتعثر تنفيذ اتفاق المصالحة بين الحركتين", {"LAW اتفاق المصالحة | agreement"}},
      {"ووقع الطرفان اتفاقية الشراكة الاستراتيجية في العاصمة",
       {"LAW اتفاقية الشراكة الاستراتيجية | convention"}},
  });
  for (const char* text : {
           "أصدرنا المرسوم بقانون الآتي نصه",
           "ويكون للعبارات الواردة في هذا القرار بقانون المعاني المبينة أدناه",
           "وأحال الطلب إلى قانون الآتي ذكره",
       }) {
    INFO(text);
    CHECK(entities_of(text, EntityType::kLaw).empty());
  }
}

TEST_CASE("numbers and years glued to their words", "[law]") {
  check_citations({
      {"وفق القانون رقم5 لسنة2019م ورقم8 لسنة 2020 معا",
       {"LAW القانون رقم5 لسنة2019م | law 5 2019", "LAW رقم8 لسنة 2020 | law 8 2020"}},
      {"صدر المرسوم برقم12لسنة2021 أمس", {"LAW المرسوم برقم12لسنة2021 | decree 12 2021"}},
  });
}

TEST_CASE("law kinds are the tables' ids", "[law]") {
  CHECK(law_kind("royal_decree").id() == "royal_decree");
  CHECK(law_kind("code").id() == "code");  // law_code_short rows too
  CHECK(law_kind("royal_decree") != law_kind("royal_order"));
  CHECK(law_kind("no_such_kind") == LawKind());
  CHECK(LawKind().id().empty());
}
