#include <catch2/catch.hpp>

#include "core/text/utf8.h"

using kashif::decode_utf8;
using kashif::encode_utf8;
using kashif::ErrorCode;

TEST_CASE("well-formed UTF-8 decodes to code points", "[utf8]") {
  const std::string text = "a\xD8\xA8\xE2\x80\x8F\xF0\x9F\x98\x80";  // a ب RLM 😀
  auto r = decode_utf8(text);
  REQUIRE(r.ok());
  CHECK(r.value() == std::u32string{U'a', 0x0628, 0x200F, 0x1F600});
  CHECK(encode_utf8(r.value()) == text);
}

TEST_CASE("empty input is valid and empty", "[utf8]") {
  auto r = decode_utf8("");
  REQUIRE(r.ok());
  CHECK(r.value().empty());
}

TEST_CASE("invalid UTF-8 names the first bad byte", "[utf8]") {
  struct Case { std::string bytes; size_t offset; };
  const Case cases[] = {
      {"\xFF", 0},                      // never valid
      {"ab\x80", 2},                    // lone continuation
      {"\xD8", 0},                      // truncated two-byte sequence
      {"\xD8\xA8\xD8", 2},              // truncated after a good letter
      {"\xC0\xAF", 0},                  // overlong '/'
      {"\xE0\x80\xAF", 0},              // overlong three-byte
      {"\xED\xA0\x80", 0},              // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},          // above U+10FFFF
      {"x\xE2\x80", 1},                 // truncated three-byte
      {"\xD8\xA8 \xE2\x28\xA1", 3},     // bad continuation
  };
  for (const Case& c : cases) {
    auto r = decode_utf8(c.bytes);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().code == ErrorCode::kInvalidUtf8);
    CHECK(r.error().byte_offset == c.offset);
    CHECK(r.error().message.find(std::to_string(c.offset)) != std::string::npos);
  }
}

TEST_CASE("NUL bytes are text, not terminators", "[utf8]") {
  auto r = decode_utf8(std::string("a\0b", 3));
  REQUIRE(r.ok());
  CHECK(r.value().size() == 3);
}

TEST_CASE("UTF-16 offsets count astral code points twice", "[utf8]") {
  const std::u32string text = {U'a', 0x1F600, 0x0628, 0x1F600, U'b'};
  kashif::Utf16Offsets u16(text);
  CHECK(u16.utf16_offset(0) == 0);
  CHECK(u16.utf16_offset(1) == 1);
  CHECK(u16.utf16_offset(2) == 3);
  CHECK(u16.utf16_offset(3) == 4);
  CHECK(u16.utf16_offset(4) == 6);
  CHECK(u16.utf16_offset(5) == 7);
}
