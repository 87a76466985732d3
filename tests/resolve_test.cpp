#include <catch2/catch.hpp>

#include <algorithm>

#include "core/resolve/resolve.h"
#include "entity_cases.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

const TableEntry* row_with(const Analysis& a, const std::string& mention_text, EntityType type) {
  for (const TableEntry& row : a.table) {
    if (row.type != type) continue;
    for (uint32_t m : row.mentions) {
      if (a.entities[m].text == mention_text) return &row;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("later mentions of a person are found and share one row", "[resolve]") {
  const std::vector<EntityCase> cases = {
      {"قال الدكتور وليد الشيخ إن الخطة جاهزة. وأوضح الشيخ أن التنفيذ يبدأ غدا.",
       {"PERS وليد الشيخ", "PERS الشيخ"}},
      {"وقال رئيس الجمعية كريم أبو النصر إن العمل مستمر. وأكد أبو النصر أن الدعم كاف.",
       {"PERS كريم أبو النصر", "PERS أبو النصر"}},
      // Quotes around a later surname (Qatar press style).
      {"أعلن وزير العمل يوسف المطيري الخطة. وقال “المطيري” إن التنفيذ قريب.",
       {"PERS يوسف المطيري", "PERS المطيري"}},
      // A repeat of the full name without its trigger.
      {"التقى رئيس الوزراء مصطفى مدبولي بالوفد، ثم غادر مصطفى مدبولي القاعة.",
       {"PERS مصطفى مدبولي", "PERS مصطفى مدبولي"}},
      // The first name alone, later.
      {"وقال السيد سامر الحلبي إن المشروع انتهى. وحصل سامر على جائزة.",
       {"PERS سامر الحلبي", "PERS سامر"}},
      // Morocco: a surname in ة after a party leader.
      {"وقال الأمين العام لحزب الاستقلال نزار بركة إن الحزب مستعد. وأضاف بركة أن الانتخابات قريبة.",
       {"PERS نزار بركة", "PERS بركة"}},
      // A surname shared by two people refers to neither.
      {"قال الدكتور سعد العنزي إن الدواء متوفر. وقال الدكتور فهد العنزي إنه آمن. وأكد العنزي ذلك.",
       {"PERS سعد العنزي", "PERS فهد العنزي"}},
      // A surname before the full name is not linked back.
      {"وأكد المطيري أن الخطة جاهزة. وقال وزير العمل يوسف المطيري إن التنفيذ قريب.",
       {"PERS يوسف المطيري"}},
      // A headline names the person by family name before the story does in full.
      {"المطيري يعلن خطة العمل الجديدة\nقال وزير العمل يوسف المطيري إن التنفيذ قريب.",
       {"PERS المطيري", "PERS يوسف المطيري"}},
      // Only in the headline, and only a family name with the article.
      {"عنوان الخبر هنا\nوأكد المطيري أن الخطة جاهزة. وقال وزير العمل يوسف المطيري إن التنفيذ قريب.",
       {"PERS يوسف المطيري"}},
      {"بركة يعلن خطة العمل\nوقال الأمين العام لحزب الاستقلال نزار بركة إن الحزب مستعد.",
       {"PERS نزار بركة"}},
      // علي is a surname; على the preposition is not.
      {"قال الدكتور حاتم علي إن العمل مستمر. وحصلت اللجنة على الدعم. وأعرب علي عن شكره.",
       {"PERS حاتم علي", "PERS علي"}},
  };
  check_cases(cases, {EntityType::kPers});

  const Analysis a =
      pipeline().analyze("قال الدكتور وليد الشيخ إن الخطة جاهزة. وأوضح الشيخ أن التنفيذ يبدأ.").value();
  const TableEntry* row = row_with(a, "الشيخ", EntityType::kPers);
  REQUIRE(row != nullptr);
  CHECK(row->mentions.size() == 2);
  CHECK(row->display == "وليد الشيخ");
}

TEST_CASE("an acronym in brackets after an ORG is the same body", "[resolve]") {
  const std::string text =
      "أطلقت الهيئة العامة للمعلومات المدنية (PACI) خدمة جديدة. وقالت PACI إن الخدمة مجانية.";
  CHECK(entities_of(text, {EntityType::kOrg}) ==
        std::vector<std::string>{"ORG الهيئة العامة للمعلومات المدنية", "ORG PACI", "ORG PACI"});
  const Analysis a = pipeline().analyze(text).value();
  const TableEntry* row = row_with(a, "PACI", EntityType::kOrg);
  REQUIRE(row != nullptr);
  CHECK(row->mentions.size() == 3);
  CHECK(row->display == "الهيئة العامة للمعلومات المدنية");
}

TEST_CASE("an Arabic word in brackets is a gloss, not an acronym", "[resolve]") {
  CHECK(entities_of("أعلنت الهيئة العامة للمعلومات المدنية (البطاقة) عن خدمة.", {EntityType::kOrg}) ==
        std::vector<std::string>{"ORG الهيئة العامة للمعلومات المدنية"});
}

TEST_CASE("the government of a state is the state", "[resolve]") {
  CHECK(entities_of("أشادت حكومة الكويت بالجهود المبذولة.", {EntityType::kOrg, EntityType::kGpe}) ==
        std::vector<std::string>{"GPE الكويت"});
  CHECK(entities_of("وتدعم حكومة دولة قطر المبادرة.", {EntityType::kOrg, EntityType::kGpe}) ==
        std::vector<std::string>{"GPE دولة قطر"});
}

TEST_CASE("aliases of one body land in one table row", "[resolve]") {
  const std::string text =
      "قالت المنظمة الدولية للهجرة إن الأعداد زادت. وأكدت منظمة الهجرة أن الهجرة الدولية تحتاج دعما.";
  const Analysis a = pipeline().analyze(text).value();
  const TableEntry* row = row_with(a, "منظمة الهجرة", EntityType::kOrg);
  REQUIRE(row != nullptr);
  CHECK(row->mentions.size() == 3);
  CHECK(row->display == "المنظمة الدولية للهجرة");
}

TEST_CASE("a repeated grammar name is found again without its head context", "[resolve]") {
  const std::string text =
      "اجتمعت اللجنة الوطنية لمكافحة الاتجار بالبشر أمس. وأشاد الوزير بعمل اللجنة الوطنية لمكافحة الاتجار بالبشر.";
  CHECK(entities_of(text, {EntityType::kOrg}) ==
        std::vector<std::string>{"ORG اللجنة الوطنية لمكافحة الاتجار بالبشر",
                                 "ORG اللجنة الوطنية لمكافحة الاتجار بالبشر"});
  const Analysis a = pipeline().analyze(text).value();
  const TableEntry* row = row_with(a, "اللجنة الوطنية لمكافحة الاتجار بالبشر", EntityType::kOrg);
  REQUIRE(row != nullptr);
  CHECK(row->mentions.size() == 2);
}

TEST_CASE("overlaps: the higher priority wins, then the longer span", "[resolve]") {
  std::vector<Mention> mentions(3);
  mentions[0] = Mention{0, 10, EntityType::kOrg, Priority::kGazetteer, {}, ""};
  mentions[1] = Mention{0, 20, EntityType::kOrg, Priority::kTriggeredName, {}, ""};
  mentions[2] = Mention{15, 25, EntityType::kPers, Priority::kPattern, {}, ""};
  CHECK(select_mentions(mentions, 30, TypeSet::all()) == std::vector<size_t>{1});
  mentions[1].priority = Priority::kPattern;
  CHECK(select_mentions(mentions, 30, TypeSet::all()) == std::vector<size_t>{0, 2});
  TypeSet only_pers = TypeSet::none();
  only_pers.add(EntityType::kPers);
  CHECK(select_mentions(mentions, 30, only_pers) == std::vector<size_t>{2});
}

TEST_CASE("a ministry's portfolio word in quotes heads a story as the ministry", "[resolve]") {
  const std::string text =
      "«الداخلية»: ضبط شبكة للاتجار بالبشر\n"
      "أعلنت وزارة الداخلية أمس ضبط شبكة. وتأتي الخطوة ضمن إصلاح “العمل” في البلاد.";
  CHECK(entities_of(text, {EntityType::kOrg}) ==
        std::vector<std::string>{"ORG الداخلية", "ORG وزارة الداخلية"});
  const Analysis a = pipeline().analyze(text).value();
  const TableEntry* row = row_with(a, "الداخلية", EntityType::kOrg);
  REQUIRE(row != nullptr);
  CHECK(row->mentions.size() == 2);
  // Only as a headline's source: in running text the word is a common noun.
  CHECK(entities_of("أعلنت وزارة العمل خطة. وتأتي ضمن إصلاح “العمل” في البلاد.", {EntityType::kOrg}) ==
        std::vector<std::string>{"ORG وزارة العمل"});
  // And only for a body named by its head and portfolio.
  CHECK(entities_of("«الوطنية»: الخطة جاهزة\nقالت اللجنة الوطنية لحقوق الإنسان إن الخطة جاهزة.",
                    {EntityType::kOrg}) == std::vector<std::string>{"ORG اللجنة الوطنية لحقوق الإنسان"});
}

TEST_CASE("the table has one row per person and place however often it is named", "[resolve]") {
  const auto rows_of = [](const std::string& text, EntityType type) {
    std::vector<std::string> out;
    const Analysis analysis = pipeline().analyze(text).value();
    for (const TableEntry& row : analysis.table) {
      if (row.type == type) out.push_back(row.display + " ×" + std::to_string(row.mentions.size()));
    }
    return out;
  };
  CHECK(rows_of("وقال الوزير يوسف خليل إن الحل قريب. وأضاف خليل أن الحوار مستمر.", EntityType::kPers) ==
        std::vector<std::string>{"يوسف خليل ×2"});
  // The place word before a state's name: one place.
  CHECK(rows_of("زار الوفد دولة الكويت أمس، وأشاد بدور الكويت في المنطقة.", EntityType::kGpe) ==
        std::vector<std::string>{"دولة الكويت ×2"});
}

TEST_CASE("a family or given name alone joins the one full name before it", "[resolve]") {
  const auto pers = [](std::string text) {
    Entity e;
    e.type = EntityType::kPers;
    e.text = text;
    e.canonical = std::move(text);
    return e;
  };
  std::vector<Entity> entities = {pers("جبران باسيل"), pers("باسيل"), pers("جبران"),
                                   pers("سامي الجميل"), pers("امين الجميل"), pers("الجميل"),
                                   pers("فيصل بن عبدالعزيز"), pers("عبدالعزيز")};
  unify_short_names(embedded_lexicon(), &entities);
  CHECK(entities[1].canonical == "جبران باسيل");
  CHECK(entities[2].canonical == "جبران باسيل");
  CHECK(entities[5].canonical == "الجميل");      // two people of one family
  CHECK(entities[7].canonical == "عبدالعزيز");   // a forefather's name after بن
  // Only names before it: a short form first stays its own.
  std::vector<Entity> early = {pers("باسيل"), pers("جبران باسيل")};
  unify_short_names(embedded_lexicon(), &early);
  CHECK(early[0].canonical == "باسيل");
}

TEST_CASE("one row per thing: a body and its acronym, a state with and without its place word, "
          "a club's full and short names",
          "[resolve]") {
  const auto rows_of = [](const std::string& text, EntityType type) {
    std::vector<std::string> out;
    const Analysis analysis = pipeline().analyze(text).value();
    for (const TableEntry& row : analysis.table) {
      if (row.type == type) out.push_back(row.display + " ×" + std::to_string(row.mentions.size()));
    }
    return out;
  };
  // A listed acronym in either spelling and the full name: one body.
  CHECK(rows_of("شاركت منظمة الأمم المتحدة للتربية والعلم والثقافة في المؤتمر، وقدمت الأونسكو "
                "دعمها، وأشاد الحضور بدور اليونسكو.",
                EntityType::kOrg) ==
        std::vector<std::string>{"منظمة الأمم المتحدة للتربية والعلم والثقافة ×3"});
  // An acronym in brackets after a grammar name, then alone.
  CHECK(rows_of("أعلنت الهيئة الوطنية للأمن السيبراني (NCA) ضوابط جديدة، وقالت NCA إنها ملزمة.",
                EntityType::kOrg) ==
        std::vector<std::string>{"الهيئة الوطنية للأمن السيبراني ×3"});
  // A state's full name and its short name.
  CHECK(rows_of("وصل الوزير إلى دولة قطر أمس، وأشاد بموقف قطر من الأزمة.", EntityType::kGpe) ==
        std::vector<std::string>{"دولة قطر ×2"});
  // A surname after the full name, in another country's news.
  CHECK(rows_of("وقال النائب فؤاد مخزومي إن الجلسة تأجلت. وأضاف مخزومي أن الحوار مستمر.",
                EntityType::kPers) ==
        std::vector<std::string>{"فؤاد مخزومي ×2"});
  // A club's listed names, with its country's adjective outside the span.
  CHECK(rows_of("فاز الوداد الرياضي على الرجاء في مباراة الدوري، وسجل لاعب الوداد هدفين.",
                EntityType::kOrg) ==
        std::vector<std::string>{"الوداد الرياضي ×2", "الرجاء ×1"});
}

TEST_CASE("a body's last nisba adjective used as a noun is the body", "[resolve]") {
  const std::string text =
      "وقرر مصرف السودان المركزي رفع الفائدة. وأنهى قرار المركزي أزمة السيولة، "
      "وبقي السعر المركزي للصرف ثابتا.";
  // After a construct noun it is a noun, the bank; after a definite noun an adjective.
  CHECK(entities_of(text, {EntityType::kOrg}) ==
        std::vector<std::string>{"ORG مصرف السودان المركزي", "ORG المركزي"});
  const Analysis a = pipeline().analyze(text).value();
  const TableEntry* row = row_with(a, "المركزي", EntityType::kOrg);
  REQUIRE(row != nullptr);
  CHECK(row->display == "مصرف السودان المركزي");
  CHECK(row->mentions.size() == 2);
  // A state's adjective names no one body, and an alef maqsura is no nisba.
  CHECK(entities_of("أعلنت وزارة الداخلية الليبية خطة، وقال مسؤول الليبي إن الخطة جاهزة.",
                    {EntityType::kOrg}) == std::vector<std::string>{"ORG وزارة الداخلية الليبية"});
  CHECK(entities_of("طالبت هيئة شؤون الأسرى بالإفراج عنهم، وجرت صفقة تبادل الأسرى أمس.",
                    {EntityType::kOrg}) == std::vector<std::string>{"ORG هيئة شؤون الأسرى"});
}
