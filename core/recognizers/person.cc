#include "core/recognizers/person.h"

#include <algorithm>
#include <optional>

#include "core/recognizers/name_chain.h"
#include "core/text/letters.h"
#include "core/text/utf8.h"

namespace kashif {

namespace {

constexpr size_t kMaxNameWords = 5;

// Lexicon classes whose words are not name words (a title may still be a
// family name at the end of a name: `طارق الشيخ`).
constexpr WordClass kNotNameClasses[] = {
    WordClass::kTitle, WordClass::kHonorific, WordClass::kRole, WordClass::kReportingVerb,
    WordClass::kOrgHead, WordClass::kOrgModifier, WordClass::kEventHead, WordClass::kPolicyHead,
    WordClass::kNationality, WordClass::kGpe, WordClass::kLoc, WordClass::kOrg, WordClass::kLawKind,
    WordClass::kNamedLaw, WordClass::kYearWord, WordClass::kGpePrefix, WordClass::kPlaceNoun,
    WordClass::kMasdarHead, WordClass::kTitleIntro, WordClass::kMonth, WordClass::kWeekday,
    WordClass::kDeictic, WordClass::kEra, WordClass::kProfession, WordClass::kListIntro, WordClass::kByline,
    WordClass::kQuantifier, WordClass::kOfficeAdjective};

// A given name's extent: tokens covered and proclitic letters skipped.
struct NameWords {
  uint32_t token_count;
  uint32_t skip;
};

constexpr std::u32string_view kAal = U"\u0627\u0644";  // آل "the house of", as matched (alef folded)
constexpr std::u32string_view kAbd = U"\u0639\u0628\u062F";  // عبد, "servant of" + a name of God
constexpr std::u32string_view kAlAbd = U"\u0627\u0644\u0639\u0628\u062F";  // العبد

struct Span {
  size_t first;   // token index
  uint32_t skip;  // proclitic letters of the first token outside the span
  size_t end;     // one past the last token
};

class PersonFinder {
 public:
  PersonFinder(const RecognizerInput& in, std::vector<Mention>* out, std::vector<Mention>* unsure)
      : in_(in), out_(out), unsure_(unsure) {}

  void run() {
    for (size_t i = 0; i < n(); ++i) {
      if (from_triggers(i)) continue;
      if ((i == list_next_ || next_item_after_comma(i)) && from_list_item(i)) continue;
      from_given_name(i);
    }
  }

 private:
  size_t n() const { return in_.tokens.size(); }
  // `، ومحمد …` a word or two after a name the rules found (`محمد سالم
  // البشير دمب، ومحمد …`, its last word unknown): the next item of the list.
  bool next_item_after_comma(size_t i) const {
    return i >= 2 && last_person_end_ + 2 >= i && last_person_end_ < i && is_punct(in_, i - 1, U"\u060C,") &&
           !line_break(i) && !line_break(i - 1) && in_.tokens[i].form[0] == kWaw;
  }
  bool line_break(size_t i) const { return i < n() && in_.tokens[i].line_break_before; }

