#include "core/law_grammar.h"

#include <optional>
#include <string>

#include "core/token_walk.h"
#include "core/utf8.h"

namespace kashif {

namespace {

constexpr char32_t kLam = 0x0644, kBeh = 0x0628, kWaw = 0x0648;

// Kinds whose instruments are named by a complement (`اتفاقية الأمم المتحدة
// لمكافحة الفساد`, `الميثاق العربي لحقوق الإنسان`). Laws, decrees and
// decisions are too generic for that: `قانون` + noun needs a number or a
// listed name.
bool names_by_complement(const std::string& kind) {
  for (const char* k : {"convention", "agreement", "protocol", "optional_protocol", "charter",
                        "treaty", "declaration", "covenant"}) {
    if (kind == k) return true;
  }
  return false;
}

bool is_proclitic(const RecognizerInput& in, size_t i, char32_t letter) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kProclitic &&
         in.tokens[i].form.size() == 1 && in.tokens[i].form[0] == letter;
}

bool is_arabic_word(const RecognizerInput& in, size_t i) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kWord && in.tokens[i].arabic;
}

bool is_function_word(const RecognizerInput& in, size_t i, const char* kind = nullptr) {
  const LexiconEntry* e = match_entry(in, i, "function_word");
  return e && (!kind || (!e->attrs.empty() && e->attrs[0] == kind));
}

// A word that can continue a name inside one line: not a function word, not
// the start of a deictic phrase (`الفساد العام الماضي` ends at `الفساد`).
bool name_word(const RecognizerInput& in, size_t i) {
  return i < in.tokens.size() && !in.tokens[i].line_break_before && !is_function_word(in, i) &&
         !match_class(in, i, "deictic");
}

bool definite_name_word(const RecognizerInput& in, size_t i) {
  return is_definite(in, i) && name_word(in, i);
}

// `في` inside a subject that a number still follows: `نظام العاملين في
// المنازل رقم (90)`; the number clause bounds it (parse_law).
bool subject_link(const RecognizerInput& in, size_t i) {
  const auto m = match_class(in, i, "law_subject_link");
  return m && m->skip == 0 && !in.tokens[i].line_break_before && definite_name_word(in, i + 1);
}

// A ل complement that continues an instrument's name, from tokens[q]:
// `للهجرة`, `لحقوق الإنسان`, `لمكافحة الجريمة المنظمة`, `لاتفاقية حقوق
// الطفل`, then definite words and ب/ل + definite word (`الاتجار بالأشخاص`).
// Only definite words follow, so a verb after the name ends it. Returns q
// when there is no complement.
size_t complement_end(const RecognizerInput& in, size_t q) {
  size_t p = q;
  if (is_proclitic(in, p, kLam) && definite_name_word(in, p + 1)) {
    p += 2;
  } else if (is_arabic_word(in, p) && in.tokens[p].form[0] == kLam &&
             in.tokens[p].form.size() >= 3 && name_word(in, p)) {
    // ل + verbal noun or noun in construct, then at most two more nouns in
    // construct before the first definite word.
    ++p;
    for (int k = 0; k < 2 && is_arabic_word(in, p) && !is_definite(in, p) && name_word(in, p); ++k) {
      ++p;
    }
    if (!definite_name_word(in, p)) return q;
    ++p;
  } else {
    return q;
  }
  for (int k = 0; k < 5; ++k) {
    if (definite_name_word(in, p)) {
      ++p;
    } else if ((is_proclitic(in, p, kBeh) || is_proclitic(in, p, kLam)) &&
               definite_name_word(in, p + 1)) {
      p += 2;
    } else {
      break;
    }
  }
  return p;
}

// What follows a kind word or name: number and year, ending before tokens[end].
struct Tail {
  size_t end;
  std::string number;
  int year = 0;
  bool hijri = false;
  bool marked = false;  // the number has رقم or brackets
};

