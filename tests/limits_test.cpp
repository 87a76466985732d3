// Hostile and broken input: every case completes, refuses with a clear Error,
// or finds entities whose offsets still hold exactly.
#include <catch2/catch.hpp>

#include <dirent.h>

#include "core/analyze.h"
#include "invariants.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

Analysis analyze_ok(const std::string& text) {
  auto r = pipeline().analyze(text);
  REQUIRE(r.ok());
  INFO(broken_invariant(r.value()));
  REQUIRE(broken_invariant(r.value()).empty());
  return std::move(r).value();
}

// The entity whose text is `text`, or nullptr.
const Entity* find(const Analysis& a, const std::string& text) {
  for (const Entity& e : a.entities) {
    if (e.text == text) return &e;
  }
  return nullptr;
}

std::vector<std::string> files_in(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') out.push_back(dir + "/" + e->d_name);
    }
    closedir(d);
  }
  return out;
}

}  // namespace

TEST_CASE("input over the limit is refused with a clear error", "[limits]") {
  const std::string huge(kMaxInputBytes + 1, 'a');
  auto r = pipeline().analyze(huge);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().code == ErrorCode::kInputTooLarge);
  CHECK(r.error().message.find("over the limit") != std::string::npos);
}

TEST_CASE("a 10 MB single line completes with exact offsets", "[limits][slow]") {
  const std::string sentence = "زار وفد من الكويت العاصمة القاهرة، ثم عاد إلى الدوحة. ";
  std::string line;
  while (line.size() < (10u << 20)) line += sentence;
  const Analysis a = analyze_ok(line);
  CHECK(a.entities.size() >= 3 * (line.size() / sentence.size()));
}

TEST_CASE("a 1 MB run of one character completes", "[limits]") {
  std::string run;
  for (int i = 0; i < (1 << 19); ++i) run += "ب";  // 2 bytes each
  const Analysis a = analyze_ok(run);
  CHECK(a.entities.empty());
}

TEST_CASE("NUL and other control characters separate words", "[limits]") {
  // At the very start, and fused to a proclitic and another name.
  static const char kText[] = "\0الكويت \0\0 و\0قطر\0البحرين\x1b";
  const std::string text(kText, sizeof kText - 1);
  const Analysis a = analyze_ok(text);
  REQUIRE(find(a, "الكويت") != nullptr);
  CHECK(find(a, "الكويت")->start == 1);
  REQUIRE(find(a, "قطر") != nullptr);
  CHECK(find(a, "قطر")->start == 13);
  REQUIRE(find(a, "البحرين") != nullptr);
  CHECK(find(a, "البحرين")->end == 24);
}

TEST_CASE("bidi controls and zero-width characters stay outside spans", "[limits]") {
  const Analysis a = analyze_ok("\u202Bالكويت\u202C و\u200Fقطر\u200E");
  const Entity* kuwait = find(a, "الكويت");
  REQUIRE(kuwait != nullptr);
  CHECK(kuwait->start == 1);
  CHECK(find(a, "قطر") != nullptr);
}

TEST_CASE("tatweel runs and full diacritics stay inside their word", "[limits]") {
  const Analysis a = analyze_ok("في الكـــــويت وفِي قَطَرٍ.");
  CHECK(find(a, "الكـــــويت") != nullptr);
  CHECK(find(a, "قَطَرٍ") != nullptr);
}

TEST_CASE("presentation forms are found and reported as written", "[limits]") {
  const std::string forms = "\uFE8D\uFEDF\uFEDC\uFEEE\uFEF3\uFE96";  // ﺍﻟﻜﻮﻳﺖ
  const Analysis a = analyze_ok("زار " + forms + " أمس");
  const Entity* e = find(a, forms);
  REQUIRE(e != nullptr);
  CHECK(e->start == 4);
  CHECK(e->end == 10);
}

TEST_CASE("Windows line endings do not enter spans", "[limits]") {
  const Analysis a = analyze_ok("الكويت\r\nقطر\r\n");
  CHECK(find(a, "الكويت") != nullptr);
  CHECK(find(a, "قطر") != nullptr);
}

TEST_CASE("mixed Latin, Arabic and digits keep offsets", "[limits]") {
  analyze_ok("UN-Habitat في الكويت 2021/11/15 ١٥٠٠ IOM@iom.int ﷺ ﷲ 𝔸𝔹 😀الكويت");
}

TEST_CASE("fuzzer seeds and regressions replay cleanly", "[limits][fuzz]") {
  const std::string dir = std::string(KASHIF_SOURCE_DIR) + "/tests/fuzz";
  auto files = files_in(dir + "/seeds");
  const auto regressions = files_in(dir + "/regressions");
  files.insert(files.end(), regressions.begin(), regressions.end());
  REQUIRE(files.size() >= 10);
  for (const std::string& path : files) {
    INFO(path);
    auto r = pipeline().analyze(read_file(path));
    if (!r.ok()) {
      CHECK(r.error().code == ErrorCode::kInvalidUtf8);
      continue;
    }
    CHECK(broken_invariant(r.value()).empty());
  }
}