  std::optional<NameWords> given_at(size_t i, bool allow_skip) const {
    auto m = match_class(in_, i, WordClass::kGiven, allow_skip ? ProcliticSkip::kFewest : ProcliticSkip::kNone);
    if (!m && is_arabic_word(in_, i)) {
      if (auto abd = abd_name_at(i, allow_skip)) return abd;
    }
    // `باسم الحكومة` is "on behalf of the government", not the name باسم.
    if (m && match_class(in_, i, WordClass::kTitleIntro, ProcliticSkip::kNone) &&
        (is_definite_word(in_, i + 1) || known_name(in_, i + 1))) {
      return std::nullopt;
    }
    // `علي` the name and `على` the preposition share one matching form; such
    // a name counts only when spelled exactly as listed.
    if (m && homograph(i, m->skip)) {
      // Without the original spelling (pre-tokenised input) the preposition wins.
      const std::u32string letters = original_letters(in_, i);
      if (letters.size() < m->skip ||
          letters.substr(m->skip) != decode_utf8(in_.lexicon.entry(m->entry).phrase).value()) {
        return std::nullopt;
      }
    }
    if (!m) return std::nullopt;
    // `ولاية` is a word of its own, not و + ل + the name `آية`: a proclitic is
    // read off only a word no list holds whole.
    if (m->skip > 0 && whole_word_listed(i)) return std::nullopt;
    return NameWords{m->token_count, m->skip};
  }
  bool whole_word_listed(size_t i) const {
    for (const LexiconMatch& m : in_.matches_at(i)) {
      if (m.skip == 0) return true;
    }
    return false;
  }
  // `عبد` and a name of God, written apart (`عبد الحافظ`) or joined
  // (`عبدالمنعم`): the lists hold the common ones, the pattern all. After
  // `عبد` any word with the article is taken (they are the names of God).
  std::optional<NameWords> abd_name_at(size_t i, bool allow_skip) const {
    const std::u32string_view form = in_.tokens[i].form;
    const uint32_t skip = allow_skip && form.size() > 3 && form[0] == kWaw ? 1 : 0;
    const std::u32string_view rest = form.substr(skip);
    if (rest == kAbd && is_definite_word(in_, i + 1) && !line_break(i + 1) && !is_stop_word(in_, i + 1)) {
      return NameWords{2, skip};
    }
    if (rest.size() >= 7 && rest.substr(0, 3) == kAbd && has_article(rest.substr(3))) return NameWords{1, skip};
    return std::nullopt;
  }
  // A given name that is also a function word (`علي`, which Egyptian
  // spelling also uses for `على`).
  bool homograph(size_t i, uint32_t skip) const {
    return in_.lexicon.has_word(std::u32string_view(in_.tokens[i].form).substr(skip), WordClass::kFunctionWord);
  }
  bool nasab_at(size_t i) const { return is_arabic_word(in_, i) && in_.lexicon.has_word(in_.tokens[i].form, WordClass::kNasab); }
  // The word after `بن`/`أبو`/`آل` is a name part even when it is also a
  // common word or a head noun (`أبو جيش`, `آل الشيخ`), but not a place or body.
  bool nasab_complement_at(size_t i) const {
    if (i >= n() || line_break(i) || !is_arabic_word(in_, i) || is_stop_word(in_, i) || known_name(in_, i)) {
      return false;
    }
    return given_at(i, false) || !pronoun_at(i, true);
  }

  bool in_class(size_t i, std::initializer_list<WordClass> classes) const {
    for (WordClass cls : classes) {
      if (match_class(in_, i, cls, ProcliticSkip::kNone)) return true;
    }
    return false;
  }
  bool known_word(size_t i) const {
    for (const LexiconMatch& m : in_.matches_at(i)) {
      const WordClass cls = in_.lexicon.entry(m.entry).cls;
      if (std::find(std::begin(kNotNameClasses), std::end(kNotNameClasses), cls) != std::end(kNotNameClasses)) {
        return true;
      }
    }
    // `ومحمود` in a list of names starts the next name.
    if (auto g = match_class(in_, i, WordClass::kGiven, ProcliticSkip::kFewest); g && g->skip > 0) return true;
    // `العضو`, `اللجنة`: a listed role or head with the article.
    const std::u32string& form = in_.tokens[i].form;
    if (has_article(form)) {
      const std::u32string_view body = std::u32string_view(form).substr(2);
      for (WordClass cls : {WordClass::kRole, WordClass::kOrgHead, WordClass::kTitle}) {
        if (in_.lexicon.has_word(body, cls)) return true;
      }
    }
    return false;
  }
  // Tanween (`تماماً`) marks an indefinite noun or adverb, never a name.
  bool has_tanween(size_t i) const {
    const OriginalSpan span = in_.doc.to_original(in_.tokens[i].begin, in_.tokens[i].end);
    for (uint32_t k = span.start; k < span.end && !in_.original.empty(); ++k) {
      const char32_t c = in_.original[k];
      if (c == kFathatan || c == kDammatan || c == kKasratan) return true;
    }
    return false;
  }
  // A word ending in ه as written (`مرماه`) is most often a noun with its
  // pronoun; as the last word of a name, right before punctuation, it is a
  // family name (`ثوابه،`).
  bool pronoun_at(size_t i, bool name_end) const {
    if (!has_pronoun_suffix_at(in_, i)) return false;
    return !name_end || has_pronoun_suffix(in_.tokens[i].form) || !punct_or_end(i + 1);
  }
  // A word no list knows, that could be a name.
  bool plain_word(size_t i, bool name_end = false) const {
    if (!is_arabic_word(in_, i) || is_stop_word(in_, i) || known_word(i) || nasab_at(i) ||
        pronoun_at(i, name_end) || has_tanween(i)) {
      return false;
    }
    // `باي` is ب + `أي`, `ولها` و + `لها`; `إيضاحات` a plural noun.
    // `بتسليط`, `بتاريخ`, `لتطوير`: ب/ل before a verbal noun or noun in ت.
    // (a family name may end in ات: `بركات،`).
    const std::u32string& form = in_.tokens[i].form;
    if (form.size() >= 5 && (form[0] == kBeh || form[0] == kLam) && form[1] == kTeh) return false;
    if (form.size() > 4 && form.compare(form.size() - 2, 2, U"\u0627\u062A") == 0 &&
        !(name_end && punct_or_end(i + 1))) {
      return false;
    }
    return proclitic_prefix_len(form) == 0 ||
           !in_.lexicon.has_word(std::u32string_view(form).substr(1), WordClass::kFunctionWord);
  }
  bool punct_or_end(size_t i) const {
    return i >= n() || line_break(i) || in_.tokens[i].kind == TokenKind::kPunct;
  }
  // Where a name may end: punctuation, a line break, a function or reporting
  // word, or a word carrying a proclitic (`بجهود`) that is not a name itself.
  bool boundary_at(size_t i) const {
    if (punct_or_end(i)) return true;
    const Token& t = in_.tokens[i];
    if (t.kind != TokenKind::kWord) return true;
    if (is_stop_word(in_, i) ||
        in_class(i, {WordClass::kReportingVerb, WordClass::kRole, WordClass::kTitle, WordClass::kHonorific})) {
      return true;
    }
    if (given_at(i, false) || nasab_at(i)) return false;
    return proclitic_prefix_len(t.form) > 0 && !has_article(t.form);
  }
  // A family name after a family name: a nisba (`الجابر الصباح` aside) or a
  // given name with the article (`الأحمد`, `الجابر`).
  bool second_family_name(size_t i) const {
    if (!is_definite_word(in_, i) || !plain_word(i)) return false;
    const std::u32string_view body = std::u32string_view(in_.tokens[i].form).substr(2);
    return has_nisba_shape(body) || in_.lexicon.has_word(body, WordClass::kGiven);
  }

