// The result model: entity types, normalised values, mentions and entities.
//
// A Mention is what a recogniser found, in offsets of the normalised text.
// An Entity is what Kashif reports, in code point offsets of the original
// text (`text` is exactly original[start, end)). The EntityTable groups the
// entities of one document that name the same thing.
#ifndef KASHIF_CORE_ENTITY_H_
#define KASHIF_CORE_ENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kashif {

// Core types first, then the extended ones (annotation GUIDE.md).
enum class EntityType : uint8_t {
  kPers, kOrg, kGpe, kLoc, kLaw, kDate,
  kEvent, kPolicy, kOcc, kContact,
};
constexpr int kEntityTypeCount = 10;

const char* type_name(EntityType type);
std::optional<EntityType> parse_entity_type(std::string_view name);

// A set of entity types, one bit per EntityType.
class TypeSet {
 public:
  static TypeSet all() { return TypeSet((1u << kEntityTypeCount) - 1); }
  static TypeSet none() { return TypeSet(0); }
  bool has(EntityType t) const { return bits_ >> static_cast<int>(t) & 1u; }
  void add(EntityType t) { bits_ |= 1u << static_cast<int>(t); }
  bool empty() const { return bits_ == 0; }

 private:
  explicit TypeSet(uint32_t bits) : bits_(bits) {}
  uint32_t bits_;
};

// ISO 8601 where the text gives enough: `2021-11-15`, `--07-30`, `2015`,
// ranges as `start/end`. Hijri dates keep Hijri numbers (`1444-09-01`) and
// carry the Gregorian equivalent when it is a full date, with the Hijri
// calendar that converted it: `islamic-umalqura` (Saudi documents, see
// date_grammar.h) or `islamic-civil`.
struct DateValue {
  std::string iso;
  bool hijri = false;
  std::string gregorian;   // for full Hijri dates, else empty
  std::string conversion;  // islamic-umalqura | islamic-civil when gregorian is set
};

// A kind of legal instrument: one of the kind ids of the law tables
// (`royal_decree`; core/lexicon/law_kinds.h, which alone makes them), or
// none. Ids are interned there, so equal kinds share one string.
class LawKind {
 public:
  LawKind() = default;  // none

  // The id as the tables write it; empty for none.
  const std::string& id() const {
    static const std::string kNone;
    return id_ ? *id_ : kNone;
  }
  bool operator==(LawKind other) const { return id_ == other.id_; }
  bool operator!=(LawKind other) const { return id_ != other.id_; }

 private:
  friend LawKind law_kind(std::string_view id);  // core/lexicon/law_kinds.h
  explicit LawKind(const std::string* id) : id_(id) {}
  const std::string* id_ = nullptr;
};

// `القانون رقم 91 لسنة 2013` → {"law", "91", 2013}. The number keeps its
// written form with ASCII digits (`م/51`).
struct LawRef {
  LawKind kind;  // law, decree, decree_law, convention, ...
  std::string number;
  int year = 0;      // 0 when the text gives none
  bool hijri_year = false;
  // The date the citation gives (`وتاريخ 14/3/1433هـ`, `المؤرخ في …`); its
  // iso is empty when there is none. The DATE span stays a DATE as well.
  DateValue date = {};
};

// What a CONTACT span is; contact_kind_name() spells it in the JSON output.
enum class ContactKind : uint8_t { kEmail, kUrl, kPhone };
const char* contact_kind_name(ContactKind kind);  // "email", "url", "phone"

struct ContactValue {
  ContactKind kind;
  std::string normalized;  // lower-case email, URL as written, phone as +digits
};

using EntityValue = std::variant<std::monostate, LawRef, DateValue, ContactValue>;

// Higher priority wins an overlap; length breaks ties (resolve.h).
enum class Priority : uint8_t {
  kModelGuess = 10,
  kPattern = 20,     // a trigger-based guess (title + unknown name)
  kGazetteer = 30,
  kTriggeredName = 40,
  kGrammar = 50,     // LAW, DATE, CONTACT grammars
};

struct Mention {
  uint32_t begin;  // [begin, end) in Normalized::text
  uint32_t end;
  EntityType type;
  Priority priority;
  EntityValue value;
  std::string canonical;  // alias key from a gazetteer; empty: derived from the text
};

struct Entity {
  uint32_t start;  // [start, end) in code points of the original text
  uint32_t end;
  EntityType type;
  std::string text;       // original[start, end), UTF-8
  std::string canonical;  // the name every mention of this thing shares
  EntityValue value;
};

// One row per distinct thing named in the document.
struct TableEntry {
  std::string canonical;
  EntityType type;
  std::string display;            // the longest mention's text
  std::vector<uint32_t> mentions;  // indices into Analysis::entities
};

}  // namespace kashif

#endif  // KASHIF_CORE_ENTITY_H_
