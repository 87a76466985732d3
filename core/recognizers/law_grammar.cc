#include "core/recognizers/law_grammar.h"

#include <optional>
#include <string>

#include "core/lexicon/law_kinds.h"
#include "core/recognizers/date_grammar.h"
#include "core/recognizers/token_walk.h"
#include "core/text/letters.h"
#include "core/text/tokenize.h"
#include "core/text/utf8.h"

namespace kashif {

namespace {

// How an act of a kind is named when no number follows its kind word
// (law_kinds.tsv, fourth column).
enum class Naming {
  kNumber,        // decrees, decisions: a number, or a listed name
  kComplement,    // `اتفاقية الأمم المتحدة لمكافحة الفساد`
  kSubject,       // `قانون المسطرة المدنية`
  kSubjectCited,  // `نظام المرافعات الشرعية`, but not `نظام الكفالة`
  kOfAct,         // `اللائحة التنفيذية لنظام العمل`
  kState,         // `دستور دولة الكويت`, `الدستور الكويتي`, `دستور 2011`, `الدستور`
};

// What a kind's row in law_kinds*.tsv says about citing it (fourth and
// fifth columns); a listed name's row has neither.
struct KindTraits {
  Naming naming = Naming::kNumber;
  bool bare_number = false;       // `قرار مجلس الأمن 2254`
  bool bare_long_number = false;  // `القرار 1701`, not `القرار 12 مادة`
  bool no_place = false;          // `عهد` is never named by a city
};

KindTraits traits_of(const LexiconEntry& kind) {
  KindTraits out;
  if (kind.cls != WordClass::kLawKind || kind.attrs.size() < 2) return out;
  const std::string_view n = kind.attrs[1];
  if (n == "complement") out.naming = Naming::kComplement;
  if (n == "subject") out.naming = Naming::kSubject;
  if (n == "subject_cited") out.naming = Naming::kSubjectCited;
  if (n == "of_act") out.naming = Naming::kOfAct;
  if (n == "state") out.naming = Naming::kState;
  if (kind.attrs.size() > 2) {
    const std::string_view trait = kind.attrs[2];
    out.bare_number = trait == "bare_number";
    out.bare_long_number = trait == "bare_long_number";
    out.no_place = trait == "no_place";
  }
  return out;
}

bool is_proclitic(const RecognizerInput& in, size_t i, char32_t letter) {
  return i < in.tokens.size() && in.tokens[i].kind == TokenKind::kProclitic &&
         in.tokens[i].form.size() == 1 && in.tokens[i].form[0] == letter;
}

// A function word at tokens[i], read with its proclitics split off (`وفي`
// as في; name_chain.h's is_function_word takes the word as written); with
// `kind`, one whose first attribute is that kind (`demonstrative`).
bool function_word_at(const RecognizerInput& in, size_t i, const char* kind = nullptr) {
  const LexiconEntry* e = match_entry(in, i, WordClass::kFunctionWord, ProcliticSkip::kMost);
  return e && (!kind || (!e->attrs.empty() && e->attrs[0] == kind));
}

// A word that can continue a name inside one line: not a function word, not
// the start of a deictic phrase (`الفساد العام الماضي` ends at `الفساد`).
bool name_word(const RecognizerInput& in, size_t i) {
  return i < in.tokens.size() && !in.tokens[i].line_break_before && !function_word_at(in, i) &&
         !match_class(in, i, WordClass::kDeictic, ProcliticSkip::kMost);
}

bool definite_name_word(const RecognizerInput& in, size_t i) {
  return is_definite_word(in, i) && name_word(in, i);
}

// `في` inside a subject that a number still follows: `نظام العاملين في
// المنازل رقم (90)`; the number clause bounds it (parse_law).
bool subject_link(const RecognizerInput& in, size_t i) {
  const auto m = match_class(in, i, WordClass::kLawSubjectLink, ProcliticSkip::kMost);
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
    for (int k = 0; k < 2 && is_arabic_word(in, p) && !is_definite_word(in, p) && name_word(in, p); ++k) {
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

bool is_digits(const RecognizerInput& in, size_t k) {
  return k < in.tokens.size() && in.tokens[k].kind == TokenKind::kNumber &&
         in.tokens[k].form[0] >= U'0' && in.tokens[k].form[0] <= U'9';
}

// The numbering schemes of Arab legislation, from tokens[i]: `رقم (7)`,
// `عدد 50`, `91/2013`, Moroccan `1.59.413` and `1-59-413`, Algerian
// `90-11`, Saudi letter series `م/51` and `(أ - 90)` (grammar_words.tsv
// law_series), Shura `(256 / 39)`, Omani `٦ / ٢٠٢٢`. Inside brackets the
// separators may stand apart; outside them only before a four-digit year.
// The digits of a number glued to its number word (`رقم5`, `برقم12`: the
// tokenizer keeps one or two digits on the letters before them), or 0.
size_t glued_number_digits(const RecognizerInput& in, size_t i) {
  if (i >= in.tokens.size() || in.tokens[i].kind != TokenKind::kNumber || !in.tokens[i].arabic) return 0;
  const std::u32string_view form = in.tokens[i].form;
  const size_t digits = form.find_first_of(U"0123456789");
  if (digits == std::u32string_view::npos || digits == 0 ||
      form.find_first_not_of(U"0123456789", digits) != std::u32string_view::npos) {
    return 0;
  }
  const std::u32string_view word = form.substr(0, digits);
  const size_t proclitics = word.size() > 3 ? proclitic_prefix_len(word) : 0;
  for (size_t skip = 0; skip <= proclitics; ++skip) {  // `برقم5`
    if (in.lexicon.has_word(word.substr(skip), WordClass::kLawNumber)) return form.size() - digits;
  }
  return 0;
}

std::optional<Tail> number_at(const RecognizerInput& in, size_t i) {
  size_t p = i;
  if (const size_t digits = glued_number_digits(in, p)) {
    const std::u32string& form = in.tokens[p].form;
    Tail out{p + 1, encode_utf8(form.substr(form.size() - digits))};
    out.marked = true;
    return out;
  }
  // A kind phrase may end in its number word (`حكم عدد`, law_kinds.tsv).
  bool marked = i > 0 && match_class(in, i - 1, WordClass::kLawNumber, ProcliticSkip::kMost).has_value();
  if (const auto m = match_class(in, p, WordClass::kLawNumber, ProcliticSkip::kMost); m && m->token_count == 1) {
    marked = true;
    ++p;
    if (is_punct(in, p, U':')) ++p;  // `رقم: (م/51)`
  }
  const bool bracket = is_punct(in, p, U'(');
  // Syrian and Lebanese texts put the number between slashes: `رقم /59/`.
  const bool slashed = !bracket && marked && is_punct(in, p, U'/') && is_digits(in, p + 1) &&
                       glued(in, p + 1) && is_punct(in, p + 2, U'/') && glued(in, p + 2);
  if (bracket || slashed) ++p;
  if (p >= in.tokens.size() || in.tokens[p].line_break_before) return std::nullopt;
  const auto joins = [&](size_t sep, bool last_is_year) {
    if (in.tokens[sep].line_break_before || in.tokens[sep + 1].line_break_before) return false;
    return (glued(in, sep) && glued(in, sep + 1)) || bracket || (marked && last_is_year);
  };
  const auto four_digits = [&](size_t k) { return is_digits(in, k) && in.tokens[k].form.size() == 4; };
  std::u32string number;
  LexiconMatch series;
  const LexiconEntry* letter = match_entry(in, p, WordClass::kLawSeries, ProcliticSkip::kMost, &series);
  if (is_arabic_word(in, p) && in.tokens[p].form.size() <= 2 && is_punct(in, p + 1, U"/-") &&
      is_digits(in, p + 2) && joins(p + 1, false)) {
    // The series letter as the table spells it (`أ`, not the folded `ا`).
    number = (letter && series.skip == 0 ? decode_utf8(letter->phrase).value() : in.tokens[p].form) +
             in.tokens[p + 1].form + in.tokens[p + 2].form;
    p += 3;
  } else if (slashed) {
    number = in.tokens[p].form;
    p += 2;
  } else if (is_digits(in, p)) {
    number = in.tokens[p].form;
    ++p;
    while (is_punct(in, p, U"/-.") && is_digits(in, p + 1) &&
           joins(p, in.tokens[p].form[0] == U'/' && four_digits(p + 1))) {
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
  out.marked = marked || bracket || slashed;
  // `91/2013`: number and year; `107/54` keeps its slash.
  const size_t slash = number.find(U'/');
  if (slash != std::u32string::npos && number.find(U'/', slash + 1) == std::u32string::npos &&
      number.size() - slash - 1 == 4 && number.find_first_not_of(U"0123456789", slash + 1) == std::u32string::npos) {
    int year = 0;
    for (size_t k = slash + 1; k < number.size(); ++k) year = year * 10 + (number[k] - U'0');
    if (year >= 1300 && year < 2200 && number.find_first_not_of(U"0123456789", 0) == slash) {
      out.number = encode_utf8(number.substr(0, slash));
      out.year = year;
      out.hijri = year < 1600;
    }
  }
  return out;
}

// `لسنة 2006`, `لعام 1426هـ`, `لسنة (2020)`, and the UN's `1325 (2000)`.
std::optional<Year> law_year_at(const RecognizerInput& in, size_t i) {
  const auto m = match_class(in, i, WordClass::kLawYear, ProcliticSkip::kMost);
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

// UN resolutions are cited by bare number: `قرار مجلس الأمن 2254`, and so
// is a decision whose number has three digits or more and no counted noun
// after it (`القرار 1701،`, `تطبيق القرار 2254`, not `القرار 12 مادة`)
// (law_kinds.tsv traits bare_number, bare_long_number). Other kinds need
// رقم, brackets or a year.
bool cited_by_bare_number(const RecognizerInput& in, const KindTraits& kind, size_t number) {
  if (kind.bare_number) return true;
  if (!kind.bare_long_number) return false;
  const auto n = digit_token(in, number);
  if (!n || n->waw || n->digits < 3 || (n->value >= 1950 && n->value <= 2100)) return false;  // a year
  const size_t next = number + 1;
  return !is_arabic_word(in, next) || in.tokens[next].line_break_before || is_definite_word(in, next) ||
         function_word_at(in, next);
}

// Where a citation's date clause starts and its date begins: `وتاريخ`,
// `بتاريخ`, `المؤرخ في`, `الصادر في` (grammar_words.tsv law_dated).
std::optional<size_t> dated_at(const RecognizerInput& in, size_t p) {
  const auto m = match_class(in, p, WordClass::kLawDated, ProcliticSkip::kMost);
  if (!m || m->skip > 1 || in.tokens[p].line_break_before) return std::nullopt;
  return p + m->token_count;
}

// The date a citation gives right after it, from tokens[p].
std::optional<DateAt> citation_date(const RecognizerInput& in, size_t p, DocumentCalendar& calendar) {
  const auto q = dated_at(in, p);
  if (!q || *q >= in.tokens.size() || in.tokens[*q].line_break_before) return std::nullopt;
  return date_at(in, *q, calendar);
}

// A bare number that the citation's date or the line's end closes: court
// headers and registers (`قرار 3785 بتاريخ …`). Four-digit numbers there
// read as years, so they do not count.
bool closed_bare_number(const RecognizerInput& in, const Tail& tail, size_t i) {
  const auto n = digit_token(in, i);
  if (!n || n->waw || (n->digits == 4 && n->value >= 1300 && n->value < 2200)) return false;
  const size_t p = tail.end;
  return p >= in.tokens.size() || in.tokens[p].line_break_before || dated_at(in, p).has_value();
}

// Number and year after a kind word or name, from tokens[p]; a year alone
// only when `year_alone`.
std::optional<Tail> numbered_tail(const RecognizerInput& in, size_t p, const KindTraits& kind,
                                  bool year_alone) {
  if (p < in.tokens.size() && in.tokens[p].line_break_before) return std::nullopt;
  if (auto tail = number_at(in, p)) {
    if (const auto y = law_year_at(in, tail->end); y && tail->year == 0) {
      tail->end = y->end;
      tail->year = y->value;
      tail->hijri = y->hijri;
    } else if (!tail->marked && tail->year == 0 && !cited_by_bare_number(in, kind, p) &&
               !closed_bare_number(in, *tail, p)) {
      // A bare number needs رقم, brackets or a year; one with its year
      // (`القانون 14/2016`) is a citation as it stands.
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
  const auto m = match_class(in, p, WordClass::kNationality, ProcliticSkip::kMost);
  return m && m->skip == 0 && is_definite_word(in, p) && name_word(in, p) ? p + m->token_count : 0;
}

// A kind word at tokens[p] that starts an act of its own: a number follows.
bool starts_numbered_act(const RecognizerInput& in, size_t p) {
  const auto kind = match_class(in, p, WordClass::kLawKind, ProcliticSkip::kMost);
  return kind && numbered_tail(in, p + kind->token_count, KindTraits{}, false).has_value();
}

// A part of an act with its number: `المادة (6)`, `الفقرة 2` (not the
// word alone: `نظام المواد البترولية`).
bool numbered_part(const RecognizerInput& in, size_t p) {
  const auto part = match_class(in, p, WordClass::kLawPart, ProcliticSkip::kMost);
  if (!part || part->skip != 0) return false;
  const size_t q = p + part->token_count;
  return is_digits(in, q) || (is_punct(in, q, U'(') && is_digits(in, q + 1));
}

// Words that end a statute's subject: what a citation says about the act
// (`الصادر`, `المعدل`, `الجديد`, `وتاريخ`), parts of acts, numbers and
// dates, and another numbered act, unless a noun in construct governs it
// (`in_construct`: `قانون نشر القوانين رقم /59/` is one act's name).
bool ends_subject(const RecognizerInput& in, size_t p, bool in_construct = false) {
  if (!name_word(in, p) || numbered_part(in, p)) return true;
  for (WordClass cls : {WordClass::kLawIssued, WordClass::kLawStop, WordClass::kLawDated, WordClass::kLawNumber,
                        WordClass::kLawYear, WordClass::kMonth}) {
    if (starts_class(in, p, cls)) return true;
  }
  return !in_construct && starts_numbered_act(in, p);
}

// True when the word at tokens[p] ends in an attached third-person pronoun
// (`حكمه`, `قرارها`, `حقوقهم`): a heh as written, not a folded ta marbuta,
// before nothing or ا/م. Such a noun is in no construct. Needs the original
// text. (name_chain.h's has_pronoun_suffix_at takes any person's.)
bool has_third_person_pronoun(const RecognizerInput& in, size_t p) {
  if (in.original.empty() || p >= in.tokens.size()) return false;
  const Token& t = in.tokens[p];
  const std::u32string_view text(in.doc.text);
  for (size_t back = 1; back <= 2 && t.end >= t.begin + back + 1; ++back) {
    const uint32_t k = t.end - back;
    if (text[k] != kHeh) continue;  // ه in the matching form
    if (back == 2 && text[t.end - 1] != kAlef && text[t.end - 1] != kMeem) return false;
    const uint32_t o = in.doc.begin[k];
    return o < in.original.size() && in.original[o] == kHeh;  // not ة
  }
  return false;
}

// An indefinite noun in construct inside a subject (`تنظيم القطاع`,
// `مجلس الوزراء`, `ونواب الوزراء`): a word whose next or next-but-one word
// is definite. An imperfect verb (`يحمي المرأة`) is no noun, and a kind
// word starts another act (`ونظام الوزراء`).
bool construct_noun(const RecognizerInput& in, size_t p) {
  if (!is_arabic_word(in, p) || is_definite_word(in, p) || ends_subject(in, p) ||
      match_class(in, p, WordClass::kLawKind, ProcliticSkip::kMost) || has_third_person_pronoun(in, p)) {
    return false;
  }
  const std::u32string& w = in.tokens[p].form;
  const size_t stem = (w.size() > 3 && (w[0] == kWaw || w[0] == kFeh)) ? 1 : 0;
  if (w[stem] == kYeh) return false;
  if (definite_name_word(in, p + 1)) return true;
  const std::u32string& next = p + 1 < in.tokens.size() ? in.tokens[p + 1].form : w;
  return is_arabic_word(in, p + 1) && !is_definite_word(in, p + 1) && !ends_subject(in, p + 1) &&
         next[0] != kYeh && next[0] != kLam && next[0] != kBeh && definite_name_word(in, p + 2);
}

// The end of a statute named by its subject after an indefinite kind word
// at tokens[h], or 0: `قانون العمل`, `قانون تنظيم القطاع العقاري`,
// `قانون الالتزامات والعقود`, `نظام الوزراء ونواب الوزراء وموظفي المرتبة
// الممتازة`, `قانون مكافحة الاتجار بالبشر`. The subject is a chain of
// definite words, nouns in construct and و + definite word, and ends on a
// definite word; a body's name inside it stays inside (GUIDE). Once a
// definite word has come, a new indefinite noun continues only with و
// (`وموظفي المرتبة`: `دعماً لقطاع` is an adverb), and ب + definite word
// only right after the first definite word, the object of a verbal noun
// (`مكافحة الاتجار بالبشر`, not `نظام الوكالات التجارية بالصيغة`); a ل
// phrase is a purpose (`قانون الاستثمار للتيسير`).
size_t subject_end(const RecognizerInput& in, size_t h) {
  // A person's name after the kind word makes a regime (`نظام الأسد`).
  for (WordClass cls : {WordClass::kGiven, WordClass::kPublicFigure}) {
    if (match_class(in, h, cls, ProcliticSkip::kMost)) return 0;
  }
  size_t p = h, end = 0, first_definite_end = 0;
  for (int words = 0; words < 10; ++words) {
    // The word before, when an indefinite word, was taken as a noun in construct.
    const bool in_construct = p > h && is_arabic_word(in, p - 1) && !is_definite_word(in, p - 1);
    if (definite_name_word(in, p) && !ends_subject(in, p, in_construct)) {
      end = ++p;
      if (first_definite_end == 0) first_definite_end = end;
    } else if (p > h && p < in.tokens.size() && !in.tokens[p].line_break_before &&
               (is_proclitic(in, p, kWaw) ||
                (p == first_definite_end && is_proclitic(in, p, kBeh))) &&
               definite_name_word(in, p + 1) && !ends_subject(in, p + 1)) {
      p += 2;
      end = p;
    } else if (construct_noun(in, p) && (end == 0 || in.tokens[p].form[0] == kWaw)) {
      ++p;
    } else {
      break;
    }
  }
  return end;
}

// A legal reading for `نظام` + subject, which is also a system or regime
// (`نظام الكفالة`): the document is a Saudi legal text (date_grammar.h:
// Saudi, and dated in Hijri or citing a letter series), or an issuing
// act, number or date follows, or a citing word stands before
// (grammar_words.tsv law_cue: `أحكام`, `بموجب`, `مشروع`, ...), or it is
// coordinated with the act before it (`… ونظام الوزراء`).
bool cited_as_statute(const RecognizerInput& in, size_t i, size_t end, DocumentCalendar& calendar,
                      bool coordinated) {
  if (coordinated) return true;
  if (starts_class(in, end, WordClass::kLawIssued) || citation_date(in, end, calendar) || number_at(in, end)) {
    return true;
  }
  for (size_t back = 1; back <= 2 && back <= i; ++back) {
    if (in.tokens[i - back + 1].line_break_before) break;
    if (match_class(in, i - back, WordClass::kLawCue, ProcliticSkip::kMost)) return true;
    if (!function_word_at(in, i - back) && in.tokens[i - back].kind != TokenKind::kProclitic) break;
  }
  // `المادة الخامسة والسبعين من نظام الشركات`: a part of it cited before `من`.
  constexpr size_t kPartReach = 6;
  if (i >= 2 && function_word_at(in, i - 1) && !in.tokens[i].line_break_before) {
    for (size_t back = 2; back <= kPartReach && back <= i; ++back) {
      if (in.tokens[i - back + 1].line_break_before) break;
      if (starts_class(in, i - back, WordClass::kLawPart)) return true;
    }
  }
  return calendar.saudi_legal();
}

// `المعدل` after an act's name is part of it (`قانون التنفيذ المعدل لسنة
// 2022`), unless the amending act follows (`المعدل بالقانون رقم 8`,
// `المعدل للقرار بقانون`, `المعدل بموجب …`). Returns the end past it.
size_t past_amended(const RecognizerInput& in, size_t end) {
  if (!starts_class(in, end, WordClass::kLawAmended) || in.tokens[end].line_break_before) return end;
  const size_t p = end + 1;
  if (p < in.tokens.size() && !in.tokens[p].line_break_before) {
    if (starts_class(in, p, WordClass::kLawCue)) return end;
    if (is_proclitic(in, p, kBeh) || is_proclitic(in, p, kLam)) return end;
    for (WordClass cls : {WordClass::kLawKind, WordClass::kNamedLaw}) {
      if (const auto m = match_class(in, p, cls, ProcliticSkip::kMost); m && m->skip == 1) return end;  // `بالقانون`
    }
  }
  return p;
}

struct Head {
  LexiconMatch match;
  const LexiconEntry* entry;
  bool named;
};

std::optional<Head> head_at(const RecognizerInput& in, size_t i) {
  LexiconMatch named_match, kind_match;
  const LexiconEntry* named = match_entry(in, i, WordClass::kNamedLaw, ProcliticSkip::kMost, &named_match);
  const LexiconEntry* kind = match_entry(in, i, WordClass::kLawKind, ProcliticSkip::kMost, &kind_match);
  if (named && (!kind || named_match.token_count >= kind_match.token_count)) {
    return Head{named_match, named, true};
  }
  if (kind) return Head{kind_match, kind, false};
  return std::nullopt;
}

// The title of a treaty named by its parties and subject, from `بين` at
// tokens[h]: `اتفاقية بين حكومة سلطنة عمان وحكومة جمهورية العراق حول
// الإعفاء المتبادل من التأشيرة …`. The parties start with a government or
// a state (grammar_words.tsv law_between: `بين حكومة`, `بين دولة`, ...), a
// subject word (law_topic: `حول`, `بشأن`, ...) follows, and the title runs
// to the end of its clause (punctuation, line end, `الموقعة`, a date). 0
// when there is no such title.
size_t parties_title_end(const RecognizerInput& in, size_t h) {
  if (!starts_class(in, h, WordClass::kLawBetween) || in.tokens[h].line_break_before) return 0;
  constexpr size_t kMaxTitle = 40;
  bool topic = false;
  size_t p = h + 1;
  for (; p < in.tokens.size() && p < h + kMaxTitle; ++p) {
    const Token& t = in.tokens[p];
    if (t.line_break_before || t.kind == TokenKind::kPunct || t.kind == TokenKind::kNumber ||
        starts_class(in, p, WordClass::kLawStop) || starts_class(in, p, WordClass::kLawDated)) {
      break;
    }
    if (starts_class(in, p, WordClass::kLawTopic)) topic = true;
  }
  return topic && p < h + kMaxTitle ? p : 0;
}

// A kind word in construct after a body's head word names the body, not an
// act: `لجنة الأنظمة`, `هيئة التشريع`.
bool inside_body_name(const RecognizerInput& in, size_t i) {
  if (i == 0 || in.tokens[i].line_break_before || !is_arabic_word(in, i - 1) || is_definite_word(in, i - 1)) {
    return false;
  }
  const auto head = match_class(in, i - 1, WordClass::kOrgHead, ProcliticSkip::kMost);
  return head && head->token_count == 1;
}

// `دستور 2011`, `دستور عام 2014`: a constitution named by its year, at
// tokens[h].
std::optional<Year> constitution_year(const RecognizerInput& in, size_t h) {
  size_t p = h;
  if (const auto word = match_class(in, p, WordClass::kYearWord, ProcliticSkip::kMost); word && word->skip == 0) {
    p += word->token_count;
  }
  if (p >= in.tokens.size() || in.tokens[h].line_break_before || in.tokens[p].line_break_before) {
    return std::nullopt;
  }
  const auto year = year_at(in, p);
  return year && !year->hijri ? year : std::nullopt;
}

// The end of an instrument named by what follows its kind word, or 0:
// `دستور دولة الكويت`, `الدستور الكويتي`, bare `الدستور`, `اتفاقية الأمم
// المتحدة لمكافحة …`, `الميثاق العالمي للهجرة`, `قانون العمل`.
size_t free_name_end(const RecognizerInput& in, size_t i, size_t h, bool definite, const Head& head,
                     DocumentCalendar& calendar, bool coordinated) {
  const KindTraits kind = traits_of(*head.entry);
  if (kind.naming == Naming::kState) {
    if (!definite && constitution_year(in, h)) return h;  // its tail takes the year
    if (definite) {
      if (const size_t e = nationality_end(in, h)) return e;
      // `هذا الدستور`, `وهذا الدستور` point back; `بذلك الدستور`
      // (thereby) and `كذلك` (also) do not.
      const auto before = match_class(in, i - 1, WordClass::kFunctionWord, ProcliticSkip::kMost);
      const bool pointing = i > 0 && before && function_word_at(in, i - 1, "demonstrative") &&
                            (before->skip == 0 || in.tokens[i - 1].form[0] == kWaw);
      return pointing ? 0 : h;
    }
    size_t p = h;
    if (const auto prefix = match_class(in, p, WordClass::kGpePrefix, ProcliticSkip::kMost); prefix && prefix->skip == 0) {
      p += prefix->token_count;
    }
    const auto gpe = match_class(in, p, WordClass::kGpe, ProcliticSkip::kMost);
    return gpe && gpe->skip == 0 && !in.tokens[p].line_break_before ? p + gpe->token_count : 0;
  }
  const Naming naming = kind.naming;
  if ((naming == Naming::kSubject || naming == Naming::kSubjectCited) && !definite) {
    size_t end = subject_end(in, h);
    if (end == 0) return 0;
    if (const size_t e = nationality_end(in, end)) end = e;
    if (naming == Naming::kSubjectCited && !cited_as_statute(in, i, end, calendar, coordinated)) return 0;
    return end;
  }
  if (naming != Naming::kComplement) return 0;
  if (const size_t e = parties_title_end(in, h)) return e;
  if (!definite && starts_class(in, h, WordClass::kAgreementSubject) && !in.tokens[h].line_break_before) {
    // `اتفاق المصالحة`, `اتفاقية المصالحة الوطنية`, `معاهدة السلام`.
    const size_t e = subject_end(in, h);
    return e > h ? e : h + match_class(in, h, WordClass::kAgreementSubject, ProcliticSkip::kMost)->token_count;
  }
  if (!definite && !in.tokens[h].line_break_before && !kind.no_place) {
    // `اتفاق الرياض`, `إعلان القاهرة`, `معاهدة لوزان`: named by the city
    // where it was made (`ولي عهد أبوظبي` is no covenant); after a state
    // it names a party (`اتفاق مصر والسودان`).
    LexiconMatch place_match;
    const LexiconEntry* place = match_entry(in, h, WordClass::kGpe, ProcliticSkip::kMost, &place_match);
    if (place && place_match.skip == 0 && place->file != "countries.tsv") {
      const auto* place = &place_match;
      return complement_end(in, h + place->token_count);  // `اتفاق جوبا للسلام`
    }
  }
  size_t p = h;
  if (definite) {
    if (const size_t e = nationality_end(in, p)) p = e;
  } else {
    const auto org = match_class(in, p, WordClass::kOrg, ProcliticSkip::kMost);
    if (!org || org->skip != 0 || in.tokens[p].line_break_before) return 0;
    p += org->token_count;
  }
  const size_t end = complement_end(in, p);
  return end > p ? end : 0;
}

struct Parsed {
  size_t end = 0;  // 0: no act
  LawRef ref;
  std::string canonical;
  KindTraits kind;
};

// `coordinated`: an act ends right before tokens[i], joined by و or a comma.
Parsed parse_act(const RecognizerInput& in, size_t i, DocumentCalendar& calendar,
                 bool coordinated = false);

// `اللائحة التنفيذية لنظام العمل`, `اللائحة الداخلية لمجلس النواب`: the
// regulation of an act or of a body that follows with ل, maybe after one
// adjective, is one span.
size_t of_act_end(const RecognizerInput& in, size_t h, DocumentCalendar& calendar) {
  for (size_t p = h; p <= h + 1; ++p) {
    if (p >= in.tokens.size() || in.tokens[p].line_break_before) return 0;
    const auto kind = match_class(in, p, WordClass::kLawKind, ProcliticSkip::kMost);
    const auto named = match_class(in, p, WordClass::kNamedLaw, ProcliticSkip::kMost);
    const auto& m = named ? named : kind;
    if (m && m->skip == 1 && in.tokens[p].form[0] == kLam) return parse_act(in, p, calendar).end;
    if (is_proclitic(in, p, kLam) && starts_class(in, p + 1, WordClass::kLawKind)) {
      return parse_act(in, p + 1, calendar).end;  // `للقانون رقم 5`: ل split before the article
    }
    // The body: ل split off before its article, or glued to an indefinite head.
    const size_t body = is_proclitic(in, p, kLam) ? p + 1 : p;
    const auto org = match_class(in, body, WordClass::kOrg, ProcliticSkip::kMost);
    if (org && (body == p + 1 ? org->skip == 0 : org->skip == 1 && in.tokens[p].form[0] == kLam)) {
      return body + org->token_count;
    }
    if (p > h || !definite_name_word(in, p)) return 0;  // one adjective at most
  }
  return 0;
}

Parsed parse_act(const RecognizerInput& in, size_t i, DocumentCalendar& calendar, bool coordinated) {
  Parsed out;
  const auto head = head_at(in, i);
  if (!head || (!head->named && inside_body_name(in, i))) return out;
  const size_t h = i + head->match.token_count;
  const auto& attrs = head->entry->attrs;
  LawRef& ref = out.ref;
  ref.kind = attrs.empty() ? LawKind() : law_kind(attrs[0]);
  out.kind = traits_of(*head->entry);
  out.canonical = head->named && attrs.size() > 1 ? attrs[1] : "";
  const bool definite = has_article(std::u32string_view(in.tokens[i].form).substr(head->match.skip));

  std::optional<Tail> tail;
  size_t end = 0;
  if (head->named) {
    end = h;
    if (const size_t e = nationality_end(in, end)) end = e;  // `قانون العمل الكويتي`
  } else {
    // A kind word with a number, maybe after words that qualify it: a
    // nationality, a subject, an issuing body (`قرار وزير الداخلية رقم 5`,
    // `قانون الاتجار الكويتي رقم 91`). Another kind word starts another act.
    for (size_t p = h; p <= h + 8 && !tail; ++p) {
      // A year alone after the kind word, or after its `المعدل`.
      const bool year_alone = p == h || (p == h + 1 && past_amended(in, h) == p);
      tail = numbered_tail(in, p, out.kind, year_alone);
      const bool qualifier = p < in.tokens.size() &&
                             (is_arabic_word(in, p) || in.tokens[p].kind == TokenKind::kProclitic) &&
                             (name_word(in, p) || subject_link(in, p)) &&
                             !match_class(in, p, WordClass::kLawKind, ProcliticSkip::kMost) &&
                             !match_class(in, p, WordClass::kLawNumber, ProcliticSkip::kMost) &&
                             !numbered_part(in, p) && !starts_class(in, p, WordClass::kLawIssued) &&
                             !citation_date(in, p, calendar);
      if (!qualifier) break;
    }
    if (!tail) {
      end = free_name_end(in, i, h, definite, *head, calendar, coordinated);
      if (end == 0 && out.kind.naming == Naming::kOfAct) end = of_act_end(in, h, calendar);
      if (end == 0) return out;
      end = past_amended(in, end);
    }
  }
  if (!tail && out.kind.naming == Naming::kState && end == h) {
    if (const auto year = constitution_year(in, h)) tail = Tail{year->end, "", year->value, false};
  }
  if (!tail) tail = numbered_tail(in, end, out.kind, true);
  if (!tail && is_arabic_word(in, end) && in.tokens[end].form == U"\u0627\u0644" && is_digits(in, end + 1) &&
      !in.tokens[end].line_break_before && !in.tokens[end + 1].line_break_before) {
    // `التعديل الدستوري الـ 13`: an ordinal number after the name.
    tail = Tail{end + 2, encode_utf8(in.tokens[end + 1].form)};
  }
  if (tail) {
    end = tail->end;
    ref.number = tail->number;
    ref.year = tail->year;
    ref.hijri_year = tail->hijri;
  }
  out.end = end;
  return out;
}

Mention law_mention(const RecognizerInput& in, size_t first, uint32_t skip, size_t end,
                    LawRef ref, std::string canonical) {
  Mention m = mention_over_tokens(in, first, end - 1, skip, EntityType::kLaw, Priority::kGrammar);
  if (canonical.empty() && !ref.number.empty()) {
    // `القانون (91/2013)` and `القانون 91 لعام 2013` are one act.
    canonical = ref.kind.id() + " " + ref.number + (ref.year ? "/" + std::to_string(ref.year) : "");
  }
  m.canonical = std::move(canonical);
  m.value = std::move(ref);
  return m;
}

// A code cited by one word after the number of one of its articles, as
// Egyptian court headnotes do: `م 252 مرافعات`, `المادة 178/1 - إثبات`
// (grammar_words.tsv law_code_short). Returns its end, or 0.
size_t short_code_end(const RecognizerInput& in, size_t i, std::vector<Mention>* out) {
  LexiconMatch m;
  const LexiconEntry* code = match_entry(in, i, WordClass::kLawCodeShort, ProcliticSkip::kMost, &m);
  if (!code || m.skip != 0 || i == 0 || in.tokens[i].line_break_before) return 0;
  constexpr size_t kReach = 6;  // `م 252/ 1 - مرافعات`
  for (size_t back = 1; back <= kReach && back <= i; ++back) {
    const size_t p = i - back;
    if (numbered_part(in, p)) {
      LawRef ref;
      ref.kind = law_kind(code->attrs.empty() ? "code" : code->attrs[0]);
      out->push_back(law_mention(in, i, 0, i + m.token_count, ref, ""));
      return i + m.token_count;
    }
    if (in.tokens[p + 1].line_break_before || is_arabic_word(in, p)) break;
  }
  return 0;
}

// Parses a LAW at tokens[i] and the coordinated acts after it; returns the
// end, or 0.
size_t parse_law(const RecognizerInput& in, size_t i, DocumentCalendar& calendar, bool coordinated,
                 std::vector<Mention>* out) {
  Parsed act = parse_act(in, i, calendar, coordinated);
  if (act.end == 0) return 0;
  size_t end = act.end;
  LawRef ref = act.ref;
  if (const auto date = citation_date(in, end, calendar)) ref.date = date->value;
  const uint32_t skip = head_at(in, i)->match.skip;
  out->push_back(law_mention(in, i, skip, end, ref, act.canonical));

  // `القرارين رقم (5) ورقم (7)`, `الأوامر الملكية رقم (أ/121) بتاريخ …،
  // ورقم (أ/13) بتاريخ …`: each further `رقم …` is an act of the same kind.
  while (!ref.number.empty()) {
    size_t p = end;
    if (const auto date = citation_date(in, p, calendar)) p = date->end;
    if (is_punct(in, p, U",\u060C")) ++p;
    if (is_arabic_word(in, p) && in.tokens[p].form == std::u32string(1, kWaw)) ++p;  // `و رقم`
    auto number = match_class(in, p, WordClass::kLawNumber, ProcliticSkip::kMost);
    if (!number && glued_number_digits(in, p)) {  // `ورقم5`
      number = LexiconMatch{1, in.tokens[p].form[0] == kWaw ? 1u : 0u, 0};
    }
    if (!number || (p == end && number->skip == 0) || in.tokens[p].line_break_before) break;
    if (p != end && number->skip == 0 && !is_arabic_word(in, p - 1)) break;  // `، رقم` needs و
    const auto next = numbered_tail(in, p, act.kind, false);
    if (!next || next->number.empty()) break;
    LawRef sibling{ref.kind, next->number, next->year, next->hijri};
    if (const auto date = citation_date(in, next->end, calendar)) sibling.date = date->value;
    out->push_back(law_mention(in, p, number->skip, next->end, sibling, ""));
    end = next->end;
  }
  return end;
}

}  // namespace

void find_laws(const RecognizerInput& in, std::vector<Mention>* out, const CalendarEvidence* document) {
  DocumentCalendar calendar(in, document);
  size_t last_end = 0;  // one past the last act found
  for (size_t i = 0; i < in.tokens.size();) {
    const bool coordinated =
        last_end > 0 && !in.tokens[i].line_break_before &&
        (i == last_end || (i == last_end + 1 && (is_punct(in, last_end, U",\u060C") ||
                                                  in.tokens[last_end].form == std::u32string(1, kWaw))));
    // An act starts at a kind word or a listed name.
    const bool listed = !in.matches_at(i).empty();
    size_t end = listed ? parse_law(in, i, calendar, coordinated, out) : 0;
    if (end == 0 && listed) end = short_code_end(in, i, out);
    if (end > i) {
      last_end = end;
      i = end;
    } else if (const auto kind = listed ? match_class(in, i, WordClass::kLawKind, ProcliticSkip::kMost) : std::nullopt;
               kind && kind->token_count > 1) {
      // No act starts inside a kind phrase that cites none: `القرار بقانون
      // الآتي` is no `قانون الآتي`.
      i += kind->token_count;
    } else {
      ++i;
    }
  }
}

}  // namespace kashif
