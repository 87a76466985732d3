#include "core/output/result_html.h"

#include <string_view>

#include "core/output/presentation.h"
#include "core/text/utf8.h"

namespace kashif {

namespace {

// How each type looks and is called, and the words of values: the tables of
// core/output/presentation.h, which web/presentation.js is generated from.
const TypePresentation& style_of(EntityType type) { return type_presentation(type); }

std::string arabic_word(std::string_view set, std::string_view key) {
  return std::string(value_word(set, key, Language::kArabic));
}

const std::string& arabic_label(const TypePresentation& t) { return t.label[static_cast<int>(Language::kArabic)]; }
const std::string& arabic_name(const TypePresentation& t) { return t.name[static_cast<int>(Language::kArabic)]; }

std::string arabic_word(std::string_view set, int key) { return arabic_word(set, std::to_string(key)); }

// The page's own look; the per-type rules are added from the type table.
// Layout uses logical properties, as web/style.css does.
constexpr const char* kPageCss = R"css(
:root {
  --text: #1a1a1f;
  --muted: #55555f;
  --page: #f4f1ea;
  --surface: #fffdf8;
  --rule: #d9d4c7;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --text: #e8e6e3; --muted: #a9a6a0; --page: #0f1013; --surface: #17181c; --rule: #34363e; }
}
* { box-sizing: border-box; }
body {
  margin: 0;
  padding: 1rem 1.5rem 2rem;
  font: 1rem/1.7 "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif;
  color: var(--text);
  background: var(--page);
}
h1 { margin: 0 0 0.5rem; font-size: 1.4rem; }
h2 { margin: 0 0 0.75rem; font-size: 1.1rem; overflow-wrap: anywhere; }
.legend {
  list-style: none;
  margin: 0 0 1rem;
  padding: 0;
  display: flex;
  flex-wrap: wrap;
  gap: 0.4rem 1rem;
  font-size: 0.85rem;
}
.doc {
  background: var(--surface);
  border: 1px solid var(--rule);
  border-radius: 0.5rem;
  padding: 1rem 1.25rem;
  margin-block-end: 1.5rem;
}
.text {
  white-space: pre-wrap;
  overflow-wrap: break-word;
  font: 1.2rem/2.1 "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", serif;
  margin: 0 0 1rem;
  max-width: 46rem;
}
mark, .swatch {
  background: var(--k-bg);
  text-decoration: underline var(--k-line) var(--k-fg);
  text-decoration-thickness: 0.09em;
  text-decoration-skip-ink: none;
}
/* Not bidi-isolated: an isolate stops Arabic joining at the mark's edge.
   Marks without Arabic letters carry dir="ltr" instead. */
mark {
  color: inherit;
  text-underline-offset: 0.4em;
  border-radius: 0.25em;
  padding: 0.05em 0.12em;
  -webkit-box-decoration-break: clone;
  box-decoration-break: clone;
}
mark::after {
  display: inline-block;
  unicode-bidi: isolate;
  margin-inline-start: 0.3em;
  padding: 0 0.35em;
  border: 1px solid currentColor;
  border-radius: 0.7em;
  color: var(--k-fg);
  font: 600 0.62em/1.5 "Noto Sans Arabic", "Noto Sans", "DejaVu Sans", sans-serif;
  vertical-align: 0.25em;
  white-space: nowrap;
}
mark:target { outline: 0.15em solid var(--k-fg); outline-offset: 0.15em; }
.swatch {
  display: inline-block;
  padding: 0 0.45em;
  border-radius: 0.3em;
  color: var(--k-fg);
  text-underline-offset: 0.3em;
  font-weight: 600;
  white-space: nowrap;
}
.entities { border-collapse: collapse; font-size: 0.92rem; }
.entities th {
  text-align: start;
  font-weight: 600;
  color: var(--muted);
  border-block-end: 1px solid var(--rule);
  padding: 0.25rem 0.5rem;
}
.entities td {
  padding: 0.3rem 0.5rem;
  border-block-end: 1px solid var(--rule);
  vertical-align: top;
}
.entities a { color: inherit; }
.num { text-align: end; font-variant-numeric: tabular-nums; }
.value { font-size: 0.85rem; }
.value bdi { display: block; }
.iso { color: var(--muted); white-space: nowrap; }
.empty { color: var(--muted); }
)css";

// The code point as HTML text or attribute content: markup characters as
// references, C0/C1 controls as visible symbols (the parser would reject or
// drop them), anything that is not a Unicode scalar value as U+FFFD.
// Tab and line breaks pass through; the parser turns CR LF into LF.
void append_escaped(char32_t c, std::string* out) {
  switch (c) {
    case '&': *out += "&amp;"; return;
    case '<': *out += "&lt;"; return;
    case '>': *out += "&gt;"; return;
    case '"': *out += "&quot;"; return;
    case '\'': *out += "&#39;"; return;
    case '\t': case '\n': case '\r': out->push_back(static_cast<char>(c)); return;
    default: break;
  }
  if (c < 0x20) {
    append_utf8(0x2400 + c, out);  // ␀ … ␟, the Control Pictures block
  } else if (c == 0x7F) {
    append_utf8(0x2421, out);      // ␡
  } else if ((c >= 0x80 && c < 0xA0) || (c >= 0xD800 && c < 0xE000) || c > 0x10FFFF) {
    append_utf8(0xFFFD, out);
  } else {
    append_utf8(c, out);
  }
}

void append_escaped(std::u32string_view text, std::string* out) {
  for (char32_t c : text) append_escaped(c, out);
}

// UTF-8 that may be ill-formed (strings of a hand-made Analysis): each bad
// byte becomes U+FFFD, the rest is escaped as above.
void append_escaped(std::string_view utf8, std::string* out) {
  while (!utf8.empty()) {
    auto decoded = decode_utf8(utf8);
    if (decoded.ok()) {
      append_escaped(std::u32string_view(decoded.value()), out);
      return;
    }
    const size_t bad = decoded.error().byte_offset;
    append_escaped(std::u32string_view(decode_utf8(utf8.substr(0, bad)).value()), out);
    append_utf8(0xFFFD, out);
    utf8.remove_prefix(bad + 1);
  }
}

// --- values and names as a reader reads them ---
// The same rules as web/strings.js (formatValue, displayName, fold) with the
// same words (value_words.tsv), Arabic only: the page is Arabic.
// tests/wasm/display.test.mjs and tests/browser/presentation.test.mjs check
// that both write the same values.

std::u32string to_u32(std::string_view utf8) {
  auto decoded = decode_utf8(utf8);
  return decoded.ok() ? decoded.value() : std::u32string();
}

std::string to_utf8(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) append_utf8(c, &out);
  return out;
}

