#include "core/analyze.h"

#include <optional>

#include "core/recognizers/contact.h"
#include "core/resolve/coreference.h"
#include "core/lexicon/data.h"
#include "core/recognizers/date_grammar.h"
#include "core/recognizers/dateline.h"
#include "core/recognizers/event_policy.h"
#include "core/recognizers/gazetteer.h"
#include "core/recognizers/law_grammar.h"
#include "core/lexicon/lexicon.h"
#include "core/recognizers/listed_orgs.h"
#include "core/text/normalize.h"
#include "core/recognizers/org_grammar.h"
#include "core/recognizers/person.h"
#include "core/recognizers/recognizer.h"
#include "core/resolve/resolve.h"
#include "core/text/segment.h"
#include "core/tagger/tagger.h"
#include "core/text/tokenize.h"

namespace kashif {

namespace {
// Model guesses whose margin (tagger.h) is below min_margin are dropped:
// they join rule matches that are far more precise, so only confident ones
// may. Read off ANERcorp dev (kashif_train prints P/R/F1 by margin): at 36
// the model alone is P 0.945, R 0.504; at 20 an idiom like `حسن الجوار` got
// in. Lengthening a rule's name needs less (extend_margin, chosen on the odd
// half of ../shared/devset: PERS F1 0.635 → 0.714 from 36 down to 20, no
// better below), since the rule already vouches for the name. The person
// grammar's unsure names need only the model's PERS tag on every word
// (confirm_margin 0); a lower min_margin for names that open with a given
// name (24 or 16) gained nothing on the odd half.
constexpr ModelMergePolicy kModelMerge{/*min_margin=*/36.0f, /*extend_margin=*/20.0f,
                                       /*confirm_margin=*/0.0f};

// Longer documents are analysed in stretches of at most this many code
// points (segment.h): a news article fits in one, and the normalised text,
// tokens and caches of one stretch are all that is alive at a time.
constexpr size_t kSegmentSize = 1 << 16;
}  // namespace

struct Pipeline::Stages {
  Normalizer normalizer;
  Tokenizer tokenizer;
  Lexicon lexicon;
  Tagger tagger;
};

Pipeline::Pipeline(std::unique_ptr<Stages> stages) : stages_(std::move(stages)) {}
Pipeline::~Pipeline() = default;
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;

Expected<Pipeline> Pipeline::create() {
  auto normalizer = Normalizer::create();
  if (!normalizer.ok()) return normalizer.error();
  auto tokenizer = Tokenizer::create();
  if (!tokenizer.ok()) return tokenizer.error();
  auto lexicon = Lexicon::from_blob(embedded_lexicon_blob());
  if (!lexicon.ok()) return lexicon.error();
  auto tagger = Tagger::load_embedded();
  if (!tagger.ok()) return tagger.error();
  return Pipeline(std::unique_ptr<Stages>(new Stages{std::move(normalizer).value(),
                                                     std::move(tokenizer).value(),
                                                     std::move(lexicon).value(),
                                                     std::move(tagger).value()}));
}

Expected<Analysis> Pipeline::analyze(std::string_view utf8, const AnalyzeOptions& options) const {
  if (utf8.size() > kMaxInputBytes) {
    return Error{ErrorCode::kInputTooLarge, kMaxInputBytes,
                 "input of " + std::to_string(utf8.size()) + " bytes is over the limit of " +
                     std::to_string(kMaxInputBytes) + " bytes"};
  }
  auto decoded = decode_utf8(utf8);
  if (!decoded.ok()) return decoded.error();

  Analysis analysis;
  analysis.text = std::move(decoded).value();
  const std::u32string_view text = analysis.text;
  const std::vector<Segment> segments = split_segments(text, kSegmentSize);
  const auto stretch = [&](const Segment& s) { return text.substr(s.begin, s.end - s.begin); };
  // Which Hijri calendar converts is the document's choice, not a segment's
  // (date_grammar.h). Each segment is analysed once with its own evidence,
  // which it reads out; only a segment whose evidence decides otherwise than
  // the whole document's is analysed again, so a text is tokenised once
  // unless its segments disagree.
  const bool several = segments.size() > 1;
  std::vector<std::vector<Entity>> parts(segments.size());
  std::vector<CalendarEvidence> own(segments.size());
  CalendarEvidence document;
  for (size_t i = 0; i < segments.size(); ++i) {
    parts[i] = analyze_segment(stretch(segments[i]), options, nullptr, several ? &own[i] : nullptr);
    document.merge(own[i]);
  }
  for (size_t i = 0; several && i < segments.size(); ++i) {
    if (!own[i].decides_like(document)) {
      parts[i] = analyze_segment(stretch(segments[i]), options, &document, nullptr);
    }
  }
  for (size_t i = 0; i < segments.size(); ++i) {
    for (Entity& e : parts[i]) {
      e.start += segments[i].begin;
      e.end += segments[i].begin;
    }
    analysis.entities.insert(analysis.entities.end(), std::make_move_iterator(parts[i].begin()),
                             std::make_move_iterator(parts[i].end()));
  }
  unify_short_names(stages_->lexicon, &analysis.entities);
  analysis.table = build_table(analysis.entities);
  return analysis;
}

std::vector<Entity> Pipeline::analyze_segment(std::u32string_view original, const AnalyzeOptions& options,
                                              const CalendarEvidence* calendar,
                                              CalendarEvidence* own_evidence) const {
  const Normalized doc = stages_->normalizer.normalize(original);
  const std::vector<Token> tokens = stages_->tokenizer.tokenize(doc);
  const RecognizerInput input{doc, tokens, stages_->lexicon, original};
  if (own_evidence) *own_evidence = read_calendar_evidence(input);

  std::vector<Mention> mentions;
  find_gazetteer_names(input, &mentions);
  find_laws(input, &mentions, calendar);
  find_dates(input, &mentions, calendar);
  find_contacts(input, &mentions);
  find_org_names(input, &mentions);
  find_listed_orgs(input, &mentions);
  find_dateline_sources(input, &mentions);
  std::vector<Mention> unsure_names;  // for the tagger to confirm
  find_person_names(input, &mentions, &unsure_names);
  find_events_and_policies(input, &mentions);

  // Merge policy: the learned tagger adds names where nothing else claims
  // the text, and lengthens a rule's person name it holds. Its mentions carry
  // Priority::kModelGuess, the lowest, so resolve_entities() drops any that
  // overlap a grammar (LAW, DATE, CONTACT), a gazetteer or trigger match.
  // It runs before link_later_mentions, so a name only the model found, or
  // completed, is found again in its later short forms (`بوانو`).
  if (options.use_model) find_model_names(stages_->tagger, input, kModelMerge, unsure_names, &mentions);
  link_later_mentions(input, &mentions);
  return resolve_entities(original, doc, mentions, options.types);
}

}  // namespace kashif
