#include "core/text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/uscript.h>

namespace kashif {

namespace {

constexpr char32_t kAlef = 0x0627, kLam = 0x0644, kWaw = 0x0648, kFeh = 0x0641,
                   kBeh = 0x0628, kKaf = 0x0643;

bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool is_arabic_letter(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return u_isalpha(static_cast<UChar32>(c)) &&
         uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_ARABIC;
}

bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }

bool is_line_break(char32_t c) {
  return c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

}  // namespace

size_t proclitic_prefix_len(std::u32string_view form) {
  size_t n = 0;
  if (n < form.size() && (form[n] == kWaw || form[n] == kFeh)) ++n;
  if (n < form.size() && (form[n] == kBeh || form[n] == kLam || form[n] == kKaf)) ++n;
  while (n > 0 && form.size() - n < 2) --n;
  return n;
}

bool has_article(std::u32string_view form) {
  return form.size() >= 4 && form[0] == kAlef && form[1] == kLam;
}

// The word iterator holds its text and position, so no two calls may share
// one: `prototype` is only ever cloned (a const call, safe from many threads
// at once; the clone shares the compiled rules and copies the small cursor).
struct Tokenizer::IcuState {
  std::unique_ptr<icu::BreakIterator> prototype;
};

Tokenizer::Tokenizer(std::unique_ptr<IcuState> icu) : icu_(std::move(icu)) {}
Tokenizer::~Tokenizer() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;

Expected<Tokenizer> Tokenizer::create() {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> words(
      icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
  if (U_FAILURE(status) || !words) {
    return Error{ErrorCode::kDataError, 0,
                 std::string("ICU word break data unavailable: ") + u_errorName(status)};
  }
  auto state = std::make_unique<IcuState>();
  state->prototype = std::move(words);
  return Tokenizer(std::move(state));
}

namespace {

// Appends the token text[begin, end), splitting digits from glued Arabic
// letters and proclitics from an article-bearing word.
class TokenSink {
 public:
  TokenSink(const std::u32string& text, std::vector<Token>* out) : text_(text), out_(out) {}

  void add_word(uint32_t begin, uint32_t end, bool numeric, bool space_before, bool line_break) {
    // `1980م`, `2013ه`: the era letter is its own token.
    uint32_t split = begin;
    while (split < end && is_ascii_digit(text_[split])) ++split;
    if (split > begin && split < end && is_arabic_letter(text_[split])) {
      push(begin, split, TokenKind::kNumber, space_before, line_break);
      add_letters(split, end, false, false);
      return;
    }
    if (numeric) {
      push(begin, end, TokenKind::kNumber, space_before, line_break);
    } else {
      add_letters(begin, end, space_before, line_break);
    }
  }

  void add_punct(uint32_t begin, uint32_t end, bool space_before, bool line_break) {
    for (uint32_t i = begin; i < end; ++i) {
      push(i, i + 1, TokenKind::kPunct, space_before && i == begin, line_break && i == begin);
    }
  }

 private:
  void add_letters(uint32_t begin, uint32_t end, bool space_before, bool line_break) {
    const std::u32string_view word(text_.data() + begin, end - begin);
    if (is_arabic_letter(word[0])) {
      const size_t p = proclitic_prefix_len(word);
      // Proclitics + ال + at least two letters: `وبالكويت`.
      if (p > 0 && has_article(word.substr(p))) {
        split_proclitics(begin, p, space_before, line_break);
        push(begin + p, end, TokenKind::kWord, false, false);
        return;
      }
      // Fused ل + ال: `للأمم`, `وللجنة` (the second ل is the article's).
      if (p > 0 && word[p - 1] == kLam && word.size() >= p + 3 && word[p] == kLam) {
        split_proclitics(begin, p, space_before, line_break);
        push(begin + p, end, TokenKind::kWord, false, false);
        const std::u32string body(word.substr(p));
        out_->back().form = std::u32string(1, kAlef) + body;
        out_->back().alt_form = std::u32string{kAlef, kLam} + body;
        return;
      }
    }
    push(begin, end, TokenKind::kWord, space_before, line_break);
  }

  void split_proclitics(uint32_t begin, size_t count, bool space_before, bool line_break) {
    for (uint32_t i = 0; i < count; ++i) {
      push(begin + i, begin + i + 1, TokenKind::kProclitic, space_before && i == 0,
           line_break && i == 0);
    }
  }

  void push(uint32_t begin, uint32_t end, TokenKind kind, bool space_before, bool line_break) {
    Token t;
    t.begin = begin;
    t.end = end;
    t.kind = kind;
    t.arabic = is_arabic_letter(text_[begin]);
    t.space_before = space_before;
    t.line_break_before = line_break;
    t.form.assign(text_, begin, end - begin);
    out_->push_back(std::move(t));
  }

  const std::u32string& text_;
  std::vector<Token>* out_;
};

}  // namespace

std::vector<Token> Tokenizer::tokenize(const Normalized& doc) const {
  const std::u32string& text = doc.text;
  // ICU iterates UTF-16; keep the code point index of every UTF-16 unit.
  // One pass into a plain buffer that ICU reads in place (UText): appending
  // code points to a UnicodeString one by one cost a third of tokenising.
  std::u16string utf16;
  std::vector<uint32_t> cp_of_unit;
  utf16.reserve(text.size() + 1);
  cp_of_unit.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    if (c < 0x10000) {
      utf16.push_back(static_cast<char16_t>(c));
      cp_of_unit.push_back(i);
    } else {
      utf16.push_back(static_cast<char16_t>(U16_LEAD(c)));
      utf16.push_back(static_cast<char16_t>(U16_TRAIL(c)));
      cp_of_unit.insert(cp_of_unit.end(), 2, i);
    }
  }
  cp_of_unit.push_back(static_cast<uint32_t>(text.size()));
  UErrorCode status = U_ZERO_ERROR;
  UText* utext = utext_openUChars(nullptr, utf16.data(), static_cast<int64_t>(utf16.size()), &status);
  const std::unique_ptr<UText, UText* (*)(UText*)> utext_owner(utext, utext_close);

  std::vector<Token> tokens;
  tokens.reserve(text.size() / 4);
  TokenSink sink(text, &tokens);
  const std::unique_ptr<icu::BreakIterator> words(icu_->prototype->clone());
  icu::BreakIterator& it = *words;
  it.setText(utext, status);
  if (U_FAILURE(status)) return tokens;  // only on allocation failure
  bool space_before = false, line_break = false;
  int32_t start = it.first();
  for (int32_t stop = it.next(); stop != icu::BreakIterator::DONE; start = stop, stop = it.next()) {
    const uint32_t b = cp_of_unit[start], e = cp_of_unit[stop];
    const int32_t status = it.getRuleStatus();
    if (status >= UBRK_WORD_NONE_LIMIT) {
      sink.add_word(b, e, status < UBRK_WORD_NUMBER_LIMIT, space_before, line_break);
      space_before = line_break = false;
      continue;
    }
    // A "none" segment: white space, or punctuation and symbols.
    uint32_t i = b;
    while (i < e) {
      if (is_space(text[i])) {
        space_before = true;
        line_break = line_break || is_line_break(text[i]);
        ++i;
        continue;
      }
      uint32_t j = i;
      while (j < e && !is_space(text[j])) ++j;
      sink.add_punct(i, j, space_before, line_break);
      space_before = line_break = false;
      i = j;
    }
  }
  return tokens;
}

}  // namespace kashif
