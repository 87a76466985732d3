// kashif_tagger_bench: tagging throughput of the learned tagger (core/tagger.h).
//
//   build/native/kashif_tagger_bench [FILE...]   (default: corpus/*.txt of the source tree)
//
// Prints MB/s of UTF-8 input, the median of 5 runs, for the tagger alone
// (features, both passes, Viterbi) on text already normalised and tokenised,
// and for the whole Pipeline::analyze for comparison. Figures, not asserts.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "core/analyze.h"
#include "core/lexicon/data.h"
#include "core/lexicon/lexicon.h"
#include "core/tagger/tagger.h"
#include "core/text/utf8.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Median seconds of 5 runs of `work`.
double median_seconds(const std::function<void()>& work) {
  std::vector<double> runs;
  for (int i = 0; i < 5; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    runs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(runs.begin(), runs.end());
  return runs[2];
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files(argv + 1, argv + argc);
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
  const double tag_s = median_seconds([&] { words = tagger.value().tag(input).words.size(); });
  const double all_s = median_seconds([&] { (void)pipeline.value().analyze(text); });
  const double mb = static_cast<double>(text.size()) / 1e6;
  std::printf("input: %.1f MB, %zu model words\n", mb, words);
  std::printf("tagger alone:       %6.2f MB/s  (%.0f words/s)\n", mb / tag_s, words / tag_s);
  std::printf("whole analyze():    %6.2f MB/s\n", mb / all_s);
  return 0;
}
