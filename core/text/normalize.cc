#include "core/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace kashif {

namespace {

// Invisible characters that only steer display: bidi controls, zero-width
// characters, the Arabic letter mark, soft hyphen and the BOM.
bool is_invisible_format(char32_t c) {
  return c == 0x00AD || c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

}  // namespace

bool is_arabic_mark(char32_t c) {
  return c == 0x0640 ||                    // tatweel
         (c >= 0x0610 && c <= 0x061A) ||   // Quranic signs above letters
         (c >= 0x064B && c <= 0x065F) ||   // harakat, shadda, sukun, hamza marks
         c == 0x0670 ||                    // superscript alef
         (c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) ||
         (c >= 0x06E7 && c <= 0x06E8) || (c >= 0x06EA && c <= 0x06ED) ||
         (c >= 0x08D3 && c <= 0x08FF);     // extended Arabic marks
}

char32_t fold_for_matching(char32_t c) {
  // A control character (NUL, ESC, C1) separates words, as a space does;
  // dropping it would fuse `و\0قطر` into one word.
  if ((c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') || (c >= 0x7F && c <= 0x9F)) return U' ';
  if (c < 0x0600) return c;
  if (is_arabic_mark(c) || is_invisible_format(c)) return 0;
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return 0x0627;  // آ أ إ ٱ → ا
    case 0x0624: return 0x0648;  // ؤ → و
    case 0x0626: return 0x064A;  // ئ → ي
    case 0x0629: return 0x0647;  // ة → ه
    case 0x0649: return 0x064A;  // ى → ي
    case 0x06A9: return 0x0643;  // Persian keheh → ك
    case 0x06CC: return 0x064A;  // Persian yeh → ي
    case 0x06C1: return 0x0647;  // heh goal → ه
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);  // Arabic-Indic digits
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);  // Persian digits
  return c;
}

Expected<Normalizer> Normalizer::create() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status) || nfkc == nullptr) {
    return Error{ErrorCode::kDataError, 0,
                 std::string("ICU NFKC data unavailable: ") + u_errorName(status)};
  }
  return Normalizer(nfkc);
}

namespace {
constexpr uint8_t kBoundary = 1, kInert = 2;
}  // namespace

Normalizer::Normalizer(const icu::Normalizer2* nfkc) : nfkc_(nfkc), cached_(kCachedBelow) {
  icu::UnicodeString decomposition;
  for (char32_t c = 0; c < kCachedBelow; ++c) {
    const UChar32 u = static_cast<UChar32>(c);
    cached_[c] = (nfkc_->hasBoundaryBefore(u) ? kBoundary : 0) |
                 (nfkc_->getDecomposition(u, decomposition) ? 0 : kInert);
  }
}

bool Normalizer::boundary_before(char32_t c) const {
  return c < kCachedBelow ? (cached_[c] & kBoundary) != 0
                          : nfkc_->hasBoundaryBefore(static_cast<UChar32>(c));
}

bool Normalizer::lone_and_inert(char32_t c) const {
  icu::UnicodeString decomposition;
  return c < kCachedBelow ? (cached_[c] & kInert) != 0
                          : !nfkc_->getDecomposition(static_cast<UChar32>(c), decomposition);
}

Normalized Normalizer::normalize(std::u32string_view original) const {
  Normalized out;
  out.text.reserve(original.size());
  out.begin.reserve(original.size());
  out.end.reserve(original.size());

  auto emit = [&out](char32_t nfkc_char, uint32_t seg_begin, uint32_t seg_end) {
    const char32_t folded = fold_for_matching(nfkc_char);
    if (folded != 0) {
      out.text.push_back(folded);
      out.begin.push_back(seg_begin);
      out.end.push_back(seg_end);
    } else if (is_arabic_mark(nfkc_char) && !out.end.empty() &&
               out.end.back() >= seg_begin) {
      out.end.back() = seg_end;  // the mark stays with its letter
    }
  };

  const uint32_t n = static_cast<uint32_t>(original.size());
  uint32_t seg = 0;
  icu::UnicodeString buf, norm;
  while (seg < n) {
    // An NFKC segment: one starter and what may combine with it. Normalising
    // segment by segment equals normalising the whole text (ICU's
    // hasBoundaryBefore contract) and keeps the offset map exact.
    uint32_t next = seg + 1;
    while (next < n && !boundary_before(original[next])) ++next;
    const char32_t first = original[seg];
    if (next == seg + 1 && lone_and_inert(first)) {
      emit(first, seg, next);  // fast path: a lone character NFKC leaves alone
    } else {
      buf.remove();
      for (uint32_t i = seg; i < next; ++i) buf.append(static_cast<UChar32>(original[i]));
      UErrorCode status = U_ZERO_ERROR;
      nfkc_->normalize(buf, norm, status);
      const icu::UnicodeString& result = U_SUCCESS(status) ? norm : buf;
      for (int32_t k = 0; k < result.length(); k = result.moveIndex32(k, 1)) {
        emit(static_cast<char32_t>(result.char32At(k)), seg, next);
      }
    }
    seg = next;
  }
  return out;
}

std::u32string Normalizer::fold(std::u32string_view text) const {
  return normalize(text).text;
}

}  // namespace kashif
