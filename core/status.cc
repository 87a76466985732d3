#include "core/status.h"

#include <cstdio>
#include <cstdlib>

namespace kashif {

const char* error_code_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidUtf8: return "invalid_utf8";
    case ErrorCode::kInputTooLarge: return "input_too_large";
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kDataError: return "data_error";
    case ErrorCode::kInternal: return "internal";
  }
  return "unknown";
}

void expected_misuse(const char* what) {
  std::fputs(what, stderr);
  std::fputc('\n', stderr);
  std::abort();
}

}  // namespace kashif
