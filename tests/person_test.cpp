#include <catch2/catch.hpp>

#include "entity_cases.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::vector<std::string> people(const std::string& text) {
  return entities_of(text, {EntityType::kPers, EntityType::kOcc});
}

}  // namespace

TEST_CASE("names after titles, roles, honorifics and reporting verbs", "[person]") {
  const std::vector<EntityCase> cases = {
      // Egypt: a title is OCC, the name PERS.
      {"وقال الدكتور أحمد الطيب إن الحوار مستمر.", {"OCC الدكتور", "PERS أحمد الطيب"}},
      // Morocco: a role phrase with its nationality adjective.
      {"أعلن وزير المالية المغربي محمد بنشعبون عن الميزانية.",
       {"OCC وزير المالية المغربي", "PERS محمد بنشعبون"}},
      // Iraq: a nationality adjective closing the name is the family name.
      {"وقال رئيس الوزراء العراقي محمد شياع السوداني إن بغداد مستعدة.",
       {"OCC رئيس الوزراء العراقي", "PERS محمد شياع السوداني"}},
      // Kuwait: an honorific is not annotated.
      {"استقبل السيد جاسم البديوي الوفد.", {"PERS جاسم البديوي"}},
      // Gulf: بن and آل parts, after a reporting verb.
      {"وأكد عبدالله بن زايد آل نهيان أن العلاقات متينة.", {"PERS عبدالله بن زايد آل نهيان"}},
      // A role after the name is not OCC here.
      {"ترأس الاجتماع المستشار عمر مروان وزير العدل.", {"OCC المستشار", "PERS عمر مروان"}},
      // Jordan: a name no list holds, after a role.
      {"التقى رئيس الوزراء الأردني بشر الخصاونة بالوفد.",
       {"OCC رئيس الوزراء الأردني", "PERS بشر الخصاونة"}},
      // Qatar: a military rank.
      {"صرح اللواء ناصر الخليفي بأن الحادث وقع ليلا.", {"OCC اللواء", "PERS ناصر الخليفي"}},
      // A kunya after a reporting verb.
      {"وأضاف أبو الغيط أن القمة ناجحة.", {"PERS أبو الغيط"}},
      // A role and a title in a row, both OCC.
      {"قالت رئيسة البعثة الدكتورة نجلاء حسن إن المشروع انتهى.",
       {"OCC رئيسة البعثة", "OCC الدكتورة", "PERS نجلاء حسن"}},
      // Oman: honorific, then the name, then a role that stays unannotated.
      {"ووقع الاتفاقية السيد بدر البوسعيدي وزير الخارجية.", {"PERS بدر البوسعيدي"}},
      // An OCC that contains an ORG is the ORG only (GUIDE.md).
      {"أشاد الأمين العام للأمم المتحدة أنطونيو غوتيريش بالجهود.", {"PERS أنطونيو غوتيريش"}},
      // A place may stand between the role and the name.
      {"أعلن وزير الداخلية في تونس كمال الفقي عن الخطة.",
       {"OCC وزير الداخلية", "PERS كمال الفقي"}},
      // The role keeps on whose behalf it speaks.
      {"وأوضح الناطق الرسمي باسم الحكومة الأردنية مهند مبيضين أن القرار نهائي.",
       {"OCC الناطق الرسمي باسم الحكومة الأردنية", "PERS مهند مبيضين"}},
      // Two given names with no trigger.
      {"فاز أحمد خليل بالجائزة.", {"PERS أحمد خليل"}},
  };
  check_cases(cases, {EntityType::kPers, EntityType::kOcc});
}

TEST_CASE("words that only look like names give no PERS", "[person]") {
  const std::vector<std::string> texts = {
      "قال مسؤول في الوزارة إن القرار نهائي.",      // a role with no name
      "أكد على أهمية التعاون بين البلدين.",          // على, not the name علي
      "تربط البلدين علاقات حسن الجوار.",            // a given name in an idiom
      "وأكد أن الفريق جاهز تماما للمباراة.",         // الفريق: team, not the rank
      "وقال الناطق باسم الحكومة إن الاجتماع أرجئ.",  // a role with no name
      "وأضاف التقرير أن الأسعار ارتفعت.",           // a reporting verb and a noun
      "كشفت وجود عمليات بناء جديدة.",               // وجود is not و + جود
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(people(text).empty());
  }
}