// `رقم (7)`, `91/2013`, `1.59.413`, `1-59-413`, `م/51`, `107/54`.
std::optional<Tail> number_at(const RecognizerInput& in, size_t i) {
  size_t p = i;
  bool marked = false;
  if (const auto m = match_class(in, p, "law_number"); m && m->token_count == 1) {
    marked = true;
    ++p;
  }
  const bool bracket = is_punct(in, p, U'(');
  if (bracket) ++p;
  if (p >= in.tokens.size() || in.tokens[p].line_break_before) return std::nullopt;
  std::u32string number;
  // Dotted forms (`1.59.413`) are one token; a glued و (`و7`) is no number here.
  const auto is_number = [&](size_t k) {
    return k < in.tokens.size() && in.tokens[k].kind == TokenKind::kNumber &&
           in.tokens[k].form[0] >= U'0' && in.tokens[k].form[0] <= U'9';
  };
  // Saudi royal decrees carry a letter series: `م/51`.
  if (is_arabic_word(in, p) && in.tokens[p].form.size() <= 2 && is_punct(in, p + 1, U'/') &&
      glued(in, p + 1) && glued(in, p + 2) && is_number(p + 2)) {
    number = in.tokens[p].form + U"/" + in.tokens[p + 2].form;
    p += 3;
  } else if (is_number(p)) {
    number = in.tokens[p].form;
    ++p;
    while ((is_punct(in, p, U'/') || is_punct(in, p, U'-') || is_punct(in, p, U'.')) &&
           glued(in, p) && glued(in, p + 1) && is_number(p + 1)) {
      number += in.tokens[p].form + in.tokens[p + 1].form;
      p += 2;
    }
  } else {
    return std::nullopt;
  }
  if (bracket) {
    if (!is_punct(in, p, U')')) return std::nullopt;
    ++p;
  }
  Tail out{p, encode_utf8(number)};
  out.marked = marked || bracket;
  // `91/2013`: number and year; `107/54` keeps its slash.
  const size_t slash = number.find(U'/');
  if (slash != std::u32string::npos && number.find(U'/', slash + 1) == std::u32string::npos &&
      number.size() - slash - 1 == 4 && number.find_first_not_of(U"0123456789", slash + 1) == std::u32string::npos) {
    int year = 0;
    for (size_t k = slash + 1; k < number.size(); ++k) year = year * 10 + (number[k] - U'0');
    if (year >= 1300 && year < 2200) {
      out.number = encode_utf8(number.substr(0, slash));
      out.year = year;
      out.hijri = year < 1600;
    }
  }
  return out;
}

// `لسنة 2006`, `لعام 1426هـ`, `لسنة (2020)`, and the UN's `1325 (2000)`.
std::optional<Year> law_year_at(const RecognizerInput& in, size_t i) {
  const auto m = match_class(in, i, "law_year");
  size_t p = m ? i + m->token_count : i;
  const bool bracket = is_punct(in, p, U'(');
  if (!m && !bracket) return std::nullopt;
  if (bracket) ++p;
  if (p < in.tokens.size() && in.tokens[p].line_break_before) return std::nullopt;
  auto year = year_at(in, p);
  if (!year) return std::nullopt;
  if (bracket) {
    if (!is_punct(in, year->end, U')')) return std::nullopt;
    ++year->end;
  }
  return year;
}

// UN resolutions are cited by bare number: `قرار مجلس الأمن 2254`. Other
// kinds need رقم, brackets or a year, so `القانون 12 مادة` is no act.
bool cited_by_bare_number(const std::string& kind) {
  return kind == "security_council_resolution" || kind == "general_assembly_resolution";
}

// Number and year after a kind word or name, from tokens[p]; a year alone
// only when `year_alone`. Also the Saudi `… الصادر بالمرسوم الملكي رقم
// م/51`: the issuing act's number identifies the statute.
std::optional<Tail> numbered_tail(const RecognizerInput& in, size_t p, const std::string& kind,
                                  bool year_alone) {
  if (p < in.tokens.size() && in.tokens[p].line_break_before) return std::nullopt;
  if (const auto issued = match_class(in, p, "law_issued"); issued && issued->token_count == 1) {
    size_t q = p + 1;
    if (is_proclitic(in, q, kBeh)) ++q;
    if (const auto issuer = match_class(in, q, "law_kind")) {
      if (const auto n = numbered_tail(in, q + issuer->token_count, "", false);
          n && !n->number.empty()) {
        return n;
      }
    }
  }
  if (auto tail = number_at(in, p)) {
    if (const auto y = law_year_at(in, tail->end); y && tail->year == 0) {
      tail->end = y->end;
      tail->year = y->value;
      tail->hijri = y->hijri;
    } else if (!tail->marked && !cited_by_bare_number(kind)) {
      return std::nullopt;
    }
    return tail;
  }
  if (year_alone) {
    if (const auto y = law_year_at(in, p)) return Tail{y->end, "", y->value, y->hijri};
  }
  return std::nullopt;
}

// The end of a definite nationality adjective at tokens[p] (`الكويتي`), or 0.
size_t nationality_end(const RecognizerInput& in, size_t p) {
  const auto m = match_class(in, p, "nationality");
  return m && m->skip == 0 && is_definite(in, p) && name_word(in, p) ? p + m->token_count : 0;
}

// The end of an instrument named by what follows its kind word, or 0:
// `دستور دولة الكويت`, `الدستور الكويتي`, bare `الدستور`, `اتفاقية الأمم
// المتحدة لمكافحة …`, `الميثاق العالمي للهجرة`.

