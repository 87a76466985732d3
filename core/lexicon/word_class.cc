#include "core/lexicon/word_class.h"

namespace kashif {
namespace {

constexpr std::string_view kNames[] = {
#define KASHIF_WORD_CLASS_NAME(enumerator, name) name,
    KASHIF_WORD_CLASSES(KASHIF_WORD_CLASS_NAME)
#undef KASHIF_WORD_CLASS_NAME
};
static_assert(sizeof(kNames) / sizeof(kNames[0]) == kWordClassCount, "one name per class");

}  // namespace

std::string_view word_class_name(WordClass cls) { return kNames[static_cast<size_t>(cls)]; }

std::optional<WordClass> word_class_from_name(std::string_view name) {
  // A hundred names, looked up once per data row at build and load time.
  for (size_t k = 0; k < kWordClassCount; ++k) {
    if (kNames[k] == name) return static_cast<WordClass>(k);
  }
  return std::nullopt;
}

}  // namespace kashif
