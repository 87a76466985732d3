// Reads the value of an Expected that holds an error: the core is built
// without exceptions, so this must print the misuse and abort (the ctest
// expected_abort expects the message and a non-zero exit).
#include "core/status.h"

int main() {
  kashif::Expected<int> failed(kashif::Error{kashif::ErrorCode::kInternal, 0, "test"});
  return failed.value();
}
