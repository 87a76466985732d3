// The classes of the word lists: the second column of every row of
// core/data/*.tsv, as one enum.
//
// Guarantees: KASHIF_WORD_CLASSES is the single list of classes, each an
// enumerator and the name the data files write; word_class_name() and
// word_class_from_name() are inverse on it. A data row whose class is not
// listed here is a build error (tools/compile_lexicon.cc) and a load error
// (Lexicon::load); a class listed here that no rule reads is a lint error
// (tools/lint_word_classes.py). The tagger reads every class by name as a
// feature (word_class_name()), so its model is unchanged by the enum.
#ifndef KASHIF_CORE_LEXICON_WORD_CLASS_H_
#define KASHIF_CORE_LEXICON_WORD_CLASS_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace kashif {

// X(enumerator, name in the data files), sorted by name.
#define KASHIF_WORD_CLASSES(X) \
  X(kGpe, "GPE")                                \
  X(kLoc, "LOC")                                \
  X(kOrg, "ORG")                                \
  X(kAgreementSubject, "agreement_subject")     \
  X(kAmbiguousTitle, "ambiguous_title")         \
  X(kByline, "byline")                          \
  X(kCampaignHead, "campaign_head")             \
  X(kClub, "club")                              \
  X(kClubCue, "club_cue")                       \
  X(kClubCueWeak, "club_cue_weak")              \
  X(kClubNameWord, "club_name_word")            \
  X(kDayOf, "day_of")                           \
  X(kDayOrdinal, "day_ordinal")                 \
  X(kDayOrdinalFirst, "day_ordinal_first")      \
  X(kDeictic, "deictic")                        \
  X(kDirection, "direction")                    \
  X(kEra, "era")                                \
  X(kEventHead, "event_head")                   \
  X(kEverydayPhrase, "everyday_phrase")         \
  X(kFirstDay, "first_day")                     \
  X(kFunctionWord, "function_word")             \
  X(kGenericBodyPhrase, "generic_body_phrase")  \
  X(kGiven, "given")                            \
  X(kGpePrefix, "gpe_prefix")                   \
  X(kGroupHead, "group_head")                   \
  X(kHijriEra, "hijri_era")                     \
  X(kHonorific, "honorific")                    \
  X(kHostCityEvent, "host_city_event")          \
  X(kIdiomHead, "idiom_head")                   \
  X(kLatinClassNoun, "latin_class_noun")        \
  X(kLawAmended, "law_amended")                 \
  X(kLawBetween, "law_between")                 \
  X(kLawCodeShort, "law_code_short")            \
  X(kLawCue, "law_cue")                         \
  X(kLawDated, "law_dated")                     \
  X(kLawIssued, "law_issued")                   \
  X(kLawKind, "law_kind")                       \
  X(kLawNumber, "law_number")                   \
  X(kLawPart, "law_part")                       \
  X(kLawSeries, "law_series")                   \
  X(kLawStop, "law_stop")                       \
  X(kLawSubjectLink, "law_subject_link")        \
  X(kLawTopic, "law_topic")                     \
  X(kLawYear, "law_year")                       \
  X(kLegalForm, "legal_form")                   \
  X(kListIntro, "list_intro")                   \
  X(kLocPrefix, "loc_prefix")                   \
  X(kMasdarHead, "masdar_head")                 \
  X(kMediaHead, "media_head")                   \
  X(kMediaTail, "media_tail")                   \
  X(kMediaTailAfterLam, "media_tail_after_lam") \
  X(kMediaTailLatin, "media_tail_latin")        \
  X(kMonth, "month")                            \
  X(kMonthRelative, "month_relative")           \
  X(kMonthWord, "month_word")                   \
  X(kNamedLaw, "named_law")                     \
  X(kNasab, "nasab")                            \
  X(kNationality, "nationality")                \
  X(kOfficeAdjective, "office_adjective")       \
  X(kOrgClassPlural, "org_class_plural")        \
  X(kOrgHead, "org_head")                       \
  X(kOrgModifier, "org_modifier")               \
  X(kOrgName, "org_name")                       \
  X(kPartHead, "part_head")                     \
  X(kPlaceNoun, "place_noun")                   \
  X(kPlaceWeekEvent, "place_week_event")        \
  X(kPolicyHead, "policy_head")                 \
  X(kPoliticalNisba, "political_nisba")         \
  X(kProfession, "profession")                  \
  X(kPublicFigure, "public_figure")             \
  X(kPublished, "published")                    \
  X(kQuantifier, "quantifier")                  \
  X(kRangeJoiner, "range_joiner")               \
  X(kRangeOpener, "range_opener")               \
  X(kRecurringEvent, "recurring_event")         \
  X(kRegionHead, "region_head")                 \
  X(kReportingVerb, "reporting_verb")           \
  X(kRole, "role")                              \
  X(kSourceByline, "source_byline")             \
  X(kSportCue, "sport_cue")                     \
  X(kStateHead, "state_head")                   \
  X(kTeamHead, "team_head")                     \
  X(kThisMonth, "this_month")                   \
  X(kTitle, "title")                            \
  X(kTitleIntro, "title_intro")                 \
  X(kTopicWord, "topic_word")                   \
  X(kVenue, "venue")                            \
  X(kVenueHead, "venue_head")                   \
  X(kWeekday, "weekday")                        \
  X(kWeekdayName, "weekday_name")               \
  X(kYearWord, "year_word")                    

enum class WordClass : uint16_t {
#define KASHIF_WORD_CLASS_ENUMERATOR(enumerator, name) enumerator,
  KASHIF_WORD_CLASSES(KASHIF_WORD_CLASS_ENUMERATOR)
#undef KASHIF_WORD_CLASS_ENUMERATOR
};

// How many classes there are; WordClass values are 0 ... kWordClassCount - 1.
inline constexpr size_t kWordClassCount = 0
#define KASHIF_WORD_CLASS_COUNT(enumerator, name) +1
    KASHIF_WORD_CLASSES(KASHIF_WORD_CLASS_COUNT)
#undef KASHIF_WORD_CLASS_COUNT
    ;

// The class's name as the data files write it: `org_head`, `GPE`.
std::string_view word_class_name(WordClass cls);

// The class a data file's name denotes, or nullopt for a name not listed.
std::optional<WordClass> word_class_from_name(std::string_view name);

}  // namespace kashif

#endif  // KASHIF_CORE_LEXICON_WORD_CLASS_H_
