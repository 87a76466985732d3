// Table-driven checks for the name recognisers: the entities of some types
// that Pipeline::analyze finds in a text, as `TYPE text` strings in text
// order, so a failing case prints both lists.
#ifndef KASHIF_TESTS_ENTITY_CASES_H_
#define KASHIF_TESTS_ENTITY_CASES_H_

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/analyze.h"
#include "core/entity.h"
#include "test_support.h"

namespace kashif::testing {

struct EntityCase {
  std::string text;
  std::vector<std::string> expected;  // `TYPE span text`, in text order
};

// The rule recognisers alone by default, so that a rule's regression cannot
// hide behind the learned tagger; `with_model` for the cases that test it.
inline std::vector<std::string> entities_of(const std::string& text, std::vector<EntityType> types,
                                            bool with_model = false) {
  std::vector<std::string> out;
  AnalyzeOptions options;
  options.use_model = with_model;
  const Analysis a = pipeline().analyze(text, options).value();
  for (const Entity& e : a.entities) {
    for (EntityType t : types) {
      if (e.type == t) out.push_back(std::string(type_name(e.type)) + " " + e.text);
    }
  }
  return out;
}

// Every case's entities of `types` are exactly its expected list.
inline void check_cases(const std::vector<EntityCase>& cases, const std::vector<EntityType>& types) {
  for (const EntityCase& c : cases) {
    INFO(c.text);
    CHECK(entities_of(c.text, types) == c.expected);
  }
}

}  // namespace kashif::testing

#endif  // KASHIF_TESTS_ENTITY_CASES_H_
