#include "core/recognizers/date_grammar.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>

#include "core/recognizers/calendar.h"
#include "core/recognizers/token_walk.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

struct DateParse {
  size_t end;         // one past the last token
  uint32_t skip = 0;  // letters of the first token left outside (`و7`)
  CalendarDate from, to;  // as the text gives them; `to` for ranges only
  bool range = false;
  bool hijri = false;
};

std::string iso(const CalendarDate& p) {
  char buf[16];
  if (!p.year && !p.month) {
    std::snprintf(buf, sizeof buf, "XXXX-XX-%02d", p.day);  // `17 الجاري`
  } else if (p.year && p.month && p.day) {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.year, p.month, p.day);
  } else if (p.year && p.month) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", p.year, p.month);
  } else if (p.month && p.day) {
    std::snprintf(buf, sizeof buf, "--%02d-%02d", p.month, p.day);
  } else {
    std::snprintf(buf, sizeof buf, "%04d", p.year);
  }
  return buf;
}

DateValue date_value(const DateParse& d, DocumentCalendar& calendar) {
  DateValue v;
  v.hijri = d.hijri;
  v.iso = iso(d.from) + (d.range ? "/" + iso(d.to) : "");
  const auto full = [](const CalendarDate& p) { return p.year && p.month && p.day; };
  if (d.hijri && full(d.from) && (!d.range || full(d.to))) {
    // Umm al-Qura where the document is Saudi and the table holds the date.
    HijriCalendar used;
    const HijriCalendar wanted = calendar.hijri();
    v.gregorian = iso(hijri_to_gregorian(d.from, wanted, &used));
    if (d.range) v.gregorian += "/" + iso(hijri_to_gregorian(d.to, wanted, &used));
    v.conversion = used == HijriCalendar::kUmmAlQura ? "islamic-umalqura" : "islamic-civil";
  }
  return v;
}

// --- token pieces ---

struct Month {
  size_t end;
  int number;
  bool hijri;
  uint32_t skip;
};

std::optional<Month> month_at(const RecognizerInput& in, size_t i, bool first) {
  LexiconMatch m;
  const LexiconEntry* e = match_entry(in, i, WordClass::kMonth, ProcliticSkip::kMost, &m);
  if (!e || e->attrs.size() < 2 || (m.skip && !first) || in.tokens[i].line_break_before) {
    return std::nullopt;
  }
  return Month{i + m.token_count, std::atoi(std::string(e->attrs[1]).c_str()), e->attrs[0] == "hijri", m.skip};
}

struct Day {
  size_t end;
  int value;
  bool waw;  // a glued و (`و7`), left outside
  bool word;  // an ordinal word (`الثامن`, `السابع والعشرين`, `أول`)
};

// A day number 1..31 of one or two digits, an ordinal day word with its
// `من` (date_words.tsv `day_ordinal`: `الثامن من`), or `أول` before a month
// (`first_day`); `waw_ok` admits `و7`.
std::optional<Day> day_at(const RecognizerInput& in, size_t i, bool waw_ok) {
  if (i >= in.tokens.size()) return std::nullopt;
  LexiconMatch m;
  if (const LexiconEntry* e = match_entry(in, i, WordClass::kDayOrdinal, ProcliticSkip::kMost, &m);
      e && !e->attrs.empty() && m.skip == 0) {
    return Day{i + m.token_count, std::atoi(std::string(e->attrs[0]).c_str()), false, true};
  }
  if (starts_class(in, i, WordClass::kFirstDay)) return Day{i + 1, 1, false, true};  // `أول` + month
  const auto d = digit_token(in, i);
  if (!d || d->digits > 2 || d->value < 1 || d->value > 31 || (d->waw && !waw_ok)) {
    return std::nullopt;
  }
  return Day{i + 1, static_cast<int>(d->value), d->waw, false};
}

// Where the next member of a range starts: past a joiner (`و`, `إلى`, `-`,
// `حتى`), or at a number with a glued و (`و7`). 0 when there is none.
size_t next_member(const RecognizerInput& in, size_t p) {
  if (p >= in.tokens.size() || in.tokens[p].line_break_before) return 0;
  if (const auto d = digit_token(in, p); d && d->waw) return p;
  const auto j = match_class(in, p, WordClass::kRangeJoiner, ProcliticSkip::kMost);
  return j && j->skip == 0 ? p + j->token_count : 0;
}

