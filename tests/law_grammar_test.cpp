#include <catch2/catch.hpp>

#include "core/analyze.h"
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
  CHECK(ref->kind == c.kind);
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
  CHECK(second.kind == "decision");
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
