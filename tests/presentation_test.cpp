#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "core/lexicon/data.h"
#include "core/output/presentation.h"
#include "core/output/result_html.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

// The kind ids of the law-kind word lists (column 3 of the law_kind rows).
std::set<std::string> law_kind_ids() {
  std::set<std::string> ids;
  for (const EmbeddedFile& f : embedded_files()) {
    if (f.name.substr(0, 9) != "law_kinds") continue;
    std::string_view rest = f.content;
    while (!rest.empty()) {
      const size_t eol = rest.find('\n');
      const std::string line(rest.substr(0, eol));
      rest = eol == std::string_view::npos ? std::string_view() : rest.substr(eol + 1);
      if (line.empty() || line[0] == '#') continue;
      const size_t a = line.find('\t');
      const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
      if (b == std::string::npos || line.compare(a + 1, b - a - 1, "law_kind") != 0) continue;
      const size_t c = line.find('\t', b + 1);
      ids.insert(line.substr(b + 1, c == std::string::npos ? c : c - b - 1));
    }
  }
  return ids;
}

}  // namespace

TEST_CASE("the presentation tables give every type its look and names", "[presentation]") {
  CHECK(presentation_problems().empty());
  for (const std::string& p : presentation_problems()) UNSCOPED_INFO(p);
  const std::regex colour("#[0-9a-f]{6}");
  const std::set<std::string> lines = {"solid", "double", "dashed", "dotted", "wavy"};
  std::set<std::string> looks;
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const TypePresentation& t = type_presentation(static_cast<EntityType>(i));
    INFO(type_name(static_cast<EntityType>(i)));
    for (const std::string* c : {&t.light_fg, &t.light_bg, &t.dark_fg, &t.dark_bg}) {
      CHECK(std::regex_match(*c, colour));
    }
    CHECK(lines.count(t.underline) == 1);
    for (int lang = 0; lang < 2; ++lang) {
      CHECK_FALSE(t.label[lang].empty());
      CHECK_FALSE(t.name[lang].empty());
    }
    looks.insert(t.light_fg + t.underline);
  }
  CHECK(looks.size() == static_cast<size_t>(kEntityTypeCount));  // ten types, ten looks
}

TEST_CASE("every law kind and calendar name has its words", "[presentation]") {
  const std::set<std::string> ids = law_kind_ids();
  REQUIRE(ids.size() > 40);
  for (const std::string& id : ids) {
    INFO(id);
    CHECK_FALSE(value_word("law_kind", id).empty());
    CHECK_FALSE(value_word("law_kind", id, Language::kEnglish).empty());
  }
  for (int m = 1; m <= 12; ++m) {
    INFO(m);
    CHECK_FALSE(value_word("month", std::to_string(m)).empty());
    CHECK_FALSE(value_word("month_levant", std::to_string(m)).empty());
    CHECK_FALSE(value_word("hijri_month", std::to_string(m)).empty());
    CHECK_FALSE(value_word("month", std::to_string(m), Language::kEnglish).empty());
  }
  for (int d = 1; d <= 7; ++d) CHECK_FALSE(value_word("weekday", std::to_string(d)).empty());
  CHECK(value_word("law_kind", "royal_decree") == "مرسوم ملكي");
  CHECK(value_word("law_kind", "no_such_kind").empty());
}

TEST_CASE("the CLI page takes its colours, labels and value words from the tables", "[presentation][html]") {
  auto r = pipeline().analyze("صدر الأمر الحكومي رقم 12 لسنة 2019 في الرباط يوم 3 حزيران 2020.");
  REQUIRE(r.ok());
  const std::string html = analyses_to_html({{"t", r.value()}});
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const TypePresentation& t = type_presentation(static_cast<EntityType>(i));
    const std::string cls = std::string(".t-") + type_name(static_cast<EntityType>(i));
    CHECK(html.find(cls + " { --k-fg: " + t.light_fg + "; --k-bg: " + t.light_bg + "; --k-line: " +
                    t.underline + "; }") != std::string::npos);
    CHECK(html.find("\">" + t.label[0] + "</span> " + t.name[0] + "</li>") != std::string::npos);
  }
  // A kind the old hand-kept list lacked is named, not shown by its id.
  CHECK(html.find(std::string(value_word("law_kind", "government_order")) + " 12 لسنة 2019") != std::string::npos);
  CHECK(html.find("government_order") == std::string::npos);
  CHECK(html.find("3 حزيران 2020") != std::string::npos);
}