// A year that continues the expression on the same line.
std::optional<Year> same_line_year(const RecognizerInput& in, size_t p, bool waw_ok = false) {
  if (p >= in.tokens.size() || in.tokens[p].line_break_before) return std::nullopt;
  return year_at(in, p, waw_ok);
}

// The year after a day and month: `15 نوفمبر 2021`, with its year word as
// formal texts write it (`7 ديسمبر سنة 1991 م`, `3 من رجب سنة 1445هـ`,
// `26 مايو عام 2024`, `30 يونيو من سنة 2006`), or after a comma
// (`14 يناير، 2021`).
std::optional<Year> year_after_month(const RecognizerInput& in, size_t p) {
  if (auto year = same_line_year(in, p)) return year;
  if (p >= in.tokens.size() || in.tokens[p].line_break_before) return std::nullopt;
  size_t q = p;
  if (const auto of = match_class(in, q, WordClass::kDayOf, ProcliticSkip::kMost); of && of->skip == 0) q += of->token_count;
  if (const auto word = match_class(in, q, WordClass::kYearWord, ProcliticSkip::kMost); word && word->skip == 0 &&
                                                         !in.tokens[q].line_break_before) {
    return same_line_year(in, q + word->token_count);
  }
  if (is_punct(in, p, U",\u060C")) {
    if (auto year = same_line_year(in, p + 1); year && year->value >= 1000) return year;
  }
  return std::nullopt;
}

// Records the calendar and checks the day and month numbers against it.
bool finish(DateParse* d, bool hijri) {
  d->hijri = hijri;
  return is_possible_date(d->from, hijri) && (!d->range || is_possible_date(d->to, hijri));
}

// --- the forms ---

// Where a month name ends, past the same month in another calendar's name
// after a slash: `تموز/يوليه`, `نوفمبر/تشرين الثاني` (UN documents).
size_t after_alias(const RecognizerInput& in, const Month& month) {
  const size_t p = month.end;
  if (is_punct(in, p, U'/')) {
    if (const auto alias = month_at(in, p + 1, false); alias && alias->number == month.number) {
      return alias->end;
    }
  }
  // Levantine papers bracket it: `9 كانون الثاني (يناير) 2005`, `تموز «يوليو»`.
  if (is_punct(in, p, U"(\u00AB")) {
    const char32_t close = in.tokens[p].form[0] == U'(' ? U')' : U'\u00BB';
    if (const auto alias = month_at(in, p + 1, false);
        alias && alias->number == month.number && is_punct(in, alias->end, close)) {
      return alias->end + 1;
    }
  }
  return p;
}

// `الجاري` after a day number: the month in progress (date_words.tsv
// this_month).
bool starts_this_month(const RecognizerInput& in, size_t p) {
  const auto m = match_class(in, p, WordClass::kThisMonth, ProcliticSkip::kMost);
  return m && m->skip == 0 && !in.tokens[p].line_break_before;
}

