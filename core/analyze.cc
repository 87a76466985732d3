#include "core/analyze.h"

#include "core/data.h"
#include "core/gazetteer.h"
#include "core/lexicon.h"
#include "core/normalize.h"
#include "core/recognizer.h"
#include "core/resolve.h"
#include "core/tokenize.h"

namespace kashif {

struct Pipeline::Stages {
  Normalizer normalizer;
  Tokenizer tokenizer;
  Lexicon lexicon;
};

Pipeline::Pipeline(std::unique_ptr<Stages> stages) : stages_(std::move(stages)) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

Expected<Pipeline> Pipeline::create() {
  auto normalizer = Normalizer::create();
  if (!normalizer.ok()) return normalizer.error();
  auto tokenizer = Tokenizer::create();
  if (!tokenizer.ok()) return tokenizer.error();
  auto lexicon = Lexicon::load(embedded_files(), normalizer.value(), tokenizer.value());
  if (!lexicon.ok()) return lexicon.error();
  return Pipeline(std::unique_ptr<Stages>(new Stages{std::move(normalizer).value(),
                                                     std::move(tokenizer).value(),
                                                     std::move(lexicon).value()}));
}

Expected<Analysis> Pipeline::analyze(std::string_view utf8, const AnalyzeOptions& options) const {
  if (utf8.size() > kMaxInputBytes) {
    return Error{ErrorCode::kInputTooLarge, kMaxInputBytes,
                 "input of " + std::to_string(utf8.size()) + " bytes is over the limit of " +
                     std::to_string(kMaxInputBytes) + " bytes"};
  }
  auto decoded = decode_utf8(utf8);
  if (!decoded.ok()) return decoded.error();

  Analysis analysis;
  analysis.text = std::move(decoded).value();
  const Normalized doc = stages_->normalizer.normalize(analysis.text);
  const std::vector<Token> tokens = stages_->tokenizer.tokenize(doc);
  const RecognizerInput input{doc, tokens, stages_->lexicon};

  std::vector<Mention> mentions;
  find_gazetteer_names(input, &mentions);

  Resolution resolved = resolve(analysis.text, doc, std::move(mentions), options.types);
  analysis.entities = std::move(resolved.entities);
  analysis.table = std::move(resolved.table);
  return analysis;
}

}  // namespace kashif
