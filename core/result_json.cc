#include "core/result_json.h"

namespace kashif {

namespace {

struct ValueVisitor {
  nlohmann::json operator()(std::monostate) const { return nullptr; }
  nlohmann::json operator()(const LawRef& law) const {
    nlohmann::json j = {{"kind", law.kind}};
    if (!law.number.empty()) j["number"] = law.number;
    if (law.year != 0) j["year"] = law.year;
    if (law.hijri_year) j["calendar"] = "hijri";
    return j;
  }
  nlohmann::json operator()(const DateValue& date) const {
    nlohmann::json j = {{"iso", date.iso}, {"calendar", date.hijri ? "hijri" : "gregorian"}};
    if (!date.gregorian.empty()) j["gregorian"] = date.gregorian;
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

nlohmann::json analysis_to_json(const Analysis& analysis, OffsetUnit unit) {
  const Utf16Offsets utf16(analysis.text);
  auto offset = [&](uint32_t cp) {
    return unit == OffsetUnit::kUtf16 ? utf16.utf16_offset(cp) : cp;
  };
  nlohmann::json entities = nlohmann::json::array();
  for (const Entity& e : analysis.entities) {
    nlohmann::json j = {{"start", offset(e.start)}, {"end", offset(e.end)},
                        {"type", type_name(e.type)}, {"text", e.text},
                        {"canonical", e.canonical}};
    if (e.value.index() != 0) j["value"] = value_to_json(e.value);
    entities.push_back(std::move(j));
  }
  nlohmann::json table = nlohmann::json::array();
  for (const TableEntry& row : analysis.table) {
    table.push_back({{"canonical", row.canonical}, {"type", type_name(row.type)},
                     {"text", row.display}, {"count", row.mentions.size()},
                     {"mentions", row.mentions}});
  }
  return {{"entities", std::move(entities)}, {"table", std::move(table)}};
}

}  // namespace kashif