// One character in the matching form strings.js fold() gives; 0 when
// matching ignores it (diacritics, tatweel).
char32_t fold_char(char32_t c) {
  switch (c) {
    case U'أ': case U'إ': case U'آ': case U'ٱ': return U'ا';
    case U'ة': return U'ه';
    case U'ى': case U'ئ': return U'ي';
    case U'ؤ': return U'و';
    default: break;
  }
  if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return 0;
  if (c >= 0x0660 && c <= 0x0669) return U'0' + (c - 0x0660);
  if (c >= 0x06F0 && c <= 0x06F9) return U'0' + (c - 0x06F0);
  return c;
}

std::u32string fold(std::u32string_view text) {
  std::u32string out;
  for (char32_t c : text) {
    if (const char32_t f = fold_char(c)) out.push_back(f);
  }
  return out;
}

// The stretch of `mention` whose folded form is `folded` (a law number
// `ا/90` back to `أ/90`), or `folded` itself.
std::string as_written(std::string_view mention_utf8, std::string_view folded_utf8) {
  const std::u32string mention = to_u32(mention_utf8);
  const std::u32string folded = to_u32(folded_utf8);
  if (folded.empty()) return std::string(folded_utf8);
  for (size_t from = 0; from < mention.size(); ++from) {
    if (fold_char(mention[from]) == 0) continue;
    std::u32string got;
    for (size_t to = from; to < mention.size() && got.size() < folded.size(); ++to) {
      if (const char32_t f = fold_char(mention[to])) got.push_back(f);
      if (got == folded) return to_utf8(mention.substr(from, to + 1 - from));
    }
  }
  return std::string(folded_utf8);
}

