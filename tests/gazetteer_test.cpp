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
  };
  check_cases(cases, {EntityType::kGpe, EntityType::kLoc});
}
