#include <catch2/catch.hpp>

#include "entity_cases.h"

using namespace kashif;
using namespace kashif::testing;

TEST_CASE("a listed place is found, with a place word before it inside the span", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"وصل الوفد إلى الرياض أمس.", {"GPE الرياض"}},
      {"عقد الاجتماع في دولة قطر.", {"GPE دولة قطر"}},
      {"زار الوزير محافظة البصرة ومدينة أربيل.", {"GPE محافظة البصرة", "GPE مدينة أربيل"}},
      {"من الدار البيضاء إلى طنجة.", {"GPE الدار البيضاء", "GPE طنجة"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("a place name that is also a common word needs a place cue", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      // `الحد` "the limit", `الخبر` "the news", `العين` "the eye", `العمارة` "the building".
      {"وتعمل الحكومة على الحد من الظاهرة.", {}},
      {"ونقل الخبر عن مصادر مطلعة.", {}},
      {"لا تخطئه العين المجردة.", {}},
      {"وشيدت العمارة الجديدة وسط الحي.", {}},
      // With a place word before it, or a nationality adjective after it.
      {"افتتح المعرض في مدينة الخبر.", {"GPE مدينة الخبر"}},
      {"وصل الفريق إلى العين الإماراتية.", {"GPE العين"}},
      {"في محافظة معان جنوب البلاد.", {"GPE محافظة معان"}},
      // Once read with its cue, the name keeps its reading in the document.
      {"افتتح المعرض في مدينة الخبر، وتقام الندوة في الخبر غدا.", {"GPE مدينة الخبر", "GPE الخبر"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("generated divisions and cities are found, with their place word", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"زار الأمير منطقة عسير أمس.", {"GPE منطقة عسير"}},
      {"افتتح المشروع في ولاية سطيف.", {"GPE ولاية سطيف"}},
      {"وصل الوفد إلى إقليم الصويرة صباحا.", {"GPE إقليم الصويرة"}},
      {"انتقل الفريق من بنغازي إلى مصراتة.", {"GPE بنغازي", "GPE مصراتة"}},
      {"وتعيش الأسرة في مدينة غزة.", {"GPE مدينة غزة"}},
      {"وتعيش الأسرة في قطاع غزة منذ سنوات.", {"GPE قطاع غزة"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("a geographic word makes a listed place one region", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"يعيش آلاف اللاجئين في مخيم جنين.", {"LOC مخيم جنين"}},
      {"وأبحرت القوارب نحو جزر الكناري.", {"LOC جزر الكناري"}},
      // A dual camp head before a listed town: the town is the camp, alone.
      {"زار الوفد مخيمي جرش وإربد أمس.", {"LOC جرش", "LOC إربد"}},
      // `دول` before a region is part of it, as in `دول الخليج`.
      {"جولة الوزير في دول آسيا الوسطى انتهت.", {"LOC دول آسيا الوسطى"}},
      {"ناقش الاجتماع توزيع اللقاحات في إقليم شرق المتوسط.", {"LOC إقليم شرق المتوسط"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("no place inside a building's name, also after its place word", "[gazetteer]") {
  // GUIDE.md: buildings, airports and palaces are not annotated, nor the
  // places inside their names; with the model too, which knows the cities.
  const std::vector<std::string> texts = {
      "وهبطت الطائرة في مطار القاهرة مساء أمس.",
      "وعقد الاجتماع في مبنى محافظة البصرة.",
      "وأدى الوزراء اليمين أمام الرئيس بقصر قرطاج.",
  };
  for (const std::string& text : texts) {
    INFO(text);
    for (bool model : {false, true}) {
      CHECK(entities_of(text, {EntityType::kGpe, EntityType::kLoc}, model).empty());
    }
  }
}

TEST_CASE("a town right after a team word names its club", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"وانضم المهاجم إلى فريق إشبيلية الإسباني الموسم الماضي.", {"ORG إشبيلية"}},
      {"وسافر المهاجم إلى إشبيلية الأسبوع الماضي.", {"GPE إشبيلية"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kOrg});
}

TEST_CASE("no place from a nationality adjective after a definite noun", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"وقالت الحكومة السعودية إنها ستدعم المشروع.", {}},
      {"ووصل الوفد إلى السعودية الأسبوع الماضي.", {"GPE السعودية"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("a body's name that is also an ordinary word needs a byline cue", "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"أبوظبي - وام: أعلنت الوزارة خطة جديدة.", {"GPE أبوظبي", "ORG وام"}},
      {"ذكرت وكالة أنباء الإمارات (وام) أن الوفد وصل.", {"ORG وكالة أنباء الإمارات", "ORG وام"}},
      {"وقال مراسل «الجزيرة» إن القصف توقف.", {"ORG الجزيرة"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kOrg});
}

TEST_CASE("a town word before a name no list has makes a GPE, not before a common word",
          "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"وصل الوفد إلى بلدة تيمزريت صباحا.", {"GPE بلدة تيمزريت"}},
      {"وقعت الحادثة بقرية دبدوب شمال البلاد.", {"GPE قرية دبدوب"}},
      {"انتقل إلى مدينة كبيرة قرب البحر.", {}},
      {"فاز الرئيس بولاية ثانية.", {}},
      {"عاد إلى مدينته بعد الحرب.", {}},
      // Half of a longer unknown name is no span.
      {"زار الوزير ولاية تيزا ملوسة أمس.", {}},
      // An unknown name of up to three words is taken whole, and found again
      // without its place word; a preposition and noun end it.
      {"افتتح الوالي بولاية تيط ملال مهرجانا، وقال والي تيط ملال إن المهرجان ناجح.",
       {"GPE ولاية تيط ملال", "GPE تيط ملال"}},
      {"التقى رئيس حكومة إقليم كلمستان بممثلي النقابات.", {"GPE إقليم كلمستان"}},
      {"وأشاد رئيس حكومة اقليم كلمستان بدور الأطباء.", {"GPE اقليم كلمستان"}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}

TEST_CASE("a camp word before an unlisted name makes a LOC, each name alone after a dual head",
          "[gazetteer]") {
  const std::vector<EntityCase> cases = {
      {"وزعت المساعدات على سكان مخيم الهول شرقي البلاد.", {"LOC مخيم الهول"}},
      {"يقيم اللاجئون في مخيمي النيرب والهول منذ سنوات.", {"LOC النيرب", "LOC الهول"}},
      {"نقل الجرحى من مخيم الهول، ثم عادوا إلى الهول.", {"LOC مخيم الهول", "LOC الهول"}},
      {"أقيم مخيم اللاجئين قرب الحدود.", {}},
      {"وانطلق مخيم الإغاثة أمس.", {}},
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}
