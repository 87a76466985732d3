#include "core/recognizers/dateline.h"

#include "core/recognizers/name_chain.h"
#include "core/text/letters.h"

namespace kashif {

namespace {

constexpr size_t kMaxSourceWords = 3;

bool is_separator(const RecognizerInput& in, size_t i) {
  return is_punct(in, i, U"-\u2013\u2014|/");
}

// A dash drawn with tatweels (`عمان ــ السوسنة`): normalising drops the
// tatweels, so it shows only in the original text between tokens[i - 1] and
// tokens[i].
bool tatweel_dash_before(const RecognizerInput& in, size_t i) {
  if (i == 0 || i >= in.tokens.size() || in.tokens[i].line_break_before || in.original.empty()) {
    return false;
  }
  const uint32_t from = in.doc.to_original(in.tokens[i - 1].begin, in.tokens[i - 1].end).end;
  const uint32_t to = in.doc.to_original(in.tokens[i].begin, in.tokens[i].end).start;
  bool tatweel = false;
  for (uint32_t k = from; k < to && k < in.original.size(); ++k) {
    const char32_t c = in.original[k];
    if (c == kTatweel) {
      tatweel = true;
    } else if (c != U' ' && c != U'\u00A0') {
      return false;
    }
  }
  return tatweel;
}

// The token after a separator that follows the segment ending before
// tokens[e]: e + 1 after a dash or bar token, e after a tatweel dash, else 0.
size_t after_separator(const RecognizerInput& in, size_t e) {
  if (is_separator(in, e)) return e + 1;
  return tatweel_dash_before(in, e) ? e : 0;
}

bool line_starts_at(const RecognizerInput& in, size_t i) {
  return i == 0 || (i < in.tokens.size() && in.tokens[i].line_break_before);
}

bool line_ends_before(const RecognizerInput& in, size_t i) {
  return i >= in.tokens.size() || in.tokens[i].line_break_before;
}

bool has_class(const RecognizerInput& in, size_t i, WordClass cls) {
  return match_class(in, i, cls, ProcliticSkip::kNone).has_value();
}

// The end of a place name at tokens[i], or 0.
size_t place_end(const RecognizerInput& in, size_t i) {
  for (WordClass cls : {WordClass::kGpe, WordClass::kLoc}) {
    if (const auto m = match_class(in, i, cls, ProcliticSkip::kNone)) return i + m->token_count;
  }
  return 0;
}

// A word a source's name may hold: letters, or letters with digits
// (`كشـ24`), never a function word, month, weekday or bare number.
bool source_word(const RecognizerInput& in, size_t i) {
  if (line_ends_before(in, i) && !line_starts_at(in, i)) return false;
  if (i >= in.tokens.size()) return false;
  const Token& t = in.tokens[i];
  if (t.kind == TokenKind::kNumber) {
    for (char32_t c : t.form) {
      if (c < U'0' || c > U'9') return c != U'/' && c != U'.';
    }
    return false;
  }
  return t.kind == TokenKind::kWord && !is_stop_word(in, i) && !has_class(in, i, WordClass::kPublished);
}

// The end of a source segment of 1..kMaxSourceWords words from tokens[i],
// stopped by a separator or the publication words: what may be a source,
// or 0. Places, people and titles are not sources.
size_t segment_end(const RecognizerInput& in, size_t i) {
  if (!source_word(in, i) || place_end(in, i) || has_class(in, i, WordClass::kGiven) ||
      has_class(in, i, WordClass::kTitle) || has_class(in, i, WordClass::kRole) || has_class(in, i, WordClass::kHonorific)) {
    return 0;
  }
  size_t p = i + 1;
  while (p < i + kMaxSourceWords && source_word(in, p) && !line_starts_at(in, p)) ++p;
  return p;
}

// A reporter's name between two separators: a given name, at most three
// more words, then a separator.
bool reporter_then_separator(const RecognizerInput& in, size_t i) {
  if (!has_class(in, i, WordClass::kGiven)) return false;
  for (size_t p = i + 1; p <= i + 4 && !line_ends_before(in, p); ++p) {
    if (is_separator(in, p)) return true;
  }
  return false;
}

void add_source(const RecognizerInput& in, size_t first, size_t end, std::vector<Mention>* out) {
  out->push_back(mention_over_tokens(in, first, end - 1, 0, EntityType::kOrg, Priority::kPattern));
}

}  // namespace

void find_dateline_sources(const RecognizerInput& in, std::vector<Mention>* out) {
  for (size_t i = 0; i < in.tokens.size(); ++i) {
    if (!line_starts_at(in, i)) continue;
    // `مسقط - العمانية`: a place, a dash, the agency, then the line ends;
    // `الخرطوم: العهد` only when the agency ends the line.
    if (const size_t place = place_end(in, i); place) {
      const size_t s = after_separator(in, place);
      const bool colon = !s && is_punct(in, place, U':');
      const size_t first = colon ? place + 1 : s;
      const size_t e = !first || line_ends_before(in, first) ? 0 : segment_end(in, first);
      if (e && (line_ends_before(in, e) ||
                (!colon && (is_separator(in, e) || is_punct(in, e, U':'))))) {
        add_source(in, first, e, out);
      }
      if (first) continue;
    }
    // `متابعة/ المدى`: a byline word, a separator, the outlet alone on the rest of the line.
    if (has_class(in, i, WordClass::kSourceByline) && is_separator(in, i + 1)) {
      const size_t e = line_ends_before(in, i + 2) ? 0 : segment_end(in, i + 2);
      if (e && line_ends_before(in, e)) add_source(in, i + 2, e, out);
      continue;
    }
    const size_t e = segment_end(in, i);
    if (!e) continue;
    if (has_class(in, e, WordClass::kPublished)) {  // `مدار الساعة نشر في …`
      add_source(in, i, e, out);
      continue;
    }
    const size_t next = after_separator(in, e);
    if (!next || line_ends_before(in, next)) continue;
    if (place_end(in, next) || reporter_then_separator(in, next)) {
      // `العالم - الجزائر`, `مدار الساعة - <reporter> - قال …`.
      add_source(in, i, e, out);
    } else if (const size_t e2 = segment_end(in, next); e2 && has_class(in, e2, WordClass::kPublished)) {
      // `كشـ24 | و.م.ع نشر في …`: two sources.
      add_source(in, i, e, out);
      add_source(in, next, e2, out);
    }
  }
}

}  // namespace kashif
