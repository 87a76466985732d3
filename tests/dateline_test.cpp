#include <catch2/catch.hpp>

#include "entity_cases.h"

using namespace kashif;
using namespace kashif::testing;

TEST_CASE("a story's source in its dateline or byline is an ORG", "[dateline]") {
  const std::vector<EntityCase> cases = {
      // A place, a dash, the agency: the line holds nothing else.
      {"مسقط - العُمانية\nأعلنت الحكومة خطة جديدة.", {"ORG العُمانية"}},
      {"الرباط – الفرنسية\nقال المتحدث إن الاجتماع انتهى.", {"ORG الفرنسية"}},
      // The site, a dash, the place.
      {"نبأ الساعة - بغداد\nأعلنت الحكومة خطة جديدة.", {"ORG نبأ الساعة"}},
      // The site, a reporter between dashes, then the story.
      {"صدى الوطن - سامي حداد - قال الوزير إن الخطة جاهزة.", {"ORG صدى الوطن"}},
      // Two sources before the publication words.
      {"نبض24 | وكالة الأنباء نشر في: 3 مايو 2022\nبدأت الدورة.", {"ORG نبض24", "ORG وكالة الأنباء"}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("a dash at a line's start is no dateline by itself", "[dateline]") {
  const std::vector<EntityCase> cases = {
      // A reporter after the place is a person, not a source.
      {"بيروت - أحمد خليل\nأعلنت الحكومة خطة جديدة.", {}},
      // A headline with a dash in running text.
      {"ارتفاع الأسعار - والحكومة تتحرك لضبط السوق", {}},
      // A list item.
      {"- تعزيز التعاون بين البلدين في مجال الطاقة.", {}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("datelines drawn with tatweels, colons and slashes", "[dateline]") {
  const std::vector<EntityCase> cases = {
      // A dash drawn with tatweels leaves no token of its own.
      {"بيروت ــ نبض الشارع\nأعلن الوزير خطة جديدة.", {"ORG نبض الشارع"}},
      // A place, a colon and the outlet alone on its line.
      {"الرباط: صوت المدينة\nأعلنت الوزارة خطة جديدة.", {"ORG صوت المدينة"}},
      // The outlet, a slash, the place and a colon, then the story.
      {"ميدان/ القاهرة: قال الوزير إن الخطة جاهزة.", {"ORG ميدان"}},
      // A follow-up byline names the outlet a story comes from.
      {"متابعة/ الساحة\nأعلن الوزير خطة جديدة.", {"ORG الساحة"}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("a colon after a place opens a sentence, not a source", "[dateline]") {
  const std::vector<EntityCase> cases = {
      // After a place and a colon, words running on are the story.
      {"بغداد: أعلن الوزير خطة جديدة.", {}},
      // A writer's byline is a person, no source.
      {"إعداد/ سامي حداد\nأعلن الوزير خطة جديدة.", {}},
  };
  check_cases(cases, {EntityType::kOrg});
}
