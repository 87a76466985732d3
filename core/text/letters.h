#ifndef KASHIF_CORE_TEXT_LETTERS_H_
#define KASHIF_CORE_TEXT_LETTERS_H_

// The Arabic letters and marks the rules name, as code points: one place
// for what `0x0648` or `U'\u0648'` would otherwise spell in each file.
//
// Recognisers read the matching form (normalize.h), where أ إ آ ٱ are kAlef,
// ة is kHeh, ى and ئ are kYeh and ؤ is kWaw; kTehMarbuta and kAlefMaksura
// only ever appear in the original text, which a rule reads through the
// offset map when the folded letter is ambiguous.

#include <string_view>

namespace kashif {

inline constexpr char32_t kArabicComma = U'\u060C';  // ،
inline constexpr char32_t kTehMarbuta = U'\u0629';   // ة (the matching form has kHeh)
inline constexpr char32_t kAlef = U'\u0627';         // ا
inline constexpr char32_t kBeh = U'\u0628';          // ب
inline constexpr char32_t kTeh = U'\u062A';          // ت
inline constexpr char32_t kTatweel = U'\u0640';      // ـ, the elongation stroke
inline constexpr char32_t kFeh = U'\u0641';          // ف
inline constexpr char32_t kKaf = U'\u0643';          // ك
inline constexpr char32_t kLam = U'\u0644';          // ل
inline constexpr char32_t kMeem = U'\u0645';         // م
inline constexpr char32_t kNoon = U'\u0646';         // ن
inline constexpr char32_t kHeh = U'\u0647';          // ه, and ة in the matching form
inline constexpr char32_t kWaw = U'\u0648';          // و
inline constexpr char32_t kAlefMaksura = U'\u0649';  // ى (the matching form has kYeh)
inline constexpr char32_t kYeh = U'\u064A';          // ي
// The letters that attach to a word as proclitics: the conjunctions و ف, the
// prepositions ب ل ك (tokenize.h's proclitic_prefix_len takes them in that order).
inline constexpr std::u32string_view kProcliticLetters = U"\u0648\u0641\u0628\u0644\u0643";
// The tanween marks (nunation), which the matching form drops.
inline constexpr char32_t kFathatan = U'\u064B';
inline constexpr char32_t kDammatan = U'\u064C';
inline constexpr char32_t kKasratan = U'\u064D';

}  // namespace kashif

#endif  // KASHIF_CORE_TEXT_LETTERS_H_