// `30 يوليو`, `15 نوفمبر 2021`, `6 و7 فبراير`, `10 -11 و14 -15 نوفمبر 2021`,
// `3 إلى 5 مايو 2022`, `28 فبراير إلى 3 مارس 2022`, `5 رمضان 1444هـ`,
// `21 من ذي القعدة 1437`, `30 تموز/يوليه 2023`.
// `waw_ok` admits a glued و on the first day (`و2 يناير`), left outside.
std::optional<DateParse> day_month(const RecognizerInput& in, size_t i, bool waw_ok) {
  auto d0 = day_at(in, i, waw_ok);
  DateParse out;
  int first_day = 0;  // of a range opened by an ordinal day without its `من`
  if (!d0) {
    // `الخامس إلى الثامن من يونيو`: only the range's last day has its `من`
    // (date_words.tsv day_ordinal_first).
    LexiconMatch m;
    const LexiconEntry* e = match_entry(in, i, WordClass::kDayOrdinalFirst, ProcliticSkip::kMost, &m);
    if (!e || m.skip != 0 || e->attrs.empty()) return std::nullopt;
    const size_t q = next_member(in, i + m.token_count);
    if (q == 0 || q == i + m.token_count) return std::nullopt;  // a joiner word, not `و8`
    d0 = day_at(in, q, false);
    if (!d0 || !d0->word) return std::nullopt;
    first_day = std::atoi(std::string(e->attrs[0]).c_str());
    out.range = true;
  }
  out.skip = d0->waw ? 1 : 0;
  int last_day = d0->value;
  size_t p = d0->end;
  for (size_t q; !d0->word && (q = next_member(in, p)) != 0;) {
    const auto d = day_at(in, q, true);
    if (!d || d->word || (d->waw && q != p) || (!d->waw && q == p)) break;
    last_day = d->value;
    out.range = true;
    p = d->end;
  }
  auto month = month_at(in, p, false);
  if (!month && !out.range && !d0->word && !d0->waw && starts_this_month(in, p)) {
    // `17 الجاري`: a day of the current month, which the word stands for,
    // so it is inside (GUIDE; after a month name it stays out).
    out.from = out.to = {0, 0, d0->value};
    out.end = p + match_class(in, p, WordClass::kThisMonth, ProcliticSkip::kMost)->token_count;
    out.hijri = false;
    return out;
  }
  if (!month) {
    // `21 من ذي القعدة`: formal Saudi and Moroccan texts link day and month,
    // maybe with `شهر` (`الثامن من شهر يونيو`, `5 من شهر رمضان`). An
    // ordinal day has its `من` already.
    size_t q = p;
    bool linked = d0->word;
    if (const auto of = match_class(in, q, WordClass::kDayOf, ProcliticSkip::kMost);
        !linked && !out.range && of && of->skip == 0) {
      q += of->token_count;
      linked = true;
    }
    if (const auto word = match_class(in, q, WordClass::kMonthWord, ProcliticSkip::kMost); linked && word && word->skip == 0 &&
                                                            !in.tokens[q].line_break_before) {
      q += word->token_count;
    }
    if (linked && q != p) month = month_at(in, q, false);
  }
  if (!month) return std::nullopt;
  p = after_alias(in, *month);
  const bool hijri = month->hijri;
  out.from = {0, month->number, first_day ? first_day : d0->value};
  out.to = {0, month->number, last_day};
  if (const auto year = year_after_month(in, p); year && year->hijri == hijri) {
    out.from.year = out.to.year = year->value;
    p = year->end;
  } else if (const size_t q = next_member(in, p); q != 0 && !out.range) {
    // A second date closes the range; its year holds for both.
    if (const auto second = day_month(in, q, q == p); second && second->hijri == hijri) {
      out.range = true;
      out.to = second->range ? second->to : second->from;
      out.from.year = out.to.year;
      if (out.from.year && out.from.month > out.to.month) --out.from.year;
      p = second->end;
    }
  }
  out.end = p;
  if (!finish(&out, hijri)) return std::nullopt;
  return out;
}

