// libFuzzer target over the core's one entry point. Any input must give an
// Analysis whose invariants hold, or an Error: never a crash, hang or a span
// that strays from the text. Build: cmake --preset fuzz; see README.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/analyze.h"
#include "tests/invariants.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const kashif::Pipeline pipeline = kashif::Pipeline::create().value();
  auto result = pipeline.analyze(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!result.ok()) {
    // Only invalid UTF-8 may be refused at these sizes.
    if (result.error().code != kashif::ErrorCode::kInvalidUtf8) std::abort();
    return 0;
  }
  const std::string broken = kashif::testing::broken_invariant(result.value());
  if (!broken.empty()) {
    std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
    std::abort();
  }
  return 0;
}
