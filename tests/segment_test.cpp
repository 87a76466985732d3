#include <catch2/catch.hpp>

#include <string>

#include "core/analyze.h"
#include "core/text/segment.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

// The segments cover the text exactly, in order, none empty or too long.
void check_cover(std::u32string_view text, const std::vector<Segment>& segments, size_t max_size) {
  uint32_t at = 0;
  for (const Segment& s : segments) {
    CHECK(s.begin == at);
    CHECK(s.end > s.begin);
    CHECK(s.end - s.begin <= max_size);
    at = s.end;
  }
  CHECK(at == text.size());
}

}  // namespace

TEST_CASE("segments cover the text and end after line breaks", "[segment]") {
  std::u32string text;
  for (int i = 0; i < 50; ++i) text += U"سطر قصير من النص\n";  // 17 code points a line
  const auto segments = split_segments(text, 100);
  check_cover(text, segments, 100);
  for (size_t k = 0; k + 1 < segments.size(); ++k) CHECK(text[segments[k].end - 1] == U'\n');
  CHECK(split_segments(U"", 100).empty());
  CHECK(split_segments(U"قصير", 100).size() == 1);
}

TEST_CASE("one long line is cut at white space, a run of letters anywhere", "[segment]") {
  std::u32string line;
  for (int i = 0; i < 40; ++i) line += U"كلمة ";
  const auto at_spaces = split_segments(line, 64);
  check_cover(line, at_spaces, 64);
  for (size_t k = 0; k + 1 < at_spaces.size(); ++k) CHECK(line[at_spaces[k].end - 1] == U' ');

  const std::u32string run(1000, U'ب');
  const auto cut = split_segments(run, 64);
  check_cover(run, cut, 64);
  CHECK(cut.size() == 16);
}

TEST_CASE("a long document finds in every segment what a short one finds", "[segment][analyze]") {
  // Far past the 64K code point segment size, so the entities of later
  // segments must come back with their offsets shifted into the whole text.
  const std::string article = "أعلنت وزارة الداخلية في دولة الكويت القانون رقم 5 لسنة 2006.\n";
  std::string text;
  for (int i = 0; i < 3000; ++i) text += article;
  const Analysis one = pipeline().analyze(article).value();
  const Analysis all = pipeline().analyze(text).value();
  REQUIRE(one.entities.size() == 3);
  REQUIRE(all.entities.size() == 3 * 3000);
  const uint32_t line = static_cast<uint32_t>(decode_utf8(article).value().size());
  for (size_t k = 0; k < all.entities.size(); ++k) {
    const Entity& e = all.entities[k];
    const Entity& first = one.entities[k % 3];
    CHECK(e.start == first.start + line * (k / 3));
    CHECK(e.text == first.text);
  }
  // One row per body, counting every segment's mentions.
  REQUIRE(all.table.size() == 3);
  for (const TableEntry& row : all.table) CHECK(row.mentions.size() == 3000);
}
