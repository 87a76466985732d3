// The Analysis as JSON, for the CLI and the wasm API alike, so both report
// the same spans. Entities: {start, end, type, text, canonical, value?};
// table rows: {canonical, type, text, count, mentions}. Offsets are in the
// unit asked for: code points (the CLI, GUIDE.md) or UTF-16 units (JS).
#ifndef KASHIF_CORE_RESULT_JSON_H_
#define KASHIF_CORE_RESULT_JSON_H_

#include <string>

#include <nlohmann/json.hpp>

#include "core/analyze.h"

namespace kashif {

enum class OffsetUnit { kCodePoint, kUtf16 };

// {<members of `first`>, "entities": [...], "table": [...]}, serialised.
// Written entity by entity: a JSON tree of the entities of 50 MB of text
// would take twice the memory of the analysis itself.
std::string analysis_to_json(const Analysis& analysis, OffsetUnit unit,
                             const nlohmann::json& first = nlohmann::json::object());

nlohmann::json value_to_json(const EntityValue& value);

}  // namespace kashif

#endif  // KASHIF_CORE_RESULT_JSON_H_
