#include "core/entity.h"

namespace kashif {

namespace {
constexpr const char* kTypeNames[kEntityTypeCount] = {
    "PERS", "ORG", "GPE", "LOC", "LAW", "DATE", "EVENT", "POLICY", "OCC", "CONTACT"};
}  // namespace

const char* type_name(EntityType type) { return kTypeNames[static_cast<int>(type)]; }

const char* contact_kind_name(ContactKind kind) {
  switch (kind) {
    case ContactKind::kEmail: return "email";
    case ContactKind::kUrl: return "url";
    case ContactKind::kPhone: return "phone";
  }
  return "";
}

std::optional<EntityType> parse_entity_type(std::string_view name) {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    if (name == kTypeNames[i]) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

}  // namespace kashif
