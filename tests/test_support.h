// Shared by the test files: one Pipeline for the whole run, and the corpus.
#ifndef KASHIF_TESTS_TEST_SUPPORT_H_
#define KASHIF_TESTS_TEST_SUPPORT_H_

#include <dirent.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/analyze.h"
#include "core/lexicon/data.h"
#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"
#include "core/text/tokenize.h"
#include "core/text/utf8.h"

namespace kashif::testing {

inline const Pipeline& pipeline() {
  static const Pipeline p = Pipeline::create().value();
  return p;
}
inline const Normalizer& normalizer() {
  static const Normalizer n = Normalizer::create().value();
  return n;
}
inline const Tokenizer& tokenizer() {
  static const Tokenizer t = Tokenizer::create().value();
  return t;
}

// The word lists of core/data, loaded once.
inline const Lexicon& embedded_lexicon() {
  static const Lexicon lexicon = Lexicon::load(embedded_files(), normalizer(), tokenizer()).value();
  return lexicon;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Paths of DIR/*.txt, sorted; none when DIR is absent.
inline std::vector<std::string> text_files(const std::string& dir) {
  std::vector<std::string> out;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      const std::string name = e->d_name;
      if (name.size() > 4 && name.compare(name.size() - 4, 4, ".txt") == 0) {
        out.push_back(dir + "/" + name);
      }
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Paths of corpus/*.txt, sorted.
inline std::vector<std::string> corpus_files() {
  return text_files(std::string(KASHIF_SOURCE_DIR) + "/corpus");
}

// The seeds and, where ../shared sits beside the project, the dev set's texts.
inline std::vector<std::string> seed_and_dev_files() {
  std::vector<std::string> out = corpus_files();
  for (std::string& path : text_files(std::string(KASHIF_SOURCE_DIR) + "/../shared/devset/docs")) {
    out.push_back(std::move(path));
  }
  return out;
}

inline std::u32string u32(const std::string& utf8) { return decode_utf8(utf8).value(); }
inline std::string u8(std::u32string_view text) { return encode_utf8(text); }

}  // namespace kashif::testing

#endif  // KASHIF_TESTS_TEST_SUPPORT_H_
