#include <catch2/catch.hpp>

#include "core/recognizers/token_walk.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

// A sentence of the matching form with its tokens, as the recognisers get it.
struct Doc {
  Normalized norm;
  std::vector<Token> tokens;
  RecognizerInput input() const { return {norm, tokens, embedded_lexicon()}; }
};

Doc doc(const std::string& utf8) {
  Doc d;
  d.norm = normalizer().normalize(u32(utf8));
  d.tokens = tokenizer().tokenize(d.norm);
  return d;
}

// The letters skipped by match_class at token `i`, or -1 for no match.
int skipped(const RecognizerInput& in, size_t i, WordClass cls, ProcliticSkip skip) {
  const auto m = match_class(in, i, cls, skip);
  return m ? static_cast<int>(m->skip) : -1;
}

}  // namespace

TEST_CASE("match_class: the proclitic reading is the caller's choice", "[token_walk]") {
  // وجدة is a city as written and و + جدة another; وقطر is only و + قطر.
  const Doc d = doc("سافر وجدة وقطر");
  const RecognizerInput in = d.input();
  REQUIRE(d.tokens.size() == 3);
  struct Case {
    size_t token;
    ProcliticSkip skip;
    int skipped;  // -1: no match
  };
  for (const Case& c : std::vector<Case>{
           {1, ProcliticSkip::kNone, 0},
           {1, ProcliticSkip::kFewest, 0},
           {1, ProcliticSkip::kMost, 1},
           {2, ProcliticSkip::kNone, -1},
           {2, ProcliticSkip::kFewest, 1},
           {2, ProcliticSkip::kMost, 1},
       }) {
    INFO("token " << c.token << ", reading " << static_cast<int>(c.skip));
    CHECK(skipped(in, c.token, WordClass::kGpe, c.skip) == c.skipped);
  }
  // Past the end and for a class the word is not in: no match in any reading.
  for (ProcliticSkip skip : {ProcliticSkip::kNone, ProcliticSkip::kFewest, ProcliticSkip::kMost}) {
    CHECK(skipped(in, 3, WordClass::kGpe, skip) == -1);
    CHECK(skipped(in, 2, WordClass::kGiven, skip) == -1);
  }
}

TEST_CASE("starts_class: the longest match leaves no proclitic outside", "[token_walk]") {
  // جدة as written starts a GPE; وجدة is read و + جدة by the longest, most
  // skipping match, so it does not, nor does وقطر.
  const Doc d = doc("من جدة وجدة وقطر");
  const RecognizerInput in = d.input();
  REQUIRE(d.tokens.size() == 4);
  CHECK(starts_class(in, 1, WordClass::kGpe));
  CHECK_FALSE(starts_class(in, 2, WordClass::kGpe));
  CHECK_FALSE(starts_class(in, 3, WordClass::kGpe));
  CHECK_FALSE(starts_class(in, 0, WordClass::kGpe));
  CHECK_FALSE(starts_class(in, 4, WordClass::kGpe));
}