  // A nationality adjective closing a name of two words or more, right before
  // the clause goes on, is the family name (`السوداني`, `المصري`): an
  // adjective of the person would have come with the title before it.
  bool nisba_surname_at(size_t i) const {
    return is_definite_word(in_, i) && in_class(i, {WordClass::kNationality}) && !line_break(i) &&
           boundary_at(i + 1);
  }

  // `ولي الدين`, `شمس الدين`: a word and `الدين` inside a name (after its
  // first word) form one given name, like the listed `نور الدين`.
  bool compound_din_at(size_t j) const {
    static const std::u32string kAdDin = U"\u0627\u0644\u062F\u064A\u0646";  // الدين
    if (j + 1 >= n() || line_break(j + 1) || in_.tokens[j + 1].form != kAdDin) return false;
    return is_arabic_word(in_, j) && !has_article(in_.tokens[j].form) && !is_stop_word(in_, j) &&
           !known_word(j) && !pronoun_at(j, false);
  }

  // A Hijri month's name after two name words or more, ending the name with
  // no number after it, is a family name (`رمضان`, `رجب`, `شعبان`): a date
  // has its day before the month.
  bool hijri_month_surname_at(size_t i) const {
    if (line_break(i) || has_article(in_.tokens[i].form)) return false;
    const auto month = match_class(in_, i, WordClass::kMonth, ProcliticSkip::kNone);
    if (!month || month->token_count != 1) return false;
    const LexiconEntry& e = in_.lexicon.entry(month->entry);
    if (e.attrs.empty() || e.attrs[0] != "hijri") return false;
    return boundary_at(i + 1) && !(i + 1 < n() && in_.tokens[i + 1].kind == TokenKind::kNumber);
  }

  // Whether the words from tokens[j] to the next comma, at most `max_words`
  // of them, could all end a name.
  bool list_item_ends_within(size_t j, size_t max_words) const {
    for (size_t k = j; k < j + max_words && k < n(); ++k) {
      if (!plain_word(k, /*name_end=*/true) || in_.tokens[k].form[0] == kWaw) return false;
      if (is_punct(in_, k + 1, U"\u060C,")) return true;
      if (punct_or_end(k + 1)) return false;
    }
    return false;
  }

