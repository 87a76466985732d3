#include <catch2/catch.hpp>

#include "core/analyze.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::vector<Entity> contacts_of(const std::string& text) {
  auto r = pipeline().analyze(text);
  REQUIRE(r.ok());
  std::vector<Entity> out;
  for (const Entity& e : r.value().entities) {
    if (e.type == EntityType::kContact) out.push_back(e);
  }
  return out;
}

}  // namespace

TEST_CASE("e-mail addresses, URLs and phone numbers", "[contact]") {
  struct Case {
    const char* text;
    const char* span;
    const char* kind;
    const char* normalized;
  } cases[] = {
      {"راسلونا على info@moi.gov.kw.", "info@moi.gov.kw", "email", "info@moi.gov.kw"},
      {"البريد: Ahmed.Ali-2@Example.COM، أو الهاتف", "Ahmed.Ali-2@Example.COM", "email",
       "ahmed.ali-2@example.com"},
      {"للتواصل:nour_h@unhcr.org", "nour_h@unhcr.org", "email", "nour_h@unhcr.org"},
      {"زوروا www.moi.gov.kw.", "www.moi.gov.kw", "url", "www.moi.gov.kw"},
      {"التقرير على https://www.un.org/ar/ لمن يريد", "https://www.un.org/ar/", "url",
       "https://www.un.org/ar/"},
      {"(انظر http://example.org/a_(b)).", "http://example.org/a_(b)", "url",
       "http://example.org/a_(b)"},
      {"المصدر «https://qna.org.qa/ar-QA/News»", "https://qna.org.qa/ar-QA/News", "url",
       "https://qna.org.qa/ar-QA/News"},
      {"http://مثال.إختبار/صفحة، وفيه", "http://مثال.إختبار/صفحة", "url",
       "http://مثال.إختبار/صفحة"},
      {"اتصل على +965 2222 3333 للإبلاغ", "+965 2222 3333", "phone", "+96522223333"},
      {"الخط الساخن 00974-4444-5555.", "00974-4444-5555", "phone", "+97444445555"},
      {"هاتف: +٩٦٥ ٢٢٢٢ ٣٣٣٣", "+٩٦٥ ٢٢٢٢ ٣٣٣٣", "phone", "+96522223333"},
      {"دبي +971 (4) 123 4567 فقط", "+971 (4) 123 4567", "phone", "+97141234567"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto found = contacts_of(c.text);
    REQUIRE(found.size() == 1);
    CHECK(found[0].text == c.span);
    const auto* v = std::get_if<ContactValue>(&found[0].value);
    REQUIRE(v != nullptr);
    CHECK(std::string(contact_kind_name(v->kind)) == c.kind);
    CHECK(v->normalized == c.normalized);
  }
}

TEST_CASE("numbers, dates and near-addresses are no contacts", "[contact]") {
  for (const char* text : {
           "الاستراتيجية الوطنية 2025-2028",
           "بتاريخ 15/11/2021",
           "ظهير شريف رقم 1.59.413",
           "رقم 22223333 للشكاوى",
           "اكتب إلى a@b فورا",
           "الرقم +12 34",
           "نسبة 0.5 بالمئة",
           "القانون (91/2013)",
       }) {
    INFO(text);
    CHECK(contacts_of(text).empty());
  }
}

TEST_CASE("several contacts in one text keep their own spans", "[contact]") {
  const auto found = contacts_of("البريد a.b@iom.int والموقع www.iom.int والهاتف +965 1800 400");
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "a.b@iom.int");
  CHECK(found[1].text == "www.iom.int");
  CHECK(found[2].text == "+965 1800 400");
}
