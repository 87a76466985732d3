// The C functions the wasm module exports (see exports.txt). They hand JSON
// strings across the boundary and catch nothing, because nothing below them
// throws: every failure is an Error value turned into {"ok": false, ...}.
//
//   kashif_analyze(utf8, length, types, use_model) → {"ok": true, "entities": [...], "table": [...]}
//                                          with start/end in UTF-16 code units,
//                                      or {"ok": false, "error": {"code", "message", "byteOffset"}}
//   kashif_free(result)                   releases a result string
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>

#include <emscripten/emscripten.h>

#include "core/analyze.h"
#include "core/result_json.h"

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

char* error_result(const Error& e) {
  const nlohmann::json error = {{"ok", false},
                                {"error", {{"code", kashif::error_code_name(e.code)},
                                           {"message", e.message},
                                           {"byteOffset", e.byte_offset}}}};
  return to_c_string(error.dump());
}

}  // namespace

extern "C" {

// `types`: comma-separated type names (PERS,ORG,...), or empty for all.
// `use_model`: 0 for the rule recognisers alone (AnalyzeOptions::use_model).
EMSCRIPTEN_KEEPALIVE char* kashif_analyze(const char* utf8, size_t length, const char* types,
                                          int use_model) {
  if (!pipeline().ok()) return error_result(pipeline().error());
  kashif::AnalyzeOptions options;
  options.use_model = use_model != 0;
  const std::string type_list = types == nullptr ? "" : types;
  if (!type_list.empty()) {
    options.types = kashif::TypeSet::none();
    size_t start = 0;
    while (start <= type_list.size()) {
      size_t comma = type_list.find(',', start);
      if (comma == std::string::npos) comma = type_list.size();
      const auto type = kashif::parse_entity_type(type_list.substr(start, comma - start));
      if (!type) {
        return error_result({kashif::ErrorCode::kInvalidArgument, 0,
                             "unknown entity type: " + type_list.substr(start, comma - start)});
      }
      options.types.add(*type);
      start = comma + 1;
    }
  }
  auto analysis = pipeline().value().analyze(std::string_view(utf8, length), options);
  if (!analysis.ok()) return error_result(analysis.error());
  return to_c_string(
      kashif::analysis_to_json(analysis.value(), kashif::OffsetUnit::kUtf16, {{"ok", true}}));
}

EMSCRIPTEN_KEEPALIVE void kashif_free(char* result) { std::free(result); }

}  // extern "C"