  // A family name without the article after `words` name words (triggered
  // names only): `غادة والي`, `طارق الشيخ`, `الجنرال جيمس جونز`; `أشرف غاني
  // أحمد …` goes on.
  bool surname_at(size_t j, size_t words, bool plain_first) const {
    if (!is_arabic_word(in_, j) || is_stop_word(in_, j) || pronoun_at(j, true) || has_tanween(j)) {
      return false;
    }
    const std::u32string& form = in_.tokens[j].form;
    if (plain_word(j, /*name_end=*/true)) {
      if (form[0] == kWaw) return false;  // `وعنان`: و joins a second name
      // `أعضاء`, `أطراف`: a broken plural of the pattern أفعال is no surname.
      if (form.size() == 5 && form[0] == kAlef && form[3] == kAlef &&
          std::u32string_view(U"\u0627\u0648\u064A\u0647").find(form[4]) == std::u32string_view::npos) {
        return false;
      }
      // `بتاريخ`: a proclitic on a word the lists know.
      for (const LexiconMatch& m : in_.matches_at(j)) {
        if (m.skip > 0) return false;
      }
      // `جائزة "…"`: a noun heading a quoted name.
      if (form.back() == kHeh && is_punct(in_, j + 1, U"\"\u00AB\u201C")) return false;
      if (given_at(j + 1, false) || punct_or_end(j + 1) || in_.tokens[j + 1].kind == TokenKind::kNumber ||
          in_class(j + 1, {WordClass::kRole, WordClass::kTitle, WordClass::kHonorific, WordClass::kReportingVerb})) {
        return true;
      }
      // After more than one word, an unknown word is more often the verb of
      // the clause (`أوليفر كرومول استطاع أن …`), but not in a list of names
      // whose item ends at the next comma within two words (`، ومحمد عبد الله
      // إسلم أوداعة،`).
      if (words > 1) return list_item_ && list_item_ends_within(j, 2);
      if (boundary_at(j + 1)) return true;
      // The second word may be a surname no list holds, unless it looks like
      // a feminine noun or a verb (`الرئيس مبارك تناولت`).
      return !plain_first && form.back() != kHeh && form.back() != kTeh;
    }
    // A role or title word as the surname (`والي`, `الشيخ`) ends the name, and
    // never before a body or a place (`عضو لجنة …`) or the office it heads
    // (`نائب أمير …`, `نائب رئيس …`: a role without the article after it).
    return in_class(j, {WordClass::kTitle, WordClass::kRole}) && boundary_at(j + 1) &&
           !(j + 1 < n() && (known_name(in_, j + 1) || is_definite_word(in_, j + 1) ||
                             match_class(in_, j + 1, WordClass::kOrgHead, ProcliticSkip::kFewest) ||
                             (is_arabic_word(in_, j + 1) && in_class(j + 1, {WordClass::kRole}))));
  }

