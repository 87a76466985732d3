#include <catch2/catch.hpp>

#include <cstring>

#include "core/lexicon/lexicon.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

Expected<Lexicon> lexicon_of(const std::string& tsv, std::string_view name = "test.tsv") {
  return Lexicon::load({{name, tsv}}, normalizer(), tokenizer());
}

std::vector<Token> tokens_of(const std::string& utf8) {
  return tokenizer().tokenize(normalizer().normalize(u32(utf8)));
}

// "phrase:tokens:skip" of each match at tokens[0].
std::vector<std::string> matches(const Lexicon& lex, const std::string& text) {
  std::vector<std::string> out;
  for (const LexiconMatch& m : lex.matches_at(tokens_of(text), 0)) {
    out.push_back(std::string(lex.entry(m.entry).phrase) + ":" + std::to_string(m.token_count) + ":" +
                  std::to_string(m.skip));
  }
  return out;
}

}  // namespace

TEST_CASE("the embedded blob is what compiling core/data gives", "[lexicon]") {
  // The build ran tools/compile_lexicon.cc on the TSV files; the same
  // compile in-process on the embedded copies must give the same bytes.
  const auto blob = Lexicon::compile(embedded_files(), normalizer(), tokenizer());
  REQUIRE(blob.ok());
  CHECK(blob.value() == embedded_lexicon_blob());
  REQUIRE(Lexicon::from_blob(embedded_lexicon_blob()).ok());
}

TEST_CASE("a compiled lexicon matches phrases longest first, with proclitic skips", "[lexicon]") {
  const auto lex = lexicon_of(
      "# Source: a test\n"
      "مجلس الشورى\tORG\tshura\n"
      "مجلس\torg_head\n"
      "قطر\tGPE\tQA\n"
      "دولة قطر\tGPE\tQA\n");
  REQUIRE(lex.ok());
  CHECK(matches(lex.value(), "مجلس الشورى اليوم") == std::vector<std::string>{"مجلس الشورى:2:0", "مجلس:1:0"});
  CHECK(matches(lex.value(), "وقطر") == std::vector<std::string>{"قطر:1:1"});
  CHECK(matches(lex.value(), "الكويت").empty());
  CHECK(lex.value().primary_phrase(WordClass::kGpe, "QA") == "قطر");  // the first listed
  CHECK(lex.value().primary_phrase(WordClass::kGpe, "KW").empty());
  CHECK(lex.value().has_word(U"\u0645\u062C\u0644\u0633", WordClass::kOrgHead));  // مجلس
  CHECK_FALSE(lex.value().has_word(U"\u0645\u062C\u0644\u0633", WordClass::kGpe));
  const LexiconEntry& e = lex.value().entry(lex.value().matches_at(tokens_of("مجلس الشورى"), 0)[0].entry);
  CHECK(e.file == "test.tsv");
  CHECK(e.cls == WordClass::kOrg);
  REQUIRE(e.attrs.size() == 1);
  CHECK(e.attrs[0] == "shura");
}

TEST_CASE("nationality adjectives are compiled with their inflections", "[lexicon]") {
  const auto lex = lexicon_of("عماني\tnationality\tOM\n");
  REQUIRE(lex.ok());
  for (const char* form : {"عماني", "العمانية", "العمانيون", "عمانيين", "العمانيات"}) {
    CHECK(matches(lex.value(), form) == std::vector<std::string>{"عماني:1:0"});
  }
}

TEST_CASE("a bad row names its file and line", "[lexicon]") {
  struct Case {
    std::string tsv;
    std::string message;
  };
  const Case cases[] = {
      {"# Source: x\nقطر\n", "lists.tsv:2: want phrase<TAB>class"},
      {"قطر\t\n", "lists.tsv:1: want phrase<TAB>class"},
      {"\tGPE\n", "lists.tsv:1: want phrase<TAB>class"},
      {"قطر\tGPE\n\xff\tGPE\n", "lists.tsv:2: "},
      {"# Source: x\n\n  \tGPE\n", "lists.tsv:3: phrase has no tokens"},
      {"قطر\tGPE\nمجلس\torg_hed\n", "lists.tsv:2: unknown class `org_hed`"},
  };
  for (const Case& c : cases) {
    const auto lex = lexicon_of(c.tsv, "lists.tsv");
    REQUIRE_FALSE(lex.ok());
    CHECK(lex.error().code == ErrorCode::kDataError);
    CHECK(lex.error().message.rfind(c.message, 0) == 0);
  }
}

TEST_CASE("every word class's name reads back as the class", "[lexicon]") {
  for (size_t k = 0; k < kWordClassCount; ++k) {
    const auto cls = static_cast<WordClass>(k);
    const std::string_view name = word_class_name(cls);
    INFO(name);
    CHECK_FALSE(name.empty());
    CHECK(word_class_from_name(name) == cls);
  }
  CHECK(word_class_name(WordClass::kOrgHead) == "org_head");
  CHECK(word_class_from_name("GPE") == WordClass::kGpe);
  CHECK_FALSE(word_class_from_name("gpe").has_value());  // names are case-sensitive
  CHECK_FALSE(word_class_from_name("").has_value());
}

TEST_CASE("a column too long for the blob is an error, not a truncation", "[lexicon]") {
  const auto lex = lexicon_of("قطر\tGPE\t" + std::string(70000, 'x') + "\n");
  REQUIRE_FALSE(lex.ok());
  CHECK(lex.error().message.find("16-bit") != std::string::npos);
}

TEST_CASE("a damaged blob is an error, not a read out of bounds", "[lexicon]") {
  const auto compiled = Lexicon::compile({{"t.tsv", "مجلس الشورى\tORG\tshura\nقطر\tGPE\tQA\n"}},
                                         normalizer(), tokenizer());
  REQUIRE(compiled.ok());
  const std::string& blob = compiled.value();
  REQUIRE(Lexicon::from_blob(blob).ok());
  CHECK_FALSE(Lexicon::from_blob(std::string()).ok());
  CHECK_FALSE(Lexicon::from_blob(std::string(blob, 0, blob.size() / 2)).ok());  // truncated
  std::string magic = blob;
  magic[0] = 'X';
  CHECK_FALSE(Lexicon::from_blob(magic).ok());
  // Every header field (section offset or count) set far out of range.
  for (size_t at = 8; at < 8 + 12 * 8; at += 4) {  // 12 sections
    std::string bad = blob;
    const uint32_t huge = 0x7fffffff;
    std::memcpy(&bad[at], &huge, 4);
    CHECK_FALSE(Lexicon::from_blob(bad).ok());
  }
}
