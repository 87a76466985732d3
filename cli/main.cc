// kashif: the command-line front end of the core, for batch work and tests.
//
//   kashif analyze [--format jsonl|json|html] [--types PERS,ORG,...] [--no-model] FILE...   (- for stdin)
//   kashif tokens FILE
//   kashif tag FILE.conll      (token<TAB>... lines in, token<TAB>IOB2 tag out)
//
// jsonl and json print GUIDE.md's records; html prints one self-contained
// page for all the files (core/output/result_html.h).
//
// Exit status: 0 on success, 1 when any input could not be read or analysed
// (one line on stderr names the file and, for invalid UTF-8, the byte
// offset), 2 on a usage error.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "core/analyze.h"
#include "core/lexicon/data.h"
#include "core/lexicon/lexicon.h"
#include "core/text/normalize.h"
#include "core/output/result_html.h"
#include "core/output/result_json.h"
#include "core/tagger/tagger_train.h"
#include "core/text/tokenize.h"
#include "core/text/utf8.h"

namespace kashif {
namespace {

constexpr const char* kUsage =
    "usage: kashif analyze [--format jsonl|json|html] [--types PERS,ORG,...] [--no-model] FILE...\n"
    "       kashif tokens FILE\n"
    "       kashif tag [--model MODEL.bin] FILE.conll\n"
    "FILE may be - for standard input.\n";

int usage_error(const std::string& message) {
  std::cerr << "kashif: " << message << "\n" << kUsage;
  return 2;
}

bool read_input(const std::string& path, std::string* out) {
  if (path == "-") {
    out->assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    return !std::cin.bad();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return !in.bad();
}

// read_input, saying on stderr which file could not be read.
bool read_or_report(const std::string& path, std::string* out) {
  if (read_input(path, out)) return true;
  std::cerr << "kashif: " << path << ": cannot read: " << std::strerror(errno) << "\n";
  return false;
}

// `corpus/001_x.txt` → `001_x`: the document id of GUIDE.md's records.
std::string doc_id(const std::string& path) {
  if (path == "-") return "stdin";
  std::string name = path.substr(path.find_last_of('/') + 1);
  const std::string ext = ".txt";
  if (name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0) {
    name.resize(name.size() - ext.size());
  }
  return name;
}

bool parse_types(const std::string& list, TypeSet* types) {
  *types = TypeSet::none();
  std::stringstream ss(list);
  std::string name;
  while (std::getline(ss, name, ',')) {
    const auto type = parse_entity_type(name);
    if (!type) return false;
    types->add(*type);
  }
  // An empty list selects no types (no entities), as `types: []` does in the
  // JS API and `types=""` on the widget.
  return true;
}

int run_analyze(const std::vector<std::string>& args) {
  std::string format = "jsonl";
  AnalyzeOptions options;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
      if (format != "jsonl" && format != "json" && format != "html") {
        return usage_error("unknown format " + format);
      }
    } else if (args[i] == "--types" && i + 1 < args.size()) {
      if (!parse_types(args[++i], &options.types)) return usage_error("bad --types " + args[i]);
    } else if (args[i] == "--no-model") {
      options.use_model = false;
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return usage_error("unknown option " + args[i]);
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) return usage_error("analyze needs at least one FILE");

  auto pipeline = Pipeline::create();
  if (!pipeline.ok()) {
    std::cerr << "kashif: cannot start: " << pipeline.error().message << "\n";
    return 1;
  }
  int status = 0;
  size_t records = 0;
  std::vector<HtmlDocument> pages;
  for (const std::string& file : files) {
    std::string bytes;
    if (!read_or_report(file, &bytes)) {
      status = 1;
      continue;
    }
    auto analysis = pipeline.value().analyze(bytes, options);
    if (!analysis.ok()) {
      std::cerr << "kashif: " << file << ": " << analysis.error().message << "\n";
      status = 1;
      continue;
    }
    if (format == "html") {
      pages.push_back({doc_id(file), std::move(analysis).value()});
      continue;
    }
    const std::string record =
        analysis_to_json(analysis.value(), OffsetUnit::kCodePoint, {{"doc", doc_id(file)}});
    if (format == "jsonl") {
      std::cout << record << "\n";
    } else {
      std::cout << (records == 0 ? "[\n" : ",\n") << record;
    }
    ++records;
  }
  if (format == "json") std::cout << (records == 0 ? "[" : "\n") << "]\n";
  if (format == "html") std::cout << analyses_to_html(pages);
  return status;
}

// The normaliser and tokeniser that `tokens` and `tag` run outside a Pipeline.
struct TextStages {
  Normalizer normalizer;
  Tokenizer tokenizer;
};

// Both stages, or nullopt after saying on stderr that ICU's data is missing.
std::optional<TextStages> create_text_stages() {
  auto normalizer = Normalizer::create();
  auto tokenizer = Tokenizer::create();
  if (!normalizer.ok() || !tokenizer.ok()) {
    std::cerr << "kashif: cannot start: ICU data missing\n";
    return std::nullopt;
  }
  return TextStages{std::move(normalizer).value(), std::move(tokenizer).value()};
}

const char* kind_name(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord: return "word";
    case TokenKind::kNumber: return "number";
    case TokenKind::kPunct: return "punct";
    case TokenKind::kProclitic: return "proclitic";
  }
  return "?";
}

// One token a line: original start, end (code points), kind, original text,
// and the matching form when it differs.
int run_tokens(const std::vector<std::string>& args) {
  if (args.size() != 1) return usage_error("tokens takes one FILE");
  std::string bytes;
  if (!read_or_report(args[0], &bytes)) return 1;
  auto text = decode_utf8(bytes);
  if (!text.ok()) {
    std::cerr << "kashif: " << args[0] << ": " << text.error().message << "\n";
    return 1;
  }
  const auto stages = create_text_stages();
  if (!stages) return 1;
  const Normalized doc = stages->normalizer.normalize(text.value());
  for (const Token& t : stages->tokenizer.tokenize(doc)) {
    const OriginalSpan span = doc.to_original(t.begin, t.end);
    const std::u32string_view original = std::u32string_view(text.value()).substr(span.start, span.end - span.start);
    std::cout << span.start << '\t' << span.end << '\t' << kind_name(t.kind) << '\t'
              << encode_utf8(original);
    if (t.form != original) std::cout << '\t' << encode_utf8(t.form);
    std::cout << '\n';
  }
  return 0;
}

// Tags pre-tokenised sentences (ANERcorp's CoNLL: token<TAB>..., a blank line
// between sentences; any tags are ignored) and writes token<TAB>tag for
// exactly the same tokens, so conll_score.py can compare the two files.
// Only the model tags: the rule recognisers follow GUIDE.md, whose spans and
// types differ from ANERcorp's (`دولة الكويت`, generic bodies), and laid over
// the model they lowered dev F1 by 1-5 points.
int run_tag(const std::vector<std::string>& args) {
  std::string model_path;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--model" && i + 1 < args.size()) {
      model_path = args[++i];
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.size() != 1) return usage_error("tag takes one FILE.conll");
  std::string bytes;
  if (!read_or_report(files[0], &bytes)) return 1;
  std::string model_bytes;
  if (!model_path.empty() && !read_or_report(model_path, &model_bytes)) return 1;
  auto sentences = parse_conll(bytes);
  if (!sentences.ok()) {
    std::cerr << "kashif: " << files[0] << ": " << sentences.error().message << "\n";
    return 1;
  }
  const auto stages = create_text_stages();
  if (!stages) return 1;
  auto lexicon = Lexicon::load(embedded_files(), stages->normalizer, stages->tokenizer);
  auto tagger = model_path.empty() ? Tagger::load_embedded() : Tagger::load(model_bytes);
  if (!lexicon.ok() || !tagger.ok()) {
    std::cerr << "kashif: cannot start: "
              << (lexicon.ok() ? tagger.error().message : lexicon.error().message) << "\n";
    return 1;
  }
  std::vector<PretokenizedSentence> prepared;
  for (const ConllSentence& sentence : sentences.value()) {
    auto one = prepare_pretokenized(sentence.words, stages->normalizer, stages->tokenizer);
    if (!one.ok()) {
      std::cerr << "kashif: " << files[0] << ": " << one.error().message << "\n";
      return 1;
    }
    prepared.push_back(std::move(one).value());
  }
  const auto all_tags = tag_pretokenized(tagger.value(), prepared, lexicon.value());
  std::string out;
  for (size_t s = 0; s < prepared.size(); ++s) {
    for (size_t i = 0; i < all_tags[s].size(); ++i) {
      out += sentences.value()[s].words[i] + '\t' + ner_tag_name(all_tags[s][i]) + '\n';
    }
    out += '\n';
  }
  std::cout << out;
  return 0;
}

}  // namespace
}  // namespace kashif

int main(int argc, char** argv) {
  if (argc < 2) return kashif::usage_error("missing command");
  const std::string command = argv[1];
  const std::vector<std::string> args(argv + 2, argv + argc);
  if (command == "analyze") return kashif::run_analyze(args);
  if (command == "tokens") return kashif::run_tokens(args);
  if (command == "tag") return kashif::run_tag(args);
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kashif::kUsage;
    return 0;
  }
  return kashif::usage_error("unknown command " + command);
}
