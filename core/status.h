// Errors as values. Every core function that can fail on its input returns an
// Expected<T>: either a T or an Error naming what went wrong and where. Nothing
// in the core throws across its interface, so the wasm boundary never sees an
// exception.
#ifndef KASHIF_CORE_STATUS_H_
#define KASHIF_CORE_STATUS_H_

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace kashif {

enum class ErrorCode {
  kInvalidUtf8,      // byte_offset: the first byte that is not valid UTF-8
  kInputTooLarge,    // byte_offset: the limit that was passed
  kInvalidArgument,  // an option the caller gave makes no sense
  kDataError,        // embedded data or a model file failed to load
  kInternal,         // a library (ICU) refused; message says which
};

struct Error {
  ErrorCode code;
  size_t byte_offset = 0;
  std::string message;
};

const char* error_code_name(ErrorCode code);

// Reading the value of an Expected that holds an error (or the error of one
// that holds a value) is a bug in the caller, not an input error: it prints
// `what` and aborts, in every build type (the core is built without
// exceptions, so there is nothing to throw).
[[noreturn]] void expected_misuse(const char* what);

// A T or an Error; the value is only read after checking ok(). [[nodiscard]]:
// a result nobody looks at is an error nobody handles.
template <typename T>
class [[nodiscard]] Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  const T& value() const& { return *value_or_abort(&v_); }
  T& value() & { return *value_or_abort(&v_); }
  T&& value() && { return std::move(*value_or_abort(&v_)); }
  const Error& error() const {
    if (ok()) expected_misuse("kashif::Expected::error() on a value");
    return *std::get_if<1>(&v_);
  }

 private:
  template <typename V>
  static auto value_or_abort(V* v) {
    if (v->index() != 0) expected_misuse("kashif::Expected::value() on an error");
    return std::get_if<0>(v);
  }

  std::variant<T, Error> v_;
};

}  // namespace kashif

#endif  // KASHIF_CORE_STATUS_H_