TEST_CASE("honorifics and titles stay outside the PERS span", "[person]") {
  for (const std::string& text : {std::string("استقبل معالي الدكتور حمد الصباح الوفد."),
                                  std::string("وصل سمو الشيخ حمد الصباح إلى المطار.")}) {
    INFO(text);
    const auto found = people(text);
    REQUIRE_FALSE(found.empty());
    CHECK(found.back() == "PERS حمد الصباح");
  }
}

TEST_CASE("lists of names, long nasab chains, professions and عبد names", "[person]") {
  const std::vector<EntityCase> cases = {
      // A list after a name: و or a comma joins the next name, which may end
      // on a surname no list holds.
      {"وحضر الجلسة كل من خالد يوسف الحربي وسامي فرج العلي وعبد الرحمن ناصر.",
       {"PERS خالد يوسف الحربي", "PERS سامي فرج العلي", "PERS عبد الرحمن ناصر"}},
      {"وأعضاء اللجنة هم: أحمد الكبيسي، وحمد بركات، وعمر أبوزيد.",
       {"PERS أحمد الكبيسي", "PERS حمد بركات", "PERS عمر أبوزيد"}},
      // Particles do not count towards the five name words; آل closes the name.
      {"وعين الأمير تركي بن عبدالله بن عبدالعزيز آل سعود أميرا لمنطقة الرياض.",
       {"OCC الأمير", "PERS تركي بن عبدالله بن عبدالعزيز آل سعود"}},
      // آل and the family close a name even past the five-word cap.
      {"وعين الأمير سعد بن فهد بن عبدالله بن عبدالعزيز بن سعود آل سعود مستشارا.",
       {"OCC الأمير", "PERS سعد بن فهد بن عبدالله بن عبدالعزيز بن سعود آل سعود"}},
      // An office after the name, before a place, is not a name part.
      {"نحن قابوس بن سعيد سلطان عمان", {"PERS قابوس بن سعيد"}},
      // A profession is OCC alone, its nationality adjective outside.
      {"فاز الفيلم للمخرج المالي سليمان سيسي بالجائزة.", {"OCC لمخرج", "PERS سليمان سيسي"}},
      // عبد and a name of God, apart or joined, as no list holds them.
      {"وحضر الدكتور عبدالمحسن ثوابه، وعميد الكلية.", {"OCC الدكتور", "PERS عبدالمحسن ثوابه"}},
      {"وقال المهندس عبد الودود صالح إن المشروع انتهى.", {"OCC المهندس", "PERS عبد الودود صالح"}},
      // After أبو any word is a name part, even a common noun.
      {"وقال وزير الزراعة سامر أبو جيش إن الموسم جيد.", {"OCC وزير الزراعة", "PERS سامر أبو جيش"}},
      // A byline names the writer.
      {"بقلم: نور الدين قنديل\nتراجعت أسعار النفط.", {"PERS نور الدين قنديل"}},
      // A two-word family name with العبد.
      {"للمخرج يحيى العبد الله جائزة.", {"OCC لمخرج", "PERS يحيى العبد الله"}},
      // The office after a name, as the head of another office, is no surname.
      {"واستقبل الأمير فيصل بن خالد نائب أمير المنطقة الوفد.", {"OCC الأمير", "PERS فيصل بن خالد"}},
      {"وحضر الشيخ سعد بن ناصر نائب رئيس المجلس.", {"OCC الشيخ", "PERS سعد بن ناصر"}},
      // و before an unlisted name ahead of بن is the conjunction: off a listed
      // word, or before a three-letter verb the name is بن and its complement.
      {"كرّم المهرجان الشاعر سلطان بن سعيد، وتركي بن خالد آل سعود.",
       {"OCC الشاعر", "PERS سلطان بن سعيد", "PERS تركي بن خالد آل سعود"}},
      {"انتهت المحادثات مساء أمس. ووصل بن زايد إلى المطار.", {"PERS بن زايد"}},
      // A listed given name with the article before a given name opens a
      // name, and takes its nasab (Maghreb, Sudan, Mauritania).
      {"وحضر الناجي محمد صالح الاجتماع أمس.", {"PERS الناجي محمد صالح"}},
      {"وحضر محمد الأمين ولد سالم الاجتماع.", {"PERS محمد الأمين ولد سالم"}},
      // A Hijri month after two name words, with no day or year, is a surname.
      {"وقال الوزير أحمد خليل رجب، إن الخطة جاهزة.", {"OCC الوزير", "PERS أحمد خليل رجب"}},
      // An adjective of time stays in the title or role (GUIDE.md OCC).
      {"وأدين الرئيس السابق ولد الطايع بالفساد.", {"OCC الرئيس السابق", "PERS ولد الطايع"}},
      {"وقال وزير المالية الأسبق سمير حداد إن العجز كبير.",
       {"OCC وزير المالية الأسبق", "PERS سمير حداد"}},
      // A word and الدين after a name's first word are one given name.
      {"وضمت الهيئة المستشارين/ أحمد شمس الدين فوزي، وسعد علي.",
       {"PERS أحمد شمس الدين فوزي", "PERS سعد علي"}},
      // A broken plural (أفعال) after a name is no surname.
      {"ودعا الرئيس محمد علي أعضاء الحكومة إلى الاجتماع.", {"OCC الرئيس", "PERS محمد علي"}},
      // A military rank with ركن is one title.
      {"وصل العميد ركن خالد سالم إلى المعسكر.", {"OCC العميد ركن", "PERS خالد سالم"}},
      // The office's ل + noun before a name stays in the title.
      {"وحضر الوزير المنتدب للميزانية توفيق زروال، ثم غادر.",
       {"OCC الوزير المنتدب للميزانية", "PERS توفيق زروال"}},
      // عبد + a name of God does not close the name; a list item may end on
      // two unknown words before its comma.
      {"وأدين كل من حسن علي، ومحمد عبد الله اسغير ادباي، وأحمد سالم.",
       {"PERS حسن علي", "PERS محمد عبد الله اسغير ادباي", "PERS أحمد سالم"}},
  };
  check_cases(cases, {EntityType::kPers, EntityType::kOcc});
}