bool is_arabic_letter(char32_t c) {
  return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF) ||
         (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF);
}

}  // namespace

std::string display_name(const TableEntry& entry) {
  const std::u32string name = to_u32(entry.display);
  // A proclitic ل swallows the article's alef (للأمم → ل + لأمم): put it back.
  if (name.size() > 1 && name[0] == U'ل' && name[1] != U'ل' &&
      fold(U"ا" + name) == fold(to_u32(entry.canonical))) {
    return "ا" + entry.display;
  }
  return entry.display;
}

namespace {

int two_digits(std::string_view s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// One ISO point (`2023-06-14`, `2023-06`, `2023`, `--07-30`, `XXXX-WXX-5`)
// in words; anything else as it is.
std::string date_point_text(std::string_view point, bool hijri, std::string_view mention) {
  if (point.size() == 10 && point.substr(0, 9) == "XXXX-WXX-" && point[9] >= '1' && point[9] <= '7') {
    return arabic_word("weekday", point[9] - '0');
  }
  std::string_view year;
  std::string_view rest = point;
  if (rest.substr(0, 2) == "--") {
    rest.remove_prefix(2);
  } else {
    const size_t dash = rest.find('-');
    year = rest.substr(0, dash);
    rest = dash == std::string_view::npos ? std::string_view() : rest.substr(dash + 1);
    if (!all_digits(year) || year.size() > 4) return std::string(point);
  }
  int month = 0;
  int day = 0;
  if (!rest.empty()) {
    if (rest.size() < 2 || !all_digits(rest.substr(0, 2))) return std::string(point);
    month = two_digits(rest);
    rest.remove_prefix(2);
    if (!rest.empty()) {
      if (rest.size() != 3 || rest[0] != '-' || !all_digits(rest.substr(1))) return std::string(point);
      day = two_digits(rest.substr(1));
    }
  }
  if (month < 0 || month > 12) return std::string(point);
  std::string out;
  if (day > 0) out += std::to_string(day);
  if (month > 0) {
    std::string name = arabic_word("month", month);
    const std::string levant = arabic_word("month_levant", month);
    if (hijri) {
      name = arabic_word("hijri_month", month);
    } else if (!levant.empty() && fold(to_u32(mention)).find(fold(to_u32(levant))) != std::u32string::npos) {
      name = levant;
    }
    if (!out.empty()) out += ' ';
    out += name;
  }
  if (!year.empty()) {
    if (!out.empty()) out += ' ';
    out += std::string(year);
    if (hijri) out += " " + arabic_word("word", "hijri_era");
  }
  return out;
}

std::string date_text(std::string_view iso, bool hijri, std::string_view mention) {
  std::string out;
  size_t from = 0;
  while (true) {
    const size_t slash = iso.find('/', from);
    if (!out.empty()) out += " – ";
    out += date_point_text(iso.substr(from, slash - from), hijri, mention);
    if (slash == std::string_view::npos) return out;
    from = slash + 1;
  }
}

// A value as the Arabic page shows it: the reader's form and the ISO form.
struct ShownValue {
  std::string text;
  std::string iso;
};

struct ValueText {
  std::string_view mention;
  ShownValue operator()(std::monostate) const { return {}; }
  ShownValue operator()(const LawRef& law) const {
    std::string out = arabic_word("law_kind", law.kind.id());
    if (out.empty()) out = law.kind.id();
    if (!law.number.empty()) out += ' ' + as_written(mention, law.number);
    if (law.year != 0) {
      out += " " + arabic_word("word", "of_year") + " " + std::to_string(law.year);
      if (law.hijri_year) out += " " + arabic_word("word", "hijri_era");
    }
    // The date of the act, when the citation gives one.
    std::string iso;
    if (!law.date.iso.empty()) {
      out += " " + arabic_word("word", "dated") + " " + date_text(law.date.iso, law.date.hijri, mention);
      iso = law.date.hijri ? law.date.gregorian : law.date.iso;
    }
    return {out, !iso.empty() && iso[0] >= '0' && iso[0] <= '9' ? iso : ""};
  }
  ShownValue operator()(const DateValue& date) const {
    std::string text = date_text(date.iso, date.hijri, mention);
    if (date.hijri && !date.gregorian.empty()) text += " (" + date_text(date.gregorian, false, "") + ")";
    const std::string& iso = date.hijri ? date.gregorian : date.iso;
    return {text, !iso.empty() && iso[0] >= '0' && iso[0] <= '9' ? iso : ""};
  }
  ShownValue operator()(const ContactValue& contact) const { return {contact.normalized, ""}; }
};

ShownValue shown_value(const Entity& e) { return std::visit(ValueText{e.text}, e.value); }

void append_type_rules(std::string* out) {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const TypePresentation& s = style_of(static_cast<EntityType>(i));
    const std::string cls = std::string(".t-") + type_name(static_cast<EntityType>(i));
    *out += cls + " { --k-fg: " + s.light_fg + "; --k-bg: " + s.light_bg + "; --k-line: " + s.underline +
            "; }\n";
    // The label's alternative text ("، شخص") keeps the name and the type
    // apart for a screen reader.
    const std::string& label = arabic_label(s);
    *out += "mark" + cls + "::after { content: \"" + label + "\" / \"، " + label + "\"; }\n";
  }
  *out += "@media (prefers-color-scheme: dark) {\n";
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const TypePresentation& s = style_of(static_cast<EntityType>(i));
    *out += std::string("  .t-") + type_name(static_cast<EntityType>(i)) + " { --k-fg: " +
            s.dark_fg + "; --k-bg: " + s.dark_bg + "; }\n";
  }
  *out += "}\n";
}

