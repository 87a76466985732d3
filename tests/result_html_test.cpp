#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/output/result_html.h"
#include "test_support.h"

using namespace kashif;
using namespace kashif::testing;

namespace {

std::string html_of(const std::string& id, Analysis analysis) {
  return analyses_to_html({HtmlDocument{id, std::move(analysis)}});
}

// The five references the page uses, back to characters.
std::string unescape(std::string s) {
  const std::pair<const char*, const char*> refs[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (const auto& [ref, c] : refs) {
    for (size_t at = s.find(ref); at != std::string::npos; at = s.find(ref, at + 1)) {
      s.replace(at, std::string(ref).size(), c);
    }
  }
  return s;
}

// The contents of every <mark ...>...</mark>, unescaped, in page order.
std::vector<std::string> marked(const std::string& html) {
  std::vector<std::string> out;
  for (size_t at = html.find("<mark "); at != std::string::npos; at = html.find("<mark ", at)) {
    const size_t open_end = html.find('>', at) + 1;
    const size_t close = html.find("</mark>", open_end);
    out.push_back(unescape(html.substr(open_end, close - open_end)));
    at = close;
  }
  return out;
}

// The document text shown in each section, marks removed and unescaped.
std::vector<std::string> shown_texts(const std::string& html) {
  std::vector<std::string> out;
  const std::string open = "<div class=\"text\">";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at)) {
    at += open.size();
    std::string body = html.substr(at, html.find("</div>", at) - at);
    for (size_t m = body.find("<mark "); m != std::string::npos; m = body.find("<mark ", m)) {
      body.erase(m, body.find('>', m) + 1 - m);
    }
    for (size_t m = body.find("</mark>"); m != std::string::npos; m = body.find("</mark>", m)) {
      body.erase(m, 7);
    }
    out.push_back(unescape(body));
  }
  return out;
}

// What a reader sees or hears of `html`: the text between tags and the
// titles, unescaped (class names and ids are not shown).
std::string readable(const std::string& html) {
  std::string out;
  size_t at = 0;
  while (at < html.size()) {
    const size_t open = html.find('<', at);
    out += html.substr(at, open - at);
    if (open == std::string::npos) break;
    const size_t close = html.find('>', open);
    const std::string tag = html.substr(open, close - open);
    const size_t title = tag.find("title=\"");
    if (title != std::string::npos) out += "\n" + tag.substr(title + 7, tag.find('"', title + 7) - title - 7) + "\n";
    at = close + 1;
  }
  return unescape(out);
}

size_t count_of(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// An Analysis made by hand, one entity per `spans` item found in `text`.
Analysis hand_made(const std::u32string& text, const std::vector<std::pair<std::u32string, EntityType>>& spans,
                   const std::string& canonical) {
  Analysis a;
  a.text = text;
  size_t from = 0;
  for (const auto& [span, type] : spans) {
    const auto start = static_cast<uint32_t>(text.find(span, from));
    const auto end = static_cast<uint32_t>(start + span.size());
    a.entities.push_back({start, end, type, u8(span), canonical, {}});
    a.table.push_back({canonical, type, u8(span), {static_cast<uint32_t>(a.entities.size() - 1)}});
    from = end;
  }
  return a;
}

const char* const kSample =
    "أعلنت الأمم المتحدة في دولة الكويت يوم 15 نوفمبر 2021 أن الحكومة ستعرض تعديل "
    "القانون رقم 91 لسنة 2013 بشأن مكافحة الاتجار بالأشخاص.\nوقال وزير العمل طارق الشيخ "
    "إن الخطة جاهزة.";

}  // namespace