// `12/3/1425هـ`, `1425/03/12 هـ`, `5/شوال/1425هـ`, `15/11/2021`,
// `2021-11-15`, `15.11.2021`, `18-06-86`: three parts joined by one
// separator. Gazettes space the separators (`14 / 3 / 1433هـ`,
// `13 / ربيع الأول / 1443 هـ`); a spaced date needs a year of four digits
// or its era, so `2 - 1` stays a score.
std::optional<DateParse> numeric(const RecognizerInput& in, size_t i) {
  struct Part {
    int value;
    size_t digits;
    bool hijri_month = false;
  };
  Part parts[3];
  size_t p;
  bool spaced = false;  // a space at either separator (`9/3/ 1433هـ` too): a full year follows
  const std::u32string& form = in.tokens[i].form;
  if (in.tokens[i].kind == TokenKind::kNumber && std::count(form.begin(), form.end(), U'.') == 2) {
    // ICU keeps `15.11.2021` as one token.
    size_t k = 0;
    for (Part& part : parts) {
      part = {0, 0};
      for (; k < form.size() && form[k] != U'.'; ++k, ++part.digits) {
        if (form[k] < U'0' || form[k] > U'9') return std::nullopt;
        part.value = part.value * 10 + (form[k] - U'0');
      }
      if (part.digits == 0) return std::nullopt;
      ++k;
    }
    p = i + 1;
  } else {
    const auto a = digit_token(in, i);
    if (!a || a->waw) return std::nullopt;
    parts[0] = {static_cast<int>(a->value), a->digits};
    if (!(is_punct(in, i + 1, U'/') || is_punct(in, i + 1, U'-'))) return std::nullopt;
    const char32_t sep = in.tokens[i + 1].form[0];
    p = i + 2;
    if (const auto month = month_at(in, p, false); month && !in.tokens[p].line_break_before) {
      parts[1] = {month->number, 2, month->hijri};
      p = month->end;
    } else if (const auto b = digit_token(in, p); b && !b->waw && !in.tokens[p].line_break_before) {
      parts[1] = {static_cast<int>(b->value), b->digits};
      ++p;
    } else {
      return std::nullopt;
    }
    if (!is_punct(in, p, sep)) return std::nullopt;
    spaced = !glued(in, i + 1) || !glued(in, i + 2) || !glued(in, p) || !glued(in, p + 1);
    if (p + 1 >= in.tokens.size() || in.tokens[p].line_break_before ||
        in.tokens[p + 1].line_break_before) {
      return std::nullopt;
    }
    const auto c = digit_token(in, p + 1);
    if (!c || c->waw) return std::nullopt;
    parts[2] = {static_cast<int>(c->value), c->digits};
    p += 2;
  }
  // An era word after the whole date (`1425/03/12 هـ`) or after its year.
  bool era = false, hijri_era = false;
  LexiconMatch m;
  if (match_entry(in, p, WordClass::kEra, ProcliticSkip::kMost, &m) && m.skip == 0 && !in.tokens[p].line_break_before) {
    era = true;
    hijri_era = match_class(in, p, WordClass::kHijriEra, ProcliticSkip::kMost).has_value();
    p += m.token_count;
  }
  DateParse out;
  out.end = p;
  Part* year;
  if (parts[0].digits == 4) {
    year = &parts[0];
    out.from = {parts[0].value, parts[1].value, parts[2].value};
  } else if (parts[0].digits <= 2 && (parts[2].digits == 4 || (hijri_era && parts[2].digits == 3))) {
    year = &parts[2];
    out.from = {parts[2].value, parts[1].value, parts[0].value};
  } else if (!spaced && !era && parts[0].digits == 2 && parts[1].digits == 2 && parts[2].digits == 2) {
    // `18-06-86`: court records write the century off; read it as the
    // nearest past one (1950..2049).
    year = &parts[2];
    year->value += year->value >= 50 ? 1900 : 2000;
    year->digits = 4;
    out.from = {year->value, parts[1].value, parts[0].value};
  } else {
    return std::nullopt;
  }
  if (spaced && year->digits != 4 && !era) return std::nullopt;
  if (parts[1].digits > 2 || (year->digits == 4 && year->value < 1000)) return std::nullopt;
  const bool hijri = hijri_era || parts[1].hijri_month || (!era && year->value < 1600);
  if (!finish(&out, hijri)) return std::nullopt;
  return out;
}

// `تموز 2019`, `نوفمبر/تشرين الثاني 2021`, `رمضان 1444هـ`.
std::optional<DateParse> month_year(const RecognizerInput& in, size_t i) {
  const auto month = month_at(in, i, true);
  if (!month) return std::nullopt;
  DateParse out;
  out.skip = month->skip;
  size_t p = after_alias(in, *month);
  const auto year = year_after_month(in, p);  // `أكتوبر 1962`, `آب عام 1936`
  if (!year || year->hijri != month->hijri) return std::nullopt;  // not `صفر 2020`
  out.end = year->end;
  out.from = {year->value, month->number, 0};
  if (!finish(&out, month->hijri)) return std::nullopt;
  return out;
}

// `عام 2015`, `سنة 1444هـ`, `عامي 2015 و2016`, `عام 2015 إلى عام 2020`,
// a year word with the reckoning or the kind of year (`السنة الميلادية
// 2023`, `العام الدراسي 2019–2020`), and a year with its era alone:
// `1444 هـ`, `2022م`.
std::optional<DateParse> year_phrase(const RecognizerInput& in, size_t i) {
  DateParse out;
  size_t p = i;
  const auto word = match_class(in, i, WordClass::kYearWord, ProcliticSkip::kMost);
  if (word) {
    out.skip = word->skip;
    p += word->token_count;
    if (is_definite_word(in, p) && !in.tokens[p].line_break_before && same_line_year(in, p + 1)) ++p;
  }
  // A year with its era alone may have a glued و (`و1445هـ`), left outside.
  const auto year = word ? same_line_year(in, p) : year_at(in, p, /*waw_ok=*/true);
  if (!year || (!word && year->end == p + 1)) return std::nullopt;  // a bare year is no date
  if (!word && digit_token(in, p)->waw) out.skip = 1;
  out.from = {year->value, 0, 0};
  out.end = year->end;
  if (word && is_punct(in, out.end, U'/') && glued(in, out.end) && glued(in, out.end + 1)) {
    // A season or fiscal year: `العام الدراسي 2023/2024`.
    if (const auto second = year_at(in, out.end + 1); second && second->value == year->value + 1 &&
                                                       second->hijri == year->hijri) {
      out.range = true;
      out.to = {second->value, 0, 0};
      out.end = second->end;
    }
  }
  if (size_t q = next_member(in, out.end); q != 0 && !out.range) {
    const bool waw = q == out.end;
    if (const auto w = match_class(in, q, WordClass::kYearWord, ProcliticSkip::kMost); w && !waw) q += w->token_count;
    const auto second = same_line_year(in, q, waw);
    if (second && second->value > year->value && second->hijri == year->hijri) {
      out.range = true;
      out.to = {second->value, 0, 0};
      out.end = second->end;
    }
  }
  if (!finish(&out, year->hijri)) return std::nullopt;
  return out;
}