void append_legend(std::string* out) {
  *out += "<ul class=\"legend\" aria-label=\"الأنواع\">\n";
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const char* name = type_name(static_cast<EntityType>(i));
    const TypePresentation& s = style_of(static_cast<EntityType>(i));
    *out += std::string("<li><span class=\"swatch t-") + name + "\">" + arabic_label(s) + "</span> " +
            arabic_name(s) + "</li>\n";
  }
  *out += "</ul>\n";
}

std::string mark_id(size_t doc, size_t entity) {
  return "d" + std::to_string(doc) + "-e" + std::to_string(entity);
}

// Entity index → the display name of its table entry (empty if none).
std::vector<std::string> entity_names(const Analysis& a) {
  std::vector<std::string> names(a.entities.size());
  for (const TableEntry& row : a.table) {
    const std::string name = display_name(row);
    for (uint32_t i : row.mentions) {
      if (i < names.size()) names[i] = name;
    }
  }
  return names;
}

bool has_arabic_letter(std::u32string_view text) {
  for (char32_t c : text) {
    if (is_arabic_letter(c)) return true;
  }
  return false;
}

// The text with a <mark> around each entity's code points. Its title names
// the thing as written, its type and value; the label after it is CSS.
void append_marked_text(size_t doc, const Analysis& a, std::string* out) {
  const std::u32string_view text(a.text);
  const std::vector<std::string> names = entity_names(a);
  *out += "<div class=\"text\">";
  size_t at = 0;
  for (size_t k = 0; k < a.entities.size(); ++k) {
    const Entity& e = a.entities[k];
    if (e.start < at || e.start >= e.end || e.end > text.size()) continue;
    append_escaped(text.substr(at, e.start - at), out);
    const std::u32string_view covered = text.substr(e.start, e.end - e.start);
    std::string title = names[k].empty() ? e.text : names[k];
    title += std::string(" · ") + arabic_name(style_of(e.type));
    const ShownValue value = shown_value(e);
    if (!value.text.empty()) title += " · " + value.text;
    if (!value.iso.empty()) title += " · " + value.iso;
    *out += "<mark id=\"" + mark_id(doc, k) + "\" class=\"t-" + type_name(e.type) + "\"";
    if (!has_arabic_letter(covered)) *out += " dir=\"ltr\"";
    *out += " title=\"";
    append_escaped(std::string_view(title), out);
    *out += "\">";
    append_escaped(covered, out);
    *out += "</mark>";
    at = e.end;
  }
  append_escaped(text.substr(at), out);
  *out += "</div>\n";
}

