// kashif_bench: times Pipeline::analyze in-process on one file, so CLI
// start-up and I/O stay out of the figure. Prints one JSON object; never
// asserts a time. bench/run.mjs drives it.
//
//   kashif_bench FILE [RUNS]     (RUNS default 5; one warm-up run first)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/analyze.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kashif_bench FILE [RUNS]\n");
    return 2;
  }
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "kashif_bench: cannot read %s\n", argv[1]);
    return 1;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());

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
  for (int i = 0; i <= runs; ++i) {  // run 0 warms caches and is not counted
    const auto start = Clock::now();
    auto analysis = pipeline.value().analyze(text);
    const double s = std::chrono::duration<double>(Clock::now() - start).count();
    if (!analysis.ok()) {
      std::fprintf(stderr, "kashif_bench: %s\n", analysis.error().message.c_str());
      return 1;
    }
    entities = analysis.value().entities.size();
    if (i > 0) seconds.push_back(s);
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds.size() % 2 ? seconds[seconds.size() / 2]
                                           : (seconds[seconds.size() / 2 - 1] + seconds[seconds.size() / 2]) / 2;
  std::printf("{\"bytes\": %zu, \"runs\": %d, \"entities\": %zu, \"create_s\": %.6f, \"median_s\": %.6f, \"mb_per_s\": %.3f}\n",
              text.size(), runs, entities, create_s, median, text.size() / 1e6 / median);
  return 0;
}
