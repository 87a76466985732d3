#include <catch2/catch.hpp>

#include "entity_cases.h"

using namespace kashif;
using namespace kashif::testing;

TEST_CASE("a listed outlet, party or company is a body where its name is no everyday word",
          "[listed_orgs]") {
  const std::vector<EntityCase> cases = {
      // `plain` names stand for the body wherever they are.
      {"ونقلت وكالة رويترز عن مصادر أن التيار الوطني الحر رفض العرض.",
       {"ORG وكالة رويترز", "ORG التيار الوطني الحر"}},
      {"وقعت شركة أرامكو اتفاقا مع بي بي لتطوير الحقل.", {"ORG شركة أرامكو", "ORG بي بي"}},
      // A `common` name is a body only where the text marks it: in quotes.
      {"قال مصدر لصحيفة «الوطن» إن الاجتماع تأجل.", {"ORG صحيفة «الوطن»"}},
      {"وأكد المتحدث أن العالم يراقب ما يجري في الوطن.", {}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("a club is a club in a sports story, and its stadium is no club", "[listed_orgs]") {
  const std::vector<EntityCase> cases = {
      // Several sport words make a sports story: clubs that are also
      // everyday words (الجيش، الشرطة) are the clubs.
      {"فاز الشرطة على الجيش بهدفين في مباراة الجولة الثالثة من الدوري على ملعب الجيش.",
       {"ORG الشرطة", "ORG الجيش"}},
      // The same words in a story about the state are no clubs.
      {"انتشر الجيش في المدينة وساندته الشرطة بعد المواجهات.", {}},
      // A club name used only for the club (`الوداد البيضاوي`) needs no sports words.
      {"وصل الوداد البيضاوي إلى مراكش أمس.", {"ORG الوداد البيضاوي"}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("in a sports story a club is named by its cue, and a country's adjective stays outside",
          "[listed_orgs]") {
  const std::vector<EntityCase> cases = {
      // Unlisted clubs after فريق (outside the span), نادي (inside) and من.
      {"سجل لاعب فريق فولفسبورغ الألماني هدفين في المباراة، وتعادل نادي رين الفرنسي في الدوري، "
       "وانتقل المدافع من لوغانو السويسري.",
       {"ORG فولفسبورغ", "ORG نادي رين", "ORG لوغانو"}},
      // A listed club: its country's adjective is no part of the name.
      {"فاز الهلال السوداني على المريخ في مباراة الدوري وسجل اللاعب هدفين.",
       {"ORG الهلال", "ORG المريخ"}},
      // After `الرياضي` the country's adjective is part of the registered name.
      {"فاز الترجي الرياضي التونسي في مباراة الدوري بثلاثة أهداف.", {"ORG الترجي الرياضي التونسي"}},
      // A city's nisba belongs to the club's name.
      {"فاز الوداد البيضاوي في مباراة الدوري بثلاثة أهداف.", {"ORG الوداد البيضاوي"}},
      {"فاز الرجاء الرياضي البيضاوي في مباراة الدوري بثلاثة أهداف.", {"ORG الرجاء الرياضي البيضاوي"}},
      // A person after من is no club, nor a definite word.
      {"شارك في المباراة كل من محمد سالم الأردني وسجل هدفين في الدوري.", {}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("outside sport a club cue names no club", "[listed_orgs]") {
  const std::vector<EntityCase> cases = {
      // A body's nationality adjective stays in its name.
      {"أعلن نادي الأسير الفلسطيني الإفراج عن المعتقلين.", {"ORG نادي الأسير الفلسطيني"}},
      {"وصل وفد من سلوفينيا الشقيقة إلى البلاد.", {}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("a quoted name that ends in an outlet's word is the outlet", "[listed_orgs]") {
  const std::vector<EntityCase> cases = {
      {"وقالت الوزارة في بيان وصل \"صدى للإعلام\" نسخة منه إن الخطة جاهزة.", {"ORG صدى للإعلام"}},
      {"ونقل موقع «الميدان نيوز» عن مصادر مطلعة.", {"ORG الميدان نيوز"}},
      // The same words alone, or a quoted phrase without the tail, are no outlet.
      {"وأكد أن \"حرية الإعلام\" مكفولة بالدستور.", {}},
      {"وقال إن \"الحرب الإعلامية\" مستمرة.", {}},
  };
  check_cases(cases, {EntityType::kOrg});
}

TEST_CASE("names in Latin letters: an outlet's one word, a class noun before a name", "[listed_orgs]") {
  const std::vector<EntityCase> cases = {
      {"وقال المتحدث لـ RojMedia إن الوضع مستقر.", {"ORG RojMedia"}},
      {"وذكر موقع AlsharqNews الخبر نقلا عن مصادر.", {"ORG AlsharqNews"}},
      // An English phrase is no outlet.
      {"وقال إن Breaking news تصل سريعا.", {}},
      {"وأعلنت شركة Apple Inc عن هاتف جديد.", {"ORG شركة Apple Inc"}},
      {"ونشرت صحيفة Le Monde تقريرا مطولا.", {"ORG صحيفة Le Monde"}},
  };
  check_cases(cases, {EntityType::kOrg});
}
