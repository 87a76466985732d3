// Strict UTF-8 decoding and the two offset units Kashif reports.
// decode_utf8 accepts exactly the well-formed UTF-8 of Unicode §3.9 (no
// overlong forms, no surrogates, nothing above U+10FFFF); on failure the Error
// names the byte offset of the first bad sequence. Code point offsets are the
// CLI's unit; Utf16Offsets converts them to JavaScript string indices.
#ifndef KASHIF_CORE_UTF8_H_
#define KASHIF_CORE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace kashif {

Expected<std::u32string> decode_utf8(std::string_view bytes);
std::string encode_utf8(std::u32string_view text);
void append_utf8(char32_t c, std::string* out);

// utf16_offset(i) is the UTF-16 index of code point i, for 0 <= i <= size.
class Utf16Offsets {
 public:
  explicit Utf16Offsets(std::u32string_view text);
  uint32_t utf16_offset(uint32_t code_point_offset) const;

 private:
  // Indices of the code points above U+FFFF; each adds one UTF-16 unit.
  std::vector<uint32_t> astral_;
};

}  // namespace kashif

#endif  // KASHIF_CORE_UTF8_H_
