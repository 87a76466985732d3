#include <catch2/catch.hpp>

#include "core/text/tokenize.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

// "form|form|..." of the tokens of `utf8`, proclitics marked with a trailing +.
std::string split(const std::string& utf8) {
  const Normalized n = normalizer().normalize(u32(utf8));
  std::string out;
  for (const Token& t : tokenizer().tokenize(n)) {
    if (!out.empty()) out += "|";
    out += u8(t.form);
    if (t.kind == TokenKind::kProclitic) out += "+";
  }
  return out;
}

}  // namespace

TEST_CASE("proclitics split before the article", "[tokenize]") {
  CHECK(split("بالكويت") == "ب+|الكويت");
  CHECK(split("وبالمملكة") == "و+|ب+|المملكه");
  CHECK(split("والأمم") == "و+|الامم");
  CHECK(split("فالحكومة") == "ف+|الحكومه");
  CHECK(split("كالعادة") == "ك+|العاده");
}

TEST_CASE("a fused lam-article keeps the article in the form", "[tokenize]") {
  CHECK(split("للأمم المتحدة") == "ل+|الامم|المتحده");
  CHECK(split("وللجنة") == "و+|ل+|الجنه");  // alt_form: اللجنه
}

TEST_CASE("words that only look like proclitic + article stay whole", "[tokenize]") {
  CHECK(split("والي") == "والي");     // governor
  CHECK(split("بالغ") == "بالغ");     // adult: ال + one letter is no article
  CHECK(split("لبنان") == "لبنان");
  CHECK(split("وزارة") == "وزاره");   // و is part of the word; no article follows
  CHECK(split("وقطر") == "وقطر");     // left for the lexicon
}

TEST_CASE("punctuation, digits and Latin are their own tokens", "[tokenize]") {
  CHECK(split("القانون (91/2013)") == "القانون|(|91|/|2013|)");
  CHECK(split("«كونا»") == "«|كونا|»");
  CHECK(split("لـ«كونا»") == "ل|«|كونا|»");
  CHECK(split("منظمة IOM في") == "منظمه|IOM|في");
  CHECK(split("عام ٢٠١٥م") == "عام|2015|م");
  CHECK(split("1-59-413") == "1|-|59|-|413");
}

TEST_CASE("the proclitic prefix length leaves two letters", "[tokenize]") {
  CHECK(proclitic_prefix_len(U"وقطر") == 1);
  CHECK(proclitic_prefix_len(U"وبقطر") == 2);
  CHECK(proclitic_prefix_len(U"قطر") == 0);
  CHECK(proclitic_prefix_len(U"بر") == 0);
}

TEST_CASE("space and line breaks before tokens are recorded", "[tokenize]") {
  const Normalized n = normalizer().normalize(u32("أ ب\r\nج-د"));
  const auto tokens = tokenizer().tokenize(n);
  REQUIRE(tokens.size() == 5);
  CHECK_FALSE(tokens[0].space_before);
  CHECK(tokens[1].space_before);
  CHECK_FALSE(tokens[1].line_break_before);
  CHECK(tokens[2].line_break_before);
  CHECK_FALSE(tokens[3].space_before);  // the hyphen
  CHECK_FALSE(tokens[4].space_before);
}

TEST_CASE("tokens are ordered, disjoint and inside the text on every corpus document",
          "[tokenize][corpus]") {
  for (const std::string& path : corpus_files()) {
    INFO(path);
    const std::u32string original = u32(read_file(path));
    const Normalized n = normalizer().normalize(original);
    const auto tokens = tokenizer().tokenize(n);
    REQUIRE_FALSE(tokens.empty());
    uint32_t last_end = 0;
    for (const Token& t : tokens) {
      REQUIRE(t.begin < t.end);
      REQUIRE(t.begin >= last_end);
      REQUIRE(t.end <= n.text.size());
      last_end = t.end;
      const OriginalSpan s = n.to_original(t.begin, t.end);
      REQUIRE(s.start < s.end);
      REQUIRE(s.end <= original.size());
    }
  }
}
