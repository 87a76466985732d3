// kashif_compile_lexicon: the word lists' phrase trie as one blob
// (core/lexicon/lexicon.h), which the build embeds. CMake runs it on core/data/*.tsv
// whenever one of them changes; a bad row stops the build with its file and
// line.
//
//   kashif_compile_lexicon OUT FILE...    (FILEs in the order they are listed)
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"
#include "core/text/tokenize.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: kashif_compile_lexicon OUT FILE...\n");
    return 2;
  }
  std::vector<std::string> names, contents;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "kashif_compile_lexicon: cannot read %s\n", argv[i]);
      return 1;
    }
    const std::string path = argv[i];
    names.push_back(path.substr(path.find_last_of('/') + 1));
    contents.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  std::vector<kashif::EmbeddedFile> files;
  for (size_t k = 0; k < names.size(); ++k) files.push_back({names[k], contents[k]});

  auto normalizer = kashif::Normalizer::create();
  auto tokenizer = kashif::Tokenizer::create();
  if (!normalizer.ok() || !tokenizer.ok()) {
    std::fprintf(stderr, "kashif_compile_lexicon: %s\n",
                 (normalizer.ok() ? tokenizer.error() : normalizer.error()).message.c_str());
    return 1;
  }
  auto blob = kashif::Lexicon::compile(files, normalizer.value(), tokenizer.value());
  if (!blob.ok()) {
    std::fprintf(stderr, "kashif_compile_lexicon: core/data/%s\n", blob.error().message.c_str());
    return 1;
  }
  const std::string out = argv[1], tmp = out + ".tmp";
  {
    std::ofstream file(tmp, std::ios::binary);
    file.write(blob.value().data(), static_cast<std::streamsize>(blob.value().size()));
    if (!file) {
      std::fprintf(stderr, "kashif_compile_lexicon: cannot write %s\n", tmp.c_str());
      return 1;
    }
  }
  if (std::rename(tmp.c_str(), out.c_str()) != 0) {
    std::fprintf(stderr, "kashif_compile_lexicon: cannot write %s\n", out.c_str());
    return 1;
  }
  return 0;
}