std::optional<DateParse> longest(std::optional<DateParse> a, std::optional<DateParse> b) {
  if (!a) return b;
  if (!b) return a;
  return b->end > a->end ? b : a;
}

// A month named alone, as news dates things (`في يناير الماضي`, `مطلع
// ديسمبر المقبل`, `شهر مارس`): after `شهر` (inside the span), or a
// Gregorian month before a relative word (date_words.tsv `month_relative`,
// outside the span: `آب الماضي`). A month name that is also a given name
// needs `شهر`.
std::optional<DateParse> month_alone(const RecognizerInput& in, size_t i) {
  DateParse out;
  size_t p = i;
  const auto month_word = match_class(in, i, WordClass::kMonthWord, ProcliticSkip::kMost);
  if (month_word) p += month_word->token_count;
  const auto month = month_at(in, p, !month_word);
  if (!month) return std::nullopt;
  out.end = after_alias(in, *month);
  if (!month_word) {
    const bool placed = out.end < in.tokens.size() && !in.tokens[out.end].line_break_before &&
                        starts_class(in, out.end, WordClass::kMonthRelative);
    if (!placed || month->hijri || (month->end == i + 1 && match_class(in, i, WordClass::kGiven, ProcliticSkip::kMost))) {
      return std::nullopt;
    }
    out.skip = month->skip;
  } else {
    out.skip = month_word->skip;
  }
  out.from = {0, month->number, 0};
  out.hijri = month->hijri;
  return out;
}

// The longest date at tokens[i]; `first` when nothing (a weekday) precedes it.
std::optional<DateParse> longest_date_at(const RecognizerInput& in, size_t i, bool first) {
  if (i >= in.tokens.size()) return std::nullopt;
  auto best = day_month(in, i, first);
  best = longest(best, numeric(in, i));
  if (first) {
    best = longest(best, month_year(in, i));
    best = longest(best, year_phrase(in, i));
    if (!best) best = month_alone(in, i);
  }
  return best;
}

// A weekday at tokens[i], unless it ends a name made with it (`سوق
// الجمعة`, `صلاة الجمعة`: date_words.tsv `weekday_name`).
const LexiconEntry* weekday_at(const RecognizerInput& in, size_t i, LexiconMatch* match) {
  const LexiconEntry* e = match_entry(in, i, WordClass::kWeekday, ProcliticSkip::kMost, match);
  if (!e) return nullptr;
  if (const auto name = match_class(in, i - 1, WordClass::kWeekdayName, ProcliticSkip::kMost);
      i > 0 && name && name->token_count == 2) {
    return nullptr;
  }
  return e;
}

std::string weekday_iso(const LexiconEntry& e) {
  return "XXXX-WXX-" + std::string(e.attrs.empty() ? "X" : e.attrs[0]);
}

}  // namespace

