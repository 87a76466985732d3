// kashif_train: trains the tagger (core/tagger.h) on ANERcorp and writes the
// model file the build embeds. The committed core/model/tagger.bin is made,
// from the repository root, by:
//
//   nice -n 10 build/native/kashif_train --train ../shared/data/ner/anercorp/train.conll \
//       --dev ../shared/data/ner/anercorp/dev.conll --epochs 6 --seed 1 \
//       --word-freq build/wordfreq/ar.tsv --out core/model/tagger.bin
//
// build/wordfreq/ar.tsv is wordfreq 3.1.1's Arabic list, written by
// tools/install-deps.sh (tools/wordfreq_ar.py).
//
// --dev is only reported on (entity F1 per epoch, as conll_score.py counts
// it); the epoch count was chosen by it, and the defaults of --margin (5) and
// --runs (4) by 5-fold cross-validation on the training part, where the dev
// part's 409 entities are too few to tell such changes apart. ANERcorp's test
// part is never used. Same files, options and seed → the same model bytes.
// About 10 s on one core.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "core/lexicon/data.h"
#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"
#include "core/tagger/tagger_train.h"
#include "core/text/tokenize.h"

namespace {

constexpr const char* kUsage =
    "usage: kashif_train --train FILE.conll [--dev FILE.conll] [--epochs N] [--seed S]\n"
    "                    [--hash-bits B] [--margin M] [--runs R] [--word-freq FILE.tsv]\n"
    "                    --out MODEL.bin\n";

bool read_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

int fail(const std::string& message) {
  std::cerr << "kashif_train: " << message << "\n";
  return 1;
}

kashif::Expected<std::vector<kashif::ConllSentence>> load_conll(const std::string& path) {
  std::string bytes;
  if (!read_file(path, &bytes)) {
    return kashif::Error{kashif::ErrorCode::kInvalidArgument, 0, path + ": cannot read"};
  }
  auto sentences = kashif::parse_conll(bytes);
  if (!sentences.ok()) {
    kashif::Error e = sentences.error();
    e.message = path + ": byte " + std::to_string(e.byte_offset) + ": " + e.message;
    return e;
  }
  return sentences;
}

}  // namespace

int main(int argc, char** argv) {
  std::string train_path, dev_path, out_path, frequency_path;
  kashif::TrainOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--train" && has_value) {
      train_path = argv[++i];
    } else if (arg == "--dev" && has_value) {
      dev_path = argv[++i];
    } else if (arg == "--word-freq" && has_value) {
      frequency_path = argv[++i];
    } else if (arg == "--out" && has_value) {
      out_path = argv[++i];
    } else if (arg == "--epochs" && has_value) {
      options.epochs = std::atoi(argv[++i]);
    } else if (arg == "--seed" && has_value) {
      options.seed = static_cast<uint32_t>(std::strtoul(argv[++i], nullptr, 10));
    } else if (arg == "--runs" && has_value) {
      options.runs = std::atoi(argv[++i]);
    } else if (arg == "--margin" && has_value) {
      options.margin = std::atoi(argv[++i]);
    } else if (arg == "--hash-bits" && has_value) {
      options.hash_bits = std::atoi(argv[++i]);
    } else {
      std::cerr << kUsage;
      return 2;
    }
  }
  if (train_path.empty() || out_path.empty()) {
    std::cerr << kUsage;
    return 2;
  }

  const auto started = std::chrono::steady_clock::now();
  auto train = load_conll(train_path);
  if (!train.ok()) return fail(train.error().message);
  std::vector<kashif::ConllSentence> dev;
  if (!dev_path.empty()) {
    auto loaded = load_conll(dev_path);
    if (!loaded.ok()) return fail(loaded.error().message);
    dev = std::move(loaded).value();
  }
  auto normalizer = kashif::Normalizer::create();
  auto tokenizer = kashif::Tokenizer::create();
  if (!normalizer.ok() || !tokenizer.ok()) return fail("ICU data missing");
  auto lexicon = kashif::Lexicon::load(kashif::embedded_files(), normalizer.value(), tokenizer.value());
  if (!lexicon.ok()) return fail(lexicon.error().message);

  kashif::FrequencyTable frequencies;
  if (!frequency_path.empty()) {
    std::string tsv;
    if (!read_file(frequency_path, &tsv)) return fail(frequency_path + ": cannot read");
    auto table = kashif::frequency_table(tsv, normalizer.value(), tokenizer.value());
    if (!table.ok()) return fail(frequency_path + ": " + table.error().message);
    frequencies = std::move(table).value();
    std::printf("word frequencies: %zu stems from %s\n", frequencies.size(), frequency_path.c_str());
  }

  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  auto model = kashif::train_tagger(
      train.value(), dev, options, normalizer.value(), tokenizer.value(), lexicon.value(), frequencies,
      [&](const kashif::EpochReport& r) {
        std::printf("epoch %2d  train word error %.4f", r.epoch, r.train_error_rate);
        if (!dev.empty()) {
          std::printf("  dev F1 %.4f (P %.3f R %.3f)", r.dev.f1(), r.dev.precision(), r.dev.recall());
          for (int type = 1; type <= 4; ++type) {
            std::printf("  %s %.3f", kashif::entity_score_name(type), r.dev.f1(type));
          }
        }
        std::printf("  [%.1fs]\n", seconds());
        for (const auto& [min_margin, scores] : r.dev_by_min_margin) {
          std::printf("  dev with min margin %5.1f: F1 %.4f (P %.3f R %.3f)\n", min_margin,
                      scores.f1(), scores.precision(), scores.recall());
        }
        std::fflush(stdout);
      });
  if (!model.ok()) return fail(model.error().message);

  std::ofstream out(out_path, std::ios::binary);
  out.write(model.value().data(), static_cast<std::streamsize>(model.value().size()));
  if (!out) return fail(out_path + ": cannot write");
  std::printf("wrote %s: %zu bytes in %.1fs\n", out_path.c_str(), model.value().size(), seconds());
  return 0;
}
