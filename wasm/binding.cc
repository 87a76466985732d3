// The C functions the wasm module exports (see exports.txt). They hand
// strings across the boundary and catch nothing, because nothing below them
// throws: every failure is an Error value turned into {"ok": false, ...}.
//
//   kashif_analyze(utf8, length, types, use_model) → {"ok": true, "entities": [...], "table": [...]}
//                                          with start/end in UTF-16 code units,
//                                      or {"ok": false, "error": {"code", "message", "byteOffset"}}
//   kashif_export(utf8, length, types, use_model, format, doc, ok)
//                                        → what `kashif analyze --format FORMAT` prints for a
//                                          file named DOC.txt (format "jsonl": the record line;
//                                          "html": the page), *ok = 1; or the error JSON, *ok = 0
//   kashif_free(result)                   releases a result string
//
// `types`: NULL for every type; else comma-separated type names (PERS,ORG,...),
// where the empty list selects none (no entities), as in the CLI.
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include <emscripten/emscripten.h>

#include "core/analyze.h"
#include "core/output/result_html.h"
#include "core/output/result_json.h"

namespace {

using kashif::Error;
using kashif::Expected;
using kashif::Pipeline;

// Created on first use; its Error, if any, is reported by every call.
const Expected<Pipeline>& pipeline() {
  static const Expected<Pipeline> p = Pipeline::create();
  return p;
}

char* to_c_string(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  if (out != nullptr) std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

std::string error_json(const Error& e) {
  const nlohmann::json error = {{"ok", false},
                                {"error", {{"code", kashif::error_code_name(e.code)},
                                           {"message", e.message},
                                           {"byteOffset", e.byte_offset}}}};
  return error.dump();
}

// The options of a call, or the Error of a bad type name.
Expected<kashif::AnalyzeOptions> options_of(const char* types, int use_model) {
  kashif::AnalyzeOptions options;
  options.use_model = use_model != 0;
  if (types == nullptr) return options;
  options.types = kashif::TypeSet::none();
  const std::string type_list = types;
  size_t start = 0;
  while (start < type_list.size()) {
    size_t comma = type_list.find(',', start);
    if (comma == std::string::npos) comma = type_list.size();
    const std::string name = type_list.substr(start, comma - start);
    const auto type = kashif::parse_entity_type(name);
    if (!type) return Error{kashif::ErrorCode::kInvalidArgument, 0, "unknown entity type: " + name};
    options.types.add(*type);
    start = comma + 1;
  }
  return options;
}

Expected<kashif::Analysis> analyze(const char* utf8, size_t length, const char* types,
                                   int use_model) {
  if (!pipeline().ok()) return pipeline().error();
  auto options = options_of(types, use_model);
  if (!options.ok()) return options.error();
  return pipeline().value().analyze(std::string_view(utf8, length), options.value());
}

}  // namespace

extern "C" {

// `use_model`: 0 for the rule recognisers alone (AnalyzeOptions::use_model).
EMSCRIPTEN_KEEPALIVE char* kashif_analyze(const char* utf8, size_t length, const char* types,
                                          int use_model) {
  auto analysis = analyze(utf8, length, types, use_model);
  if (!analysis.ok()) return to_c_string(error_json(analysis.error()));
  return to_c_string(
      kashif::analysis_to_json(analysis.value(), kashif::OffsetUnit::kUtf16, {{"ok", true}}));
}

// The CLI's own output for one document: the same functions write it, in
// code point offsets, so an export from the page equals `kashif analyze`.
EMSCRIPTEN_KEEPALIVE char* kashif_export(const char* utf8, size_t length, const char* types,
                                         int use_model, const char* format, const char* doc,
                                         int* ok) {
  *ok = 0;
  const std::string kind = format == nullptr ? "" : format;
  if (kind != "jsonl" && kind != "html") {
    return to_c_string(error_json({kashif::ErrorCode::kInvalidArgument, 0, "unknown format: " + kind}));
  }
  auto analysis = analyze(utf8, length, types, use_model);
  if (!analysis.ok()) return to_c_string(error_json(analysis.error()));
  *ok = 1;
  const std::string id = doc == nullptr ? "" : doc;
  if (kind == "html") return to_c_string(kashif::analyses_to_html({{id, std::move(analysis).value()}}));
  return to_c_string(
      kashif::analysis_to_json(analysis.value(), kashif::OffsetUnit::kCodePoint, {{"doc", id}}) + "\n");
}

EMSCRIPTEN_KEEPALIVE void kashif_free(char* result) { std::free(result); }

}  // extern "C"