// The mention a row names its entry by (its number is written as there).
const Entity* fullest_mention(const Analysis& a, const TableEntry& row) {
  const Entity* first = nullptr;
  for (uint32_t i : row.mentions) {
    if (i >= a.entities.size()) continue;
    if (a.entities[i].text == row.display) return &a.entities[i];
    if (first == nullptr) first = &a.entities[i];
  }
  return first;
}

void append_table(size_t doc, const Analysis& a, std::string* out) {
  if (a.table.empty()) {
    *out += "<p class=\"empty\">لا كيانات.</p>\n";
    return;
  }
  *out +=
      "<table class=\"entities\">\n<thead><tr><th>الاسم</th>"
      "<th>النوع</th><th class=\"num\">العدد</th><th>القيمة</th></tr></thead>\n<tbody>\n";
  for (const TableEntry& row : a.table) {
    const char* name = type_name(row.type);
    const Entity* shown = fullest_mention(a, row);
    const bool linked = !row.mentions.empty() && row.mentions[0] < a.entities.size();
    *out += "<tr><td><bdi>";
    if (linked) *out += "<a href=\"#" + mark_id(doc, row.mentions[0]) + "\">";
    append_escaped(std::string_view(display_name(row)), out);
    if (linked) *out += "</a>";
    *out += std::string("</bdi></td><td><span class=\"swatch t-") + name + "\" title=\"" +
            arabic_name(style_of(row.type)) + "\">" + arabic_label(style_of(row.type)) +
            "</span></td><td class=\"num\">" + std::to_string(row.mentions.size()) +
            "</td><td class=\"value\">";
    if (shown != nullptr) {
      const ShownValue value = shown_value(*shown);
      if (!value.text.empty()) {
        *out += "<bdi>";
        append_escaped(std::string_view(value.text), out);
        *out += "</bdi>";
      }
      if (!value.iso.empty() && value.iso != value.text) {
        *out += "<bdi class=\"iso\" dir=\"ltr\">";
        append_escaped(std::string_view(value.iso), out);
        *out += "</bdi>";
      }
    }
    *out += "</td></tr>\n";
  }
  *out += "</tbody>\n</table>\n";
}

}  // namespace

std::string analyses_to_html(const std::vector<HtmlDocument>& documents) {
  std::string out =
      "<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n"
      // Even if something slipped through escaping, nothing could run or load.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>كاشف</title>\n<style>";
  out += kPageCss;
  append_type_rules(&out);
  out += "</style>\n</head>\n<body>\n<header>\n<h1>كاشف</h1>\n";
  append_legend(&out);
  out += "</header>\n<main>\n";
  for (size_t i = 0; i < documents.size(); ++i) {
    const HtmlDocument& d = documents[i];
    out += "<section class=\"doc\" id=\"d" + std::to_string(i) + "\">\n<h2><bdi>";
    append_escaped(std::string_view(d.id), &out);
    out += "</bdi></h2>\n";
    append_marked_text(i, d.analysis, &out);
    append_table(i, d.analysis, &out);
    out += "</section>\n";
  }
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace kashif