  // The end of a name that starts at tokens[i], or nullopt. After a trigger,
  // an unknown word may open it (`الدكتور حاتم`); otherwise it must open with
  // a given name and have two words at least.
  std::optional<Span> name_at(size_t i, bool triggered, bool given_first) const {
    if (i >= n() || !is_arabic_word(in_, i)) return std::nullopt;
    Span span{i, 0, i};
    bool plain_first = false, nasab_first = false;
    // `وسامي فرج`: و before a name in a list; other proclitics only after a trigger.
    auto g = given_at(i, /*allow_skip=*/triggered);
    if (!g && in_.tokens[i].form[0] == kWaw) {
      g = given_at(i, true);
      if (g && g->skip != 1) g.reset();
    }
    // `الناجي محمد عيسى`: a listed given name with the article (as names are
    // written in the Maghreb, Sudan and Mauritania) before another given name.
    if (!g && is_definite_word(in_, i) && !line_break(i + 1) &&
        in_.lexicon.has_word(std::u32string_view(in_.tokens[i].form).substr(2), WordClass::kGiven) &&
        !in_class(i, {WordClass::kTitle, WordClass::kRole, WordClass::kHonorific, WordClass::kProfession,
                      WordClass::kNationality}) &&
        given_at(i + 1, false)) {
      g = NameWords{1, 0};
    }
    if (g) {
      span.skip = g->skip;
      span.end = i + g->token_count;
    } else if (triggered && nasab_at(i) && nasab_complement_at(i + 1)) {
      span.end = i + 2;  // `أبو جيش`
      nasab_first = true;
    } else if (nasab_at(i + 1) && nasab_complement_at(i + 2) && !line_break(i + 1) && is_arabic_word(in_, i) &&
               !is_stop_word(in_, i) && !has_article(in_.tokens[i].form) && !known_name(in_, i) &&
               (triggered || given_at(i + 2, false))) {
      span.end = i + 1;  // `الأمير تركي بن عبدالله`: a given name that is also a word
      // An unlisted word with و before `بن` (listed names with و were read
      // above): the و is the conjunction when the rest is a listed word
      // (`وتركي بن …`); when the rest is an unlisted word of three letters,
      // the shape of a perfect verb (`ووصل بن فرحان`), the name is `بن …`.
      const std::u32string& form = in_.tokens[i].form;
      if (form.size() >= 4 && form[0] == kWaw) {
        Token rest = in_.tokens[i];
        rest.form.erase(0, 1);
        rest.alt_form.clear();
        const std::vector<LexiconMatch> listed = in_.lexicon.matches_at({rest}, 0);
        if (std::any_of(listed.begin(), listed.end(), [](const LexiconMatch& m) { return m.skip == 0; })) {
          span.skip = 1;
        } else if (rest.form.size() == 3) {
          return name_at(i + 1, /*triggered=*/true, /*given_first=*/false);
        }
      }
    } else if (triggered && !given_first && plain_word(i) && in_.tokens[i].form.size() >= 2 &&
               !has_article(in_.tokens[i].form) &&
               in_.tokens[i].form.back() != kHeh && in_.tokens[i].form[0] != kWaw &&
               !imperfect_verb_shape(in_.tokens[i].form)) {
      span.end = i + 1;  // a name no list holds: `الدكتور سميث`, `عضو اللجنة ريا الرشيدي`
      plain_first = true;
    } else {
      return std::nullopt;
    }
    if (!triggered && (in_class(i, {WordClass::kRole, WordClass::kTitle}) || is_definite_word(in_, i))) {
      // `مساعد وزير`, `البشير التعاون`: a given name that is also a role, or one
      // with the article, opens a name only with a given name or `بن` after it.
      if (!given_at(span.end, false) && !nasab_at(span.end)) return std::nullopt;
    }
    size_t words = nasab_first ? 2 : 1;  // a listed `عبد الرحمن` is one word
    size_t particles = nasab_first ? 1 : 0;  // `بن`, `آل`: not counted in the cap
    size_t j = span.end;
    // A family name (with the article) was taken; not a given name with it.
    bool family = is_definite_word(in_, i) && !g;
    bool article_given = false;  // the last word is a listed given name with the article
    // `آل سعود` closes a name even past the cap (`فهد بن سعد بن عبدالله بن
    // عبدالعزيز بن تركي آل سعود`).
    while (j < n() && !line_break(j) &&
           (words - particles < kMaxNameWords ||
            (!family && in_.tokens[j].form == kAal && nasab_complement_at(j + 1)))) {
      // `الأمين العام`, `رئيس الوزراء`: a role begins here, the name has ended.
      if (auto r = match_class(in_, j, WordClass::kRole, ProcliticSkip::kNone); r && r->token_count > 1) break;
      // A listed given name with the article (`محمد الأمين ولد أحمد`) may
      // still take its nasab.
      const bool after_article_given = article_given;
      article_given = false;
      if ((!family || after_article_given) && nasab_at(j) && nasab_complement_at(j + 1)) {
        j += 2;
        words += 2;
        ++particles;
        // `آل سعود` is a family name; after `بن` one with the article is,
        // but after `عبد` it is a name of God (`محمد عبد الله إسلم`).
        family = (is_definite_word(in_, j - 1) && in_.tokens[j - 2].form != kAbd) || in_.tokens[j - 2].form == kAal;
      } else if (title_before_place(j)) {
        break;  // `هيثم بن طارق سلطان عمان`: the office, not a name part
      } else if (!family && compound_din_at(j)) {
        j += 2;  // `محمد ولي الدين جلال`: a compound name in الدين no list holds
        ++words;
      } else if (auto g = !family ? given_at(j, false) : std::nullopt) {
        j += g->token_count;
        ++words;
        family = g->token_count == 1 && is_definite_word(in_, j - 1);  // not `عبد الرحمن`
        article_given = family;
      } else if (!family && in_.tokens[j].form == kAlAbd && is_definite_word(in_, j + 1) && !line_break(j + 1)) {
        j += 2;  // `العبد الله`: a family name of two words
        ++words;
        family = true;
      } else if (is_definite_word(in_, j) &&
                 (family || !triggered || words > 1 ? second_family_name(j) : plain_word(j))) {
        ++j;  // a family name: `المهيني`; after a trigger any at first (`طارق الشيخ`)
        ++words;
        family = true;
      } else if (words >= 2 && !family && hijri_month_surname_at(j)) {
        ++j;  // `نجلاء بودن رمضان،`
        ++words;
        family = true;
      } else if (words >= 2 && !family && nisba_surname_at(j)) {
        ++j;  // `محمد شياع السوداني إن`
        ++words;
        family = true;
      } else if (triggered && !family && surname_at(j, words, plain_first)) {
        ++j;
        ++words;
        if (boundary_at(j)) break;
      } else {
        break;
      }
    }
    span.end = j;
    // `علي` alone or first is the preposition unless a name part or the end
    // of the clause follows (`علي بن صميخ`, `حاتم علي “`).
    if (span.end == i + 1 && homograph(i, span.skip) && !punct_or_end(span.end)) return std::nullopt;
    if (homograph(i, span.skip) && words >= 2 && !given_at(i + 1, false) && !nasab_at(i + 1)) {
      return std::nullopt;
    }
    if (!triggered && words < 2) return std::nullopt;
    // `وجود` is a noun, not و + the name `جود`: a proclitic before a given
    // name is read off only when more of the name follows.
    if (span.skip > 0 && words < 2) return std::nullopt;
    // An unknown word alone after a trigger must end the clause: `الدكتور
    // سميث،` but not `الأمين العام … خلفا لـ…`.
    if (plain_first && words < 2 && !punct_or_end(span.end)) return std::nullopt;
    return span;
  }