TEST_CASE("the model does not join two names of a list across و", "[person]") {
  const std::string text =
      "برئاسة المستشار سعيد فهمي وعضوية المستشارين عبد الكريم نصار وهاني فرج سالم ومحمد علي عبد الواحد";
  CHECK(entities_of(text, {EntityType::kPers}, /*with_model=*/true) ==
        std::vector<std::string>{"PERS سعيد فهمي", "PERS عبد الكريم نصار", "PERS هاني فرج سالم",
                                 "PERS محمد علي عبد الواحد"});
}

TEST_CASE("a verb, a quantifier or a preposition after a title is no name", "[person]") {
  const std::vector<std::string> texts = {
      "وقال إن القاضي يصنع الاستقلال لنفسه.",       // an imperfect verb
      "وشهد عهد الملك العديد من الإصلاحات.",        // a quantifier
      "كما طالب ممثل الحق العام بتسليط عقوبة مشددة.",  // ب + a verbal noun
      "أرسل الشيخ خالد بن زايد آل نهيان برقية تهنئة.",  // ب|رقية is no list item
      "وتقام المباراة على ملعب محمد الخامس بالرباط.",  // a venue's name (GUIDE.md)
      "وحضر المحافظ والي ولاية سطيف الحفل.",          // ولاية is no و + ل + the name آية
      "وقال رئيس المكتب الإعلامي لـ«الحركة» إن الوفد وصل.",  // a lone proclitic
      "وتوقع التجار ارتفاع الطلب في شهر رمضان المبارك.",  // a month after a noun
  };
  for (const std::string& text : texts) {
    INFO(text);
    for (const std::string& e : people(text)) {
      CHECK((e.find("PERS") != 0 || e == "PERS خالد بن زايد آل نهيان"));
    }
  }
}
