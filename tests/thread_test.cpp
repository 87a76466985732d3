// One Pipeline shared by several threads gives every call the result a
// single thread gets (analyze.h: what is shared and what is per call). Run
// under ThreadSanitizer by the ctest core_tests_tsan.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "core/analyze.h"
#include "core/output/result_json.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

constexpr int kThreads = 4;
constexpr int kRounds = 3;

// The whole result, serialised, so any difference in a span, a value or the
// table shows.
std::string result_of(const Pipeline& p, const std::string& text, const AnalyzeOptions& options) {
  auto r = p.analyze(text, options);
  return r.ok() ? analysis_to_json(r.value(), OffsetUnit::kCodePoint)
                : std::string("error: ") + r.error().message;
}

}  // namespace

TEST_CASE("threads sharing one Pipeline get the single-threaded results", "[threads]") {
  std::vector<std::string> texts;
  for (const std::string& path : corpus_files()) texts.push_back(read_file(path));
  REQUIRE(texts.size() >= 5);
  // A text with more than one segment (segment.h), and invalid UTF-8.
  texts.push_back(std::string(70000, ' ') + texts[0]);
  texts.push_back(texts[1] + "\xC3\x28");
  AnalyzeOptions rules_only;
  rules_only.use_model = false;

  const Pipeline& shared = pipeline();
  std::vector<std::string> expected, expected_rules;
  for (const std::string& text : texts) {
    expected.push_back(result_of(shared, text, {}));
    expected_rules.push_back(result_of(shared, text, rules_only));
  }

  std::atomic<int> mismatches{0}, calls{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        // Each thread walks the texts from a different place, so different
        // documents are in flight at once.
        for (size_t k = 0; k < texts.size(); ++k) {
          const size_t i = (k + t) % texts.size();
          const bool with_model = (round + t) % 2 == 0;
          const std::string got = result_of(shared, texts[i], with_model ? AnalyzeOptions{} : rules_only);
          if (got != (with_model ? expected[i] : expected_rules[i])) ++mismatches;
          ++calls;
        }
      }
    });
  }
  for (std::thread& t : threads) t.join();
  CHECK(calls == kThreads * kRounds * static_cast<int>(texts.size()));
  CHECK(mismatches == 0);
}