  // A given name that is also an office (`سلطان`, `أمير`) before a place
  // names the office.
  bool title_before_place(size_t j) const {
    if (!is_arabic_word(in_, j) || has_article(in_.tokens[j].form) || !listed_place_at(j + 1)) return false;
    static const std::u32string kArticle = U"\u0627\u0644";
    return in_class(j, {WordClass::kRole}) || in_.lexicon.has_word(kArticle + in_.tokens[j].form, WordClass::kTitle);
  }

  // يفعل: a four-letter imperfect verb (`يصنع`, `يرأس`), which after a
  // title starts the clause, not a name; names of that shape (`يوسف`,
  // `يحيى`) are listed.
  static bool imperfect_verb_shape(std::u32string_view form) {
    return form.size() == 4 && form[0] == kYeh && form[1] != kAlef && form[1] != kWaw &&
           form[1] != kYeh;
  }

  // A title and the adjectives that belong to it (`الوزير المفوض`, `الرئيس
  // الأمريكي`, `الرئيس السابق`); a nisba word after a title is more often a
  // family name.
  size_t title_end(size_t i, size_t len) const {
    size_t end = i + len;
    while (is_definite_word(in_, end) && !line_break(end) && !given_at(end, false)) {
      const std::u32string& form = in_.tokens[end].form;
      const bool participle = form.size() >= 6 && form[2] == kMeem && form.back() != kYeh;
      if (!in_class(end, {WordClass::kOrgModifier, WordClass::kNationality, WordClass::kOfficeAdjective}) &&
          !(participle && !is_stop_word(in_, end) && !nasab_at(end))) {
        break;
      }
      ++end;
    }
    return end;
  }

  // A listed GPE or LOC name at tokens[k] (name_chain.cc's place_at also
  // takes place words like `دولة`).
  std::optional<LexiconMatch> listed_place_at(size_t k) const {
    auto m = known_name(in_, k);
    if (m && in_.lexicon.entry(m->entry).cls == WordClass::kOrg) return std::nullopt;
    return m;
  }
  bool leads_to_name(size_t k) const {
    return given_at(k, false) || in_class(k, {WordClass::kTitle, WordClass::kHonorific, WordClass::kRole});
  }

  // Nationality and other nisba adjectives after a profession.
  size_t skip_adjectives(size_t k) const {
    while (is_definite_word(in_, k) && !line_break(k) && !given_at(k, false) &&
           (in_class(k, {WordClass::kNationality}) || has_nisba_shape(std::u32string_view(in_.tokens[k].form).substr(2)))) {
      ++k;
    }
    return k;
  }

  // Commas, quotes, places and phrases of place (`في قطر`, `لدى البلاد`)
  // between a role and the name it introduces.
  size_t skip_connectors(size_t k) const {
    for (int steps = 0; steps < 4 && k < n() && !line_break(k); ++steps) {
      const Token& t = in_.tokens[k];
      if (t.kind == TokenKind::kPunct) {
        const char32_t c = in_.doc.text[t.begin];
        if (c == kArabicComma || c == U',' || c == U'"' || c == U'\u201C' || c == U'\u00AB' || c == U':' ||
            c == U'/') {
          ++k;
          continue;
        }
        break;
      }
      if (auto place = listed_place_at(k)) {
        k += place->token_count;
        continue;
      }
      if (is_preposition(in_, k) && !line_break(k + 1)) {
        // `في قطر`, `لدى الأمم المتحدة`
        if (auto place = known_name(in_, k + 1)) {
          k += 1 + place->token_count;
          continue;
        }
        if (is_definite_word(in_, k + 1) && !line_break(k + 2) && leads_to_name(k + 2)) {
          k += 2;
          continue;
        }
      }
      break;
    }
    return k;
  }

