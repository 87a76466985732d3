// The words that carry a head noun on into a name: `مكتب` → `مكتب الأمم
// المتحدة المعني بالمخدرات والجريمة`. Shared by the ORG, EVENT, POLICY and
// role grammars, so all of them stop where Arabic names stop.
//
// In: the token after a head word and whether the head is definite. The chain
// follows idafa (construct) nouns, adjectives, `ل…` complements, `ب…` phrases
// after a link word (`المعني`) or a verbal noun (`الاتجار بالبشر`),
// coordinations (`والجريمة`) and known names inside (`الأمم المتحدة`). It stops
// at punctuation, line breaks, function words (`في`, `الذي`), verbs and other
// indefinite words after a closed phrase, places after `ل`/`ب`, and the start
// of another name (`والهيئة …`).
//
// Guarantees: start <= end; the chain never ends on a construct noun still
// waiting for its genitive, on a link word without its complement, or on a
// dangling proclitic. When the head is indefinite and nothing completes it,
// end == start.
#ifndef KASHIF_CORE_NAME_CHAIN_H_
#define KASHIF_CORE_NAME_CHAIN_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "core/recognizers/recognizer.h"

namespace kashif {

struct ChainOptions {
  bool place_in_name = false;          // `في <region>` belongs to the name (regional forums)
  bool year_in_name = false;           // a trailing year or year range (`… 2035`, `2025-2028`)
  bool indefinite_adjectives = false;  // `خطة وطنية لـ…`: a nisba adjective closes an indefinite head
  bool place_ends_name = false;        // roles: `وزير خارجية قطر` is the role `وزير خارجية` + GPE
  bool proper_noun_genitive = false;   // `جامعة بربينيان`: an unknown word closing the name
  bool prepositions_in_name = false;   // `للقضاء على العنف ضد المرأة` (named days)
};

struct NameChain {
  size_t end = 0;            // one past the last token of the name
  int genitives = 0;         // idafa nouns taken
  int adjectives = 0;
  int complements = 0;       // ل/ب phrases
  int embedded_names = 0;    // known ORG/GPE/LOC names inside
  bool year = false;
  bool quoted = false;       // ended on a quoted title (`بتنفيذ «الاستراتيجية الوطنية»`)
};

NameChain extend_name(const RecognizerInput& in, size_t start, bool head_definite,
                      const ChainOptions& options);

// Word tests shared by the name grammars. `i` may be out of range (false).
bool is_arabic_word(const RecognizerInput& in, size_t i);
bool is_definite_word(const RecognizerInput& in, size_t i);
bool is_function_word(const RecognizerInput& in, size_t i);
// Function words, weekdays, months and deictic time words (`اليوم`, `أمس`).
bool is_stop_word(const RecognizerInput& in, size_t i);

// A word that opens another name (a known name, an ORG head, a title or
// role): a chain must not coordinate it in (`… والهيئة العامة …`).
bool starts_other_name(const RecognizerInput& in, size_t i);

// An adjective that may follow a closed phrase (`الوطنية`, `الكويتية`,
// `العاملة`, `المعنية`): the tokens it covers, or 0. Sets *link for words like
// `المعني` that need a ب/ل complement.
size_t adjective_at(const RecognizerInput& in, size_t i, bool* link);

// Nisba adjectives by their ending (`الكويتي`, `وطنية`); `body` is the word
// without its article.
bool has_nisba_shape(std::u32string_view body);

// A noun with an attached pronoun (`وكياناتها`, `شراكتنا`).
bool has_pronoun_suffix(std::u32string_view form);
// The same for tokens[i], also reading its original spelling (`مرماه`).
bool has_pronoun_suffix_at(const RecognizerInput& in, size_t i);

// A participle used as an adjective (`العاملة`, `المستدامة`).
bool participle_adjective(const RecognizerInput& in, size_t i);

// The longest lexicon match of class `cls` at tokens[i]; with allow_skip
// false, only a match that skips no proclitic letters.
std::optional<LexiconMatch> match_class(const RecognizerInput& in, size_t i, std::string_view cls,
                                        bool allow_skip = false);
// The longest gazetteer name (GPE, LOC or ORG) at tokens[i] without a skip.
std::optional<LexiconMatch> known_name(const RecognizerInput& in, size_t i);

// A building or venue word (`ملعب`, `قصر`; class venue_head) right before
// tokens[i] on its line: the name after it is the venue's, and GUIDE.md
// leaves the person or place inside it unannotated (`ملعب محمد الخامس`);
// also through a place word (`مبنى محافظة دهوك`).
bool after_venue(const RecognizerInput& in, size_t i);

// Whether tokens[i] is inside an everyday phrase that holds a listed name
// (place_context.tsv everyday_phrase: `مسقط رأسه`, `القوة القاهرة`), where no
// recogniser, the model included, reads a name.
bool in_everyday_phrase(const RecognizerInput& in, size_t i);

// The letter of a proclitic token (`ل` of `ل|الأمم`), or 0 for other tokens.
char32_t proclitic_letter(const RecognizerInput& in, size_t i);

// The original letters behind tokens[i], without diacritics and tatweel:
// the spelling that tells `على` (on) from the name `علي`, or `أن` from `آن`,
// which share one matching form. Empty when RecognizerInput has no original.
std::u32string original_letters(const RecognizerInput& in, size_t i);

}  // namespace kashif

#endif  // KASHIF_CORE_NAME_CHAIN_H_
