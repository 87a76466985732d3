#include <catch2/catch.hpp>

#include "core/text/normalize.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::string folded(const std::string& utf8) { return u8(normalizer().fold(u32(utf8))); }

// Checks the Normalized invariants of normalize.h.
void check_map(const std::u32string& original, const Normalized& n) {
  REQUIRE(n.begin.size() == n.text.size());
  REQUIRE(n.end.size() == n.text.size());
  for (size_t i = 0; i < n.text.size(); ++i) {
    REQUIRE(n.begin[i] < n.end[i]);
    REQUIRE(n.end[i] <= original.size());
    if (i > 0) {
      REQUIRE(n.begin[i - 1] <= n.begin[i]);
      REQUIRE(n.end[i - 1] <= n.end[i]);
    }
  }
}

}  // namespace

TEST_CASE("letters fold to one matching form", "[normalize]") {
  CHECK(folded("أحمد") == "احمد");
  CHECK(folded("إبراهيم") == "ابراهيم");
  CHECK(folded("آمنة") == "امنه");
  CHECK(folded("مستشفى") == "مستشفي");
  CHECK(folded("مسؤول") == "مسوول");
  CHECK(folded("هيئة") == "هييه");
  CHECK(folded("ٱلله") == "الله");
  CHECK(folded("کویت") == "كويت");  // Persian keheh and yeh
}

TEST_CASE("diacritics, tatweel and invisible controls go", "[normalize]") {
  CHECK(folded("مُحَمَّدٌ") == "محمد");
  CHECK(folded("الكويـــــت") == "الكويت");
  CHECK(folded("قطر\u200F") == "قطر");
  CHECK(folded("\u202Bقطر\u202C") == "قطر");
  CHECK(folded("وزا\u200Cرة") == "وزاره");
  CHECK(folded("\xEF\xBB\xBFنص") == "نص");  // BOM
}

TEST_CASE("digits of every Arabic script become ASCII", "[normalize]") {
  CHECK(folded("١٥ نوفمبر ٢٠٢١") == "15 نوفمبر 2021");
  CHECK(folded("۱۴۰۲") == "1402");
  CHECK(folded("2013") == "2013");
}

TEST_CASE("presentation forms fold through NFKC", "[normalize]") {
  CHECK(folded("\uFE8D\uFEDF\uFEDC\uFEEE\uFEF3\uFE96") == "الكويت");
  CHECK(folded("\uFEFB") == "لا");     // lam-alef ligature
  CHECK(folded("\uFDF2") == "الله");   // the word ligature
  CHECK(folded("\u00A0") == " ");      // no-break space
}

TEST_CASE("a ligature maps every output letter to the one original character", "[normalize]") {
  const std::u32string original = u32("ب\uFEFBد");
  const Normalized n = normalizer().normalize(original);
  REQUIRE(u8(n.text) == "بلاد");
  check_map(original, n);
  CHECK(n.to_original(1, 2).start == 1);
  CHECK(n.to_original(1, 2).end == 2);
  CHECK(n.to_original(2, 3).start == 1);
  CHECK(n.to_original(0, 4).end == 3);
}

TEST_CASE("marks stay with their letter in the offset map", "[normalize]") {
  const std::u32string original = u32("قَطَرُ و");
  const Normalized n = normalizer().normalize(original);
  REQUIRE(u8(n.text) == "قطر و");
  check_map(original, n);
  const OriginalSpan word = n.to_original(0, 3);
  CHECK(word.start == 0);
  CHECK(word.end == 6);  // the damma after ر is inside
}

TEST_CASE("empty text normalises to empty", "[normalize]") {
  const Normalized n = normalizer().normalize(U"");
  CHECK(n.text.empty());
  CHECK(n.begin.empty());
}

TEST_CASE("the offset map round-trips on every corpus document", "[normalize][corpus]") {
  const auto files = corpus_files();
  REQUIRE(files.size() >= 5);
  for (const std::string& path : files) {
    INFO(path);
    const std::u32string original = u32(read_file(path));
    const Normalized n = normalizer().normalize(original);
    check_map(original, n);
    // Every normalised character comes from original characters whose own
    // normalisation yields it: re-normalising the mapped span gives it back.
    for (size_t i = 0; i < n.text.size(); ++i) {
      const OriginalSpan s = n.to_original(i, i + 1);
      const std::u32string back = normalizer().fold(std::u32string_view(original).substr(s.start, s.end - s.start));
      REQUIRE(back.find(n.text[i]) != std::u32string::npos);
    }
    // Nothing is lost or invented: the document folds to as many characters
    // as its characters fold to one by one (`…` becomes `...`).
    size_t per_character = 0;
    for (char32_t c : original) per_character += normalizer().fold(std::u32string(1, c)).size();
    CHECK(n.text.size() == per_character);
  }
}