  // A title, honorific, role or reporting verb at tokens[i], then more of
  // them, then a name: emits the OCCs and the PERS. False when nothing fits.
  bool from_triggers(size_t i) {
    std::vector<Span> occs;
    bool triggered = false, given_first = false;
    size_t k = i;
    for (int steps = 0; steps < 5 && k < n(); ++steps) {
      if (in_.matches_at(k).empty()) break;  // every trigger is a listed word
      if (auto m = match_class(in_, k, WordClass::kHonorific, ProcliticSkip::kFewest)) {
        given_first = false;
        k = skip_connectors(k + m->token_count);
      } else if (auto m = match_class(in_, k, WordClass::kTitle, ProcliticSkip::kFewest)) {
        size_t end = title_end(k, m->token_count);
        // `م.` after a year is the era, `د.` may be a page: abbreviations, like
        // titles that are also common nouns, need a given name after them.
        given_first = match_class(in_, k, WordClass::kAmbiguousTitle, ProcliticSkip::kFewest).has_value() ||
                      in_.tokens[k].form.size() - m->skip == 1;
        // `الوزير الأسبق للاتصال كعوان جمال محفوظ`: the office's ل + noun
        // stays in the title when a name follows it.
        if (proclitic_letter(in_, end) == kLam && is_definite_word(in_, end + 1) && !line_break(end + 1) &&
            !known_name(in_, end + 1) && name_at(end + 2, true, given_first)) {
          end += 2;
        }
        occs.push_back({k, m->skip, end});
        k = skip_connectors(end);
      } else if (auto m = match_class(in_, k, WordClass::kProfession, ProcliticSkip::kFewest)) {
        // `المخرج السنغالي موسى توري`: the OCC is the profession alone (GUIDE.md).
        given_first = match_class(in_, k, WordClass::kAmbiguousTitle, ProcliticSkip::kFewest).has_value();
        occs.push_back({k, m->skip, k + m->token_count});
        k = skip_connectors(skip_adjectives(k + m->token_count));
      } else if (auto m = match_class(in_, k, WordClass::kByline, ProcliticSkip::kNone);
                 m && k == i && is_punct(in_, k + m->token_count, U":-")) {
        // `تقرير: محيي الدين شجر`, `بقلم - …`: the writer of the piece.
        k = k + m->token_count + 1;
        given_first = true;
        triggered = true;
        continue;
      } else if (auto m = match_class(in_, k, WordClass::kListIntro, ProcliticSkip::kFewest); m && k == i) {
        // `والسادة المستشارين:`, `وهم:`: a list of names, each opening with a given name.
        k = skip_connectors(k + m->token_count);
        given_first = true;
        triggered = true;
        continue;
      } else if (auto m = match_class(in_, k, WordClass::kRole, ProcliticSkip::kFewest)) {
        given_first = false;  // a role names its holder: `عضو اللجنة ريا الرشيدي`
        const size_t role_end = k + m->token_count;
        const bool definite = is_definite_word(in_, role_end - 1);
        ChainOptions options;
        options.place_ends_name = true;
        const NameChain chain = extend_name(in_, role_end, definite, options);
        // An indefinite role still waiting for its genitive (`مسؤول رفيع`) is
        // not followed by a name.
        if (!definite && chain.end == role_end && !known_name(in_, role_end) &&
            !boundary_at(role_end) && !given_at(role_end, false)) {
          return false;
        }
        size_t end = std::max(chain.end, role_end);
        // `الناطق الرسمي باسم الحكومة الأردنية`: on whose behalf is part of the role.
        if (auto intro = match_class(in_, end, WordClass::kTitleIntro, ProcliticSkip::kNone); intro && chain.end >= role_end) {
          const NameChain behalf = extend_name(in_, end + intro->token_count, false, options);
          if (behalf.end > end + intro->token_count) end = behalf.end;
        }
        // `وزير الدفاع السابق`: an adjective of time stays in the role.
        while (!line_break(end) && match_class(in_, end, WordClass::kOfficeAdjective, ProcliticSkip::kNone)) ++end;
        occs.push_back({k, m->skip, end});
        k = skip_connectors(end);
      } else if (auto m = match_class(in_, k, WordClass::kReportingVerb, ProcliticSkip::kFewest); m && k == i) {
        k = k + m->token_count;
        given_first = true;  // `قال مسؤول` names no one; `قال مازن` does
        triggered = true;
        continue;
      } else {
        break;
      }
      triggered = true;
    }
    if (!triggered) return false;
    const auto name = name_at(k, true, given_first);
    if (!name) return false;
    for (const Span& s : occs) {
      out_->push_back(mention_over_tokens(in_, s.first, s.end - 1, s.skip, EntityType::kOcc,
                                          Priority::kPattern));
    }
    emit_person(*name);
    return true;
  }