CalendarEvidence read_calendar_evidence(const RecognizerInput& in) {
  CalendarEvidence out;
  // One pass over each token's lexicon matches (computed once per token for
  // every recogniser anyway).
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    for (const LexiconMatch& m : in.matches_at(i)) {
      const LexiconEntry& e = in.lexicon.entry(m.entry);
      const bool coded_sa = !e.attrs.empty() && e.attrs[0] == "SA";
      if (coded_sa && (e.cls == WordClass::kGpe || e.cls == WordClass::kNationality)) {
        out.saudi = true;
      } else if (e.cls == WordClass::kHijriEra) {
        out.hijri_era = true;
      } else if (e.cls == WordClass::kLawKind && e.attrs.size() > 2 && e.attrs[2] == "saudi_cue") {
        out.statute = true;  // law_kinds.tsv: `نظام`
      } else if (e.cls == WordClass::kLawSeries && m.skip == 0 && is_punct(in, i + 1, U"/-") &&
                 digit_token(in, i + 2)) {
        out.letter_series = true;  // `(م/1)`, `(أ - 90)`
      }
    }
    if (out.letter_series && out.hijri_era && out.saudi) break;  // all is decided
  }
  return out;
}

void CalendarEvidence::merge(const CalendarEvidence& other) {
  saudi = saudi || other.saudi;
  letter_series = letter_series || other.letter_series;
  hijri_era = hijri_era || other.hijri_era;
  statute = statute || other.statute;
}

HijriCalendar CalendarEvidence::hijri() const {
  const bool saudi_text = saudi || letter_series || (statute && hijri_era);
  return saudi_text ? HijriCalendar::kUmmAlQura : HijriCalendar::kCivil;
}

bool CalendarEvidence::saudi_legal() const {
  return letter_series || ((saudi || statute) && hijri_era);
}

const CalendarEvidence& DocumentCalendar::evidence() {
  if (!evidence_) evidence_ = read_calendar_evidence(in_);
  return *evidence_;
}

std::optional<DateAt> date_at(const RecognizerInput& in, size_t i, DocumentCalendar& calendar) {
  const auto date = longest_date_at(in, i, true);
  if (!date || date->skip || (date->from.year == 0 && date->from.month == 0)) return std::nullopt;
  return DateAt{date->end, date_value(*date, calendar)};
}

void find_dates(const RecognizerInput& in, std::vector<Mention>* out, const CalendarEvidence* document) {
  DocumentCalendar calendar(in, document);
  for (size_t i = 0; i < in.tokens.size();) {
    // A date starts at a number or at a listed word (month, weekday, year
    // word, ordinal day, `شهر`).
    // A proclitic split off its word (`ل` of `للعام`) stays outside.
    if ((in.tokens[i].kind != TokenKind::kNumber && in.matches_at(i).empty()) ||
        in.tokens[i].kind == TokenKind::kProclitic) {
      ++i;
      continue;
    }
    std::optional<DateParse> date;
    std::string weekday_value;
    LexiconMatch weekday;
    if (const LexiconEntry* day = weekday_at(in, i, &weekday)) {
      // `الأحد 5 مارس 2023`, `الأحد، 5 مارس` and `الأحد: 5 مارس` are one
      // expression, and so is `الأربعاء إلى الخميس`.
      size_t p = i + weekday.token_count;
      if (is_punct(in, p, U",\u060C:")) ++p;
      date = longest_date_at(in, p, false);
      if (date) {
        date->skip = weekday.skip;
      } else {
        date.emplace();
        date->end = i + weekday.token_count;
        date->skip = weekday.skip;
        weekday_value = weekday_iso(*day);
        LexiconMatch last;
        // `الثلاثاء والأربعاء` are two days, `الأربعاء إلى الخميس` one stretch.
        const size_t q = next_member(in, date->end);
        if (q != 0 && q != date->end && !(in.tokens[date->end].form.size() == 1 && in.tokens[date->end].form[0] == kWaw)) {
          if (const LexiconEntry* to = weekday_at(in, q, &last); to && last.skip == 0) {
            date->end = q + last.token_count;
            weekday_value += "/" + weekday_iso(*to);
          }
        }
      }
    } else {
      date = longest_date_at(in, i, true);
    }
    if (!date) {
      ++i;
      continue;
    }
    Mention m = mention_over_tokens(in, i, date->end - 1, date->skip, EntityType::kDate,
                                    Priority::kGrammar);
    if (!weekday_value.empty()) {
      DateValue v;
      v.iso = std::move(weekday_value);
      m.value = std::move(v);
    } else if (date->from.year == 0 && date->from.day == 0) {
      DateValue v;  // a month alone
      char buf[16];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", date->from.month);
      v.iso = buf;
      v.hijri = date->hijri;
      m.value = std::move(v);
    } else {
      m.value = date_value(*date, calendar);
    }
    out->push_back(std::move(m));
    i = date->end;
  }
}

}  // namespace kashif
