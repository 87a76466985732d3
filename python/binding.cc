// kashif._core: the core's Pipeline for Python (nanobind). The package
// python/kashif/ wraps it; this file only crosses the language boundary.
//
// The result crosses as the CLI's JSON record (core/output/result_json.h, offsets
// in code points, which are Python str indices), so the CLI, the wasm API
// and Python report spans through one serialiser. The GIL is released for
// the analysis and the serialisation: a Pipeline is shared by threads
// (core/analyze.h), and a thread pool over one Pipeline scales.
#include <nanobind/nanobind.h>
#include <nanobind/stl/optional.h>
#include <nanobind/stl/string.h>
#include <nanobind/stl/vector.h>

#include <optional>
#include <string>
#include <vector>

#include "core/analyze.h"
#include "core/output/result_json.h"

namespace nb = nanobind;

namespace kashif {
namespace {

TypeSet parse_types(const std::optional<std::vector<std::string>>& names) {
  if (!names) return TypeSet::all();
  TypeSet types = TypeSet::none();
  for (const std::string& name : *names) {
    const auto type = parse_entity_type(name);
    if (!type) throw nb::value_error(("unknown entity type: " + name).c_str());
    types.add(*type);
  }
  return types;
}

// The JSON record as a str, or for input the core refuses a tuple
// (code name, byte offset, message) that the package raises as its exception.
nb::object analyze_json(const Pipeline& pipeline, nb::bytes utf8,
                        const std::optional<std::vector<std::string>>& types, bool model,
                        const std::optional<std::string>& doc) {
  AnalyzeOptions options;
  options.types = parse_types(types);
  options.use_model = model;
  nlohmann::json first = nlohmann::json::object();
  if (doc) first["doc"] = *doc;
  // `utf8` is immutable and referenced by the caller's frame while the GIL is released.
  const std::string_view text(utf8.c_str(), utf8.size());
  std::string record;
  std::optional<Error> error;
  {
    nb::gil_scoped_release unlocked;
    auto analysis = pipeline.analyze(text, options);
    if (analysis.ok()) {
      record = analysis_to_json(analysis.value(), OffsetUnit::kCodePoint, first);
    } else {
      error = analysis.error();
    }
  }
  if (error) return nb::make_tuple(error_code_name(error->code), error->byte_offset, error->message);
  return nb::str(record.data(), record.size());
}

}  // namespace
}  // namespace kashif

NB_MODULE(_core, m) {
  using kashif::Pipeline;
  m.doc() = "Kashif's C++ core (use the kashif package, not this module).";
  m.attr("MAX_INPUT_BYTES") = kashif::kMaxInputBytes;
  nb::class_<Pipeline>(m, "Pipeline")
      .def("__init__",
           [](Pipeline* self) {
             auto created = Pipeline::create();
             if (!created.ok()) throw std::runtime_error("kashif: cannot start: " + created.error().message);
             new (self) Pipeline(std::move(created).value());
           })
      .def("analyze_json", &kashif::analyze_json, nb::arg("utf8"), nb::arg("types").none() = nb::none(),
           nb::arg("model") = true, nb::arg("doc").none() = nb::none(),
           "The CLI's JSON record for UTF-8 bytes, or (code, byte_offset, message).");
}
