#include "core/result_html.h"

#include <string_view>

#include "core/utf8.h"

namespace kashif {

namespace {

// How each type looks and is called. Mirrors TYPE_STYLES in
// web/entity-style.js (colours, underline) and the Arabic type names in
// web/strings.js, so the CLI's page and the web page agree; change them
// together. In EntityType order.
struct TypeStyle {
  const char* light_fg;
  const char* light_bg;
  const char* dark_fg;
  const char* dark_bg;
  const char* line;   // text-decoration-style of the underline
  const char* label;  // short name, shown on every mark
  const char* title;  // full name, in the legend
};

constexpr TypeStyle kTypeStyles[kEntityTypeCount] = {
    {"#1d4ed8", "#dbeafe", "#9cc3ff", "#1c2d4f", "solid", "شخص", "شخص"},
    {"#7e22ce", "#f3e8ff", "#d8b4fe", "#35204a", "double", "هيئة", "هيئة أو منظمة"},
    {"#047857", "#d1fae5", "#6ee7b7", "#123b30", "dashed", "دولة", "دولة أو مدينة"},
    {"#0e7490", "#cffafe", "#67e8f9", "#113a44", "dotted", "منطقة", "منطقة جغرافية"},
    {"#b91c1c", "#fee2e2", "#fca5a5", "#4a1f1f", "wavy", "تشريع", "قانون أو تشريع"},
    {"#92400e", "#fef3c7", "#fcd34d", "#45341a", "solid", "تاريخ", "تاريخ"},
    {"#be185d", "#fce7f3", "#f9a8d4", "#4a1d36", "double", "حدث", "حدث أو مناسبة"},
    {"#4338ca", "#e0e7ff", "#a5b4fc", "#272b55", "dashed", "سياسة", "سياسة أو خطة"},
    {"#4d7c0f", "#ecfccb", "#bef264", "#2c3a15", "dotted", "منصب", "منصب أو لقب"},
    {"#475569", "#e2e8f0", "#cbd5e1", "#2b3340", "wavy", "اتصال", "وسيلة اتصال"},
};

const TypeStyle& style_of(EntityType type) { return kTypeStyles[static_cast<int>(type)]; }

// The page's own look; the per-type rules are added from kTypeStyles.
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
mark {
  color: inherit;
  unicode-bidi: isolate;
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
.value { white-space: nowrap; font-size: 0.85rem; }
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

// One line, as web/strings.js formatValue writes it: `law 91/2013`,
// `2021-11-15`, `1426-05-01 AH (2005-06-08)`, `info@example.org`.
struct ValueText {
  std::string operator()(std::monostate) const { return ""; }
  std::string operator()(const LawRef& law) const {
    std::string number_year = law.number;
    if (law.year != 0) {
      if (!number_year.empty()) number_year += '/';
      number_year += std::to_string(law.year);
      if (law.hijri_year) number_year += " AH";
    }
    return number_year.empty() ? law.kind : law.kind + ' ' + number_year;
  }
  std::string operator()(const DateValue& date) const {
    if (!date.hijri) return date.iso;
    return date.iso + " AH" + (date.gregorian.empty() ? "" : " (" + date.gregorian + ")");
  }
  std::string operator()(const ContactValue& contact) const { return contact.normalized; }
};

std::string value_text(const EntityValue& value) { return std::visit(ValueText{}, value); }

void append_type_rules(std::string* out) {
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const TypeStyle& s = kTypeStyles[i];
    const std::string cls = std::string(".t-") + type_name(static_cast<EntityType>(i));
    *out += cls + " { --k-fg: " + s.light_fg + "; --k-bg: " + s.light_bg + "; --k-line: " + s.line +
            "; }\n";
    *out += "mark" + cls + "::after { content: \"" + s.label + "\"; }\n";
  }
  *out += "@media (prefers-color-scheme: dark) {\n";
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const TypeStyle& s = kTypeStyles[i];
    *out += std::string("  .t-") + type_name(static_cast<EntityType>(i)) + " { --k-fg: " +
            s.dark_fg + "; --k-bg: " + s.dark_bg + "; }\n";
  }
  *out += "}\n";
}

void append_legend(std::string* out) {
  *out += "<ul class=\"legend\" aria-label=\"الأنواع\">\n";
  for (int i = 0; i < kEntityTypeCount; ++i) {
    const char* name = type_name(static_cast<EntityType>(i));
    *out += std::string("<li><span class=\"swatch t-") + name + "\">" + kTypeStyles[i].label +
            "</span> " + kTypeStyles[i].title + " <bdi dir=\"ltr\">" + name + "</bdi></li>\n";
  }
  *out += "</ul>\n";
}

std::string mark_id(size_t doc, size_t entity) {
  return "d" + std::to_string(doc) + "-e" + std::to_string(entity);
}

// The text with a <mark> around each entity's code points.
void append_marked_text(size_t doc, const Analysis& a, std::string* out) {
  const std::u32string_view text(a.text);
  *out += "<div class=\"text\">";
  size_t at = 0;
  for (size_t k = 0; k < a.entities.size(); ++k) {
    const Entity& e = a.entities[k];
    if (e.start < at || e.start >= e.end || e.end > text.size()) continue;
    append_escaped(text.substr(at, e.start - at), out);
    std::string title = std::string(type_name(e.type)) + " · " + e.canonical;
    const std::string value = value_text(e.value);
    if (!value.empty() && value != e.canonical) title += " · " + value;  // LAW's canonical is its value
    *out += "<mark id=\"" + mark_id(doc, k) + "\" class=\"t-" + type_name(e.type) + "\" title=\"";
    append_escaped(std::string_view(title), out);
    *out += "\">";
    append_escaped(text.substr(e.start, e.end - e.start), out);
    *out += "</mark>";
    at = e.end;
  }
  append_escaped(text.substr(at), out);
  *out += "</div>\n";
}

void append_table(size_t doc, const Analysis& a, std::string* out) {
  if (a.table.empty()) {
    *out += "<p class=\"empty\">لا كيانات.</p>\n";
    return;
  }
  *out +=
      "<table class=\"entities\">\n<thead><tr><th>الاسم</th><th>الصيغة الموحدة</th>"
      "<th>النوع</th><th class=\"num\">العدد</th><th>القيمة</th></tr></thead>\n<tbody>\n";
  for (const TableEntry& row : a.table) {
    const char* name = type_name(row.type);
    const bool linked = !row.mentions.empty() && row.mentions[0] < a.entities.size();
    *out += "<tr><td><bdi>";
    if (linked) *out += "<a href=\"#" + mark_id(doc, row.mentions[0]) + "\">";
    append_escaped(std::string_view(row.display), out);
    if (linked) *out += "</a>";
    *out += "</bdi></td><td><bdi>";
    append_escaped(std::string_view(row.canonical), out);
    *out += std::string("</bdi></td><td><span class=\"swatch t-") + name + "\" title=\"" + name +
            "\">" + style_of(row.type).label + "</span></td><td class=\"num\">" +
            std::to_string(row.mentions.size()) + "</td><td class=\"value\"><bdi dir=\"ltr\">";
    if (linked) append_escaped(std::string_view(value_text(a.entities[row.mentions[0]].value)), out);
    *out += "</bdi></td></tr>\n";
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