TEST_CASE("the page is an Arabic right-to-left document that runs and loads nothing", "[html]") {
  const std::string html = html_of("sample", pipeline().analyze(kSample).value());
  CHECK(html.rfind("<!doctype html>\n", 0) == 0);
  CHECK(count_of(html, "<html lang=\"ar\" dir=\"rtl\">") == 1);
  CHECK(count_of(html, "<meta charset=\"utf-8\">") == 1);
  CHECK(count_of(html, "white-space: pre-wrap") == 1);
  CHECK(lower(html).find("<script") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
  // Every link points inside the page.
  CHECK(count_of(html, "href=\"") == count_of(html, "href=\"#"));
  // Every type in the legend: its swatch, with the label its marks show.
  for (const char* type : {"PERS", "ORG", "GPE", "LOC", "LAW", "DATE", "EVENT", "POLICY", "OCC", "CONTACT"}) {
    INFO(type);
    CHECK(html.find(std::string("<li><span class=\"swatch t-") + type + "\">") != std::string::npos);
    CHECK(html.find(std::string("mark.t-") + type + "::after { content: \"") != std::string::npos);
  }
}

TEST_CASE("marks cover exactly the entities and the text reads as the original", "[html]") {
  const Analysis a = pipeline().analyze(kSample).value();
  REQUIRE(a.entities.size() >= 4);
  std::vector<std::string> expected;
  for (const Entity& e : a.entities) expected.push_back(e.text);
  const std::string html = html_of("sample", a);
  CHECK(marked(html) == expected);
  CHECK(shown_texts(html) == std::vector<std::string>{kSample});
  // Each title starts with the entity's name as written: the name of its table entry.
  std::vector<std::string> names(a.entities.size());
  for (const TableEntry& row : a.table) {
    for (uint32_t i : row.mentions) names[i] = display_name(row);
  }
  for (size_t k = 0; k < a.entities.size(); ++k) {
    INFO(a.entities[k].text);
    CHECK(html.find(std::string("class=\"t-") + type_name(a.entities[k].type) + "\" title=\"" + names[k] + " · ") !=
          std::string::npos);
  }
}

TEST_CASE("the corpus renders with every entity marked and no markup of its own", "[html]") {
  std::vector<HtmlDocument> documents;
  std::vector<std::string> originals;
  std::vector<std::string> expected_marks;
  for (const std::string& path : corpus_files()) {
    originals.push_back(read_file(path));
    documents.push_back({path, pipeline().analyze(originals.back()).value()});
    for (const Entity& e : documents.back().analysis.entities) expected_marks.push_back(e.text);
  }
  REQUIRE(!documents.empty());
  const std::string html = analyses_to_html(documents);
  CHECK(decode_utf8(html).ok());
  CHECK(count_of(html, "<section class=\"doc\"") == documents.size());
  CHECK(marked(html) == expected_marks);
  CHECK(shown_texts(html) == originals);
  CHECK(lower(html).find("<script") == std::string::npos);
}

TEST_CASE("markup in the text, an entity or its names is shown as text", "[html]") {
  const std::u32string script = U"<script>alert('x')</script>";
  const std::u32string img = U"<img src=x onerror=\"alert(1)\">";
  const std::u32string text = U"قال " + img + U" إن " + script + U" & <b>غادر</b>";
  const Analysis a = hand_made(text, {{img, EntityType::kPers}, {script, EntityType::kOrg}},
                               "\"><script>alert(2)</script><img src=y onerror=alert(3)>");
  const std::string html = html_of("<b onmouseover=alert(4)>doc</b>", a);

  CHECK(lower(html).find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>") == std::string::npos);
  CHECK(html.find("<b onmouseover") == std::string::npos);
  CHECK(html.find("onerror=\"") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;") != std::string::npos);
  CHECK(html.find("&amp; &lt;b&gt;") != std::string::npos);
  CHECK(html.find("&lt;b onmouseover=alert(4)&gt;doc&lt;/b&gt;") != std::string::npos);
  // A name in a title attribute cannot close it.
  CHECK(html.find("title=\"&lt;img src=x onerror=&quot;alert(1)&quot;&gt; · شخص\"") != std::string::npos);
  CHECK(marked(html) == std::vector<std::string>{u8(img), u8(script)});
  CHECK(shown_texts(html) == std::vector<std::string>{u8(text)});
}

TEST_CASE("the table has one row per entry with its count and value", "[html]") {
  const Analysis a = pipeline().analyze(kSample).value();
  const std::string html = html_of("sample", a);
  const size_t tbody = html.find("<tbody>");
  REQUIRE(tbody != std::string::npos);
  const std::string rows = html.substr(tbody, html.find("</tbody>") - tbody);
  CHECK(count_of(rows, "<tr>") == a.table.size());
  for (const TableEntry& row : a.table) {
    INFO(row.canonical);
    CHECK(rows.find(">" + display_name(row) + "</a></bdi>") != std::string::npos);
    CHECK(rows.find(std::string("<span class=\"swatch t-") + type_name(row.type) + "\"") != std::string::npos);
  }
  CHECK(rows.find("<bdi>قانون 91 لسنة 2013</bdi>") != std::string::npos);
  CHECK(rows.find("<bdi>15 نوفمبر 2021</bdi><bdi class=\"iso\" dir=\"ltr\">2021-11-15</bdi>") != std::string::npos);
  CHECK(rows.find("<td class=\"num\">1</td>") != std::string::npos);

  Analysis none = pipeline().analyze("نص بلا كيانات.").value();
  none.entities.clear();
  none.table.clear();
  const std::string empty = html_of("empty", none);
  CHECK(empty.find("<table") == std::string::npos);
  CHECK(empty.find("<p class=\"empty\">") != std::string::npos);
}

TEST_CASE("bidi and control characters and bad strings never break the page", "[html]") {
  // RLO, PDF, RLI, PDI, RLM and ALM around and inside names; C0 and C1 controls.
  const std::string text =
      "قال \u202eطارق الشيخ\u202c إن \u2067دولة الكويت\u2069 \u200fتعمل\u061c.\n"
      "bell\a nul" + std::string(1, '\0') + " del\x7f c1\u0085 end";
  const auto analysis = pipeline().analyze(text);
  REQUIRE(analysis.ok());
  const std::string html = html_of("bidi\u202e.txt", analysis.value());
  CHECK(decode_utf8(html).ok());
  CHECK(html.find('\0') == std::string::npos);
  CHECK(html.find('\a') == std::string::npos);
  CHECK(html.find('\x7f') == std::string::npos);
  CHECK(html.find("\u0085") == std::string::npos);
  CHECK(html.find("bell\u2407 nul\u2400 del\u2421 c1\uFFFD end") != std::string::npos);
  // Bidi controls stay as text; marks and table cells isolate them.
  CHECK(html.find("\u202e") != std::string::npos);
  CHECK(html.find("unicode-bidi: isolate") != std::string::npos);

  // A hand-made Analysis may hold what analyze() never returns: ill-formed
  // UTF-8 in its strings, a surrogate in its text, entities out of order or
  // past the end. They come out as U+FFFD or unmarked.
  Analysis bad;
  bad.text = U"abc\U0010FFFF";
  bad.text.push_back(static_cast<char32_t>(0xD800));
  bad.text += U"def";
  bad.entities = {{0, 3, EntityType::kPers, "abc", "\xff\xfe<", {}},
                  {1, 2, EntityType::kOrg, "b", "b", {}},
                  {6, 40, EntityType::kGpe, "", "x", {}},
                  {5, 5, EntityType::kGpe, "", "x", {}}};
  bad.table = {{"\xc3", EntityType::kPers, "\xe0\x80", {0}}, {"x", EntityType::kGpe, "x", {99}}};
  const std::string out = html_of("\xf5", bad);
  CHECK(decode_utf8(out).ok());
  CHECK(marked(out) == std::vector<std::string>{"abc"});
  CHECK(out.find("abc</mark>\U0010FFFF\uFFFDdef</div>") != std::string::npos);
  CHECK(out.find("title=\"\uFFFD\uFFFD · شخص\"") != std::string::npos);
}

TEST_CASE("one page holds every document in order", "[html]") {
  std::vector<HtmlDocument> documents;
  documents.push_back({"first", pipeline().analyze("زار الوفد القاهرة").value()});
  documents.push_back({"second", pipeline().analyze("وصل الوزير إلى الدوحة").value()});
  const std::string html = analyses_to_html(documents);
  CHECK(count_of(html, "<!doctype html>") == 1);
  CHECK(count_of(html, "<section class=\"doc\"") == 2);
  CHECK(html.find("<h2><bdi>first</bdi></h2>") < html.find("<h2><bdi>second</bdi></h2>"));
  CHECK(html.find("<h2><bdi>second</bdi></h2>") != std::string::npos);
  // Mark ids are unique across documents.
  CHECK(html.find("id=\"d0-e0\"") != std::string::npos);
  CHECK(html.find("id=\"d1-e0\"") != std::string::npos);
  CHECK(shown_texts(html) == std::vector<std::string>{"زار الوفد القاهرة", "وصل الوزير إلى الدوحة"});
}

TEST_CASE("names as written and values in Arabic words, never matching keys or ids", "[html]") {
  // Folded keys (رييس, دوله, الحكومه), law kinds by id, a Hijri date, a
  // letter in a law number that folding changes (أ → ا), a proclitic ل that
  // swallowed the article's alef (للأمم).
  const char* const text =
      "صدر المرسوم الملكي رقم م/7 بتاريخ 16/9/1439هـ، وقال رئيس الحكومة نبيل سعادة في دولة الكويت إن "
      "القانون رقم 12 لسنة 2019 نافذ منذ 3 حزيران 2020، وأكد للأمم المتحدة أن الأمر الملكي رقم أ/55 واضح.";
  const Analysis a = pipeline().analyze(text).value();
  const std::string html = html_of("names", a);
  const size_t tbody = html.find("<tbody>");
  REQUIRE(tbody != std::string::npos);
  const std::string rows = html.substr(tbody, html.find("</tbody>") - tbody);
  for (const char* shown : {">رئيس الحكومة</a>", ">دولة الكويت</a>", ">الأمم المتحدة</a>", ">16/9/1439هـ</a>",
                            "<bdi>مرسوم ملكي م/7", "<bdi>قانون 12 لسنة 2019</bdi>", "<bdi>أمر ملكي أ/55</bdi>",
                            "<bdi>3 حزيران 2020</bdi><bdi class=\"iso\" dir=\"ltr\">2020-06-03</bdi>",
                            "<bdi>16 رمضان 1439 هـ (31 مايو 2018)</bdi>"}) {
    INFO(shown);
    CHECK(rows.find(shown) != std::string::npos);
  }
  const std::string seen = readable(html.substr(html.find("<body>")));
  for (const char* hidden : {"رييس", "دوله", "الحكومه", "royal", "law", "decree", "PERS", "LAW", "_"}) {
    INFO(hidden);
    CHECK(seen.find(hidden) == std::string::npos);
  }
}

TEST_CASE("marks join their neighbours; marks without Arabic letters run left to right", "[html]") {
  const Analysis a = pipeline().analyze("اتصلوا على الرقم +961 1 234 567 أو زوروا دولة الكويت.").value();
  const std::string html = html_of("bidi", a);
  // No isolate on marks (it would cut Arabic joining at their edge).
  const size_t rule = html.find("\nmark {");
  REQUIRE(rule != std::string::npos);
  CHECK(html.substr(rule, html.find('}', rule) - rule).find("unicode-bidi") == std::string::npos);
  CHECK(html.find("class=\"t-CONTACT\" dir=\"ltr\"") != std::string::npos);
  CHECK(html.find("class=\"t-GPE\" dir=") == std::string::npos);
}

TEST_CASE("display_name puts back the alef a proclitic swallowed, and only that", "[html]") {
  CHECK(display_name({"الأمم المتحدة", EntityType::kOrg, "لأمم المتحدة", {0}}) == "الأمم المتحدة");
  CHECK(display_name({"لبنان", EntityType::kGpe, "لبنان", {0}}) == "لبنان");
  CHECK(display_name({"رييس الحكومه", EntityType::kOcc, "رئيس الحكومة", {0}}) == "رئيس الحكومة");
}
