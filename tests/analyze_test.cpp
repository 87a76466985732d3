#include <catch2/catch.hpp>

#include <tuple>

#include "core/analyze.h"
#include "core/output/result_json.h"
#include "invariants.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

void check_entities(const std::string& utf8, const Analysis& a) {
  REQUIRE(a.text == u32(utf8));
  INFO(broken_invariant(a));
  REQUIRE(broken_invariant(a).empty());
}

}  // namespace

TEST_CASE("invalid UTF-8 is an error value with its offset", "[analyze]") {
  auto r = pipeline().analyze("نص \xC3\x28");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kInvalidUtf8);
  CHECK(r.error().byte_offset == 5);
}

TEST_CASE("empty and blank input give no entities", "[analyze]") {
  for (const std::string& text : {std::string(), std::string(" \n\t "), std::string("\0\0", 2)}) {
    auto r = pipeline().analyze(text);
    REQUIRE(r.ok());
    CHECK(r.value().entities.empty());
  }
}

TEST_CASE("a known place is found with exact offsets, proclitic outside", "[analyze]") {
  const std::string text = "زار الوفد بالقاهرة أمس.";
  auto r = pipeline().analyze(text);
  REQUIRE(r.ok());
  check_entities(text, r.value());
  REQUIRE(r.value().entities.size() == 1);
  CHECK(r.value().entities[0].type == EntityType::kGpe);
  CHECK(r.value().entities[0].text == "القاهرة");
  CHECK(r.value().entities[0].start == 11);
}

TEST_CASE("the type filter keeps only the asked types", "[analyze]") {
  AnalyzeOptions only_org;
  only_org.types = TypeSet::none();
  only_org.types.add(EntityType::kOrg);
  auto r = pipeline().analyze("زار القاهرة وفد من الأمم المتحدة", only_org);
  REQUIRE(r.ok());
  for (const Entity& e : r.value().entities) CHECK(e.type == EntityType::kOrg);
}

TEST_CASE("without the model only the recognisers' entities remain", "[analyze]") {
  // No recogniser names these two (public_figures.tsv is a tagger feature
  // only, and no title or reporting verb precedes them): the model does.
  const std::string text = "وصل وانغ غوانغيا إلى نيويورك أمس. سجل صامويل إيتو هدفين.";
  AnalyzeOptions rules_only;
  rules_only.use_model = false;
  auto with_model = pipeline().analyze(text);
  auto without = pipeline().analyze(text, rules_only);
  REQUIRE(with_model.ok());
  REQUIRE(without.ok());
  check_entities(text, with_model.value());
  check_entities(text, without.value());
  auto texts = [](const Analysis& a, EntityType type) {
    std::vector<std::string> out;
    for (const Entity& e : a.entities) {
      if (e.type == type) out.push_back(e.text);
    }
    return out;
  };
  CHECK(texts(with_model.value(), EntityType::kPers) == std::vector<std::string>{"وانغ غوانغيا", "صامويل إيتو"});
  CHECK(texts(without.value(), EntityType::kPers).empty());
  CHECK(texts(without.value(), EntityType::kGpe) == std::vector<std::string>{"نيويورك"});
  CHECK(texts(with_model.value(), EntityType::kGpe) == texts(without.value(), EntityType::kGpe));
}

TEST_CASE("JSON offsets in UTF-16 count astral characters twice", "[analyze]") {
  const std::string text = "😀 القاهرة";
  auto r = pipeline().analyze(text);
  REQUIRE(r.ok());
  REQUIRE_FALSE(r.value().entities.empty());
  const auto cp = nlohmann::json::parse(analysis_to_json(r.value(), OffsetUnit::kCodePoint));
  const auto u16 = nlohmann::json::parse(analysis_to_json(r.value(), OffsetUnit::kUtf16));
  CHECK(cp["entities"][0]["start"] == 2);
  CHECK(u16["entities"][0]["start"] == 3);
  CHECK(u16["entities"][0]["text"] == "القاهرة");
  // Members asked to come first do, and an empty analysis is still an object.
  const auto with_doc = nlohmann::json::parse(
      analysis_to_json(r.value(), OffsetUnit::kCodePoint, {{"doc", "x"}}));
  CHECK(with_doc["doc"] == "x");
  CHECK(with_doc["table"][0]["count"] == 1);
  CHECK(analysis_to_json(Analysis{}, OffsetUnit::kUtf16) == R"({"entities":[],"table":[]})");
}

TEST_CASE("entities keep their invariants on every corpus document", "[analyze][corpus]") {
  for (const std::string& path : corpus_files()) {
    INFO(path);
    const std::string text = read_file(path);
    auto r = pipeline().analyze(text);
    REQUIRE(r.ok());
    check_entities(text, r.value());
    CHECK_FALSE(r.value().entities.empty());
  }
}

TEST_CASE("a type filter keeps exactly the full analysis's entities of those types",
          "[analyze][corpus]") {
  // Filtering happens after overlap resolution: hiding LAW must not turn the
  // year of `القانون رقم 91 لسنة 2013` into a DATE.
  const std::string law = "صدر القانون رقم 91 لسنة 2013 بشأن مكافحة الاتجار.";
  AnalyzeOptions only_date;
  only_date.types = TypeSet::none();
  only_date.types.add(EntityType::kDate);
  CHECK(pipeline().analyze(law, only_date).value().entities.empty());

  for (const std::string& path : seed_and_dev_files()) {
    INFO(path);
    const std::string text = read_file(path);
    const Analysis full = pipeline().analyze(text).value();
    for (EntityType type : {EntityType::kPers, EntityType::kOrg, EntityType::kGpe,
                            EntityType::kLaw, EntityType::kDate}) {
      AnalyzeOptions options;
      options.types = TypeSet::none();
      options.types.add(type);
      const Analysis filtered = pipeline().analyze(text, options).value();
      std::vector<std::tuple<uint32_t, uint32_t, EntityType>> want, got;
      for (const Entity& e : full.entities) {
        if (e.type == type) want.emplace_back(e.start, e.end, e.type);
      }
      for (const Entity& e : filtered.entities) got.emplace_back(e.start, e.end, e.type);
      CHECK(got == want);
    }
  }
}