  void from_given_name(size_t i) {
    if (i > 0 && !line_break(i) && (nasab_at(i - 1) || given_at(i - 1, false))) return;  // inside a name
    const auto name = name_at(i, false, true);
    if (name) emit_person(*name);
    if (unsure_ != nullptr) unsure_name(i, name ? name->end : i);
  }

  // `رئيسا`, `نائبا`: a role in the accusative, as after `انتخب فلان`.
  bool accusative_role(size_t i) const {
    if (!is_arabic_word(in_, i)) return false;
    const std::u32string_view form = in_.tokens[i].form;
    return form.size() > 3 && form.back() == kAlef &&
           in_.lexicon.has_word(form.substr(0, form.size() - 1), WordClass::kRole);
  }

  // `ابراهيم زيدان رئيسا`, `خالد المبيض في`: a given name and a surname no
  // list holds, with no trigger, up to the end of the clause part. As often
  // a given name that is also a word before a noun (`أمل كبير،`), so it is
  // only a candidate for the tagger to confirm.
  // `sure_end`: the end of the name the rules found here, if any.
  void unsure_name(size_t i, size_t sure_end) {
    if (!given_at(i, true)) return;
    const auto name = name_at(i, true, true);
    if (!name || name->end <= sure_end || name->end - name->first < 2 || after_venue(in_, i)) return;
    if (name->skip > 0 && in_.tokens[i].form[0] != kWaw) return;  // only و before a listed name
    const size_t e = name->end;
    if (!punct_or_end(e) && !is_stop_word(in_, e) &&
        !in_class(e, {WordClass::kRole, WordClass::kTitle, WordClass::kReportingVerb, WordClass::kProfession}) &&
        !accusative_role(e)) {
      return;
    }
    unsure_->push_back(mention_over_tokens(in_, name->first, name->end - 1, name->skip, EntityType::kPers,
                                           Priority::kPattern));
  }

  // The next item of a list of names (`سعد الشاذلي، وحسن مهران`): it opens
  // with a given name and may end on a surname no list holds, as after a title.
  bool from_list_item(size_t i) {
    // Only و may be read off its first word (`ب|رقية تهنئة` is no item).
    const auto given = given_at(i, true);
    if (!given || (given->skip > 0 && in_.tokens[i].form[0] != kWaw)) return false;
    list_item_ = true;
    const auto name = name_at(i, true, true);
    list_item_ = false;
    if (!name || name->end - name->first < 2) return false;
    emit_person(*name);
    return true;
  }

  // A PERS mention; a name may follow it as the next item of a list, after a
  // comma or with و.
  void emit_person(const Span& name) {
    if (after_venue(in_, name.first)) return;
    out_->push_back(mention_over_tokens(in_, name.first, name.end - 1, name.skip, EntityType::kPers,
                                        Priority::kPattern));
    last_person_end_ = name.end;
    list_next_ = name.end;
    if (is_punct(in_, list_next_, U"\u060C,")) {
      ++list_next_;
    } else if (list_next_ >= n() || in_.tokens[list_next_].form[0] != kWaw) {
      list_next_ = n();
    }
    if (line_break(list_next_)) list_next_ = n();
  }

  const RecognizerInput& in_;
  std::vector<Mention>* out_;
  std::vector<Mention>* unsure_;
  size_t list_next_ = static_cast<size_t>(-1);  // where a list's next name would start
  bool list_item_ = false;                       // name_at is reading a list's next item
  size_t last_person_end_ = 0;                   // one past the last name emitted
};

}  // namespace

void find_person_names(const RecognizerInput& in, std::vector<Mention>* out, std::vector<Mention>* unsure) {
  PersonFinder(in, out, unsure).run();
}

}  // namespace kashif
