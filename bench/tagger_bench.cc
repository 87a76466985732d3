// kashif_tagger_bench: tagging throughput of the learned tagger (core/tagger.h).
//
//   build/native/kashif_tagger_bench [--runs N] [--tagger-only] [FILE...]
//       (default: corpus/*.txt of the source tree)
//
// Prints MB/s and ms per MB of UTF-8 input, the median of N runs (5), for
// the tagger alone (features, both passes, Viterbi) on text already
// normalised and tokenised, and for the whole Pipeline::analyze for
// comparison. Figures, not asserts. For instruction counts, which do not
// vary with the machine's load:
//   valgrind --tool=callgrind --toggle-collect='kashif::tag_words*' \
//       build/native/kashif_tagger_bench --runs 1 --tagger-only
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "core/analyze.h"
#include "core/lexicon/data.h"
#include "core/lexicon/lexicon.h"
#include "core/tagger/tagger_internal.h"
#include "core/text/utf8.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Median seconds of `count` runs of `work`.
double median_seconds(int count, const std::function<void()>& work) {
  std::vector<double> runs;
  for (int i = 0; i < count; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    runs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(runs.begin(), runs.end());
  return runs[runs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  int runs = 5;
  bool tagger_only = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--tagger-only") {
      tagger_only = true;
    } else {
      files.push_back(arg);
    }
  }
  if (files.empty()) {
    for (const char* name : {"000_dc7821b101e0e6be", "001_006366f9abcb2640", "002_9b1c68ab8d7bd5b8",
                             "003_2dc2d12b6527d678", "004_76f097a4e72c6e76"}) {
      files.push_back(std::string(KASHIF_SOURCE_DIR) + "/corpus/" + name + ".txt");
    }
  }
  // The corpus repeated to about 4 MB, one document, so timings are stable.
  std::string text;
  for (const std::string& f : files) text += read_file(f) + "\n";
  if (text.size() < 2) {
    std::fprintf(stderr, "kashif_tagger_bench: no input\n");
    return 1;
  }
  const std::string unit = text;
  while (text.size() < (4u << 20)) text += unit;

  auto normalizer = kashif::Normalizer::create();
  auto tokenizer = kashif::Tokenizer::create();
  auto tagger = kashif::Tagger::load_embedded();
  auto pipeline = kashif::Pipeline::create();
  if (!normalizer.ok() || !tokenizer.ok() || !tagger.ok() || !pipeline.ok()) {
    std::fprintf(stderr, "kashif_tagger_bench: cannot start\n");
    return 1;
  }
  auto lexicon = kashif::Lexicon::load(kashif::embedded_files(), normalizer.value(), tokenizer.value());
  const std::u32string decoded = kashif::decode_utf8(text).value();
  const kashif::Normalized doc = normalizer.value().normalize(decoded);
  const std::vector<kashif::Token> tokens = tokenizer.value().tokenize(doc);
  const kashif::RecognizerInput input{doc, tokens, lexicon.value()};

  size_t words = 0;
  const double tag_s = median_seconds(runs, [&] { words = kashif::tag_words(tagger.value(), input).words.size(); });
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("input: %.1f MB, %zu model words\n", mb, words);
  std::printf("tagger alone:       %6.2f MB/s  %6.1f ms per MB  (%.0f words/s)\n", mb / tag_s,
              1000 * tag_s / mb, words / tag_s);
  if (tagger_only) return 0;
  const double all_s = median_seconds(runs, [&] { (void)pipeline.value().analyze(text); });
  std::printf("whole analyze():    %6.2f MB/s\n", mb / all_s);
  return 0;
}
