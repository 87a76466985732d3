// kashif_bench: times Pipeline::analyze in-process, so CLI start-up and I/O
// stay out of the figure. Each FILE is one document; a run analyses them all
// in turn, and the median run is reported. Prints one JSON object; never
// asserts a time. bench/run.mjs drives it.
//
//   kashif_bench [--runs N] FILE...     (N default 5; one warm-up run first)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/analyze.h"

int main(int argc, char** argv) {
  int runs = 5;
  std::vector<std::string> texts;
  size_t bytes = 0;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
      continue;
    }
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "kashif_bench: cannot read %s\n", argv[i]);
      return 1;
    }
    texts.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    bytes += texts.back().size();
  }
  if (texts.empty()) {
    std::fprintf(stderr, "usage: kashif_bench [--runs N] FILE...\n");
    return 2;
  }

  using Clock = std::chrono::steady_clock;
  const auto created = Clock::now();
  auto pipeline = kashif::Pipeline::create();
  const double create_s = std::chrono::duration<double>(Clock::now() - created).count();
  if (!pipeline.ok()) {
    std::fprintf(stderr, "kashif_bench: %s\n", pipeline.error().message.c_str());
    return 1;
  }

  size_t entities = 0;
  std::vector<double> seconds;
  for (int run = 0; run <= runs; ++run) {  // run 0 warms caches and is not counted
    entities = 0;
    const auto start = Clock::now();
    for (const std::string& text : texts) {
      auto analysis = pipeline.value().analyze(text);
      if (!analysis.ok()) {
        std::fprintf(stderr, "kashif_bench: %s\n", analysis.error().message.c_str());
        return 1;
      }
      entities += analysis.value().entities.size();
    }
    const double s = std::chrono::duration<double>(Clock::now() - start).count();
    if (run > 0) seconds.push_back(s);
  }
  std::sort(seconds.begin(), seconds.end());
  const size_t n = seconds.size();
  const double median = n % 2 ? seconds[n / 2] : (seconds[n / 2 - 1] + seconds[n / 2]) / 2;
  std::printf("{\"documents\": %zu, \"bytes\": %zu, \"runs\": %d, \"entities\": %zu, "
              "\"create_s\": %.6f, \"median_s\": %.6f, \"mb_per_s\": %.3f}\n",
              texts.size(), bytes, runs, entities, create_s, median, bytes / 1e6 / median);
  return 0;
}
