#include "core/output/result_json.h"

namespace kashif {

namespace {

struct ValueVisitor {
  nlohmann::json operator()(std::monostate) const { return nullptr; }
  nlohmann::json operator()(const LawRef& law) const {
    nlohmann::json j = {{"kind", law.kind}};
    if (!law.number.empty()) j["number"] = law.number;
    if (law.year != 0) j["year"] = law.year;
    if (law.hijri_year) j["calendar"] = "hijri";
    if (!law.date.iso.empty()) j["date"] = (*this)(law.date);
    return j;
  }
  nlohmann::json operator()(const DateValue& date) const {
    nlohmann::json j = {{"iso", date.iso}, {"calendar", date.hijri ? "hijri" : "gregorian"}};
    if (!date.gregorian.empty()) j["gregorian"] = date.gregorian;
    if (!date.conversion.empty()) j["conversion"] = date.conversion;
    return j;
  }
  nlohmann::json operator()(const ContactValue& contact) const {
    return {{"kind", contact.kind}, {"normalized", contact.normalized}};
  }
};

}  // namespace

nlohmann::json value_to_json(const EntityValue& value) {
  return std::visit(ValueVisitor{}, value);
}

std::string analysis_to_json(const Analysis& analysis, OffsetUnit unit,
                             const nlohmann::json& first) {
  const Utf16Offsets utf16(analysis.text);
  auto offset = [&](uint32_t cp) {
    return unit == OffsetUnit::kUtf16 ? utf16.utf16_offset(cp) : cp;
  };
  std::string out = first.dump();  // `{...}`: reopened below
  out.pop_back();
  if (out.size() > 1) out += ',';
  out += "\"entities\":[";
  for (size_t k = 0; k < analysis.entities.size(); ++k) {
    const Entity& e = analysis.entities[k];
    nlohmann::json j = {{"start", offset(e.start)}, {"end", offset(e.end)},
                        {"type", type_name(e.type)}, {"text", e.text},
                        {"canonical", e.canonical}};
    if (e.value.index() != 0) j["value"] = value_to_json(e.value);
    if (k > 0) out += ',';
    out += j.dump();
  }
  out += "],\"table\":[";
  for (size_t k = 0; k < analysis.table.size(); ++k) {
    const TableEntry& row = analysis.table[k];
    const nlohmann::json j = {{"canonical", row.canonical}, {"type", type_name(row.type)},
                              {"text", row.display}, {"count", row.mentions.size()},
                              {"mentions", row.mentions}};
    if (k > 0) out += ',';
    out += j.dump();
  }
  out += "]}";
  return out;
}

}  // namespace kashif