size_t free_name_end(const RecognizerInput& in, size_t i, size_t h, bool definite,
                     const std::string& kind) {
  if (kind == "constitution") {
    if (definite) {
      if (const size_t e = nationality_end(in, h)) return e;
      return i > 0 && is_function_word(in, i - 1, "demonstrative") ? 0 : h;
    }
    size_t p = h;
    if (const auto prefix = match_class(in, p, "gpe_prefix"); prefix && prefix->skip == 0) {
      p += prefix->token_count;
    }
    const auto gpe = match_class(in, p, "GPE");
    return gpe && gpe->skip == 0 && !in.tokens[p].line_break_before ? p + gpe->token_count : 0;
  }
  if (!names_by_complement(kind)) return 0;
  size_t p = h;
  if (definite) {
    if (const size_t e = nationality_end(in, p)) p = e;
  } else {
    const auto org = match_class(in, p, "ORG");
    if (!org || org->skip != 0 || in.tokens[p].line_break_before) return 0;
    p += org->token_count;
  }
  const size_t end = complement_end(in, p);
  return end > p ? end : 0;
}

struct Head {
  LexiconMatch match;
  const LexiconEntry* entry;
  bool named;
};

std::optional<Head> head_at(const RecognizerInput& in, size_t i) {
  LexiconMatch named_match, kind_match;
  const LexiconEntry* named = match_entry(in, i, "named_law", &named_match);
  const LexiconEntry* kind = match_entry(in, i, "law_kind", &kind_match);
  if (named && (!kind || named_match.token_count >= kind_match.token_count)) {
    return Head{named_match, named, true};
  }
  if (kind) return Head{kind_match, kind, false};
  return std::nullopt;
}

Mention law_mention(const RecognizerInput& in, size_t first, uint32_t skip, size_t end,
                    LawRef ref, std::string canonical) {
  Mention m = mention_over_tokens(in, first, end - 1, skip, EntityType::kLaw, Priority::kGrammar);
  if (canonical.empty() && !ref.number.empty()) {
    // `القانون (91/2013)` and `القانون 91 لعام 2013` are one act.
    canonical = ref.kind + " " + ref.number + (ref.year ? "/" + std::to_string(ref.year) : "");
  }
  m.canonical = std::move(canonical);
  m.value = std::move(ref);
  return m;
}

// Parses a LAW at tokens[i]; returns its end, or 0.
size_t parse_law(const RecognizerInput& in, size_t i, std::vector<Mention>* out) {
  const auto head = head_at(in, i);
  if (!head) return 0;
  const size_t h = i + head->match.token_count;
  const auto& attrs = head->entry->attrs;
  LawRef ref;
  ref.kind = attrs.empty() ? "" : attrs[0];
  std::string canonical = head->named && attrs.size() > 1 ? attrs[1] : "";
  const bool definite = has_article(std::u32string_view(in.tokens[i].form).substr(head->match.skip));

  std::optional<Tail> tail;
  size_t end = head->named ? h : free_name_end(in, i, h, definite, ref.kind);
  if (head->named) {
    if (const size_t e = nationality_end(in, end)) end = e;  // `قانون العمل الكويتي`
  }
  if (end != 0) {
    tail = numbered_tail(in, end, ref.kind, true);
  } else {
    // A kind word needs a number, maybe after words that qualify it: a
    // nationality, a subject, an issuing body (`قرار وزير الداخلية رقم 5`,
    // `قانون الاتجار الكويتي رقم 91`). Another kind word starts another act.
    for (size_t p = h; p <= h + 8 && !tail; ++p) {
      tail = numbered_tail(in, p, ref.kind, p == h);
      const bool qualifier = p < in.tokens.size() &&
                             (is_arabic_word(in, p) || in.tokens[p].kind == TokenKind::kProclitic) &&
                             (name_word(in, p) || subject_link(in, p)) &&
                             !match_class(in, p, "law_kind") && !match_class(in, p, "law_number");
      if (!qualifier) break;
    }
    if (!tail) return 0;
  }
  if (tail) {
    end = tail->end;
    ref.number = tail->number;
    ref.year = tail->year;
    ref.hijri_year = tail->hijri;
  }
  out->push_back(law_mention(in, i, head->match.skip, end, ref, canonical));

  // `القرارين رقم (5) ورقم (7)`: each further `رقم …` is an act of the same kind.
  while (!ref.number.empty()) {
    size_t p = end;
    if (is_arabic_word(in, p) && in.tokens[p].form == std::u32string(1, kWaw)) ++p;  // `و رقم`
    const auto number = match_class(in, p, "law_number");
    if (!number || (p == end && number->skip == 0)) break;
    const auto next = numbered_tail(in, p, ref.kind, false);
    if (!next || next->number.empty()) break;
    LawRef sibling{ref.kind, next->number, next->year, next->hijri};
    out->push_back(law_mention(in, p, number->skip, next->end, sibling, ""));
    end = next->end;
  }
  return end;
}

}  // namespace

void find_laws(const RecognizerInput& in, std::vector<Mention>* out) {
  for (size_t i = 0; i < in.tokens.size();) {
    const size_t end = parse_law(in, i, out);
    i = end > i ? end : i + 1;
  }
}

}  // namespace kashif
