#include <catch2/catch.hpp>

#include "entity_cases.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::vector<std::string> events_and_policies(const std::string& text) {
  return entities_of(text, {EntityType::kEvent, EntityType::kPolicy});
}

}  // namespace

TEST_CASE("named days, forums, conferences and campaigns are EVENT", "[event]") {
  const std::vector<EntityCase> cases = {
      {"يحتفل العالم باليوم الدولي للقضاء على الفقر.", {"EVENT اليوم الدولي للقضاء على الفقر"}},
      {"انطلق المؤتمر الإقليمي للأمن الغذائي في الشرق الأوسط أمس.",
       {"EVENT المؤتمر الإقليمي للأمن الغذائي في الشرق الأوسط"}},
      // A city after the name is where it meets, not part of the name.
      {"اختتم المنتدى العربي للمياه في القاهرة أعماله.", {"EVENT المنتدى العربي للمياه"}},
      {"أطلقت الوزارة حملة بعنوان «صحتك أولا» للتوعية.", {"EVENT صحتك أولا"}},
      {"شارك الوزير في الدورة السابعة لمنتدى الدوحة.", {"EVENT منتدى الدوحة"}},
      // A known body or place inside names the event.
      {"انعقدت قمة مجموعة العشرين في نيودلهي.", {"EVENT قمة مجموعة العشرين"}},
      {"افتتح معرض الرياض الدولي للكتاب أبوابه.", {"EVENT معرض الرياض الدولي للكتاب"}},
      {"يشارك الأردن في الأسبوع العالمي للمياه في ستوكهولم.", {"EVENT الأسبوع العالمي للمياه"}},
      {"استضافت قطر كأس العالم 2022 بنجاح.", {"EVENT كأس العالم 2022"}},
      // A region's adjective names a recurring meeting; a generic one does not.
      {"تستضيف بغداد القمة العربية المقبلة.", {"EVENT القمة العربية"}},
      {"حضر الوزير المؤتمر الصحفي أمس.", {}},
  };
  check_cases(cases, {EntityType::kEvent, EntityType::kPolicy});
}

TEST_CASE("strategies, plans, visions and goals are POLICY", "[event]") {
  const std::vector<EntityCase> cases = {
      // The year inside a POLICY belongs to it.
      {"تنفيذا لرؤية المملكة 2030 أطلقت الهيئة برامجها.", {"POLICY رؤية المملكة 2030"}},
      {"أقرت الحكومة الاستراتيجية الوطنية لمكافحة الفساد 2017-2025.",
       {"POLICY الاستراتيجية الوطنية لمكافحة الفساد 2017-2025"}},
      {"تسهم المبادرة في تحقيق أهداف التنمية المستدامة.", {"POLICY أهداف التنمية المستدامة"}},
      {"تماشيا مع رؤية قطر الوطنية 2030 تعمل الوزارة.", {"POLICY رؤية قطر الوطنية 2030"}},
      {"اعتمد مجلس الوزراء الخطة الوطنية للطوارئ الصحية.", {"POLICY الخطة الوطنية للطوارئ الصحية"}},
      {"أعلنت الوزارة إطلاق البرنامج الوطني للتشغيل.", {"POLICY البرنامج الوطني للتشغيل"}},
      // An indefinite plan in quotes is a title.
      {"أعدت اللجنة “خطة وطنية لمكافحة التصحر” جديدة.", {"POLICY خطة وطنية لمكافحة التصحر"}},
  };
  check_cases(cases, {EntityType::kEvent, EntityType::kPolicy});
}

TEST_CASE("generic heads are neither EVENT nor POLICY", "[event]") {
  const std::vector<std::string> texts = {
      "عقد المنتدى في الدوحة.",
      "في إطار التعاون بين البلدين.",
      "وتطوير الاستراتيجية الوطنية.",
      "نظمت ورشة عمل تدريبية لموظفي الوزارة.",
      "احتفاء باليوم العالمي لهذا العام.",
      "ومناقشة إستراتيجية إقليمية محدثة.",
      // A ل phrase naming a body says whose plan it is, not which.
      "لمناقشة خطة العمل السنوية للجنة الفنية.",
      "وتنفيذ الخطة التشغيلية للوزارة.",
      "ضمن خطة توسعية للمبادرة العربية.",
      "وقال في المؤتمر الصحفي إن الاتفاق قريب.",
      "وخلال الندوة ناقش المشاركون التقرير.",
      "وانطلقت الحملة الانتخابية رسميا.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    CHECK(events_and_policies(text).empty());
  }
}

TEST_CASE("competitions and festivals are named by a genitive, a state or a quoted title",
          "[event]") {
  const std::vector<EntityCase> cases = {
      {"وتأهل المنتخب إلى نهائيات كأس آسيا بعد فوزه.", {"EVENT كأس آسيا"}},
      // Talks by the city that hosts them; a state after the head is a party.
      {"ودعا الوسطاء إلى استئناف مفاوضات الدوحة الأسبوع المقبل.", {"EVENT مفاوضات الدوحة"}},
      {"وأكد الطرفان دعم منبر جنيف للحل السياسي.", {"EVENT منبر جنيف"}},
      {"وتعثرت مفاوضات مصر مع إثيوبيا حول السد.", {}},
      {"وتواصلت المحادثات بين الوفدين.", {}},
      // A cultural week by the place it presents, with its place word.
      {"وانطلقت فعاليات الأسبوع الثقافي لوهران بمدينة تمنراست.", {"EVENT الأسبوع الثقافي لوهران"}},
      {"وافتتحت الأيام الثقافية لولاية بشار في العاصمة.", {"EVENT الأيام الثقافية لولاية بشار"}},
      {"وشهد الأسبوع الثقافي نشاطات متنوعة.", {}},
      // The World Cup by its host and year.
      {"وتأهل المنتخب إلى مونديال البرازيل 2014 بعد فوزه.", {"EVENT مونديال البرازيل 2014"}},
      {"وتصدر الفريق ترتيب الدوري الأردني للمحترفين.", {"EVENT الدوري الأردني للمحترفين"}},
      {"وانطلق مهرجان «ليالي المدينة» مساء الخميس.", {"EVENT مهرجان «ليالي المدينة»"}},
      {"ويقام مهرجان ربيع الشعر كل عام.", {"EVENT مهرجان ربيع الشعر"}},
      // A definite head with an ordinary adjective is no name.
      {"وتابع الجمهور المهرجان الختامي أمس.", {}},
      // Feasts are named by their genitive; the adjective after it stays out.
      {"وهنأ الأمير المواطنين بمناسبة عيد الأضحى المبارك.", {"EVENT عيد الأضحى"}},
      // The same word as a given name before a family name is a person.
      {"وقال عيد المطيري إن الموسم بدأ.", {}},
  };
  check_cases(cases, {EntityType::kEvent});
}
