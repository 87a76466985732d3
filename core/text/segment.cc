#include "core/text/segment.h"

#include <algorithm>

#include <unicode/uchar.h>

namespace kashif {

namespace {

bool is_line_break(char32_t c) { return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029; }

// The end of a segment starting at `begin`: past the last line break, else
// the last white space, in text[begin + max_size / 2, begin + max_size).
size_t segment_end(std::u32string_view text, size_t begin, size_t max_size) {
  const size_t limit = begin + max_size;
  if (limit >= text.size()) return text.size();
  const size_t half = begin + max_size / 2;
  for (size_t i = limit; i > half; --i) {
    if (is_line_break(text[i - 1])) return i;
  }
  for (size_t i = limit; i > half; --i) {
    if (u_isUWhiteSpace(static_cast<UChar32>(text[i - 1]))) return i;
  }
  return limit;
}

}  // namespace

std::vector<Segment> split_segments(std::u32string_view text, size_t max_size) {
  max_size = std::max<size_t>(max_size, 2);
  std::vector<Segment> out;
  for (size_t begin = 0; begin < text.size();) {
    const size_t end = segment_end(text, begin, max_size);
    out.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
    begin = end;
  }
  return out;
}

}  // namespace kashif
