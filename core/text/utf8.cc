#include "core/text/utf8.h"

#include <algorithm>

namespace kashif {

namespace {

Error invalid_at(size_t offset) {
  return Error{ErrorCode::kInvalidUtf8, offset,
               "invalid UTF-8 at byte offset " + std::to_string(offset)};
}

bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

}  // namespace

Expected<std::u32string> decode_utf8(std::string_view bytes) {
  std::u32string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t i = 0;
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      out.push_back(b);
      ++i;
      continue;
    }
    int len;
    char32_t c;
    // Second-byte ranges from Unicode Table 3-7 exclude overlongs and surrogates.
    unsigned char lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      len = 2; c = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      len = 3; c = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4; c = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return invalid_at(i);
    }
    if (i + len > n) return invalid_at(i);
    if (s[i + 1] < lo || s[i + 1] > hi) return invalid_at(i);
    for (int k = 1; k < len; ++k) {
      if (!is_continuation(s[i + k])) return invalid_at(i);
      c = (c << 6) | (s[i + k] & 0x3F);
    }
    out.push_back(c);
    i += len;
  }
  return out;
}

void append_utf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string encode_utf8(std::u32string_view text) {
  std::string out;
  out.reserve(text.size() * 2);
  for (char32_t c : text) append_utf8(c, &out);
  return out;
}

Utf16Offsets::Utf16Offsets(std::u32string_view text) {
  for (uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] > 0xFFFF) astral_.push_back(i);
  }
}

uint32_t Utf16Offsets::utf16_offset(uint32_t code_point_offset) const {
  const auto before = std::lower_bound(astral_.begin(), astral_.end(), code_point_offset);
  return code_point_offset + static_cast<uint32_t>(before - astral_.begin());
}

}  // namespace kashif
