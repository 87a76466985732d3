#include "core/recognizers/contact.h"

#include <algorithm>
#include <string>
#include <string_view>

#include <unicode/uchar.h>

#include "core/text/utf8.h"

namespace kashif {

namespace {

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_alnum(char32_t c) {
  return is_digit(c) || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}
bool is_one_of(char32_t c, std::u32string_view set) { return set.find(c) != set.npos; }

bool email_local_char(char32_t c) { return is_alnum(c) || is_one_of(c, U"._%+-"); }
bool domain_char(char32_t c) { return is_alnum(c) || c == U'-' || c == U'.'; }

// Anything but white space and the quotes and Arabic separators that
// surround a URL in running text; Arabic letters may be in a path.
bool url_char(char32_t c) {
  return !u_isUWhiteSpace(static_cast<UChar32>(c)) && c > 0x20 &&
         !is_one_of(c, U"<>\"\u00AB\u00BB\u060C\u061B\u201C\u201D");
}

char32_t ascii_lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }

bool starts_with_ci(std::u32string_view text, size_t i, std::u32string_view prefix) {
  if (text.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (ascii_lower(text[i + k]) != prefix[k]) return false;
  }
  return true;
}

// text[b, e) as the document writes it, when the original is at hand: a
// URL's path may hold Arabic letters that the matching form folds.
std::u32string written(const RecognizerInput& in, size_t b, size_t e) {
  if (in.original.empty()) return std::u32string(in.doc.text.substr(b, e - b));
  const OriginalSpan span = in.doc.to_original(static_cast<uint32_t>(b), static_cast<uint32_t>(e));
  return std::u32string(in.original.substr(span.start, span.end - span.start));
}

Mention contact(uint32_t begin, uint32_t end, const char* kind, std::u32string normalized) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.type = EntityType::kContact;
  m.priority = Priority::kGrammar;
  m.value = ContactValue{kind, encode_utf8(normalized)};
  return m;
}

// A URL from text[i] (`http://`, `https://`, `www.`); returns its end or i.
size_t url_end(std::u32string_view text, size_t i) {
  size_t prefix = 0;
  for (std::u32string_view p : {U"https://", U"http://", U"www."}) {
    if (starts_with_ci(text, i, p)) {
      prefix = p.size();
      break;
    }
  }
  if (prefix == 0) return i;
  size_t e = i + prefix;
  while (e < text.size() && url_char(text[e])) ++e;
  // Sentence punctuation after a URL belongs to the sentence; a closing
  // bracket stays when the URL opened it.
  while (e > i + prefix) {
    const char32_t last = text[e - 1];
    const std::u32string_view body = text.substr(i, e - 1 - i);
    if (last == U')' && std::count(body.begin(), body.end(), U'(') >
                            std::count(body.begin(), body.end(), U')')) {
      break;
    }
    if (!is_one_of(last, U".,;:!?'\")]}\u061F")) break;
    --e;
  }
  return e > i + prefix + 1 ? e : i;
}

// An e-mail address whose local part starts at text[i]; returns its end or i.
// `*local_end` receives the end of the local-part run scanned from i; an
// address starting later inside that run would end the same way.
size_t email_end(std::u32string_view text, size_t i, size_t* local_end) {
  size_t at = i;
  while (at < text.size() && email_local_char(text[at])) ++at;
  *local_end = at;
  if (at == i || at >= text.size() || text[at] != U'@') return i;
  size_t e = at + 1;
  while (e < text.size() && domain_char(text[e])) ++e;
  while (e > at + 1 && (text[e - 1] == U'.' || text[e - 1] == U'-')) --e;
  const std::u32string_view domain = text.substr(at + 1, e - at - 1);
  const size_t dot = domain.rfind(U'.');
  if (dot == domain.npos || dot == 0 || domain.size() - dot - 1 < 2) return i;
  for (char32_t c : domain.substr(dot + 1)) {
    if (is_digit(c) || c == U'-') return i;  // a top-level domain is letters
  }
  return e;
}

// An international phone number at text[i]: `+` or `00`, then 8 to 15
// digits in groups split by one space, `-`, `.` or brackets. Returns its end
// or i; `digits` receives the number without its prefix.
size_t phone_end(std::u32string_view text, size_t i, std::u32string* digits) {
  size_t j;
  if (text[i] == U'+' && i + 1 < text.size() && is_digit(text[i + 1])) {
    j = i + 1;
  } else if (starts_with_ci(text, i, U"00") && i + 2 < text.size() && is_digit(text[i + 2]) &&
             text[i + 2] != U'0') {
    j = i + 2;
  } else {
    return i;
  }
  digits->clear();
  size_t end = j;
  while (j < text.size()) {
    if (is_digit(text[j])) {
      digits->push_back(text[j++]);
      end = j;
      continue;
    }
    size_t k = j;
    while (k < text.size() && k - j < 3 && is_one_of(text[k], U" -.()")) ++k;
    if (k == j || k - j == 3 || k >= text.size() || !is_digit(text[k])) break;
    j = k;
  }
  if (digits->size() < 8 || digits->size() > 15) return i;
  if (end < text.size() && is_alnum(text[end])) return i;
  return end;
}

}  // namespace

void find_contacts(const RecognizerInput& in, std::vector<Mention>* out) {
  const std::u32string_view text = in.doc.text;
  // Starts before this cannot begin an e-mail address: they share a failed
  // local-part run (`a.b.c…` without @), which keeps the scan linear.
  size_t no_email_before = 0;
  for (size_t i = 0; i < text.size();) {
    // Every contact starts with a character of an e-mail's local part
    // (`h`/`w` of a URL, `+`/`0` of a phone); most text is skipped here.
    const bool word_start = i == 0 || !(is_alnum(text[i - 1]) || text[i - 1] == U'+');
    if (!word_start || !email_local_char(text[i])) {
      ++i;
      continue;
    }
    const auto b = static_cast<uint32_t>(i);
    if (const size_t e = url_end(text, i); e > i) {
      out->push_back(contact(b, static_cast<uint32_t>(e), "url", written(in, i, e)));
      i = e;
      continue;
    }
    size_t local_end = i;
    if (const size_t e = i < no_email_before ? i : email_end(text, i, &local_end); e > i) {
      std::u32string lower = written(in, i, e);
      for (char32_t& c : lower) c = ascii_lower(c);
      out->push_back(contact(b, static_cast<uint32_t>(e), "email", std::move(lower)));
      i = e;
      continue;
    }
    no_email_before = std::max(no_email_before, local_end);
    std::u32string digits;
    if (const size_t e = phone_end(text, i, &digits); e > i) {
      out->push_back(contact(b, static_cast<uint32_t>(e), "phone", U"+" + digits));
      i = e;
      continue;
    }
    ++i;
  }
}

}  // namespace kashif
